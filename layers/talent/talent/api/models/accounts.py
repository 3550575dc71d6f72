"""Bodies of /auth/register, /auth/login, /auth/logout and /auth/me (functions/auth)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from talent.accounts.emails import Email
from talent.accounts.passwords import MAX_LENGTH, MIN_LENGTH, MIN_LETTERS_OR_DIGITS


class RegisterRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is a 422 naming it

    # Neither field is in the model's repr, so no debug log of the request (powertools logs route
    # arguments at DEBUG) can show them; SecretStr also masks the password anywhere else.
    email: Email = Field(repr=False)
    password: SecretStr = Field(
        repr=False,
        description=(
            f"{MIN_LENGTH} to {MAX_LENGTH} characters, any alphabet, with at least {MIN_LETTERS_OR_DIGITS} "
            "letters or digits; not your email address and not a common password. Every character counts "
            "(no 72-byte bcrypt truncation)."
        ),
        # Documented here, checked by the password policy (which names the broken rule).
        json_schema_extra={"minLength": MIN_LENGTH, "maxLength": MAX_LENGTH},
    )


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is a 422 naming it

    email: Email = Field(repr=False)
    password: SecretStr = Field(repr=False)


class RegisterResponse(BaseModel):
    user_id: str
    email: str = Field(description="The normalised address (NFKC, case-folded: the account's key)")
    created_at: str = Field(description="ISO-8601 UTC")


class TokenResponse(BaseModel):
    access_token: str = Field(description="Send it as `Authorization: Bearer <access_token>`")
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int = Field(description="Seconds until the token expires (24 h)")


class LogoutResponse(BaseModel):
    logged_out: Literal[True] = True


class MeResponse(BaseModel):
    user_id: str
    email: str
    created_at: str = Field(description="ISO-8601 UTC")
    last_login: str | None = Field(description="ISO-8601 UTC of the latest login")

"""Bodies of POST, GET /suppressions and DELETE /suppressions/{github_login} (functions/suppressions)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

GITHUB_LOGIN_PATTERN = r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"
_GITHUB_LOGIN = re.compile(GITHUB_LOGIN_PATTERN)
NOT_A_LOGIN = (
    "Not a GitHub login: send the login (1-39 letters, digits or inner hyphens, e.g. octocat), "
    "@octocat or the profile URL https://github.com/octocat"
)
_LOGIN = GITHUB_LOGIN_PATTERN[1:-1]
_PASTED_PATTERN = rf"^(?:@{_LOGIN}|(?:https?://)?(?:www\.)?github\.com/{_LOGIN}/?|{_LOGIN})$"
# What a recruiter pastes: "@octocat", "https://github.com/octocat/" (trials'): the login in it
_MENTION_OR_PROFILE = re.compile(
    r"^(?:@|(?:https?://)?(?:www\.)?github\.com/)([^/?#@\s]{1,39})/?$", re.IGNORECASE
)


MAX_REASON = 500
# C0 and C1 controls but tab and line ends, and the bidirectional overrides and isolates
_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_NOT_CONTROL = f"[^{_CONTROLS}]"


class SuppressionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is a 422 naming it

    github_login: str = Field(
        description="A GitHub login (1-39 letters, digits or inner hyphens), also as @login or its profile "
        "URL (https://github.com/login); compared case-insensitively",
        max_length=80,
        # documented as what is accepted (the fuzz sends what it allows); checked below, with a message
        json_schema_extra={"pattern": _PASTED_PATTERN},
    )
    reason: str = Field(
        default="",
        max_length=MAX_REASON,
        description="Why, e.g. 'asked not to be contacted' (optional); plain text: no control or "
        "text-direction characters",
        json_schema_extra={"pattern": f"^{_NOT_CONTROL}*$"},  # documented; checked below, with a message
    )

    @field_validator("github_login")
    @classmethod
    def _is_a_login(cls, login: str) -> str:
        pasted = _MENTION_OR_PROFILE.match(login.strip())
        login = pasted.group(1) if pasted else login
        if not _GITHUB_LOGIN.match(login):
            raise ValueError(NOT_A_LOGIN)
        return login

    @field_validator("reason")
    @classmethod
    def _is_text(cls, reason: str) -> str:
        if _CONTROL.search(reason):  # "\u0000", a right-to-left override: stored and shown as sent
            raise ValueError("must be plain text: no control or text-direction characters")
        return reason


class Suppression(BaseModel):
    github_login: str = Field(description="Lower-cased")
    reason: str
    created_at: str = Field(description="ISO-8601 UTC")


class SuppressionAdded(Suppression):
    projects_erased: int = Field(
        ge=0, description="How many of your stored projects held this person and had them erased now"
    )


class SuppressionList(BaseModel):
    items: list[Suppression] = Field(description="One page of entries, alphabetical by login")
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")

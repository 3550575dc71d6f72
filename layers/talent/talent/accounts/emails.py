"""Email addresses: validated with email-validator and normalised to lower case, the account's key."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

MAX_EMAIL_LENGTH = 254  # RFC 5321 path limit


def normalise_email(value: str) -> str:
    """The account key for `value`; ValueError with a readable reason when it is not an address.

    Syntax only: no DNS lookup (deliverability), which would be slow and fail offline."""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise ValueError(str(error)) from None
    return result.normalized.lower()


Email = Annotated[
    str,
    Field(
        max_length=MAX_EMAIL_LENGTH,
        description="Email address; compared in lower case",
        json_schema_extra={"format": "email"},
        examples=["ada@example.com"],
    ),
    AfterValidator(normalise_email),
]

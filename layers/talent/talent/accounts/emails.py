"""Email addresses: validated with email-validator and normalised to lower case, the account's key."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

MAX_EMAIL_LENGTH = 254  # RFC 5321 path limit
MAX_LOCAL_PART_OCTETS = 64  # RFC 5321 4.5.3.1.1, kept by RFC 6531 for internationalised addresses


def normalise_email(value: str) -> str:
    """The account key for `value`; ValueError with a readable reason when it is not an address.

    Syntax only: no DNS lookup (deliverability), which would be slow and fail offline."""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise ValueError(str(error)) from None
    # email-validator checks the local part's length only in its strict mode, and counts characters.
    octets = len(result.local_part.encode("utf-8", "surrogatepass"))
    if octets > MAX_LOCAL_PART_OCTETS:
        raise ValueError(
            f"The part before the @-sign is too long ({octets} bytes; at most {MAX_LOCAL_PART_OCTETS})"
        )
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

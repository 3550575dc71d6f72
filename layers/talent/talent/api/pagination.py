"""Paged lists (GET /projects, GET /suppressions): page sizes and opaque cursors.

A cursor is the DynamoDB LastEvaluatedKey of the previous page as base64url JSON. The client can edit
it, so a cursor is validated completely before it becomes an ExclusiveStartKey: exactly the key's
attributes, each exactly `{"S": <non-empty string>}` of the right form, and the caller's own user id.
Anything else (another user's cursor, a forged one with two DynamoDB types in one attribute, which
moto accepts and DynamoDB answers with a ValidationException) is a 422 on `query.cursor`, and never
reaches DynamoDB.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from talent.api.errors import InvalidField

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_CURSOR_LENGTH = 2048


class KeyText(BaseModel):
    """One string attribute of a DynamoDB key, as the low-level API writes it: {"S": "..."} only."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    S: str = Field(min_length=1, max_length=1024)  # DynamoDB refuses an empty key value


class CursorKey(BaseModel):
    """The start key of a page of one user's list. Subclasses name the key's other attributes and
    the form of each value (`patterns`: attribute -> regular expression)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
    patterns: ClassVar[dict[str, str]] = {}

    user_id: KeyText

    @model_validator(mode="after")
    def _values_have_their_form(self) -> Self:
        for name, pattern in self.patterns.items():
            value: KeyText = getattr(self, name)
            if not re.fullmatch(pattern, value.S):
                raise ValueError(f"{name} is not of its form")
        return self


def encode_cursor(last_key: dict[str, Any]) -> str:
    raw = json.dumps(last_key, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor[K: CursorKey](cursor: str, key_model: type[K], user_id: str) -> dict[str, Any]:
    """The ExclusiveStartKey inside `cursor`; InvalidField (422) unless it is one this list returned
    to this user."""
    invalid = InvalidField("query.cursor", "is not a cursor returned by this list", "invalid_cursor")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = key_model.model_validate_json(raw)
    except (binascii.Error, ValueError) as error:  # pydantic's ValidationError is a ValueError
        raise invalid from error
    if user_id != key.user_id.S:
        raise invalid
    return key.model_dump()

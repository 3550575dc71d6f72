"""The list cursor is opaque, round-trips, and cannot be used to read another user's list."""

import base64
import json

import pytest

from talent.api.errors import InvalidField
from talent.projects.listing import decode_cursor, encode_cursor

KEY = {
    "project_id": {"S": "3f2c-1"},
    "user_id": {"S": "user-a"},
    "created_at": {"S": "2026-11-24T10:00:00.000000Z"},
}


def test_cursor_round_trips_for_its_owner() -> None:
    cursor = encode_cursor(KEY)
    assert "=" not in cursor
    assert "user-a" not in cursor
    assert decode_cursor(cursor, "user-a") == KEY


def test_another_users_cursor_is_rejected() -> None:
    with pytest.raises(InvalidField) as raised:
        decode_cursor(encode_cursor(KEY), "user-b")
    assert raised.value.details[0]["field"] == "query.cursor"


@pytest.mark.parametrize(
    "cursor",
    [
        "not base64 at all!",
        base64.urlsafe_b64encode(b"[1, 2]").decode(),
        base64.urlsafe_b64encode(b"{not json").decode(),
        base64.urlsafe_b64encode(json.dumps({"project_id": {"S": "x"}}).encode()).decode(),
        base64.urlsafe_b64encode(
            json.dumps({**KEY, "user_id": {"N": "1"}}).encode(),
        ).decode(),
        base64.urlsafe_b64encode(json.dumps({**KEY, "extra": {"S": "x"}}).encode()).decode(),
        base64.urlsafe_b64encode(json.dumps({**KEY, "created_at": {"S": ""}}).encode()).decode(),
    ],
)
def test_malformed_cursors_are_a_422_not_a_crash(cursor: str) -> None:
    with pytest.raises(InvalidField) as raised:
        decode_cursor(cursor, "user-a")
    assert raised.value.status_code == 422
    assert raised.value.details[0]["type"] == "invalid_cursor"

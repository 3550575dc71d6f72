"""The list cursors are opaque, round-trip, cannot be used to read another user's list, and are
validated completely before they can reach DynamoDB (issue 15)."""

import base64
import json

import pytest

from talent.api.errors import InvalidField
from talent.api.pagination import decode_cursor, encode_cursor
from talent.projects.listing import ProjectsCursor
from talent.suppressions import SuppressionsCursor

KEY = {
    "project_id": {"S": "3f2c-1"},
    "user_id": {"S": "user-a"},
    "created_at": {"S": "2026-11-24T10:00:00.000000Z"},
}
SUPPRESSION_KEY = {"user_id": {"S": "user-a"}, "github_login": {"S": "octo-cat"}}


def forged(key: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode()


def test_cursor_round_trips_for_its_owner() -> None:
    cursor = encode_cursor(KEY)
    assert "=" not in cursor
    assert "user-a" not in cursor
    assert decode_cursor(cursor, ProjectsCursor, "user-a") == KEY
    assert decode_cursor(encode_cursor(SUPPRESSION_KEY), SuppressionsCursor, "user-a") == SUPPRESSION_KEY


def test_another_users_cursor_is_rejected() -> None:
    with pytest.raises(InvalidField) as raised:
        decode_cursor(encode_cursor(KEY), ProjectsCursor, "user-b")
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
        # issue 15: two DynamoDB types in one attribute (moto took it; DynamoDB refuses it: a 500)
        forged({**KEY, "project_id": {"S": "3f2c-1", "N": "1"}}),
        forged({**KEY, "created_at": {"S": "2026-11-24T10:00:00Z", "NULL": True}}),
        forged({**KEY, "user_id": {"S": "user-a", "SS": ["user-a"]}}),
        # values of the wrong form
        forged({**KEY, "project_id": {"S": "../other"}}),
        forged({**KEY, "project_id": {"S": 7}}),
        forged({**KEY, "created_at": {"S": "yesterday"}}),
        forged({**KEY, "project_id": {"S": "x" * 2000}}),
        forged({**KEY, "project_id": "3f2c-1"}),
        forged({**KEY, "project_id": None}),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
    ],
)
def test_malformed_cursors_are_a_422_not_a_crash(cursor: str) -> None:
    with pytest.raises(InvalidField) as raised:
        decode_cursor(cursor, ProjectsCursor, "user-a")
    assert raised.value.status_code == 422
    assert raised.value.details[0]["type"] == "invalid_cursor"


@pytest.mark.parametrize(
    "key",
    [
        {**SUPPRESSION_KEY, "github_login": {"S": "octo-cat", "B": "eA=="}},
        {**SUPPRESSION_KEY, "github_login": {"S": "Octo-Cat"}},  # stored lower-cased: never returned
        {**SUPPRESSION_KEY, "github_login": {"S": "-octo"}},
        {**SUPPRESSION_KEY, "project_id": {"S": "3f2c-1"}},
        KEY,
    ],
)
def test_a_suppression_cursor_is_validated_as_completely(key: dict[str, object]) -> None:
    with pytest.raises(InvalidField):
        decode_cursor(forged(key), SuppressionsCursor, "user-a")

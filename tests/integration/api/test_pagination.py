"""Issue 15: the do-not-contact list is paged like /projects, and a forged cursor never reaches DynamoDB.
Over real HTTP on the local stack."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from tests.api_client import ApiClient

pytestmark = pytest.mark.integration


def _pages(client: ApiClient, path: str, limit: int) -> list[dict[str, Any]]:
    pages, cursor = [], None
    while True:
        reply = client.request("GET", f"{path}?limit={limit}" + (f"&cursor={cursor}" if cursor else ""))
        assert reply.status == 200, reply.data
        pages.append(reply.json())
        cursor = pages[-1]["next_cursor"]
        if cursor is None:
            return pages


def test_the_suppression_list_comes_in_pages(alice: ApiClient, bob: ApiClient) -> None:
    logins = [f"dev-{index:02d}" for index in range(25)]
    for login in reversed(logins):
        assert alice.request("POST", "/suppressions", {"github_login": login}).status == 201
    first = alice.request("GET", "/suppressions").json()
    assert len(first["items"]) == 20  # the default page, like /projects
    pages = _pages(alice, "/suppressions", 10)
    assert [len(page["items"]) for page in pages][:3] == [10, 10, 5]
    assert [item["github_login"] for page in pages for item in page["items"]] == logins  # alphabetical
    cursor = pages[0]["next_cursor"]
    assert bob.request("GET", f"/suppressions?cursor={cursor}").status == 422  # not bob's
    for limit in (0, 101):
        reply = alice.request("GET", f"/suppressions?limit={limit}")
        assert reply.status == 422
        assert reply.json()["error"]["details"][0]["field"] == "query.limit"


def _forged(key: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def test_a_cursor_with_two_dynamodb_types_in_one_attribute_is_a_422(alice: ApiClient) -> None:
    user_id = alice.request("GET", "/auth/me").json()["user_id"]
    project_key = {
        "project_id": {"S": "a-project", "N": "1"},
        "user_id": {"S": user_id},
        "created_at": {"S": "2026-11-24T10:00:00.000000Z"},
    }
    suppression_key = {"user_id": {"S": user_id}, "github_login": {"S": "dev-01", "NULL": True}}
    for path, key in (("/projects", project_key), ("/suppressions", suppression_key)):
        reply = alice.request("GET", f"{path}?cursor={_forged(key)}")
        assert reply.status == 422, (path, reply.data)
        assert reply.json()["error"]["details"][0] == {
            "field": "query.cursor",
            "message": "is not a cursor returned by this list",
            "type": "invalid_cursor",
        }

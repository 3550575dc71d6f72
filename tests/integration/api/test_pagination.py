"""Issue 15: the do-not-contact list is paged like /projects, and a forged cursor never reaches DynamoDB.
Over real HTTP on the local stack."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import pytest
import urllib3

from tests.api_client import ApiClient
from tests.sample_jobs import PYTHON_JD

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


def test_a_projects_ranked_candidates_come_in_pages_and_the_export_has_all(alice: ApiClient) -> None:
    """An operator's review: a run ranks up to 500, and all of them in one GET could pass Lambda's 6 MB
    response limit (a 502 from API Gateway)."""
    project_id = alice.start_run(PYTHON_JD, max_candidates=20, top_n=5)
    assert alice.wait_for_run(project_id)[-1]["status"] == "completed"
    whole = alice.request("GET", f"/projects/{project_id}/export?format=json").json()
    total = len(whole["ranked_candidates"])
    assert total > 14
    assert (whole["ranked_total"], whole["next_offset"]) == (total, None)
    pages, offset = [], 0
    while offset is not None:
        page = alice.request("GET", f"/projects/{project_id}?limit=7&offset={offset}").json()
        assert page["ranked_total"] == total
        pages.append(page["ranked_candidates"])
        assert page["outreach_drafts"] == whole["outreach_drafts"]  # every page has them all
        offset = page["next_offset"]
    assert [len(page) for page in pages] == [7, 7, total - 14]
    assert [entry for page in pages for entry in page] == whole["ranked_candidates"]
    first = alice.request("GET", f"/projects/{project_id}").json()  # the default page holds up to 100
    assert (first["ranked_candidates"], first["next_offset"]) == (whole["ranked_candidates"], None)
    # a trial's "format=CSV": the format in any letter case; an unknown one is a 422 naming it
    upper = alice.request("GET", f"/projects/{project_id}/export?format=CSV")
    assert (upper.status, upper.headers["Content-Type"].split(";")[0]) == (200, "text/csv")
    unknown = alice.request("GET", f"/projects/{project_id}/export?format=xml")
    assert (unknown.status, unknown.json()["error"]["details"][0]["field"]) == (422, "query.format")
    for query in ("limit=0", "limit=101", "offset=-1", "offset=501"):
        reply = alice.request("GET", f"/projects/{project_id}?{query}")
        assert reply.status == 422, query
        assert reply.json()["error"]["details"][0]["field"] == f"query.{query.split('=')[0]}"


def test_an_export_over_the_inline_limit_is_linked_and_served_under_its_name(alice: ApiClient) -> None:
    """An operator's review: a 500-candidate JSON export (8 MB with real profiles) passed Lambda's 6 MB
    response limit. Over the limit (the local stack's 1 MB), it is stored and answered 303; the link
    gives the same file, name and type; a smaller one stays inline."""
    project_id = alice.start_run(PYTHON_JD, max_candidates=500, top_n=3)
    assert alice.wait_for_run(project_id)[-1]["status"] == "completed"
    linked = alice.request("GET", f"/projects/{project_id}/export?format=json")
    assert linked.status == 303
    assert linked.data == b""
    download = urllib3.request("GET", linked.headers["Location"], timeout=30)
    assert download.status == 200
    assert len(download.data) > 1_000_000
    assert download.headers["Content-Type"] == "application/json"
    assert re.fullmatch(
        r'attachment; filename="[a-z0-9-]+-[0-9a-f]{8}\.json"', download.headers["Content-Disposition"]
    )
    whole = json.loads(download.data)
    assert whole["ranked_total"] == len(whole["ranked_candidates"]) > 100
    first = alice.request("GET", f"/projects/{project_id}?limit=100").json()
    assert first["ranked_candidates"] == whole["ranked_candidates"][:100]
    sheet = alice.request("GET", f"/projects/{project_id}/export?format=csv")  # under 1 MB: inline
    assert sheet.status == 200
    assert sheet.headers["Content-Disposition"].endswith('.csv"')

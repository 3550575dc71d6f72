"""The whole user journey over real HTTP against the local stack, with the real modules:
register, log in, run, poll to completed, list, get, export JSON and CSV, delete, log out.
"""

import csv
import io
from concurrent.futures import ThreadPoolExecutor

import pytest

from talent_local.stack import LocalStack
from tests.api_client import PASSWORD, ApiClient

pytestmark = pytest.mark.e2e

JOB_DESCRIPTION = """Backend Engineer (Python)

You will build the APIs behind our data products.

Requirements:
- 3+ years of Python
- PostgreSQL
- Docker

Nice to have: Kubernetes, AWS.

Remote within Europe.
"""


def journey(base_url: str) -> dict[str, object]:
    """One user from sign-up to log-out; returns what it saw, asserting every step on the way."""
    client = ApiClient(base_url)
    credentials = {"email": client.email.upper(), "password": PASSWORD}

    # 1. register (the email is stored normalised)
    registered = client.request("POST", "/auth/register", credentials)
    assert registered.status == 201
    assert registered.json()["email"] == client.email

    # 2. log in
    login = client.request("POST", "/auth/login", {"email": client.email, "password": PASSWORD})
    assert login.status == 200
    token = login.json()
    assert token["token_type"] == "bearer"
    assert token["expires_in"] == 24 * 3600
    client.token = token["access_token"]
    me = client.request("GET", "/auth/me").json()
    assert me["user_id"] == registered.json()["user_id"]

    # 3. run
    run = client.request("POST", "/pipeline/run", {"job_description_text": JOB_DESCRIPTION, "top_n": 5})
    assert run.status == 202
    project_id = run.json()["project_id"]

    # 4. poll to completed
    statuses = client.wait_for_run(project_id)
    assert statuses[-1]["status"] == "completed"
    assert statuses[-1]["progress"] == 100
    assert [stage["status"] for stage in statuses[-1]["stages"]] == ["succeeded"] * 4

    # 5. list
    listed = client.request("GET", "/projects?limit=10").json()
    assert [item["project_id"] for item in listed["items"]] == [project_id]
    assert listed["items"][0]["status"] == "completed"
    assert listed["items"][0]["title"] == "Backend Engineer (Python)"
    assert listed["next_cursor"] is None

    # 6. get
    project = client.request("GET", f"/projects/{project_id}").json()
    ranked = project["ranked_candidates"]
    assert ranked, "the offline corpus has Python developers in Europe"
    assert [entry["rank"] for entry in ranked] == list(range(1, len(ranked) + 1))
    assert project["requirement"]["required_skills"][:1] == ["Python"]
    drafts = project["outreach_drafts"]
    assert len(drafts) == min(5, len(ranked))
    assert all(draft["status"] == "draft" for draft in drafts)
    assert listed["items"][0]["candidate_count"] == len(ranked)

    # 7. export JSON and CSV
    exported = client.request("GET", f"/projects/{project_id}/export?format=json")
    assert exported.status == 200
    assert exported.headers["Content-Disposition"].startswith("attachment; filename=")
    assert exported.headers["Content-Disposition"].endswith('.json"')
    assert exported.json()["ranked_candidates"] == ranked
    sheet = client.request("GET", f"/projects/{project_id}/export?format=csv")
    assert sheet.status == 200
    assert sheet.headers["Content-Type"].startswith("text/csv")
    assert sheet.headers["Content-Disposition"].endswith('.csv"')
    rows = list(csv.DictReader(io.StringIO(sheet.data.decode("utf-8-sig"))))
    assert [row["login"] for row in rows] == [entry["candidate"]["login"] for entry in ranked]
    assert rows[0]["outreach_subject"] == drafts[0]["subject"]
    assert rows[0]["outreach_body"] == drafts[0]["body"]
    semicolons = client.request("GET", f"/projects/{project_id}/export?format=csv-semicolon")
    assert semicolons.status == 200
    # a trial's: both sheets came down as one file name, and `curl -OJ` kept only the first
    assert semicolons.headers["Content-Disposition"].endswith('-semicolon.csv"')
    european = list(csv.DictReader(io.StringIO(semicolons.data.decode("utf-8-sig")), delimiter=";"))
    assert [row["login"] for row in european] == [row["login"] for row in rows]
    assert european[0]["score"] == rows[0]["score"].replace(".", ",")

    # 8. delete
    assert client.request("DELETE", f"/projects/{project_id}").status == 204
    assert client.request("GET", f"/projects/{project_id}").status == 404
    assert client.request("GET", "/projects").json()["items"] == []

    # 9. log out: the same token is rejected at once
    assert client.request("POST", "/auth/logout").status == 200
    rejected = client.request("GET", "/auth/me")
    assert rejected.status == 401
    assert rejected.headers["WWW-Authenticate"].startswith("Bearer")
    return {"user_id": me["user_id"], "project_id": project_id, "top": ranked[0]["candidate"]["login"]}


def test_full_journey(local_stack: LocalStack) -> None:
    journey(local_stack.api_url)


def test_two_users_journeys_run_concurrently(local_stack: LocalStack) -> None:
    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(journey, [local_stack.api_url] * 2)
    assert first["user_id"] != second["user_id"]
    assert first["project_id"] != second["project_id"]
    # Same JD, same corpus: the ranking is deterministic across users.
    assert first["top"] == second["top"]

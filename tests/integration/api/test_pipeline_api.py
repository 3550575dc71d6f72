"""POST /pipeline/run and GET /pipeline/status over HTTP, with the real state machine on moto."""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from talent.pipeline.registry import TRACKED_NAMES
from talent_local.stack import LocalStack
from tests.api_client import ApiClient
from tests.sample_jobs import NOBODY_JD, PYTHON_JD

pytestmark = pytest.mark.integration


def _executions_named(local_stack: LocalStack, name: str) -> int:
    sfn = local_stack.client("stepfunctions")
    arn = local_stack.template.ref("PipelineStateMachine")
    return sum(run["name"] == name for run in sfn.list_executions(stateMachineArn=arn)["executions"])


def test_status_links_take_only_http_or_https_and_a_real_host(alice: ApiClient) -> None:
    # Issue 15 (second round): `X-Forwarded-Proto: javascript` gave `javascript://evil.example/...`.
    hostile = {"X-Forwarded-Proto": "javascript", "Host": "evil.example/x?"}
    reply = alice.request("POST", "/pipeline/run", {"job_description_text": PYTHON_JD}, headers=hostile)
    assert reply.status == 202, reply.data
    status_url = reply.json()["status_url"]
    assert status_url == f"https://localhost/pipeline/status/{reply.json()['project_id']}"
    assert reply.headers["Location"] == status_url
    alice.wait_for_run(reply.json()["project_id"])


def test_run_reports_progress_then_completes_with_ranked_candidates(alice: ApiClient) -> None:
    reply = alice.request("POST", "/pipeline/run", {"job_description_text": PYTHON_JD})
    assert reply.status == 202
    accepted = reply.json()
    assert accepted["status"] == "running"
    assert accepted["status_url"].endswith(f"/pipeline/status/{accepted['project_id']}")
    assert reply.headers["Location"] == accepted["status_url"]

    seen = alice.wait_for_run(accepted["project_id"])
    running = [status for status in seen if status["status"] == "running"]
    assert running, "the run was never seen running"
    modules = set(TRACKED_NAMES)
    for status in running:
        if status["current_stage"] == "save_results":  # every stage done, SaveResults still writing
            assert status["progress"] == 99
        else:
            assert status["current_stage"] in modules
        assert status["progress"] < 100
        assert status["estimated_seconds_remaining"] >= 1
    assert any(status["current_stage"] in modules for status in running)

    final = seen[-1]
    assert final["status"] == "completed"
    assert final["progress"] == 100
    assert final["current_stage"] is None
    assert final["estimated_seconds_remaining"] == 0
    assert [stage["name"] for stage in final["stages"]] == list(TRACKED_NAMES)
    assert all(stage["status"] == "succeeded" and stage["duration_ms"] >= 0 for stage in final["stages"])

    project = alice.request("GET", f"/projects/{accepted['project_id']}").json()
    scores = [entry["score"] for entry in project["ranked_candidates"]]
    assert len(scores) >= 5
    assert scores == sorted(scores, reverse=True)
    assert [entry["rank"] for entry in project["ranked_candidates"]] == list(range(1, len(scores) + 1))
    top = project["ranked_candidates"][0]
    assert set(top["breakdown"]) >= {"core_skills", "core_language", "activity"}
    assert top["matched_skills"]
    assert all(top["evidence"][skill] for skill in top["matched_skills"])
    drafts = project["outreach_drafts"]
    assert 1 <= len(drafts) <= 10
    assert drafts[0]["status"] == "draft"
    assert drafts[0]["candidate_login"] == top["candidate"]["login"]
    assert "GitHub" in drafts[0]["body"]  # tells the candidate where their data came from
    assert project["requirement"]["required_skills"][:1] == ["Python"]
    assert set(project["metadata"]["stage_durations_ms"]) == set(TRACKED_NAMES)


def test_a_run_takes_the_recruiters_corrections_over_the_parse(alice: ApiClient) -> None:
    corrections = {
        "title": "Data Platform Engineer",
        "remote": "hybrid",
        "locations": ["Berlin"],
        "seniority": None,
    }
    reply = alice.request(
        "POST", "/pipeline/run", {"job_description_text": PYTHON_JD, "requirement": corrections}
    )
    assert reply.status == 202, reply.data
    project_id = reply.json()["project_id"]
    assert alice.wait_for_run(project_id)[-1]["status"] == "completed"

    project = alice.request("GET", f"/projects/{project_id}").json()
    requirement = project["requirement"]
    assert (requirement["title"], requirement["remote"], requirement["locations"]) == (
        "Data Platform Engineer",
        "hybrid",
        ["Berlin"],
    )
    assert requirement["seniority"] is None  # sent as null: cleared, where the posting says "Senior"
    assert requirement["required_skills"][:1] == ["Python"]  # not sent: parsed
    assert project["requirement_set"] == corrections  # as sent: no field it left out, its null kept
    searched = " ".join(project["metadata"]["github"]["queries"])
    assert "location:Berlin" in searched  # the search looks where the recruiter said the role is
    assert project["outreach_drafts"]
    assert all("Data Platform Engineer" in draft["subject"] for draft in project["outreach_drafts"])


GERMAN_JD = """Senior Python-Entwickler (m/w/d)

Wir suchen eine erfahrene Entwicklerin oder einen erfahrenen Entwickler für unsere Datenplattform.
Du entwickelst Schnittstellen und Datenpipelines und arbeitest eng mit Produkt und Design zusammen.

Dein Profil:
- Mindestens 5 Jahre Erfahrung mit Python und SQL
- Erfahrung mit PostgreSQL und Docker

Wünschenswert: Kubernetes und AWS.

Wir arbeiten vollständig remote."""


@pytest.mark.parametrize(("correction", "greeting"), [({}, "Hallo"), ({"language": "fr"}, "Bonjour")])
def test_a_german_posting_is_drafted_in_german_unless_corrected(
    alice: ApiClient, correction: dict[str, Any], greeting: str
) -> None:
    """The whole journey over HTTP: the parse stage reads the posting's language, the preview shows it,
    and the drafts are written in it (or in the language a correction sets)."""
    body: dict[str, Any] = {"job_description_text": GERMAN_JD, "requirement": correction}
    preview = alice.request("POST", "/jd/parse", body)
    assert preview.status == 200, preview.data
    assert preview.json()["requirement"]["language"] == correction.get("language", "de")
    reply = alice.request("POST", "/pipeline/run", body)
    assert reply.status == 202, reply.data
    project_id = reply.json()["project_id"]
    assert alice.wait_for_run(project_id)[-1]["status"] == "completed"

    drafts = [
        d for d in alice.request("GET", f"/projects/{project_id}").json()["outreach_drafts"] if d["body"]
    ]
    assert drafts
    # "Hallo Ada," or, with no usable name, "Hallo,"
    assert all(draft["body"].startswith((f"{greeting} ", f"{greeting},")) for draft in drafts)


def test_the_parse_alone_shows_what_a_run_would_use_and_starts_nothing(alice: ApiClient) -> None:
    before = alice.request("GET", "/projects").json()["items"]
    body = {"job_description_text": PYTHON_JD, "requirement": {"required_skills": ["golang", "Python"]}}

    reply = alice.request("POST", "/jd/parse", body)

    assert reply.status == 200, reply.data
    requirement = reply.json()["requirement"]
    assert reply.json()["location_policy"] == "remote anywhere"
    assert (requirement["title"], requirement["remote"], requirement["min_years"]) == (
        "Senior Python Engineer",
        "remote",
        5,
    )
    assert requirement["required_skills"] == ["Go", "Python"]  # the correction, named as the parser names it
    assert requirement["preferred_skills"] == ["Kubernetes", "AWS"]  # not sent: read from the text
    assert requirement["search"]["languages"] == ["Go", "Python"]
    plan = reply.json()["search_plan"]
    assert plan[0]["step"] == "core"
    assert "Python developers" in plan[0]["searches"]  # the language the title names
    assert alice.request("GET", "/projects").json()["items"] == before  # no project, no run

    # the same posting and corrections run: the same requirement
    reply = alice.request("POST", "/pipeline/run", body)
    alice.wait_for_run(reply.json()["project_id"])
    assert (
        alice.request("GET", f"/projects/{reply.json()['project_id']}").json()["requirement"] == requirement
    )


def test_a_retry_that_changes_a_correction_is_refused(alice: ApiClient) -> None:
    # {} and {"seniority": null} read alike as models, and are not the same request: the second clears
    # the level the first leaves to the parse
    first = {"job_description_text": PYTHON_JD, "requirement": {}}
    changed = {"job_description_text": PYTHON_JD, "requirement": {"seniority": None}}
    key = {"Idempotency-Key": "corrections-retry"}
    started = alice.request("POST", "/pipeline/run", first, headers=key)
    assert started.status == 202, started.data

    retried = alice.request("POST", "/pipeline/run", changed, headers=key)

    assert retried.status == 422
    assert retried.json()["error"]["details"][0]["type"] == "idempotency_mismatch"
    alice.wait_for_run(started.json()["project_id"])


# What a run refuses, POST /jd/parse refuses too; both name the field and say why, and neither starts
# anything (nothing half written).
_REFUSED: list[tuple[dict[str, Any], str, str]] = [
    ({"job_description_text": ""}, "body.job_description_text", "at least 1"),
    ({"job_description_text": "x" * 20_001}, "body.job_description_text", "at most 20000"),
    ({"job_description_text": "   \n\t "}, "body.job_description_text", "empty"),
    ({"job_description_text": "12345 -- 678 !!"}, "body.job_description_text", "no words"),
    # markup around no words was a 202 whose run failed in parse_jd (a new user's finding)
    ({"job_description_text": "<div><p></p><br/></div>"}, "body.job_description_text", "no words"),
    (
        {"job_description_text": "<p>&nbsp;</p>\n<!-- Senior Go Developer -->"},
        "body.job_description_text",
        "no words",
    ),
    ({}, "body.job_description_text", "required"),
    # corrections to the parse: each field within its limits, named to the item
    (
        {"job_description_text": PYTHON_JD, "requirement": {"locations": ["Berlin", ""]}},
        "body.requirement.locations.1",
        "at least 1",
    ),
    (
        {"job_description_text": PYTHON_JD, "requirement": {"required_skills": None}},
        "body.requirement.required_skills",
        "valid list",
    ),
    (
        {"job_description_text": PYTHON_JD, "requirement": {"salary": 1}},
        "body.requirement.salary",
        "Not a field",
    ),
    (
        {"job_description_text": PYTHON_JD, "requirement": {"remote": "sometimes"}},
        "body.requirement.remote",
        "'remote', 'hybrid' or 'onsite'",
    ),
    # a work mode where a place goes: the message says which field takes it
    (
        {"job_description_text": PYTHON_JD, "requirement": {"locations": ["Berlin", "100% Remote"]}},
        "body.requirement.locations.1",
        '"remote": "remote"',
    ),
    # two places in one item: the search would read one
    (
        {"job_description_text": PYTHON_JD, "requirement": {"locations": ["Berlin or Munich"]}},
        "body.requirement.locations.0",
        "one place per item",
    ),
    # relocation is correctable (a new user's: it was "Not a field"), with a JSON boolean
    (
        {"job_description_text": PYTHON_JD, "requirement": {"relocation": "no"}},
        "body.requirement.relocation",
        "boolean",
    ),
    # nothing left to search for
    (
        {"job_description_text": PYTHON_JD, "requirement": {"required_skills": [], "preferred_skills": []}},
        "body.requirement.required_skills",
        "nothing to search for",
    ),
]


@pytest.mark.parametrize(
    ("route", "body", "field", "fragment"),
    [
        *[("/jd/parse", *refused) for refused in _REFUSED],
        *[("/pipeline/run", *refused) for refused in _REFUSED],
        # a run's own fields
        (
            "/pipeline/run",
            {"job_description_text": PYTHON_JD, "max_candidates": 501},
            "body.max_candidates",
            "500",
        ),
        ("/pipeline/run", {"job_description_text": PYTHON_JD, "top_n": 0}, "body.top_n", "1"),
        # a new user's typo ran with the default 50 and used a run of the hour's quota
        (
            "/pipeline/run",
            {"job_description_text": PYTHON_JD, "max_candidate": 200},
            "body.max_candidate",
            "Not a field",
        ),
        # a run's own field: the parse alone takes only the posting and its corrections
        (
            "/jd/parse",
            {"job_description_text": PYTHON_JD, "max_candidates": 5},
            "body.max_candidates",
            "Not a field",
        ),
    ],
)
def test_invalid_requests_name_the_field_on_a_run_and_on_the_parse_alone(
    alice: ApiClient, route: str, body: dict[str, Any], field: str, fragment: str
) -> None:
    before = alice.request("GET", "/projects").json()["items"]
    reply = alice.request("POST", route, body)
    assert reply.status == 422
    assert reply.json()["error"]["code"] == "validation_error"
    (detail,) = reply.json()["error"]["details"]
    assert detail["field"] == field
    assert fragment in detail["message"]
    assert alice.request("GET", "/projects").json()["items"] == before  # nothing started


@pytest.mark.parametrize(
    ("corrections", "policy", "unread"),
    [
        ({"locations": ["Berlin"], "remote": "onsite"}, "onsite/hybrid in Berlin, DE", []),
        # a typo is no place: the preview says so before a run searches anywhere (a new user's: say which)
        ({"locations": ["Berln", "Munich"], "remote": "onsite"}, "onsite/hybrid in Munich, DE", ["Berln"]),
        ({"locations": ["Florida", "Georgia", "Texas"], "remote": "remote"}, "remote within US", []),
        ({"locations": ["European Union"], "remote": "remote"}, "remote within ", []),
        # the US state: a small country's subdivision (Uruguay's Florida) no longer shares its name
        ({"locations": ["Florida"], "remote": "remote"}, "remote within US", []),
        # a country beside an office role's city: the city decides (a second review's)
        ({"locations": ["Berlin", "Poland"], "remote": "hybrid"}, "onsite/hybrid in Berlin, DE", ["Poland"]),
        # a time zone, and a remote-anywhere role's city, an office (a second new user's)
        ({"locations": ["UTC+1", "Berlin"], "remote": "remote"}, "remote anywhere", ["UTC+1", "Berlin"]),
        ({"locations": ["Lyon"], "remote": "remote"}, "remote anywhere", ["Lyon"]),
    ],
)
def test_the_parse_alone_says_how_the_places_are_read(
    alice: ApiClient, corrections: dict[str, Any], policy: str, unread: list[str]
) -> None:
    body = {"job_description_text": PYTHON_JD, "requirement": corrections}
    reply = alice.request("POST", "/jd/parse", body)
    assert reply.status == 200, reply.data
    assert reply.json()["location_policy"].startswith(policy)
    assert reply.json()["unread_places"] == unread


def test_the_parse_alone_needs_a_token(local_stack: LocalStack) -> None:
    reply = ApiClient(local_stack.api_url).request("POST", "/jd/parse", {"job_description_text": PYTHON_JD})
    assert reply.status == 401


def test_zero_candidates_completes_with_an_explanation(alice: ApiClient) -> None:
    project_id = alice.start_run(NOBODY_JD)
    assert alice.wait_for_run(project_id)[-1]["status"] == "completed"
    project = alice.request("GET", f"/projects/{project_id}").json()
    assert project["ranked_candidates"] == []
    assert project["outreach_drafts"] == []
    assert project["metadata"]["message"].startswith("No GitHub users matched")


def test_the_parse_alone_shows_that_office_tools_give_nothing_to_search(alice: ApiClient) -> None:
    # a new user's: the preview showed topics microsoft-office and excel, and the run searched nothing
    text = "Office Manager\n\nRequirements:\n- Microsoft Office (Excel, Outlook, Word)\n- Google Workspace"
    reply = alice.request("POST", "/jd/parse", {"job_description_text": text})
    assert reply.status == 200, reply.data
    assert "Excel" in reply.json()["requirement"]["required_skills"]
    assert reply.json()["search_plan"] == []


def test_a_posting_naming_nothing_to_search_by_completes_saying_what_to_add(alice: ApiClient) -> None:
    text = "Office manager\n\nYou keep our Berlin office running. Friendly team, flexible hours."
    project_id = alice.start_run(text)
    final = alice.wait_for_run(project_id)[-1]
    assert final["status"] == "completed"
    project = alice.request("GET", f"/projects/{project_id}").json()
    assert (project["ranked_candidates"], project["metadata"]["github"]["queries"]) == ([], [])
    assert project["metadata"]["message"].startswith(
        "Nothing was searched for: the job description names no programming language or technology"
    )
    assert final["message"] == project["metadata"]["message"]  # the status says it too (a new user's finding)


def test_the_same_idempotency_key_starts_one_execution(alice: ApiClient, local_stack: LocalStack) -> None:
    body = {"job_description_text": PYTHON_JD, "max_candidates": 10}
    headers = {"Idempotency-Key": "retry-me-1"}
    first = alice.request("POST", "/pipeline/run", body, headers=headers)
    second = alice.request("POST", "/pipeline/run", body, headers=headers)
    assert first.status == second.status == 202
    assert first.json() == second.json()
    project_id = first.json()["project_id"]
    assert _executions_named(local_stack, project_id) == 1
    assert [p["project_id"] for p in alice.request("GET", "/projects").json()["items"]] == [project_id]

    reused = alice.request("POST", "/pipeline/run", {**body, "top_n": 3}, headers=headers)
    assert reused.status == 422
    assert reused.json()["error"]["details"][0]["field"] == "header.Idempotency-Key"
    alice.wait_for_run(project_id)


def test_a_replay_returns_the_projects_current_state(alice: ApiClient) -> None:
    # Issue 15: a replay answered the recorded `running` after the run had completed, and 202 for a
    # project deleted since.
    body = {"job_description_text": PYTHON_JD, "max_candidates": 5}
    headers = {"Idempotency-Key": "replay-after-the-run"}
    first = alice.request("POST", "/pipeline/run", body, headers=headers)
    assert (first.status, first.json()["status"]) == (202, "running")
    project_id = first.json()["project_id"]
    final = alice.wait_for_run(project_id)[-1]["status"]
    replay = alice.request("POST", "/pipeline/run", body, headers=headers)
    assert replay.status == 200, replay.data
    assert replay.json() == {**first.json(), "status": final}
    assert alice.request("DELETE", f"/projects/{project_id}").status == 204
    gone = alice.request("POST", "/pipeline/run", body, headers=headers)
    assert gone.status == 410
    assert gone.json()["error"]["code"] == "gone"
    assert alice.request("GET", "/projects").json()["items"] == []  # and no second run started


def test_idempotency_keys_are_per_user(alice: ApiClient, bob: ApiClient) -> None:
    body = {"job_description_text": PYTHON_JD, "max_candidates": 5}
    headers = {"Idempotency-Key": "shared-key"}
    mine = alice.request("POST", "/pipeline/run", body, headers=headers).json()["project_id"]
    theirs = bob.request("POST", "/pipeline/run", body, headers=headers).json()["project_id"]
    assert mine != theirs
    alice.wait_for_run(mine)
    bob.wait_for_run(theirs)


def test_status_is_owner_only(alice: ApiClient, bob: ApiClient) -> None:
    project_id = alice.start_run(PYTHON_JD, max_candidates=5)
    forbidden = bob.request("GET", f"/pipeline/status/{project_id}")
    assert forbidden.status == 403
    assert forbidden.json()["error"]["code"] == "forbidden"
    missing = alice.request("GET", "/pipeline/status/00000000-0000-4000-8000-000000000000")
    assert missing.status == 404
    alice.wait_for_run(project_id)


def test_run_and_status_need_a_token(local_stack: LocalStack) -> None:
    anonymous = ApiClient(local_stack.api_url)
    for method, path in [("POST", "/pipeline/run"), ("GET", "/pipeline/status/x")]:
        reply = anonymous.request(method, path, {"job_description_text": PYTHON_JD})
        assert reply.status == 401
        assert reply.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_failed_stage_is_reported_with_its_module_and_no_results(
    alice: ApiClient, local_stack: LocalStack
) -> None:
    project_id = alice.start_run(PYTHON_JD, max_candidates=5)
    # The fault is scoped to this project, so concurrent tests are unaffected.
    local_stack.inject_fault(
        "RankCandidatesFunction", "ValueError", "boom", times=None, project_id=project_id
    )
    try:
        final = alice.wait_for_run(project_id)[-1]
    finally:
        local_stack.clear_faults()
    if final["status"] == "completed":
        pytest.skip("the run finished ranking before the fault was armed")
    assert final["status"] == "failed"
    assert final["error"]["stage"] == "rank_candidates"
    assert final["error"]["type"] == "ValueError"
    assert [stage["status"] for stage in final["stages"]][2] == "failed"
    project = alice.request("GET", f"/projects/{project_id}").json()
    assert project["status"] == "failed"
    assert project["error"]["stage"] == "rank_candidates"
    assert project["ranked_candidates"] == []
    assert alice.request("GET", f"/projects/{project_id}/export?format=csv").status == 409


def test_two_users_run_at_once_and_see_only_their_own(alice: ApiClient, bob: ApiClient) -> None:
    with ThreadPoolExecutor(2) as pool:
        ids = list(pool.map(lambda client: client.start_run(PYTHON_JD, max_candidates=20), [alice, bob]))
        finals = list(
            pool.map(lambda pair: pair[0].wait_for_run(pair[1])[-1], zip([alice, bob], ids, strict=True))
        )
    assert [final["status"] for final in finals] == ["completed", "completed"]
    assert {p["project_id"] for p in alice.request("GET", "/projects").json()["items"]} == {ids[0]}
    assert {p["project_id"] for p in bob.request("GET", "/projects").json()["items"]} == {ids[1]}
    assert bob.request("GET", f"/projects/{ids[0]}").status == 403
    assert alice.request("GET", f"/projects/{ids[1]}/export").status == 403

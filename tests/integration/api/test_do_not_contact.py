"""Issue 15: do-not-contact deletes. Listing a login erases that person from the user's stored projects
and exports (ranked list, profile, draft, CSV row) and keeps them out of later runs, including a run
under way when the login is listed. Over real HTTP on the local stack."""

from __future__ import annotations

import pytest

from talent.api.models.suppressions import NOT_A_LOGIN
from talent_local.stack import LocalStack
from tests.api_client import ApiClient
from tests.sample_jobs import PYTHON_JD

pytestmark = pytest.mark.integration


def _completed(user: ApiClient) -> str:
    project_id = user.start_run(PYTHON_JD, max_candidates=20, top_n=5)
    assert user.wait_for_run(project_id)[-1]["status"] == "completed"
    return project_id


def _stored(stack: LocalStack, project_id: str) -> dict[str, bytes]:
    s3 = stack.client("s3")
    bucket = stack.template.physical_name("ResultsBucket")
    listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"projects/{project_id}/").get("Contents", [])
    return {entry["Key"]: s3.get_object(Bucket=bucket, Key=entry["Key"])["Body"].read() for entry in listed}


def _everything_about(user: ApiClient, project_id: str) -> bytes:
    """What the API gives about a project: details, both exports, and its list entry."""
    parts = [
        user.request("GET", f"/projects/{project_id}").data,
        user.request("GET", f"/projects/{project_id}/export?format=json").data,
        user.request("GET", f"/projects/{project_id}/export?format=csv").data,
    ]
    return b"\n".join(parts).lower()


def test_listing_a_login_erases_the_person_from_stored_projects_and_exports(
    local_stack: LocalStack, alice: ApiClient
) -> None:
    project_id = _completed(alice)
    before = alice.request("GET", f"/projects/{project_id}").json()
    person = before["outreach_drafts"][0]["candidate_login"]  # ranked, profiled and drafted
    assert person.encode() in _everything_about(alice, project_id)
    assert list(_stored(local_stack, project_id)) == [f"projects/{project_id}/results.json"]

    reply = alice.request("POST", "/suppressions", {"github_login": person.upper(), "reason": "asked"})

    assert reply.status == 201, reply.data
    assert reply.json()["projects_erased"] == 1
    assert person.encode() not in _everything_about(alice, project_id)
    assert all(person.encode() not in body.lower() for body in _stored(local_stack, project_id).values())
    after = alice.request("GET", f"/projects/{project_id}").json()
    assert [entry["rank"] for entry in after["ranked_candidates"]] == list(
        range(1, len(before["ranked_candidates"]))
    )
    summary = alice.request("GET", "/projects").json()["items"][0]
    assert summary["candidate_count"] == len(before["ranked_candidates"]) - 1

    # Later runs leave them out: the search drops them before reading their profile, and the next
    # person it finds takes their place.
    later = _completed(alice)
    assert person.encode() not in _everything_about(alice, later)
    details = alice.request("GET", f"/projects/{later}").json()
    assert len(details["ranked_candidates"]) == len(before["ranked_candidates"])
    assert details["metadata"]["github"]["left_out_listed"] == 1


def test_a_login_listed_during_a_run_is_not_stored_by_it(local_stack: LocalStack, alice: ApiClient) -> None:
    first = _completed(alice)
    person = alice.request("GET", f"/projects/{first}").json()["ranked_candidates"][0]["candidate"]["login"]
    user_id = alice.request("GET", "/auth/me").json()["user_id"]
    hold = local_stack.hold("SaveResultsFunction", user_id=user_id)
    running = alice.start_run(PYTHON_JD, max_candidates=20, top_n=5)
    assert hold.wait_reached()["project_id"] == running
    assert alice.request("POST", "/suppressions", {"github_login": person}).json()["projects_erased"] == 1
    hold.release()
    assert alice.wait_for_run(running)[-1]["status"] == "completed"
    assert person.encode() not in _everything_about(alice, running)
    assert all(person.encode() not in body.lower() for body in _stored(local_stack, running).values())


def test_the_opt_out_sentence_says_what_listing_does(alice: ApiClient) -> None:
    project_id = _completed(alice)
    body = alice.request("GET", f"/projects/{project_id}").json()["outreach_drafts"][0]["body"]
    assert body.endswith(
        'If you would rather not hear from me, just reply "no thanks": I will put you on my '
        "do-not-contact list, which deletes the details I saved from your public GitHub profile and "
        "leaves you out of my future searches.\n\nBest regards,\n[Your name]"
    )  # then the sign-off placeholder the recruiter fills in


@pytest.mark.parametrize("login", ["@Some-Dev", "https://github.com/some-dev/", " github.com/SOME-dev "])
def test_a_mention_or_a_profile_url_lists_its_login(alice: ApiClient, login: str) -> None:
    # Two trials pasted "@some-dev" and the profile URL: the login in them is what they mean
    reply = alice.request("POST", "/suppressions", {"github_login": login})
    assert reply.status in (200, 201)
    assert reply.json()["github_login"] == "some-dev"


@pytest.mark.parametrize(
    "login", ["", "-dev", "@", "https://github.com/some-dev/repo", "https://gitlab.com/some-dev", "@a@b"]
)
def test_what_is_not_a_login_is_a_422_that_says_what_to_send(alice: ApiClient, login: str) -> None:
    # A new user got the login pattern's regex as the reason.
    reply = alice.request("POST", "/suppressions", {"github_login": login})
    assert reply.status == 422
    (detail,) = reply.json()["error"]["details"]
    assert detail["field"] == "body.github_login"
    assert detail["message"] == NOT_A_LOGIN


@pytest.mark.parametrize("reason", ["asked\u0000 not to", "asked \u202enot to", "bell\u0007"])
def test_a_reason_with_control_characters_is_a_422_and_nothing_is_listed(
    alice: ApiClient, reason: str
) -> None:
    # A new-user trial's reason holding "\u0000" and a right-to-left override was stored as sent.
    reply = alice.request("POST", "/suppressions", {"github_login": "quiet-dev", "reason": reason})
    assert reply.status == 422
    (detail,) = reply.json()["error"]["details"]
    assert detail["field"] == "body.reason"
    assert "plain text" in detail["message"]
    listed = alice.request("GET", "/suppressions").json()["items"]
    assert "quiet-dev" not in [item["github_login"] for item in listed]

"""Do-not-contact means erased (issue 15): talent.erasure on moto S3 and DynamoDB, with the sample
project's results (events/stages)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from talent import erasure
from talent.api.models.suppressions import SuppressionRequest
from talent.pipeline import guard
from talent.pipeline.results import ProjectMetadata, ProjectResults, load_project_results
from talent.pipeline.storage import put_document
from talent.suppressions import suppress
from tests.unit.pipeline.pipeline_support import EVENTS, SAMPLE_PROJECT, SAMPLE_USER, Aws

SAMPLE = EVENTS / "s3" / "projects" / SAMPLE_PROJECT
LOGINS = ["synth-ada-gopher", "synth-optout-dev", "synth-jo-javanaut", "synth-kim-pythonista"]


def sample_results(project_id: str = SAMPLE_PROJECT) -> ProjectResults:
    ranked = json.loads((SAMPLE / "ranked.json").read_text())["ranked"]
    drafts = json.loads((SAMPLE / "outreach.json").read_text())["messages"]
    state = json.loads((EVENTS / "save_results.json").read_text())
    return ProjectResults.model_validate(
        {
            "project_id": project_id,
            "completed_at": "2026-11-24T19:26:00.000000Z",
            "requirement": state["requirement"],
            "ranked": ranked,
            "drafts": drafts,
            "metadata": ProjectMetadata(
                stage_durations_ms={}, github=state["search_github"]["metadata"]
            ).model_dump(),
        }
    )


def completed(aws: Aws, project_id: str, *, with_logins: bool = True, **extra: Any) -> str:
    key = f"projects/{project_id}/results.json"
    results = sample_results(project_id)
    put_document(key, results)
    summary = erasure.project_summary(results)
    if not with_logins:  # completed before project items listed their logins
        summary.pop("logins")
    aws.put_project(project_id, status="completed", results_key=key, **summary, **extra)
    return key


def listed(aws: Aws, login: str, user_id: str = SAMPLE_USER) -> None:
    aws.dynamodb.put_item(
        TableName="unit-suppressions", Item={"user_id": {"S": user_id}, "github_login": {"S": login}}
    )


def test_without_drops_the_persons_entry_and_draft_and_renumbers() -> None:
    results = sample_results()
    cleaned = erasure.without(results, {"synth-ada-gopher"})
    assert [(entry.rank, entry.candidate.login) for entry in cleaned.ranked] == [
        (1, "synth-optout-dev"),
        (2, "synth-jo-javanaut"),
        (3, "synth-kim-pythonista"),
    ]
    assert "synth-ada-gopher" not in cleaned.model_dump_json()
    assert erasure.without(results, set()) == results


def test_adding_a_login_erases_the_person_from_every_completed_project_that_holds_them(aws: Aws) -> None:
    first = completed(aws, "p-first")
    legacy = completed(aws, "p-legacy", with_logins=False)
    other = completed(aws, "p-other", created_at="2026-11-25T10:00:00.000000Z")
    put_document(other, erasure.without(sample_results("p-other"), {"synth-kim-pythonista"}))
    aws.put_project("p-running", status="running")
    put_document("projects/p-running/ranked.json", sample_results("p-running"))
    aws.put_project("p-someone-elses", user_id="another-user", status="completed", results_key="x")

    entry, created = suppress(SAMPLE_USER, SuppressionRequest(github_login="Synth-Kim-Pythonista"))

    # p-other's results were clean but its item still listed the login (an erasure stopped after its
    # rewrite): finished now, so it counts (an attack review's: a retry left it as it was)
    assert (entry.github_login, entry.projects_erased, created) == ("synth-kim-pythonista", 3, True)
    finished = aws.project("p-other")
    assert finished is not None
    assert "synth-kim-pythonista" not in finished["logins"]
    for key, project_id in ((first, "p-first"), (legacy, "p-legacy")):
        results = load_project_results(key)
        assert "synth-kim-pythonista" not in results.model_dump_json()
        assert [entry.rank for entry in results.ranked] == [1, 2, 3]
        project = aws.project(project_id)
        assert project is not None
        assert (project["ranked_count"], project["candidate_count"], project["draft_count"]) == (3, 3, 2)
        assert project["logins"] == ["synth-ada-gopher", "synth-jo-javanaut", "synth-optout-dev"]
    # Running projects are SaveResults' to clean (it checks the list once completed).
    assert aws.read("projects/p-running/ranked.json") == json.loads(
        sample_results("p-running").model_dump_json()
    )
    again, created = suppress(SAMPLE_USER, SuppressionRequest(github_login="synth-kim-pythonista"))
    assert (again.projects_erased, created) == (0, False)  # nothing left to erase


def test_an_erasure_racing_another_one_leaves_nobody_listed(
    aws: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two logins listed at once: the other request, with a list read before ours, writes back results
    # that still hold our login after we wrote. The erasure reads again after writing and repeats.
    key = completed(aws, "p-race")
    listed(aws, "synth-ada-gopher")
    real_put = guard.put_while_project_exists
    stale_writes = [erasure.without(sample_results("p-race"), {"synth-jo-javanaut"})]

    def put_then_lose_the_race(project_id: str, at: str, document: Any) -> None:
        real_put(project_id, at, document)
        if stale_writes:
            put_document(at, stale_writes.pop())  # the other request's write lands after ours

    monkeypatch.setattr(erasure, "put_while_project_exists", put_then_lose_the_race)
    listed(aws, "synth-jo-javanaut")

    assert erasure.erase_from_project("p-race", SAMPLE_USER, key) is True
    stored = load_project_results(key).model_dump_json()
    assert "synth-ada-gopher" not in stored
    assert "synth-jo-javanaut" not in stored


def test_an_erasure_of_a_project_deleted_meanwhile_writes_nothing(aws: Aws) -> None:
    key = completed(aws, "p-gone")
    listed(aws, "synth-ada-gopher")
    aws.dynamodb.delete_item(TableName=aws.projects, Key={"project_id": {"S": "p-gone"}})
    assert erasure.erase_from_project("p-gone", SAMPLE_USER, key) is False
    assert aws.keys("p-gone") == []
    assert aws.project("p-gone") is None


def test_an_erasure_stopped_after_its_rewrite_is_finished_by_whoever_comes_next(aws: Aws) -> None:
    """A third review's: SaveResults' late erasure wrote the clean results, then its summary update was
    throttled; the retried SaveResults (and MarkFailed) saw clean results and returned, leaving the item
    listing the person and an export holding them. The next erasure of any caller finishes it."""
    key = completed(aws, "p-stopped")  # the item lists synth-kim-pythonista
    listed(aws, "synth-kim-pythonista")
    put_document(key, erasure.without(sample_results("p-stopped"), {"synth-kim-pythonista"}))
    export = "projects/p-stopped/exports/0000/old.csv"
    aws.s3.put_object(Bucket=aws.bucket, Key=export, Body=b"synth-kim-pythonista")

    assert erasure.erase_from_project("p-stopped", SAMPLE_USER, key) is True

    project = aws.project("p-stopped")
    assert project is not None
    assert "synth-kim-pythonista" not in project["logins"]
    assert project["ranked_count"] == 3
    assert export not in aws.keys("p-stopped")
    assert erasure.erase_from_project("p-stopped", SAMPLE_USER, key) is False  # nothing left to do

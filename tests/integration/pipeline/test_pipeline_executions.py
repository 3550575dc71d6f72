"""Real executions of PipelineStateMachine on the local stack: moto runs the ASL from template.yaml, the
handlers run in-process, search_github talks to the offline GitHub emulator over HTTP.

Executions are started the way POST /pipeline/run starts them (project item first, execution named after
the project). Failures come from the local stack's fault injection, never from hooks in product code.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from talent.pipeline.registry import STAGES, TRACKED_NAMES
from talent.pipeline.results import ProjectResults, load_project_results
from talent_local.stack import LocalStack
from tests.sfn_runs import BROAD_JD, NOBODY_JD, PYTHON_JD, STAGE_STATES, Pipeline, Run

pytestmark = pytest.mark.integration

FAILURES = [(stage.function_id, stage.state_name, stage.name) for stage in STAGES]


@pytest.fixture(scope="module")
def completed_run(pipeline: Pipeline) -> tuple[Run, dict[str, Any], ProjectResults]:
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=10)
    described = pipeline.wait(run)
    assert described["status"] == "SUCCEEDED", described
    project = pipeline.project(run.project_id)
    assert project is not None
    return run, project, load_project_results(project["results_key"])


def state_payload_sizes(pipeline: Pipeline, run: Run) -> list[int]:
    sizes = []
    for event in pipeline.history(run):
        for key, details in event.items():
            if key.endswith("EventDetails") and isinstance(details, dict):
                sizes += [len(details[field].encode()) for field in ("input", "output") if field in details]
    return sizes


# ---------- success ----------
def test_a_full_run_completes_the_project_with_ranked_candidates_and_drafts(
    pipeline: Pipeline, completed_run: tuple[Run, dict[str, Any], ProjectResults]
) -> None:
    run, project, results = completed_run
    described = pipeline.wait(run)
    assert json.loads(described["output"]) == {
        "project_id": run.project_id,
        "status": "completed",
        "results_key": f"projects/{run.project_id}/results.json",
        "candidate_count": 30,
        "ranked_count": 30,
        "draft_count": 10,
    }
    assert pipeline.entered(run) == STAGE_STATES

    assert project["status"] == "completed"
    assert project["completed_at"] > project["created_at"]
    assert project["title"] == "Backend Engineer (Python)"
    assert "Python" in project["requirement"]["required_skills"]
    assert (project["candidate_count"], project["ranked_count"], project["draft_count"]) == (30, 30, 10)
    assert project["results_key"] == f"projects/{run.project_id}/results.json"
    metadata = project["metadata"]
    assert set(metadata["stage_durations_ms"]) == set(TRACKED_NAMES)
    assert all(isinstance(ms, int) and ms >= 0 for ms in metadata["stage_durations_ms"].values())
    assert metadata["github"]["queries"][0] == "type:user repos:>=3 language:Python"
    assert metadata["github"]["plan"][0]["name"] == "core"
    assert metadata["github"]["profiles_read"] >= 30
    assert (
        metadata["github"]["graphql_points"] > 0
    )  # the stack's token secret: GraphQL enrichment, not anonymous
    assert metadata["message"] is None
    assert project["job_description_text"] == PYTHON_JD

    assert [r.rank for r in results.ranked] == list(range(1, 31))
    scores = [r.score for r in results.ranked]
    assert scores == sorted(scores, reverse=True)
    assert [d.candidate_login for d in results.drafts] == [r.candidate.login for r in results.ranked[:10]]
    assert all(d.subject and d.body and not d.suppressed for d in results.drafts)
    assert results.requirement.model_dump(mode="json") == project["requirement"]
    assert results.metadata.model_dump(mode="json") == metadata
    assert pipeline.keys(run.project_id) == ["results.json"]  # the stage documents end with the run
    assert max(state_payload_sizes(pipeline, run)) < 16_000  # keys and counts, never the lists


def test_the_users_do_not_contact_list_leaves_the_person_out(
    pipeline: Pipeline, completed_run: tuple[Run, dict[str, Any], ProjectResults]
) -> None:
    _, _, first_results = completed_run
    top_login = first_results.ranked[0].candidate.login
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=10)
    pipeline.suppress(run.user_id, top_login)

    assert pipeline.wait(run)["status"] == "SUCCEEDED"

    # Issue 15: not ranked, not drafted, not stored at all; the top 10 are drafted among the others.
    project = pipeline.project(run.project_id)
    assert project is not None
    results = load_project_results(project["results_key"])
    assert top_login not in results.model_dump_json()
    assert top_login not in project["logins"]
    assert project["draft_count"] == len(results.drafts) == 10
    assert not any(d.suppressed for d in results.drafts)
    assert pipeline.keys(run.project_id) == ["results.json"]  # no stage document outlives the run
    assert first_results.drafts[0].candidate_login == top_login  # another user's list does not apply


def test_zero_candidates_complete_with_empty_lists_and_the_reason(pipeline: Pipeline) -> None:
    run = pipeline.start(NOBODY_JD)

    assert pipeline.wait(run)["status"] == "SUCCEEDED"

    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["status"] == "completed"
    assert (project["candidate_count"], project["ranked_count"], project["draft_count"]) == (0, 0, 0)
    message = project["metadata"]["message"]
    # In words, not GitHub's query syntax (a new user's finding), with what to change
    assert message.startswith(
        "No GitHub users matched the searches for this role: COBOL developers in Reykjavík"
    )
    assert "; COBOL developers. " in message  # every step of the plan ran, down to no location at all
    assert message.endswith("allow other locations or remote work, and run it again.")
    results = load_project_results(project["results_key"])
    assert (results.ranked, results.drafts) == ([], [])
    assert results.metadata.message == project["metadata"]["message"]


def test_two_runs_at_once_both_complete_with_their_own_results(pipeline: Pipeline) -> None:
    runs = [pipeline.start(PYTHON_JD, max_candidates=20, top_n=5), pipeline.start(NOBODY_JD)]

    assert [pipeline.wait(run)["status"] for run in runs] == ["SUCCEEDED", "SUCCEEDED"]

    projects = [pipeline.project(run.project_id) for run in runs]
    assert [p["candidate_count"] for p in projects if p] == [20, 0]
    for run, project in zip(runs, projects, strict=True):
        assert project is not None
        assert project["user_id"] == run.user_id
        assert project["results_key"].startswith(f"projects/{run.project_id}/")


def test_a_500_candidate_run_stays_under_the_payload_limit(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from talent_local.github_emulator import start_emulator
    from talent_local.pytest_plugin import SESSION_GITHUB_LIMITS

    # The demo corpus has ~580 people; three languages of a 1,500-person corpus hold more than 500.
    with start_emulator(corpus_size=1500, limits=SESSION_GITHUB_LIMITS) as github:
        monkeypatch.setenv("GITHUB_API_URL", github.url)  # the in-process search reads it per invocation
        run = pipeline.start(BROAD_JD, max_candidates=500, top_n=50)
        described = pipeline.wait(run, timeout_s=120)

    assert described["status"] == "SUCCEEDED", described
    project = pipeline.project(run.project_id)
    assert project is not None
    assert (project["candidate_count"], project["ranked_count"], project["draft_count"]) == (500, 500, 50)
    results = load_project_results(project["results_key"])
    assert len(results.ranked) == 500
    assert len(results.drafts) == 50
    sizes = state_payload_sizes(pipeline, run)
    assert max(sizes) < 16_000, max(sizes)  # Step Functions allows 256 KB; the lists went to S3


# ---------- failures ----------
@pytest.mark.parametrize(("function_id", "state_name", "module"), FAILURES)
def test_a_failing_stage_fails_the_project_naming_the_module_and_leaves_no_partial_outputs(
    pipeline: Pipeline, local_stack: LocalStack, function_id: str, state_name: str, module: str
) -> None:
    project_id = pipeline.new_project_id()
    # after=True: the stage does its work (writes its S3 document), then fails; SaveResults fails before
    # it saves (a save that completed is kept: see the next test).
    fault = local_stack.inject_fault(
        function_id, "StageCrashed", "boom", times=None, project_id=project_id, after=module != "save_results"
    )
    run = pipeline.start(PYTHON_JD, project_id=project_id)

    described = pipeline.wait(run)

    assert described["status"] == "FAILED"
    assert described["error"] == "PipelineFailed"
    assert pipeline.entered(run)[-3:] == [state_name, "MarkFailed", "PipelineFailed"]
    assert fault.fired == 1  # not a transient error: no retry
    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["status"] == "failed"
    assert project["error"]["stage"] == module
    assert project["error"]["type"] == "StageCrashed"
    assert "failed unexpectedly" in project["error"]["message"]
    assert "Traceback" not in project["error"]["message"]
    assert project["failed_at"] > project["created_at"]
    assert "results_key" not in project
    assert pipeline.keys(run.project_id) == []


def test_a_save_that_completed_before_its_invocation_failed_keeps_the_results(
    pipeline: Pipeline, local_stack: LocalStack
) -> None:
    project_id = pipeline.new_project_id()
    local_stack.inject_fault(
        "SaveResultsFunction", "StageCrashed", times=None, project_id=project_id, after=True
    )
    run = pipeline.start(PYTHON_JD, project_id=project_id)

    assert pipeline.wait(run)["status"] == "FAILED"

    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["status"] == "completed"
    assert "error" not in project
    assert load_project_results(project["results_key"]).ranked


@pytest.mark.parametrize(
    ("function_id", "state_name", "error"),
    [
        ("SearchGitHubFunction", "SearchGitHub", "GitHubRateLimited"),
        ("RankCandidatesFunction", "RankCandidates", "Lambda.ServiceException"),
        ("GenerateOutreachFunction", "GenerateOutreach", "Lambda.TooManyRequestsException"),
        # an operator's review: neither was retried
        ("ParseJdFunction", "ParseJobDescription", "AwsUnavailable"),
        ("SaveResultsFunction", "SaveResults", "Lambda.ClientExecutionTimeoutException"),
    ],
)
def test_a_transient_failure_is_retried_and_the_run_succeeds(
    pipeline: Pipeline, local_stack: LocalStack, function_id: str, state_name: str, error: str
) -> None:
    project_id = pipeline.new_project_id()
    fault = local_stack.inject_fault(function_id, error, "try again", times=1, project_id=project_id)
    run = pipeline.start(PYTHON_JD, project_id=project_id)

    assert pipeline.wait(run)["status"] == "SUCCEEDED"

    assert fault.fired == 1
    failures = [
        event["lambdaFunctionFailedEventDetails"]["error"]
        for event in pipeline.history(run)
        if event["type"] == "LambdaFunctionFailed"
    ]
    assert failures == [error]
    assert pipeline.entered(run) == STAGE_STATES
    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["status"] == "completed"


def test_a_transient_error_that_persists_fails_after_the_retries(
    pipeline: Pipeline, local_stack: LocalStack
) -> None:
    project_id = pipeline.new_project_id()
    fault = local_stack.inject_fault(
        "RankCandidatesFunction", "Lambda.ServiceException", times=None, project_id=project_id
    )
    run = pipeline.start(PYTHON_JD, project_id=project_id)

    assert pipeline.wait(run)["status"] == "FAILED"

    assert fault.fired == 1 + 3  # the first attempt and MaxAttempts retries
    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["error"]["stage"] == "rank_candidates"
    assert project["error"]["type"] == "Lambda.ServiceException"
    assert "after retries" in project["error"]["message"]
    assert pipeline.keys(run.project_id) == []


# ---------- a project deleted during its run ----------
def test_a_project_deleted_during_its_run_is_not_brought_back(pipeline: Pipeline) -> None:
    run = pipeline.start(PYTHON_JD, with_project=False)  # as if deleted meanwhile

    described = pipeline.wait(run)

    # The first stage that writes finds the project gone, removes its output and stops the run
    # (talent.pipeline.guard); MarkFailed records nothing for a project that does not exist.
    assert described["status"] == "FAILED"
    assert pipeline.entered(run) == ["ParseJobDescription", "SearchGitHub", "MarkFailed", "PipelineFailed"]
    assert pipeline.project(run.project_id) is None
    assert pipeline.keys(run.project_id) == []

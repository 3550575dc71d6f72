"""GitHub's real failure shapes (local/talent_local/github_emulator/recorded_answers.json), served by the
emulator the search stage talks to, survived end to end through the state machine: retried, waited
out, or a retryable error; never a run that "completes" with nobody because GitHub failed."""

from __future__ import annotations

import time
from typing import Any

import pytest

from talent.pipeline.results import load_project_results
from talent_local.stack import LocalStack
from tests.sfn_runs import PYTHON_JD, Pipeline, Run

pytestmark = pytest.mark.integration


def github(stack: LocalStack) -> Any:
    assert stack.github is not None, "these tests need the offline GitHub emulator"
    return stack.github


def search_failures(pipeline: Pipeline, run: Run) -> list[str]:
    """The errors SearchGitHub's invocations ended with, in order (each one the state machine retried)."""
    return [
        event["lambdaFunctionFailedEventDetails"]["error"]
        for event in pipeline.history(run)
        if event["type"] == "LambdaFunctionFailed"
    ]


def completed(pipeline: Pipeline, run: Run) -> tuple[dict[str, Any], Any]:
    assert pipeline.wait(run, timeout_s=90)["status"] == "SUCCEEDED"
    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["status"] == "completed"
    return project, load_project_results(project["results_key"])


@pytest.mark.parametrize(
    ("kind", "options"),
    [
        ("graphql_timeout", {}),  # 200 {"data": null, "errors": [{"message": "Something went wrong..."}]}
        ("graphql_timeout", {"status": 502}),
        ("abuse_403", {"path": "/search/users"}),
        ("abuse_403", {"path": "/graphql"}),
        ("secondary_403", {"path": "/search/users"}),
        ("incomplete_empty", {}),  # incomplete_results: true, no items, a large total_count
    ],
)
def test_a_passing_github_failure_is_retried_within_the_search_and_the_run_completes_whole(
    pipeline: Pipeline, local_stack: LocalStack, kind: str, options: dict[str, Any]
) -> None:
    github(local_stack).inject(kind, times=1, **options)
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=5)

    project, results = completed(pipeline, run)

    assert search_failures(pipeline, run) == []
    assert project["candidate_count"] == 30
    assert len(results.ranked) == 30
    assert results.metadata.github is not None
    assert not results.metadata.github.incomplete, results.metadata.github.incomplete_reason


def test_a_partial_graphql_answer_keeps_every_user_that_resolved(
    pipeline: Pipeline, local_stack: LocalStack
) -> None:
    clean = pipeline.start(PYTHON_JD, max_candidates=30, top_n=5)
    _, whole = completed(pipeline, clean)
    local_stack.forget_github()  # the same people, read from GitHub again rather than from the cache
    github(local_stack).inject("graphql_partial", times=1)
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=5)

    project, results = completed(pipeline, run)

    assert project["candidate_count"] == 30
    # The one whose node came back null, as if deleted, is the only one missing from the pool.
    assert results.metadata.github.profiles_read == whole.metadata.github.profiles_read - 1


def wait_for_failed_attempt(pipeline: Pipeline, run: Run, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not search_failures(pipeline, run):
        assert time.monotonic() < deadline, "the search never failed"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("kind", "options", "error"),
    [
        # GitHub refuses everything: the search waits within its budget, then gives up rate limited.
        ("abuse_403", {"path": "/"}, "GitHubRateLimited"),
        # Every GraphQL call times out: the users found cannot be read, nobody is left.
        ("graphql_timeout", {}, "GitHubUnavailable"),
    ],
)
def test_a_failure_that_outlasts_the_search_is_a_retryable_error_and_the_state_machine_retries_it(
    pipeline: Pipeline, local_stack: LocalStack, kind: str, options: dict[str, Any], error: str
) -> None:
    emulator = github(local_stack)
    emulator.inject(kind, times=10_000, **options)
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=5)
    wait_for_failed_attempt(pipeline, run)
    emulator.clear_faults()  # GitHub recovers before the state machine's retry

    project, _ = completed(pipeline, run)

    assert search_failures(pipeline, run) == [error]
    assert project["candidate_count"] == 30


def test_user_searches_that_keep_timing_out_still_complete_from_the_repository_search_and_say_so(
    pipeline: Pipeline, local_stack: LocalStack
) -> None:
    github(local_stack).inject("incomplete_empty", times=10_000)
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=5)

    project, results = completed(pipeline, run)

    assert project["candidate_count"] > 0  # owners of repositories tagged django
    assert results.metadata.github is not None
    assert results.metadata.github.incomplete
    assert "timed out twice" in (results.metadata.github.incomplete_reason or "")


def test_graphql_errors_that_never_stop_fail_the_run_as_github_unavailable_after_the_retries(
    pipeline: Pipeline, local_stack: LocalStack
) -> None:
    github(local_stack).inject("graphql_timeout", times=10_000)
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=5)

    assert pipeline.wait(run, timeout_s=90)["status"] == "FAILED"

    assert search_failures(pipeline, run) == ["GitHubUnavailable"] * 3  # the try and GitHubRetryMaxAttempts
    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["status"] == "failed"
    assert project["error"]["stage"] == "search_github"
    assert project["error"]["type"] == "GitHubUnavailable"
    assert project["error"]["message"] == (
        "GitHub kept failing (server errors, timeouts or its per-query resource limits) and the search "
        "found nobody. Run the pipeline again in a few minutes."
    )
    assert pipeline.keys(run.project_id) == []


def test_a_rate_limit_that_outlasts_the_retries_is_told_in_our_words_with_when_to_run_again(
    pipeline: Pipeline, local_stack: LocalStack
) -> None:
    # Issue 15 (second round): the project's error was GitHub's text, "API rate limit exceeded for user
    # ID 1." (or "for <our address>"). Now: the kind, in our words, and when to run again.
    github(local_stack).inject("primary_403", times=10_000, reset_in=1795)
    run = pipeline.start(PYTHON_JD, max_candidates=30, top_n=5)

    assert pipeline.wait(run, timeout_s=90)["status"] == "FAILED"

    project = pipeline.project(run.project_id)
    assert project is not None
    assert project["error"]["type"] == "GitHubRateLimited"
    assert project["error"]["message"] == (
        "GitHub's rate limit stopped the search before it found anyone. Run the pipeline again in about "
        "30 minutes."
    )

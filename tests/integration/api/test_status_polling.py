"""GET /pipeline/status at scale: a poll reads the project item and makes no Step Functions call, and a
search waiting for its turn on the shared GitHub budget says so, with the expected time."""

from __future__ import annotations

import time
from typing import Any

import pytest

from talent.github.limiter import Rates, fingerprint
from talent.github.store import GitHubStore
from talent_local.stack import EMULATOR_TOKEN, LocalStack
from tests.api_client import ApiClient
from tests.sample_jobs import PYTHON_JD

pytestmark = pytest.mark.integration


def sfn_calls(stack: LocalStack) -> list[str]:
    return [
        call.operation for call in stack.aws_calls.calls("RunsFunction") if call.service == "stepfunctions"
    ]


def test_polling_a_run_to_its_end_makes_no_step_functions_call(
    local_stack: LocalStack, alice: ApiClient
) -> None:
    local_stack.forget_github()
    project_id = alice.start_run(PYTHON_JD, max_candidates=20, top_n=3)
    before = sfn_calls(local_stack)

    seen = alice.wait_for_run(project_id, timeout_s=90)

    assert len(seen) > 1
    assert seen[-1]["status"] == "completed"
    assert sfn_calls(local_stack) == before  # not one GetExecutionHistory (nor any other call)
    assert [stage["status"] for stage in seen[-1]["stages"]] == ["succeeded"] * 4
    assert all(stage["duration_ms"] is not None for stage in seen[-1]["stages"])
    # While a stage is still to finish there is time left (after the fourth, only the save).
    unfinished = [status for status in seen if status["status"] == "running" and status["current_stage"]]
    assert unfinished
    assert all(status["estimated_seconds_remaining"] > 0 for status in unfinished)


def spend_the_search_budget(stack: LocalStack, seconds: float) -> None:
    """Other runs have taken the search turns of the next `seconds`: the limiter's queue says so."""
    settings = stack.template.resolve({"Ref": "GitHubSearchRequestsPerMinute"})
    rate = Rates.per(int(settings), 5000, 5000).search
    assert stack.github is not None
    key = f"LIMIT#{fingerprint(stack.github.url, EMULATOR_TOKEN)}#search"
    store = GitHubStore(stack.client("dynamodb"), stack.template.physical_name("GitHubTable"))
    store.push_back(key, time.time() + rate.burst * rate.interval + seconds, 3600)


def test_a_run_waiting_for_its_github_turn_says_so_with_the_expected_time(
    local_stack: LocalStack, alice: ApiClient
) -> None:
    local_stack.forget_github()
    spend_the_search_budget(local_stack, seconds=4)
    project_id = alice.start_run(PYTHON_JD, max_candidates=20, top_n=3)

    seen = alice.wait_for_run(project_id, timeout_s=90)

    waiting: list[dict[str, Any]] = [status["waiting"] for status in seen if status.get("waiting")]
    assert waiting, "no poll saw the wait"
    assert waiting[0]["reason"] == "waiting for GitHub rate limit"
    assert 0 < waiting[0]["seconds"] <= 5
    assert seen[-1]["status"] == "completed"
    assert seen[-1]["waiting"] is None

"""An operator's review: a run whose execution ended without MarkFailed (stopped by an operator, timed
out, or MarkFailed itself failing in an outage) stayed "running" on the project until its TTL, and held
the user's run slot for hours. Step Functions tells EventBridge every execution's end; the template's
rule hands failed, aborted and timed-out ones to MarkFailed, which fails the project if it still runs.
The local stack delivers that event as EventBridge would (talent_local.patches.publish_execution_ends)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from talent_local.stack import LocalStack
from tests.api_client import ApiClient
from tests.sample_jobs import PYTHON_JD
from tests.sfn_runs import Pipeline

pytestmark = pytest.mark.integration
RUN = {"job_description_text": PYTHON_JD, "max_candidates": 10, "top_n": 2}


@pytest.fixture(autouse=True)
def nothing_held_afterwards(local_stack: LocalStack) -> Iterator[None]:
    yield
    local_stack.clear_faults()  # releases every hold too


def _status_until(user: ApiClient, project_id: str, wanted: str, timeout_s: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while True:
        status: dict[str, Any] = user.request("GET", f"/pipeline/status/{project_id}").json()
        if status["status"] == wanted:
            return status
        assert time.monotonic() < deadline, status
        time.sleep(0.05)


def test_a_run_an_operator_stops_fails_at_once_and_frees_its_slot(local_stack: LocalStack) -> None:
    user = ApiClient(local_stack.api_url).sign_up()
    user_id = user.request("GET", "/auth/me").json()["user_id"]
    holds = [local_stack.hold("SearchGitHubFunction", user_id=user_id) for _ in range(3)]
    projects = [user.request("POST", "/pipeline/run", RUN).json()["project_id"] for _ in range(3)]
    for hold in holds:
        hold.wait_reached()
    assert user.request("POST", "/pipeline/run", RUN).status == 429  # three runs in progress

    pipeline = Pipeline(local_stack)
    stopped = pipeline.run_of(projects[0])
    pipeline.sfn.stop_execution(executionArn=stopped.execution_arn)  # the console's Stop: no error given

    # failed at once, while the stopped stage's invocation still runs (AWS aborts at once; Lambda does not)
    status = _status_until(user, projects[0], "failed")
    assert status["error"]["stage"] == "search_github"
    assert status["error"]["type"] == "ExecutionAborted"
    assert "an operator stopped the run" in status["error"]["message"]
    assert pipeline.project(projects[0])["status"] == "failed"  # type: ignore[index]
    listed = {p["project_id"]: p["status"] for p in user.request("GET", "/projects").json()["items"]}
    assert listed[projects[0]] == "failed"
    assert user.request("POST", "/pipeline/run", RUN).status == 202  # its slot is free again
    # the stage then runs to its end and writes its output, which it does not keep: the run has ended
    next(hold for hold in holds if (hold.event or {}).get("project_id") == stopped.project_id).release()
    # ABORTED on AWS; moto's execution thread goes on to a Catch when the stage then fails (RunEnded)
    assert pipeline.wait(stopped)["status"] in {"ABORTED", "FAILED"}
    assert pipeline.project(projects[1])["status"] == "running"  # type: ignore[index]
    deadline = time.monotonic() + 30
    while pipeline.keys(projects[0]):  # nothing of the stopped run is kept, once its end is handled
        assert time.monotonic() < deadline, pipeline.keys(projects[0])
        time.sleep(0.05)

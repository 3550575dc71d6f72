"""Issue 15, privacy: DELETE /projects/{id} during a run leaves no personal data behind.

StopExecution stops the state machine, not the Lambda invocation in flight: a stage that finishes after
the delete used to write its output (candidates.json: logins, names, locations, bios, repositories),
which then stayed until the 90-day lifecycle rule. `local_stack.wait_idle()` waits for that invocation,
as Lambda would run it to its end."""

from __future__ import annotations

import pytest

from talent_local.stack import LocalStack
from tests.api_client import ApiClient
from tests.sfn_runs import PYTHON_JD, Pipeline

pytestmark = pytest.mark.integration


@pytest.fixture
def user(local_stack: LocalStack) -> ApiClient:
    return ApiClient(local_stack.api_url).sign_up()


def _user_id(user: ApiClient) -> str:
    user_id: str = user.request("GET", "/auth/me").json()["user_id"]
    return user_id


@pytest.mark.parametrize(
    "stage", ["SearchGitHubFunction", "RankCandidatesFunction", "GenerateOutreachFunction"]
)
def test_a_stage_that_finishes_after_the_delete_leaves_nothing(
    local_stack: LocalStack, pipeline: Pipeline, user: ApiClient, stage: str
) -> None:
    project_id = pipeline.new_project_id()
    hold = local_stack.hold(stage, project_id=project_id)  # the stage is in flight when DELETE comes
    run = pipeline.start(PYTHON_JD, user_id=_user_id(user), project_id=project_id)
    hold.wait_reached()
    assert user.request("DELETE", f"/projects/{project_id}").status == 204
    hold.release()  # the stage now runs to its end, after the delete
    # ABORTED on AWS; moto's execution thread goes on to a Catch when the stage then fails (MarkFailed).
    assert pipeline.wait(run)["status"] in {"ABORTED", "FAILED"}
    local_stack.wait_idle()
    assert pipeline.keys(project_id) == []
    assert pipeline.project(project_id) is None


def test_start_then_delete_at_once_leaves_nothing_every_time(
    local_stack: LocalStack, pipeline: Pipeline, user: ApiClient
) -> None:
    # The reproduction over HTTP: candidates.json stayed 3 times out of 3.
    for _ in range(5):
        project_id = user.start_run(PYTHON_JD, max_candidates=20)
        assert user.request("DELETE", f"/projects/{project_id}").status == 204
        run = pipeline.run_of(project_id)
        assert pipeline.wait(run)["status"] in {"ABORTED", "SUCCEEDED", "FAILED"}
        local_stack.wait_idle()
        assert pipeline.keys(project_id) == []
        assert pipeline.project(project_id) is None

"""Stage states, progress and the estimate, derived from an execution history: the fallback for runs
that ended without recording their stages on the project item, or that have recorded nothing for
SILENT_RUN_S while running (these items record nothing and were created days ago).

The history here has the shape GetExecutionHistory returns (moto and AWS alike); reading it from a
real execution is covered by the pipeline integration tests.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from talent.pipeline.registry import TRACKED_STAGES
from talent.projects import status as status_module
from talent.projects.executions import Executions
from talent.projects.records import ProjectError, ProjectRecord
from talent.projects.store import ProjectsStore

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def _entered(event_id: int, name: str, seconds: float) -> dict[str, Any]:
    return {
        "id": event_id,
        "type": "TaskStateEntered",
        "timestamp": T0 + timedelta(seconds=seconds),
        "stateEnteredEventDetails": {"name": name},
    }


def _exited(event_id: int, name: str, seconds: float) -> dict[str, Any]:
    return {
        "id": event_id,
        "type": "TaskStateExited",
        "timestamp": T0 + timedelta(seconds=seconds),
        "stateExitedEventDetails": {"name": name},
    }


def _project(status: str = "running", **extra: Any) -> ProjectRecord:
    return ProjectRecord.model_validate(
        {
            "project_id": "p1",
            "user_id": "u1",
            "created_at": "2026-11-24T12:00:00.000000Z",
            "status": status,
            "job_description_text": "Senior Python engineer",
            "execution_arn": "arn:aws:states:us-east-1:123456789012:execution:sm:p1",
            # What POST /pipeline/run stores for the estimate.
            "stage_estimates_s": {
                "parse_jd": 1.0,
                "search_github": 10.0,
                "rank_candidates": 2.0,
                "generate_outreach": 3.0,
            },
            **extra,
        }
    )


class FakeSfn:
    """Step Functions with one execution's history, all in one page (as moto answers)."""

    def __init__(self, events: list[dict[str, Any]]) -> None:
        self.events = events

    def get_execution_history(self, **_request: Any) -> dict[str, Any]:
        return {"events": list(self.events)}


@pytest.fixture
def history(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    monkeypatch.setattr(status_module, "executions", lambda: Executions(FakeSfn(events)))
    return events


def test_running_in_the_second_stage(history: list[dict[str, Any]]) -> None:
    history += [_entered(2, "ParseJobDescription", 0), _exited(5, "ParseJobDescription", 0.5)]
    history += [_entered(6, "SearchGitHub", 0.5)]
    result = status_module.pipeline_status(_project())
    assert result.status == "running"
    assert result.current_stage == "search_github"
    assert result.progress == 25
    assert [stage.status for stage in result.stages] == ["succeeded", "running", "pending", "pending"]
    assert result.stages[0].duration_ms == 500
    # search has run for far longer than its typical 10 s by now: about 1 s left for it, plus 2 + 3.
    assert result.estimated_seconds_remaining == 6


def test_history_out_of_order_reads_the_same(history: list[dict[str, Any]]) -> None:
    history += [_entered(6, "SearchGitHub", 0.5), _exited(5, "ParseJobDescription", 0.5)]
    history += [_entered(2, "ParseJobDescription", 0)]
    assert status_module.pipeline_status(_project()).progress == 25


def test_completed_run_is_100_with_nothing_left(history: list[dict[str, Any]]) -> None:
    for index, name in enumerate(stage.state_name for stage in TRACKED_STAGES):
        history += [_entered(10 * index + 1, name, index), _exited(10 * index + 2, name, index + 0.5)]
    history.append({"id": 99, "type": "ExecutionSucceeded", "timestamp": T0 + timedelta(seconds=5)})
    result = status_module.pipeline_status(_project("completed", completed_at="2026-11-24T12:00:05.000000Z"))
    assert (result.status, result.progress, result.current_stage) == ("completed", 100, None)
    assert result.estimated_seconds_remaining == 0
    assert all(stage.status == "succeeded" for stage in result.stages)


def test_failed_run_names_the_failed_stage(history: list[dict[str, Any]]) -> None:
    history += [_entered(2, "ParseJobDescription", 0), _exited(5, "ParseJobDescription", 0.5)]
    history += [_entered(6, "SearchGitHub", 0.5), _exited(9, "SearchGitHub", 2)]
    error = ProjectError(stage="search_github", type="GitHubAuthError", message="bad token")
    result = status_module.pipeline_status(_project("failed", error=error.model_dump()))
    assert result.status == "failed"
    assert result.current_stage is None
    assert [stage.status for stage in result.stages] == ["succeeded", "failed", "pending", "pending"]
    assert result.progress == 25
    assert result.error == error


def test_execution_that_died_unrecorded_is_reported_failed(
    history: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    history += [_entered(2, "ParseJobDescription", 0), _exited(5, "ParseJobDescription", 0.5)]
    history += [_entered(6, "SearchGitHub", 0.5)]
    history.append(
        {
            "id": 9,
            "type": "ExecutionAborted",
            "timestamp": T0,
            "executionAbortedEventDetails": {"error": "Aborted"},
        }
    )
    monkeypatch.setattr(
        status_module, "projects_store", lambda: ProjectsStore(client=None, table="unit-projects")
    )
    monkeypatch.setattr(ProjectsStore, "get_project", lambda _store, _id: _project())
    result = status_module.pipeline_status(_project())
    assert result.status == "failed"
    assert result.error is not None
    assert result.error.stage == "search_github"
    assert result.stages[1].status == "failed"


def test_paged_history_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    pages: dict[str | None, dict[str, Any]] = {
        None: {"events": [_entered(2, "ParseJobDescription", 0)], "nextToken": "t1"},
        "t1": {"events": [_exited(3, "ParseJobDescription", 1)]},
    }
    calls: list[dict[str, Any]] = []

    class PagedSfn:
        def get_execution_history(self, **request: Any) -> dict[str, Any]:
            calls.append(request)
            return pages[request.get("nextToken")]

    events = Executions(PagedSfn()).history("arn")
    assert [event["id"] for event in events] == [2, 3]
    assert len(calls) == 2
    assert calls[1]["nextToken"] == "t1"


def test_between_two_stages_the_next_one_is_current(history: list[dict[str, Any]]) -> None:
    history += [_entered(2, "ParseJobDescription", 0), _exited(5, "ParseJobDescription", 0.5)]
    result = status_module.pipeline_status(_project())
    assert result.current_stage == "search_github"
    assert result.progress == 25
    assert result.estimated_seconds_remaining == 15  # 10 + 2 + 3, nothing started yet


def test_before_the_first_state_parse_jd_is_current(history: list[dict[str, Any]]) -> None:
    result = status_module.pipeline_status(_project())
    assert (result.current_stage, result.progress) == ("parse_jd", 0)


def _history_error(code: str) -> Any:
    """Step Functions answering every history read with this error code."""
    from botocore.exceptions import ClientError

    class FailingSfn:
        def get_execution_history(self, **_request: Any) -> dict[str, Any]:
            raise ClientError({"Error": {"Code": code, "Message": "..."}}, "GetExecutionHistory")

    return lambda: Executions(FailingSfn())


def test_a_run_whose_history_is_gone_answers_from_the_project_item(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 15: Step Functions keeps a history 90 days, a project may be kept 3,650: that was a 500.
    monkeypatch.setattr(status_module, "executions", _history_error("ExecutionDoesNotExist"))
    completed = status_module.pipeline_status(
        _project("completed", completed_at="2026-11-24T12:00:05.000000Z")
    )
    assert (completed.status, completed.progress, completed.current_stage) == ("completed", 100, None)
    assert all(stage.status == "succeeded" for stage in completed.stages)
    error = ProjectError(stage="rank_candidates", type="ValueError", message="...")
    failed = status_module.pipeline_status(_project("failed", error=error.model_dump()))
    assert (failed.status, failed.error) == ("failed", error)


def test_other_history_errors_are_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    from botocore.exceptions import ClientError

    monkeypatch.setattr(status_module, "executions", _history_error("ThrottlingException"))
    with pytest.raises(ClientError):
        status_module.pipeline_status(_project("completed"))

"""GET /pipeline/status from the project item alone: the stages' recorded starts and ends, the search's
wait for its turn on the GitHub budget, and the estimate stored at start. The execution history is
read only for a run that ended without recording, or that has been silent for SILENT_RUN_S."""

from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest

from talent.pipeline.registry import TRACKED_NAMES, TRACKED_STAGES
from talent.projects import status as status_module
from talent.projects.executions import Executions
from talent.projects.records import ProjectError, ProjectRecord

ESTIMATES = {"parse_jd": 1.0, "search_github": 10.0, "rank_candidates": 2.0, "generate_outreach": 3.0}


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ago(seconds: float) -> str:
    return iso(datetime.now(UTC) - timedelta(seconds=seconds))


def project(status: str = "running", created_s_ago: float = 30, **extra: Any) -> ProjectRecord:
    return ProjectRecord.model_validate(
        {
            "project_id": "p1",
            "user_id": "u1",
            "created_at": ago(created_s_ago),
            "status": status,
            "job_description_text": "Senior Python engineer",
            "execution_arn": "arn:aws:states:us-east-1:123456789012:execution:sm:p1",
            "stage_estimates_s": ESTIMATES,
            **extra,
        }
    )


@pytest.fixture
def history_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every execution history read; a read answers an empty history."""
    reads: list[str] = []

    class CountingSfn:
        def get_execution_history(self, **request: Any) -> dict[str, Any]:
            reads.append(request["executionArn"])
            return {"events": []}

    monkeypatch.setattr(status_module, "executions", lambda: Executions(CountingSfn()))
    return reads


def test_a_running_search_reads_only_the_item(history_reads: list[str]) -> None:
    running = project(
        stage_parse_jd={"started_at": ago(29), "finished_at": ago(28.5)},
        stage_search_github={"started_at": ago(28.5)},
    )

    result = status_module.pipeline_status(running)

    assert history_reads == []
    assert (result.status, result.current_stage, result.progress) == ("running", "search_github", 25)
    assert [stage.status for stage in result.stages] == ["succeeded", "running", "pending", "pending"]
    assert result.stages[0].duration_ms == 500
    assert result.estimated_seconds_remaining == 6  # search past its typical 10 s: ~1 s, then 2 + 3
    assert result.waiting is None


def test_a_search_waiting_for_its_turn_says_so_and_the_estimate_includes_the_wait(
    history_reads: list[str],
) -> None:
    until = datetime.now(UTC) + timedelta(seconds=40)
    waiting = project(
        stage_parse_jd={"started_at": ago(10), "finished_at": ago(9)},
        stage_search_github={"started_at": ago(9)},
        github_wait_until=until.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )

    result = status_module.pipeline_status(waiting)

    assert history_reads == []
    assert result.waiting is not None
    assert result.waiting.reason == "waiting for GitHub rate limit"
    assert 38 <= result.waiting.seconds <= 40
    assert result.estimated_seconds_remaining >= result.waiting.seconds + 2 + 3


def test_a_wait_that_has_passed_is_not_shown(history_reads: list[str]) -> None:
    waited = project(stage_search_github={"started_at": ago(60)}, github_wait_until=ago(5)[:19] + "Z")
    assert status_module.pipeline_status(waited).waiting is None


def test_a_run_saving_its_results_says_so_below_100(history_reads: list[str]) -> None:
    """After the four stages and before SaveResults marks it completed, a poll read "running", 100%
    and no stage (found by a new-user trial)."""
    stages = {
        f"stage_{name}": {"started_at": ago(10 - i), "finished_at": ago(9.5 - i)}
        for i, name in enumerate(TRACKED_NAMES)
    }
    saving = project(**cast(dict[str, Any], stages))

    result = status_module.pipeline_status(saving)

    assert (result.status, result.current_stage, result.progress) == ("running", "save_results", 99)
    assert result.estimated_seconds_remaining == 1


def test_a_completed_run_reads_only_the_item(history_reads: list[str]) -> None:
    stages = {
        f"stage_{name}": {"started_at": ago(10 - i), "finished_at": ago(9.5 - i)}
        for i, name in enumerate(TRACKED_NAMES)
    }
    completed = project("completed", completed_at=ago(1), **cast(dict[str, Any], stages))

    result = status_module.pipeline_status(completed)

    assert history_reads == []
    assert (result.status, result.progress, result.estimated_seconds_remaining) == ("completed", 100, 0)
    assert all(stage.status == "succeeded" and stage.duration_ms == 500 for stage in result.stages)


def test_a_failed_run_names_its_stage_from_the_item(history_reads: list[str]) -> None:
    error = ProjectError(stage="rank_candidates", type="ValueError", message="...")
    failed = project(
        "failed",
        failed_at=ago(1),
        error=error.model_dump(),
        stage_parse_jd={"started_at": ago(9), "finished_at": ago(8)},
        stage_search_github={"started_at": ago(8), "finished_at": ago(3)},
        stage_rank_candidates={"started_at": ago(3)},
    )

    result = status_module.pipeline_status(failed)

    assert history_reads == []
    assert [stage.status for stage in result.stages] == ["succeeded", "succeeded", "failed", "pending"]


def test_a_run_that_ended_without_recording_any_stage_reads_the_history(history_reads: list[str]) -> None:
    error = ProjectError(stage="parse_jd", type="Lambda.ServiceException", message="...")
    status_module.pipeline_status(project("failed", error=error.model_dump()))
    assert len(history_reads) == 1


def test_a_running_project_silent_for_long_reads_the_history(history_reads: list[str]) -> None:
    silent = status_module.SILENT_RUN_S + 60
    status_module.pipeline_status(project(created_s_ago=silent, stage_parse_jd={"started_at": ago(silent)}))
    assert len(history_reads) == 1


def test_without_stored_estimates_the_fallback_durations_count(history_reads: list[str]) -> None:
    fresh = project(stage_estimates_s=None)
    expected = sum(stage.fallback_s for stage in TRACKED_STAGES)
    assert status_module.pipeline_status(fresh).estimated_seconds_remaining == round(expected)


def test_the_deprecated_current_module_repeats_current_stage(history_reads: list[str]) -> None:
    running = project(
        stage_parse_jd={"started_at": ago(9), "finished_at": ago(8)},
        stage_search_github={"started_at": ago(8)},
    )

    answered = status_module.pipeline_status(running).model_dump(mode="json")

    assert (answered["current_stage"], answered["current_module"]) == ("search_github", "search_github")
    ended = status_module.pipeline_status(project("completed", completed_at=ago(1))).model_dump(mode="json")
    assert (ended["current_stage"], ended["current_module"]) == (None, None)


def test_an_error_stored_by_an_earlier_version_names_its_stage_under_both_names(
    history_reads: list[str],
) -> None:
    """Items written before `stage` existed hold {"module", "type", "message"}."""
    old = {"module": "search_github", "type": "GitHubAuthError", "message": "bad token"}
    failed = project(
        "failed", failed_at=ago(1), error=old, stage_parse_jd={"started_at": ago(9), "finished_at": ago(8)}
    )

    answered = status_module.pipeline_status(failed).model_dump(mode="json")

    assert answered["error"] == {**old, "stage": "search_github"}
    assert [stage["status"] for stage in answered["stages"]] == ["succeeded", "failed", "pending", "pending"]

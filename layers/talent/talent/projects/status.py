"""GET /pipeline/status: where a run is, read from the project item alone.

The stages record their start and end on the item as they run (talent.pipeline.progress), the search
records until when it waits for its turn on the GitHub budget, and POST /pipeline/run stores the
user's typical stage durations for the estimate: a poll is the authenticated read of the item, with no
Step Functions call. The execution history is read only for a run that ended without recording (an
item from before the stages recorded, or a first stage that never ran) and for a run that has recorded
nothing for SILENT_RUN_S while "running" (its execution may have ended without MarkFailed recording it).
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from pydantic import BaseModel, Field

from talent.api.models.runs import (
    DEFAULT_MAX_CANDIDATES,
    DEFAULT_TOP_N,
    PROGRESS_PER_STAGE,
    PipelineStatus,
    StageState,
    StageStatus,
    Waiting,
)
from talent.pipeline.registry import BY_NAME, NO_STAGE, TRACKED_STAGES, Stage
from talent.projects.executions import ExecutionGone, executions
from talent.projects.records import ProjectError, ProjectRecord, ProjectStatus
from talent.projects.store import RunTiming, projects_store

RECENT_RUNS = 20
# After the four tracked stages the run saves its results (SaveResults) before it is "completed": a
# poll then reads that stage and 99%, so "running" never shows 100% with no stage.
SAVING_STAGE: Final = BY_NAME["save_results"].name
MAX_RUNNING_PROGRESS: Final = 99
# A "running" project with no recorded activity for this long: read the history, the run may have ended
# without recording it. Longer than any stage can take (search: 300 s x 3 tries, plus the retry waits).
SILENT_RUN_S = 30 * 60
_TERMINAL_EVENTS = {
    "ExecutionSucceeded": "SUCCEEDED",
    "ExecutionFailed": "FAILED",
    "ExecutionAborted": "ABORTED",
    "ExecutionTimedOut": "TIMED_OUT",
}


class _Execution(BaseModel):
    entered: dict[str, datetime] = Field(default_factory=dict)
    exited: dict[str, datetime] = Field(default_factory=dict)
    ended: str | None = None
    error: str | None = None
    cause: str | None = None


def pipeline_status(project: ProjectRecord) -> PipelineStatus:
    execution = _recorded(project)
    if _needs_history(project, execution):
        execution = _read_execution(project.execution_arn or "")
        if project.status == "running" and execution.ended:
            # Ended after the item was read, or without recording it (MarkFailed itself failed).
            project = projects_store().get_project(project.project_id) or project
    status, error = project.status, project.error
    if status == "running" and execution.ended:
        status, error = "failed", _execution_error(execution)
    stages = _stages(execution, status, error)
    # Between two states (or before the first) the next stage is the one about to run.
    current = next((stage.name for stage in stages if stage.status in {"running", "pending"}), None)
    done = sum(stage.status == "succeeded" for stage in stages)
    if status == "running" and current is None:  # the four stages are done: the results are being saved
        current = SAVING_STAGE
    waiting = _waiting(project) if status == "running" and current == "search_github" else None
    return PipelineStatus(
        project_id=project.project_id,
        status=status,
        current_stage=current if status == "running" else None,
        current_module=current if status == "running" else None,
        progress=100 if status == "completed" else min(PROGRESS_PER_STAGE * done, MAX_RUNNING_PROGRESS),
        # a running run has time left, if only the save: "about a second", never 0
        estimated_seconds_remaining=max(_estimate(project, stages, waiting), 1) if status == "running" else 0,
        waiting=waiting,
        stages=stages,
        error=error,
        message=project.metadata.get("message") if status == "completed" else None,
        created_at=project.created_at,
        completed_at=project.completed_at,
        failed_at=project.failed_at,
    )


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _recorded(project: ProjectRecord) -> _Execution:
    """The stages' starts and ends as they recorded them on the item, keyed like the history."""
    execution = _Execution()
    for tracked in TRACKED_STAGES:
        record = project.stage(tracked.name)
        if record is not None:
            execution.entered[tracked.state_name] = _time(record.started_at)
            if record.finished_at:
                execution.exited[tracked.state_name] = _time(record.finished_at)
    return execution


def _needs_history(project: ProjectRecord, recorded: _Execution) -> bool:
    if not project.execution_arn:
        return False
    if project.status != "running":
        return not recorded.entered  # ended without recording any stage
    moments = [_time(project.created_at), *recorded.entered.values(), *recorded.exited.values()]
    if project.github_wait_until:
        moments.append(_time(project.github_wait_until))
    return (datetime.now(UTC) - max(moments)).total_seconds() > SILENT_RUN_S


def _waiting(project: ProjectRecord) -> Waiting | None:
    if not project.github_wait_until:
        return None
    until = _time(project.github_wait_until)
    seconds = (until - datetime.now(UTC)).total_seconds()
    if seconds <= 0:
        return None
    return Waiting(reason="waiting for GitHub rate limit", until=until, seconds=math.ceil(seconds))


def _read_execution(execution_arn: str) -> _Execution:
    """What the history says; nothing when the execution is gone (Step Functions keeps a standard
    execution's history 90 days, projects may be kept up to 3,650): the status then comes from the
    project item alone."""
    execution = _Execution()
    try:
        history = executions().history(execution_arn)
    except ExecutionGone:
        return execution
    for event in history:
        kind = event["type"]
        if kind.endswith("StateEntered"):
            execution.entered.setdefault(event["stateEnteredEventDetails"]["name"], event["timestamp"])
        elif kind.endswith("StateExited"):
            execution.exited[event["stateExitedEventDetails"]["name"]] = event["timestamp"]
        elif kind in _TERMINAL_EVENTS:
            execution.ended = _TERMINAL_EVENTS[kind]
            details: dict[str, Any] = next(
                (value for key, value in event.items() if key.endswith("EventDetails")), {}
            )
            execution.error = details.get("error")
            execution.cause = details.get("cause")
    return execution


def _stages(execution: _Execution, status: ProjectStatus, error: ProjectError | None) -> list[StageStatus]:
    stages = []
    for tracked in TRACKED_STAGES:
        state_name = tracked.state_name
        started, finished = execution.entered.get(state_name), execution.exited.get(state_name)
        stage_status: StageState = "pending"
        if error is not None and error.stage == tracked.name:
            stage_status = "failed"
        elif finished is not None:
            stage_status = "succeeded"
        elif started is not None:
            stage_status = "running" if status == "running" else "failed"
        elif status == "completed":
            stage_status = "succeeded"  # history unavailable (e.g. expired); the item says it finished
        duration = int((finished - started).total_seconds() * 1000) if started and finished else None
        stages.append(
            StageStatus(
                name=tracked.name,
                state_name=state_name,
                status=stage_status,
                started_at=started,
                finished_at=finished,
                duration_ms=duration,
            )
        )
    return stages


def _execution_error(execution: _Execution) -> ProjectError:
    running = [tracked.name for tracked in TRACKED_STAGES if tracked.state_name in execution.entered]
    return ProjectError(
        stage=running[-1] if running else NO_STAGE,
        type=execution.error or execution.ended or "ExecutionFailed",
        message=f"The run ended ({execution.ended}) before its results were saved",
    )


def _estimate(project: ProjectRecord, stages: list[StageStatus], waiting: Waiting | None) -> int:
    typical = {**fallback_stage_seconds(), **(project.stage_estimates_s or {})}
    now = datetime.now(UTC)
    remaining = 0.0
    for reported in stages:
        if reported.status == "pending":
            remaining += typical[reported.name]
        elif reported.status == "running" and reported.started_at is not None:
            elapsed = (now - reported.started_at).total_seconds()
            # Running longer than usual: say "about a second" rather than zero or a negative number.
            left = max(typical[reported.name] - elapsed, 1.0)
            if waiting is not None and reported.name == "search_github":
                left = max(left, waiting.seconds + 1.0)  # its turn on the GitHub budget comes first
            remaining += left
    return round(remaining)


@dataclass(frozen=True, slots=True)
class RunSize:
    """What a run was asked for: candidates (max_candidates) and drafts (top_n)."""

    candidates: int = DEFAULT_MAX_CANDIDATES
    drafts: int = DEFAULT_TOP_N

    def of(self, stage: Stage) -> int:
        """The count the stage's work grows with (its `scales_with`), or 0 for a fixed-cost stage."""
        return {"candidates": self.candidates, "drafts": self.drafts}.get(stage.scales_with or "", 0)


def typical_stage_seconds(user_id: str, size: RunSize | None = None) -> dict[str, float]:
    """Seconds per stage a run of `size` (default: the request's defaults) is expected to take. Read
    once per run, when it starts (POST /pipeline/run stores it on the item), never per poll.

    Per stage, the median over the user's recent completed runs. A stage whose work grows with the run
    (search and ranking with its candidates, drafting with its drafts) is read off a straight line fitted
    through those runs' (count, seconds) when they have several sizes; when they are all one size, at
    least their median seconds per candidate (or draft) times this run's count, so a 500-candidate run
    after 30-candidate ones is not promised their time (an upper estimate: part of a stage's time is
    fixed). With no completed run, the registry's fallback for a default-sized run, scaled the same way."""
    size = size or RunSize()
    timings = projects_store().recent_run_timings(user_id, RECENT_RUNS)
    return {stage.name: _typical_seconds(stage, timings, size) for stage in TRACKED_STAGES}


def _typical_seconds(stage: Stage, timings: list[RunTiming], size: RunSize) -> float:
    runs = [(t.durations_ms[stage.name] / 1000, RunSize(t.candidates, t.drafts).of(stage))
            for t in timings if stage.name in t.durations_ms]  # fmt: skip
    wanted = size.of(stage)
    if not runs:
        return stage.fallback_s * max(1.0, wanted / RunSize().of(stage)) if wanted else stage.fallback_s
    typical = statistics.median(seconds for seconds, _ in runs)
    sized = [(count, seconds) for seconds, count in runs if count]
    if not wanted or not sized:
        return typical
    if len({count for count, _ in sized}) > 1:
        # Runs of several sizes: a line through them separates the fixed cost from the per-candidate one.
        slope, intercept = statistics.linear_regression(*zip(*sized, strict=True))
        if slope > 0:
            return max(intercept + slope * wanted, min(seconds for _, seconds in sized))
    return max(typical, statistics.median(seconds / count for count, seconds in sized) * wanted)


def fallback_stage_seconds() -> dict[str, float]:
    """What the estimate assumes per stage until the user has completed runs to learn from."""
    return {tracked.name: tracked.fallback_s for tracked in TRACKED_STAGES}

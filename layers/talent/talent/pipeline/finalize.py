"""SaveResults and MarkFailed: the bookkeeping that ends every run, on the project item and in S3.

Both update the project only while it exists and is still running (a conditional update), so a project
deleted during its run is never brought back; its objects are removed instead. A completed project
keeps only its results document: SaveResults deletes the stage documents (candidates, ranking, drafts)
once the results are saved, and stores nobody on the user's do-not-contact list (talent.erasure).
"""

from __future__ import annotations

from typing import Any

from talent.clock import utc_now_iso
from talent.pipeline.contracts import (
    CompletedRun,
    ExecutionStatusChange,
    FailureInput,
    FailureOutput,
    SaveOutput,
    StageError,
)
from talent.pipeline.errors import ENDED_BY_ITS_USER, describe_failure
from talent.pipeline.registry import TRACKED_NAMES, StageName
from talent.pipeline.results import (
    ProjectMetadata,
    ProjectResults,
    area_message,
    no_match_message,
    short_list_message,
)
from talent.pipeline.storage import (
    RESULTS,
    OutreachDocument,
    RankedDocument,
    delete_project_objects,
    delete_stage_documents,
    get_document,
    object_key,
    put_document,
)
from talent.pipeline.transient import retried_when_transient
from talent.projects.records import ProjectError, ProjectRecord
from talent.projects.store import projects_store

COUNTS = ("candidate_count", "ranked_count", "draft_count")


@retried_when_transient
def save_results(run: CompletedRun) -> SaveOutput:
    """The run's results saved (or discarded if its project went meanwhile); either way the run has
    ended, so its in-progress slot is freed."""
    from talent.projects.quota import get_run_quota

    saved = _save_results(run)
    get_run_quota().release(run.user_id, run.project_id)
    return saved


def _save_results(run: CompletedRun) -> SaveOutput:
    from talent.erasure import project_summary, without
    from talent.suppressions import suppressed_logins

    key = object_key(run.project_id, RESULTS)
    current = _current(run.project_id)
    if _is_saved(current, key):
        # A retry of a save that completed, and may have failed after it (a throttle in the clean-up): the
        # clean-up again, which may be repeated (an attack review's: it was skipped, leaving the whole pool)
        _clean_up_saved(run.project_id, run.user_id, key)
        return _saved(run.project_id, key, _current(run.project_id))
    ranked = get_document(run.rank_candidates.ranked_key, RankedDocument).ranked
    drafts = get_document(run.generate_outreach.outreach_key, OutreachDocument).messages
    completed_at = utc_now_iso()
    search = run.search_github
    suppressed = suppressed_logins(run.user_id)
    left_out = sum(entry.candidate.login.lower() in suppressed for entry in ranked)
    messages = [
        no_match_message(search.metadata, run.requirement)
        if search.candidate_count == 0 and not search.metadata.left_out_listed
        else short_list_message(search.metadata, len(ranked), run.max_candidates, left_out),
        area_message(
            [entry for entry in ranked if entry.candidate.login.lower() not in suppressed], run.requirement
        ),
    ]
    metadata = ProjectMetadata(
        stage_durations_ms=run.stage_durations_ms(),
        github=search.metadata,
        message=". ".join(message for message in messages if message) or None,
    )
    results = ProjectResults(
        project_id=run.project_id,
        completed_at=completed_at,
        requirement=run.requirement,
        ranked=ranked,
        drafts=drafts,
        metadata=metadata,
    )
    results = without(results, suppressed)
    put_document(key, results)
    summary = project_summary(results)  # candidate_count: the shortlist; github.profiles_read: the pool
    saved = projects_store().update_project(
        run.project_id,
        {
            "status": "completed",
            "completed_at": completed_at,
            "title": run.requirement.title,
            "requirement": run.requirement.model_dump(mode="json"),
            **summary,
            "results_key": key,
            "metadata": metadata.model_dump(mode="json"),
        },
        while_running=True,
    )
    counts = {name: summary[name] for name in COUNTS}
    if not saved and not _is_saved(_current(run.project_id), key):
        delete_project_objects(run.project_id)
        return SaveOutput(project_id=run.project_id, status="discarded", results_key=None, **counts)
    _clean_up_saved(run.project_id, run.user_id, key)
    return SaveOutput(project_id=run.project_id, status="completed", results_key=key, **counts)


@retried_when_transient
def mark_failed(request: FailureInput) -> FailureOutput:
    stage, caught = request.failure()
    error = describe_failure(stage, caught.error, caught.cause, request.project_id)
    stored = ProjectError.model_validate(error.model_dump(mode="json"))  # with the deprecated `module`
    recorded = projects_store().update_project(
        request.project_id,
        {"status": "failed", "error": stored.model_dump(mode="json"), "failed_at": utc_now_iso()},
        while_running=True,
    )
    # A failed or deleted project keeps nothing of the run. A completed one keeps its results: SaveResults
    # saved them and then failed (timed out, crashed, or out of retries in its clean-up), so the run did
    # finish; its clean-up is done here (an attack review's: the whole candidate pool stayed, and a login
    # listed during the run was never erased).
    try:
        current = {} if recorded else _current(request.project_id)
        if recorded or current.get("status") != "completed":
            deleted = delete_project_objects(request.project_id)
        else:
            deleted = _clean_up_saved(request.project_id, request.user_id, current.get("results_key"))
    finally:  # the run has ended, whatever its clean-up met (a review's: the slot stayed held)
        _free_run_slot(request.user_id, request.project_id)
    return FailureOutput(
        project_id=request.project_id,
        status="failed" if recorded else "discarded",
        error=error,
        deleted_objects=deleted,
    )


def _free_run_slot(user_id: str | None, project_id: str) -> None:
    """The run has ended: its user's in-progress slot is free (repeatable). Executions started before the
    state machine passed the user have none to free; their slot expires."""
    if user_id is not None:
        from talent.projects.quota import get_run_quota

        get_run_quota().release(user_id, project_id)


# What an execution's end says when it names no error of its own (an operator's StopExecution does not)
_ENDED_AS: dict[str, str] = {
    "ABORTED": "ExecutionAborted",
    "TIMED_OUT": "States.Timeout",
    "FAILED": "States.Runtime",
}


def mark_ended(change: ExecutionStatusChange) -> FailureOutput | None:
    """A run whose execution ended without succeeding, as EventBridge tells it: the project failed if it is
    still running, and a failed one's objects deleted and its run slot freed (both repeatable: a retried
    or repeated event, or a MarkFailed whose own clean-up failed, finishes the job). The failure it
    recorded, or None when it recorded none: the run's own states ended it, or its user deleted it
    (DELETE stops the execution with `ProjectDeleted` and cleans up itself). Runs that ended otherwise
    (stopped by an operator, timed out, or MarkFailed itself failed, as in a DynamoDB outage) stayed
    "running" and held their slot for hours (an operator's review)."""
    run = change.run()
    if change.detail.error in ENDED_BY_ITS_USER:
        return None
    project = projects_store().get_project(run.project_id)
    failure = _failed_now(change, project) if project is not None and project.status == "running" else None
    if failure is None and project is not None and project.status == "running":
        project = projects_store().get_project(run.project_id)  # it ended meanwhile: how?
    if failure is None and (project is None or project.status != "failed"):
        return None  # only a failed run's leftovers are ours to remove
    try:
        deleted = delete_project_objects(run.project_id)
    finally:
        _free_run_slot(run.user_id, run.project_id)
    if failure is None:
        return None
    return FailureOutput(project_id=run.project_id, status="failed", error=failure, deleted_objects=deleted)


def _failed_now(change: ExecutionStatusChange, project: ProjectRecord) -> StageError | None:
    """The running project marked failed with the execution's end; None if it ended meanwhile."""
    error = describe_failure(
        _last_stage(project),
        change.detail.error or _ENDED_AS[change.detail.status],
        change.detail.cause,
        project.project_id,
    )
    stored = ProjectError.model_validate(error.model_dump(mode="json"))
    recorded = projects_store().update_project(
        project.project_id,
        {"status": "failed", "error": stored.model_dump(mode="json"), "failed_at": utc_now_iso()},
        while_running=True,
    )
    return error if recorded else None


def _last_stage(project: ProjectRecord) -> StageName:
    """The stage the run was in, as the project item recorded it: the last one started, or the next after
    it when that had finished (between two states the next is about to run, as the status says); the
    first before any started."""
    started = [(record, index) for index, name in enumerate(TRACKED_NAMES) if (record := project.stage(name))]
    if not started:
        return TRACKED_NAMES[0]
    record, index = max(started, key=lambda found: found[0].started_at)
    if record.finished_at and index + 1 < len(TRACKED_NAMES):
        index += 1
    return TRACKED_NAMES[index]


def _clean_up_saved(project_id: str, user_id: str | None, results_key: str | None) -> int:
    """A saved run's stage documents deleted (how many there were), and its results erased against the
    user's do-not-contact list as it is now: a login listed while the run went on was not in the list
    read when the results were written. Both may be repeated (SaveResults, its retry, MarkFailed)."""
    from talent.erasure import erase_from_project

    deleted = delete_stage_documents(project_id)
    if user_id is not None and results_key:
        erase_from_project(project_id, user_id, results_key)
    return deleted


def _current(project_id: str) -> dict[str, Any]:
    """The project's status, results_key and counts as stored now ({} if the project is gone)."""
    return projects_store().attributes(project_id, ("status", "results_key", *COUNTS)) or {}


def _is_saved(current: dict[str, Any], results_key: str) -> bool:
    """The project is completed with these results: a SaveResults attempt already saved them."""
    return current.get("status") == "completed" and current.get("results_key") == results_key


def _saved(project_id: str, results_key: str, current: dict[str, Any]) -> SaveOutput:
    counts = {name: int(current.get(name) or 0) for name in COUNTS}
    return SaveOutput(project_id=project_id, status="completed", results_key=results_key, **counts)

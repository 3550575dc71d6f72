"""SaveResults and MarkFailed: the bookkeeping that ends every run, on the project item and in S3.

Both update the project only while it exists and is still running (a conditional update), so a project
deleted during its run is never brought back; its objects are removed instead.
"""

from __future__ import annotations

from typing import Any

from talent.aws import client, to_dynamodb_item
from talent.clock import utc_now_iso
from talent.pipeline.contracts import (
    CompletedRun,
    FailureInput,
    FailureOutput,
    SaveOutput,
)
from talent.pipeline.errors import describe_failure
from talent.pipeline.results import ProjectMetadata, ProjectResults, no_match_message
from talent.pipeline.storage import (
    RESULTS,
    OutreachDocument,
    RankedDocument,
    delete_project_objects,
    get_document,
    object_key,
    put_document,
)
from talent.settings import get_settings

_STILL_RUNNING = "attribute_exists(#project_id) AND #status = :running"


def save_results(run: CompletedRun) -> SaveOutput:
    ranked = get_document(run.rank_candidates.ranked_key, RankedDocument).ranked
    drafts = get_document(run.generate_outreach.outreach_key, OutreachDocument).messages
    completed_at = utc_now_iso()
    search = run.search_github
    metadata = ProjectMetadata(
        stage_durations_ms=run.stage_durations_ms(),
        github=search.metadata,
        message=no_match_message(search.metadata) if search.candidate_count == 0 else None,
    )
    results = ProjectResults(
        project_id=run.project_id,
        completed_at=completed_at,
        requirement=run.requirement,
        ranked=ranked,
        drafts=drafts,
        metadata=metadata,
    )
    key = object_key(run.project_id, RESULTS)
    put_document(key, results)
    counts = {
        # The shortlist the recruiter gets; metadata.github.profiles_read is the pool it was chosen from.
        "candidate_count": len(ranked),
        "ranked_count": len(ranked),
        "draft_count": run.generate_outreach.draft_count,
    }
    saved = _update_if_running(
        run.project_id,
        {
            "status": "completed",
            "completed_at": completed_at,
            "title": run.requirement.title,
            "requirement": run.requirement.model_dump(mode="json"),
            **counts,
            "results_key": key,
            "metadata": metadata.model_dump(mode="json"),
        },
    )
    if not saved and not _already_saved(run.project_id, key):
        delete_project_objects(run.project_id)
        return SaveOutput(project_id=run.project_id, status="discarded", results_key=None, **counts)
    return SaveOutput(project_id=run.project_id, status="completed", results_key=key, **counts)


def mark_failed(request: FailureInput) -> FailureOutput:
    module, caught = request.failure()
    error = describe_failure(module, caught.error, caught.cause, request.project_id)
    recorded = _update_if_running(
        request.project_id,
        {"status": "failed", "error": error.model_dump(mode="json"), "failed_at": utc_now_iso()},
    )
    # A failed or deleted project keeps nothing of the run. A completed one keeps its results: SaveResults
    # saved them and then failed (e.g. timed out after the write), so the run did finish.
    deleted = 0
    if recorded or _current(request.project_id).get("status") != "completed":
        deleted = delete_project_objects(request.project_id)
    return FailureOutput(
        project_id=request.project_id,
        status="failed" if recorded else "discarded",
        error=error,
        deleted_objects=deleted,
    )


def _update_if_running(project_id: str, attributes: dict[str, Any]) -> bool:
    """SET the attributes if the project exists and is running; False if it does not or is not."""
    dynamodb = client("dynamodb")
    names = {f"#{name}": name for name in attributes} | {"#project_id": "project_id", "#status": "status"}
    values = to_dynamodb_item({f":{name}": value for name, value in attributes.items()})
    values[":running"] = {"S": "running"}
    try:
        dynamodb.update_item(
            TableName=get_settings().projects_table,
            Key={"project_id": {"S": project_id}},
            UpdateExpression="SET " + ", ".join(f"#{name} = :{name}" for name in attributes),
            ConditionExpression=_STILL_RUNNING,
            ExpressionAttributeNames=names,
            ExpressionAttributeValues=values,
        )
    except dynamodb.exceptions.ConditionalCheckFailedException:
        return False
    return True


def _current(project_id: str) -> dict[str, str]:
    """The project's status and results_key as stored now ({} if the project is gone)."""
    item: dict[str, Any] = (
        client("dynamodb")
        .get_item(
            TableName=get_settings().projects_table,
            Key={"project_id": {"S": project_id}},
            ProjectionExpression="#status, results_key",
            ExpressionAttributeNames={"#status": "status"},
            ConsistentRead=True,
        )
        .get("Item", {})
    )
    return {name: str(value.get("S")) for name, value in item.items()}


def _already_saved(project_id: str, results_key: str) -> bool:
    """A retried SaveResults whose first attempt did save: the project is completed with these results."""
    return _current(project_id) == {"status": "completed", "results_key": results_key}

"""GET, export and DELETE of one project (ownership is checked by the caller through `access`)."""

from __future__ import annotations

import json
import logging

from talent.api.models.projects import ExportFile, ExportFormat, ExportLink, ProjectDetail
from talent.errors import ConflictError, GoneError, NotFoundError
from talent.pipeline.results import (
    ProjectObjectMissing,
    ProjectResults,
    delete_project_objects,
    load_versioned_results,
)
from talent.pipeline.storage import current_version, delete_object, download_link, put_export
from talent.projects.executions import executions
from talent.projects.export import candidates_csv, export_filename
from talent.projects.records import ProjectRecord, UnreadableProject
from talent.projects.store import projects_store
from talent.settings import ExportSettings, get_settings

logger = logging.getLogger(__name__)

# Ranked candidates per GET /projects/{project_id}: a run ranks up to 500, whose repositories and
# breakdowns (5-10 KB each with real GitHub data) could pass Lambda's 6 MB response limit all together.
CANDIDATES_PAGE_SIZE = 100


def project_detail(
    project: ProjectRecord,
    results: ProjectResults | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> ProjectDetail:
    """The project with its results (loaded here unless the caller already has them): the ranked
    candidates from `offset`, at most `limit` of them (None: all, as the export has them)."""
    if results is None and project.status == "completed":
        results = _results(project)[0]
    ranked = results.ranked if results else []
    end = len(ranked) if limit is None else min(len(ranked), offset + limit)
    return ProjectDetail(
        project_id=project.project_id,
        status=project.status,
        created_at=project.created_at,
        completed_at=project.completed_at,
        failed_at=project.failed_at,
        title=project.title,
        job_description_text=project.job_description_text,
        requirement=results.requirement if results else None,
        requirement_set=project.requirement_set,
        ranked_candidates=ranked[offset:end],
        ranked_total=len(ranked),
        next_offset=end if end < len(ranked) else None,
        outreach_drafts=results.drafts if results else [],
        metadata=results.metadata.model_dump(mode="json") if results else project.metadata,
        error=project.error,
    )


def export_project(project: ProjectRecord, export_format: ExportFormat) -> ExportFile | ExportLink:
    """The project's results as a file; one over `ExportSettings.export_inline_max_bytes` is stored in
    S3 and linked instead (a 500-candidate JSON export can pass Lambda's 6 MB response limit).

    A stored file is kept only if, after it is written, the project still exists and its results are
    the version the file was made from: an erasure (do-not-contact) or a DELETE meanwhile, which may
    have removed someone the file holds, is a 409 (404 once deleted) and the file is deleted, as it is
    on any failure after the write (a failed delete leaves it to the bucket's lifecycle, within two
    days). The erasure deletes the project's exports after its rewrite too."""
    if project.status != "completed":
        raise ConflictError(f"The project is {project.status}; exports exist once a run has completed")
    results, version = _results(project)
    file = _export_file(project, results, export_format)
    body = file.body.encode("utf-8")
    if len(body) <= get_settings(ExportSettings).export_inline_max_bytes:
        return file
    _still_current(project, version)  # before the write too: a file from stale results is never stored
    key = put_export(project.project_id, file.filename, body, file.content_type)
    try:
        _still_current(project, version)
        return ExportLink(filename=file.filename, url=download_link(key, file.filename, file.content_type))
    except BaseException:
        delete_object(key)
        raise


def _still_current(project: ProjectRecord, version: str) -> None:
    """Raises NotFoundError if the project is gone, ConflictError if its results changed since read."""
    if not projects_store().exists(project.project_id):
        raise NotFoundError(f"No project {project.project_id}")
    if project.results_key is None or current_version(project.results_key) != version:
        raise ConflictError("The project's results changed while its export was written; ask again")


def _export_file(project: ProjectRecord, results: ProjectResults, export_format: ExportFormat) -> ExportFile:
    if export_format in ("csv", "csv-semicolon"):
        semicolon = export_format == "csv-semicolon"
        return ExportFile(
            # two files of one project keep apart in a downloads folder: `…-1a2b3c4d-semicolon.csv`
            filename=export_filename(
                project.title, project.project_id, "csv", variant="semicolon" if semicolon else None
            ),
            content_type="text/csv; charset=utf-8",
            body=candidates_csv(results.ranked, results.drafts, semicolon=semicolon),
        )
    detail = project_detail(project, results)
    return ExportFile(
        filename=export_filename(project.title, project.project_id, "json"),
        content_type="application/json",
        body=json.dumps(detail.model_dump(mode="json"), indent=2, ensure_ascii=False),
    )


def delete_project(project: ProjectRecord | UnreadableProject) -> None:
    """Remove the project's results and its item, then stop its run if it is still going. An unreadable
    item's run is stopped if its execution can be read: whether it is still going is unknown.

    The item goes before the stop: the stopped execution's end reaches MarkFailed at once (EventBridge),
    which must find no project to fail; an attack review's delete was counted as a failed run and alarmed.
    A run whose stop then fails runs on harmlessly: each stage finds no project and keeps nothing."""
    running = isinstance(project, UnreadableProject) or project.status == "running"
    if running and project.user_id:
        from talent.projects.quota import get_run_quota

        get_run_quota().release(project.user_id, project.project_id)  # a stopped run never ends itself
    # Objects, item, objects again: a stage still in flight writes its output and then checks the item
    # (talent.pipeline.guard); whichever comes first, nothing of the run is left behind.
    delete_project_objects(project.project_id)
    projects_store().delete_project(project.project_id)
    delete_project_objects(project.project_id)
    if running and project.execution_arn:
        _stop(project.execution_arn)


def _stop(execution_arn: str) -> None:
    """Stop a deleted project's run; AWS failing the stop is logged, not the DELETE's failure (the
    project is gone already, and its run keeps nothing)."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        executions().stop(execution_arn, error="ProjectDeleted", cause="The project was deleted by its owner")
    except (BotoCoreError, ClientError) as error:
        logger.warning("Could not stop a deleted project's run (it keeps nothing): %s", type(error).__name__)


def _results(project: ProjectRecord) -> tuple[ProjectResults, str]:
    """The project's results and their version (`storage.current_version`)."""
    if not project.results_key:
        raise GoneError("The results of this project are no longer available")
    try:
        return load_versioned_results(project.results_key)
    except ProjectObjectMissing as error:
        # DELETE removes the results before the item: a read racing it is a 404, not "expired".
        if projects_store().get_project(project.project_id) is None:
            raise NotFoundError(f"No project {project.project_id}") from error
        raise GoneError("The results of this project are no longer available") from error

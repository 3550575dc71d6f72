"""GET, export and DELETE of one project (ownership is checked by the caller through `access`)."""

from __future__ import annotations

import json

from talent.api.models.projects import ExportFile, ExportFormat, ProjectDetail
from talent.errors import ConflictError, GoneError, NotFoundError
from talent.pipeline.results import (
    ProjectObjectMissing,
    ProjectResults,
    delete_project_objects,
    load_project_results,
)
from talent.projects.executions import executions
from talent.projects.export import candidates_csv, export_filename
from talent.projects.records import ProjectRecord, UnreadableProject
from talent.projects.store import projects_store


def project_detail(project: ProjectRecord, results: ProjectResults | None = None) -> ProjectDetail:
    """The project with its results (loaded here unless the caller already has them)."""
    if results is None and project.status == "completed":
        results = _results(project)
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
        ranked_candidates=results.ranked if results else [],
        outreach_drafts=results.drafts if results else [],
        metadata=results.metadata.model_dump(mode="json") if results else project.metadata,
        error=project.error,
    )


def export_project(project: ProjectRecord, export_format: ExportFormat) -> ExportFile:
    if project.status != "completed":
        raise ConflictError(f"The project is {project.status}; exports exist once a run has completed")
    results = _results(project)
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
    """Stop the run if it is still going, then remove its results and the item. An unreadable item's
    run is stopped if its execution can be read: whether it is still going is unknown."""
    running = isinstance(project, UnreadableProject) or project.status == "running"
    if running and project.execution_arn:
        executions().stop(
            project.execution_arn, error="ProjectDeleted", cause="The project was deleted by its owner"
        )
    if running and project.user_id:
        from talent.projects.quota import get_run_quota

        get_run_quota().release(project.user_id, project.project_id)  # a stopped run never ends itself
    # Objects, item, objects again: a stage still in flight writes its output and then checks the item
    # (talent.pipeline.guard); whichever comes first, nothing of the run is left behind.
    delete_project_objects(project.project_id)
    projects_store().delete_project(project.project_id)
    delete_project_objects(project.project_id)


def _results(project: ProjectRecord) -> ProjectResults:
    if not project.results_key:
        raise GoneError("The results of this project are no longer available")
    try:
        return load_project_results(project.results_key)
    except ProjectObjectMissing as error:
        # DELETE removes the results before the item: a read racing it is a 404, not "expired".
        if projects_store().get_project(project.project_id) is None:
            raise NotFoundError(f"No project {project.project_id}") from error
        raise GoneError("The results of this project are no longer available") from error

"""GET /projects: the caller's projects, newest first, one Query page at a time."""

from __future__ import annotations

from typing import ClassVar

from talent.api.models.projects import ProjectPage, ProjectSummary
from talent.api.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    CursorKey,
    KeyText,
    decode_cursor,
    encode_cursor,
)
from talent.pipeline.contracts import PROJECT_ID_PATTERN
from talent.projects.records import UnreadableProject
from talent.projects.store import StoredProject, projects_store

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "list_projects"]
ISO_TIMESTAMP_PATTERN = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z"


class ProjectsCursor(CursorKey):
    """A LastEvaluatedKey of the projects table's by_user index."""

    patterns: ClassVar[dict[str, str]] = {
        "project_id": PROJECT_ID_PATTERN,
        "created_at": ISO_TIMESTAMP_PATTERN,
    }

    project_id: KeyText
    created_at: KeyText


def list_projects(user_id: str, limit: int, cursor: str | None) -> ProjectPage:
    start_key = decode_cursor(cursor, ProjectsCursor, user_id) if cursor else None
    projects, last_key = projects_store().query_user_projects(user_id, limit, start_key)
    return ProjectPage(
        items=[summary(project) for project in projects],
        next_cursor=encode_cursor(last_key) if last_key else None,
    )


def summary(project: StoredProject) -> ProjectSummary:
    if isinstance(project, UnreadableProject):
        return ProjectSummary(
            project_id=project.project_id,
            created_at=project.created_at,
            status="unreadable",
            title=None,
            candidate_count=None,
        )
    return ProjectSummary(
        project_id=project.project_id,
        created_at=project.created_at,
        status=project.status,
        title=project.title,
        candidate_count=project.candidate_count,
    )

"""GET /projects: the caller's projects, newest first, one Query page at a time."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from talent.api.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    CursorKey,
    KeyText,
    decode_cursor,
    encode_cursor,
)
from talent.pipeline.contracts import PROJECT_ID_PATTERN
from talent.projects import store
from talent.projects.records import ProjectStatus, UnreadableProject
from talent.projects.store import StoredProject

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "ProjectPage", "ProjectSummary", "list_projects"]
ISO_TIMESTAMP_PATTERN = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z"


class ProjectsCursor(CursorKey):
    """A LastEvaluatedKey of the projects table's by_user index."""

    patterns: ClassVar[dict[str, str]] = {
        "project_id": PROJECT_ID_PATTERN,
        "created_at": ISO_TIMESTAMP_PATTERN,
    }

    project_id: KeyText
    created_at: KeyText


class ProjectSummary(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    project_id: str
    created_at: str
    status: ProjectStatus | Literal["unreadable"] = Field(
        description="`unreadable`: the stored project is damaged; it can only be deleted"
    )
    title: str | None = Field(description="The job title parsed from the description; null until parsed")
    candidate_count: int | None = Field(description="Candidates ranked; null until the run completes")


class ProjectPage(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    items: list[ProjectSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")


def list_projects(user_id: str, limit: int, cursor: str | None) -> ProjectPage:
    start_key = decode_cursor(cursor, ProjectsCursor, user_id) if cursor else None
    projects, last_key = store.query_user_projects(user_id, limit, start_key)
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

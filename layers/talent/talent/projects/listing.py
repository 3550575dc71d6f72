"""GET /projects: the caller's projects, newest first, one Query page at a time."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from pydantic import BaseModel, Field

from talent.api.errors import InvalidField
from talent.projects import store
from talent.projects.records import ProjectRecord, ProjectStatus

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_CURSOR_KEYS = {"project_id", "user_id", "created_at"}


class ProjectSummary(BaseModel):
    project_id: str
    created_at: str
    status: ProjectStatus
    title: str | None = Field(description="The job title parsed from the description; null until parsed")
    candidate_count: int | None = Field(description="Candidates ranked; null until the run completes")


class ProjectPage(BaseModel):
    items: list[ProjectSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")


def list_projects(user_id: str, limit: int, cursor: str | None) -> ProjectPage:
    start_key = decode_cursor(cursor, user_id) if cursor else None
    projects, last_key = store.query_user_projects(user_id, limit, start_key)
    return ProjectPage(
        items=[summary(project) for project in projects],
        next_cursor=encode_cursor(last_key) if last_key else None,
    )


def summary(project: ProjectRecord) -> ProjectSummary:
    return ProjectSummary(
        project_id=project.project_id,
        created_at=project.created_at,
        status=project.status,
        title=project.title,
        candidate_count=project.candidate_count,
    )


def encode_cursor(last_key: dict[str, Any]) -> str:
    raw = json.dumps(last_key, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, user_id: str) -> dict[str, Any]:
    """The start key inside a cursor; a cursor that is not ours, or another user's, is a 422."""
    invalid = InvalidField("query.cursor", "is not a cursor returned by this list", "invalid_cursor")
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as error:
        raise invalid from error
    if not isinstance(key, dict) or set(key) != _CURSOR_KEYS:
        raise invalid
    # DynamoDB refuses an empty string as a key value (ValidationException: a 500, not a 422).
    if not all(
        isinstance(value, dict) and isinstance(value.get("S"), str) and value["S"] for value in key.values()
    ):
        raise invalid
    if key["user_id"]["S"] != user_id:
        raise invalid
    return key

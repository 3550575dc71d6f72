"""Ownership: every project route goes through here, so nobody reaches another user's project."""

from __future__ import annotations

from typing import Any

from talent.errors import ConflictError, NotFoundError, NotOwnedError
from talent.projects.records import ProjectRecord, UnreadableProject
from talent.projects.store import projects_store

UNREADABLE = "This project's stored record is damaged and cannot be shown; you can only delete it"
UNREADABLE_RESPONSE: Any = {
    "description": "The stored project is damaged (listed as `unreadable`): delete it"
}


def owned_item(user_id: str, project_id: str) -> ProjectRecord | UnreadableProject:
    """The caller's project, readable or not (DELETE takes either). An item whose owner cannot be read
    belongs to nobody: 404."""
    project = projects_store().read_project(project_id)
    if project is None or project.user_id is None:
        raise NotFoundError(f"No project {project_id}")
    if project.user_id != user_id:
        raise NotOwnedError("This project belongs to another user")
    return project


def owned_project(user_id: str, project_id: str) -> ProjectRecord:
    """The caller's project; 409 if its stored item cannot be read."""
    project = owned_item(user_id, project_id)
    if isinstance(project, UnreadableProject):
        raise ConflictError(UNREADABLE)
    return project

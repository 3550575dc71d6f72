"""Ownership: every project route goes through here, so nobody reaches another user's project."""

from __future__ import annotations

from talent.api.errors import Forbidden, NotFound
from talent.projects import store
from talent.projects.records import ProjectRecord


def owned_project(user_id: str, project_id: str) -> ProjectRecord:
    project = store.get_project(project_id)
    if project is None:
        raise NotFound(f"No project {project_id}")
    if project.user_id != user_id:
        raise Forbidden("This project belongs to another user")
    return project

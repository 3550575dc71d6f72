"""A project whose results are missing: 404 when a DELETE got there first, 410 when it still exists."""

import pytest

from talent.errors import GoneError, NotFoundError
from talent.pipeline.storage import ProjectObjectMissing
from talent.projects import detail
from talent.projects.records import ProjectRecord
from talent.projects.store import ProjectsStore

PROJECT = ProjectRecord(
    project_id="p-1",
    user_id="user-a",
    created_at="2026-11-24T10:00:00Z",
    status="completed",
    job_description_text="Senior Python engineer",
    results_key="projects/p-1/results.json",
)


@pytest.fixture(autouse=True)
def results_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(key: str) -> None:
        raise ProjectObjectMissing(f"No object at {key}")

    monkeypatch.setattr(detail, "load_versioned_results", missing)
    # No AWS here: each test says what the projects table answers.
    monkeypatch.setattr(detail, "projects_store", lambda: ProjectsStore(client=None, table="unit-projects"))


def test_a_read_racing_a_delete_is_a_404(monkeypatch: pytest.MonkeyPatch) -> None:
    # Found by `make fuzz`: GET /projects/{id} concurrent with its DELETE answered 410 (expired).
    monkeypatch.setattr(ProjectsStore, "get_project", lambda _store, project_id: None)
    with pytest.raises(NotFoundError):
        detail.project_detail(PROJECT)
    with pytest.raises(NotFoundError):
        detail.export_project(PROJECT, "csv")


def test_results_gone_from_an_existing_project_are_a_410(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProjectsStore, "get_project", lambda _store, project_id: PROJECT)
    with pytest.raises(GoneError):
        detail.project_detail(PROJECT)

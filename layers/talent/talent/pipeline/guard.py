"""A stage keeps its output only while its project exists: DELETE /projects/{id} during a run must leave
no personal data behind (issue 15).

DELETE stops the execution, but not the Lambda invocation in flight, which runs on and writes its output.
So a stage writes, then reads the project item; if the project is gone, it deletes what it wrote and
raises ProjectDeleted. DELETE removes the project's objects, then the item, then the objects once more
(talent.projects.detail.delete_project), so no interleaving leaves an object behind:
- the stage's read still saw the item: its write came before the item was deleted, so before DELETE's
  second sweep, which removes it;
- the read did not see the item: the stage removes its write itself.
(SaveResults has the same guard in its conditional update; MarkFailed writes nothing.)

A stage's output is kept only while the run goes on (`put_while_run_goes_on`): an execution stopped by an
operator fails its project at once (MarkFailed, told by EventBridge), then deletes its objects, while the
stage's invocation runs on; the same two interleavings leave nothing behind.

Each stage function that writes needs dynamodb:GetItem on the projects table and s3:DeleteObject on the
results bucket's projects/ prefix for this.
"""

from __future__ import annotations

from pydantic import BaseModel

from talent.pipeline.storage import delete_object, put_document
from talent.projects.store import projects_store


class ProjectDeleted(Exception):
    """The project was deleted while this stage ran; what the stage wrote has been removed."""


def put_while_project_exists(project_id: str, key: str, document: BaseModel) -> None:
    """Write `document` at `key`, and keep it only if the project still exists afterwards."""
    _put_kept_while(project_id, key, document, running=False)


class RunEnded(ProjectDeleted):
    """The run ended (failed: its execution was stopped) while this stage ran; its output was removed."""


def put_while_run_goes_on(project_id: str, key: str, document: BaseModel) -> None:
    """Write a stage's `document` at `key`, and keep it only if the project is still running afterwards."""
    _put_kept_while(project_id, key, document, running=True)


def _put_kept_while(project_id: str, key: str, document: BaseModel, *, running: bool) -> None:
    """Write, then read the project (a consistent read): gone, or with `running` no longer running, the
    write is removed and ProjectDeleted (or RunEnded) raised."""
    put_document(key, document)
    found = projects_store().attributes(project_id, ("status",))
    if found is not None and (not running or found.get("status") == "running"):
        return
    delete_object(key)
    name = key.rsplit("/", 1)[-1]
    if found is None:
        raise ProjectDeleted(f"The project was deleted during its run; {name} was removed")
    raise RunEnded(f"The project was ended during its run; {name} was removed")

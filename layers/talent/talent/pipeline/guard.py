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
    put_document(key, document)
    if not projects_store().exists(project_id):
        delete_object(key)
        raise ProjectDeleted(f"The project was deleted during its run; {key.rsplit('/', 1)[-1]} was removed")

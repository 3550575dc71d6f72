"""Each stage records its start and end on the project item as it runs, so GET /pipeline/status is one
read of the item instead of a read of the execution history (Step Functions throttles
GetExecutionHistory per account: a team polling every second would exhaust it).

On the item, one attribute per stage, `stage_<name>` = {"started_at", "finished_at"} (ISO-8601 UTC;
a retried stage starts again), and `github_wait_until` while the search waits for its turn on the
shared GitHub budget. The parse stage's end also records the requirement's `title`, so a project is
named in GET /projects while it runs, not only once it completes. Every write is conditional on the
project still running: a deleted, completed or failed project is never changed
(talent.projects.store.update_project). A failed stage writes no end: MarkFailed records the error,
which names the stage.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from talent.clock import iso_utc, utc_now_iso
from talent.projects.records import stage_attribute
from talent.projects.store import projects_store


@contextmanager
def recorded(project_id: str, stage: str) -> Iterator[dict[str, Any]]:
    """Record the stage's start on the project item, run the block, record its end if it succeeded,
    with the attributes the block put in the dict it is given (one write)."""
    attribute = stage_attribute(stage)
    started = utc_now_iso()
    projects_store().update_project(project_id, {attribute: {"started_at": started}}, while_running=True)
    at_end: dict[str, Any] = {}
    yield at_end
    finished = {"started_at": started, "finished_at": utc_now_iso()}
    projects_store().update_project(project_id, {**at_end, attribute: finished}, while_running=True)


def note_github_wait(project_id: str, seconds: float) -> None:
    """The search waits `seconds` for its turn on the GitHub budget: the status says until when."""
    projects_store().update_project(
        project_id, {"github_wait_until": iso_utc(time.time() + seconds)}, while_running=True
    )

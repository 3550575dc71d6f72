"""Per-user run quotas (issue 15, second round): at most `runs_in_progress_max` runs in progress and
`runs_per_hour_max` starts in any hour; over either, POST /pipeline/run is a 429 with Retry-After.

A run takes its slot and its start in one conditional write (talent.projects.quota_store) before its
project is created; an idempotent replay never gets here, so it does not count. The slot is freed when
the run ends: SaveResults and MarkFailed (success, a stage's failure or timeout) and a DELETE that stops
it. A run that never reaches them (a crash, a stopped execution) keeps its slot until the slot's expiry,
`run_slot_seconds` after its start, so nobody is locked out for good; a start is forgotten after the hour.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache

from aws_lambda_powertools import Logger

from talent.errors import Throttled, Unavailable
from talent.projects.quota_store import RunQuotaStore, RunUsage
from talent.settings import RunQuotaSettings, get_settings

logger = Logger()
HOUR_S = 3600
# Over the in-progress limit nobody knows when a run ends; runs take a minute or two, so look again then.
IN_PROGRESS_RETRY_S = 60
QUOTA_EXCEEDED = "Too many pipeline runs; try again after the time in Retry-After"


class RunQuota:
    def __init__(
        self, store: RunQuotaStore, settings: RunQuotaSettings, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock

    def take(self, user_id: str, project_id: str) -> None:
        """Admit the run (its slot and its start, atomically) or raise Throttled naming the quota.

        When the write is refused, the item is read: a missing item is created, expired slots and starts
        older than the hour are removed, and the write is tried again; otherwise the quota is full."""
        settings = self.settings
        now = int(self.clock())
        for _ in range(4):
            if self.store.try_take(
                user_id,
                project_id,
                now_s=now,
                slot_expires_at=now + settings.run_slot_seconds,
                max_running=settings.runs_in_progress_max,
                max_started=settings.runs_per_hour_max,
            ):
                return
            usage = self.store.usage(user_id)
            if usage is None:
                self.store.create(user_id, now + settings.run_slot_seconds)
                continue
            expired = [project for project, ends in usage.running.items() if ends <= now]
            old = [project for project, at in usage.started.items() if at + HOUR_S <= now]
            if expired or old:
                self.store.forget(user_id, running=expired, started=old)
                continue
            full = (
                len(usage.running) >= settings.runs_in_progress_max
                or len(usage.started) >= settings.runs_per_hour_max
            )
            if full:
                raise self._refusal(usage, now)
            # A run ended between the refused write and the read: try again.
        raise Unavailable("The run quota is busy; try again")

    def release(self, user_id: str, project_id: str) -> None:
        """The run ended: free its in-progress slot (its start still counts for the hour)."""
        if self.store.release(user_id, project_id):
            logger.info("run slot released", extra={"project_id": project_id})

    def give_back(self, user_id: str, project_id: str) -> None:
        """The run could not start: free its slot and take back its start."""
        self.store.release(user_id, project_id, also_start=True)

    def _refusal(self, usage: RunUsage, now: int) -> Throttled:
        settings = self.settings
        details: list[dict[str, str]] = []
        wait = 0
        if len(usage.running) >= settings.runs_in_progress_max:
            wait = min(IN_PROGRESS_RETRY_S, min(usage.running.values()) - now)
            details.append(
                {
                    "field": "quota.runs_in_progress",
                    "message": f"at most {settings.runs_in_progress_max} runs may be in progress at once; "
                    "one ends when it completes, fails or is deleted",
                    "type": "runs_in_progress_exceeded",
                }
            )
        if len(usage.started) >= settings.runs_per_hour_max:
            wait = max(wait, min(usage.started.values()) + HOUR_S - now)
            details.append(
                {
                    "field": "quota.runs_per_hour",
                    "message": f"at most {settings.runs_per_hour_max} runs may be started in an hour",
                    "type": "runs_per_hour_exceeded",
                }
            )
        logger.info("run refused by the quota", extra={"quotas": [detail["field"] for detail in details]})
        return Throttled(QUOTA_EXCEEDED, retry_after_s=wait, details=details)


@cache
def get_run_quota() -> RunQuota:
    """The run quotas wired to this function's quotas table (once per cold start)."""
    from talent.aws import client

    settings = get_settings(RunQuotaSettings)
    return RunQuota(RunQuotaStore(client("dynamodb"), settings.quotas_table), settings)

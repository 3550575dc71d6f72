"""Data access for the run quotas (the quotas table; low-level DynamoDB client, GetItem/UpdateItem only).

One item per user, pk `RUNS#<user_id>`:
- `running`: map project_id -> the epoch second its in-progress slot expires (the run's expiry);
- `started`: map project_id -> the epoch second the run started (the last hour's starts);
- `expires_at`: the table's TTL attribute, past every entry's use, so an idle user's item goes.
A run is admitted by one conditional UpdateItem that adds it to both maps only while each holds fewer
entries than its limit: concurrent starts cannot both take the last slot (no read-then-write race).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from talent.aws import conditional


class RunUsage(BaseModel):
    """The user's quota item as read (consistently)."""

    running: dict[str, int] = Field(default_factory=dict, description="project_id -> slot expiry (epoch s)")
    started: dict[str, int] = Field(default_factory=dict, description="project_id -> start (epoch s)")


def _key(user_id: str) -> dict[str, Any]:
    return {"pk": {"S": f"RUNS#{user_id}"}}


def _numbers(item: dict[str, Any], name: str) -> dict[str, int]:
    entries = item.get(name, {}).get("M", {})
    return {project_id: int(value["N"]) for project_id, value in entries.items() if "N" in value}


class RunQuotaStore:
    def __init__(self, client: Any, table: str) -> None:
        self.client = client
        self.table = table

    def try_take(
        self,
        user_id: str,
        project_id: str,
        *,
        now_s: int,
        slot_expires_at: int,
        max_running: int,
        max_started: int,
    ) -> bool:
        """Add the run to `running` and `started` in one conditional UpdateItem, only while each map
        holds fewer entries than its limit. False if it does not (or the item does not exist yet)."""
        written = conditional(
            self.client.update_item,
            TableName=self.table,
            Key=_key(user_id),
            UpdateExpression=(
                "SET #running.#project = :slot, #started.#project = :now, expires_at = :item_expires"
            ),
            ConditionExpression=(
                "attribute_exists(#running) AND attribute_exists(#started) "
                "AND size(#running) < :max_running AND size(#started) < :max_started"
            ),
            ExpressionAttributeNames={
                "#running": "running",
                "#started": "started",
                "#project": project_id,
            },
            ExpressionAttributeValues={
                ":slot": {"N": str(slot_expires_at)},
                ":now": {"N": str(now_s)},
                # TTL deletes late and never early: the item outlives every entry it holds.
                ":item_expires": {"N": str(max(slot_expires_at, now_s + 3600))},
                ":max_running": {"N": str(max_running)},
                ":max_started": {"N": str(max_started)},
            },
        )
        return written is not None

    def usage(self, user_id: str) -> RunUsage | None:
        """The user's slots and starts, read consistently; None if the user has no quota item."""
        item = self.client.get_item(TableName=self.table, Key=_key(user_id), ConsistentRead=True).get("Item")
        if item is None:
            return None
        return RunUsage(running=_numbers(item, "running"), started=_numbers(item, "started"))

    def create(self, user_id: str, expires_at: int) -> None:
        """The user's item with empty maps; maps a concurrent request created are kept."""
        self.client.update_item(
            TableName=self.table,
            Key=_key(user_id),
            UpdateExpression=(
                "SET #running = if_not_exists(#running, :empty), #started = if_not_exists(#started, :empty), "
                "expires_at = if_not_exists(expires_at, :expires)"
            ),
            ExpressionAttributeNames={"#running": "running", "#started": "started"},
            ExpressionAttributeValues={":empty": {"M": {}}, ":expires": {"N": str(expires_at)}},
        )

    def forget(self, user_id: str, *, running: list[str], started: list[str]) -> None:
        """Remove these entries (expired slots, starts older than the hour) in one UpdateItem. A project
        id never comes back, so removing an entry a concurrent request removed already is harmless."""
        names = {"#running": "running"}  # the condition names it
        removals = []
        for map_name, project_ids in (("running", running), ("started", started)):
            if project_ids:
                names[f"#{map_name}"] = map_name
            for project_id in project_ids:
                alias = f"#p{len(names)}"
                names[alias] = project_id
                removals.append(f"#{map_name}.{alias}")
        if not removals:
            return
        self._remove(user_id, "REMOVE " + ", ".join(removals), names, "attribute_exists(#running)")

    def release(self, user_id: str, project_id: str, *, also_start: bool = False) -> bool:
        """Free the run's in-progress slot (and, `also_start`, take back its start: the run never
        started). False if it held none (released already, expired, or never taken)."""
        update = "REMOVE #running.#project" + (", #started.#project" if also_start else "")
        names = {"#running": "running", "#started": "started", "#project": project_id}
        if not also_start:
            del names["#started"]
        return self._remove(user_id, update, names, "attribute_exists(#running.#project)")

    def _remove(self, user_id: str, update: str, names: dict[str, str], condition: str) -> bool:
        # The condition keeps UpdateItem from creating an item for a user who has none.
        written = conditional(
            self.client.update_item,
            TableName=self.table,
            Key=_key(user_id),
            UpdateExpression=update,
            ConditionExpression=condition,
            ExpressionAttributeNames=names,
        )
        return written is not None

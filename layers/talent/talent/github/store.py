"""Data access for the GitHub table: the shared rate limiter's slots and the cache of public GitHub data.

One DynamoDB table (GitHubTable), keyed by `pk`, items expired by TTL (`expires_at`):

- `LIMIT#<token fingerprint>#<resource>`: `tat`, the theoretical arrival time (epoch seconds) of a
  GCRA limiter (talent.github.limiter). Moved forward atomically by each reservation; never a token.
- `REST#<hash>`: a REST GET answer (zlib JSON), its ETag and `fresh_until`; kept past freshness so a
  conditional request (If-None-Match) can revalidate it for free.
- `FIND#<hash>`: a GraphQL repository search's result (zlib JSON), `fresh_until`.
- `USER#<node id>`: a user's EnrichUsers node (zlib JSON), `fresh_until`.
- `CLAIM#<one of the above>`: `until`: one run is asking GitHub for that answer; the others wait for it
  rather than ask GitHub the same thing at the same moment.

Only public GitHub data: no user, project or token of ours is in a key or a value, so whoever reads an
entry learns only what GitHub shows everyone. Items by key only (GetItem, PutItem, UpdateItem,
BatchGetItem, BatchWriteItem): never a Scan or a Query.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from talent.aws import conditional

BATCH_GET_MAX = 100  # DynamoDB's BatchGetItem limit
BATCH_WRITE_MAX = 25  # DynamoDB's BatchWriteItem limit
_UNPROCESSED_TRIES = 5


@dataclass(frozen=True, slots=True)
class Entry:
    """One cached answer: the body as stored (zlib JSON), its ETag and until when it is fresh."""

    body: bytes
    fresh_until: float
    etag: str | None = None

    def fresh(self, now: float) -> bool:
        return now < self.fresh_until


def _entry(item: Mapping[str, Any]) -> Entry:
    etag = item.get("etag")
    return Entry(
        body=bytes(item["body"]["B"]),
        fresh_until=float(item["fresh_until"]["N"]),
        etag=etag["S"] if etag else None,
    )


def _number(value: float) -> dict[str, str]:
    return {"N": f"{value:.6f}"}


class GitHubStore:
    def __init__(self, client: Any, table: str, *, sleep: Any = time.sleep) -> None:
        self.client = client
        self.table = table
        self._sleep = sleep

    def _conditional(self, operation: str, **request: Any) -> dict[str, Any] | None:
        """One conditional write (`operation` is "update_item" or "put_item"); DynamoDB's answer, or None
        when the condition failed. Read from the error's code: reservations run in worker threads, where
        the client's own exception class may not match (see talent.aws)."""
        return conditional(getattr(self.client, operation), TableName=self.table, **request)

    # ---- limiter slots ----
    def _set_tat(
        self, key: str, update: str, condition: str, values: dict[str, float], expires: float
    ) -> float | None:
        """One conditional update of a queue's `tat`; its new value, or None when the condition failed."""
        answer = self._conditional(
            "update_item",
            Key={"pk": {"S": key}},
            UpdateExpression=f"{update}, #expires = :expires",
            ConditionExpression=condition,
            ExpressionAttributeNames={"#tat": "tat", "#expires": "expires_at"},
            ExpressionAttributeValues={
                **{name: _number(value) for name, value in values.items()},
                ":expires": {"N": str(int(expires))},
            },
            ReturnValues="ALL_NEW",
        )
        return None if answer is None else float(answer["Attributes"]["tat"]["N"])

    def reserve(self, key: str, cost_s: float, now: float, keep_s: float) -> float:
        """Move the queue's `tat` to max(tat, now) + cost_s in one atomic step; returns the new tat.

        Two conditional updates, whichever applies: the queue is busy (tat >= now: add to it), or idle
        (tat < now or no item: start from now). A race between them just tries again.
        """
        while True:
            busy = self._set_tat(
                key, "SET #tat = #tat + :cost", "#tat >= :now", {":cost": cost_s, ":now": now}, now + keep_s
            )
            if busy is not None:
                return busy
            idle = self._set_tat(
                key,
                "SET #tat = :start",
                "attribute_not_exists(#tat) OR #tat < :now",
                {":start": now + cost_s, ":now": now},
                now + keep_s,
            )
            if idle is not None:
                return idle
            # Another reservation moved tat past now in between: add to it.

    def release(self, key: str, cost_s: float) -> None:
        """Give back a reservation that will not be used (its wait was too long). A queue item gone
        meanwhile (TTL, or the local stack's `forget_github`) has nothing to give back to: no error."""
        # the condition keeps UpdateItem from creating a queue item of minus cost_s
        self._conditional(
            "update_item",
            Key={"pk": {"S": key}},
            UpdateExpression="ADD #tat :back",
            ConditionExpression="attribute_exists(#tat)",
            ExpressionAttributeNames={"#tat": "tat"},
            ExpressionAttributeValues={":back": _number(-cost_s)},
        )

    def push_back(self, key: str, tat: float, keep_s: float) -> None:
        """Move tat to at least `tat` (GitHub said the resource is spent until then); never backwards."""
        self._set_tat(
            key, "SET #tat = :tat", "attribute_not_exists(#tat) OR #tat < :tat", {":tat": tat}, tat + keep_s
        )

    # ---- cache ----
    def claim(self, key: str, now: float, hold_s: float) -> bool:
        """Claim the right to ask GitHub for `key` for hold_s seconds; False while another run holds it."""
        answer = self._conditional(
            "put_item",
            Item={
                "pk": {"S": f"CLAIM#{key}"},
                "until": _number(now + hold_s),
                "expires_at": {"N": str(int(now + hold_s + 60))},
            },
            ConditionExpression="attribute_not_exists(pk) OR #until < :now",
            ExpressionAttributeNames={"#until": "until"},
            ExpressionAttributeValues={":now": _number(now)},
        )
        return answer is not None

    def claimed(self, key: str, now: float) -> bool:
        """Whether a run still holds the claim on `key`."""
        item = self.client.get_item(TableName=self.table, Key={"pk": {"S": f"CLAIM#{key}"}}).get("Item")
        return bool(item) and float(item["until"]["N"]) >= now

    def give_up_claim(self, key: str, now: float) -> None:
        """Let others go on at once: this run is done with `key` (or could not store an answer)."""
        self.client.put_item(
            TableName=self.table,
            Item={"pk": {"S": f"CLAIM#{key}"}, "until": _number(0), "expires_at": {"N": str(int(now + 60))}},
        )

    def get(self, key: str) -> Entry | None:
        item = self.client.get_item(TableName=self.table, Key={"pk": {"S": key}}).get("Item")
        return _entry(item) if item and "body" in item else None

    def put(self, key: str, entry: Entry, expires_at: float) -> None:
        self.client.put_item(TableName=self.table, Item=self._item(key, entry, expires_at))

    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]:
        """The entries that exist among `keys`, by key (BatchGetItem, 100 keys a call)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Entry] = {}
        for start in range(0, len(wanted), BATCH_GET_MAX):
            request: dict[str, Any] = {
                self.table: {"Keys": [{"pk": {"S": key}} for key in wanted[start : start + BATCH_GET_MAX]]}
            }
            for attempt in range(_UNPROCESSED_TRIES):
                answer = self.client.batch_get_item(RequestItems=request)
                for item in answer.get("Responses", {}).get(self.table, []):
                    if "body" in item:
                        found[item["pk"]["S"]] = _entry(item)
                request = answer.get("UnprocessedKeys") or {}
                if not request:
                    break
                self._sleep(0.05 * 2**attempt)
        return found

    def put_many(self, entries: Mapping[str, Entry], expires_at: float) -> None:
        """Write entries (BatchWriteItem, 25 a call); what DynamoDB leaves unprocessed is retried a few
        times, then dropped: a cache entry missing costs one GitHub request later, nothing more."""
        items = [self._item(key, entry, expires_at) for key, entry in entries.items()]
        for start in range(0, len(items), BATCH_WRITE_MAX):
            request: dict[str, Any] = {
                self.table: [
                    {"PutRequest": {"Item": item}} for item in items[start : start + BATCH_WRITE_MAX]
                ]
            }
            for attempt in range(_UNPROCESSED_TRIES):
                request = self.client.batch_write_item(RequestItems=request).get("UnprocessedItems") or {}
                if not request:
                    break
                self._sleep(0.05 * 2**attempt)

    @staticmethod
    def _item(key: str, entry: Entry, expires_at: float) -> dict[str, Any]:
        item: dict[str, Any] = {
            "pk": {"S": key},
            "body": {"B": entry.body},
            "fresh_until": _number(entry.fresh_until),
            "expires_at": {"N": str(int(expires_at))},
        }
        if entry.etag:
            item["etag"] = {"S": entry.etag}
        return item

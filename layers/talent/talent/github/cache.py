"""The cross-run cache of public GitHub data, in DynamoDB (talent.github.store), shared by every run.

- REST GET answers (user searches; users and repositories in anonymous mode): fresh for an hour, then
  kept a day more with their ETag, so the next run revalidates them with If-None-Match: a 304 costs
  nothing against GitHub's REST limits. A search page GitHub marked incomplete is never stored.
- GraphQL repository searches (query -> owners and topics): fresh for an hour.
- Enriched users (EnrichUsers nodes, by node id): fresh for a day. GraphQL has no conditional requests.

Keys are hashes of the API URL and the request (query text, path and parameters, node id): what every
user of the product would get from GitHub for the same request. No user id, project or token is part of
a key or a value, so one recruiter's runs reuse another's GitHub answers without seeing their projects.
Re-running a job description, or one close to it (same languages and technologies, so the same
queries), costs only what changed.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
import zlib
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from talent.github.store import Entry, GitHubStore

SEARCH_FRESH_S = 3600.0  # GitHub's search index moves slowly; an hour-old result is still right
REVALIDATE_S = 86400.0  # a stale REST answer is kept this long for a conditional request
PROFILE_FRESH_S = 86400.0  # a developer's public work changes little in a day
CLAIM_S = 90.0  # how long other runs wait for the run that asks GitHub (its turn included)
POLL_S = 0.5


def pack(document: Any) -> bytes:
    return zlib.compress(json.dumps(document, separators=(",", ":")).encode(), 6)


def unpack(body: bytes) -> Any:
    return json.loads(zlib.decompress(body))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


def rest_key(api_url: str, path: str, params: Mapping[str, str | int] | None) -> str:
    query = json.dumps(sorted((params or {}).items()), default=str)
    return f"REST#{_digest(api_url.rstrip('/'), path, query)}"


class GitHubCache:
    """What search_github may reuse. Counts what it served (`hits`), for the run's metadata.

    Single flight: a run about to ask GitHub for an answer nobody has stored claims it first; a run
    that finds it claimed waits (up to CLAIM_S) for the answer to be stored instead of asking too. So
    a team starting the same job description at once spends GitHub's budget on it once.
    """

    def __init__(
        self,
        store: GitHubStore,
        api_url: str,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.store = store
        self.api_url = api_url.rstrip("/")
        self._clock = clock
        self._sleep = sleep
        self._mine: set[str] = set()  # claims this run holds: asking again (a retry) needs no wait
        self.hits = 0

    def now(self) -> float:
        return self._clock()

    async def release(self) -> None:
        """Give up every claim this run still holds (at its end, whatever happened): a run that failed
        to get an answer must not keep others waiting for it."""
        held, self._mine = self._mine, set()
        for key in held:
            await asyncio.to_thread(self.store.give_up_claim, key, self._clock())

    async def _release_one(self, key: str) -> None:
        if key in self._mine:
            self._mine.discard(key)
            await asyncio.to_thread(self.store.give_up_claim, key, self._clock())

    async def asked_in_vain(self, path: str, params: Mapping[str, str | int] | None) -> None:
        """This run's request for a REST answer failed: whoever waits for it asks GitHub now."""
        await self._release_one(rest_key(self.api_url, path, params))

    async def found_in_vain(self, query: str) -> None:
        await self._release_one(f"FIND#{_digest(self.api_url, query)}")

    async def _first_or_wait(self, key: str) -> Entry | None:
        """None when this run may ask GitHub (it holds the claim, or waited in vain); else the fresh
        answer another run stored meanwhile."""
        if key in self._mine:
            return None
        if await asyncio.to_thread(self.store.claim, key, self._clock(), CLAIM_S):
            self._mine.add(key)
            # Read again: a run that stored the answer and gave its claim up just before ours leaves
            # nothing to ask.
            entry = await asyncio.to_thread(self.store.get, key)
            if entry is not None and entry.fresh(self._clock()):
                await self._release_one(key)
                return entry
            return None
        deadline = self._clock() + CLAIM_S
        while self._clock() < deadline:
            await self._sleep(POLL_S)
            entry = await asyncio.to_thread(self.store.get, key)
            if entry is not None and entry.fresh(self._clock()):
                return entry
        return None

    # ---- REST GET ----
    async def rest(self, path: str, params: Mapping[str, str | int] | None) -> Entry | None:
        """The stored answer (fresh or not: a stale one carries the ETag to revalidate with); when there
        is none, the one another run is asking GitHub for right now, once it has it."""
        key = rest_key(self.api_url, path, params)
        stored = await asyncio.to_thread(self.store.get, key)
        return stored or await self._first_or_wait(key)

    async def put_rest(
        self, path: str, params: Mapping[str, str | int] | None, content: bytes, etag: str | None
    ) -> None:
        try:
            document = json.loads(content)
        except ValueError:
            return
        key = rest_key(self.api_url, path, params)
        if isinstance(document, dict) and document.get("incomplete_results"):
            # A timed-out search: asking again may find more. Whoever waits for it asks GitHub now.
            await self._release_one(key)
            return
        now = self._clock()
        entry = Entry(body=zlib.compress(content, 6), fresh_until=now + SEARCH_FRESH_S, etag=etag)
        await asyncio.to_thread(self.store.put, key, entry, now + SEARCH_FRESH_S + REVALIDATE_S)

    async def revalidated(self, path: str, params: Mapping[str, str | int] | None, entry: Entry) -> None:
        """GitHub answered 304: the stored answer is fresh again."""
        now = self._clock()
        renewed = Entry(body=entry.body, fresh_until=now + SEARCH_FRESH_S, etag=entry.etag)
        key = rest_key(self.api_url, path, params)
        await asyncio.to_thread(self.store.put, key, renewed, now + SEARCH_FRESH_S + REVALIDATE_S)

    # ---- GraphQL repository searches ----
    async def found(self, query: str) -> dict[str, Any] | None:
        key = f"FIND#{_digest(self.api_url, query)}"
        entry = await asyncio.to_thread(self.store.get, key)
        if entry is None or not entry.fresh(self._clock()):
            entry = await self._first_or_wait(key)
        if entry is None:
            return None
        self.hits += 1
        result: dict[str, Any] = unpack(entry.body)
        return result

    async def put_found(self, query: str, result: dict[str, Any]) -> None:
        now = self._clock()
        entry = Entry(body=pack(result), fresh_until=now + SEARCH_FRESH_S)
        await asyncio.to_thread(
            self.store.put, f"FIND#{_digest(self.api_url, query)}", entry, now + SEARCH_FRESH_S
        )

    # ---- enriched users ----
    def _user_key(self, node_id: str) -> str:
        return f"USER#{_digest(self.api_url, node_id)}"

    async def users(self, node_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The fresh EnrichUsers nodes stored for these ids, by id."""
        ids = [node_id for node_id in node_ids if node_id]
        keys = {self._user_key(node_id): node_id for node_id in ids}
        entries = await asyncio.to_thread(self.store.get_many, keys)
        now = self._clock()
        found = {keys[key]: unpack(entry.body) for key, entry in entries.items() if entry.fresh(now)}
        self.hits += len(found)
        return found

    async def claim_users(self, node_ids: list[str]) -> bool:
        """True: this run asks GitHub for these users (and calls users_done after). False: another run
        was asking for the same batch; it is done now (or gave up), so read users() again."""
        key = f"USERS#{_digest(self.api_url, *sorted(node_ids))}"
        if await asyncio.to_thread(self.store.claim, key, self._clock(), CLAIM_S):
            self._mine.add(key)
            return True
        deadline = self._clock() + CLAIM_S
        while self._clock() < deadline and await asyncio.to_thread(self.store.claimed, key, self._clock()):
            await self._sleep(POLL_S)
        return False

    async def users_done(self, node_ids: list[str]) -> None:
        await self._release_one(f"USERS#{_digest(self.api_url, *sorted(node_ids))}")

    async def put_users(self, nodes: Mapping[str, dict[str, Any]]) -> None:
        now = self._clock()
        entries = {
            self._user_key(node_id): Entry(body=pack(node), fresh_until=now + PROFILE_FRESH_S)
            for node_id, node in nodes.items()
        }
        await asyncio.to_thread(self.store.put_many, entries, now + PROFILE_FRESH_S)

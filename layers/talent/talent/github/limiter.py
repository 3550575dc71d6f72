"""One GitHub budget for every concurrent run: a shared limiter per token and rate-limit resource.

GitHub's limits are per token (search 30 requests a minute, GraphQL 5,000 points an hour, REST 5,000
requests an hour), and every concurrent search Lambda spends the same token(s). Each request first
reserves its place in a GCRA queue (generic cell rate algorithm) kept in DynamoDB, one atomic update
per request (talent.github.store), and sleeps until its turn: runs wait *before* GitHub refuses.

GCRA: one number per queue, `tat` (the theoretical arrival time). A request costing `n` moves it to
max(tat, now) + n*interval and may go once the new tat - burst*interval has passed. In any window of
W seconds it lets through at most burst + W/interval units; `Rate` picks the interval so that this
stays one below GitHub's limit, whichever way GitHub's own window falls.

With several tokens (a list in the secret) each has its own queues; a request takes the token that
lets it go first, so N tokens sustain N times the rate. Without a table (unit tests, benches) there is
no limiter and GitHub's own 403/429 answers are waited out as before.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from talent.github.store import GitHubStore

QUICK_S = 0.25  # a wait this short is taken on the first token tried, without asking the others
KEEP_S = 86400.0  # a queue item outlives its last reservation by a day (TTL)
# A token GitHub answered 401 (revoked, expired) is left out this long by the container that saw it: its
# runs go on with the secret's other tokens (an operator's review: 13 of 20 searches failed on one dead
# token of 4). As long as the secret's cache (`config.load_tokens`), which the 401 also clears.
REJECTED_S = 15 * 60.0
_rejected: dict[str, float] = {}  # a token's fingerprint -> until when it is left out (epoch s)


@dataclass(frozen=True, slots=True)
class Rate:
    """A limit of `limit` units per `window_s` seconds, with bursts of up to `burst` units."""

    limit: int
    window_s: float
    burst: int

    @property
    def interval(self) -> float:
        """Seconds per unit: burst + window/interval stays one unit below the limit."""
        return self.window_s / max(self.limit - self.burst - 1, 1)


@dataclass(frozen=True, slots=True)
class Rates:
    """GitHub's primary limits for an authenticated token (GitHub Enterprise Server may differ:
    template parameters)."""

    search: Rate = field(default_factory=lambda: Rate(30, 60.0, 3))
    graphql: Rate = field(default_factory=lambda: Rate(5000, 3600.0, 200))
    core: Rate = field(default_factory=lambda: Rate(5000, 3600.0, 50))

    def of(self, resource: str) -> Rate:
        rate: Rate = getattr(self, resource)
        return rate

    @classmethod
    def per(cls, search_per_minute: int, graphql_points_per_hour: int, core_per_hour: int) -> Rates:
        return cls(
            search=Rate(search_per_minute, 60.0, max(1, search_per_minute // 10)),
            graphql=Rate(graphql_points_per_hour, 3600.0, max(1, graphql_points_per_hour // 25)),
            core=Rate(core_per_hour, 3600.0, max(1, core_per_hour // 100)),
        )


class WaitTooLong(Exception):
    """The earliest turn is later than the caller may wait."""

    def __init__(self, resource: str, wait_s: float) -> None:
        super().__init__(f"the shared GitHub {resource} budget has no turn for {wait_s:.0f} s")
        self.resource = resource
        self.wait_s = wait_s


def fingerprint(api_url: str, token: str | None) -> str:
    """Names a token's queues without storing it: a hash of the API URL and the token."""
    if not token:
        return "anonymous"
    return hashlib.sha256(f"{api_url}\n{token}".encode()).hexdigest()[:20]


@dataclass(slots=True)
class _Reservation:
    token: str | None
    key: str
    cost_s: float
    wait_s: float


class Limiter:
    """Hands out turns on the shared queues; `on_wait(seconds)` hears of every wait worth telling."""

    def __init__(
        self,
        store: GitHubStore,
        api_url: str,
        tokens: Sequence[str | None],
        rates: Rates | None = None,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        on_wait: Callable[[float], None] | None = None,
    ) -> None:
        self.store = store
        self.api_url = api_url
        self.tokens = list(tokens) or [None]
        self.rates = rates or Rates()
        self._clock = clock
        self._sleep = sleep
        self._on_wait = on_wait
        self.waited_s = 0.0
        self.turns = 0

    def usable(self) -> list[str | None]:
        """The tokens GitHub has not rejected lately; all of them when it rejected every one (a request
        then meets the 401 again and the run fails on it, as with one token)."""
        now = self._clock()
        kept = [t for t in self.tokens if _rejected.get(fingerprint(self.api_url, t), 0.0) <= now]
        return kept or self.tokens

    def reject(self, token: str | None) -> bool:
        """GitHub answered 401 to `token`: leave it out for REJECTED_S; whether another token is left."""
        if token is None:
            return False
        _rejected[fingerprint(self.api_url, token)] = self._clock() + REJECTED_S
        now = self._clock()
        return any(_rejected.get(fingerprint(self.api_url, t), 0.0) <= now for t in self.tokens)

    def _key(self, token: str | None, resource: str) -> str:
        return f"LIMIT#{fingerprint(self.api_url, token)}#{resource}"

    async def _reserve(self, token: str | None, resource: str, cost: int) -> _Reservation:
        rate = self.rates.of(resource)
        cost_s = cost * rate.interval
        key = self._key(token, resource)
        now = self._clock()
        tat = await asyncio.to_thread(self.store.reserve, key, cost_s, now, KEEP_S)
        wait = tat - rate.burst * rate.interval - now
        wait = wait if wait > 0.01 else 0.0  # below the clocks' precision
        return _Reservation(token, key, cost_s, wait)

    async def _release(self, reservation: _Reservation) -> None:
        await asyncio.to_thread(self.store.release, reservation.key, reservation.cost_s)

    async def take(self, resource: str, cost: int, *, max_wait_s: float) -> str | None:
        """Wait for a turn costing `cost` units of `resource`; returns the token to send with.

        WaitTooLong (nothing reserved) when no token has a turn within max_wait_s.
        """
        tokens = self.usable()
        start = random.randrange(len(tokens))  # noqa: S311 - spreads runs over tokens
        best: _Reservation | None = None
        for token in tokens[start:] + tokens[:start]:
            reservation = await self._reserve(token, resource, cost)
            if best is None or reservation.wait_s < best.wait_s:
                if best is not None:
                    await self._release(best)
                best = reservation
            else:
                await self._release(reservation)
            if best.wait_s <= QUICK_S:
                break
        assert best is not None  # tokens is never empty
        if best.wait_s > max_wait_s:
            await self._release(best)
            raise WaitTooLong(resource, best.wait_s)
        if best.wait_s > 0:
            if self._on_wait is not None and best.wait_s >= 1.0:
                self._on_wait(best.wait_s)
            await self._sleep(best.wait_s)
            self.waited_s += best.wait_s
        self.turns += 1
        return best.token

    async def spent_until(self, token: str | None, resource: str, until: float) -> None:
        """GitHub says the token's resource is spent until `until` (epoch s): nobody goes before then."""
        rate = self.rates.of(resource)
        key = self._key(token, resource)
        await asyncio.to_thread(self.store.push_back, key, until + rate.burst * rate.interval, KEEP_S)

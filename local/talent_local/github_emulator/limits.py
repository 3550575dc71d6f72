"""GitHub's primary rate limits, per identity (a token, or an anonymous client's address) and resource."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from werkzeug.wrappers import Response

from talent_local.github_emulator.responses import json_response

RESOURCES = ("core", "search", "graphql")
# GitHub's documented answer to a GraphQL query over the hour's points (its other wording, type RATE_LIMIT,
# is recorded: recorded_answers.json, graphql_rate_limit_type).
_RATE_LIMITED = {
    "errors": [{"type": "RATE_LIMITED", "message": "API rate limit already exceeded for user ID 1."}]
}
_WINDOW_S = {"core": 3600, "search": 60, "graphql": 3600}


@dataclass(frozen=True, slots=True)
class Limits:
    """Per identity, like GitHub: core and GraphQL per hour, search per minute."""

    core: int = 5000
    core_anonymous: int = 60
    search: int = 30
    search_anonymous: int = 10
    graphql: int = 5000

    def of(self, resource: str, *, anonymous: bool) -> int:
        """The limit of `resource` (core, search or graphql) for a client with or without a token."""
        return {
            "core": self.core_anonymous if anonymous else self.core,
            "search": self.search_anonymous if anonymous else self.search,
            "graphql": self.graphql,  # GraphQL answers no anonymous client
        }[resource]


@dataclass(slots=True)
class Bucket:
    """One identity's use of one resource in its current window (`reset`: epoch seconds it ends)."""

    limit: int
    window_s: int
    used: int = 0
    reset: int = 0

    def refresh(self, now: float) -> None:
        if now >= self.reset:
            self.used, self.reset = 0, int(now) + self.window_s

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)


class RateLimits:
    """Every identity's buckets: `buckets[(identity, resource)]`."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.buckets: dict[tuple[str, str], Bucket] = {}
        self._lock = threading.Lock()

    def bucket(self, identity: str, resource: str, *, anonymous: bool) -> Bucket:
        """The identity's bucket for `resource`, its window renewed if it has ended."""
        limit = self.limits.of(resource, anonymous=anonymous)
        with self._lock:
            bucket = self.buckets.setdefault((identity, resource), Bucket(limit, _WINDOW_S[resource]))
            bucket.refresh(time.time())
            return bucket

    def spend(self, bucket: Bucket, points: int) -> bool:
        """Take `points` from the bucket if it has them all (a GraphQL query's cost); False if not."""
        with self._lock:
            bucket.refresh(time.time())
            if bucket.remaining < points:
                return False
            bucket.used += points
            return True

    def count(self, bucket: Bucket) -> None:
        """One REST request answered against the bucket."""
        with self._lock:
            bucket.used += 1

    def clear(self) -> None:
        with self._lock:
            self.buckets.clear()


def resource_of(endpoint: str) -> str:
    """The rate limit resource an endpoint counts against."""
    return {"graphql": "graphql", "search_users": "search"}.get(endpoint, "core")


def rate_headers(bucket: Bucket, resource: str) -> dict[str, str]:
    """The X-RateLimit-* headers GitHub sends with every answer."""
    return {
        "X-RateLimit-Limit": str(bucket.limit),
        "X-RateLimit-Remaining": str(bucket.remaining),
        "X-RateLimit-Reset": str(bucket.reset),
        "X-RateLimit-Used": str(bucket.used),
        "X-RateLimit-Resource": resource,
    }


def graphql_rate_limited(
    bucket: Bucket,
    reset_in: int | None = None,
    *,
    remaining: int | None = None,
    body: dict[str, Any] | None = None,
) -> Response:
    """GraphQL's answer to a query costing more points than are left: 200 with a RATE_LIMITED error (or
    `body`, GitHub's other wording), reset at the bucket's end (or `reset_in` seconds from now).

    x-ratelimit-remaining is the points actually left (the bucket's, or `remaining`), which need not be
    0: GitHub refuses a 13-point query to a token with 10 left and says 10 (octokit/plugin-throttling.js
    #632, its test "should retry based on response body, not header")."""
    response = json_response(body or _RATE_LIMITED, 200)
    reset = int(time.time()) + reset_in if reset_in is not None else bucket.reset
    left = bucket.remaining if remaining is None else remaining
    response.headers.update({"X-RateLimit-Remaining": str(left), "X-RateLimit-Reset": str(reset)})
    return response

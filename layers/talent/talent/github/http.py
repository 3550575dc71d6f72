"""One run's HTTP session with GitHub: headers, budget, rate limits, retries and bounded waiting."""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import ssl
import time
import zlib
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from types import TracebackType
from typing import Any, Literal

import httpx

from talent.github.cache import GitHubCache
from talent.github.config import USER_AGENT, GitHubConfig, SearchBudget, forget_tokens
from talent.github.errors import GitHubAuthError, GitHubRequestError
from talent.github.limiter import Limiter, WaitTooLong, fingerprint

logger = logging.getLogger(__name__)
Sleep = Callable[[float], Awaitable[None]]
# too_big: GitHub's per-query resource limits refused the query; the same query gets the same answer,
# a smaller one can pass (the caller splits it).
_Problem = Literal["rate_limited", "transient", "too_big"]

# How GitHub words a secondary rate limit when it sends no Retry-After: "You have exceeded a secondary
# rate limit" (now), "You have triggered an abuse detection mechanism" (older, still served), and the
# documentation anchors #secondary-rate-limits / #abuse-rate-limits. octokit's throttling plugin and
# PyGithub classify 403s by the same words. Other words with "rate limit" ("API rate limit exceeded for
# ...") are the primary limit's.
_SECONDARY_WORDS = ("secondary rate limit", "abuse detection", "secondary-rate-limits", "abuse-rate-limits")
_RATE_LIMIT_WORDS = ("rate limit", *_SECONDARY_WORDS)
PRIMARY = "primary rate limit"
SECONDARY = "secondary rate limit"
# GraphQL reports a spent limit as type RATE_LIMITED (documented) and also as type RATE_LIMIT with code
# graphql_rate_limit (githubkit #271, octokit/plugin-throttling.js #824, github/gh-gei's GithubClient.cs).
_GRAPHQL_RATE_LIMIT_TYPES = frozenset({"RATE_LIMITED", "RATE_LIMIT"})
_GRAPHQL_RATE_LIMIT_CODE = "graphql_rate_limit"
# A query over GitHub's per-query resource limits (changelog 2025-09-01, "GraphQL API resource limits";
# tightened around 2026-07-16): partial data beside this error, or data: null.
RESOURCE_LIMITS_EXCEEDED = "RESOURCE_LIMITS_EXCEEDED"
# A GraphQL error carrying one of these keys names its cause (validation, NOT_FOUND, FORBIDDEN,
# MAX_NODE_LIMIT_EXCEEDED): asking again gets the same answer. Timeouts ("Something went wrong while
# executing your query. This may be the result of a timeout...") carry only a message.
_GRAPHQL_CAUSE_KEYS = ("type", "extensions", "locations")


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The process's one TLS context for GitHub, shared by every warm invocation's client and transport
    (httpx's advice): building one loads the CA bundle, 50-90 ms of CPU per search invocation when
    each client built its own (bench/github_session.py). Verifies certificates and host names, and
    honours SSL_CERT_FILE and SSL_CERT_DIR, as httpx's default context does."""
    return httpx.create_ssl_context()


class StopWork(Exception):  # a signal, not an error: the run ends with what it has
    """The run must stop early: budget spent, or rate limits / failures beyond the wait bound; or one
    request cannot be answered as asked (problem "too_big": GitHub's resource limits, ask for less)."""

    def __init__(self, reason: str, problem: _Problem | None = None, wait_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.problem = problem
        self.wait_s = wait_s  # what GitHub asked us to wait when we gave up


def _message(response: httpx.Response, *fields: str) -> str:
    """GitHub's `message` (and any other named fields) from an error body; the text if not JSON.

    Read to classify an answer, never copied into a reason or an error: GitHub's words can name our
    address or account ("API rate limit exceeded for 1.2.3.4", "for user ID 42"), and reasons reach
    users (metadata.github.incomplete_reason, the project's error)."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if not isinstance(body, dict):
        return ""
    return " ".join(str(body[name]) for name in ("message", *fields) if body.get(name))


def _limit_named(words: str) -> str | None:
    """The rate limit GitHub's lower-cased `words` name (PRIMARY or SECONDARY), None if they name none."""
    if any(word in words for word in _SECONDARY_WORDS):
        return SECONDARY
    return PRIMARY if "rate limit" in words else None


def _rate_limit_kind(response: httpx.Response) -> str:
    """Which of GitHub's rate limits a 403/429 reports, in our words: the primary one when no points
    are left or its words say so ("API rate limit exceeded for ..."), else the secondary one."""
    if response.headers.get("x-ratelimit-remaining") == "0":
        return PRIMARY
    return _limit_named(_message(response, "documentation_url").lower()) or SECONDARY


def _graphql_rate_limit(errors: list[dict[str, Any]]) -> str | None:
    """Which rate limit a GraphQL answer's errors report (PRIMARY or SECONDARY), None if none does.

    By type or code, else by GitHub's words: a 200 whose only error says "You have exceeded a secondary
    rate limit" is one too. Read before the rule that an error with a `type` names its cause."""
    for error in errors:
        named = _limit_named(str(error.get("message") or "").lower())
        if named == SECONDARY:
            return SECONDARY
        typed = (
            error.get("type") in _GRAPHQL_RATE_LIMIT_TYPES or error.get("code") == _GRAPHQL_RATE_LIMIT_CODE
        )
        if typed or named:
            return PRIMARY
    return None


def _status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "refused"


def _graphql_codes(errors: list[dict[str, Any]]) -> str:
    """GitHub's machine-readable error types and codes (NOT_FOUND, undefinedField), not its messages."""
    codes = set()
    for error in errors:
        extensions = error.get("extensions")
        code = error.get("type") or (extensions.get("code") if isinstance(extensions, dict) else None)
        codes.add(str(code) if code else "invalid query")
    return ", ".join(sorted(codes))[:200]


def header_wait(headers: httpx.Headers, now: float, *, spent: bool = False) -> float | None:
    """Seconds GitHub told us to wait: `retry-after`, else until `x-ratelimit-reset` (epoch s) when
    `x-ratelimit-remaining` is 0 or the answer says the primary limit is `spent`; None if neither.

    A GraphQL query costing more than the points left is refused while the header still counts those
    few points (octokit/plugin-throttling.js #632 and PR #636; githubkit: "x-ratelimit-remaining may not
    be 0"): they come back only at the reset, so `spent` ignores the count."""
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            pass  # the HTTP-date form; GitHub sends seconds, fall through to the reset header
    reset = headers.get("x-ratelimit-reset")
    spent = spent or headers.get("x-ratelimit-remaining") == "0"
    if spent and reset is not None and reset.isdigit():
        return max(0.0, int(reset) - now) + 1.0  # +1 s: reset is rounded down to the second
    return None


def _resource(path: str) -> str:
    """GitHub's rate-limit bucket for a path."""
    if path.startswith("/search/"):
        return "search"
    return "graphql" if path == "/graphql" else "core"


def _stored_response(path: str, body: bytes) -> httpx.Response:
    """A stored answer, as the response it was (the cache keeps zlib-compressed JSON)."""
    return httpx.Response(
        200,
        content=zlib.decompress(body),
        headers={"content-type": "application/json"},
        request=httpx.Request("GET", path),
    )


def _jitter(scale: float) -> float:
    return random.uniform(0, scale)  # noqa: S311 - spreads retries out; not security sensitive


class GitHubSession:
    """Counts calls and points, enforces the budget, and retries what is worth retrying.

    With a `limiter` every request first waits for its turn on the token's shared queue (and says
    which token to send); with a `cache`, a fresh stored GET answer is served without a request and a
    stale one is revalidated with If-None-Match (a 304 is free on GitHub's side).

    Once a stop is raised (budget, or waiting would exceed max_total_wait_s) every later request of
    the run to the same rate-limit resource (search, graphql, core; "*" for the call budget) raises
    it too, so concurrent tasks wind down and return partial results. Resources are separate on
    GitHub: an exhausted search limit must not keep already found users from being enriched.
    """

    def __init__(
        self,
        config: GitHubConfig,
        budget: SearchBudget,
        *,
        sleep: Sleep = asyncio.sleep,
        transport: httpx.AsyncBaseTransport | None = None,
        limiter: Limiter | None = None,
        cache: GitHubCache | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        headers = {
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": USER_AGENT,
        }
        if config.token and limiter is None:
            headers["Authorization"] = f"Bearer {config.token}"
        self.config = config
        self.limiter = limiter
        self.cache = cache
        self._clock = clock
        self._queue_deadline = clock() + config.max_queue_wait_s
        self.budget = budget
        self._sleep = sleep
        self._client = httpx.AsyncClient(
            base_url=config.api_url.rstrip("/"),
            headers=headers,
            timeout=httpx.Timeout(config.read_timeout_s, connect=config.connect_timeout_s),
            limits=httpx.Limits(
                max_connections=config.concurrency, max_keepalive_connections=config.concurrency
            ),
            transport=transport,
            verify=tls_context(),
        )
        self._gate = asyncio.Semaphore(config.concurrency)
        self.api_calls = 0
        self.graphql_points = 0
        self._reserved_points = 0
        self.waited_s = 0.0
        self.cache_hits = 0  # GET answers served from the cache, no request
        self.not_modified = 0  # 304s: revalidated, free on GitHub's side
        self.remaining: dict[str, int] = {}  # per rate-limit resource: core, search, graphql
        self._stops: dict[str, StopWork] = {}

    async def __aenter__(self) -> GitHubSession:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._client.aclose()

    @property
    def rate_limit_remaining(self) -> int | None:
        """The scarcest bucket this run used: GraphQL points if enriched that way, else REST."""
        for resource in ("graphql", "core", "search"):
            if resource in self.remaining:
                return self.remaining[resource]
        return None

    def stop(
        self, reason: str, problem: _Problem | None = None, resource: str = "*", wait_s: float | None = None
    ) -> StopWork:
        return self._stops.setdefault(resource, StopWork(reason, problem, wait_s))

    async def get(self, path: str, params: dict[str, str | int] | None = None) -> httpx.Response:
        if self.cache is None:
            return await self._send("GET", path, params=params)
        stored = await self.cache.rest(path, params)
        if stored is not None and stored.fresh(self.cache.now()):
            self.cache_hits += 1
            return _stored_response(path, stored.body)
        headers = {"If-None-Match": stored.etag} if stored is not None and stored.etag else {}
        try:
            response = await self._send("GET", path, params=params, headers=headers)
        except BaseException:
            await self.cache.asked_in_vain(path, params)
            raise
        if response.status_code == 304 and stored is not None:
            self.not_modified += 1
            await self.cache.revalidated(path, params, stored)
            return _stored_response(path, stored.body)
        await self.cache.put_rest(path, params, response.content, response.headers.get("etag"))
        return response

    async def graphql(self, query: str, variables: dict[str, Any], *, estimated_cost: int) -> dict[str, Any]:
        """The response body of a GraphQL call; points are reserved first so the budget holds.

        A body with `data` is returned even when it also has errors (a partial answer: a deleted
        user's node is null beside a NOT_FOUND error, or nodes GitHub's resource limits cut off are null
        beside RESOURCE_LIMITS_EXCEEDED errors naming their paths). Errors without data were retried as
        transient or raised by `_classify`: StopWork("too_big") at once for RESOURCE_LIMITS_EXCEEDED,
        GitHubRequestError for an error that names its cause.
        """
        limit = self.budget.max_graphql_points
        if self.graphql_points + self._reserved_points + estimated_cost > limit:
            raise self.stop(f"budget: max_graphql_points={limit} would be exceeded", resource="graphql")
        self._reserved_points += estimated_cost
        try:
            response = await self._send(
                "POST", "/graphql", json={"query": query, "variables": variables}, cost=estimated_cost
            )
        finally:
            self._reserved_points -= estimated_cost
        body: dict[str, Any] = response.json()
        rate = (body.get("data") or {}).get("rateLimit") or {}
        self.graphql_points += int(rate.get("cost", estimated_cost))
        if "remaining" in rate:
            self._note_remaining("graphql", int(rate["remaining"]))
        return body

    async def _turn(self, resource: str, cost: int) -> dict[str, str]:
        """Wait for this request's turn on the shared budget; the headers that name its token."""
        if self.limiter is None:
            return {}
        try:
            token = await self.limiter.take(
                resource, cost, max_wait_s=max(0.0, self._queue_deadline - self._clock())
            )
        except WaitTooLong as wait:
            reason = (
                f"rate limited: {wait}; max_queue_wait_s={self.config.max_queue_wait_s:.0f} would be exceeded"
            )
            raise self.stop(reason, "rate_limited", resource, wait.wait_s) from None
        return {"Authorization": f"Bearer {token}"} if token else {}

    async def _send(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, cost: int = 1, **kwargs: Any
    ) -> httpx.Response:
        attempt = 0
        resource = _resource(path)
        while True:
            stopped = self._stops.get("*") or self._stops.get(resource)
            if stopped is not None:
                raise stopped
            if self.api_calls >= self.budget.max_api_calls:
                raise self.stop(f"budget: max_api_calls={self.budget.max_api_calls} reached")
            sent_with = {**(headers or {}), **await self._turn(resource, cost)}
            async with self._gate:
                self.api_calls += 1
                try:
                    response = await self._client.request(method, path, headers=sent_with, **kwargs)
                except httpx.TransportError as exc:  # timeouts, resets, refused connections
                    problem: _Problem = "transient"
                    detail = f"{type(exc).__name__} on {method} {path}"
                    wait = self._backoff(attempt)
                else:
                    self._note_rate_headers(response)
                    try:
                        verdict = self._classify(response, attempt)
                    except GitHubAuthError:
                        if self._another_token(sent_with):
                            continue  # the same request with another of the secret's tokens
                        raise
                    if verdict is None:
                        return response
                    problem, detail, wait = verdict
            if problem == "rate_limited" and self.limiter is not None:
                token = sent_with.get("Authorization", "").removeprefix("Bearer ") or None
                await self.limiter.spent_until(token, resource, time.time() + wait)
            left = self.config.max_total_wait_s - self.waited_s
            if attempt >= self.config.max_retries or wait > left:
                raise self._give_up(problem, detail, resource, wait, left, attempt + 1)
            await self._sleep(wait)
            self.waited_s += wait
            attempt += 1

    def _another_token(self, sent_with: dict[str, str]) -> bool:
        """After a 401: leave the token out (`Limiter.reject`) and say whether another one is left; when
        none is, the secret is read again on the next run (an operator may have replaced it)."""
        token = sent_with.get("Authorization", "").removeprefix("Bearer ") or None
        if self.limiter is not None and self.limiter.reject(token):
            logger.warning(
                "GitHub rejected token %s (401); going on with the secret's other tokens",
                fingerprint(self.config.api_url, token),
            )
            return True
        forget_tokens()
        return False

    def _give_up(
        self, problem: _Problem, detail: str, resource: str, wait: float, left: float, tries: int
    ) -> StopWork:
        """The stop for a request that cannot be retried any more.

        A rate limit holds for the whole resource, so it stops every later request to it. A failure is
        the request's own (one GraphQL batch timing out says nothing of the next): only it stops.
        """
        why = "rate limited" if problem == "rate_limited" else "GitHub kept failing"
        reason = (
            f"{why}: {detail}; needed {wait:.0f} s more, {max(left, 0):.0f} s of "
            f"max_total_wait_s={self.config.max_total_wait_s:.0f} left after {tries} tries"
        )
        if problem == "rate_limited":
            return self.stop(reason, problem, resource, wait)
        return StopWork(reason, problem, wait)

    def _backoff(self, attempt: int) -> float:
        base = self.config.backoff_base_s
        return float(base * 2**attempt + _jitter(base))

    def _rate_wait(self, response: httpx.Response, attempt: int, kind: str) -> float:
        """Seconds to wait out the `kind` of rate limit `response` reports (PRIMARY or SECONDARY)."""
        told = header_wait(response.headers, time.time(), spent=kind == PRIMARY)
        if told is not None:
            return told
        # No header: GitHub's docs ask for at least a minute, growing exponentially.
        base = self.config.secondary_wait_s
        return float(base * 2**attempt + _jitter(base / 10))

    def _classify(self, response: httpx.Response, attempt: int) -> tuple[_Problem, str, float] | None:
        """None when the response is usable; else what went wrong and how long to wait."""
        status = response.status_code
        what = f"{response.request.method} {response.request.url.path} -> {status}"
        if status == 304:
            return None  # Not Modified: the caller's stored answer holds
        if status == 401:
            raise GitHubAuthError(
                f"GitHub rejected the token in {self.config.token_source} (401). "
                "Put a valid token in the secret / GITHUB_TOKEN, or unset it to run anonymously."
            )
        if status == 429 or (status == 403 and self._is_rate_limit(response)):
            kind = _rate_limit_kind(response)
            return "rate_limited", f"{what} ({kind})", self._rate_wait(response, attempt, kind)
        if status >= 500:
            told = header_wait(response.headers, time.time())
            return "transient", what, told if told is not None else self._backoff(attempt)
        if status >= 400:
            raise GitHubRequestError(status, _status_phrase(status))
        try:
            body = response.json()
        except ValueError:  # a proxy's HTML page instead of GitHub's JSON
            return "transient", f"{what} (not JSON)", self._backoff(attempt)
        if response.request.url.path.endswith("/graphql") and isinstance(body, dict):
            return self._classify_graphql(body, what, response, attempt)
        return None

    def _classify_graphql(
        self, body: dict[str, Any], what: str, response: httpx.Response, attempt: int
    ) -> tuple[_Problem, str, float] | None:
        errors = [e for e in body.get("errors") or [] if isinstance(e, dict)]
        kind = _graphql_rate_limit(errors)
        if kind is not None:
            return "rate_limited", f"{what} (GraphQL {kind})", self._rate_wait(response, attempt, kind)
        if not errors or body.get("data"):
            return None  # complete, or partial: the nodes that resolved are usable
        if any(error.get("type") == RESOURCE_LIMITS_EXCEEDED for error in errors):
            raise StopWork(f"GitHub's resource limits refused a query as too big: {what}", "too_big")
        if any(key in error for error in errors for key in _GRAPHQL_CAUSE_KEYS):
            raise GitHubRequestError(response.status_code, f"GraphQL errors {_graphql_codes(errors)}")
        detail = f"{what} GraphQL error without data (a timeout or a fault)"
        return "transient", detail, self._backoff(attempt)

    @staticmethod
    def _is_rate_limit(response: httpx.Response) -> bool:
        headers = response.headers
        if "retry-after" in headers or headers.get("x-ratelimit-remaining") == "0":
            return True
        words = _message(response, "documentation_url").lower()
        return any(word in words for word in _RATE_LIMIT_WORDS)

    def _note_rate_headers(self, response: httpx.Response) -> None:
        remaining = response.headers.get("x-ratelimit-remaining")
        if remaining is not None and remaining.isdigit():
            resource = response.headers.get("x-ratelimit-resource", "core")
            if resource != "graphql":  # GraphQL's own rateLimit field is read from the body
                self._note_remaining(resource, int(remaining))

    def _note_remaining(self, resource: str, remaining: int) -> None:
        # Concurrent answers arrive out of order; the lowest value is the latest state.
        self.remaining[resource] = min(remaining, self.remaining.get(resource, remaining))

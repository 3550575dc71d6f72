"""One run's HTTP session with GitHub: headers, budget, rate limits, retries and bounded waiting."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Literal

import httpx

from talent.github.config import USER_AGENT, GitHubConfig, SearchBudget
from talent.github.errors import GitHubAuthError, GitHubError

Sleep = Callable[[float], Awaitable[None]]
_Problem = Literal["rate_limited", "transient"]


class GitHubRequestError(GitHubError):
    """A non-retryable 4xx other than 401 (422 bad query, 404 unknown user, 403 forbidden)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"GitHub answered {status}: {message}")
        self.status = status


class StopWork(Exception):  # a signal, not an error: the run ends with what it has
    """The run must stop early: budget spent, or rate limits / failures beyond the wait bound."""

    def __init__(self, reason: str, problem: _Problem | None = None, wait_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.problem = problem
        self.wait_s = wait_s  # what GitHub asked us to wait when we gave up


def _message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    return str(body.get("message", "")) if isinstance(body, dict) else ""


def header_wait(headers: httpx.Headers, now: float) -> float | None:
    """Seconds GitHub told us to wait: `retry-after`, else the primary limit's reset time."""
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            pass  # the HTTP-date form; GitHub sends seconds, fall through to the reset header
    reset = headers.get("x-ratelimit-reset")
    if headers.get("x-ratelimit-remaining") == "0" and reset is not None and reset.isdigit():
        return max(0.0, int(reset) - now) + 1.0  # +1 s: reset is rounded down to the second
    return None


def _resource(path: str) -> str:
    """GitHub's rate-limit bucket for a path."""
    if path.startswith("/search/"):
        return "search"
    return "graphql" if path == "/graphql" else "core"


def _jitter(scale: float) -> float:
    return random.uniform(0, scale)  # noqa: S311 - spreads retries out; not security sensitive


class GitHubSession:
    """Counts calls and points, enforces the budget, and retries what is worth retrying.

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
    ) -> None:
        headers = {
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": USER_AGENT,
        }
        if config.token:
            headers["Authorization"] = f"Bearer {config.token}"
        self.config = config
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
        )
        self._gate = asyncio.Semaphore(config.concurrency)
        self.api_calls = 0
        self.graphql_points = 0
        self._reserved_points = 0
        self.waited_s = 0.0
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
        return await self._send("GET", path, params=params)

    async def graphql(self, query: str, variables: dict[str, Any], *, estimated_cost: int) -> dict[str, Any]:
        """The response body of a GraphQL call; points are reserved first so the budget holds."""
        limit = self.budget.max_graphql_points
        if self.graphql_points + self._reserved_points + estimated_cost > limit:
            raise self.stop(f"budget: max_graphql_points={limit} would be exceeded", resource="graphql")
        self._reserved_points += estimated_cost
        try:
            response = await self._send("POST", "/graphql", json={"query": query, "variables": variables})
        finally:
            self._reserved_points -= estimated_cost
        body: dict[str, Any] = response.json()
        rate = (body.get("data") or {}).get("rateLimit") or {}
        self.graphql_points += int(rate.get("cost", estimated_cost))
        if "remaining" in rate:
            self._note_remaining("graphql", int(rate["remaining"]))
        if body.get("errors") and not body.get("data"):
            raise GitHubRequestError(200, "; ".join(str(e.get("message")) for e in body["errors"]))
        return body

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        attempt = 0
        resource = _resource(path)
        while True:
            stopped = self._stops.get("*") or self._stops.get(resource)
            if stopped is not None:
                raise stopped
            if self.api_calls >= self.budget.max_api_calls:
                raise self.stop(f"budget: max_api_calls={self.budget.max_api_calls} reached")
            async with self._gate:
                self.api_calls += 1
                try:
                    response = await self._client.request(method, path, **kwargs)
                except httpx.TransportError as exc:  # timeouts, resets, refused connections
                    problem: _Problem = "transient"
                    detail = f"{type(exc).__name__} on {method} {path}"
                    wait = self._backoff(attempt)
                else:
                    self._note_rate_headers(response)
                    verdict = self._classify(response, attempt)
                    if verdict is None:
                        return response
                    problem, detail, wait = verdict
            left = self.config.max_total_wait_s - self.waited_s
            if attempt >= self.config.max_retries or wait > left:
                why = "rate limited" if problem == "rate_limited" else "GitHub kept failing"
                raise self.stop(
                    f"{why}: {detail}; needed {wait:.0f} s more, {max(left, 0):.0f} s of "
                    f"max_total_wait_s={self.config.max_total_wait_s:.0f} left after {attempt + 1} tries",
                    problem,
                    resource,
                    wait,
                )
            await self._sleep(wait)
            self.waited_s += wait
            attempt += 1

    def _backoff(self, attempt: int) -> float:
        base = self.config.backoff_base_s
        return float(base * 2**attempt + _jitter(base))

    def _rate_wait(self, response: httpx.Response, attempt: int) -> float:
        told = header_wait(response.headers, time.time())
        if told is not None:
            return told
        # No header: GitHub's docs ask for at least a minute, growing exponentially.
        base = self.config.secondary_wait_s
        return float(base * 2**attempt + _jitter(base / 10))

    def _classify(self, response: httpx.Response, attempt: int) -> tuple[_Problem, str, float] | None:
        """None when the response is usable; else what went wrong and how long to wait."""
        status = response.status_code
        what = f"{response.request.method} {response.request.url.path} -> {status}"
        if status == 401:
            raise GitHubAuthError(
                f"GitHub rejected the token in {self.config.token_source} (401 {_message(response)}). "
                "Put a valid token in the secret / GITHUB_TOKEN, or unset it to run anonymously."
            )
        if status == 429 or (status == 403 and self._is_rate_limit(response)):
            return "rate_limited", f"{what} {_message(response)}".strip(), self._rate_wait(response, attempt)
        if status >= 500:
            told = header_wait(response.headers, time.time())
            return "transient", what, told if told is not None else self._backoff(attempt)
        if status >= 400:
            raise GitHubRequestError(status, _message(response))
        try:
            body = response.json()
        except ValueError:  # a proxy's HTML page instead of GitHub's JSON
            return "transient", f"{what} (not JSON)", self._backoff(attempt)
        if response.request.url.path.endswith("/graphql"):
            errors = body.get("errors") or [] if isinstance(body, dict) else []
            if any(e.get("type") == "RATE_LIMITED" for e in errors):
                return "rate_limited", f"{what} RATE_LIMITED", self._rate_wait(response, attempt)
        return None

    @staticmethod
    def _is_rate_limit(response: httpx.Response) -> bool:
        headers = response.headers
        return (
            "retry-after" in headers
            or headers.get("x-ratelimit-remaining") == "0"
            or "rate limit" in _message(response).lower()
        )

    def _note_rate_headers(self, response: httpx.Response) -> None:
        remaining = response.headers.get("x-ratelimit-remaining")
        if remaining is not None and remaining.isdigit():
            resource = response.headers.get("x-ratelimit-resource", "core")
            if resource != "graphql":  # GraphQL's own rateLimit field is read from the body
                self._note_remaining(resource, int(remaining))

    def _note_remaining(self, resource: str, remaining: int) -> None:
        # Concurrent answers arrive out of order; the lowest value is the latest state.
        self.remaining[resource] = min(remaining, self.remaining.get(resource, remaining))

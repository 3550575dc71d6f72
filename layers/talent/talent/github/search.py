"""search_github: find GitHub developers for a job requirement.

Design: REST user search only collects logins and node ids (100 per call, cheap on the separate
search limit); the merged, deduplicated top N are then enriched in GraphQL batches of ~20 users
(one call, ~4 points each) instead of 1 + 2N REST calls. Without a token GraphQL is unavailable,
so a bounded number of users is enriched through REST (2 calls each) and the result says so.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from talent.github.config import GitHubConfig, SearchBudget
from talent.github.errors import GitHubRateLimited, GitHubRequestError, GitHubUnavailable
from talent.github.http import GitHubSession, Sleep, StopWork
from talent.github.profiles import candidate_from_graphql, candidate_from_rest
from talent.github.queries import (
    ENRICH_USERS_QUERY,
    PER_PAGE,
    SEARCH_RESULT_CAP,
    build_queries,
    estimate_enrich_cost,
)
from talent.models import Candidate, JobRequirement, SearchMetadata, SearchResult

OVERFETCH = 1.5
MIN_BATCH = 5  # a batch that keeps timing out is split in halves down to this many users
_Problem = Literal["rate_limited", "transient", "rejected"]


@dataclass(slots=True)
class _Hit:
    login: str
    node_id: str
    queries: int = 1  # how many queries found this user: knowing several languages ranks first


@dataclass(slots=True)
class _Run:
    """What the phases report besides their results."""

    notes: list[str] = field(default_factory=list)
    problems: set[_Problem] = field(default_factory=set)
    retry_after_s: float | None = None
    total_count: int = 0

    def note(self, reason: str, problem: _Problem | None = None) -> None:
        if reason not in self.notes:
            self.notes.append(reason)
        if problem:
            self.problems.add(problem)

    def stopped(self, stop: StopWork) -> None:
        self.note(stop.reason, stop.problem)
        if stop.problem == "rate_limited" and stop.wait_s is not None:
            self.retry_after_s = max(self.retry_after_s or 0.0, stop.wait_s)

    def outcome_error(self) -> Exception | None:
        """Why a run that found nobody must not complete as "nobody matched", if it must not."""
        reason = "; ".join(self.notes)
        if "rate_limited" in self.problems:
            return GitHubRateLimited(
                f"GitHub rate limits left no candidates: {reason}", retry_after_s=self.retry_after_s
            )
        if "transient" in self.problems:
            return GitHubUnavailable(f"GitHub failed and no candidates were found: {reason}")
        if "rejected" in self.problems:
            return GitHubRequestError(422, f"every search was rejected and nobody was found: {reason}")
        return None


async def _search_one(
    session: GitHubSession, query: str, target: int, run: _Run, pages: list[int]
) -> list[dict[str, Any]]:
    """Up to `target` items for one query, paging 100 at a time; `pages` is the shared page budget."""
    items: list[dict[str, Any]] = []
    page = 1
    while len(items) < target and page * PER_PAGE <= SEARCH_RESULT_CAP:
        body = await _search_page(session, query, page, run, pages)
        if body is None:
            break
        if page == 1:
            run.total_count += int(body.get("total_count", 0))
        batch = body.get("items") or []
        items += batch
        if len(batch) < PER_PAGE:
            break
        page += 1
    return items


async def _search_page(
    session: GitHubSession, query: str, page: int, run: _Run, pages: list[int]
) -> dict[str, Any] | None:
    """One page of results, asked twice when GitHub's search timed out with an empty page although it
    counts more results (`incomplete_results: true`); None when the query must stop here."""
    params: dict[str, str | int] = {"q": query, "sort": "followers", "order": "desc", "per_page": PER_PAGE}
    for attempt in range(2):
        if pages[0] <= 0:
            run.note("budget: search pages reserved for enrichment are spent")
            return None
        pages[0] -= 1
        try:
            response = await session.get("/search/users", {**params, "page": page})
        except StopWork as stop:
            run.stopped(stop)
            return None
        except GitHubRequestError as exc:  # a 422 on one query must not sink the others
            run.note(f"query rejected ({exc}): {query}", "rejected")
            return None
        body: dict[str, Any] = response.json()
        if not body.get("incomplete_results"):
            return body
        skipped = (page - 1) * PER_PAGE
        if body.get("items") or int(body.get("total_count", 0)) <= skipped:
            run.note(f"GitHub search timed out and returned incomplete_results for: {query}")
            return body
        if attempt:
            run.note(f"GitHub search timed out twice with an empty page {page} for: {query}", "transient")
    return None


def _merge(result_lists: list[list[dict[str, Any]]]) -> list[_Hit]:
    """Round-robin merge (each query gets its best users in early), deduplicated by login;
    users found by more queries move ahead."""
    hits: dict[str, _Hit] = {}
    for rank in range(max((len(r) for r in result_lists), default=0)):
        for results in result_lists:
            if rank >= len(results):
                continue
            item = results[rank]
            if item.get("type", "User") != "User":
                continue
            login = item["login"]
            if login in hits:
                hits[login].queries += 1
            else:
                hits[login] = _Hit(login, item.get("node_id", ""))
    ordered = list(hits.values())
    ordered.sort(key=lambda h: -h.queries)  # stable: keeps round-robin order among equals
    return ordered


async def _enrich_batch(session: GitHubSession, batch: list[_Hit], run: _Run) -> list[Candidate]:
    """Enrich one batch; a batch GitHub keeps failing on (a GraphQL timeout) is split in halves and
    each half asked alone, so one bad batch never costs the users of the others."""
    repos = session.config.repos_per_user
    try:
        body = await session.graphql(
            ENRICH_USERS_QUERY,
            {"ids": [h.node_id for h in batch], "repos": repos},
            estimated_cost=estimate_enrich_cost(len(batch), repos),
        )
    except StopWork as stop:
        if stop.problem == "transient" and len(batch) > MIN_BATCH:
            half = len(batch) // 2
            halves = (batch[:half], batch[half:])
            parts = await _gather([_enrich_batch(session, part, run) for part in halves])
            return [c for part in parts for c in part]
        run.stopped(stop)
        return []
    nodes = (body.get("data") or {}).get("nodes") or []
    return [c for c in map(candidate_from_graphql, nodes) if c is not None]


async def _enrich_rest_one(session: GitHubSession, hit: _Hit, run: _Run) -> Candidate | None:
    try:
        user = (await session.get(f"/users/{hit.login}")).json()
        repos = (
            await session.get(
                f"/users/{hit.login}/repos", {"type": "owner", "sort": "pushed", "per_page": PER_PAGE}
            )
        ).json()
    except StopWork as stop:
        run.stopped(stop)
        return None
    except GitHubRequestError as exc:  # 404: deleted or renamed since the search; one user, not the run
        if exc.status != 404:
            run.note(f"a user could not be read ({exc})")
        return None
    return candidate_from_rest(user, repos, max_repos=session.config.repos_per_user)


async def _gather[T](tasks: list[Awaitable[T]]) -> list[T]:
    """Run tasks together; on the first real error, cancel the rest and raise it as is
    (callers and the state machine match on the class, not on an ExceptionGroup)."""
    try:
        async with asyncio.TaskGroup() as group:
            running = [group.create_task(_awaitable(t)) for t in tasks]
    except ExceptionGroup as errors:
        raise errors.exceptions[0] from None
    return [t.result() for t in running]


async def _awaitable[T](awaitable: Awaitable[T]) -> T:
    return await awaitable


async def search_github(
    requirement: JobRequirement,
    *,
    max_candidates: int = 50,
    budget: SearchBudget | None = None,
    config: GitHubConfig | None = None,
    sleep: Sleep = asyncio.sleep,
    transport: httpx.AsyncBaseTransport | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> SearchResult:
    """Search GitHub for developers matching `requirement` and enrich up to `max_candidates`.

    Returns partial results with metadata.incomplete=True (and the reason) when the budget, rate
    limits or failures stop part of the work. A run that finds nobody because of GitHub never returns
    an empty result: it raises GitHubRateLimited (rate limits), GitHubUnavailable (5xx, timeouts,
    GraphQL errors without data, timed-out searches; both retried by the state machine) or
    GitHubRequestError (every query rejected). GitHubAuthError on a rejected token.
    """
    config = config or GitHubConfig()
    budget = budget or SearchBudget()
    started = clock()
    run = _Run()
    anonymous = not config.token
    to_enrich = min(max_candidates, config.anonymous_max_users) if anonymous else max_candidates
    queries = build_queries(requirement, wanted=max_candidates)

    async with GitHubSession(config, budget, sleep=sleep, transport=transport) as session:
        # Keep calls for enrichment: 1 per batch with GraphQL, 2 per user through REST.
        enrich_calls = 2 * to_enrich if anonymous else math.ceil(to_enrich / config.users_per_batch)
        pages = [max(len(queries), budget.max_api_calls - enrich_calls)]
        target = math.ceil(max_candidates * OVERFETCH / len(queries))
        found = await _gather([_search_one(session, q, target, run, pages) for q in queries])
        hits = _merge(found)
        chosen = hits[:to_enrich]
        if anonymous and len(hits) > to_enrich and max_candidates > to_enrich:
            run.note(
                f"anonymous mode (no GitHub token): enriched {to_enrich} users through REST; "
                "set the token to enrich up to max_candidates in GraphQL batches"
            )
        if anonymous:
            enriched = await _gather([_enrich_rest_one(session, h, run) for h in chosen])
            candidates = [c for c in enriched if c is not None]
        else:
            size = config.users_per_batch
            batches = [chosen[i : i + size] for i in range(0, len(chosen), size)]
            parts = await _gather([_enrich_batch(session, b, run) for b in batches])
            candidates = [c for part in parts for c in part]

    if not candidates and (error := run.outcome_error()) is not None:
        raise error
    return SearchResult(
        candidates=candidates,
        metadata=SearchMetadata(
            queries=queries,
            api_calls=session.api_calls,
            graphql_points=session.graphql_points,
            rate_limit_remaining=session.rate_limit_remaining,
            total_count=run.total_count,
            incomplete=bool(run.notes),
            incomplete_reason="; ".join(run.notes) or None,
            duration_ms=round((clock() - started) * 1000),
        ),
    )

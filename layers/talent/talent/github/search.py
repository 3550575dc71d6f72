"""search_github: find GitHub developers for a job requirement and read their public work.

Design: a search plan (talent.github.plan) of REST user searches (languages, places) and GraphQL
repository searches (owners of repositories tagged with a key technology) runs step by step until the
pool is full; searches only collect logins and node ids. The pool, up to twice the candidates asked
for, is then enriched in GraphQL batches of 100 users (about 13 points each) with up to 100 own
repositories per user, so ranking sees a developer's whole public work. Without a token GraphQL is
unavailable: a bounded number of users is enriched through REST (2 calls each) and the result says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import httpx

from talent.github.cache import GitHubCache
from talent.github.config import GitHubConfig, SearchBudget
from talent.github.errors import GitHubRateLimited, GitHubRequestError, GitHubUnavailable
from talent.github.http import RESOURCE_LIMITS_EXCEEDED, GitHubSession, Sleep, StopWork
from talent.github.limiter import Limiter
from talent.github.plan import PlannedSearch, PlannedStep, plan_search
from talent.github.profiles import candidate_from_graphql, candidate_from_rest
from talent.github.queries import (
    ENRICH_USERS_QUERY,
    FIND_REPOSITORIES_QUERY,
    PER_PAGE,
    SEARCH_RESULT_CAP,
    estimate_enrich_cost,
    estimate_find_cost,
)
from talent.models import Candidate, JobRequirement, SearchMetadata, SearchResult, SearchStep
from talent.roles import role_profile

POOL_FACTOR = 4  # people enriched per candidate asked for: ranking picks the best of a larger pool
MIN_POOL = 100
MIN_BATCH = 5  # a batch that keeps timing out is split in halves down to this many users
# The fewest users a failed batch is split down to, by what failed: a query GitHub's resource limits find
# too big down to one user (whose own work alone may exceed them: then that user is noted).
_SMALLEST_BATCH = {"transient": MIN_BATCH, "too_big": 1}
_Problem = Literal["rate_limited", "transient", "rejected", "too_big"]


@dataclass(slots=True)
class _Hit:
    login: str
    node_id: str
    step: int  # the first plan step that found them: earlier steps fit the role better
    searches: int = 1  # how many searches found them: more is a better fit
    topics: dict[str, list[str]] = field(default_factory=dict)  # repositories a search showed


@dataclass(slots=True)
class _Run:
    """What the phases report besides their results."""

    notes: list[str] = field(default_factory=list)
    problems: set[_Problem] = field(default_factory=set)
    retry_after_s: float | None = None
    total_count: int = 0
    steps: list[SearchStep] = field(default_factory=list)
    excluded: frozenset[str] = frozenset()  # lower-cased logins on the do-not-contact list
    left_out: set[str] = field(default_factory=set)  # the excluded the searches found
    cut_short: int = 0  # profiles GitHub's resource limits cut off even when asked for alone

    def listed(self, login: str) -> bool:
        """Whether the login is on the do-not-contact list (then it is counted as left out)."""
        key = login.lower()
        if key in self.excluded:
            self.left_out.add(key)
            return True
        return False

    def note(self, reason: str, problem: _Problem | None = None) -> None:
        if reason not in self.notes:
            self.notes.append(reason)
        if problem:
            self.problems.add(problem)

    def stopped(self, stop: StopWork) -> None:
        self.note(stop.reason, stop.problem)
        if stop.problem == "rate_limited" and stop.wait_s is not None:
            self.retry_after_s = max(self.retry_after_s or 0.0, stop.wait_s)

    def note_cut_short(self) -> None:
        """Say how many profiles GitHub's resource limits kept from the run (once enrichment is done)."""
        if self.cut_short:
            self.note(
                f"GitHub's resource limits cut {self.cut_short} profile(s) out of its answers even when "
                "asked for one at a time: left out, or read in part",
                "too_big",
            )

    def outcome_error(self) -> Exception | None:
        """Why a run that found nobody must not complete as "nobody matched", if it must not."""
        reason = "; ".join(self.notes)
        if "rate_limited" in self.problems:
            return GitHubRateLimited(
                f"GitHub rate limits left no candidates: {reason}", retry_after_s=self.retry_after_s
            )
        if self.problems & {"transient", "too_big"}:  # resource limits hold GitHub's load, as 5xx do
            return GitHubUnavailable(f"GitHub failed and no candidates were found: {reason}")
        if "rejected" in self.problems:
            return GitHubRequestError(422, f"every search was rejected and nobody was found: {reason}")
        return None


# (login, node id, repositories this search showed with their topics)
type _Found = tuple[str, str, dict[str, list[str]]]


async def _search_users(
    session: GitHubSession, search: PlannedSearch, target: int, run: _Run, pages: list[int]
) -> list[_Found]:
    """Up to `target` users for one query, paging 100 at a time; `pages` is the shared page budget."""
    found: list[_Found] = []
    page = 1
    while len(found) < target and page * PER_PAGE <= SEARCH_RESULT_CAP:
        body = await _search_page(session, search.query, page, run, pages)
        if body is None:
            break
        if page == 1:
            run.total_count += int(body.get("total_count", 0))
        items = [i for i in body.get("items") or [] if i.get("type", "User") == "User"]
        found += [(i["login"], i.get("node_id", ""), {}) for i in items]
        if _last_page(body, page):
            break
        page += 1
    return found


def _last_page(body: dict[str, Any], page: int) -> bool:
    """Whether search page `page` (its body) ends the query: a short page does, unless GitHub's search
    timed out on it (`incomplete_results`: it holds only the matches found before the timeout) while
    `total_count` says more pages follow within the 1,000 results GitHub serves."""
    if len(body.get("items") or []) >= PER_PAGE:
        return False
    served = min(int(body.get("total_count", 0)), SEARCH_RESULT_CAP)
    return not (body.get("incomplete_results") and page * PER_PAGE < served)


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


async def _search_repositories(session: GitHubSession, search: PlannedSearch, run: _Run) -> list[_Found]:
    """Owners (users only) of the repositories a GraphQL repository search finds, best first."""
    result = await _find_repositories(session, search, run)
    if result is None:
        return []
    run.total_count += int(result.get("repositoryCount") or 0)
    return [_owner(repo) for repo in result.get("nodes") or [] if _owned_by_a_user(repo)]


async def _find_repositories(
    session: GitHubSession, search: PlannedSearch, run: _Run
) -> dict[str, Any] | None:
    """GraphQL `search` for one repository query, from the shared cache when another run asked it
    within the hour; None when GitHub refused it (noted on `run`)."""
    cache = session.cache
    result = await cache.found(search.query) if cache is not None else None
    if result is not None:
        return result
    try:
        body = await session.graphql(
            FIND_REPOSITORIES_QUERY, {"q": search.query}, estimated_cost=estimate_find_cost()
        )
    except (StopWork, GitHubRequestError) as exc:
        await _refused(cache, search.query, run, exc)
        return None
    return await _answered(cache, search.query, run, body)


async def _answered(cache: GitHubCache | None, query: str, run: _Run, body: dict[str, Any]) -> dict[str, Any]:
    """The `search` GitHub answered: stored for other runs when whole, noted when its resource limits
    cut it short (repositories null beside RESOURCE_LIMITS_EXCEEDED)."""
    found: dict[str, Any] = (body.get("data") or {}).get("search") or {}
    errors = [e for e in body.get("errors") or [] if isinstance(e, dict)]
    if any(e.get("type") == RESOURCE_LIMITS_EXCEEDED for e in errors):
        run.note(f"GitHub's resource limits cut a repository search short: {query}")
    if cache is not None:
        await (cache.found_in_vain(query) if errors else cache.put_found(query, found))
    return found


async def _refused(
    cache: GitHubCache | None, query: str, run: _Run, refusal: StopWork | GitHubRequestError
) -> None:
    """Note why a repository search got no answer; other runs may ask it again at once."""
    if cache is not None:
        await cache.found_in_vain(query)
    if isinstance(refusal, StopWork):
        run.stopped(refusal)
    else:
        run.note(f"query rejected ({refusal}): {query}", "rejected")


def _owned_by_a_user(repo: dict[str, Any] | None) -> bool:
    owner = (repo or {}).get("owner") or {}
    return owner.get("__typename") == "User" and bool(owner.get("login"))


def _owner(repo: dict[str, Any]) -> _Found:
    """(login, node id, {repository: its topics}) of a repository's owner."""
    owner = repo["owner"]
    topics = [t["topic"]["name"] for t in (repo.get("repositoryTopics") or {}).get("nodes") or [] if t]
    return owner["login"], owner.get("id", ""), {repo["name"]: topics}


def _merge(hits: dict[str, _Hit], results: list[list[_Found]], step: int) -> int:
    """Add a step's results round-robin (each search gets its best people in early); returns how many
    people are new. Someone found again counts one more search and keeps their first step."""
    new = 0
    for rank in range(max((len(r) for r in results), default=0)):
        for found in results:
            if rank >= len(found):
                continue
            login, node_id, topics = found[rank]
            key = login.lower()
            if key in hits:
                hits[key].searches += 1
                hits[key].topics.update(topics)
            else:
                hits[key] = _Hit(login, node_id, step, topics=dict(topics))
                new += 1
    return new


async def _run_step(
    session: GitHubSession, step: PlannedStep, index: int, hits: dict[str, _Hit], run: _Run, pool: int,
    pages: list[int],
) -> None:  # fmt: skip
    users = sum(1 for s in step.searches if s.kind == "users")
    per_search = min(SEARCH_RESULT_CAP, math.ceil(max(pool - len(hits), 1) / max(users, 1)))
    results = await _gather(
        [
            _search_users(session, s, per_search, run, pages)
            if s.kind == "users"
            else _search_repositories(session, s, run)
            for s in step.searches
        ]
    )
    results = [[found for found in result if not run.listed(found[0])] for result in results]
    added = _merge(hits, results, index)
    run.steps.append(
        SearchStep(
            name=step.name,
            searches=[s.query for s in step.searches],
            reasons=[s.reason for s in step.searches],
            found=added,
        )
    )


async def _enrich_batch(session: GitHubSession, batch: list[_Hit], run: _Run) -> list[Candidate]:
    """Enrich one batch. A batch GitHub keeps failing on (a GraphQL timeout) or finds too big (its
    resource limits, data: null) is split in halves and each half asked alone, so one bad batch never
    costs the users of the others; people a partial answer cut off are asked again (`_ask_again`)."""
    try:
        body = await session.graphql(
            ENRICH_USERS_QUERY,
            {"ids": [h.node_id for h in batch]},
            estimated_cost=estimate_enrich_cost(len(batch)),
        )
    except StopWork as stop:
        if len(batch) > _SMALLEST_BATCH.get(stop.problem or "", len(batch)):
            return await _enrich_halves(session, batch, run)
        if stop.problem == "too_big":
            run.cut_short += len(batch)  # one user over the limits: noted, not a reason per user
        else:
            run.stopped(stop)
        return []
    nodes = (body.get("data") or {}).get("nodes") or []
    cut = _cut_off(body.get("errors"), len(nodes))
    await _store_users(session, batch, nodes, cut)
    found = _candidates(batch, nodes)
    if not cut:
        return found
    again = await _ask_again(session, [batch[i] for i in sorted(cut)], len(batch), run)
    # A profile read again replaces the one cut short, where the first answer held one.
    return list({c.login.lower(): c for c in [*found, *again]}.values())


async def _enrich_halves(session: GitHubSession, batch: list[_Hit], run: _Run) -> list[Candidate]:
    half = len(batch) // 2
    parts = await _gather([_enrich_batch(session, part, run) for part in (batch[:half], batch[half:])])
    return [c for part in parts for c in part]


async def _ask_again(session: GitHubSession, cut: list[_Hit], asked: int, run: _Run) -> list[Candidate]:
    """The people GitHub cut off an answer about `asked` users, asked for again fewer at a time: by
    themselves when others came through, else in halves. One who is cut off even alone is counted
    (`_Run.cut_short`), never dropped as if deleted."""
    if len(cut) < asked:
        return await _enrich_batch(session, cut, run)
    if len(cut) > 1:
        return await _enrich_halves(session, cut, run)
    run.cut_short += 1
    return []


def _cut_off(errors: Any, count: int) -> set[int]:
    """Indexes into an answer's `count` nodes that an error other than NOT_FOUND (a deleted user) names by
    its path (["nodes", i, "repositories"] for RESOURCE_LIMITS_EXCEEDED): null, or read only in part,
    because GitHub's resource limits cut them off; a smaller batch can read them."""
    named = (_node_index(e) for e in errors or [] if isinstance(e, dict) and e.get("type") != "NOT_FOUND")
    return {index for index in named if index is not None and 0 <= index < count}


def _node_index(error: dict[str, Any]) -> int | None:
    path = error.get("path")
    if isinstance(path, list) and len(path) > 1 and path[0] == "nodes" and isinstance(path[1], int):
        return path[1]
    return None


async def _store_users(
    session: GitHubSession, batch: list[_Hit], nodes: list[dict[str, Any] | None], cut: set[int]
) -> None:
    """Keep the profiles GitHub answered in full in the shared cache (for a day), never those cut short."""
    if session.cache is None:
        return
    found = {
        hit.node_id: node
        for index, (hit, node) in enumerate(zip(batch, nodes, strict=False))
        if node and node.get("login") and index not in cut
    }
    await session.cache.put_users(found)


def _candidates(batch: list[_Hit], nodes: list[dict[str, Any] | None]) -> list[Candidate]:
    topics = {h.login.lower(): h.topics for h in batch}
    return [
        c
        for node in nodes
        if (c := candidate_from_graphql(node, topics.get(str((node or {}).get("login", "")).lower())))
    ]


async def _enrich_once(
    session: GitHubSession, batch: list[_Hit], run: _Run, known: dict[str, dict[str, Any]]
) -> list[Candidate]:
    """One batch, asked of GitHub by one run only: a run that finds another asking for the same people
    (the same job description started twice) waits for it and reads them from the cache."""
    cache = session.cache
    if cache is None:
        return await _enrich_batch(session, batch, run)
    ids = [h.node_id for h in batch]  # the claim names the whole batch, whatever part is cached already
    await cache.claim_users(ids)
    # Read again once the claim is ours or the other run is done: a run that stored this batch and gave
    # its claim up before we claimed it leaves nothing to ask.
    known.update(await cache.users(h.node_id for h in batch if h.node_id not in known))
    missing = [h for h in batch if h.node_id not in known]
    if not missing:
        return []
    try:
        return await _enrich_batch(session, missing, run)
    finally:
        await cache.users_done(ids)


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
    return candidate_from_rest(user, repos)


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


@contextlib.asynccontextmanager
async def _claims_released(cache: GitHubCache | None) -> AsyncIterator[None]:
    """Whatever happens to the run, no claim of it outlives it."""
    try:
        yield
    finally:
        if cache is not None:
            await cache.release()


def pool_size(max_candidates: int) -> int:
    """How many people to enrich for `max_candidates`: a larger pool lets ranking pick the best."""
    return max(max_candidates, min(POOL_FACTOR * max_candidates, max_candidates + 250), MIN_POOL)


async def _enrich(session: GitHubSession, chosen: list[_Hit], run: _Run, anonymous: bool) -> list[Candidate]:
    if anonymous:
        enriched = await _gather([_enrich_rest_one(session, h, run) for h in chosen])
        return [c for c in enriched if c is not None]
    known: dict[str, dict[str, Any]] = {}
    if session.cache is not None:  # people another run read within the day: no GitHub call for them
        known = await session.cache.users(h.node_id for h in chosen)
    # Batches cut from the chosen list, not from those missing: runs of one job description choose the
    # same people, so they claim the same batches even when one of them already stored part of them.
    size = session.config.users_per_batch
    batches = [chosen[i : i + size] for i in range(0, len(chosen), size)]
    wanted = [b for b in batches if any(h.node_id not in known for h in b)]
    parts = await _gather([_enrich_once(session, b, run, known) for b in wanted])
    fetched = {c.login.lower(): c for part in parts for c in part}
    stored = {c.login.lower(): c for c in _candidates(chosen, [known.get(h.node_id) for h in chosen])}
    # In the order the plan found them, whichever way each was read.
    return [c for h in chosen if (c := fetched.get(h.login.lower()) or stored.get(h.login.lower()))]


async def search_github(
    requirement: JobRequirement,
    *,
    max_candidates: int = 50,
    budget: SearchBudget | None = None,
    config: GitHubConfig | None = None,
    sleep: Sleep = asyncio.sleep,
    transport: httpx.AsyncBaseTransport | None = None,
    clock: Callable[[], float] = time.monotonic,
    today: date | None = None,
    limiter: Limiter | None = None,
    cache: GitHubCache | None = None,
    excluded_logins: frozenset[str] = frozenset(),
) -> SearchResult:
    """Search GitHub for developers matching `requirement` and enrich a pool of them for ranking.

    Returns up to pool_size(max_candidates) candidates (ranking keeps the best max_candidates), in
    the order the plan found them, with partial results and metadata.incomplete=True (and the reason)
    when the budget, rate limits or failures stop part of the work. A run that finds nobody because of
    GitHub never returns an empty result: it raises GitHubRateLimited (rate limits), GitHubUnavailable
    (5xx, timeouts, GraphQL errors without data, timed-out searches, GraphQL resource limits; both
    retried by the state machine) or GitHubRequestError (every query rejected). GitHubAuthError on a
    rejected token.

    With a `limiter`, every request waits for its turn on the budget all runs share (the token's
    limits), up to config.max_queue_wait_s in all; with a `cache`, answers another run got within
    the hour (searches) or the day (profiles) are reused instead of asked again.

    People whose lower-cased login is in `excluded_logins` (the user's do-not-contact list) are dropped
    as the searches find them: never enriched, never in the pool, so others fill their places;
    metadata.left_out_listed counts them.
    """
    config = config or GitHubConfig()
    budget = budget or SearchBudget()
    started = clock()
    run = _Run(excluded=excluded_logins)
    anonymous = not config.token
    pool = pool_size(max_candidates)
    to_enrich = min(pool, config.anonymous_max_users) if anonymous else pool
    steps = _planned_steps(requirement, anonymous, today or date.today())
    async with (
        GitHubSession(
            config, budget, sleep=sleep, transport=transport, limiter=limiter, cache=cache, clock=clock
        ) as session,
        _claims_released(cache),
    ):
        # Keep calls for enrichment: 1 per batch with GraphQL, 2 per user through REST.
        enrich_calls = 2 * to_enrich if anonymous else math.ceil(to_enrich / config.users_per_batch)
        pages = [max(1, budget.max_api_calls - enrich_calls)]
        hits = await _run_steps(session, steps, run, pool, pages)
        chosen = _choose(hits, to_enrich, pool, anonymous, run)
        candidates = await _enrich(session, chosen, run, anonymous)
        run.note_cut_short()

    if not candidates and (error := run.outcome_error()) is not None:
        raise error
    spent = _Spent(session, cache, limiter, round((clock() - started) * 1000))
    return SearchResult(candidates=candidates, metadata=_metadata(run, candidates, spent))


def _planned_steps(requirement: JobRequirement, anonymous: bool, today: date) -> list[PlannedStep]:
    """The sourcer's plan for `requirement`; without a token (no GraphQL) its user searches only."""
    steps = plan_search(role_profile(requirement), today=today)
    if anonymous:
        steps = [PlannedStep(s.name, tuple(x for x in s.searches if x.kind == "users")) for s in steps]
    return steps


async def _run_steps(
    session: GitHubSession, steps: list[PlannedStep], run: _Run, pool: int, pages: list[int]
) -> dict[str, _Hit]:
    """Everyone the plan's steps find (lower-cased login -> hit), step by step until the pool is full."""
    hits: dict[str, _Hit] = {}
    for index, step in enumerate(steps):
        if step.searches:
            await _run_step(session, step, index, hits, run, pool, pages)
        if len(hits) >= pool:
            break
    return hits


def _choose(hits: dict[str, _Hit], to_enrich: int, pool: int, anonymous: bool, run: _Run) -> list[_Hit]:
    """The people to enrich: earliest step first, then found by more searches (stable within a step)."""
    ordered = sorted(hits.values(), key=lambda h: (h.step, -h.searches))
    if anonymous and len(hits) > to_enrich and pool > to_enrich:
        run.note(
            f"anonymous mode (no GitHub token): enriched {to_enrich} users through REST; "
            "set the token to enrich up to the whole pool in GraphQL batches"
        )
    return ordered[:to_enrich]


@dataclass(frozen=True)
class _Spent:
    """What the search cost: the session's counters, the shared cache's and limiter's, and the time."""

    session: GitHubSession
    cache: GitHubCache | None
    limiter: Limiter | None
    duration_ms: int


def _metadata(run: _Run, candidates: list[Candidate], spent: _Spent) -> SearchMetadata:
    session, cache, limiter = spent.session, spent.cache, spent.limiter
    return SearchMetadata(
        queries=[q for s in run.steps for q in s.searches],
        plan=run.steps,
        profiles_read=len(candidates),
        api_calls=session.api_calls,
        cached=session.cache_hits + (cache.hits if cache is not None else 0),
        not_modified=session.not_modified,
        queue_wait_s=round(limiter.waited_s, 1) if limiter is not None else 0.0,
        graphql_points=session.graphql_points,
        rate_limit_remaining=session.rate_limit_remaining,
        left_out_listed=len(run.left_out),
        total_count=run.total_count,
        incomplete=bool(run.notes),
        incomplete_reason="; ".join(run.notes) or None,
        duration_ms=spent.duration_ms,
    )

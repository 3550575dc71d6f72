"""The four pipeline stages as Step Functions tasks: read the state's keys, call the stage library,
write the large output to S3, return a small summary. Handlers validate the event and call these with
the seconds left in the invocation: each stage runs within its time budget (talent.pipeline.budget) and
keeps its output only while its project exists (talent.pipeline.guard).

Stage libraries are imported on first use, so a handler's cold start loads only what its stage needs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from talent.jd.reading import run_requirement
from talent.pipeline.budget import time_budget
from talent.pipeline.contracts import (
    OutreachInput,
    OutreachOutput,
    ParsedRun,
    RankInput,
    RankOutput,
    RunInput,
    SearchInput,
    SearchOutput,
    StageTiming,
)
from talent.pipeline.guard import put_while_run_goes_on
from talent.pipeline.progress import note_github_wait, recorded
from talent.pipeline.registry import StageName
from talent.pipeline.storage import (
    CANDIDATES,
    OUTREACH,
    RANKED,
    CandidatesDocument,
    OutreachDocument,
    RankedDocument,
    get_document,
    object_key,
)
from talent.pipeline.transient import retried_when_transient
from talent.settings import GitHubSearchSettings, get_settings

if TYPE_CHECKING:
    from talent.github import GitHubConfig

# What search_github may spend sleeping on rate limits is capped so that it returns partial results
# before the Lambda timeout instead of being killed: remaining time minus this margin.
SEARCH_TIME_MARGIN_S = 30.0


@dataclass
class _Clock:
    started: float
    duration_ms: int = 0
    # attributes the stage's end records on the project item (talent.pipeline.progress.recorded)
    recorded: dict[str, Any] = field(default_factory=dict)


@contextmanager
def _timed() -> Iterator[_Clock]:
    clock = _Clock(time.perf_counter())
    yield clock
    clock.duration_ms = round((time.perf_counter() - clock.started) * 1000)


@contextmanager
def _running(stage: StageName, project_id: str, time_left_s: float | None) -> Iterator[_Clock]:
    """The block as stage `stage` of the project: recorded on the item, within its budget, timed."""
    with recorded(project_id, stage) as at_end, time_budget(stage, time_left_s), _timed() as clock:
        yield clock
        at_end.update(clock.recorded)


@retried_when_transient
def parse_stage(run: RunInput, *, time_left_s: float | None = None) -> ParsedRun:
    with _running("parse_jd", run.project_id, time_left_s) as clock:
        requirement = run_requirement(run.job_description_text, run.requirement_set)
        clock.recorded["title"] = requirement.title
    return ParsedRun(
        project_id=run.project_id,
        user_id=run.user_id,
        max_candidates=run.max_candidates,
        top_n=run.top_n,
        requirement=requirement,
        parse_jd=StageTiming(duration_ms=clock.duration_ms),
    )


def _shared_github(config: GitHubConfig, on_wait: Callable[[float], None]) -> tuple[Any, Any]:
    """The limiter and cache every run shares (GitHubTable), or (None, None) without a table."""
    settings = get_settings(GitHubSearchSettings)
    if not settings.github_table:
        return None, None
    from talent.aws import client
    from talent.github.cache import GitHubCache
    from talent.github.limiter import Limiter, Rates
    from talent.github.store import GitHubStore

    store = GitHubStore(client("dynamodb"), settings.github_table)
    rates = Rates.per(
        settings.github_search_per_minute,
        settings.github_graphql_points_per_hour,
        settings.github_core_per_hour,
    )
    tokens: list[str | None] = [*config.tokens] or [config.token]
    limiter = Limiter(store, config.api_url, tokens, rates, on_wait=on_wait)
    return limiter, GitHubCache(store, config.api_url)


@retried_when_transient
def search_stage(
    request: SearchInput,
    *,
    time_left_s: float | None = None,
    on_wait: Callable[[float], None] = lambda _seconds: None,
) -> SearchOutput:
    """`on_wait(seconds)` hears when the run must wait that long for its turn on the GitHub budget (the
    project item records it too, for the status)."""
    import asyncio

    from talent.github import GitHubConfig, load_tokens, search_github
    from talent.github.traced import github_transport

    def waiting(seconds: float) -> None:
        note_github_wait(request.project_id, seconds)
        on_wait(seconds)

    with _running("search_github", request.project_id, time_left_s) as clock:
        settings = get_settings(GitHubSearchSettings)
        secret_id = settings.github_token_secret_id
        defaults = GitHubConfig()
        wait_cap, queue_cap = defaults.max_total_wait_s, defaults.max_queue_wait_s
        if time_left_s is not None:
            wait_cap = max(0.0, min(wait_cap, time_left_s - SEARCH_TIME_MARGIN_S))
            queue_cap = max(0.0, time_left_s - SEARCH_TIME_MARGIN_S)
        tokens = load_tokens(secret_id)
        config = GitHubConfig(
            token=tokens[0] if tokens else None,
            tokens=tuple(tokens),
            token_source=f"secret {secret_id}",
            max_total_wait_s=wait_cap,
            max_queue_wait_s=queue_cap,
            backoff_base_s=settings.github_backoff_base_s,
            secondary_wait_s=settings.github_secondary_wait_s,
        )
        limiter, cache = _shared_github(config, waiting)
        result = asyncio.run(
            search_github(
                request.requirement,
                max_candidates=request.max_candidates,
                config=config,
                transport=github_transport(),
                limiter=limiter,
                cache=cache,
                excluded_logins=_listed(request.user_id),
            )
        )
        key = object_key(request.project_id, CANDIDATES)
        put_while_run_goes_on(
            request.project_id,
            key,
            CandidatesDocument(project_id=request.project_id, candidates=result.candidates),
        )
    return SearchOutput(
        candidates_key=key,
        candidate_count=len(result.candidates),
        metadata=result.metadata,
        duration_ms=clock.duration_ms,
    )


def _listed(user_id: str | None) -> frozenset[str]:
    """The user's do-not-contact list, which the search leaves out (none for an execution started
    before the search was given the user's id: the later stages leave the listed out then)."""
    from talent.suppressions import suppressed_logins

    return frozenset(suppressed_logins(user_id)) if user_id else frozenset()


@retried_when_transient
def rank_stage(request: RankInput, *, time_left_s: float | None = None) -> RankOutput:
    from talent.ranking import rank_candidates

    with _running("rank_candidates", request.project_id, time_left_s) as clock:
        document = get_document(request.candidates_key, CandidatesDocument)
        _same_project(request.project_id, document.project_id)
        ranked = rank_candidates(document.candidates, request.requirement, limit=request.max_candidates)
        key = object_key(request.project_id, RANKED)
        put_while_run_goes_on(
            request.project_id, key, RankedDocument(project_id=request.project_id, ranked=ranked)
        )
    return RankOutput(ranked_key=key, ranked_count=len(ranked), duration_ms=clock.duration_ms)


@retried_when_transient
def outreach_stage(request: OutreachInput, *, time_left_s: float | None = None) -> OutreachOutput:
    from talent.outreach import generate_outreach_batch
    from talent.suppressions import suppressed_logins

    with _running("generate_outreach", request.project_id, time_left_s) as clock:
        document = get_document(request.ranked_key, RankedDocument)
        _same_project(request.project_id, document.project_id)
        # People on the do-not-contact list are left out, not skipped: the top n are drafted among the
        # others, and SaveResults stores none of them (talent.erasure).
        suppressed = suppressed_logins(request.user_id)
        others = [entry for entry in document.ranked if entry.candidate.login.lower() not in suppressed]
        # Drafts for the top n, but nobody screened out (no evidence for the core skills, outside the
        # role's area, years without a push): they stay ranked, and their places are not handed down.
        best = sorted(others, key=lambda entry: entry.rank)[: request.top_n]
        shortlist = [entry for entry in best if entry.screened_out is None and not entry.outside_area]
        messages = generate_outreach_batch(
            shortlist, request.requirement, request.top_n, suppressed_logins=suppressed
        )
        key = object_key(request.project_id, OUTREACH)
        put_while_run_goes_on(
            request.project_id, key, OutreachDocument(project_id=request.project_id, messages=messages)
        )
    return OutreachOutput(
        outreach_key=key,
        draft_count=sum(not message.suppressed for message in messages),
        suppressed_count=len(document.ranked) - len(others),
        duration_ms=clock.duration_ms,
    )


def _same_project(expected: str, found: str) -> None:
    if expected != found:
        raise ValueError("The stage document belongs to another project")

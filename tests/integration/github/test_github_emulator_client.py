"""search_github against the offline emulator over real HTTP on loopback, with each fault."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import httpx
import pytest

from talent.github import (
    GitHubAuthError,
    GitHubConfig,
    GitHubRateLimited,
    SearchBudget,
    estimate_enrich_cost,
    search_github,
)
from talent.github.search import pool_size
from talent.models import JobRequirement, SearchResult
from talent_local.github_emulator import EmulatorHandle, Limits, start_emulator

pytestmark = pytest.mark.integration

PYTHON = JobRequirement(title="Python developer", required_skills=["Python"])
PY_GO = JobRequirement(title="Backend", seniority="mid", required_skills=["Python", "Go"])


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def run(github: EmulatorHandle, requirement: JobRequirement = PYTHON, **kwargs: Any) -> SearchResult:
    config = kwargs.pop("config", None) or GitHubConfig(api_url=github.url, token="emulator-token")
    return asyncio.run(
        search_github(requirement, config=config, sleep=kwargs.pop("sleep", Sleeps()), **kwargs)
    )


def test_finds_and_enriches_a_pool_in_few_calls(github: EmulatorHandle) -> None:
    result = run(github, PY_GO, max_candidates=50)
    meta = result.metadata
    assert len(result.candidates) == pool_size(50) == 200
    assert not meta.incomplete
    enrich_calls = github.calls("/graphql")
    assert enrich_calls == 2  # 100 users per call
    assert meta.api_calls == len(github.requests) == github.calls("/search/users") + enrich_calls
    assert meta.graphql_points == 2 * estimate_enrich_cost(100)
    assert meta.rate_limit_remaining == 5000 - meta.graphql_points
    corpus = github.app.corpus.by_login
    for candidate in result.candidates:
        user = corpus[candidate.login.lower()]
        assert candidate.followers == user.followers
        assert candidate.name == user.name
        assert {"python", "go", "jupyter notebook"} & user.own_languages
        own = {r.name for r in user.repos if not r.fork}
        assert {r.name for r in candidate.repos} <= own  # forks never count as their work
        assert candidate.language_share
        assert abs(sum(candidate.language_share.values()) - 1) < 0.02


def test_anonymous_mode_uses_rest_and_says_so(github: EmulatorHandle) -> None:
    result = run(github, config=GitHubConfig(api_url=github.url, token=None), max_candidates=30)
    assert len(result.candidates) == 10
    assert github.calls("/graphql") == 0
    assert github.calls("/users/") == 20
    assert result.metadata.incomplete
    assert not any(log.authenticated for log in github.requests)


def test_429_retry_after_is_honoured(github: EmulatorHandle) -> None:
    github.inject("rate_limit_429", times=1, retry_after=4)
    sleeps = Sleeps()
    result = run(github, sleep=sleeps)
    assert sleeps.calls == [4.0]
    assert result.candidates
    assert not result.metadata.incomplete
    assert [log.status for log in github.requests][:2] == [429, 200]


def test_secondary_403_backs_off_at_least_a_minute(github: EmulatorHandle) -> None:
    github.inject("secondary_403", times=1, path="/graphql")
    sleeps = Sleeps()
    result = run(github, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 1
    assert sleeps.calls[0] >= 60
    assert len(result.candidates) == pool_size(20)


def test_graphql_rate_limited_payload_waits_for_reset(github: EmulatorHandle) -> None:
    github.inject("graphql_rate_limited", times=1, reset_in=5)
    sleeps = Sleeps()
    result = run(github, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 1
    assert 4 <= sleeps.calls[0] <= 7
    assert github.calls("/graphql") == 2
    assert len(result.candidates) == pool_size(20)


def test_graphql_rate_limit_type_waits_for_reset_too(github: EmulatorHandle) -> None:
    github.inject("graphql_rate_limit_type", times=1, reset_in=5)  # type RATE_LIMIT, recorded
    sleeps = Sleeps()
    result = run(github, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 1
    assert 4 <= sleeps.calls[0] <= 7
    assert [log.status for log in github.requests if log.path == "/graphql"] == [200, 200]
    assert len(result.candidates) == pool_size(20)


def test_graphql_rate_limit_beyond_the_wait_bound_raises(github: EmulatorHandle) -> None:
    github.inject("graphql_rate_limited", times=5, reset_in=3600)
    with pytest.raises(GitHubRateLimited):
        run(github, max_candidates=20)


@pytest.mark.parametrize(("partial", "enrich_calls"), [(True, 2), (False, 3)])
def test_a_batch_over_the_resource_limits_is_asked_again_smaller_and_loses_nobody(
    github: EmulatorHandle, partial: bool, enrich_calls: int
) -> None:
    # partial: the last user of the batch is cut off and asked for alone; data: null: the batch in halves
    github.inject("resource_limits", times=1, partial=partial)
    result = run(github, max_candidates=20)
    assert len(result.candidates) == pool_size(20)
    assert not result.metadata.incomplete, result.metadata.incomplete_reason
    assert github.calls("/graphql", operation="EnrichUsers") == enrich_calls


def test_502_is_retried(github: EmulatorHandle) -> None:
    github.inject("bad_gateway", times=2)
    sleeps = Sleeps()
    result = run(github, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 2
    assert len(result.candidates) == pool_size(20)
    assert not result.metadata.incomplete


def test_incomplete_results_marks_the_result_incomplete(github: EmulatorHandle) -> None:
    github.inject("incomplete_results", times=1)
    result = run(github, max_candidates=100)
    assert result.metadata.incomplete
    assert "incomplete_results" in (result.metadata.incomplete_reason or "")
    assert result.candidates


def test_slow_responses_time_out_and_are_retried(github: EmulatorHandle) -> None:
    # A timeout well above a normal answer's time even on a loaded CI machine (a 1 s timeout saw 27
    # normal answers time out there), so only the slow answer times out.
    github.inject("slow", times=1, delay_ms=15000, path="/graphql")
    config = GitHubConfig(api_url=github.url, token="t", read_timeout_s=6.0)
    sleeps = Sleeps()
    result = run(github, config=config, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 1
    assert len(result.candidates) == pool_size(20)


def test_unauthorized_raises_auth_error(github: EmulatorHandle) -> None:
    github.inject("unauthorized", times=1)
    with pytest.raises(GitHubAuthError, match="GITHUB_TOKEN"):
        run(github)
    assert len(github.requests) == 1


def test_exhausted_search_limit_still_enriches_what_was_found() -> None:
    with start_emulator(limits=Limits(search=1)) as github:
        config = GitHubConfig(api_url=github.url, token="t", concurrency=1, max_total_wait_s=10)
        result = run(github, PY_GO, config=config, max_candidates=40)
    assert result.candidates
    assert result.metadata.incomplete
    assert "rate limited" in (result.metadata.incomplete_reason or "")
    assert [log.status for log in github.requests if log.path == "/search/users"][:2] == [200, 403]


def test_point_budget_is_respected(github: EmulatorHandle) -> None:
    config = GitHubConfig(api_url=github.url, token="t", concurrency=1)
    result = run(github, config=config, max_candidates=100, budget=SearchBudget(max_graphql_points=30))
    assert result.metadata.graphql_points <= 30
    assert len(result.candidates) == 200  # two of the four batches of 100 fit in 30 points
    assert result.metadata.incomplete


def test_configured_cap_matches_githubs_1000_rule() -> None:
    with start_emulator(result_cap=50) as github:
        params: dict[str, str | int] = {"q": "type:user", "per_page": 50, "page": 2}
        response = httpx.get(f"{github.url}/search/users", params=params)
    assert response.status_code == 422
    assert "Only the first 50" in response.json()["message"]


def test_client_and_emulator_agree_on_point_cost(github: EmulatorHandle) -> None:
    for per_batch in (1, 20, 50, 100):
        github.reset()
        config = replace(GitHubConfig(api_url=github.url, token="t"), users_per_batch=per_batch)
        result = run(github, config=config, max_candidates=1, budget=SearchBudget(max_graphql_points=500))
        batches = -(-len(result.candidates) // per_batch)
        sizes = [per_batch] * (batches - 1) + [len(result.candidates) - per_batch * (batches - 1)]
        assert result.metadata.graphql_points == sum(estimate_enrich_cost(n) for n in sizes), per_batch

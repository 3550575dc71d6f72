"""search_github against the offline emulator over real HTTP on loopback, with each fault."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date
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
from talent.github.queries import created_ranges
from talent.models import JobRequirement, SearchHints, SearchResult
from talent_local.github_emulator import EmulatorHandle, Limits, start_emulator

pytestmark = pytest.mark.integration

PYTHON = JobRequirement(title="Python developer", search=SearchHints(languages=["Python"]))
PY_GO = JobRequirement(title="Backend", seniority="mid", search=SearchHints(languages=["Python", "Go"]))


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


def test_finds_and_enriches_candidates_in_few_calls(github: EmulatorHandle) -> None:
    result = run(github, PY_GO, max_candidates=50)
    meta = result.metadata
    assert len(result.candidates) == 50
    assert not meta.incomplete
    assert github.calls("/search/users") == 2
    assert github.calls("/graphql") == 3
    assert meta.api_calls == len(github.requests) == 5  # the client counts what the server saw
    assert meta.graphql_points == 10
    assert meta.rate_limit_remaining == 5000 - 10
    corpus = github.app.corpus.by_login
    for candidate in result.candidates:
        user = corpus[candidate.login.lower()]
        assert candidate.followers == user.followers
        assert candidate.name == user.name
        assert {"python", "go"} & user.own_languages
        assert not any(r.name == repo.name and r.fork for repo in candidate.repos for r in user.repos)
        assert candidate.language_share
        assert abs(sum(candidate.language_share.values()) - 1) < 0.02
        stars = [r.stars for r in candidate.repos]
        assert stars == sorted(stars, reverse=True)


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
    assert len(result.candidates) == 50
    assert not result.metadata.incomplete
    assert [log.status for log in github.requests][:2] == [429, 200]


def test_secondary_403_backs_off_at_least_a_minute(github: EmulatorHandle) -> None:
    github.inject("secondary_403", times=1, path="/graphql")
    sleeps = Sleeps()
    result = run(github, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 1
    assert sleeps.calls[0] >= 60
    assert len(result.candidates) == 20


def test_graphql_rate_limited_payload_waits_for_reset(github: EmulatorHandle) -> None:
    github.inject("graphql_rate_limited", times=1, reset_in=5)
    sleeps = Sleeps()
    result = run(github, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 1
    assert 4 <= sleeps.calls[0] <= 7
    assert github.calls("/graphql") == 2
    assert len(result.candidates) == 20


def test_graphql_rate_limit_beyond_the_wait_bound_raises(github: EmulatorHandle) -> None:
    github.inject("graphql_rate_limited", times=5, reset_in=3600)
    with pytest.raises(GitHubRateLimited):
        run(github, max_candidates=20)


def test_502_is_retried(github: EmulatorHandle) -> None:
    github.inject("bad_gateway", times=2)
    sleeps = Sleeps()
    result = run(github, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 2
    assert len(result.candidates) == 20
    assert not result.metadata.incomplete


def test_incomplete_results_marks_the_result_incomplete(github: EmulatorHandle) -> None:
    github.inject("incomplete_results", times=1)
    result = run(github, max_candidates=100)
    assert result.metadata.incomplete
    assert "incomplete_results" in (result.metadata.incomplete_reason or "")
    assert 0 < len(result.candidates) < 100


def test_slow_responses_time_out_and_are_retried(github: EmulatorHandle) -> None:
    github.inject("slow", times=1, delay_ms=800, path="/graphql")
    config = GitHubConfig(api_url=github.url, token="t", read_timeout_s=0.3)
    sleeps = Sleeps()
    result = run(github, config=config, sleep=sleeps, max_candidates=20)
    assert len(sleeps.calls) == 1
    assert len(result.candidates) == 20


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
    assert [log.status for log in github.requests if log.path == "/search/users"] == [200, 403]


def test_point_budget_is_respected(github: EmulatorHandle) -> None:
    config = GitHubConfig(api_url=github.url, token="t", concurrency=1)
    result = run(github, config=config, max_candidates=100, budget=SearchBudget(max_graphql_points=10))
    assert result.metadata.graphql_points <= 10
    assert len(result.candidates) == 40
    assert result.metadata.incomplete


def test_created_ranges_partition_a_query(github: EmulatorHandle) -> None:
    """What build_queries splits by `created:` covers the base query exactly once."""
    base = "type:user repos:>=1"

    def total(q: str) -> int:
        response = httpx.get(
            f"{github.url}/search/users", params={"q": q}, headers={"Authorization": "Bearer t"}
        )
        return int(response.json()["total_count"])

    parts = [total(f"{base} created:{r}") for r in created_ranges(4, date.today())]
    assert all(parts)
    assert sum(parts) == total(base)


def test_configured_cap_matches_githubs_1000_rule() -> None:
    with start_emulator(result_cap=50) as github:
        params: dict[str, str | int] = {"q": "type:user", "per_page": 50, "page": 2}
        response = httpx.get(f"{github.url}/search/users", params=params)
    assert response.status_code == 422
    assert "Only the first 50" in response.json()["message"]


def test_client_and_emulator_agree_on_point_cost(github: EmulatorHandle) -> None:
    for per_batch, repos in [(1, 1), (20, 10), (25, 10), (50, 20), (100, 5)]:
        github.reset()
        config = replace(
            GitHubConfig(api_url=github.url, token="t"), users_per_batch=per_batch, repos_per_user=repos
        )
        result = run(
            github, config=config, max_candidates=per_batch, budget=SearchBudget(max_graphql_points=500)
        )
        assert result.metadata.graphql_points == estimate_enrich_cost(per_batch, repos), (per_batch, repos)

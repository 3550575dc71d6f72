"""The emulator's GraphQL rate limit reports the points actually left: GitHub refuses a query costing
more than the points left with RATE_LIMITED while `x-ratelimit-remaining` still counts them
(octokit/plugin-throttling.js issue #632 and PR #636, test/retry.test.ts "should retry based on response
body, not header"; githubkit/graphql/__init__.py: "x-ratelimit-remaining may not be 0, ignore it").
The client's side: tests/unit/github/test_graphql_rate_limited_remaining_nonzero.py.
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from talent.github import ENRICH_USERS_QUERY, GitHubConfig, search_github
from talent.github.search import pool_size
from talent.models import JobRequirement
from talent_local.github_emulator import EmulatorHandle, Limits, start_emulator

pytestmark = pytest.mark.integration
PYTHON = JobRequirement(title="Python developer", required_skills=["Python"])


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def test_emulator_reports_the_points_actually_left_on_rate_limited() -> None:
    # 100 ids with 100 repositories each cost 13 points; the bucket holds 10.
    with start_emulator(limits=Limits(graphql=10)) as github:
        ids = [f"MDQ6VXNlcj{i:04d}" for i in range(100)]
        response = httpx.post(
            f"{github.url}/graphql",
            json={"query": ENRICH_USERS_QUERY, "variables": {"ids": ids}},
            headers={"Authorization": "Bearer emulator-token"},
        )
    assert json.loads(response.text)["errors"][0]["type"] == "RATE_LIMITED"
    # Before, the emulator always sent "0", so the client's reset-only-when-0 rule was never exercised.
    assert response.headers["x-ratelimit-remaining"] == "10"


def test_a_rate_limited_fault_with_points_left_is_waited_out_until_the_reset(github: EmulatorHandle) -> None:
    github.inject("graphql_rate_limited", times=1, reset_in=5, remaining=3)
    sleeps = Sleeps()
    config = GitHubConfig(api_url=github.url, token="emulator-token")
    result = asyncio.run(search_github(PYTHON, config=config, sleep=sleeps, max_candidates=20))
    assert len(sleeps.calls) == 1
    assert 4 <= sleeps.calls[0] <= 7  # the reset, not the secondary limit's guessed minute
    assert github.calls("/graphql") == 2
    assert len(result.candidates) == pool_size(20)

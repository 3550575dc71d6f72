"""GitHub answers a GraphQL query whose cost is above the points left with RATE_LIMITED while
`x-ratelimit-remaining` is NOT 0 (it still holds the few points the query could not use); the wait
is until `x-ratelimit-reset`.

Real shape: octokit/plugin-throttling.js issue #632 and PR #636 (test/retry.test.ts, "should retry
based on response body, not header"): status 200, headers `x-ratelimit-remaining: 1`,
`x-ratelimit-reset: <epoch>`, body `{"errors":[{"type":"RATE_LIMITED"}]}`; octokit then waits until
the reset. githubkit (githubkit/graphql/__init__.py: "x-ratelimit-remaining may not be 0, ignore it")
does the same. The emulator's side: tests/integration/github/test_emulator_graphql_rate_limited_headers.py.
"""

from __future__ import annotations

import asyncio
import time
from datetime import date

import httpx
import pytest

from talent.github import GitHubConfig, GitHubRateLimited, search_github
from talent.models import JobRequirement
from tests.unit.github.github_fakes import FakeGitHub, Sleeps

CONFIG = GitHubConfig(api_url="https://github.test", token="ghp_test", backoff_base_s=1.0)
PY = JobRequirement(title="Backend Engineer", required_skills=["Python"])
LIMITED = {"errors": [{"type": "RATE_LIMITED", "message": "API rate limit already exceeded for user ID 1."}]}


def test_rate_limited_with_points_left_waits_for_the_reset_not_a_guessed_minute() -> None:
    fake, sleeps = FakeGitHub(), Sleeps()
    reset_in = 1800  # the hour's points come back in 30 minutes
    headers = {
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "3",  # 3 points left, the query costs more
        "x-ratelimit-reset": str(int(time.time()) + reset_in),
        "x-ratelimit-resource": "graphql",
    }
    fake.add("/graphql", *[lambda _r: httpx.Response(200, json=LIMITED, headers=headers)] * 5)

    with pytest.raises(GitHubRateLimited) as caught:
        asyncio.run(
            search_github(
                PY, config=CONFIG, transport=httpx.MockTransport(fake), sleep=sleeps, today=date(2025, 11, 1)
            )
        )
    # Before: slept [~60] (the no-header secondary guess), asked again, and reported "retry after 120 s";
    # the recruiter was told to run again "in about 2 minutes" and the shared limiter was pushed back 60 s.
    assert sleeps.calls == []  # 30 minutes is beyond max_total_wait_s: stop at once
    assert caught.value.retry_after_s is not None
    assert caught.value.retry_after_s >= reset_in - 5


def test_a_rest_403_saying_api_rate_limit_exceeded_waits_for_the_reset_whatever_remaining_says() -> None:
    fake, sleeps = FakeGitHub(), Sleeps()
    headers = {"x-ratelimit-remaining": "2", "x-ratelimit-reset": str(int(time.time()) + 20)}
    body = {
        "message": "API rate limit exceeded for user ID 1.",
        "documentation_url": "https://docs.github.com/rest",
    }
    fake.add("/search/users", lambda _r: httpx.Response(403, json=body, headers=headers))

    result = asyncio.run(
        search_github(
            PY, config=CONFIG, transport=httpx.MockTransport(fake), sleep=sleeps, today=date(2025, 11, 1)
        )
    )
    assert len(sleeps.calls) == 1
    assert 19 <= sleeps.calls[0] <= 22  # before: 60-66 s, the secondary limit's guess
    assert [c.login for c in result.candidates] == ["ada", "bob", "cy"]

"""GitHub's GraphQL API also reports an exhausted rate limit as `type: "RATE_LIMIT"` (with
`code: "graphql_rate_limit"`), not only the documented `RATE_LIMITED`.

Real shape (HTTP 200), quoted from yanyongyu/githubkit issue #271 (2026-01-08) and the two bodies in
octokit/plugin-throttling.js issue #824 / PR #848; GitHub's own Enterprise Importer treats
`errors[0].type == "RATE_LIMIT"` as a rate limit (github/gh-gei, src/Octoshift/Services/GithubClient.cs,
IsGraphQLSecondaryRateLimit); the emulator's recorded answer `graphql_rate_limit_type`:

    {"errors":[{"type":"RATE_LIMIT","code":"graphql_rate_limit",
                "message":"API rate limit already exceeded for user ID xxxxx."}]}
"""

from __future__ import annotations

import asyncio
import time
from datetime import date

import httpx

from talent.github import GitHubConfig, search_github
from talent.models import JobRequirement, SearchResult
from talent_local.github_emulator.recorded import recorded
from tests.unit.github.github_fakes import FakeGitHub, Sleeps

CONFIG = GitHubConfig(api_url="https://github.test", token="ghp_test", backoff_base_s=1.0)
PY = JobRequirement(title="Backend Engineer", required_skills=["Python"])
RATE_LIMIT = recorded("graphql_rate_limit_type").json_body()


def run(fake: FakeGitHub, sleeps: Sleeps, requirement: JobRequirement = PY) -> SearchResult:
    return asyncio.run(
        search_github(
            requirement,
            config=CONFIG,
            transport=httpx.MockTransport(fake),
            sleep=sleeps,
            today=date(2025, 11, 1),
        )
    )


def limited(_request: httpx.Request) -> httpx.Response:
    reset = str(int(time.time()) + 20)
    headers = {"x-ratelimit-remaining": "0", "x-ratelimit-reset": reset, "x-ratelimit-resource": "graphql"}
    return httpx.Response(200, json=RATE_LIMIT, headers=headers)


def test_graphql_rate_limit_type_is_waited_out_not_a_refused_request() -> None:
    fake, sleeps = FakeGitHub(), Sleeps()
    fake.add("/graphql", limited)

    # Before: GitHubRequestError("GitHub answered 200 (GraphQL errors RATE_LIMIT)") escaped search_github;
    # the state machine does not retry it and the recruiter was told to "check the skills and locations".
    result = run(fake, sleeps)
    assert len(sleeps.calls) == 1
    assert 19 <= sleeps.calls[0] <= 22  # waited until the reset
    assert [c.login for c in result.candidates] == ["ada", "bob", "cy"]


def test_a_rate_limited_repository_search_is_waited_out_not_recorded_as_a_rejected_query() -> None:
    fake, sleeps = FakeGitHub(), Sleeps()
    fake.owners_by_topic = {"django": ["quiet-dev"]}
    fake.add("/graphql", limited)  # the core step's FindRepositories is the first GraphQL call

    result = run(fake, sleeps, JobRequirement(title="Backend Engineer", required_skills=["Python", "Django"]))
    # Before: noted "query rejected" (the "rejected" problem) and the tagged owners were lost.
    assert len(sleeps.calls) == 1
    assert 19 <= sleeps.calls[0] <= 22
    assert "quiet-dev" in {c.login for c in result.candidates}
    assert not result.metadata.incomplete, result.metadata.incomplete_reason


def test_a_graphql_answer_saying_only_secondary_rate_limit_waits_at_least_a_minute() -> None:
    # GitHub's secondary-limit wording in a 200 without a type (third-party fixtures): before, it was read as
    # a timeout and asked again after 1-2 s, which a secondary limit answers with the same refusal.
    fake, sleeps = FakeGitHub(), Sleeps()
    body = {"errors": [{"message": recorded("secondary_403").json_body()["message"]}]}
    fake.add("/graphql", lambda _request: httpx.Response(200, json=body))

    result = run(fake, sleeps)
    assert len(sleeps.calls) == 1
    assert 60 <= sleeps.calls[0] <= 66
    assert [c.login for c in result.candidates] == ["ada", "bob", "cy"]

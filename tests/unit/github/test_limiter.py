"""The shared GitHub limiter on DynamoDB (in-process moto): every run's turns together stay within the
token's limits, whichever window GitHub counts in; several tokens add up; GitHub's own word wins."""

from __future__ import annotations

import asyncio
import bisect
import random
import time as wall_clock
from datetime import date
from typing import Any

import httpx
import pytest

from talent.github import GitHubAuthError, GitHubConfig, GitHubRateLimited, search_github
from talent.github import config as config_module
from talent.github.limiter import Limiter, Rate, Rates, WaitTooLong, fingerprint
from talent.github.store import GitHubStore
from talent.models import JobRequirement
from talent_local.github_emulator.recorded import recorded
from tests.unit.another_build import ClientOfAnotherBuild
from tests.unit.github.github_fakes import FakeGitHub, Sleeps

API = "https://api.github.example"


class VirtualTime:
    """A clock that only moves when someone sleeps: runs see their turns without real waiting."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def limiter(store: GitHubStore, time: VirtualTime, tokens: list[str | None], **kwargs: Any) -> Limiter:
    return Limiter(store, API, tokens, Rates(), clock=time.clock, sleep=time.sleep, **kwargs)


def most_in_any_window(moments: list[float], window_s: float) -> int:
    ordered = sorted(moments)
    return max(bisect.bisect_left(ordered, t + window_s) - i for i, t in enumerate(ordered))


def test_runs_sharing_a_token_never_exceed_the_search_limit_in_any_minute(store: GitHubStore) -> None:
    time = VirtualTime()
    runs = [limiter(store, time, ["ghp_shared"]) for _ in range(4)]  # four Lambdas, one token
    sent: list[float] = []
    for turn in range(120):
        asyncio.run(runs[turn % 4].take("search", 1, max_wait_s=3600))
        sent.append(time.now)

    assert most_in_any_window(sent, 60.0) <= 30  # GitHub's limit, wherever its window starts
    assert sent[-1] - sent[0] < 5 * 60  # and not far below it: 120 searches in under five minutes


def test_graphql_points_are_spent_as_estimated(store: GitHubStore) -> None:
    time = VirtualTime()
    run = limiter(store, time, ["ghp_shared"])
    sent: list[tuple[float, int]] = []
    for _ in range(60):
        asyncio.run(run.take("graphql", 130, max_wait_s=7200))
        sent.append((time.now, 130))

    hour = [points for moment, points in sent if moment < sent[0][0] + 3600]
    assert sum(hour) <= 5000


def test_a_turn_beyond_the_wait_allowed_is_refused_and_reserves_nothing(store: GitHubStore) -> None:
    time = VirtualTime()
    run = limiter(store, time, ["ghp_shared"])
    for _ in range(3):  # the burst goes at once
        asyncio.run(run.take("search", 1, max_wait_s=0))
    interval = Rates().search.interval

    with pytest.raises(WaitTooLong) as refused:
        asyncio.run(run.take("search", 1, max_wait_s=interval / 2))
    with pytest.raises(WaitTooLong) as again:
        asyncio.run(run.take("search", 1, max_wait_s=interval / 2))

    assert refused.value.wait_s == pytest.approx(interval)
    assert again.value.wait_s == pytest.approx(refused.value.wait_s)  # the refusal took no place
    assert time.sleeps == []


def test_a_wait_is_told_before_it_is_slept(store: GitHubStore) -> None:
    time, told = VirtualTime(), list[float]()
    run = limiter(store, time, ["ghp_shared"], on_wait=told.append)
    for _ in range(6):
        asyncio.run(run.take("search", 1, max_wait_s=600))

    assert told == [wait for wait in time.sleeps if wait >= 1.0]
    assert told
    assert run.waited_s == pytest.approx(sum(time.sleeps))


def test_two_tokens_carry_twice_the_searches_each_within_its_own_limit(store: GitHubStore) -> None:
    time = VirtualTime()
    run = limiter(store, time, ["ghp_one", "ghp_two"])
    used: dict[str | None, list[float]] = {"ghp_one": [], "ghp_two": []}
    for _ in range(100):
        token = asyncio.run(run.take("search", 1, max_wait_s=3600))
        used[token].append(time.now)

    assert all(most_in_any_window(moments, 60.0) <= 30 for moments in used.values())
    assert most_in_any_window(used["ghp_one"] + used["ghp_two"], 60.0) > 30  # more than one token could


def test_github_saying_the_token_is_spent_holds_every_run_back_until_then(store: GitHubStore) -> None:
    time = VirtualTime()
    run = limiter(store, time, ["ghp_shared"])
    until = time.now + 40

    asyncio.run(run.spent_until("ghp_shared", "search", until))
    asyncio.run(run.take("search", 1, max_wait_s=600))

    assert time.now >= until


def test_queues_are_named_by_a_hash_never_by_the_token(store: GitHubStore) -> None:
    time = VirtualTime()
    asyncio.run(limiter(store, time, ["ghp_secret_value"]).take("core", 1, max_wait_s=0))

    items = store.client.scan(TableName=store.table)["Items"]
    assert [item["pk"]["S"] for item in items] == [f"LIMIT#{fingerprint(API, 'ghp_secret_value')}#core"]
    assert "ghp_secret_value" not in repr(items)


def test_rate_interval_keeps_burst_and_refill_below_the_limit() -> None:
    rate = Rate(30, 60.0, 3)
    assert rate.burst + rate.window_s / rate.interval < rate.limit
    assert Rates.per(30, 5000, 5000) == Rates.per(30, 5000, 5000)


def test_giving_back_a_turn_to_a_queue_deleted_meanwhile_is_no_error_and_creates_nothing(
    store: GitHubStore,
) -> None:
    key = "LIMIT#gone#search"
    store.reserve(key, 2.0, 1_800_000_000.0, 60.0)
    store.client.delete_item(TableName=store.table, Key={"pk": {"S": key}})  # TTL or forget_github

    store.release(key, 2.0)

    assert "Item" not in store.client.get_item(TableName=store.table, Key={"pk": {"S": key}})


def test_a_failed_condition_is_read_from_its_code_not_the_client_s_exception_class() -> None:
    store = GitHubStore(ClientOfAnotherBuild(), "GitHubTable")
    assert store._set_tat("q", "SET #tat = :start", "#tat < :now", {":start": 1.0, ":now": 0.0}, 60.0) is None
    store.release("q", 1.0)  # a queue gone meanwhile: nothing to give back, no error
    assert store.claim("k", now=0.0, hold_s=30.0) is False


# GitHub's answer to a revoked or expired token, as recorded (the emulator's `unauthorized` fault)
BAD_CREDENTIALS = {
    "message": "Bad credentials",
    "documentation_url": "https://docs.github.com/rest",
    "status": "401",
}


def _search_with(store: GitHubStore, tokens: list[str], dead: set[str], seed: int) -> tuple[str, int]:
    """One run's search over a fake GitHub that answers 401 to the `dead` tokens: its outcome, and how many
    requests carried a dead token."""
    random.seed(seed)
    fake = FakeGitHub(logins_by_language={"Python": [f"dev{i}" for i in range(60)]})
    refused = 0

    def transport(request: httpx.Request) -> httpx.Response:
        nonlocal refused
        if request.headers.get("authorization", "").removeprefix("Bearer ") in dead:
            refused += 1
            return httpx.Response(401, json=BAD_CREDENTIALS)
        return fake(request)

    time = VirtualTime()
    config = GitHubConfig(api_url=API, token=tokens[0], tokens=tuple(tokens))
    role = JobRequirement(title="Backend Engineer", required_skills=["Python"])
    try:
        asyncio.run(
            search_github(role, max_candidates=50, config=config, transport=httpx.MockTransport(transport),
                          sleep=Sleeps(), today=date(2025, 11, 1), limiter=limiter(store, time, list(tokens)))
        )  # fmt: skip
    except GitHubAuthError:
        return "rejected", refused
    return "ok", refused


def test_a_token_github_rejects_is_left_out_and_the_runs_go_on_with_the_others(store: GitHubStore) -> None:
    """An operator's review: one revoked token of four in the secret failed 13 of 20 searches."""
    tokens = ["ghp_good1", "ghp_good2", "ghp_good3", "ghp_revoked"]
    runs = [_search_with(store, tokens, {"ghp_revoked"}, seed) for seed in range(20)]
    assert [outcome for outcome, _ in runs] == ["ok"] * 20
    assert sum(refused for _, refused in runs) == 1  # met once, then this container leaves it out
    assert config_module._refetch is False  # other tokens were left: the secret is not read again


def test_when_github_rejects_every_token_the_run_fails_and_the_secret_is_read_again(
    store: GitHubStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config_module, "_refetch", False)
    tokens = ["ghp_old1", "ghp_old2"]
    assert _search_with(store, tokens, {"ghp_old1", "ghp_old2"}, 7) == ("rejected", 2)
    assert config_module._refetch is True
    # a later run in this container tries them again (the operator may have renewed them), and fails again
    assert _search_with(store, tokens, {"ghp_old1", "ghp_old2"}, 8)[0] == "rejected"
    assert _search_with(store, tokens, set(), 9) == ("ok", 0)


# A spent GraphQL limit as GitHub words it: type RATE_LIMIT (recorded_answers.json, graphql_rate_limit_type),
# and RATE_LIMITED while x-ratelimit-remaining still counts the few points the query could not use
# (octokit/plugin-throttling.js #632).
SPENT_GRAPHQL = [
    pytest.param(recorded("graphql_rate_limit_type").json_body(), "0", id="RATE_LIMIT"),
    pytest.param(
        {"errors": [{"type": "RATE_LIMITED", "message": "API rate limit already exceeded for user ID 1."}]},
        "3",
        id="RATE_LIMITED-3-points-left",
    ),
]


@pytest.mark.parametrize(("body", "remaining"), SPENT_GRAPHQL)
def test_a_graphql_rate_limit_holds_every_run_back_until_githubs_reset(
    store: GitHubStore, body: dict[str, Any], remaining: str
) -> None:
    """A spent GraphQL limit tells the shared limiter until GitHub's reset, so concurrent runs stop
    spending the token."""
    reset_in = 1800
    headers = {
        "x-ratelimit-remaining": remaining,
        "x-ratelimit-reset": str(int(wall_clock.time()) + reset_in),
        "x-ratelimit-resource": "graphql",
    }
    fake = FakeGitHub()
    fake.add("/graphql", *[lambda _request: httpx.Response(200, json=body, headers=headers)] * 5)
    shared = Limiter(store, API, ["ghp_shared"], Rates(), sleep=VirtualTime().sleep)  # GitHub's clock
    config = GitHubConfig(api_url=API, token="ghp_shared", tokens=("ghp_shared",))
    role = JobRequirement(title="Backend Engineer", required_skills=["Python"])

    with pytest.raises(GitHubRateLimited):
        asyncio.run(
            search_github(role, config=config, transport=httpx.MockTransport(fake), sleep=Sleeps(),
                          today=date(2025, 11, 1), limiter=shared)
        )  # fmt: skip
    with pytest.raises(WaitTooLong) as next_run:
        asyncio.run(shared.take("graphql", 13, max_wait_s=0))
    assert next_run.value.wait_s >= reset_in - 10  # not the minute a secondary limit would be guessed at

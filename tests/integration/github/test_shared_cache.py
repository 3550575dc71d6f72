"""search_github with the shared limiter and the cross-run cache (a table of their own on the local
stack's DynamoDB), against the emulator over HTTP: a repeated or close requirement costs (almost) no
GitHub request, a stale search is revalidated with its ETag (304, free), runs started together ask
once, and the table holds only public GitHub answers."""

from __future__ import annotations

import asyncio
import uuid
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from talent.github import GitHubAuthError, GitHubConfig, search_github
from talent.github.cache import SEARCH_FRESH_S, GitHubCache
from talent.github.limiter import Limiter
from talent.github.store import GitHubStore
from talent.models import JobRequirement, SearchResult
from talent_local.github_emulator import EmulatorHandle
from talent_local.stack import TABLE_KEYS, LocalStack
from talent_local.template import Template

pytestmark = pytest.mark.integration

TOKEN = "ghp_emulator_token_for_the_cache_tests"  # the emulator accepts any token
BACKEND = JobRequirement(title="Backend engineer", seniority="senior", required_skills=["Python", "Django"])
CLOSE = JobRequirement(title="Python developer", seniority="mid", required_skills=["Python", "Django"])
WIDER = JobRequirement(title="Backend engineer", required_skills=["Python", "Django", "Go"])


class Shared:
    """The table every run shares, with a clock the test can move forward."""

    def __init__(self, store: GitHubStore, github: EmulatorHandle) -> None:
        self.store = store
        self.github = github
        self.now = 1_800_000_000.0

    def run(self, requirement: JobRequirement) -> SearchResult:
        config = GitHubConfig(api_url=self.github.url, token=TOKEN)
        cache = GitHubCache(self.store, config.api_url, clock=lambda: self.now)
        limiter = Limiter(self.store, config.api_url, [TOKEN])
        return asyncio.run(
            search_github(requirement, max_candidates=30, config=config, limiter=limiter, cache=cache)
        )

    def requests(self) -> int:
        return len(self.github.requests)


def empty_table(store: GitHubStore) -> None:
    for item in store.client.scan(TableName=store.table)["Items"]:
        store.client.delete_item(TableName=store.table, Key={"pk": item["pk"]})


@pytest.fixture
def shared(local_stack: LocalStack, github: EmulatorHandle) -> Iterator[Shared]:
    """A GitHubTable of the test's own (as template.yaml defines it) on the stack's moto server: not
    in-process moto, whose reset would take the session stack's tables with it."""
    dynamodb = local_stack.client("dynamodb")
    table = f"it-github-{uuid.uuid4().hex[:8]}"
    properties = Template().resources["GitHubTable"]["Properties"]
    dynamodb.create_table(
        TableName=table, **{key: properties[key] for key in TABLE_KEYS if key in properties}
    )
    yield Shared(GitHubStore(dynamodb, table), github)
    dynamodb.delete_table(TableName=table)


def test_the_same_requirement_again_asks_github_nothing(shared: Shared) -> None:
    first = shared.run(BACKEND)
    asked = shared.requests()

    again = shared.run(BACKEND)

    assert asked > 0
    assert shared.requests() == asked  # not one more request
    assert again.metadata.api_calls == 0
    assert again.metadata.cached > 0
    assert [c.login for c in again.candidates] == [c.login for c in first.candidates]
    assert again.candidates == first.candidates


def test_a_close_requirement_costs_at_most_a_tenth_of_the_first_run(shared: Shared) -> None:
    shared.run(BACKEND)
    first = shared.requests()

    shared.run(CLOSE)  # another title and seniority, the same skills: the same searches

    assert shared.requests() - first <= first / 10


def test_a_wider_requirement_asks_only_for_what_is_new(shared: Shared) -> None:
    shared.run(BACKEND)
    first = shared.requests()
    shared.github.reset()

    wider = shared.run(WIDER)

    alone = shared.requests()
    assert 0 < alone < first + wider.metadata.api_calls  # the Python and Django searches came from the cache
    assert wider.metadata.cached > 0


def test_a_stale_search_is_revalidated_with_its_etag_and_the_304_is_free(shared: Shared) -> None:
    shared.run(BACKEND)
    searches = shared.github.calls("/search/")
    shared.github.reset()
    shared.now += SEARCH_FRESH_S + 60  # an hour later: searches are stale, profiles still fresh

    again = shared.run(BACKEND)

    revalidated = [log for log in shared.github.requests if log.path.startswith("/search/")]
    assert [log.status for log in revalidated] == [304] * searches
    assert again.metadata.not_modified == searches
    bucket = shared.github.app.buckets[(TOKEN, "search")]
    assert bucket.used == 0  # a 304 does not count against the search limit
    assert shared.github.calls("/graphql") == 1  # the repository search; every profile came from the cache


def test_the_table_holds_only_public_github_answers(shared: Shared) -> None:
    result = shared.run(BACKEND)

    items: list[dict[str, Any]] = shared.store.client.scan(TableName=shared.store.table)["Items"]
    kinds = {item["pk"]["S"].split("#")[0] for item in items}
    assert kinds == {"LIMIT", "REST", "FIND", "USER", "CLAIM"}
    text = repr(items) + "".join(
        zlib.decompress(item["body"]["B"]).decode() for item in items if "body" in item
    )
    assert TOKEN not in text
    assert all(candidate.login in text for candidate in result.candidates)  # what GitHub shows anyone


def test_runs_started_together_ask_github_once_for_what_they_share(shared: Shared) -> None:
    shared.run(BACKEND)
    alone = shared.requests()
    empty_table(shared.store)  # nothing cached, nothing claimed
    shared.github.reset()

    with ThreadPoolExecutor(max_workers=3) as pool:  # three Lambdas at the same moment
        results = list(pool.map(shared.run, [BACKEND] * 3))

    assert shared.requests() <= alone  # not three times: the others waited for the first one's answers
    assert all(r.candidates == results[0].candidates for r in results)


def test_a_run_that_fails_leaves_no_claim_for_others_to_wait_on(shared: Shared) -> None:
    shared.github.inject("unauthorized", times=1)

    with pytest.raises(GitHubAuthError):
        shared.run(BACKEND)

    items = shared.store.client.scan(TableName=shared.store.table)["Items"]
    claims = [item for item in items if item["pk"]["S"].startswith("CLAIM#")]
    assert claims  # it did claim what it was about to ask for
    assert not [
        claim for claim in claims if shared.store.claimed(claim["pk"]["S"].removeprefix("CLAIM#"), shared.now)
    ]

"""GitHub's GraphQL per-query resource limits (changelog 2025-09-01, "GraphQL API resource limits":
expensive queries "return partial results with errors"; tightened again around 2026-07-16).

Real shape, quoted from yoshi389111/github-profile-3d-contrib issue #163 (2026-07-19); the same
message in backstage/backstage #31437, muesli/markscribe #103, stats-organization/github-stats-extended
#373, anuraghazra/github-readme-stats #4916 (recorded_answers.json, graphql_resource_limits):

    {"data": {"user": null},
     "errors": [{"type": "RESOURCE_LIMITS_EXCEEDED",
                 "path": ["user", "contributionsCollection", "contributionCalendar"],
                 "message": "Resource limits for this query exceeded."}]}

EnrichUsers is exactly the pattern the changelog names (100 users x repositories(first: 100) plus
recent(first: 10) x repositoryTopics(first: 5)). In `nodes(ids:)` ([Node]!) a user whose
`repositories` (RepositoryConnection!) was cut off is nulled, so the answer is partial: some nodes null
beside a RESOURCE_LIMITS_EXCEEDED error; when the cut is above the list, data is null. A smaller batch
asks less of the limits, so the client asks again fewer at a time and says whom it could not read.
"""

from __future__ import annotations

import asyncio
import json
from datetime import date
from typing import Any

import httpx
import pytest

from talent.github import GitHubConfig, GitHubUnavailable, search_github
from talent.github.cache import GitHubCache
from talent.github.store import GitHubStore
from talent.models import JobRequirement, SearchResult
from talent_local.github_emulator.recorded import recorded
from tests.unit.github.github_fakes import FakeGitHub, Responder, Sleeps

CONFIG = GitHubConfig(api_url="https://github.test", token="ghp_test", backoff_base_s=1.0)
PY = JobRequirement(title="Backend Engineer", required_skills=["Python"])
PY_DJANGO = JobRequirement(title="Backend Engineer", required_skills=["Python", "Django"])


def run(
    fake: FakeGitHub, sleeps: Sleeps, requirement: JobRequirement = PY, cache: GitHubCache | None = None
) -> SearchResult:
    return asyncio.run(
        search_github(
            requirement, config=CONFIG, transport=httpx.MockTransport(fake), sleep=sleeps,
            today=date(2025, 11, 1), cache=cache,
        )
    )  # fmt: skip


def exceeded(path: list[str | int]) -> dict[str, Any]:
    """GitHub's RESOURCE_LIMITS_EXCEEDED error, naming `path`."""
    return {**recorded("graphql_resource_limits").json_body()["errors"][0], "path": path}


def cutting(fake: FakeGitHub, login: str, cut: Any = None) -> Responder:
    """A GraphQL responder whose answer cuts `login` off (node null, or `cut(node, index)` for a node cut
    only in part) beside a RESOURCE_LIMITS_EXCEEDED error, every time the user is asked for."""
    original = fake.graphql

    def respond(request: httpx.Request) -> httpx.Response:
        body = original(request).json()
        ids = json.loads(request.content)["variables"]["ids"]
        if f"ID_{login}" in ids:
            index = ids.index(f"ID_{login}")
            nodes = body["data"]["nodes"]
            path = cut(nodes[index], index) if cut else ["nodes", index, "repositories"]
            nodes[index] = nodes[index] if cut else None
            body["errors"] = [exceeded(path)]
        return httpx.Response(200, json=body)

    return respond


def test_a_partial_answer_cut_by_resource_limits_loses_nobody_silently(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    original = fake.graphql

    def cut(request: httpx.Request) -> httpx.Response:
        body = original(request).json()
        last = len(body["data"]["nodes"]) - 1
        body["data"]["nodes"][last] = None  # GitHub ran out of the query's budget on the last user
        body["errors"] = [exceeded(["nodes", last, "repositories"])]
        return httpx.Response(200, json=body)

    fake.add("/graphql", cut)
    result = run(fake, sleeps)
    # Before: ["ada", "bob"], metadata.incomplete False: "cy" was dropped as if deleted, nobody was told,
    # and the batch was not asked again in smaller parts.
    assert [c.login for c in result.candidates] == ["ada", "bob", "cy"]
    assert fake.enrich_calls() == [["ID_ada", "ID_bob", "ID_cy"], ["ID_cy"]]  # the one cut off, alone
    assert not result.metadata.incomplete, result.metadata.incomplete_reason


def test_resource_limits_without_data_is_not_a_refused_request(fake: FakeGitHub, sleeps: Sleeps) -> None:
    body = {"data": None, "errors": [exceeded(["nodes"])]}
    fake.add("/graphql", lambda _request: httpx.Response(200, json=body))
    # Before: GitHubRequestError("GitHub answered 200 (GraphQL errors RESOURCE_LIMITS_EXCEEDED)") failed the
    # run for good (not retried; "check the skills and locations"), although a smaller batch would pass.
    result = run(fake, sleeps)
    assert [c.login for c in result.candidates] == ["ada", "bob", "cy"]
    assert sorted(len(ids) for ids in fake.enrich_calls()) == [1, 2, 3]  # split in halves, not asked as is
    assert sleeps.calls == []  # the same query would get the same answer: no waiting to ask it again


def test_someone_cut_off_even_when_asked_for_alone_is_reported_not_dropped_as_deleted(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    fake.graphql = cutting(fake, "bob")  # type: ignore[method-assign,assignment]
    result = run(fake, sleeps)
    assert [c.login for c in result.candidates] == ["ada", "cy"]
    assert fake.enrich_calls() == [["ID_ada", "ID_bob", "ID_cy"], ["ID_bob"]]
    assert result.metadata.incomplete
    assert "resource limits cut 1 profile(s)" in (result.metadata.incomplete_reason or "")


def test_a_deleted_user_beside_one_cut_off_is_not_asked_for_again(fake: FakeGitHub, sleeps: Sleeps) -> None:
    original = fake.graphql

    def answer(request: httpx.Request) -> httpx.Response:
        body = original(request).json()
        body["data"]["nodes"][0] = body["data"]["nodes"][2] = None
        body["errors"] = [
            recorded("graphql_not_found_partial").json_body()["errors"][0],
            exceeded(["nodes", 2]),
        ]
        return httpx.Response(200, json=body)

    fake.add("/graphql", answer)
    result = run(fake, sleeps)
    assert [c.login for c in result.candidates] == ["bob", "cy"]
    assert fake.enrich_calls() == [["ID_ada", "ID_bob", "ID_cy"], ["ID_cy"]]
    assert not result.metadata.incomplete


def cut_first_recent_repository(node: dict[str, Any], index: int) -> list[str | int]:
    # repositoryTopics is a RepositoryTopicConnection!: its null reaches the nullable repository node.
    node["recent"]["nodes"][0] = None
    return ["nodes", index, "recent", "nodes", 0, "repositoryTopics"]


def test_a_profile_cut_only_in_part_is_read_again(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/graphql", cutting(fake, "ada", cut_first_recent_repository))
    ada = next(c for c in run(fake, sleeps).candidates if c.login == "ada")
    assert fake.enrich_calls() == [["ID_ada", "ID_bob", "ID_cy"], ["ID_ada"]]
    assert ada.repos[0].topics == ["python"]  # before: [], the topics GitHub cut off


def test_a_profile_cut_short_is_never_kept_in_the_shared_cache(store: GitHubStore, sleeps: Sleeps) -> None:
    cut = FakeGitHub()
    cut.graphql = cutting(cut, "ada", cut_first_recent_repository)  # type: ignore[method-assign,assignment]
    first = run(cut, sleeps, cache=GitHubCache(store, CONFIG.api_url))
    assert "ada" in {c.login for c in first.candidates}  # read in part, and said so
    assert "read in part" in (first.metadata.incomplete_reason or "")

    whole = FakeGitHub()
    run(whole, sleeps, cache=GitHubCache(store, CONFIG.api_url))
    assert whole.enrich_calls() == [["ID_ada"]]  # the next run reads her again; bob and cy are stored


def test_resource_limits_at_every_size_make_the_run_unavailable_not_refused(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    body = {"data": None, "errors": [exceeded(["nodes"])]}
    fake.add("/graphql", *[lambda _request: httpx.Response(200, json=body)] * 10)
    with pytest.raises(GitHubUnavailable, match="resource limits cut 3 profile"):  # the state machine retries
        run(fake, sleeps)
    assert {tuple(ids) for ids in fake.enrich_calls() if len(ids) == 1} == {
        ("ID_ada",),
        ("ID_bob",),
        ("ID_cy",),
    }


def test_a_repository_search_over_the_resource_limits_is_not_a_rejected_query(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    fake.owners_by_topic = {"django": ["quiet-dev"]}
    body = {"data": None, "errors": [exceeded(["search"])]}
    fake.add("/graphql", lambda _request: httpx.Response(200, json=body))  # the core step's FindRepositories
    result = run(fake, sleeps, PY_DJANGO)
    reason = result.metadata.incomplete_reason or ""
    assert "resource limits" in reason
    assert "query rejected" not in reason  # before: recorded as the "rejected" problem
    assert {"ada", "bob", "cy"} <= {c.login for c in result.candidates}


def test_a_repository_search_cut_short_by_resource_limits_is_reported(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    fake.owners_by_topic = {"django": ["quiet-dev", "other-dev"]}
    original = fake.graphql

    def cut(request: httpx.Request) -> httpx.Response:
        body = original(request).json()
        body["data"]["search"]["nodes"][1] = None
        body["errors"] = [exceeded(["search", "nodes", 1, "repositoryTopics"])]
        return httpx.Response(200, json=body)

    fake.add("/graphql", cut)
    result = run(fake, sleeps, PY_DJANGO)
    assert "quiet-dev" in {c.login for c in result.candidates}
    assert "resource limits cut a repository search short" in (result.metadata.incomplete_reason or "")

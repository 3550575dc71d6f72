"""search_github against httpx.MockTransport: calls, headers, retries, waits, budgets, errors."""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from dataclasses import replace
from datetime import date
from typing import Any

import httpx
import pytest

from talent.github import (
    ENRICH_USERS_QUERY,
    GitHubAuthError,
    GitHubConfig,
    GitHubRateLimited,
    GitHubRequestError,
    GitHubUnavailable,
    SearchBudget,
    search_github,
)
from talent.github.http import GitHubSession, tls_context
from talent.models import JobRequirement, SearchResult
from talent_local.github_emulator.recorded import recorded
from tests.unit.github.github_fakes import FakeGitHub, Sleeps

CONFIG = GitHubConfig(api_url="https://github.test", token="ghp_test", backoff_base_s=1.0)
PY = JobRequirement(title="Backend Engineer", required_skills=["Python"])
PY_GO = JobRequirement(title="Backend Engineer", required_skills=["Python", "Go"])
ANY = PY


def run(
    fake: FakeGitHub,
    requirement: JobRequirement = ANY,
    *,
    sleeps: Sleeps | None = None,
    config: GitHubConfig = CONFIG,
    **kwargs: Any,
) -> SearchResult:
    return asyncio.run(
        search_github(
            requirement,
            config=config,
            transport=httpx.MockTransport(fake),
            sleep=sleeps or Sleeps(),
            today=date(2025, 11, 1),
            **kwargs,
        )
    )


def respond(status: int, body: Any = None, **headers: str) -> Any:
    def responder(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body if body is not None else {"message": "x"}, headers=headers)

    return responder


SECONDARY = {"message": "You have exceeded a secondary rate limit. Please wait a few minutes."}
GRAPHQL_LIMITED = {"errors": [{"type": "RATE_LIMITED", "message": "API rate limit exceeded"}]}


def test_searches_the_plan_then_enriches_the_pool_in_one_graphql_batch(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": ["ada", "bob", "cy"], "Go": ["bob", "dee"]}
    result = run(fake, PY_GO, max_candidates=10)

    # core (Python, Go), relatives (Jupyter Notebook), broader (Python, Go without repos:>=3)
    assert [s.name for s in result.metadata.plan] == ["core", "relatives", "broader"]
    assert fake.calls("/search/users") == 5
    assert fake.enrich_calls() == [["ID_bob", "ID_ada", "ID_dee", "ID_cy"]]  # found twice leads
    assert [c.login for c in result.candidates] == ["bob", "ada", "dee", "cy"]
    meta = result.metadata
    assert meta.queries[:2] == ["type:user repos:>=3 language:Python", "type:user repos:>=3 language:Go"]
    assert meta.plan[0].found == 4
    assert meta.plan[0].reasons[0] == "Python developers"
    assert meta.profiles_read == 4
    assert meta.api_calls == 6
    assert meta.graphql_points == 1
    assert meta.rate_limit_remaining == 4999
    assert not meta.incomplete
    assert meta.incomplete_reason is None

    search = fake.requests[0]
    assert search.url.params["per_page"] == "100"
    assert search.url.params["sort"] == "followers"
    assert search.headers["accept"] == "application/vnd.github+json"
    assert search.headers["x-github-api-version"] == "2022-11-28"
    assert search.headers["authorization"] == "Bearer ghp_test"
    assert search.headers["user-agent"].startswith("talent-pipeline/")
    graphql = json.loads(fake.requests[-1].content)
    assert graphql["query"] == ENRICH_USERS_QUERY


def test_no_query_is_sent_without_a_language_or_a_technology(fake: FakeGitHub) -> None:
    result = run(fake, JobRequirement(title="Engineer", locations=["New York, NY"], remote="onsite"))
    assert fake.requests == []
    assert result.candidates == []
    assert result.metadata.queries == []


def test_owners_of_repositories_tagged_with_a_key_technology_are_candidates(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": ["ada"]}
    fake.owners_by_topic = {"django": ["quiet-dev"]}
    result = run(fake, JobRequirement(title="Backend Engineer", required_skills=["Python", "Django"]))
    assert {c.login for c in result.candidates} == {"ada", "quiet-dev"}
    assert "topic:django fork:false pushed:>2023-11-02 sort:updated" in result.metadata.queries
    quiet = next(c for c in result.candidates if c.login == "quiet-dev")
    assert "django" in {t for r in quiet.repos for t in r.topics} or quiet.repos


def test_people_on_the_do_not_contact_list_are_never_read_and_others_fill_the_pool(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": ["Ada", "bob", "cy", "dee"], "Go": ["bob", "eve"]}
    result = run(fake, PY_GO, max_candidates=10, excluded_logins=frozenset({"ada", "bob"}))
    enriched = [node_id for batch in fake.enrich_calls() for node_id in batch]
    assert not {"ID_Ada", "ID_bob"} & set(enriched)  # their profiles are not even asked for
    assert {c.login for c in result.candidates} == {"cy", "dee", "eve"}
    assert result.metadata.left_out_listed == 2  # "Ada" matched case-insensitively, bob counted once
    assert run(fake, PY_GO, max_candidates=10).metadata.left_out_listed == 0

    fake.logins_by_language = {"Python": [f"user{i}" for i in range(250)]}
    listed = frozenset(f"user{i}" for i in range(10))  # the first ten the search finds
    full = run(fake, max_candidates=45, excluded_logins=listed)
    assert len(full.candidates) == 180  # pool_size(45), filled by the next people found
    assert not listed & {c.login for c in full.candidates}


def test_candidates_are_mapped_from_graphql(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": ["ada"]}
    original = fake.graphql

    def graphql(request: httpx.Request) -> httpx.Response:
        body = original(request).json()
        if "nodes" in body["data"]:
            repos = body["data"]["nodes"][0]["repositories"]["nodes"]
            repos[0]["diskUsage"], repos[1]["diskUsage"] = 300, 100
            repos[1]["primaryLanguage"] = {"name": "Shell"}
            body["data"]["nodes"] += [None, {}]  # a deleted user and an organisation
        return httpx.Response(200, json=body)

    fake.graphql = graphql  # type: ignore[method-assign]
    (ada,) = run(fake).candidates
    assert ada.bio is None  # GitHub's "" becomes None
    assert ada.followers == 12
    assert ada.location == "Berlin"
    assert str(ada.profile_url) == "https://github.com/ada"
    assert ada.language_share == {"Python": 0.75, "Shell": 0.25}  # primary language by disk usage
    assert [r.name for r in ada.repos] == ["ada-repo0", "ada-repo1"]
    assert ada.repos[0].topics == ["python"]
    assert ada.repos[0].size_kb == 300


def test_the_pool_is_enriched_in_batches_of_a_hundred(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": [f"user{i}" for i in range(250)]}
    result = run(fake, max_candidates=45)
    assert len(result.candidates) == 180  # pool_size(45): ranking keeps the best 45
    assert [len(ids) for ids in fake.enrich_calls()] == [100, 80]


def test_pages_through_search_until_the_pool_is_full(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": [f"user{i}" for i in range(500)]}
    result = run(fake, max_candidates=60)
    assert fake.calls("/search/users") == 3  # pool 240 -> pages 1..3 of the first query, then full
    assert len(result.candidates) == 240


def test_429_honours_retry_after(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/search/users", respond(429, SECONDARY, **{"retry-after": "7"}))
    result = run(fake, sleeps=sleeps)
    assert sleeps.calls == [7.0]
    assert len(result.candidates) == 3
    assert not result.metadata.incomplete


def test_secondary_403_without_headers_waits_at_least_a_minute(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/search/users", respond(403, SECONDARY), respond(403, SECONDARY))
    result = run(fake, sleeps=sleeps, config=replace(CONFIG, max_total_wait_s=1000))
    assert len(sleeps.calls) == 2
    assert 60 <= sleeps.calls[0] <= 66
    assert 120 <= sleeps.calls[1] <= 126
    assert len(result.candidates) == 3


def test_primary_403_waits_until_reset(fake: FakeGitHub, sleeps: Sleeps) -> None:
    reset = str(int(time.time()) + 20)
    fake.add("/search/users", respond(403, {"message": "API rate limit exceeded"}, **{
        "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset}))  # fmt: skip
    run(fake, sleeps=sleeps)
    assert len(sleeps.calls) == 1
    assert 19 <= sleeps.calls[0] <= 22


def test_graphql_rate_limited_payload_is_retried(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/graphql", respond(200, GRAPHQL_LIMITED, **{"retry-after": "3"}))
    result = run(fake, sleeps=sleeps)
    assert sleeps.calls == [3.0]
    assert len(fake.enrich_calls()) == 2
    assert len(result.candidates) == 3


def test_rate_limit_beyond_max_wait_returns_partial_results(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.logins_by_language = {"Python": ["ada", "bob"], "Go": ["cy"]}
    reset = str(int(time.time()) + 3000)
    limited = respond(403, {"message": "API rate limit exceeded"}, **{
        "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset})  # fmt: skip
    original = fake.search
    fake.add("/search/users", original, limited)  # the Python query passes, the Go query hits the limit
    result = run(fake, PY_GO, sleeps=sleeps, config=replace(CONFIG, concurrency=1))

    assert sleeps.calls == []  # waiting 50 min is beyond max_total_wait_s: stop at once
    assert [c.login for c in result.candidates] == ["ada", "bob"]
    assert result.metadata.incomplete
    assert result.metadata.incomplete_reason
    assert "rate limited" in result.metadata.incomplete_reason


def test_rate_limit_with_nothing_found_raises_github_rate_limited(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/search/users", *[respond(429, SECONDARY, **{"retry-after": "40"})] * 10)
    with pytest.raises(GitHubRateLimited, match="rate limit") as caught:
        run(fake, sleeps=sleeps, config=replace(CONFIG, max_total_wait_s=100))
    assert type(caught.value).__name__ == "GitHubRateLimited"  # the state machine retries on this name
    assert caught.value.retry_after_s == 40.0
    assert sleeps.calls == [40.0, 40.0]  # a third wait would pass 100 s
    assert sum(sleeps.calls) <= 100


def test_transient_5xx_is_retried_with_backoff(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/graphql", respond(502), respond(503))
    result = run(fake, sleeps=sleeps)
    assert len(result.candidates) == 3
    assert len(sleeps.calls) == 2
    assert 1 <= sleeps.calls[0] <= 2
    assert 2 <= sleeps.calls[1] <= 3


def test_persistent_5xx_is_bounded_and_raises_when_nothing_found(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/search/users", *[respond(502)] * 40)
    with pytest.raises(GitHubUnavailable):
        run(fake, sleeps=sleeps, config=replace(CONFIG, max_retries=3, concurrency=1))
    assert fake.calls("/search/users") == 3 * 4  # three searches, each 1 try + 3 retries


def test_non_json_success_is_treated_as_transient(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/graphql", lambda _request: httpx.Response(200, text="<html>proxy</html>"))
    assert len(run(fake, sleeps=sleeps).candidates) == 3
    assert len(sleeps.calls) == 1


def test_network_errors_are_retried(fake: FakeGitHub, sleeps: Sleeps) -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    fake.add("/graphql", boom)
    assert len(run(fake, sleeps=sleeps).candidates) == 3
    assert len(sleeps.calls) == 1


def test_401_raises_auth_error_naming_the_token_and_does_not_retry(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/search/users", respond(401, {"message": "Bad credentials"}))
    config = replace(CONFIG, token_source="secret talent/github-token")
    with pytest.raises(GitHubAuthError, match=r"token in secret talent/github-token \(401\)"):
        run(fake, sleeps=sleeps, config=config)
    assert fake.calls("/search/users") == 1
    assert sleeps.calls == []


def test_a_rejected_query_does_not_sink_the_others(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": ["ada"], "Go": ["bob"]}
    fake.add("/search/users", respond(422, {"message": "Validation Failed"}))
    result = run(fake, PY_GO, config=replace(CONFIG, concurrency=1))
    assert {c.login for c in result.candidates} == {"ada", "bob"}  # the broader step asks again
    assert result.metadata.incomplete
    assert "query rejected" in (result.metadata.incomplete_reason or "")


def test_incomplete_results_flag_is_reported(fake: FakeGitHub) -> None:
    fake.add("/search/users", respond(200, {"total_count": 9, "incomplete_results": True, "items": [
        {"login": "ada", "node_id": "ID_ada", "type": "User"}]}))  # fmt: skip
    result = run(fake)
    assert [c.login for c in result.candidates][:1] == ["ada"]
    assert result.metadata.incomplete
    assert "incomplete_results" in (result.metadata.incomplete_reason or "")


def test_a_short_incomplete_page_does_not_end_the_query_while_github_counts_more(fake: FakeGitHub) -> None:
    # A search that timed out answers the matches found before the timeout (docs.github.com, "Timeouts and
    # incomplete results"; PyGithub's PaginatedList.testSearchWithIncompleteResults recording).
    fake.logins_by_language = {"Python": [f"user{i}" for i in range(250)]}
    original = fake.search

    def timed_out(request: httpx.Request) -> httpx.Response:
        body = original(request).json()
        body.update(items=body["items"][:40], incomplete_results=True)
        return httpx.Response(200, json=body)

    fake.add("/search/users", timed_out)
    result = run(fake, max_candidates=45)  # a pool of 180
    core = "type:user repos:>=3 language:Python"
    pages = [r.url.params["page"] for r in fake.requests if r.url.params.get("q") == core]
    assert pages == ["1", "2", "3"]  # before: ["1"], the short page taken for the last one
    assert fake.calls("/search/users") == 3  # the core query filled the pool: no broader step
    assert len(result.candidates) == 180
    assert "incomplete_results" in (result.metadata.incomplete_reason or "")


def test_graphql_point_budget_stops_early_with_partial_results(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": [f"user{i}" for i in range(300)]}
    fake.graphql_cost = 13
    config = replace(CONFIG, concurrency=1)
    result = run(fake, max_candidates=70, config=config, budget=SearchBudget(max_graphql_points=20))
    assert len(result.candidates) == 100  # the first batch of 100; the second would pass 20 points
    assert result.metadata.graphql_points == 13
    assert result.metadata.incomplete
    assert "max_graphql_points=20" in (result.metadata.incomplete_reason or "")


def test_api_call_budget_keeps_calls_for_enrichment(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": [f"user{i}" for i in range(1000)]}
    result = run(fake, max_candidates=250, budget=SearchBudget(max_api_calls=8))
    assert result.metadata.api_calls <= 8
    assert len(fake.enrich_calls()) >= 1
    assert len(result.candidates) > 0
    assert result.metadata.incomplete
    assert "budget" in (result.metadata.incomplete_reason or "")


def test_anonymous_mode_enriches_a_bounded_number_of_users_through_rest(fake: FakeGitHub) -> None:
    fake.logins_by_language = {"Python": [f"user{i}" for i in range(30)]}

    def user(request: httpx.Request) -> httpx.Response:
        login = request.url.path.split("/")[2]
        return httpx.Response(200, json={
            "login": login, "html_url": f"https://github.com/{login}", "name": None, "location": None,
            "bio": None, "followers": 3, "created_at": "2019-01-01T00:00:00Z"})  # fmt: skip

    def repos(request: httpx.Request) -> httpx.Response:
        rows = [
            ("a", False, "Go", 300, 1, ["go"]),
            ("b", False, "Python", 100, 9, []),
            ("c", True, "C", 900, 99, []),
        ]
        keys = ("name", "fork", "language", "size", "stargazers_count", "topics")
        return httpx.Response(200, json=[dict(zip(keys, row, strict=True)) for row in rows])

    def route(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/users/"):
            fake.requests.append(request)
            return repos(request) if request.url.path.endswith("/repos") else user(request)
        return fake(request)

    config = replace(CONFIG, token=None, anonymous_max_users=4)
    result = asyncio.run(
        search_github(
            PY, max_candidates=20, config=config, transport=httpx.MockTransport(route), sleep=Sleeps()
        )
    )
    assert len(result.candidates) == 4
    assert fake.calls("/graphql") == 0
    assert all("authorization" not in r.headers for r in fake.requests)
    first = result.candidates[0]
    assert [r.name for r in first.repos] == ["a", "b"]  # forks dropped
    assert first.language_share == {"Go": 0.75, "Python": 0.25}
    assert result.metadata.incomplete
    assert "anonymous mode" in (result.metadata.incomplete_reason or "")


def test_config_reads_the_api_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_API_URL", "http://127.0.0.1:8765")
    assert GitHubConfig().api_url == "http://127.0.0.1:8765"
    monkeypatch.delenv("GITHUB_API_URL")
    assert GitHubConfig().api_url == "https://api.github.com"


# ---------- GitHub's failure shapes, as recorded from the real API ----------
def recorded_response(name: str, status: int | None = None) -> Any:
    answer = recorded(name)
    return respond(status or answer.status, answer.json_body(), **answer.headers)


@pytest.mark.parametrize("status", [200, 502])
def test_a_graphql_timeout_without_data_is_retried(fake: FakeGitHub, sleeps: Sleeps, status: int) -> None:
    fake.add("/graphql", recorded_response("graphql_timeout", status))
    result = run(fake, sleeps=sleeps)
    assert len(result.candidates) == 3
    assert fake.calls("/graphql") == 2
    assert len(sleeps.calls) == 1
    assert not result.metadata.incomplete


def test_a_graphql_timeout_that_persists_raises_github_unavailable(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/graphql", *[recorded_response("graphql_timeout")] * 10)
    with pytest.raises(GitHubUnavailable, match="GraphQL error without data"):
        run(fake, sleeps=sleeps, config=replace(CONFIG, max_retries=2))
    assert fake.calls("/graphql") == 3


def test_a_batch_github_keeps_failing_is_split_and_costs_no_other_batch_its_users(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    fake.logins_by_language = {"Python": [f"user{i}" for i in range(40)]}
    timeout = recorded_response("graphql_timeout")
    original = fake.graphql

    def poisoned(request: httpx.Request) -> httpx.Response:
        # Any batch holding user3 times out on GitHub's side, every time.
        ids = json.loads(request.content)["variables"]["ids"]
        return timeout(request) if "ID_user3" in ids else original(request)

    fake.graphql = poisoned  # type: ignore[method-assign]
    config = replace(CONFIG, users_per_batch=20, max_retries=1, concurrency=1)
    result = run(fake, max_candidates=40, sleeps=sleeps, config=config)

    logins = {c.login for c in result.candidates}
    assert logins == {f"user{i}" for i in range(40)} - {f"user{i}" for i in range(5)}  # 20 -> 10 -> 5
    assert result.metadata.incomplete
    assert "GraphQL error without data" in (result.metadata.incomplete_reason or "")


@pytest.mark.parametrize("name", ["abuse_403", "secondary_403"])
def test_a_secondary_limit_403_on_search_waits_a_minute_and_continues(
    fake: FakeGitHub, sleeps: Sleeps, name: str
) -> None:
    # With the rate headers GitHub sends on every answer: the primary limit's reset is not this wait.
    answer = recorded(name)
    reset = str(int(time.time()) + 40)
    headers = {"x-ratelimit-remaining": "25", "x-ratelimit-reset": reset, "x-ratelimit-resource": "search"}
    fake.add("/search/users", respond(answer.status, answer.json_body(), **headers))
    result = run(fake, sleeps=sleeps)
    assert len(sleeps.calls) == 1
    assert 60 <= sleeps.calls[0] <= 66
    assert len(result.candidates) == 3


def test_an_abuse_403_on_graphql_is_a_rate_limit_not_a_refusal(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/graphql", recorded_response("abuse_403"))
    result = run(fake, sleeps=sleeps)
    assert len(sleeps.calls) == 1
    assert sleeps.calls[0] >= 60
    assert len(result.candidates) == 3


def test_an_abuse_403_that_persists_waits_within_the_budget_then_raises_rate_limited(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    fake.add("/search/users", *[recorded_response("abuse_403")] * 10)
    with pytest.raises(GitHubRateLimited, match="secondary rate limit"):
        run(fake, sleeps=sleeps, config=replace(CONFIG, max_total_wait_s=120))
    assert len(sleeps.calls) == 1  # 60 s, then 120 s more would pass the 120 s budget
    assert sleeps.calls[0] >= 60


def test_an_empty_incomplete_page_is_asked_again_once(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.add("/search/users", recorded_response("incomplete_empty_search"))
    result = run(fake, sleeps=sleeps)
    first, again = fake.requests[:2]
    assert first.url == again.url  # the same page of the same query, once more
    assert len(result.candidates) == 3
    assert not result.metadata.incomplete


def test_an_empty_incomplete_page_twice_with_nobody_found_is_unavailable_not_empty(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    fake.add("/search/users", *[recorded_response("incomplete_empty_search")] * 20)
    with pytest.raises(GitHubUnavailable, match="timed out twice"):
        run(fake, sleeps=sleeps)
    assert fake.calls("/search/users") == 2 * 3  # each of the plan's three searches asked twice


def test_a_partial_graphql_answer_keeps_the_nodes_that_resolved(fake: FakeGitHub) -> None:
    original = fake.graphql

    def partial(request: httpx.Request) -> httpx.Response:
        body = original(request).json()
        body["data"]["nodes"][0] = None
        body["errors"] = recorded("graphql_not_found_partial").json_body()["errors"]
        return httpx.Response(200, json=body)

    fake.add("/graphql", partial)
    result = run(fake)
    assert [c.login for c in result.candidates] == ["bob", "cy"]


def test_a_graphql_error_that_names_its_cause_is_not_retried(fake: FakeGitHub, sleeps: Sleeps) -> None:
    error = {"message": "Field 'nope' doesn't exist on type 'User'", "extensions": {"code": "undefinedField"}}
    invalid = {"errors": [{**error, "locations": [{"line": 3, "column": 5}]}]}
    fake.add("/graphql", respond(200, invalid))
    with pytest.raises(GitHubRequestError, match="GraphQL errors undefinedField"):
        run(fake, sleeps=sleeps)
    assert sleeps.calls == []
    assert fake.calls("/graphql") == 1


def test_every_query_rejected_fails_the_search_instead_of_finding_nobody(fake: FakeGitHub) -> None:
    fake.add("/search/users", *[respond(422, {"message": "Validation Failed"})] * 10)
    with pytest.raises(GitHubRequestError, match="every search was rejected"):
        run(fake)


def test_a_traced_github_request_names_its_route_never_the_login() -> None:
    from talent.tracing import route_of

    assert route_of("/users/ada-lovelace/repos") == "/users/{login}/repos"
    assert route_of("/users/ada") == "/users/{login}"
    assert route_of("/search/users") == "/search/users"
    assert route_of("/graphql") == "/graphql"


def test_every_session_of_a_warm_process_shares_one_verifying_tls_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each search invocation built its own context: loading the CA bundle, about 80 ms of CPU each time.
    bundle_loads: list[object] = []
    load = ssl.SSLContext.load_verify_locations

    def counted(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        bundle_loads.append(args or kwargs)
        load(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counted)
    tls_context.cache_clear()

    async def three_invocations() -> None:
        for _ in range(3):
            async with GitHubSession(CONFIG, SearchBudget()):
                pass

    asyncio.run(three_invocations())
    assert len(bundle_loads) == 1
    assert tls_context().verify_mode == ssl.CERT_REQUIRED
    assert tls_context().check_hostname


# Issue 15 (second round): GitHub's error text reached users verbatim through the search's reasons
# (metadata.github.incomplete_reason) and errors: "API rate limit exceeded for 1.2.3.4", "for user ID 42".
GITHUB_WORDS = ("1.2.3.4", "user ID", "exceeded for", "Please include", "A39E")


def test_a_rate_limit_is_reported_in_our_words_not_githubs(fake: FakeGitHub, sleeps: Sleeps) -> None:
    fake.logins_by_language = {"Python": ["ada", "bob"], "Go": ["cy"]}
    reset = str(int(time.time()) + 3000)
    limited = respond(403, {"message": "API rate limit exceeded for 1.2.3.4."}, **{
        "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset})  # fmt: skip
    fake.add("/search/users", fake.search, limited)
    result = run(fake, PY_GO, sleeps=sleeps, config=replace(CONFIG, concurrency=1))

    reason = result.metadata.incomplete_reason or ""
    assert "rate limited" in reason
    assert "primary rate limit" in reason
    assert not [words for words in GITHUB_WORDS if words in reason], reason


def test_a_rate_limit_error_carries_its_retry_time_not_githubs_text(fake: FakeGitHub, sleeps: Sleeps) -> None:
    limited = respond(403, {"message": "API rate limit exceeded for user ID 42."}, **{
        "x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(time.time()) + 1800)})  # fmt: skip
    fake.add("/search/users", *[limited] * 10)
    with pytest.raises(GitHubRateLimited) as caught:
        run(fake, sleeps=sleeps)
    assert str(caught.value).endswith(f"(retry after {round(caught.value.retry_after_s or 0)} s)")
    assert 1790 <= (caught.value.retry_after_s or 0) <= 1802
    assert not [words for words in GITHUB_WORDS if words in str(caught.value)], str(caught.value)


def test_graphql_failures_are_reported_without_githubs_text(fake: FakeGitHub, sleeps: Sleeps) -> None:
    timeout = {"data": None, "errors": [{"message": "Something went wrong. Please include `A39E:65C2` ..."}]}
    fake.add("/graphql", *[respond(200, timeout)] * 40)
    with pytest.raises(GitHubUnavailable) as caught:
        run(fake, sleeps=sleeps)
    assert "GraphQL error without data" in str(caught.value)
    assert not [words for words in GITHUB_WORDS if words in str(caught.value)], str(caught.value)


def test_a_refused_request_names_its_status_and_graphql_codes_not_githubs_text(
    fake: FakeGitHub, sleeps: Sleeps
) -> None:
    fake.add("/search/users", *[respond(422, {"message": "Validation Failed for user ID 42"})] * 10)
    with pytest.raises(GitHubRequestError, match=r"GitHub answered 422 \(Unprocessable") as caught:
        run(fake)
    assert not [words for words in GITHUB_WORDS if words in str(caught.value)], str(caught.value)

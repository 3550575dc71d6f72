"""The emulator answers like GitHub: REST bodies match GitHub's OpenAPI description, GraphQL
errors and limits behave like GitHub's, and the control endpoint injects faults over HTTP."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest

from talent.github import ENRICH_USERS_QUERY, estimate_enrich_cost
from talent.github.queries import FIND_REPOSITORIES_QUERY
from talent_local.github_emulator import EmulatorHandle

pytestmark = pytest.mark.integration

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "github"
AUTH = {"Authorization": "Bearer t"}


@cache
def openapi() -> Any:
    path = SHARED / "rest-subset.openapi.json"
    if not path.exists():
        pytest.skip(
            f"GitHub's REST description is not at {path.resolve()} (../shared is absent in this clone)"
        )
    from openapi_core import OpenAPI

    return OpenAPI.from_file_path(str(path))


def validate(response: httpx.Response, path_template: str) -> None:
    """Raise if the emulator's answer is not what GitHub documents for this operation."""
    from openapi_core.testing import MockRequest, MockResponse

    request = MockRequest(
        "https://api.github.com", "get", response.request.url.path,
        path_pattern=path_template, args=dict(response.request.url.params),
    )  # fmt: skip
    mock = MockResponse(response.content, status_code=response.status_code, headers=dict(response.headers))
    openapi().validate_response(request, mock)


def test_rest_responses_match_githubs_openapi(github: EmulatorHandle) -> None:
    login = github.app.corpus.users[0].login
    repo = next(u for u in github.app.corpus.users if u.repos)
    checks: list[tuple[str, dict[str, str | int] | None, str]] = [
        ("/search/users", {"q": "type:user language:Python", "per_page": 5}, "/search/users"),
        ("/search/users", {"q": "type:user followers:>=1000000"}, "/search/users"),
        (f"/users/{login}", None, "/users/{username}"),
        (f"/users/{repo.login}/repos", {"per_page": 100, "sort": "pushed"}, "/users/{username}/repos"),
        (f"/repos/{repo.login}/{repo.repos[0].name}/languages", None, "/repos/{owner}/{repo}/languages"),
        ("/rate_limit", None, "/rate_limit"),
        ("/users/no-such-user-anywhere", None, "/users/{username}"),
        ("/search/users", {"q": "type:user created:2020-13-45"}, "/search/users"),
    ]
    statuses = []
    for path, params, template in checks:
        response = httpx.get(github.url + path, params=params, headers=AUTH)
        statuses.append(response.status_code)
        validate(response, template)
    assert statuses == [200, 200, 200, 200, 200, 200, 404, 422]


def test_the_openapi_check_can_fail(github: EmulatorHandle) -> None:
    from openapi_core.testing import MockRequest, MockResponse

    response = httpx.get(f"{github.url}/search/users", params={"q": "type:user"}, headers=AUTH)
    body = response.json()
    del body["items"][0]["node_id"]
    request = MockRequest("https://api.github.com", "get", "/search/users", args={"q": "type:user"})
    with pytest.raises(Exception, match=r"(?i)invalid|schema"):
        openapi().validate_response(request, MockResponse(json.dumps(body).encode(), status_code=200))


def test_every_response_carries_rate_limit_headers(github: EmulatorHandle) -> None:
    first = httpx.get(f"{github.url}/search/users", params={"q": "type:user"}, headers=AUTH)
    second = httpx.get(f"{github.url}/search/users", params={"q": "type:user"}, headers=AUTH)
    anonymous = httpx.get(f"{github.url}/users/{github.app.corpus.users[0].login}")
    assert first.headers["x-ratelimit-limit"] == "30"
    assert first.headers["x-ratelimit-resource"] == "search"
    assert int(second.headers["x-ratelimit-remaining"]) == int(first.headers["x-ratelimit-remaining"]) - 1
    assert anonymous.headers["x-ratelimit-limit"] == "60"
    assert anonymous.headers["x-ratelimit-resource"] == "core"


def test_search_rejects_what_github_rejects(github: EmulatorHandle) -> None:
    def status(q: str, **params: Any) -> int:
        return httpx.get(f"{github.url}/search/users", params={"q": q, **params}, headers=AUTH).status_code

    assert status("type:user") == 200
    assert status("a" * 257) == 422
    assert status("a OR b OR c OR d OR e OR f AND g") == 422
    assert status("type:robot") == 422
    assert status("followers:>=x") == 422
    assert status("") == 422
    assert status("type:user", per_page=100, page=11) == 422  # beyond the 1,000-result cap


def test_search_filters_and_sorts_like_github(github: EmulatorHandle) -> None:
    q = 'type:user language:Python location:"Berlin" followers:>=2 repos:1..50 created:2010-01-01..*'
    body = httpx.get(
        f"{github.url}/search/users", params={"q": q, "sort": "followers", "per_page": 100}
    ).json()
    users = [github.app.corpus.by_login[item["login"].lower()] for item in body["items"]]
    assert users
    assert body["total_count"] == len(users)
    for user in users:
        assert user.type == "User"
        assert "python" in user.own_languages
        assert "berlin" in (user.location or "").lower()
        assert user.followers >= 2
        assert 1 <= len(user.repos) <= 50
        assert user.created_at.year >= 2010
    assert [u.followers for u in users] == sorted((u.followers for u in users), reverse=True)


def graphql(
    github: EmulatorHandle, query: str, variables: dict[str, Any] | None = None, **kw: Any
) -> httpx.Response:
    headers = kw.pop("headers", AUTH)
    return httpx.post(
        f"{github.url}/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )


def test_graphql_needs_a_token(github: EmulatorHandle) -> None:
    assert graphql(github, "{ rateLimit { remaining } }", headers={}).status_code == 401


def test_graphql_reports_unknown_ids_and_logins_like_github(github: EmulatorHandle) -> None:
    user = github.app.corpus.users[0]
    body = graphql(github, ENRICH_USERS_QUERY, {"ids": [user.node_id, "MDQ6VXNlcjk5OTk5OTk="]}).json()
    assert body["data"]["nodes"][0]["login"] == user.login
    assert body["data"]["nodes"][1] is None
    assert body["errors"][0]["type"] == "NOT_FOUND"
    assert body["errors"][0]["path"] == ["nodes", 1]
    missing = graphql(github, '{ user(login: "nobody-at-all") { login } }').json()
    assert missing["data"] == {"user": None}
    assert missing["errors"][0]["type"] == "NOT_FOUND"


def test_graphql_rejects_invalid_and_oversized_queries(github: EmulatorHandle) -> None:
    invalid = graphql(github, "{ viewer { starCount } }").json()
    assert "data" not in invalid
    assert invalid["errors"][0]["message"]
    too_many = graphql(github, '{ user(login: "x") { repositories(first: 101) { nodes { name } } } }').json()
    assert "exceeds the `first` limit" in too_many["errors"][0]["message"]
    unpaged = graphql(github, '{ user(login: "x") { repositories { nodes { name } } } }').json()
    assert "must provide a `first` or `last`" in unpaged["errors"][0]["message"]


def test_graphql_charges_points(github: EmulatorHandle) -> None:
    ids = [u.node_id for u in github.app.corpus.users[:20]]
    body = graphql(github, ENRICH_USERS_QUERY, {"ids": ids}).json()
    assert body["data"]["rateLimit"]["cost"] == estimate_enrich_cost(20) == 3
    assert body["data"]["rateLimit"]["remaining"] == 4997


def test_graphql_takes_at_most_a_hundred_node_ids(github: EmulatorHandle) -> None:
    ids = [u.node_id for u in github.app.corpus.users[:101]]
    body = graphql(github, ENRICH_USERS_QUERY, {"ids": ids}).json()
    assert "data" not in body
    assert body["errors"][0]["message"] == "You may not request more than 100 nodes at once."


def test_resource_limits_answer_in_githubs_recorded_shape(github: EmulatorHandle) -> None:
    ids = [u.node_id for u in github.app.corpus.users[:3]]
    github.inject("resource_limits", times=1)  # it waits for a nodes(ids:) answer: the search stays whole
    search = graphql(github, FIND_REPOSITORIES_QUERY, {"q": "topic:kubernetes fork:false sort:updated"})
    partial = graphql(github, ENRICH_USERS_QUERY, {"ids": ids}).json()
    github.inject("resource_limits", times=1, partial=False)
    without_data = graphql(github, ENRICH_USERS_QUERY, {"ids": ids}).json()

    assert "errors" not in search.json()
    assert [node is None for node in partial["data"]["nodes"]] == [False, False, True]
    message = "Resource limits for this query exceeded."
    assert partial["errors"] == [
        {"type": "RESOURCE_LIMITS_EXCEEDED", "path": ["nodes", 2, "repositories"], "message": message}
    ]
    assert without_data == {
        "data": None,
        "errors": [{"type": "RESOURCE_LIMITS_EXCEEDED", "path": ["nodes"], "message": message}],
    }


def test_graphql_repository_search_finds_owners_by_topic(github: EmulatorHandle) -> None:
    body = graphql(github, FIND_REPOSITORIES_QUERY, {"q": "topic:kubernetes fork:false sort:updated"}).json()
    search = body["data"]["search"]
    assert search["repositoryCount"] > 0
    owners = {n["owner"]["login"].lower() for n in search["nodes"]}
    corpus = github.app.corpus.by_login
    assert owners
    for login in owners:
        assert any("kubernetes" in r.topics and not r.fork for r in corpus[login].repos)
    rejected = graphql(github, FIND_REPOSITORIES_QUERY, {"q": "topic:x bogus:qualifier"}).json()
    assert rejected["errors"]


def test_faults_can_be_injected_over_http(github: EmulatorHandle) -> None:
    added = httpx.post(f"{github.url}/_emulator/faults", json={"kind": "bad_gateway", "times": 2})
    assert added.status_code == 200
    assert added.json()["faults"][0]["kind"] == "bad_gateway"
    statuses = [httpx.get(f"{github.url}/rate_limit").status_code for _ in range(3)]
    assert statuses == [502, 502, 200]
    assert httpx.post(f"{github.url}/_emulator/faults", json={"kind": "nope"}).status_code == 400
    httpx.post(f"{github.url}/_emulator/faults", json={"kind": "rate_limit_429", "times": 5})
    assert httpx.delete(f"{github.url}/_emulator/faults").json() == {"faults": []}
    log = httpx.get(f"{github.url}/_emulator/requests").json()
    assert [entry["status"] for entry in log] == [502, 502, 200]


def test_latency_is_added(github: EmulatorHandle) -> None:
    import time

    github.app.latency_ms = 120
    started = time.perf_counter()
    httpx.get(f"{github.url}/rate_limit")
    assert time.perf_counter() - started >= 0.12

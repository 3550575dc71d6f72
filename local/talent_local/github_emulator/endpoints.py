"""The REST and GraphQL endpoints, answered from the corpus (rate limits and faults are the server's)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from werkzeug.wrappers import Request, Response

from talent_local.github_emulator.corpus import Corpus, Repo, User
from talent_local.github_emulator.graphql_api import GraphQLEngine
from talent_local.github_emulator.limits import RESOURCES, Bucket, RateLimits, graphql_rate_limited
from talent_local.github_emulator.query import QueryError, search_users
from talent_local.github_emulator.responses import DOCS, github_error, json_response, not_found
from talent_local.github_emulator.rest import minimal_repository, public_user, rate_resource, search_item
from talent_local.github_emulator.routing import identity

_REPO_SORT: dict[str, Callable[[Repo], Any]] = {
    "created": lambda r: r.created_at,
    "updated": lambda r: r.pushed_at,
    "pushed": lambda r: r.pushed_at,
    "full_name": lambda r: r.name.lower(),
}


def paging(request: Request) -> tuple[int, int]:
    """`(per_page, page)` as GitHub reads them: per_page 1-100 (default 30), page from 1."""
    per_page = min(max(request.args.get("per_page", 30, type=int) or 30, 1), 100)
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    return per_page, page


def api_root(request: Request) -> str:
    """The API's base URL as the client reached it, for the URLs in answers."""
    return request.host_url.rstrip("/")


def conditional(request: Request, response: Response) -> Response:
    """GitHub's conditional requests: an ETag on every 200; If-None-Match with it gets a 304 without a
    body (which does not count against the rate limit)."""
    if response.status_code != 200:
        return response
    etag = f'W/"{hashlib.sha256(response.get_data()).hexdigest()[:32]}"'
    response.headers["ETag"] = etag
    if etag in request.headers.get("If-None-Match", ""):
        return Response(status=304, headers={"ETag": etag})
    return response


class Endpoints:
    """The REST endpoints by name (`rest[endpoint](request, **path arguments)`), search, rate_limit and
    graphql."""

    def __init__(self, corpus: Corpus, rate_limits: RateLimits, result_cap: int) -> None:
        self.corpus = corpus
        self.users = list(corpus.users)
        self.engine = GraphQLEngine(corpus)
        self.rate_limits = rate_limits
        self.result_cap = result_cap
        self.rest: dict[str, Callable[..., Response]] = {
            "user": self.user,
            "user_repos": self.user_repos,
            "languages": self.languages,
        }

    # ---- REST ----
    def search(self, request: Request, *, incomplete: str | None = None) -> Response:
        """GET /search/users; `incomplete` (a fault kind) answers as a timed-out search: half the items,
        or none for incomplete_empty."""
        try:
            args = request.args
            found = search_users(self.users, args.get("q", ""), args.get("sort"), args.get("order", "desc"))
        except QueryError as exc:
            return _invalid_query(str(exc))
        per_page, page = paging(request)
        start = (page - 1) * per_page
        if start >= self.result_cap:
            return github_error(f"Only the first {self.result_cap} search results are available", 422)
        chunk = found[start : min(start + per_page, self.result_cap)]
        if incomplete:
            chunk = [] if incomplete == "incomplete_empty" else chunk[: len(chunk) // 2]
        api = api_root(request)
        body = {
            "total_count": len(found),
            "incomplete_results": incomplete is not None,
            "items": [search_item(api, u) for u in chunk],
        }
        response = json_response(body, 200)
        last = max(1, -(-min(len(found), self.result_cap) // per_page))
        if page < last:
            response.headers["Link"] = _search_links(request, page + 1, last)
        return response

    def _user(self, login: str) -> User | None:
        return self.corpus.by_login.get(login.lower())

    def user(self, request: Request, login: str) -> Response:
        """GET /users/{login}"""
        user = self._user(login)
        return not_found() if user is None else json_response(public_user(api_root(request), user), 200)

    def user_repos(self, request: Request, login: str) -> Response:
        """GET /users/{login}/repos, sorted (full_name ascending by default, else newest first) and paged."""
        user = self._user(login)
        if user is None:
            return not_found()
        sort = request.args.get("sort", "full_name")
        descending = request.args.get("direction", "asc" if sort == "full_name" else "desc") == "desc"
        repos = sorted(user.repos, key=_REPO_SORT.get(sort, _REPO_SORT["full_name"]), reverse=descending)
        per_page, page = paging(request)
        chunk = repos[(page - 1) * per_page : page * per_page]
        return json_response([minimal_repository(api_root(request), user, r) for r in chunk], 200)

    def languages(self, request: Request, owner: str, repo: str) -> Response:
        """GET /repos/{owner}/{repo}/languages: `{language: bytes}`."""
        user = self._user(owner)
        found = next((r for r in user.repos if r.name == repo), None) if user else None
        return not_found() if found is None else json_response(dict(found.languages), 200)

    def rate_limit(self, request: Request, token: str | None) -> Response:
        """GET /rate_limit: the caller's buckets, `{"resources": {core, search, graphql}, "rate": core}`."""
        who = identity(request, token)
        resources = {}
        for name in RESOURCES:
            bucket = self.rate_limits.bucket(who, name, anonymous=token is None)
            resources[name] = rate_resource(bucket.limit, bucket.remaining, bucket.reset)
        return json_response({"resources": resources, "rate": resources["core"]}, 200)

    # ---- GraphQL ----
    def graphql(
        self,
        request: Request,
        bucket: Bucket,
        *,
        alter: Callable[[dict[str, Any], dict[str, Any]], None] | None = None,
    ) -> Response:
        """POST /graphql: the query's cost comes off `bucket` (RATE_LIMITED when it lacks the points);
        `alter(answer, variables)` changes an executed answer in place (faults.Alteration)."""
        payload = request.get_json(force=True, silent=True)
        if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
            return json_response({"message": "Problems parsing JSON", "documentation_url": DOCS}, 400)
        variables = payload.get("variables") or {}
        operation = payload.get("operationName")
        document, cost, errors = self.engine.prepare(payload["query"], variables, operation)
        if document is None:
            return json_response({"errors": errors}, 200)
        if not self.rate_limits.spend(bucket, cost.points):
            return graphql_rate_limited(bucket)
        rate = {
            "cost": cost.points,
            "limit": bucket.limit,
            "nodeCount": cost.nodes,
            "remaining": bucket.remaining,
            "used": bucket.used,
            "resetAt": datetime.fromtimestamp(bucket.reset, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        answer = self.engine.execute(document, variables, operation, rate)
        if alter is not None:
            alter(answer, variables)
        return json_response(answer, 200)


def _invalid_query(message: str) -> Response:
    """422 for a search query GitHub would not parse."""
    body = {
        "message": "Validation Failed",
        "documentation_url": DOCS,
        "status": "422",
        "errors": [{"resource": "Search", "field": "q", "code": "invalid", "message": message}],
    }
    return json_response(body, 422)


def _search_links(request: Request, next_page: int, last_page: int) -> str:
    """The Link header of a search page that has more after it."""

    def link(number: int) -> str:
        return f"<{api_root(request)}/search/users?{urlencode({**request.args, 'page': number})}>"

    return f'{link(next_page)}; rel="next", {link(last_page)}; rel="last"'

"""Which endpoint a request is for, and who sends it (its token, or its address)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from talent_local.github_emulator.responses import github_error

ROUTES = Map(
    [
        Rule("/search/users", endpoint="search_users", methods=["GET"]),
        Rule("/users/<login>", endpoint="user", methods=["GET"]),
        Rule("/users/<login>/repos", endpoint="user_repos", methods=["GET"]),
        Rule("/repos/<owner>/<repo>/languages", endpoint="languages", methods=["GET"]),
        Rule("/rate_limit", endpoint="rate_limit", methods=["GET"]),
        Rule("/graphql", endpoint="graphql", methods=["POST"]),
        Rule("/_emulator/faults", endpoint="faults", methods=["GET", "POST", "DELETE"]),
        Rule("/_emulator/requests", endpoint="requests", methods=["GET"]),
    ]
)
# The control plane's endpoints: no latency, no rate limit, no faults, not logged.
CONTROL_ENDPOINTS = frozenset({"faults", "requests"})
_OPERATION = re.compile(r"\b(?:query|mutation)\s+(\w+)")


def match(request: Request) -> tuple[str, Mapping[str, Any]] | Response:
    """`(endpoint, path arguments)`, or GitHub's JSON answer to an unknown path (404) or method (405)."""
    try:
        endpoint, args = ROUTES.bind_to_environ(request.environ).match()
    except HTTPException as exc:
        return github_error("Not Found", exc.code or 404)
    return str(endpoint), args


def token(request: Request) -> str | None:
    """The Bearer (or `token`) credentials of the request; None when it has none."""
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() or None if scheme.lower() in {"bearer", "token"} else None


def identity(request: Request, credentials: str | None) -> str:
    """Whom GitHub counts the request against: its token, else the client's address."""
    return credentials or f"anonymous:{request.remote_addr}"


def graphql_operation(request: Request) -> str:
    """The operation a GraphQL request names (`query EnrichUsers(...)` -> EnrichUsers), or ""."""
    payload = request.get_json(force=True, silent=True)
    text = payload.get("query") if isinstance(payload, dict) else None
    found = _OPERATION.search(text) if isinstance(text, str) else None
    return found.group(1) if found else ""

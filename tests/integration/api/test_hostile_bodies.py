"""Issue 15, availability: the four bodies that made every JSON route answer 500 before any
authentication, over real HTTP on the local stack. Each JSON-body route of the OpenAPI document is here
(a route added later fails `test_every_json_route_is_covered` until it is)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from talent.api.limits import SECURITY_HEADERS
from talent_local.openapi import SPEC_PATH
from talent_local.stack import LocalStack
from tests.api_client import PASSWORD, ApiClient

pytestmark = pytest.mark.integration

DEEP = b"[" * 100_000 + b"]" * 100_000


def _valid_bodies(user: ApiClient) -> dict[tuple[str, str], Callable[[], dict[str, Any]]]:
    """A fresh valid body for each JSON route (register needs a new email each time)."""
    return {
        ("POST", "/auth/register"): lambda: {
            "email": f"h-{uuid.uuid4().hex[:10]}@example.com",
            "password": PASSWORD,
        },
        ("POST", "/auth/login"): lambda: {"email": user.email, "password": PASSWORD},
        ("POST", "/pipeline/run"): lambda: {"job_description_text": "Senior Go engineer, Kubernetes, Berlin"},
        ("POST", "/jd/parse"): lambda: {"job_description_text": "Senior Go engineer, Kubernetes, Berlin"},
        ("POST", "/suppressions"): lambda: {"github_login": f"dev-{uuid.uuid4().hex[:8]}"},
    }


def _string_field(body: dict[str, Any]) -> str:
    return "password" if "password" in body else next(k for k, v in body.items() if isinstance(v, str))


@pytest.fixture(scope="module")
def user(local_stack: LocalStack) -> ApiClient:
    return ApiClient(local_stack.api_url).sign_up()


def test_every_json_route_is_covered(user: ApiClient) -> None:
    spec = json.loads(SPEC_PATH.read_text())
    json_routes = {
        (method.upper(), path)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    }
    assert json_routes == set(_valid_bodies(user))


@pytest.mark.parametrize(
    "route", ["/auth/register", "/auth/login", "/pipeline/run", "/jd/parse", "/suppressions"]
)
@pytest.mark.parametrize("hostile", ["100000-deep", "5000-digits"])
def test_deep_nesting_and_huge_integers_are_400_malformed_json(
    local_stack: LocalStack, user: ApiClient, route: str, hostile: str
) -> None:
    body = _valid_bodies(user)[("POST", route)]()
    raw = (
        DEEP
        if hostile == "100000-deep"
        else json.dumps(body).replace("{", '{"n": ' + "7" * 5000 + ", ", 1).encode()
    )
    for client in (ApiClient(local_stack.api_url), user):  # before and after authentication
        reply = client.request("POST", route, raw=raw)
        assert reply.status == 400, reply.data[:300]
        assert reply.json()["error"]["code"] == "malformed_json"


@pytest.mark.parametrize(
    "route", ["/auth/register", "/auth/login", "/pipeline/run", "/jd/parse", "/suppressions"]
)
def test_a_lone_surrogate_is_a_422_on_the_field(local_stack: LocalStack, user: ApiClient, route: str) -> None:
    body = _valid_bodies(user)[("POST", route)]()
    field = _string_field(body)
    body[field] = "abcdefghijk\ud800"
    raw = json.dumps(body).encode()  # ensure_ascii: the surrogate travels as the escape \ud800
    assert b"\\ud800" in raw
    for client in (ApiClient(local_stack.api_url), user):
        reply = client.request("POST", route, raw=raw)
        assert reply.status == 422, reply.data[:300]
        (detail,) = reply.json()["error"]["details"]
        assert (detail["field"], detail["type"]) == (f"body.{field}", "unpaired_surrogate")


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        ("/auth/register", 201),
        ("/auth/login", 200),
        ("/pipeline/run", 202),
        ("/jd/parse", 200),
        ("/suppressions", 201),
    ],
)
def test_a_media_type_in_any_case_is_accepted(user: ApiClient, route: str, expected: int) -> None:
    body = _valid_bodies(user)[("POST", route)]()
    for content_type in ("Application/Json", "APPLICATION/JSON; charset=UTF-8"):
        reply = user.request(
            "POST", route, raw=json.dumps(body).encode(), headers={"Content-Type": content_type}
        )
        assert reply.status == expected, reply.data[:300]
        body = _valid_bodies(user)[("POST", route)]()


def test_every_response_carries_the_security_headers(local_stack: LocalStack, user: ApiClient) -> None:
    anonymous = ApiClient(local_stack.api_url)
    replies = {
        "health": anonymous.request("GET", "/health"),
        "openapi": anonymous.request("GET", "/openapi.json"),
        "me": user.request("GET", "/auth/me"),
        "projects": user.request("GET", "/projects"),
        "suppressions": user.request("GET", "/suppressions"),
        "401": anonymous.request("GET", "/projects"),
        "400": anonymous.request("POST", "/auth/login", raw=DEEP),
        "404 of the front": anonymous.request("GET", "/no/such/route"),
        "405 of the front": anonymous.request("PUT", "/projects"),
        "413 of the front": anonymous.request("POST", "/auth/login", raw=b" " * (1024 * 1024 + 1)),
    }
    for name, reply in replies.items():
        headers = {key.lower(): value for key, value in reply.headers.items()}
        for header, value in SECURITY_HEADERS.items():
            assert headers.get(header.lower()) == value, (name, header, reply.headers)


def test_the_docs_page_has_a_policy_that_lets_swagger_ui_run(local_stack: LocalStack) -> None:
    reply = ApiClient(local_stack.api_url).request("GET", "/docs")
    policy = reply.headers["Content-Security-Policy"]
    assert "script-src 'unsafe-inline'" in policy
    assert "frame-ancestors 'none'" in policy
    assert reply.headers["X-Content-Type-Options"] == "nosniff"

"""CORS over real HTTP on the local stack: the preflight API Gateway answers from the template's Cors,
then Access-Control-Allow-Origin on every kind of response a browser app can get."""

import pytest

from talent_local.stack import LocalStack
from tests.api_client import ApiClient

pytestmark = pytest.mark.integration

ORIGIN = "https://app.example.com"  # the session's stack keeps the default AllowedOrigin, "*"


def test_the_preflight_allows_the_origin_methods_and_headers(local_stack: LocalStack) -> None:
    reply = ApiClient(local_stack.api_url).request(
        "OPTIONS",
        "/pipeline/run",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type,idempotency-key",
        },
    )

    assert reply.status == 200
    assert reply.headers["Access-Control-Allow-Origin"] == "*"
    assert {"POST", "GET", "DELETE"} <= set(reply.headers["Access-Control-Allow-Methods"].split(","))
    allowed = {name.lower() for name in reply.headers["Access-Control-Allow-Headers"].split(",")}
    assert {"authorization", "content-type", "idempotency-key"} <= allowed


@pytest.mark.parametrize(
    ("method", "path", "body", "content_type", "status"),
    [
        ("GET", "/health", None, "application/json", 200),  # a handler's success
        ("GET", "/auth/me", None, "application/json", 401),  # a handler's error
        ("POST", "/auth/register", b"email=x", "text/plain", 415),  # the body checks before the resolver
        ("GET", "/no/such/route", None, "application/json", 404),  # API Gateway's own answer
        ("DELETE", "/health", None, "application/json", 405),
    ],
)
def test_every_response_carries_the_allowed_origin(
    local_stack: LocalStack, method: str, path: str, body: bytes | None, content_type: str, status: int
) -> None:
    reply = ApiClient(local_stack.api_url).request(
        method, path, raw=body, headers={"Origin": ORIGIN, "Content-Type": content_type}
    )

    assert reply.status == status
    assert reply.headers["Access-Control-Allow-Origin"] == "*"


def test_a_signed_in_request_exposes_the_correlation_id(alice: ApiClient) -> None:
    reply = alice.request("GET", "/projects", headers={"Origin": ORIGIN})

    assert reply.status == 200
    assert reply.headers["Access-Control-Allow-Origin"] == "*"
    assert "X-Correlation-Id" in reply.headers["Access-Control-Expose-Headers"]

"""Absolute URLs (Location, status_url, the OpenAPI servers) from what the request says about the API.

Issue 15 (second round): Host and X-Forwarded-Proto were copied unchecked, so `X-Forwarded-Proto:
javascript` made `javascript://evil.example/...` status links.
"""

from __future__ import annotations

from typing import Any

import pytest
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

from talent.api.urls import api_base_url

API_HOST = "abc123.execute-api.eu-west-1.amazonaws.com"


def event(headers: dict[str, str], domain_name: str | None = None, stage: str = "v1") -> APIGatewayProxyEvent:
    context: dict[str, Any] = {"stage": stage}
    if domain_name is not None:
        context["domainName"] = domain_name
    return APIGatewayProxyEvent({"headers": headers, "requestContext": context})


@pytest.mark.parametrize("scheme", ["javascript", "data", "file", "https:", "", "ftp"])
def test_a_scheme_other_than_http_or_https_is_never_used(scheme: str) -> None:
    url = api_base_url(event({"Host": API_HOST, "X-Forwarded-Proto": scheme}, API_HOST))
    assert url == f"https://{API_HOST}/v1"


@pytest.mark.parametrize(("sent", "used"), [("http", "http"), ("HTTPS", "https"), ("https, http", "https")])
def test_http_and_https_are_kept(sent: str, used: str) -> None:
    assert (
        api_base_url(event({"Host": "127.0.0.1:3000", "X-Forwarded-Proto": sent}))
        == f"{used}://127.0.0.1:3000"
    )


def test_the_host_is_api_gateways_domain_name_not_the_host_header() -> None:
    url = api_base_url(event({"Host": "evil.example", "X-Forwarded-Proto": "https"}, API_HOST))
    assert url == f"https://{API_HOST}/v1"
    custom = api_base_url(event({"Host": "evil.example"}, "api.example.com"))
    assert custom == "https://api.example.com"  # a custom domain maps the stage itself


def test_the_local_stack_has_no_domain_name_and_uses_a_valid_host_header() -> None:
    assert (
        api_base_url(event({"Host": "127.0.0.1:3000", "X-Forwarded-Proto": "http"}))
        == "http://127.0.0.1:3000"
    )
    assert api_base_url(event({"host": "[::1]:3000", "x-forwarded-proto": "http"})) == "http://[::1]:3000"


@pytest.mark.parametrize(
    "host", ["evil.example/path", "user@evil.example", "evil.example:port", "a b", "evil.example\r\nX: y", ""]
)
def test_a_host_header_that_is_not_a_host_is_never_used(host: str) -> None:
    assert api_base_url(event({"Host": host, "X-Forwarded-Proto": "http"})) == "http://localhost"

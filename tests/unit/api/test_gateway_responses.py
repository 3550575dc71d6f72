"""API Gateway's own answers (a 413 over its payload limit, a 403, a 429, a 502/504) come in our error
shape (talent.api.errors.ErrorResponse), not as {"message": ...}; its access log holds no source address.

Issue 15 (second round): DEFAULT_4XX had no ResponseTemplates, and the access log had
`$context.identity.sourceIp` (an IP address is personal data).
"""

from __future__ import annotations

import json
import re

import pytest

from talent.api.errors import ErrorResponse
from talent_local.template import Template

REQUEST_ID = "6c1f1fd1-8c8a-4c16-9f2e-2b9cf2f1d3b7"
# What API Gateway puts in for each variable: messageString is the message already quoted as a JSON string.
MESSAGE = 'Request Too "Long"'
VARIABLES = {"$context.error.messageString": json.dumps(MESSAGE), "$context.requestId": REQUEST_ID}


def gateway_responses() -> dict[str, dict[str, object]]:
    responses: dict[str, dict[str, object]] = Template().resources["Api"]["Properties"]["GatewayResponses"]
    return responses


def render(template: str) -> str:
    for name, value in VARIABLES.items():
        template = template.replace(name, value)
    return template


@pytest.mark.parametrize("name", sorted(gateway_responses()))
def test_every_gateway_response_answers_in_our_error_shape(name: str) -> None:
    templates = gateway_responses()[name].get("ResponseTemplates")
    assert isinstance(templates, dict), f"{name} has no ResponseTemplates: API Gateway would send its own"
    template = templates["application/json"]
    assert not re.search(r"\$(?!context\.error\.messageString|context\.requestId)", template), template
    body = ErrorResponse.model_validate_json(render(template))
    assert body.error.code
    assert body.error.message
    assert body.error.request_id == REQUEST_ID
    assert body.error.details == []


@pytest.mark.parametrize(
    ("name", "code"), [("DEFAULT_4XX", "bad_request"), ("DEFAULT_5XX", "internal_error")]
)
def test_the_default_answers_carry_api_gateways_message(name: str, code: str) -> None:
    template = gateway_responses()[name]["ResponseTemplates"]
    assert isinstance(template, dict)
    body = ErrorResponse.model_validate_json(render(template["application/json"]))
    assert (body.error.code, body.error.message) == (code, MESSAGE)


def test_a_body_over_api_gateways_limit_is_our_413() -> None:
    response = gateway_responses()["REQUEST_TOO_LARGE"]
    assert response["StatusCode"] == "413"
    template = response["ResponseTemplates"]
    assert isinstance(template, dict)
    assert (
        ErrorResponse.model_validate_json(render(template["application/json"])).error.code
        == "payload_too_large"
    )


def test_the_access_log_holds_no_source_address_or_other_identity() -> None:
    api = Template().resources["Api"]["Properties"]
    log_format = api["AccessLogSetting"]["Format"]
    assert "$context.identity." not in log_format
    fields = json.loads(re.sub(r"\$context\.[A-Za-z.]+", "x", log_format))
    assert {"requestId", "method", "path", "status"} <= set(fields)
    assert not {"ip", "sourceIp", "caller", "user", "userAgent"} & set(fields)

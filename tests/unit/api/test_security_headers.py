"""API Gateway's own answers carry the security headers every handler response has (issue 15)."""

from talent.api.limits import SECURITY_HEADERS
from talent_local.template import Template

# A static header value of a gateway response is a quoted string; the policy's own quotes cannot be in it.
NOT_ON_GATEWAY_RESPONSES = {"Content-Security-Policy"}


def test_every_gateway_response_sets_the_security_headers() -> None:
    api = Template().resources["Api"]["Properties"]
    responses = api["GatewayResponses"]
    assert {"DEFAULT_4XX", "DEFAULT_5XX", "MISSING_AUTHENTICATION_TOKEN", "THROTTLED"} <= set(responses)
    expected = {
        name: f"'{value}'" for name, value in SECURITY_HEADERS.items() if name not in NOT_ON_GATEWAY_RESPONSES
    }
    for name, response in responses.items():
        headers = response.get("ResponseParameters", {}).get("Headers", {})
        assert {key: headers.get(key) for key in expected} == expected, name

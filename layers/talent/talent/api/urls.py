"""Absolute URLs for Location headers and status links, as the client called us.

Nothing the client sends is copied unchecked: the scheme is http or https (else https), the host is
API Gateway's `requestContext.domainName` (the API's own name, or its custom domain), and only where
there is none (the local stack) the Host header, if it is a host name or address with an optional port.
"""

from __future__ import annotations

import re

from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

SCHEMES = frozenset({"http", "https"})
DEFAULT_HOST = "localhost"
# A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing else.
_HOST = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?"
)


def api_base_url(event: APIGatewayProxyEvent) -> str:
    """https://HOST[/STAGE]: the stage prefix appears only on the default execute-api host."""
    headers = {name.lower(): value for name, value in (event.headers or {}).items()}
    host = _host(event.request_context.domain_name, headers.get("host"))
    scheme = _scheme(headers.get("x-forwarded-proto"))
    stage = event.request_context.stage
    prefix = f"/{stage}" if ".execute-api." in host and stage else ""
    return f"{scheme}://{host}{prefix}"


def _scheme(forwarded_proto: str | None) -> str:
    """The first X-Forwarded-Proto value if it is http or https; https otherwise."""
    first = (forwarded_proto or "").split(",")[0].strip().lower()
    return first if first in SCHEMES else "https"


def _host(domain_name: str | None, host_header: str | None) -> str:
    for candidate in (domain_name, host_header):
        if candidate and _HOST.fullmatch(candidate):
            return candidate
    return DEFAULT_HOST

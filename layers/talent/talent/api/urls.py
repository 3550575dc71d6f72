"""Absolute URLs for Location headers and status links, as the client called us."""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent


def api_base_url(event: APIGatewayProxyEvent) -> str:
    """https://HOST[/STAGE]: the stage prefix appears only on the default execute-api host."""
    headers = {name.lower(): value for name, value in (event.headers or {}).items()}
    host = headers.get("host") or event.request_context.domain_name or "localhost"
    scheme = headers.get("x-forwarded-proto", "https")
    stage = event.request_context.stage
    prefix = f"/{stage}" if ".execute-api." in host and stage else ""
    return f"{scheme}://{host}{prefix}"

"""Every API request goes through `serve`: body checks, correlation id, security headers, one log line.

    def lambda_handler(event, context):
        return serve(app, event, context)

The log line holds correlation_id, method, path, user_id, status and duration_ms; never a body,
header value, email or token. Every response carries SECURITY_HEADERS (a route may set its own value of
one, as /docs does for its Content-Security-Policy): responses hold personal data (candidates, emails,
tokens), so no cache may keep them.
"""

from __future__ import annotations

import base64
import json
import re
import time
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger

from talent.api.errors import ApiError, MalformedJson, PayloadTooLarge, UnsupportedMediaType
from talent.api.limits import BODY_TOO_LARGE, MAX_BODY_BYTES, SECURITY_HEADERS
from talent.api.resolver import cors_config, cors_headers, error_body

if TYPE_CHECKING:
    from aws_lambda_powertools.event_handler import APIGatewayRestResolver

CORRELATION_HEADER = "X-Correlation-Id"
_CORRELATION_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
BODY_METHODS = {"POST", "PUT", "PATCH"}
logger = Logger()
# Set by the auth dependency, read for the request's log line.
current_user_id: ContextVar[str | None] = ContextVar("current_user_id", default=None)


def serve(app: APIGatewayRestResolver, event: dict[str, Any], context: Any) -> dict[str, Any]:
    started = time.perf_counter()
    headers = {name.lower(): value for name, value in (event.get("headers") or {}).items()}
    request_id = (event.get("requestContext") or {}).get("requestId")
    correlation_id = headers.get(CORRELATION_HEADER.lower(), "")
    if not _CORRELATION_ID.match(correlation_id):
        correlation_id = request_id or ""
    logger.set_correlation_id(correlation_id)
    token = current_user_id.set(None)
    try:
        _normalise_content_type(event)
        rejected = _reject_body(event, headers, request_id)
        response = rejected or app.resolve(event, context)
        always = {CORRELATION_HEADER: correlation_id}
        if rejected:  # the resolver adds CORS to its own responses, not to these
            always |= cors_headers(cors_config(), headers.get("origin"))
        _add_headers(response, always)
        logger.info(
            "request",
            extra={
                "method": event.get("httpMethod"),
                "path": event.get("resource") or event.get("path"),
                "user_id": current_user_id.get(),
                "status": response.get("statusCode"),
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return response
    finally:
        current_user_id.reset(token)


def _add_headers(response: dict[str, Any], always: dict[str, str]) -> None:
    """Set `always` and every SECURITY_HEADERS value the route did not set itself."""
    response_headers = response.setdefault("headers", None) or {}
    present = {name.lower() for name in response_headers} | {
        name.lower() for name in response.get("multiValueHeaders") or {}
    }
    for name, value in SECURITY_HEADERS.items():
        if name.lower() not in present:
            response_headers[name] = value
    response_headers.update(always)
    response["headers"] = response_headers


def _normalise_content_type(event: dict[str, Any]) -> None:
    """Lower-case the Content-Type's media type in place: media types are case-insensitive (RFC 9110
    8.3.1) and the 415 check below accepts `Application/Json`, but powertools compares them
    case-sensitively and failed such a request with a 500. Parameters (charset) are kept as sent."""

    def normalised(value: str) -> str:
        media_type, separator, parameters = value.partition(";")
        return media_type.strip().lower() + separator + parameters

    for name, value in (event.get("headers") or {}).items():
        if name.lower() == "content-type" and isinstance(value, str):
            event["headers"][name] = normalised(value)
    for name, values in (event.get("multiValueHeaders") or {}).items():
        if name.lower() == "content-type" and isinstance(values, list):
            event["multiValueHeaders"][name] = [normalised(v) if isinstance(v, str) else v for v in values]


def _reject_body(
    event: dict[str, Any], headers: dict[str, str], request_id: str | None
) -> dict[str, Any] | None:
    """413 for a body over 1 MB, 415 for a body that is not JSON, 400 for one that is not UTF-8;
    API Gateway passes all three through."""
    body = event.get("body")
    if not body:
        return None
    raw = base64.b64decode(body) if event.get("isBase64Encoded") else body.encode()
    if len(raw) > MAX_BODY_BYTES:
        return _error(PayloadTooLarge(BODY_TOO_LARGE), request_id)
    if event.get("httpMethod") not in BODY_METHODS:
        return None
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        return _error(
            UnsupportedMediaType("Send the body as JSON with Content-Type: application/json"), request_id
        )
    if event.get("isBase64Encoded"):
        # API Gateway base64-encodes a body that is not UTF-8 text; JSON is UTF-8 (RFC 8259), so such a
        # body is malformed JSON (powertools would raise UnicodeDecodeError decoding it: a 500).
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return _error(MalformedJson("The request body is not valid JSON (UTF-8)"), request_id)
    return None


def _error(error: ApiError, request_id: str | None) -> dict[str, Any]:
    """The proxy response for an error found before the resolver runs (same body as the resolver's)."""
    return {
        "statusCode": error.status_code,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(error_body(error.code, error.message, request_id)),
        "isBase64Encoded": False,
    }

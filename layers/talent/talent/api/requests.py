"""Every API request goes through `serve`: body checks, correlation id, one log line.

    def lambda_handler(event, context):
        return serve(app, event, context)

The log line holds correlation_id, method, path, user_id, status and duration_ms; never a body,
header value, email or token.
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
from talent.api.resolver import cors_config, cors_headers, error_body

if TYPE_CHECKING:
    from aws_lambda_powertools.event_handler import APIGatewayRestResolver

MAX_BODY_BYTES = 1024 * 1024
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
        rejected = _reject_body(event, headers, request_id)
        response = rejected or app.resolve(event, context)
        response_headers = response.setdefault("headers", None) or {}
        if rejected:  # the resolver adds CORS to its own responses, not to these
            response_headers.update(cors_headers(cors_config(), headers.get("origin")))
        response_headers[CORRELATION_HEADER] = correlation_id
        response["headers"] = response_headers
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
        return _error(PayloadTooLarge(f"The body is over {MAX_BODY_BYTES // 1024} KB"), request_id)
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

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

from talent.api.resolver import error_body

if TYPE_CHECKING:
    from aws_lambda_powertools.event_handler import APIGatewayRestResolver

MAX_BODY_BYTES = 1024 * 1024
CORRELATION_HEADER = "X-Correlation-Id"
_CORRELATION_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_BODY_METHODS = {"POST", "PUT", "PATCH"}

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
        response = _reject_body(event, headers, request_id) or app.resolve(event, context)
        response_headers = response.setdefault("headers", None) or {}
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
    """413 for a body over 1 MB, 415 for a body that is not JSON; API Gateway passes both through."""
    body = event.get("body")
    if not body:
        return None
    size = len(base64.b64decode(body)) if event.get("isBase64Encoded") else len(body.encode())
    if size > MAX_BODY_BYTES:
        return _error(413, "payload_too_large", f"The body is over {MAX_BODY_BYTES // 1024} KB", request_id)
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if event.get("httpMethod") in _BODY_METHODS and content_type != "application/json":
        return _error(
            415,
            "unsupported_media_type",
            "Send the body as JSON with Content-Type: application/json",
            request_id,
        )
    return None


def _error(status: int, code: str, message: str, request_id: str | None) -> dict[str, Any]:
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(error_body(code, message, request_id)),
        "isBase64Encoded": False,
    }

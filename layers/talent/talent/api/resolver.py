"""One place that builds the resolver and maps errors to the JSON error model.

Every error body is {"error": {"code", "message", "details", "request_id"}}.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, CORSConfig, Response, content_types
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError

from talent.api.bodies import load_json_body
from talent.api.errors import ApiError, MalformedJson, http_error
from talent.errors import DomainError
from talent.settings import ApiSettings, get_settings

logger = Logger()


def error_body(
    code: str, message: str, request_id: str | None, details: list[Any] | None = None
) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or [], "request_id": request_id}}


# What browsers may send beyond the CORS-safelisted headers, and may read from a response.
CORS_REQUEST_HEADERS = ["Idempotency-Key", "X-Correlation-Id"]
CORS_EXPOSED_HEADERS = ["Content-Disposition", "Location", "Retry-After", "X-Correlation-Id"]
_UNKNOWN_FIELD = "Not a field of this request; check its spelling against the API documentation (/docs)"
_REPEATED = "Given more than once; give this parameter once"


def _detail(item: dict[str, Any]) -> dict[str, Any]:
    """One pydantic error as the error model's detail: where (a header by its usual spelling,
    "header.Idempotency-Key", as the routes' own checks name it), why, and the kind of problem."""
    loc = [str(part) for part in item.get("loc", ())]
    if len(loc) > 1 and loc[0] == "header":
        loc[1] = "-".join(word.capitalize() for word in loc[1].split("-"))
    kind = str(item.get("type", "value_error"))
    # pydantic prefixes our validators' own sentences; the reason is ours alone.
    message = str(item.get("msg", "invalid value")).removeprefix("Value error, ")
    if kind == "extra_forbidden":
        message = _UNKNOWN_FIELD
    elif len(loc) == 2 and loc[0] == "query" and isinstance(item.get("input"), list):
        message, kind = _REPEATED, "repeated_parameter"  # "?limit=1&limit=2" is not "no integer"
    return {"field": ".".join(loc), "message": message, "type": kind}


def cors_config() -> CORSConfig:
    """CORS for the settings' allowed_origin: its responses carry Access-Control-Allow-Origin when the
    request's Origin is allowed (API Gateway answers the preflight itself, from the same parameter)."""
    return CORSConfig(
        allow_origin=get_settings(ApiSettings).allowed_origin,
        allow_headers=CORS_REQUEST_HEADERS,
        expose_headers=CORS_EXPOSED_HEADERS,
    )


def cors_headers(cors: CORSConfig, origin: str | None) -> dict[str, str]:
    """The CORS headers of a response to a request from `origin` ({} if it is not allowed)."""
    allowed = cors.allowed_origin(origin) if origin else None
    return cors.to_dict(allowed) if allowed else {}


def make_resolver() -> APIGatewayRestResolver:
    # Bodies are parsed strictly (talent.api.bodies): deep nesting, huge numbers and lone surrogates are a
    # 400 or a 422, never a 500.
    app = APIGatewayRestResolver(
        enable_validation=True, cors=cors_config(), json_body_deserializer=load_json_body
    )

    def request_id() -> str | None:
        return app.current_event.request_context.request_id if app.current_event else None

    def json_error(
        status: int,
        code: str,
        message: str,
        details: list[Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response[Any]:
        return Response(
            status_code=status,
            content_type=content_types.APPLICATION_JSON,
            body=error_body(code, message, request_id(), details),
            headers=headers,
        )

    @app.not_found
    def not_found(_: Exception) -> Response[Any]:
        return json_error(404, "not_found", "No route matches this path and method")

    def invalid_request(error: RequestValidationError) -> Response[Any]:
        details = [_detail(item) for item in error.errors()]
        if any(detail["type"] == "json_invalid" for detail in details):
            return api_error(MalformedJson("The request body is not valid JSON"))
        return json_error(422, "validation_error", "The request is invalid", details)

    def api_error(error: ApiError) -> Response[Any]:
        return json_error(error.status_code, error.code, error.message, error.details, error.headers)

    def domain_error(error: DomainError) -> Response[Any]:
        return api_error(http_error(error))

    def unexpected(_: Exception) -> Response[Any]:
        # The stack goes to the log with the request id; the client only gets the id.
        logger.exception("unhandled error")
        return json_error(500, "internal_error", "Internal server error")

    # Registered by call: the powertools decorator is untyped and would erase these signatures.
    app.exception_handler(RequestValidationError)(invalid_request)
    app.exception_handler(ApiError)(api_error)
    app.exception_handler(DomainError)(domain_error)
    app.exception_handler(Exception)(unexpected)
    return app

"""HTTP errors and the error body, in one place: the use cases raise domain errors (`talent.errors`),
`http_error` maps each kind to its status here and `talent.api.resolver` answers with the body. Only
the API layer (talent.api, functions/) raises these itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from talent.errors import (
    ConflictError,
    DomainError,
    GoneError,
    InvalidInput,
    NotFoundError,
    NotOwnedError,
    Throttled,
    Unauthenticated,
    Unavailable,
)

if TYPE_CHECKING:  # types only: no import at a cold start
    from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponseHeader

# Built on the first error, not at import: every function's cold start imports this module.
_LAZY = ConfigDict(defer_build=True)


class FieldProblem(BaseModel):
    model_config = _LAZY

    field: str = Field(description="Where the problem is: body.email, query.limit, header.Idempotency-Key")
    message: str
    type: str = Field(description="A stable machine-readable reason, e.g. string_too_short")


class ErrorInfo(BaseModel):
    model_config = _LAZY

    code: str = Field(description="Stable error code, e.g. validation_error, not_found, unauthorized")
    message: str = Field(description="What went wrong, for a person")
    details: list[FieldProblem] = Field(default_factory=list, description="One entry per invalid field")
    request_id: str | None = Field(description="Quote it when reporting a problem; it is in our logs")


class ErrorResponse(BaseModel):
    """The body of every 4xx and 5xx response of every function."""

    model_config = _LAZY

    error: ErrorInfo


class ApiError(Exception):
    """An error the client caused or may act on. Subclasses fix the status and code."""

    status_code = 400
    code = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []
        self.headers = headers or {}


class BadRequest(ApiError):
    status_code = 400
    code = "bad_request"


class MalformedJson(BadRequest):
    code = "malformed_json"


class Unauthorized(ApiError):
    status_code = 401
    code = "unauthorized"

    def __init__(self, message: str = "Missing, invalid or expired bearer token") -> None:
        super().__init__(message, headers={"WWW-Authenticate": 'Bearer realm="talent-pipeline"'})


class Forbidden(ApiError):
    status_code = 403
    code = "forbidden"


class NotFound(ApiError):
    status_code = 404
    code = "not_found"


class Conflict(ApiError):
    status_code = 409
    code = "conflict"


class PayloadTooLarge(ApiError):
    status_code = 413
    code = "payload_too_large"


class UnsupportedMediaType(ApiError):
    status_code = 415
    code = "unsupported_media_type"


class InvalidField(ApiError):
    """422 for a rule pydantic cannot express (a password policy, a JD with no letters)."""

    status_code = 422
    code = "validation_error"

    def __init__(self, field: str, message: str, error_type: str = "value_error") -> None:
        super().__init__(
            "The request is invalid",
            details=[{"field": field, "message": message, "type": error_type}],
        )


class TooManyRequests(ApiError):
    status_code = 429
    code = "too_many_requests"

    def __init__(self, message: str, retry_after_s: int, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message, details=details, headers={"Retry-After": str(max(1, retry_after_s))})
        self.retry_after_s = retry_after_s


class ServiceUnavailable(ApiError):
    status_code = 503
    code = "service_unavailable"


class Gone(ApiError):
    status_code = 410
    code = "gone"


def http_error(error: DomainError) -> ApiError:
    """The HTTP answer to a domain error (talent.errors): one status per kind."""
    if isinstance(error, InvalidInput):
        return InvalidField(error.field, error.message, error.kind)
    if isinstance(error, Throttled):
        return TooManyRequests(error.message, retry_after_s=error.retry_after_s, details=error.details)
    if isinstance(error, Unauthenticated):
        return Unauthorized(error.message)
    kind = next((http for domain, http in _BY_KIND.items() if isinstance(error, domain)), ApiError)
    return kind(error.message)


_BY_KIND: dict[type[DomainError], type[ApiError]] = {
    NotFoundError: NotFound,
    NotOwnedError: Forbidden,
    ConflictError: Conflict,
    GoneError: Gone,
    Unavailable: ServiceUnavailable,
}


def retry_after_header(description: str) -> dict[str, OpenAPIResponseHeader]:
    """The OpenAPI `headers` of a 429 (OpenAPI 3.1 wants a header's schema): whole seconds, at least 1."""
    return {"Retry-After": {"description": description, "schema": {"type": "integer", "minimum": 1}}}

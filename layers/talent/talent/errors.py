"""Domain errors: what the use cases raise when the caller broke a rule or may act on the answer. They
know nothing of HTTP; the API layer maps each kind to its status in one place
(`talent.api.errors.http_error`, registered by `talent.api.resolver`).

Messages are for the person calling: they never hold a secret, a stack trace or another user's data.
"""

from __future__ import annotations


class DomainError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(DomainError):
    """The thing asked for does not exist (or not for this caller)."""


class NotOwnedError(DomainError):
    """It exists and belongs to someone else."""


class ConflictError(DomainError):
    """The request cannot be done in the thing's current state."""


class GoneError(DomainError):
    """It existed and has been deleted, or its data has expired."""


class InvalidInput(DomainError):
    """A field breaks a rule pydantic cannot express (a password policy, a job description with no words)."""

    def __init__(self, field: str, message: str, kind: str = "value_error") -> None:
        super().__init__(message)
        self.field = field
        self.kind = kind


class Unauthenticated(DomainError):
    """No valid credentials: a wrong password, a missing, invalid or expired token or session."""

    def __init__(self, message: str = "Missing, invalid or expired bearer token") -> None:
        super().__init__(message)


class Throttled(DomainError):
    """Too many attempts: the caller may try again after `retry_after_s`. `details` name the limits
    that refused it ({"field", "message", "type"} each), when there are several."""

    def __init__(self, message: str, retry_after_s: int, details: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.details = details


class Unavailable(DomainError):
    """A dependency is busy or failing: the same request may succeed a little later."""

"""Errors search_github raises. Step Functions retries on the class name, so keep names stable."""

from __future__ import annotations


class GitHubError(Exception):
    """Base class: GitHub answered in a way search_github cannot work around."""


class GitHubRateLimited(GitHubError):  # the state machine's Retry matches this exact name
    """Rate limiting left zero candidates within the allowed wait; retry the stage later."""

    def __init__(self, message: str, *, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class GitHubAuthError(GitHubError):
    """GitHub rejected the token (401). Not retryable: the secret must be fixed."""


class GitHubUnavailable(GitHubError):  # the state machine's Retry matches this exact name
    """GitHub kept failing (5xx, timeouts, GraphQL errors without data, timed-out searches) beyond the
    retry bound and nothing was found."""


class GitHubRequestError(GitHubError):
    """A request GitHub refuses for good: a 4xx other than 401 and rate limits (422 bad query, 404,
    a plain 403), or a GraphQL error that names its cause (validation, NOT_FOUND). Not retryable."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"GitHub answered {status}: {message}")
        self.status = status

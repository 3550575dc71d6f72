"""Errors search_github raises. Step Functions retries on the class name, so keep names stable."""

from __future__ import annotations


class GitHubError(Exception):
    """Base class: GitHub answered in a way search_github cannot work around."""


class GitHubRateLimited(GitHubError):  # the state machine's Retry matches this exact name
    """Rate limiting left zero candidates within the allowed wait; retry the stage later.

    The wait GitHub asked for ends the message as "(retry after N s)": a Lambda error reaches MarkFailed
    as its message only, and talent.pipeline.errors reads the time from there."""

    def __init__(self, message: str, *, retry_after_s: float | None = None) -> None:
        if retry_after_s is not None:
            message = f"{message} (retry after {round(retry_after_s)} s)"
        super().__init__(message)
        self.retry_after_s = retry_after_s


class GitHubAuthError(GitHubError):
    """GitHub rejected the token (401). Not retryable: the secret must be fixed."""


class GitHubUnavailable(GitHubError):  # the state machine's Retry matches this exact name
    """GitHub kept failing (5xx, timeouts, GraphQL errors without data, timed-out searches, queries its
    resource limits refused even one user at a time) beyond the retry bound and nothing was found."""


class GitHubRequestError(GitHubError):
    """A request GitHub refuses for good: a 4xx other than 401 and rate limits (422 bad query, 404,
    a plain 403), or a GraphQL error that names its cause (validation, NOT_FOUND). Not retryable.
    `what` is ours (the status's phrase, GraphQL error codes), never GitHub's message."""

    def __init__(self, status: int, what: str) -> None:
        super().__init__(f"GitHub answered {status} ({what})")
        self.status = status

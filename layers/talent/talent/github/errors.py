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


class GitHubUnavailable(GitHubError):
    """GitHub kept failing (5xx, timeouts) beyond the retry bound and nothing was found."""

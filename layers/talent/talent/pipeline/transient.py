"""AWS failures a stage should be run again for, told apart from those it should not.

botocore retries a throttled or failed call itself (3 attempts in its legacy mode). When those run out
inside a stage, the exception it raises (`ClientError`, `ReadTimeoutError`, `EndpointConnectionError`,
or powertools' `GetParameterError` around one) would reach Step Functions under its own class name,
which no Retry names: the run went to MarkFailed at once (an operator's review). `retried_when_transient`
raises `AwsUnavailable` instead, which every Task retries with backoff (`registry.TRANSIENT_RETRY`);
the stages' writes may be repeated. What is transient is botocore's own judgement (its standard retry
mode's checkers: throttling codes, 5xx, broken connections), not a list of ours.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Final

_MAX_CHAIN: Final = 5  # how many wrappers deep an AWS error is looked for (`_wrapped`)


class AwsUnavailable(Exception):
    """An AWS call kept failing with throttling, a server error or a broken connection; the message
    names the call's error code or exception class, nothing else (it reaches the project's error)."""


class _Status:
    """What botocore's checkers read of an HTTP response: its status code."""

    def __init__(self, status_code: int) -> None:
        self.status_code = status_code


def _chain(error: BaseException) -> Iterator[BaseException]:
    link: BaseException | None = error
    for _ in range(_MAX_CHAIN):
        if link is None:
            return
        yield link
        link = _wrapped(link)


def _wrapped(error: BaseException) -> BaseException | None:
    """The error `error` wraps: its explicit cause, or the one it was raised while handling when it
    repeats that one's text (powertools' `raise GetParameterError(str(exc))`). Not any error raised in an
    except block: a bug there, or a deliberate error, is not the throttle it handled (a review's)."""
    if error.__cause__ is not None:
        return error.__cause__
    context = None if error.__suppress_context__ else error.__context__
    return context if context is not None and str(context) and str(context) in str(error) else None


def transient_kind(error: BaseException) -> str | None:
    """The error code or class of the transient AWS failure in `error` or what it wraps, or None."""
    from botocore.exceptions import BotoCoreError, ClientError
    from botocore.retries.standard import RetryContext, ThrottledRetryableChecker, TransientRetryableChecker

    checkers = (TransientRetryableChecker(), ThrottledRetryableChecker())
    for link in _chain(error):
        if isinstance(link, ClientError):
            status = link.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            context = RetryContext(
                1, parsed_response=link.response, http_response=_Status(status) if status else None
            )
            kind = str(link.response.get("Error", {}).get("Code") or type(link).__name__)
        elif isinstance(link, BotoCoreError):
            context, kind = RetryContext(1, caught_exception=link), type(link).__name__
        else:
            continue
        return kind if any(checker.is_retryable(context) for checker in checkers) else None
    return None


def retried_when_transient[**P, R](stage: Callable[P, R]) -> Callable[P, R]:
    """`stage`, raising `AwsUnavailable` from a transient AWS failure (`transient_kind`); any other
    error as it is."""

    @functools.wraps(stage)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return stage(*args, **kwargs)
        except Exception as error:
            kind = transient_kind(error)
            if kind is None:
                raise
            raise AwsUnavailable(f"AWS kept failing ({kind})") from error

    return run

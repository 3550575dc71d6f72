"""Turn what a Catch recorded ({"Error", "Cause"}) into the project's error: stage, type, readable message.

Errors written for people (a job description that cannot be used, a stage over its time budget) keep
their message. A GitHub failure is told in our words, by its kind (and, for a rate limit, when to run
again): its exception text may hold GitHub's own ("API rate limit exceeded for 1.2.3.4", "for user
ID 42"), which is not for users. Anything else is a fault of ours or of AWS: the message says what
failed in plain words instead of echoing an exception text, which could hold internals. Stack traces
never get through.
"""

from __future__ import annotations

import json
import math
import re
from typing import Final

from talent.pipeline.contracts import StageError
from talent.pipeline.registry import AWS_TRANSIENT, LAMBDA_TRANSIENT, StageName
from talent.pipeline.registry import label as stage_label

MAX_MESSAGE_CHARS: Final = 600

# Exception class names whose messages are written for the recruiter (talent.jd.errors,
# talent.github.errors, talent.pipeline.budget).
USER_FACING: Final = frozenset(
    {
        "InvalidJobDescription",
        "EmptyJobDescription",
        "JobDescriptionTooLong",
        "JobDescriptionNotText",
        "StageTimeBudgetExceeded",
    }
)
# talent.github.errors: our message for each kind; {when} and {status} are read from the error's text.
GITHUB_MESSAGES: Final = {
    "GitHubRateLimited": (
        "GitHub's rate limit stopped the search before it found anyone. Run the pipeline again {when}."
    ),
    "GitHubUnavailable": (
        "GitHub kept failing (server errors, timeouts or its per-query resource limits) and the search "
        "found nobody. Run the pipeline again in a few minutes."
    ),
    "GitHubAuthError": (
        "GitHub refused our access token, so nobody could be searched. An operator must put a valid "
        "token in the GitHub token secret; running again will not help until then."
    ),
    "GitHubRequestError": (
        "GitHub refused the searches for this job description (HTTP {status}). Check the skills and "
        "locations it names, then run it again."
    ),
}
_RETRY_AFTER = re.compile(r"\(retry after (\d{1,9}) s\)\s*$")
_STATUS = re.compile(r"^GitHub answered (\d{3})\b")

_TIMEOUTS: Final = frozenset({"States.Timeout", "Sandbox.Timedout", "States.HeartbeatTimeout"})


# A run ended by its own user: a deleted project, or a stage stopped because its run had ended
ENDED_BY_ITS_USER: Final = frozenset({"ProjectDeleted", "RunEnded"})


def operational(error: str) -> bool:
    """Whether a run's failure is the operator's to look into (GitHub's token or limits, AWS, a crash or
    timeout), not the recruiter's own posting or deletion: what the RunsFailingAlarm counts."""
    return error not in USER_FACING and error not in ENDED_BY_ITS_USER


def describe_failure(stage: StageName, error: str, cause: str | None, project_id: str) -> StageError:
    label = stage_label(stage)
    if error in GITHUB_MESSAGES:
        message = _github_message(error, _error_message(cause))
    elif error in USER_FACING:
        message = _clean(_error_message(cause)) or f"{label} failed ({error})."
    elif error == "ExecutionAborted":
        message = (
            f"{label} was stopped before it finished: an operator stopped the run. Run the pipeline again."
        )
    elif error in _TIMEOUTS:
        message = (
            f"{label} took too long and was stopped. Run the pipeline again, maybe with fewer candidates."
        )
    elif error in AWS_TRANSIENT:
        message = (
            f"{label} could not run: AWS kept throttling or failing its calls after retries. "
            "Run the pipeline again in a few minutes."
        )
    elif error in LAMBDA_TRANSIENT:
        message = (
            f"{label} could not run: AWS Lambda kept failing ({error}) after retries. "
            "Run the pipeline again in a few minutes."
        )
    elif error.startswith("Lambda."):
        message = (
            f"{label} could not run (AWS Lambda error {error}). Run the pipeline again; if it fails again, "
            f"report project {project_id}."
        )
    else:
        message = (
            f"{label} failed unexpectedly ({error}). Run the pipeline again; if it fails again, "
            f"report project {project_id}."
        )
    return StageError(stage=stage, type=error, message=message)


def _github_message(error: str, raw: str) -> str:
    """Our message for a GitHub failure; only the retry time and the HTTP status come from `raw`."""
    retry = _RETRY_AFTER.search(raw)
    status = _STATUS.match(raw)
    return GITHUB_MESSAGES[error].format(
        when=_when(int(retry.group(1))) if retry else "later",
        status=status.group(1) if status else "4xx",
    )


def _when(seconds: int) -> str:
    """'in about a minute', 'in about 30 minutes', 'in about 2 hours'."""
    minutes = max(1, math.ceil(seconds / 60))
    if minutes == 1:
        return "in about a minute"
    if minutes < 120:
        return f"in about {minutes} minutes"
    return f"in about {math.ceil(minutes / 60)} hours"


def _error_message(cause: str | None) -> str:
    """Lambda puts {"errorMessage", "errorType", "stackTrace", ...} in the Cause; other errors a text."""
    if not cause:
        return ""
    try:
        document = json.loads(cause)
    except ValueError:
        return cause
    if isinstance(document, dict):
        return str(document.get("errorMessage") or "")
    return cause


def _clean(message: str) -> str:
    message = message.split("Traceback (most recent call last)", 1)[0]
    message = " ".join(message.split())
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1].rstrip() + "…"
    return message

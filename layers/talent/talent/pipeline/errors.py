"""Turn what a Catch recorded ({"Error", "Cause"}) into the project's error: stage, type, readable message.

Errors written for people (a job description that cannot be used, GitHub refusing) keep their message.
Anything else is a fault of ours or of AWS: the message says what failed in plain words instead of
echoing an exception text, which could hold internals. Stack traces never get through.
"""

from __future__ import annotations

import json
from typing import Final

from talent.pipeline.contracts import StageError
from talent.pipeline.registry import LAMBDA_TRANSIENT, StageName
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
        "GitHubRateLimited",
        "GitHubUnavailable",
        "GitHubAuthError",
        "GitHubRequestError",
        "StageTimeBudgetExceeded",
    }
)

_TIMEOUTS: Final = frozenset({"States.Timeout", "Sandbox.Timedout", "States.HeartbeatTimeout"})


def describe_failure(stage: StageName, error: str, cause: str | None, project_id: str) -> StageError:
    label = stage_label(stage)
    if error in USER_FACING:
        message = _clean(_error_message(cause)) or f"{label} failed ({error})."
    elif error in _TIMEOUTS:
        message = (
            f"{label} took too long and was stopped. Run the pipeline again, maybe with fewer candidates."
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

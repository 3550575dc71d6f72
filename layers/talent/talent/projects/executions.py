"""Data access for the pipeline's Step Functions executions (low-level client, injected): start a run,
stop it, read its history. An execution is named after its project. `executions()` wires it to this
function's client."""

from __future__ import annotations

import json
from typing import Any


class ExecutionGone(Exception):
    """Step Functions no longer has the execution (it keeps a history 90 days)."""


class Executions:
    def __init__(self, client: Any) -> None:
        self.client = client

    def start(self, state_machine_arn: str, project_id: str, execution_input: dict[str, Any]) -> None:
        """Start the run named `project_id`; botocore's errors propagate (the caller undoes the start)."""
        self.client.start_execution(
            stateMachineArn=state_machine_arn, name=project_id, input=json.dumps(execution_input)
        )

    def stop(self, execution_arn: str, *, error: str, cause: str) -> None:
        """Stop it if it is still going; one that has finished or never started is left as it is."""
        from botocore.exceptions import ClientError

        try:
            self.client.stop_execution(executionArn=execution_arn, error=error, cause=cause)
        except ClientError as failure:
            if failure.response.get("Error", {}).get("Code") not in {
                "ExecutionDoesNotExist",
                "ExecutionNotRunning",
            }:
                raise

    def history(self, execution_arn: str) -> list[dict[str, Any]]:
        """Every history event, oldest first; ExecutionGone when there is none any more. AWS pages the
        history; moto returns it all at once and ignores paging, so follow nextToken when present and sort
        by event id either way."""
        from botocore.exceptions import ClientError

        events: dict[int, dict[str, Any]] = {}
        request: dict[str, Any] = {
            "executionArn": execution_arn,
            "maxResults": 1000,
            "includeExecutionData": False,
        }
        while True:
            try:
                page = self.client.get_execution_history(**request)
            except ClientError as failure:
                if _code(failure) == "ExecutionDoesNotExist":
                    raise ExecutionGone(execution_arn) from None
                raise
            events.update({event["id"]: event for event in page.get("events", [])})
            token = page.get("nextToken")
            if not token:
                break
            request["nextToken"] = token
        return [events[event_id] for event_id in sorted(events)]


def _code(failure: Exception) -> str | None:
    code: str | None = getattr(failure, "response", {}).get("Error", {}).get("Code")
    return code


def executions() -> Executions:
    from talent.aws import client

    return Executions(client("stepfunctions"))

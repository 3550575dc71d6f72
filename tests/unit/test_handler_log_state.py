"""Log lines carry only their own invocation's keys.

Powertools loggers of one service share their keys within a process. A stage appends the run's
project_id; without `clear_state` an API handler that ran later in the same process (a warm Lambda
that served other work, or the local stack, where every function shares one process) logged that
stale project_id on unrelated requests (found by a new-user trial on the local stack).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from aws_lambda_powertools import Logger

from tests.unit.test_health import ROOT, Context, load_handler


@pytest.mark.parametrize(("function", "event_name"), [("health", "health"), ("docs", "docs")])
def test_an_api_request_logs_no_key_left_by_earlier_work_in_the_process(
    function: str, event_name: str, caplog: pytest.LogCaptureFixture
) -> None:
    handler = load_handler(function)
    logger = Logger()
    logger.append_keys(project_id="p-earlier-run")  # what a stage of the same service leaves behind
    event = json.loads((ROOT / "events" / "api" / f"{event_name}.json").read_text())

    response = handler.lambda_handler(event, Context())

    assert response["statusCode"] == 200
    (record,) = [r for r in caplog.records if r.getMessage() == "request"]
    request_line = json.loads(logger.registered_formatter.format(record))  # the line as printed
    assert request_line["path"] == event["path"]
    assert "project_id" not in request_line


def _lambda_context_calls(path: Path) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "inject_lambda_context"
    ]


def test_every_handler_starts_each_invocation_with_a_clean_log_state() -> None:
    handlers = sorted((ROOT / "functions").glob("*/app.py"))
    calls = {path.parent.name: _lambda_context_calls(path) for path in handlers}
    assert all(calls.values()), [name for name, found in calls.items() if not found]
    unclean = [
        name
        for name, found in calls.items()
        for call in found
        if not any(k.arg == "clear_state" and getattr(k.value, "value", None) is True for k in call.keywords)
    ]
    assert unclean == []

"""Logs over a whole journey: one line per request with its fields, and no personal data or secrets."""

import io
import json
import logging
from collections.abc import Iterator

import pytest

from talent_local.stack import LocalStack
from tests.api_client import PASSWORD, ApiClient
from tests.sample_jobs import PYTHON_JD

pytestmark = pytest.mark.integration


@pytest.fixture
def logs(local_stack: LocalStack) -> Iterator[io.StringIO]:
    """Everything every powertools logger in this process writes during the test."""
    from aws_lambda_powertools.logging.formatter import LambdaPowertoolsFormatter

    buffer = io.StringIO()
    handlers = {
        handler
        for candidate in [logging.getLogger(), *logging.root.manager.loggerDict.values()]
        if isinstance(candidate, logging.Logger)
        for handler in candidate.handlers
        if isinstance(handler, logging.StreamHandler)
        and isinstance(handler.formatter, LambdaPowertoolsFormatter)
    }
    assert handlers, "no powertools log handler found"
    previous = {handler: handler.setStream(buffer) for handler in handlers}
    yield buffer
    for handler, stream in previous.items():
        handler.setStream(stream)


def test_a_journey_logs_requests_without_personal_data(local_stack: LocalStack, logs: io.StringIO) -> None:
    client = ApiClient(local_stack.api_url).sign_up()
    marker = "Zyxwvut-distinctive-phrase"
    project_id = client.start_run(f"{PYTHON_JD}\n{marker}\n", max_candidates=5)
    client.wait_for_run(project_id)
    assert client.request("GET", f"/projects/{project_id}").status == 200
    reply = client.request("GET", "/auth/me", headers={"X-Correlation-Id": "journey-42"})
    assert reply.headers["X-Correlation-Id"] == "journey-42"
    assert client.request("POST", "/auth/logout").status == 200

    text = logs.getvalue()
    for secret in (client.email, client.email.split("@")[0], PASSWORD, client.token or "?", marker):
        assert secret not in text
    lines = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    requests = [line for line in lines if line.get("message") == "request"]
    me = [line for line in requests if line["path"] == "/auth/me"]
    assert me, "no request line for GET /auth/me"
    assert me[0]["correlation_id"] == "journey-42"
    assert me[0]["status"] == 200
    assert me[0]["method"] == "GET"
    assert me[0]["user_id"]
    assert me[0]["duration_ms"] >= 0
    runs = [line for line in requests if line["path"] == "/pipeline/run"]
    assert runs[0]["status"] == 202
    assert runs[0]["user_id"] == me[0]["user_id"]

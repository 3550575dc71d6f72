"""The shared request path: error model, body checks, correlation id and the per-request log line."""

import base64
import copy
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import pytest
from aws_lambda_powertools.event_handler.openapi.params import Body
from pydantic import BaseModel

from talent.api import make_resolver
from talent.api.errors import Forbidden
from talent.api.requests import MAX_BODY_BYTES, current_user_id, logger, serve

EVENT = json.loads((Path(__file__).resolve().parents[3] / "events" / "api" / "health.json").read_text())


class Note(BaseModel):
    text: str


app = make_resolver()


@pytest.fixture
def log_output() -> Iterator[Callable[[], str]]:
    """What powertools' JSON log handler wrote during the test."""
    buffer = io.StringIO()
    previous = logger.registered_handler.setStream(buffer)  # type: ignore[attr-defined]
    yield buffer.getvalue
    logger.registered_handler.setStream(previous)  # type: ignore[attr-defined]


@app.get("/boom")
def boom() -> dict[str, str]:
    raise RuntimeError("database password is hunter2")


@app.get("/forbidden")
def forbidden() -> dict[str, str]:
    current_user_id.set("user-123")
    raise Forbidden("This project belongs to another user")


@app.post("/notes")
def notes(note: Annotated[Note, Body()]) -> Note:
    return note


def _event(method: str, path: str, body: str | None = None, **headers: str) -> dict[str, Any]:
    event = copy.deepcopy(EVENT)
    event.update(httpMethod=method, path=path, resource=path, body=body)
    event["headers"] = {**event["headers"], **headers}
    return event


def _call(event: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
    response = serve(app, event, None)
    return response["statusCode"], json.loads(response["body"] or "null"), response["headers"]


def test_unexpected_error_is_a_generic_500_with_the_request_id(log_output: Callable[[], str]) -> None:
    status, body, _ = _call(_event("GET", "/boom"))
    assert status == 500
    assert body == {
        "error": {
            "code": "internal_error",
            "message": "Internal server error",
            "details": [],
            "request_id": EVENT["requestContext"]["requestId"],
        }
    }
    logged = log_output()
    assert "Traceback" in logged  # the stack is in the log, not in the response
    assert "hunter2" not in json.dumps(body)


def test_domain_errors_map_to_their_status() -> None:
    status, body, _ = _call(_event("GET", "/forbidden"))
    assert status == 403
    assert body["error"]["code"] == "forbidden"


def test_malformed_json_is_a_400() -> None:
    status, body, _ = _call(_event("POST", "/notes", '{"text": ', **{"Content-Type": "application/json"}))
    assert status == 400
    assert body["error"]["code"] == "malformed_json"


def test_missing_field_is_a_422_naming_it() -> None:
    status, body, _ = _call(_event("POST", "/notes", "{}", **{"Content-Type": "application/json"}))
    assert status == 422
    assert body["error"]["details"] == [
        {"field": "body.text", "message": "Field required", "type": "missing"}
    ]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", ""])
def test_a_body_that_is_not_json_is_a_415(content_type: str) -> None:
    status, body, _ = _call(_event("POST", "/notes", '{"text": "hi"}', **{"Content-Type": content_type}))
    assert status == 415
    assert body["error"]["code"] == "unsupported_media_type"


def test_json_with_a_charset_is_accepted() -> None:
    event = _event("POST", "/notes", '{"text": "hi"}', **{"Content-Type": "application/json; charset=utf-8"})
    assert _call(event)[:2] == (200, {"text": "hi"})


def test_a_body_that_is_not_utf8_is_malformed_json() -> None:
    # API Gateway base64-encodes a body that is not UTF-8 text (found by the fuzzer: it was a 500).
    event = _event(
        "POST",
        "/notes",
        base64.b64encode(b"\x06Y^\xef/\xef").decode(),
        **{"Content-Type": "application/json"},
    )
    event["isBase64Encoded"] = True
    status, body, _ = _call(event)
    assert status == 400
    assert body["error"]["code"] == "malformed_json"


def test_a_body_over_1_mb_is_a_413() -> None:
    big = json.dumps({"text": "x" * MAX_BODY_BYTES})
    status, body, _ = _call(_event("POST", "/notes", big, **{"Content-Type": "application/json"}))
    assert status == 413
    assert body["error"]["code"] == "payload_too_large"


def test_unknown_route_is_a_json_404() -> None:
    status, body, _ = _call(_event("GET", "/nowhere"))
    assert status == 404
    assert body["error"]["code"] == "not_found"


def test_correlation_id_is_honoured_and_echoed(log_output: Callable[[], str]) -> None:
    _, _, headers = _call(_event("GET", "/forbidden", **{"X-Correlation-Id": "abc-123"}))
    assert headers["X-Correlation-Id"] == "abc-123"
    line = json.loads(log_output().strip().splitlines()[-1])
    assert line["correlation_id"] == "abc-123"
    assert {key: line[key] for key in ("method", "path", "user_id", "status")} == {
        "method": "GET",
        "path": "/forbidden",
        "user_id": "user-123",
        "status": 403,
    }
    assert line["duration_ms"] >= 0


def test_without_a_valid_correlation_id_the_request_id_is_used() -> None:
    for supplied in ({}, {"X-Correlation-Id": "bad id with spaces"}, {"X-Correlation-Id": "x" * 200}):
        _, _, headers = _call(_event("GET", "/forbidden", **supplied))
        assert headers["X-Correlation-Id"] == EVENT["requestContext"]["requestId"]

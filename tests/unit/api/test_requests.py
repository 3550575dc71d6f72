"""The shared request path: error model, body checks, correlation id and the per-request log line."""

import base64
import copy
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import pytest
from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Body, Header, Query
from pydantic import BaseModel

from talent.api import make_resolver
from talent.api.errors import Forbidden
from talent.api.limits import MAX_BODY_BYTES, SECURITY_HEADERS
from talent.api.requests import current_user_id, logger, serve

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


@app.get("/pages")
def pages(
    limit: Annotated[int, Query()] = 10,
    key: Annotated[str | None, Header(alias="idempotency-key", max_length=5)] = None,
) -> dict[str, Any]:
    return {"limit": limit, "key": key}


def _event(method: str, path: str, body: str | None = None, **headers: str) -> dict[str, Any]:
    event: dict[str, Any] = copy.deepcopy(EVENT)
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


def test_a_byte_order_mark_is_malformed_json_and_says_so() -> None:
    # A new user's body from a Windows editor got only "not valid JSON".
    status, body, _ = _call(
        _event("POST", "/notes", '\ufeff{"text": "hi"}', **{"Content-Type": "application/json"})
    )
    assert status == 400
    assert body["error"]["code"] == "malformed_json"
    assert "byte-order mark" in body["error"]["message"]


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


# ---- hostile bodies (issue 15): each was a 500 ----
def _post_note(
    body: str, content_type: str = "application/json"
) -> tuple[int, dict[str, Any], dict[str, str]]:
    return _call(_event("POST", "/notes", body, **{"Content-Type": content_type}))


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,  # RecursionError in json.loads
        '{"text": ' + "[" * 40 + "]" * 40 + "}",  # deeper than any body of this API
        '{"text": "hi", "n": ' + "9" * 5000 + "}",  # over Python's int-string conversion limit
        '{"text": "hi", "n": -' + "1" * 101 + "}",
        '{"text": "hi", "n": NaN}',  # not JSON (RFC 8259 section 6)
        '{"text": "hi", "n": -Infinity}',
        '{"text": "hi", "n": 1e400}',  # beyond a float
    ],
    ids=["100000-deep", "40-deep-in-a-field", "5000-digits", "101-digits", "NaN", "-Infinity", "1e400"],
)
def test_bodies_json_loads_accepts_but_we_cannot_take_are_malformed_json(body: str) -> None:
    status, answer, _ = _post_note(body)
    assert status == 400
    assert answer["error"]["code"] == "malformed_json"
    assert answer["error"]["message"].startswith("The request body is not valid JSON")


@pytest.mark.parametrize(
    ("body", "key"),
    [('{"text": "Python dev", "text": "Go dev"}', "text"), ('{"text": "hi", "n": {"a": 1, "a": 2}}', "a")],
)
def test_a_key_given_twice_is_malformed_json_naming_it(body: str, key: str) -> None:
    """`{"job_description_text": "Python dev", "job_description_text": "Go dev"}` ran with one of the two,
    silently (a new user's finding)."""
    status, answer, _ = _post_note(body)
    assert status == 400
    assert answer["error"]["code"] == "malformed_json"
    assert f"the key '{key}' appears twice" in answer["error"]["message"]


def test_a_header_is_named_as_it_is_written_and_a_repeated_parameter_as_repeated() -> None:
    """A too-long Idempotency-Key was "header.idempotency-key" here and "header.Idempotency-Key" in the
    route's own check; "?limit=1&limit=2" said "Input should be a valid integer" (a new user's findings)."""
    long_key = _event("GET", "/pages", **{"Idempotency-Key": "x" * 6})
    long_key["multiValueHeaders"] = {**long_key["multiValueHeaders"], "Idempotency-Key": ["x" * 6]}
    status, answer, _ = _call(long_key)
    assert status == 422
    assert [(d["field"], d["type"]) for d in answer["error"]["details"]] == [
        ("header.Idempotency-Key", "string_too_long")
    ]
    repeated = _event("GET", "/pages")
    repeated["multiValueQueryStringParameters"] = {"limit": ["1", "2"]}
    repeated["queryStringParameters"] = {"limit": "2"}
    status, answer, _ = _call(repeated)
    assert status == 422
    assert answer["error"]["details"] == [
        {
            "field": "query.limit",
            "message": "Given more than once; give this parameter once",
            "type": "repeated_parameter",
        }
    ]
    once = _event("GET", "/pages")
    once["queryStringParameters"] = {"limit": "3"}
    once["multiValueQueryStringParameters"] = {"limit": ["3"]}
    assert _call(once)[:2] == (200, {"limit": 3, "key": None})


def test_numbers_of_ordinary_size_are_not_malformed() -> None:
    status, answer, _ = _post_note('{"text": "hi", "n": ' + "9" * 100 + ', "x": 1.5e300}')
    assert (status, answer) == (200, {"text": "hi"})


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"text": "abcdefghijk\\ud800"}', "body.text"),
        ('{"text": "\\udfff and more"}', "body.text"),
        ('{"text": "ok", "extra": ["fine", {"deep": "\\ud83d"}]}', "body.extra.1.deep"),
        ('{"text": "ok", "k\\udc00": 1}', "body.k\\udc00"),
    ],
)
def test_a_lone_surrogate_is_a_422_naming_the_field(body: str, field: str) -> None:
    status, answer, _ = _post_note(body)
    assert status == 422
    (detail,) = answer["error"]["details"]
    assert (detail["field"], detail["type"]) == (field, "unpaired_surrogate")
    assert detail["message"].startswith("is not valid Unicode text: it contains a lone surrogate")


def test_a_surrogate_pair_is_one_ordinary_character() -> None:
    assert _post_note('{"text": "\\ud83d\\ude00"}')[:2] == (200, {"text": "\U0001f600"})


@pytest.mark.parametrize(
    "content_type",
    ["Application/Json", "APPLICATION/JSON; charset=UTF-8", " application/JSON ;charset=utf-8"],
)
def test_media_types_are_case_insensitive(content_type: str) -> None:
    assert _post_note('{"text": "hi"}', content_type)[:2] == (200, {"text": "hi"})


def test_a_multi_value_content_type_is_normalised_too() -> None:
    event = _event("POST", "/notes", '{"text": "hi"}', **{"Content-Type": "Application/Json"})
    event["multiValueHeaders"] = {"Content-Type": ["Application/Json"]}
    assert _call(event)[:2] == (200, {"text": "hi"})


# ---- security headers (issue 15) ----
@app.get("/cached")
def cached() -> Response[str]:
    return Response(200, "text/plain", "public", headers={"Cache-Control": "max-age=60"})


@pytest.mark.parametrize(
    "event",
    [
        _event("GET", "/forbidden"),
        _event("GET", "/nowhere"),
        _event("GET", "/boom"),
        _event("POST", "/notes", '{"text": "hi"}', **{"Content-Type": "application/json"}),
        _event("POST", "/notes", "[" * 100_000, **{"Content-Type": "application/json"}),
        _event("POST", "/notes", "text=hi", **{"Content-Type": "text/plain"}),  # answered before the resolver
    ],
    ids=["403", "404", "500", "200", "400", "415"],
)
def test_every_response_carries_the_security_headers(event: dict[str, Any]) -> None:
    headers = _call(event)[2]
    assert {name: headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS
    assert headers["Cache-Control"] == "no-store"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_a_route_may_set_its_own_value_of_a_security_header() -> None:
    response = serve(app, _event("GET", "/cached"), None)
    assert response["multiValueHeaders"]["Cache-Control"] == ["max-age=60"]
    assert "Cache-Control" not in response["headers"]  # not sent twice
    assert response["headers"]["X-Content-Type-Options"] == "nosniff"

"""One error model over real HTTP, for every kind of bad request."""

import pytest

from talent_local.stack import LocalStack
from tests.api_client import ApiClient

pytestmark = pytest.mark.integration


def _assert_error(reply_json: dict[str, object], code: str) -> None:
    error = reply_json["error"]
    assert isinstance(error, dict)
    assert error["code"] == code
    assert error["message"]
    assert error["request_id"]
    assert isinstance(error["details"], list)


def test_malformed_json_is_400(alice: ApiClient) -> None:
    reply = alice.request("POST", "/pipeline/run", raw=b'{"job_description_text": "Python')
    assert reply.status == 400
    _assert_error(reply.json(), "malformed_json")


def test_wrong_content_type_is_415(alice: ApiClient) -> None:
    reply = alice.request(
        "POST", "/pipeline/run", raw=b"job_description_text=Python", headers={"Content-Type": "text/plain"}
    )
    assert reply.status == 415
    _assert_error(reply.json(), "unsupported_media_type")


def test_body_over_1_mb_is_413(local_stack: LocalStack) -> None:
    reply = ApiClient(local_stack.api_url).request("POST", "/auth/register", raw=b"x" * (1024 * 1024 + 1))
    assert reply.status == 413
    _assert_error(reply.json(), "payload_too_large")


def test_unknown_route_is_404_and_wrong_method_405(alice: ApiClient) -> None:
    missing = alice.request("GET", "/projects/x/nothing-here")
    assert missing.status == 404
    _assert_error(missing.json(), "not_found")
    wrong = alice.request("PUT", "/projects")
    assert wrong.status == 405
    _assert_error(wrong.json(), "method_not_allowed")
    assert "GET" in wrong.headers["Allow"]


def test_422_lists_each_bad_field(alice: ApiClient) -> None:
    reply = alice.request("GET", "/projects?limit=0")
    assert reply.status == 422
    error = reply.json()["error"]
    assert [detail["field"] for detail in error["details"]] == ["query.limit"]
    assert error["details"][0]["type"] == "greater_than_equal"

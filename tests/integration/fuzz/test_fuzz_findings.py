"""What `make fuzz` found, pinned over HTTP so it stays fixed whatever the fuzzer generates next time."""

import json

import pytest
import urllib3

from talent_local.openapi import SPEC_PATH
from talent_local.stack import LocalStack
from tests.api_client import ApiClient

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def client(local_stack: LocalStack) -> ApiClient:
    return ApiClient(local_stack.api_url).sign_up()


def test_a_body_that_is_not_utf8_is_a_400_not_a_500(client: ApiClient) -> None:
    reply = client.request("POST", "/suppressions", raw=b"\x06Y^\xef/\xef")
    assert reply.status == 400
    assert reply.json()["error"]["code"] == "malformed_json"


def test_an_encoded_slash_in_a_path_parameter_is_a_404(client: ApiClient) -> None:
    # The front routes like API Gateway, on the path as sent: `/projects/x%2Fexport` is DELETE
    # /projects/{project_id}, a 404 (no such project), not a 405 from DELETE /projects/{id}/export.
    assert client.request("DELETE", "/projects/x%2Fexport").status == 404
    assert client.request("GET", "/projects/x%2Fexport").status == 404


@pytest.mark.parametrize("value", [True, "5", 5.5])
def test_run_counts_must_be_json_integers(client: ApiClient, value: object) -> None:
    # Lax pydantic started a run for `"max_candidates": true` (as 1) and for "5".
    for field in ("max_candidates", "top_n"):
        body = {"job_description_text": "Senior Python engineer, AWS, Berlin", field: value}
        reply = client.request("POST", "/pipeline/run", body)
        assert reply.status == 422, reply.data
        assert reply.json()["error"]["details"][0]["field"] == f"body.{field}"


def test_an_email_on_a_special_use_domain_is_a_422(local_stack: LocalStack) -> None:
    # `format: email` allows x@y.test; the API does not (schemathesis.toml expects this 422).
    body = {"email": "ada@example.test", "password": "a long test passphrase"}
    reply = ApiClient(local_stack.api_url).request("POST", "/auth/register", body)
    assert reply.status == 422
    assert reply.json()["error"]["details"][0]["field"] == "body.email"


def test_a_204_has_no_body_and_the_spec_documents_none(client: ApiClient) -> None:
    assert client.request("POST", "/suppressions", {"github_login": "octocat"}).status == 201
    reply = client.request("DELETE", "/suppressions/octocat")
    assert reply.status == 204
    assert reply.data == b""
    spec = json.loads(SPEC_PATH.read_text())
    for operations in spec["paths"].values():
        for operation in operations.values():
            assert "content" not in operation["responses"].get("204", {})


def test_removing_a_login_github_could_not_have_is_a_422_naming_it(client: ApiClient) -> None:
    # A new user's DELETE /suppressions/bad%20login!! answered 404 "not listed".
    reply = client.request("DELETE", "/suppressions/bad%20login!!")
    assert reply.status == 422
    assert reply.json()["error"]["details"][0]["field"] == "path.github_login"


def test_every_json_body_route_documents_400_413_and_415() -> None:
    spec = json.loads(SPEC_PATH.read_text())
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            documented = set(operation["responses"])
            assert {"200", "201", "202", "204"} & documented, f"{method} {path}: no success documented"
            assert {"413", "500"} <= documented, f"{method} {path}"
            if "requestBody" in operation:
                assert {"400", "415"} <= documented, f"{method} {path}"
            if operation.get("security"):
                assert "401" in documented, f"{method} {path}"


def test_unauthenticated_requests_are_401_before_anything_else(local_stack: LocalStack) -> None:
    reply = urllib3.request("GET", f"{local_stack.api_url}/projects", retries=False)
    assert reply.status == 401
    assert reply.headers["WWW-Authenticate"].startswith("Bearer")

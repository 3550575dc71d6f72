"""The sample API Gateway events in events/api: one per route of template.yaml, each a valid REST proxy
event for its route, and the ones that need no AWS run through the real handler.

Protected routes are invoked without their placeholder token: that is a 401 before any AWS call (a
placeholder token would make the handler read the JWT secret first). Register and login need DynamoDB;
tests/unit/accounts runs them on moto.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from aws_lambda_powertools.utilities.parser.models import APIGatewayProxyEventModel

from talent_local.runtime import LambdaContext
from talent_local.template import FunctionSpec, Template

ROOT = Path(__file__).resolve().parents[2]
EVENTS = sorted((ROOT / "events" / "api").glob("*.json"))
FUNCTIONS = Template().functions()
ROUTES: dict[tuple[str, str], FunctionSpec] = {
    (route.method, route.path): spec for spec in FUNCTIONS for route in spec.routes
}
OPENAPI: dict[str, Any] = json.loads((ROOT / "layers/talent/talent/api/openapi.json").read_text())
PLACEHOLDER = "Bearer REPLACE_WITH_ACCESS_TOKEN_FROM_LOGIN"
NEED_AWS = {("POST", "/auth/register"), ("POST", "/auth/login")}

_handlers: dict[str, ModuleType] = {}


def load(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((ROOT / "events" / "api" / f"{name}.json").read_text())
    return event


def route_of(event: dict[str, Any]) -> tuple[str, str]:
    return event["httpMethod"], event["resource"]


def is_protected(method: str, resource: str) -> bool:
    """Per the OpenAPI document; /docs and /openapi.json are not in it and are public."""
    operation = OPENAPI["paths"].get(resource, {}).get(method.lower(), {})
    return bool(operation.get("security"))


def handler_module(spec: FunctionSpec) -> ModuleType:
    """The function's app.py under a unique module name (every function's module is called app)."""
    if spec.logical_id not in _handlers:
        module_spec = importlib.util.spec_from_file_location(
            f"events_test_{spec.logical_id}", spec.code_dir / "app.py"
        )
        assert module_spec is not None
        assert module_spec.loader is not None
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        _handlers[spec.logical_id] = module
    return _handlers[spec.logical_id]


def invoke(event: dict[str, Any]) -> dict[str, Any]:
    spec = ROUTES[route_of(event)]
    context = LambdaContext(spec.name, spec.arn, spec.memory, spec.timeout)
    response: dict[str, Any] = handler_module(spec).lambda_handler(event, context)
    return response


@pytest.fixture(autouse=True)
def no_cached_settings() -> Iterator[None]:
    """The handlers cache the environment's settings once per process (talent.settings): leave no cache
    behind, or a local stack started later in the session would run with these (empty) table names."""
    from talent.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def no_aws(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any AWS API call fails the test: these requests must be answered without one."""

    def refuse(self: Any, operation: str, params: Any) -> None:
        raise AssertionError(f"unexpected AWS call {operation}")

    monkeypatch.setattr("botocore.client.BaseClient._make_api_call", refuse)


def test_every_route_of_the_template_has_exactly_one_sample_event() -> None:
    routes = [route_of(json.loads(path.read_text())) for path in EVENTS]
    assert sorted(set(ROUTES) - set(routes)) == [], "routes without a sample event"
    # Export is the only route with two samples (format=json and format=csv).
    duplicates = {route for route in routes if routes.count(route) > 1}
    assert duplicates <= {("GET", "/projects/{project_id}/export")}


@pytest.mark.parametrize("path", EVENTS, ids=[path.stem for path in EVENTS])
def test_event_is_a_rest_proxy_event_for_a_template_route(path: Path) -> None:
    event = json.loads(path.read_text())
    APIGatewayProxyEventModel.model_validate(event)  # what powertools' parser accepts
    method, resource = route_of(event)
    assert (method, resource) in ROUTES, f"{method} {resource} is not an Api event in template.yaml"
    context = event["requestContext"]
    assert (context["httpMethod"], context["resourcePath"]) == (method, resource)
    assert context["path"] == f"/{context['stage']}{event['path']}"

    # The path is the resource with its path parameters filled in, and only those.
    names = re.findall(r"{(\w+)}", resource)
    parameters = event["pathParameters"] or {}
    assert sorted(parameters) == sorted(names)
    filled = resource
    for name, value in parameters.items():
        assert value
        assert "/" not in value
        filled = filled.replace("{" + name + "}", value)
    assert event["path"] == filled

    # Single- and multi-value views agree, as API Gateway sends them.
    assert event["multiValueHeaders"] == {name: [value] for name, value in event["headers"].items()}
    query = event["queryStringParameters"]
    multi_query = event["multiValueQueryStringParameters"]
    assert (multi_query or None) == ({k: [v] for k, v in query.items()} if query else None)

    headers = {name.lower(): value for name, value in event["headers"].items()}
    if event["body"] is None:
        assert "content-type" not in headers
    else:
        assert headers["content-type"] == "application/json"
        assert isinstance(json.loads(event["body"]), dict)
        assert event["isBase64Encoded"] is False
    if is_protected(method, resource):
        assert headers.get("authorization") == PLACEHOLDER  # replaced by a real token to use it
    else:
        assert "authorization" not in headers


@pytest.mark.parametrize("path", EVENTS, ids=[path.stem for path in EVENTS])
def test_event_body_and_query_match_the_documented_operation(path: Path) -> None:
    event = json.loads(path.read_text())
    method, resource = route_of(event)
    operation = OPENAPI["paths"].get(resource, {}).get(method.lower())
    if operation is None:
        assert resource in {"/docs", "/openapi.json"}
        return
    documented_query = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    assert set(event["queryStringParameters"] or {}) <= documented_query
    body = operation.get("requestBody")
    assert (event["body"] is not None) == (body is not None)
    if body is not None:
        ref = body["content"]["application/json"]["schema"]["$ref"]
        schema = OPENAPI["components"]["schemas"][ref.rsplit("/", 1)[1]]
        sent = json.loads(event["body"])
        assert set(schema.get("required", [])) <= set(sent)
        assert set(sent) <= set(schema["properties"])


@pytest.mark.usefixtures("no_aws")
@pytest.mark.filterwarnings("ignore:No application metrics to publish")
@pytest.mark.parametrize(
    "name",
    [
        path.stem
        for path in EVENTS
        if is_protected(*route_of(json.loads(path.read_text())))
        and route_of(json.loads(path.read_text())) not in NEED_AWS
    ],
)
def test_protected_route_without_a_token_is_a_json_401(name: str) -> None:
    event = load(name)
    for view in ("headers", "multiValueHeaders"):
        event[view] = {k: v for k, v in event[view].items() if k.lower() != "authorization"}
    response = invoke(event)
    assert response["statusCode"] == 401, response["body"]
    assert json.loads(response["body"])["error"]["code"] == "unauthorized"
    headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
    multi = {k.lower(): v for k, v in (response.get("multiValueHeaders") or {}).items()}
    assert "Bearer" in str(headers.get("www-authenticate") or multi.get("www-authenticate"))


@pytest.mark.usefixtures("no_aws")
def test_health_event_answers_ok() -> None:
    response = invoke(load("health"))
    assert response["statusCode"] == 200
    assert json.loads(response["body"])["status"] == "ok"


@pytest.mark.usefixtures("no_aws")
def test_openapi_event_answers_the_document_for_its_host() -> None:
    response = invoke(load("openapi"))
    assert response["statusCode"] == 200
    document = json.loads(response["body"])
    assert document["servers"] == [{"url": "https://api.example.com"}]
    assert set(document["paths"]) == {resource for _, resource in ROUTES} - {"/docs", "/openapi.json"}


@pytest.mark.usefixtures("no_aws")
def test_docs_event_answers_swagger_ui() -> None:
    response = invoke(load("docs"))
    assert response["statusCode"] == 200
    headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
    multi = {k.lower(): v for k, v in (response.get("multiValueHeaders") or {}).items()}
    assert "text/html" in str(headers.get("content-type") or multi.get("content-type"))
    assert "SwaggerUIBundle" in response["body"]

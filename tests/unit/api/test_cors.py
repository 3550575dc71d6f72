"""Access-Control-Allow-Origin on the handlers' responses: successes, the resolver's errors and the
body checks that answer before it, for the origin the template's AllowedOrigin allows."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest

from talent_local.runtime import FunctionRuntime
from talent_local.template import Template

EVENTS = Path(__file__).resolve().parents[3] / "events" / "api"
APP = "https://app.example.com"

Invoke = Callable[[str, str, dict[str, str]], dict[str, Any]]


def event(name: str, origin: str | None, **changes: Any) -> dict[str, Any]:
    sample: dict[str, Any] = json.loads((EVENTS / f"{name}.json").read_text(encoding="utf-8"))
    sample = {**deepcopy(sample), **changes}
    if origin:
        sample["headers"] = {**(sample.get("headers") or {}), "Origin": origin}
        sample["multiValueHeaders"] = {**(sample.get("multiValueHeaders") or {}), "Origin": [origin]}
    return sample


def header(response: dict[str, Any], name: str) -> str | None:
    single = response.get("headers") or {}
    multi = response.get("multiValueHeaders") or {}
    value: str | None = single.get(name) or (multi.get(name) or [None])[0]
    return value


@pytest.fixture
def invoke(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Callable[..., dict[str, Any]]]]:
    """invoke(allowed_origin)(function_id, event) runs the handler as Lambda would, with ALLOWED_ORIGIN
    as the template sets it (read at cold start, so each origin gets fresh handler copies)."""
    from talent.settings import get_settings

    functions = {spec.logical_id: spec for spec in Template().functions()}

    def with_origin(allowed: str) -> Callable[..., dict[str, Any]]:
        monkeypatch.setenv("ALLOWED_ORIGIN", allowed)
        get_settings.cache_clear()
        runtime = FunctionRuntime(list(functions.values()))
        return lambda function_id, sent: runtime.invoke(functions[function_id], sent)

    yield with_origin
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("function_id", "sent", "status"),
    [
        ("HealthFunction", event("health", APP), 200),
        ("HealthFunction", event("health", APP, path="/elsewhere"), 404),  # the resolver's not_found
        ("AuthFunction", event("auth_me", APP, headers={"Origin": APP}, multiValueHeaders={}), 401),
        (  # answered by the body checks, before the resolver
            "AuthFunction",
            event("auth_register", APP, headers={"Origin": APP, "Content-Type": "text/plain"}, body="x"),
            415,
        ),
    ],
)
def test_every_response_to_the_allowed_origin_allows_it(
    invoke: Callable[[str], Callable[..., dict[str, Any]]],
    function_id: str,
    sent: dict[str, Any],
    status: int,
) -> None:
    response = invoke(APP)(function_id, sent)

    assert response["statusCode"] == status
    assert header(response, "Access-Control-Allow-Origin") == APP
    assert "X-Correlation-Id" in (header(response, "Access-Control-Expose-Headers") or "")


def test_another_origin_is_not_allowed(invoke: Callable[[str], Callable[..., dict[str, Any]]]) -> None:
    response = invoke(APP)("HealthFunction", event("health", "https://evil.example"))

    assert response["statusCode"] == 200
    assert header(response, "Access-Control-Allow-Origin") is None


def test_any_origin_when_the_parameter_is_a_star(
    invoke: Callable[[str], Callable[..., dict[str, Any]]],
) -> None:
    response = invoke("*")("HealthFunction", event("health", "https://anywhere.example"))

    assert header(response, "Access-Control-Allow-Origin") == "*"


def test_the_template_gives_the_handlers_and_api_gateway_the_same_origin() -> None:
    template = Template(parameter_overrides={"AllowedOrigin": APP})
    # Every function with routes answers browsers; the others read no origin (talent.settings.ApiSettings).
    assert {spec.environment.get("ALLOWED_ORIGIN") for spec in template.functions() if spec.routes} == {APP}
    api = template.resources["Api"]["Properties"]
    assert template.resolve(api["Cors"])["AllowOrigin"] == f"'{APP}'"
    answers = template.resolve(api["GatewayResponses"])
    for kind, answer in answers.items():
        assert answer["ResponseParameters"]["Headers"]["Access-Control-Allow-Origin"] == f"'{APP}'", kind
    assert set(answers) >= {"DEFAULT_4XX", "DEFAULT_5XX"}

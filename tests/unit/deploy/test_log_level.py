"""LogLevel=DEBUG reaches Lambda's JSON log filter and powertools alike: SAM CLI computes the functions'
environment from template.yaml as Lambda would, and a handler's Logger then emits DEBUG as JSON."""

from __future__ import annotations

import importlib.util
import io
import json
import uuid
from types import ModuleType
from typing import Any

import pytest

from talent_local.sam_venv import function_environments
from talent_local.template import REGION, Template

LOG_ENV = ("AWS_LAMBDA_LOG_FORMAT", "AWS_LAMBDA_LOG_LEVEL", "POWERTOOLS_LOG_LEVEL")


@pytest.fixture(scope="module")
def debug_env() -> dict[str, dict[str, str]]:
    return function_environments(Template().path, REGION, None, {"LogLevel": "DEBUG"})


def test_every_function_is_set_to_debug_for_lambda_and_powertools(
    debug_env: dict[str, dict[str, str]],
) -> None:
    for function, env in debug_env.items():
        assert {name: env[name] for name in LOG_ENV} == {
            "AWS_LAMBDA_LOG_FORMAT": "JSON",
            "AWS_LAMBDA_LOG_LEVEL": "DEBUG",  # Lambda drops records below it
            "POWERTOOLS_LOG_LEVEL": "DEBUG",
        }, function


def load_health(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> ModuleType:
    for name in LOG_ENV:
        monkeypatch.setenv(name, env[name])
    # A process has one logger per service, configured once: a new name stands for a new process.
    monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", f"log-level-{uuid.uuid4().hex}")
    path = Template().path.parent / "functions" / "health" / "app.py"
    spec = importlib.util.spec_from_file_location("log_level_health_app", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # a cold start: the Logger reads its level now
    return module


def emitted(module: ModuleType, message: str) -> list[dict[str, Any]]:
    """The JSON lines the module's Logger writes for logger.debug(message)."""
    handler = module.logger.registered_handler
    stream = io.StringIO()
    previous = handler.setStream(stream)  # the handler keeps the stdout of whoever created it first
    try:
        module.logger.debug(message)
    finally:
        handler.setStream(previous)
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_handler_logs_debug_as_json(
    debug_env: dict[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    health = load_health(monkeypatch, debug_env["HealthFunction"])

    (line,) = emitted(health, "probe")

    assert {"level": "DEBUG", "message": "probe"}.items() <= line.items()


def test_without_the_application_log_level_debug_was_lost(
    debug_env: dict[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: LogFormat JSON without ApplicationLogLevel, so Lambda set INFO, and powertools follows it.
    with pytest.warns(UserWarning, match="Advanced Logging Controls"):
        health = load_health(monkeypatch, {**debug_env["HealthFunction"], "AWS_LAMBDA_LOG_LEVEL": "INFO"})

    assert emitted(health, "probe") == []

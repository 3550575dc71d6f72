"""GET /health through the handler, with the sample API Gateway event from events/."""

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_handler(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"fn_{name}_app", ROOT / "functions" / name / "app.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Context:
    function_name = "health"
    memory_limit_in_mb = 256
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:health"
    aws_request_id = "req-1"


@pytest.fixture
def health() -> ModuleType:
    return load_handler("health")


def test_health_returns_ok_and_version(health: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    event = json.loads((ROOT / "events" / "api" / "health.json").read_text())
    response = health.lambda_handler(event, Context())
    assert response["statusCode"] == 200
    assert json.loads(response["body"]) == {"status": "ok", "version": "0.1.0"}


def test_unknown_path_in_the_function_is_json_404(health: ModuleType) -> None:
    event = json.loads((ROOT / "events" / "api" / "health.json").read_text())
    event["path"] = "/elsewhere"
    response = health.lambda_handler(event, Context())
    assert response["statusCode"] == 404
    body = json.loads(response["body"])
    assert body["error"]["code"] == "not_found"
    assert body["error"]["request_id"] == "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"

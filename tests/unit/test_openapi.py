"""The committed OpenAPI document matches the code, and documents the API the way clients see it."""

import json

from openapi_spec_validator import validate

from talent_local.openapi import SPEC_PATH, build_spec, render


def test_committed_openapi_document_is_current() -> None:
    # Stale means a route, model or limit changed without `make openapi`.
    assert SPEC_PATH.read_text() == render(build_spec())


def test_committed_openapi_document_is_valid_openapi_3_1() -> None:
    # Code generators reject an invalid document: a 429's Retry-After header once lacked its schema.
    spec = json.loads(SPEC_PATH.read_text())
    assert spec["openapi"].startswith("3.1")
    validate(spec)  # raises on the first violation


def test_every_error_response_uses_the_error_model() -> None:
    spec = json.loads(SPEC_PATH.read_text())
    assert spec["paths"], "no routes documented"
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            errors = {status: r for status, r in operation["responses"].items() if status[0] in "45"}
            assert "500" in errors, f"{method} {path}"
            for status, response in errors.items():
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, f"{method} {path} {status}"
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_bearer_scheme_is_declared() -> None:
    spec = json.loads(SPEC_PATH.read_text())
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
    }


PUBLIC = {("get", "/health"), ("post", "/auth/register"), ("post", "/auth/login")}


def test_every_operation_is_described_and_protected_ones_need_the_bearer() -> None:
    spec = json.loads(SPEC_PATH.read_text())
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method} {path}"
            assert operation.get("description"), f"{method} {path}"
            assert operation.get("tags"), f"{method} {path}"
            if (method, path) in PUBLIC:
                assert "security" not in operation, f"{method} {path}"
            else:
                assert operation["security"] == [{"bearerAuth": []}], f"{method} {path}"
                assert "401" in operation["responses"], f"{method} {path}"


def test_the_old_names_of_the_stage_are_documented_deprecated_aliases() -> None:
    """`current_module` and `error.module` stay one version beside `current_stage` and `error.stage`."""
    schemas = json.loads(SPEC_PATH.read_text())["components"]["schemas"]
    for model, old, new in [
        ("PipelineStatus", "current_module", "current_stage"),
        ("ProjectError", "module", "stage"),
    ]:
        properties = schemas[model]["properties"]
        assert properties[old]["deprecated"] is True
        assert f"`{new}`" in properties[old]["description"]
        assert not properties[new].get("deprecated")

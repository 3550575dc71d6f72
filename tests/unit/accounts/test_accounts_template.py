"""template.yaml gives every function that authenticates what require_user reads, and no more to auth."""

from __future__ import annotations

from typing import Any

import pytest

from talent_local.template import Template

READS = {"DynamoDBReadPolicy", "DynamoDBCrudPolicy"}


def policies(resource: dict[str, Any]) -> list[tuple[str, Any]]:
    return [next(iter(policy.items())) for policy in resource["Properties"].get("Policies", [])]


def grants(resource: dict[str, Any], kinds: set[str], key: str, ref: str) -> bool:
    return any(kind in kinds and args.get(key) == {"Ref": ref} for kind, args in policies(resource))


def authenticating_functions(template: Template) -> list[str]:
    found = []
    for spec in template.functions():
        code = (spec.code_dir / (spec.handler.rsplit(".", 1)[0] + ".py")).read_text(encoding="utf-8")
        if "require_user(" in code:
            found.append(spec.logical_id)
    return found


def test_the_auth_function_and_others_call_require_user(template: Template) -> None:
    assert "AuthFunction" in authenticating_functions(template)


@pytest.mark.parametrize("logical_id", authenticating_functions(Template()))
def test_functions_that_authenticate_can_read_sessions_users_and_the_key(
    template: Template, logical_id: str
) -> None:
    resource = template.resources[logical_id]
    assert grants(resource, READS, "TableName", "UsersTable"), logical_id
    assert grants(resource, READS, "TableName", "SessionsTable"), logical_id
    assert grants(resource, {"AWSSecretsManagerGetSecretValuePolicy"}, "SecretArn", "JwtSecret"), logical_id


def test_auth_function_is_limited_to_its_tables_and_secret(template: Template) -> None:
    auth = template.resources["AuthFunction"]
    assert sorted((kind, str(args)) for kind, args in policies(auth)) == sorted(
        [
            ("DynamoDBCrudPolicy", str({"TableName": {"Ref": "UsersTable"}})),
            ("DynamoDBCrudPolicy", str({"TableName": {"Ref": "SessionsTable"}})),
            ("AWSSecretsManagerGetSecretValuePolicy", str({"SecretArn": {"Ref": "JwtSecret"}})),
        ]
    )
    spec = next(spec for spec in template.functions() if spec.logical_id == "AuthFunction")
    routes = {(route.path, route.method) for route in spec.routes}
    assert routes == {
        ("/auth/register", "POST"),
        ("/auth/login", "POST"),
        ("/auth/logout", "POST"),
        ("/auth/me", "GET"),
    }
    assert template.resources["AuthFunctionLogs"]["Properties"]["LogGroupName"] == {
        "Fn::Sub": "/aws/lambda/${AuthFunction}"
    }

"""template.yaml gives every function that authenticates what require_user reads (the session and the
profile in one BatchGetItem, and the JWT key), as SAM generates the roles; the auth function gets its
two tables by key only (no Scan or Query of the password hashes) and the key."""

from __future__ import annotations

import pytest

from talent_local.iam import Permission, RolePolicy
from talent_local.template import ACCOUNT_ID, REGION, Template

USERS = f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/talent-local-UsersTable"
SESSIONS = f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/talent-local-SessionsTable"
JWT_KEY = f"arn:aws:secretsmanager:{REGION}:{ACCOUNT_ID}:secret:talent-local-JwtSecret-AbCdEf"  # sam_roles'


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
    sam_roles: dict[str, RolePolicy], logical_id: str
) -> None:
    role = sam_roles[logical_id]
    assert role.allows(Permission("dynamodb:BatchGetItem", USERS)), logical_id
    assert role.allows(Permission("dynamodb:BatchGetItem", SESSIONS)), logical_id
    assert role.allows(Permission("secretsmanager:GetSecretValue", JWT_KEY)), logical_id


def test_auth_function_is_limited_to_its_tables_and_secret(
    template: Template, sam_roles: dict[str, RolePolicy]
) -> None:
    statements = sam_roles["AuthFunction"].statements
    assert {resource for statement in statements for resource in statement.resources} == {
        USERS,
        SESSIONS,
        JWT_KEY,
    }
    assert not any(statement.not_actions or statement.not_resources for statement in statements)
    for action in ("dynamodb:Scan", "dynamodb:Query"):
        assert not sam_roles["AuthFunction"].allows(Permission(action, USERS))
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

"""The one auth dependency: every protected route of every function calls `require_user(app)` first.

    declare_bearer_scheme(app)

    @app.get("/things", security=BEARER_SECURITY, responses={401: UNAUTHORIZED_RESPONSE})
    def things() -> ...:
        user = require_user(app)

It reads `Authorization: Bearer <jwt>`, verifies the token (HS256 pinned; sub, jti, iat, exp, iss and
aud required; not expired), then checks that the session still exists, belongs to `sub` and has not
expired, and that the user still exists. Any failure is 401 with `WWW-Authenticate: Bearer` and the
same generic message. Cost: one BatchGetItem (two DynamoDB calls at worst) and no Secrets Manager call
once the key is cached. Call it once per route and pass the user on: each call checks again.

A function that uses it needs, in template.yaml: DynamoDBReadPolicy on UsersTable and SessionsTable,
and AWSSecretsManagerGetSecretValuePolicy on JwtSecret.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from pydantic import BaseModel, Field

from talent.api.errors import Unauthorized
from talent.api.requests import current_user_id

BEARER_SCHEME = "bearerAuth"  # the security scheme name of the merged OpenAPI document
BEARER_SECURITY: list[dict[str, list[str]]] = [{BEARER_SCHEME: []}]
UNAUTHORIZED_RESPONSE: Any = {
    "description": "Missing, malformed, expired or revoked bearer token (the same answer for each)",
    "headers": {"WWW-Authenticate": {"description": "Bearer", "schema": {"type": "string"}}},
}


class AuthenticatedUser(BaseModel):
    """The caller of a protected route."""

    user_id: str = Field(description="The user's id (the token's sub)")
    session_id: str = Field(description="The session's id (the token's jti); logout deletes it")
    email: str
    created_at: str = Field(description="When the account was created, ISO-8601 UTC")
    last_login: str | None = Field(description="When the user last logged in, ISO-8601 UTC")


def declare_bearer_scheme(app: APIGatewayRestResolver) -> None:
    """Declare the `bearerAuth` scheme on `app`, so its routes may say `security=BEARER_SECURITY`
    (powertools refuses to document a route whose security scheme is undeclared).

    Declared when the app's OpenAPI schema is first generated (`make openapi`, tests), not at import:
    powertools' OpenAPI models take ~40 ms to import, which no request needs (the docs function serves
    the generated document)."""
    generate = app.get_openapi_schema

    def with_bearer_scheme(*args: Any, **kwargs: Any) -> Any:
        if BEARER_SCHEME not in (app.openapi_config.security_schemes or {}):
            from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer

            scheme = HTTPBearer(scheme="bearer", bearerFormat="JWT")
            app.configure_openapi(security_schemes={BEARER_SCHEME: scheme})
        return generate(*args, **kwargs)

    app.get_openapi_schema = with_bearer_scheme  # type: ignore[method-assign]


def bearer_token(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <token>` header value, or Unauthorized."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or " " in token:
        raise Unauthorized()
    return token


def require_user(app: APIGatewayRestResolver) -> AuthenticatedUser:
    """The authenticated caller of the current request; raises talent.api.errors.Unauthorized."""
    token = bearer_token(app.current_event.headers.get("authorization"))

    from talent.accounts.service import get_accounts  # lazy: only protected routes load accounts

    principal = get_accounts().authenticate(token)
    current_user_id.set(principal.user.user_id)  # for the request's log line
    return AuthenticatedUser(
        user_id=principal.user.user_id,
        session_id=principal.session.session_id,
        email=principal.user.email,
        created_at=principal.user.created_at,
        last_login=principal.user.last_login,
    )

"""POST /auth/register, POST /auth/login, POST /auth/logout and GET /auth/me.

Thin: each route validates its body, calls one use case of talent.accounts and shapes the answer.
Logs carry user and session ids only: never an email, a password or a token. Routes are not wrapped in
tracer.capture_method: it logs every exception, 401s included, at ERROR with a stack trace; the
handler's segment and the patched boto3 calls already show in X-Ray.
"""

from typing import Annotated, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler.openapi.params import Body
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.accounts.passwords import MAX_LENGTH, MIN_LENGTH, MIN_LETTERS_OR_DIGITS
from talent.accounts.service import UNKNOWN_ADDRESS, get_accounts
from talent.api import make_resolver
from talent.api.auth import BEARER_SECURITY, UNAUTHORIZED_RESPONSE, declare_bearer_scheme, require_user
from talent.api.errors import retry_after_header
from talent.api.models.accounts import (
    LoginRequest,
    LogoutResponse,
    MeResponse,
    RegisterRequest,
    RegisterResponse,
    TokenResponse,
)
from talent.api.requests import serve
from talent.errors import Throttled, Unauthenticated
from talent.settings import AccountPolicy, AccountsSettings, ApiSettings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ApiSettings, AccountsSettings)
logger = Logger()
tracer = make_tracer()
metrics = Metrics()
app = make_resolver()
declare_bearer_scheme(app)
THROTTLE = AccountPolicy()  # the login throttle's deployed defaults, for the documentation


def _count(name: str) -> None:
    metrics.add_metric(name=name, unit=MetricUnit.Count, value=1)


@app.post(
    "/auth/register",
    status_code=201,
    summary="Create an account",
    description=(
        "Registers an email and password. The email is validated (at most 64 bytes before the @) and "
        "stored NFKC-normalised and case-folded. The password needs "
        f"{MIN_LENGTH}-{MAX_LENGTH} characters with at least {MIN_LETTERS_OR_DIGITS} letters or digits, "
        "must not be the email and must not be in our list of common passwords. It is stored only as a "
        f"bcrypt hash. At most {THROTTLE.register_address_max} registrations (any answer past validation: "
        "201 or 409) from one address within "
        f"{THROTTLE.register_address_window_seconds // 60} minutes of its first; past that, 429 with "
        "Retry-After."
    ),
    responses={
        201: {"description": "Account created", "content": {"application/json": {"model": RegisterResponse}}},
        409: {"description": "An account with this email already exists"},
        422: {"description": "Invalid email, or a password that breaks the policy"},
        429: {
            "description": "Too many registrations from this address"
            " (details: quota.registrations_per_address)",
            "headers": retry_after_header("Seconds until this address may register again"),
        },
    },
    tags=["Accounts"],
)
def register(request: Annotated[RegisterRequest, Body()]) -> RegisterResponse:
    user = get_accounts().register(
        request.email,
        request.password.get_secret_value(),
        source_ip=app.current_event.request_context.identity.source_ip or UNKNOWN_ADDRESS,
    )
    _count("Registrations")
    return RegisterResponse(user_id=user.user_id, email=user.email, created_at=user.created_at)


@app.post(
    "/auth/login",
    summary="Log in",
    description=(
        "Checks the password and starts a session. Returns a bearer token valid for 24 hours. A wrong "
        "password and an unknown email get the same 401. Only failures count: after "
        f"{THROTTLE.login_free_failures} failed logins for an email from one address, that address waits "
        f"{THROTTLE.login_delay_base_seconds} s, then twice as long after each further failure (at most "
        f"{THROTTLE.login_delay_max_seconds // 60} minutes) before it may try that email again; "
        f"{THROTTLE.login_address_max_failures} failed logins from one address within "
        f"{THROTTLE.login_address_window_seconds // 60} minutes, whatever the emails, refuse it until "
        "those minutes are over. A refused attempt is a 429 with Retry-After; past the free failures "
        "every wrong password is a 429 too, the same answer a right one gets while the wait lasts, so a "
        "burst of parallel guesses learns nothing past the free failures."
    ),
    responses={
        200: {"description": "Logged in", "content": {"application/json": {"model": TokenResponse}}},
        401: {"description": "Invalid email or password"},
        422: {"description": "Malformed email or missing password"},
        429: {
            "description": "Too many failed logins for this email from this address, or from this address",
            "headers": retry_after_header("Seconds until a login may be tried again"),
        },
    },
    tags=["Accounts"],
)
def login(request: Annotated[LoginRequest, Body()]) -> TokenResponse:
    try:
        issued = get_accounts().login(
            request.email,
            request.password.get_secret_value(),
            source_ip=app.current_event.request_context.identity.source_ip or UNKNOWN_ADDRESS,
        )
    except Unauthenticated:
        _count("FailedLogins")
        raise
    except Throttled:
        _count("FailedLogins")
        _count("LockedOutLogins")
        raise
    _count("Logins")
    return TokenResponse(access_token=issued.access_token, expires_in=issued.expires_in)


@app.post(
    "/auth/logout",
    summary="Log out",
    description="Ends the session of the bearer token; that token is refused from then on.",
    responses={
        200: {"description": "Logged out", "content": {"application/json": {"model": LogoutResponse}}},
        401: UNAUTHORIZED_RESPONSE,
    },
    security=BEARER_SECURITY,
    tags=["Accounts"],
)
def logout() -> LogoutResponse:
    user = require_user(app)
    get_accounts().logout(user.session_id, user.user_id)
    return LogoutResponse()


@app.get(
    "/auth/me",
    summary="The current user",
    description="The account behind the bearer token.",
    responses={
        200: {"description": "The current user", "content": {"application/json": {"model": MeResponse}}},
        401: UNAUTHORIZED_RESPONSE,
    },
    security=BEARER_SECURITY,
    tags=["Accounts"],
)
def me() -> MeResponse:
    user = require_user(app)
    return MeResponse(
        user_id=user.user_id, email=user.email, created_at=user.created_at, last_login=user.last_login
    )


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response: dict[str, Any] = serve(app, event, context)
    return response

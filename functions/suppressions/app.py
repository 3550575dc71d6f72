"""The do-not-contact list: POST /suppressions, GET /suppressions, DELETE /suppressions/{github_login}.

Adding a login erases the person from the user's stored projects (results, drafts, exports); later runs
leave listed logins out (talent.erasure).
"""

from typing import Annotated, Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Body, Path
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.api import make_resolver
from talent.api.auth import BEARER_SECURITY, UNAUTHORIZED_RESPONSE, declare_bearer_scheme, require_user
from talent.api.models.suppressions import (
    GITHUB_LOGIN_PATTERN,
    SuppressionAdded,
    SuppressionList,
    SuppressionRequest,
)
from talent.api.paging import DEFAULT_PAGE_SIZE, PAGING_422, PAGING_HELP, PageCursor, PageSize
from talent.api.requests import serve
from talent.settings import (
    AccountsSettings,
    ApiSettings,
    ProjectsSettings,
    ResultsSettings,
    SuppressionsSettings,
    require,
)
from talent.suppressions import list_suppressions, remove_suppression, suppress
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ApiSettings, AccountsSettings, SuppressionsSettings, ProjectsSettings, ResultsSettings)
logger = Logger()
tracer = make_tracer()
app = make_resolver()
declare_bearer_scheme(app)


@app.post(
    "/suppressions",
    summary="Add a GitHub login to your do-not-contact list",
    description=(
        "Erases the person from every project you have stored (their ranked entry, profile and draft: "
        "GET /projects/{project_id} and both exports no longer show them; `projects_erased` says how "
        "many projects held them), and later runs leave them out. Adding a login that is already "
        "listed answers 200 with the existing entry (and erases again)."
    ),
    responses={
        201: {"description": "Added", "content": {"application/json": {"model": SuppressionAdded}}},
        200: {"description": "Already listed", "content": {"application/json": {"model": SuppressionAdded}}},
        401: UNAUTHORIZED_RESPONSE,
        422: {"description": "Not a valid GitHub login, or a reason over 500 characters"},
    },
    security=BEARER_SECURITY,
    tags=["Do-not-contact"],
)
def add(request: Annotated[SuppressionRequest, Body()]) -> Response[SuppressionAdded]:
    user = require_user(app)
    entry, created = suppress(user.user_id, request)
    return Response(
        status_code=201 if created else 200,
        content_type=content_types.APPLICATION_JSON,
        body=entry,
    )


@app.get(
    "/suppressions",
    summary="Your do-not-contact list",
    description=(
        "One page of the GitHub logins on your list, alphabetical, with the reason and when each was "
        "added. " + PAGING_HELP
    ),
    responses={200: {"description": "One page of your list"}, 401: UNAUTHORIZED_RESPONSE, 422: PAGING_422},
    security=BEARER_SECURITY,
    tags=["Do-not-contact"],
)
def get_all(limit: PageSize = DEFAULT_PAGE_SIZE, cursor: PageCursor = None) -> SuppressionList:
    user = require_user(app)
    return list_suppressions(user.user_id, limit, cursor)


@app.delete(
    "/suppressions/<github_login>",
    summary="Remove a login from your do-not-contact list",
    description=(
        "Later runs may include this person again (what was erased stays erased). The login is "
        "case-insensitive."
    ),
    responses={
        204: {"description": "Removed"},
        401: UNAUTHORIZED_RESPONSE,
        404: {"description": "Not listed"},
        422: {"description": "Not a valid GitHub login (1-39 letters, digits or inner hyphens)"},
    },
    security=BEARER_SECURITY,
    tags=["Do-not-contact"],
)
def remove(github_login: Annotated[str, Path(max_length=39, pattern=GITHUB_LOGIN_PATTERN)]) -> Response[None]:
    user = require_user(app)
    remove_suppression(user.user_id, github_login)
    return Response(status_code=204, body=None)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response: dict[str, Any] = serve(app, event, context)
    return response

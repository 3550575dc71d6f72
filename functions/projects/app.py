"""GET /projects, GET and DELETE /projects/{project_id}, GET /projects/{project_id}/export.

Every route checks that the caller owns the project: another user's project is a 403.
"""

from typing import Annotated, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponse
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BeforeValidator

from talent.api import make_resolver
from talent.api.auth import BEARER_SECURITY, UNAUTHORIZED_RESPONSE, declare_bearer_scheme, require_user
from talent.api.models.projects import ExportFormat, ExportLink, ProjectDetail, ProjectPage
from talent.api.models.runs import MAX_CANDIDATES
from talent.api.paging import DEFAULT_PAGE_SIZE, PAGING_422, PAGING_HELP, PageCursor, PageSize
from talent.api.requests import serve
from talent.projects.access import UNREADABLE_RESPONSE, owned_item, owned_project
from talent.projects.detail import CANDIDATES_PAGE_SIZE, delete_project, export_project, project_detail
from talent.projects.listing import list_projects
from talent.settings import (
    AccountsSettings,
    ApiSettings,
    ExportSettings,
    ProjectsSettings,
    ResultsSettings,
    RunQuotaSettings,
    require,
)
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(
    ApiSettings, AccountsSettings, ExportSettings, ProjectsSettings, ResultsSettings, RunQuotaSettings
)
logger = Logger()
tracer = make_tracer()
metrics = Metrics()
app = make_resolver()
declare_bearer_scheme(app)

ProjectId = Annotated[str, Path(max_length=80, description="The project_id returned by POST /pipeline/run")]
OWNED_RESPONSES: dict[int, OpenAPIResponse] = {
    401: UNAUTHORIZED_RESPONSE,
    403: {"description": "The project belongs to another user"},
    404: {"description": "No such project"},
}


@app.get(
    "/projects",
    summary="Your projects, newest first",
    description=("One page of summaries (id, created_at, status, title, candidate_count). " + PAGING_HELP),
    responses={
        200: {"description": "One page of your projects"},
        401: UNAUTHORIZED_RESPONSE,
        422: PAGING_422,
    },
    security=BEARER_SECURITY,
    tags=["Projects"],
)
def get_projects(limit: PageSize = DEFAULT_PAGE_SIZE, cursor: PageCursor = None) -> ProjectPage:
    user = require_user(app)
    return list_projects(user.user_id, limit, cursor)


@app.get(
    "/projects/<project_id>",
    summary="One project with its results",
    description=(
        "The job description, the parsed requirement, the ranked candidates (score, breakdown, "
        "matched and missing skills, evidence), the outreach drafts and run metadata. A failed run "
        "carries `error` with the stage that failed and no results. Ranked candidates come "
        f"{CANDIDATES_PAGE_SIZE} at a time at most (`limit`, 1-{CANDIDATES_PAGE_SIZE}) from `offset`; "
        "`next_offset` is the next page's, `ranked_total` how many there are (a run ranks up to "
        f"{MAX_CANDIDATES}: all of them would not fit in one API Gateway response). The export has all."
    ),
    responses={
        200: {"description": "The project and its results"},
        **OWNED_RESPONSES,
        422: {"description": "offset or limit out of range"},
        409: UNREADABLE_RESPONSE,
        410: {"description": "The results have expired"},
    },
    security=BEARER_SECURITY,
    tags=["Projects"],
)
def get_project(
    project_id: ProjectId,
    offset: Annotated[
        int, Query(ge=0, le=MAX_CANDIDATES, description="The first ranked candidate to give (0: the best)")
    ] = 0,
    limit: Annotated[
        int, Query(ge=1, le=CANDIDATES_PAGE_SIZE, description="How many ranked candidates to give at most")
    ] = CANDIDATES_PAGE_SIZE,
) -> ProjectDetail:
    user = require_user(app)
    return project_detail(owned_project(user.user_id, project_id), offset=offset, limit=limit)


@app.delete(
    "/projects/<project_id>",
    summary="Delete a project",
    description="Stops its run if still running, deletes its results and the project. Answers 204.",
    responses={204: {"description": "Deleted"}, **OWNED_RESPONSES},
    security=BEARER_SECURITY,
    tags=["Projects"],
)
def remove_project(project_id: ProjectId) -> Response[None]:
    user = require_user(app)
    delete_project(owned_item(user.user_id, project_id))
    return Response(status_code=204, body=None)


@app.get(
    "/projects/<project_id>/export",
    summary="Download the results",
    description=(
        "`format=json` (default): the full results. `format=csv`: one row per ranked candidate (rank, "
        "login, name, profile_url, location, score, matched_skills, missing_skills, screened_out: why "
        "no draft, outreach_subject, outreach_body: the drafts), UTF-8 with BOM. `format=csv-semicolon`: "
        "the same with ';' between fields and a decimal comma, for spreadsheets whose list separator is "
        "';' (German, French or Spanish Excel), named `…-semicolon.csv`. Sent as an attachment; a file "
        "over 5 MB (the `ExportInlineMaxBytes` parameter) is answered 303 with a `Location` valid for 5 "
        "minutes, where S3 serves it under the same name and type: follow the redirect."
    ),
    responses={
        200: {
            "description": "The file",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ProjectDetail"}},
                "text/csv": {"schema": {"type": "string"}},
            },
        },
        303: {
            "description": "A file over the inline limit: download it from `Location` (5 minutes), no body",
            "headers": {"Location": {"description": "A presigned S3 URL", "schema": {"type": "string"}}},
        },
        **OWNED_RESPONSES,
        409: {
            "description": "The run has not completed, the stored project is damaged (`unreadable`), or "
            "(a file over the inline limit) its results changed while the file was written: ask again"
        },
        410: {"description": "The results have expired"},
    },
    security=BEARER_SECURITY,
    tags=["Projects"],
)
def export(
    project_id: ProjectId,
    export_format: Annotated[
        ExportFormat,
        BeforeValidator(
            lambda value: value.lower() if isinstance(value, str) else value
        ),  # "CSV" (a trial's)
        Query(alias="format", description="json, csv or csv-semicolon, in any letter case"),
    ] = "json",
) -> Response[str]:
    user = require_user(app)
    file = export_project(owned_project(user.user_id, project_id), export_format)
    if isinstance(file, ExportLink):
        return Response(status_code=303, body="", headers={"Location": file.url})
    return Response(
        status_code=200,
        content_type=file.content_type,
        body=file.body,
        # Cache-Control: no-store, like every response (talent.api.requests.SECURITY_HEADERS).
        headers={"Content-Disposition": f'attachment; filename="{file.filename}"'},
    )


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response: dict[str, Any] = serve(app, event, context)
    return response

"""POST /pipeline/run and GET /pipeline/status/{project_id}: start a run, follow it."""

from typing import Annotated, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Body, Header, Path
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.api import make_resolver
from talent.api.auth import BEARER_SECURITY, UNAUTHORIZED_RESPONSE, declare_bearer_scheme, require_user
from talent.api.errors import retry_after_header
from talent.api.models.runs import PipelineStatus, RunAccepted, RunRequest
from talent.api.requests import serve
from talent.api.urls import api_base_url
from talent.projects.access import UNREADABLE_RESPONSE, owned_project
from talent.projects.runs import IDEMPOTENCY_KEY_MAX, StartRun, register_lambda_context, start_run
from talent.projects.status import pipeline_status
from talent.settings import (
    AccountsSettings,
    ApiSettings,
    ProjectsSettings,
    RunQuotaSettings,
    RunsSettings,
    require,
)
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ApiSettings, AccountsSettings, ProjectsSettings, RunsSettings, RunQuotaSettings)
logger = Logger()
tracer = make_tracer()
metrics = Metrics()
app = make_resolver()
# The quotas' defaults, as documented (the OpenAPI document must not vary by environment).
QUOTA_DEFAULTS = RunQuotaSettings(quotas_table="-")
declare_bearer_scheme(app)


@app.post(
    "/pipeline/run",
    summary="Start a pipeline run",
    description=(
        "Creates a project and starts the Step Functions execution that parses the job description, "
        "searches GitHub, ranks the candidates and drafts outreach. Returns at once with 202; poll "
        "`status_url`. Send an `Idempotency-Key` to make a retried request return the same project "
        "(within 24 h) with its current status: 202 while it runs, 200 once it has completed or failed, "
        "410 if it has been deleted since. "
        f"Quotas per user: at most {QUOTA_DEFAULTS.runs_in_progress_max} runs in progress (a run's slot is "
        "freed when it completes, fails or is deleted, and expires "
        f"{QUOTA_DEFAULTS.run_slot_seconds // 3600} hours after its start if it never ends) and "
        f"{QUOTA_DEFAULTS.runs_per_hour_max} started in any hour; over either, 429 with Retry-After and the "
        "quota as the field in `details` (quota.runs_in_progress, quota.runs_per_hour). A replayed "
        "Idempotency-Key starts nothing and does not count."
    ),
    responses={
        202: {"description": "Run started", "content": {"application/json": {"model": RunAccepted}}},
        200: {
            "description": "A replayed Idempotency-Key whose run has ended: its project and status now",
            "content": {"application/json": {"model": RunAccepted}},
        },
        401: UNAUTHORIZED_RESPONSE,
        409: {"description": "The same Idempotency-Key is still being processed"},
        410: {"description": "A replayed Idempotency-Key whose project has been deleted since"},
        422: {"description": "Invalid job description or parameters"},
        429: {
            "description": "Over a run quota: `details` names it "
            "(quota.runs_in_progress, quota.runs_per_hour)",
            "headers": retry_after_header("Seconds until a run may be started again"),
        },
    },
    security=BEARER_SECURITY,
    tags=["Pipeline"],
)
def run_pipeline(
    request: Annotated[RunRequest, Body()],
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="idempotency-key",
            min_length=1,
            max_length=IDEMPOTENCY_KEY_MAX,
            description="Any unique string (a UUID); retries with the same key start no second run (24 h).",
        ),
    ] = None,
) -> Response[RunAccepted]:
    user = require_user(app)
    accepted = start_run(
        StartRun(
            user_id=user.user_id,
            idempotency_key=idempotency_key,
            request=request,
            base_url=api_base_url(app.current_event),
        )
    )
    return Response(
        status_code=202 if accepted.status == "running" else 200,
        content_type=content_types.APPLICATION_JSON,
        body=accepted,
        headers={"Location": accepted.status_url},
    )


@app.get(
    "/pipeline/status/<project_id>",
    summary="Progress of a run",
    description=(
        "Status, the stage running now, progress (25 per completed stage), an estimate of the seconds "
        "left from your recent runs, and each stage's timing, read from the execution history."
    ),
    responses={
        200: {"description": "The run's progress"},
        401: UNAUTHORIZED_RESPONSE,
        403: {"description": "The project belongs to another user"},
        404: {"description": "No such project"},
        409: UNREADABLE_RESPONSE,
    },
    security=BEARER_SECURITY,
    tags=["Pipeline"],
)
def run_status(project_id: Annotated[str, Path(max_length=64)]) -> PipelineStatus:
    user = require_user(app)
    return pipeline_status(owned_project(user.user_id, project_id))


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    register_lambda_context(context)
    response: dict[str, Any] = serve(app, event, context)
    return response

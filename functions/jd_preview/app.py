"""POST /jd/parse: the requirement a run would work from, without starting one.

A recruiter reads how the posting is understood (skills, level, places, work mode), and corrects what
is wrong in the run request's `requirement`, before the search spends the GitHub budget on it.
"""

from typing import Annotated, Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler.openapi.params import Body
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.api import make_resolver
from talent.api.auth import BEARER_SECURITY, UNAUTHORIZED_RESPONSE, declare_bearer_scheme, require_user
from talent.api.models.runs import JobPosting, RequirementPreview
from talent.api.requests import serve
from talent.projects.runs import preview_run
from talent.settings import AccountsSettings, ApiSettings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ApiSettings, AccountsSettings)
logger = Logger()
tracer = make_tracer()
app = make_resolver()
declare_bearer_scheme(app)


@app.post(
    "/jd/parse",
    summary="Read a job description without starting a run",
    description=(
        "Returns the requirement POST /pipeline/run would search, rank and draft with for the same "
        "`job_description_text` and `requirement` (what the job description is read as, with each field of "
        "`requirement` in place of what was read); `location_policy`: how its places and work mode are "
        "read, and `unread_places`: the places it leaves out; `search_plan`: the GitHub searches a run "
        "would make. Starts nothing, stores nothing and counts against no quota; refuses what a run "
        "refuses (422). Check it, then send what is wrong as `requirement` with the run."
    ),
    responses={
        200: {
            "description": "The requirement, how its places are read, and what a run would search",
            "content": {"application/json": {"model": RequirementPreview}},
        },
        401: UNAUTHORIZED_RESPONSE,
        422: {"description": "Invalid job description or corrections"},
    },
    security=BEARER_SECURITY,
    tags=["Pipeline"],
)
def parse(posting: Annotated[JobPosting, Body()]) -> RequirementPreview:
    require_user(app)
    return preview_run(posting)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response: dict[str, Any] = serve(app, event, context)
    return response

"""GenerateOutreach: drafts for the top n, honouring the user's do-not-contact list; drafts go to S3."""

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.pipeline.contracts import OutreachInput, parse_event
from talent.pipeline.observability import stage_finished
from talent.pipeline.stages import outreach_stage
from talent.settings import OutreachSettings, ProjectsSettings, ResultsSettings, SuppressionsSettings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ProjectsSettings, ResultsSettings, SuppressionsSettings, OutreachSettings)
logger = Logger()
tracer = make_tracer()


@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    request = parse_event(OutreachInput, event)
    logger.append_keys(project_id=request.project_id)
    drafted = outreach_stage(request, time_left_s=context.get_remaining_time_in_millis() / 1000)
    stage_finished(
        logger,
        "generate_outreach",
        drafted.duration_ms,
        draft_count=drafted.draft_count,
        suppressed_count=drafted.suppressed_count,
    )
    response: dict[str, Any] = drafted.model_dump(mode="json")
    return response

"""RankCandidates: score the searched candidates against the requirement; the ranking goes to S3."""

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.pipeline.contracts import RankInput, parse_event
from talent.pipeline.observability import stage_finished
from talent.pipeline.stages import rank_stage
from talent.settings import ProjectsSettings, ResultsSettings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ProjectsSettings, ResultsSettings)
logger = Logger()
tracer = make_tracer()


@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    request = parse_event(RankInput, event)
    logger.append_keys(project_id=request.project_id)
    ranked = rank_stage(request, time_left_s=context.get_remaining_time_in_millis() / 1000)
    stage_finished(logger, "rank_candidates", ranked.duration_ms, ranked_count=ranked.ranked_count)
    response: dict[str, Any] = ranked.model_dump(mode="json")
    return response

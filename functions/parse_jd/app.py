"""ParseJobDescription: validate the run's input and parse the job description into a JobRequirement.

Its output replaces the state, so the job description text goes no further than this task.
"""

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.pipeline.contracts import RunInput, parse_event
from talent.pipeline.observability import stage_finished
from talent.pipeline.stages import parse_stage
from talent.settings import ProjectsSettings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ProjectsSettings)
logger = Logger()
tracer = make_tracer()


@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    run = parse_event(RunInput, event)
    logger.append_keys(project_id=run.project_id)
    parsed = parse_stage(run, time_left_s=context.get_remaining_time_in_millis() / 1000)
    stage_finished(
        logger,
        "parse_jd",
        parsed.parse_jd.duration_ms,
        required_skills=len(parsed.requirement.required_skills),
        locations=len(parsed.requirement.locations),
    )
    response: dict[str, Any] = parsed.model_dump(mode="json")
    return response

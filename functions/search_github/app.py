"""SearchGitHub: find developers for the requirement; the candidates go to S3, the state gets the key.

GitHubRateLimited / GitHubUnavailable propagate by class name: the state machine retries them.
"""

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.pipeline.contracts import SearchInput, parse_event
from talent.pipeline.observability import stage_finished
from talent.pipeline.stages import search_stage
from talent.settings import (
    GitHubApiSettings,
    GitHubSearchSettings,
    ProjectsSettings,
    ResultsSettings,
    SuppressionsSettings,
    require,
)
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(
    ProjectsSettings, ResultsSettings, GitHubApiSettings, GitHubSearchSettings, SuppressionsSettings
)
logger = Logger()
tracer = make_tracer()


@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    request = parse_event(SearchInput, event)
    logger.append_keys(project_id=request.project_id)
    found = search_stage(
        request,
        time_left_s=context.get_remaining_time_in_millis() / 1000,
        on_wait=lambda seconds: logger.info(
            "waiting for GitHub rate limit", extra={"wait_s": round(seconds, 1)}
        ),
    )
    stage_finished(
        logger,
        "search_github",
        found.duration_ms,
        candidate_count=found.candidate_count,
        api_calls=found.metadata.api_calls,
        graphql_points=found.metadata.graphql_points,
        incomplete=found.metadata.incomplete,
    )
    response: dict[str, Any] = found.model_dump(mode="json")
    return response

"""GET /health: unauthenticated liveness probe."""

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.api import make_resolver
from talent.api.models.health import HealthResponse
from talent.api.requests import serve
from talent.settings import ApiSettings, ServiceSettings, get_settings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ApiSettings, ServiceSettings)
logger = Logger()
tracer = make_tracer()
app = make_resolver()


@app.get(
    "/health",
    summary="Liveness probe",
    description="Returns ok and the deployed version.",
    tags=["Operations"],
)
def health() -> HealthResponse:
    return HealthResponse(status="ok", version=get_settings(ServiceSettings).app_version)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response: dict[str, Any] = serve(app, event, context)
    return response

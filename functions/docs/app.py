"""GET /docs (Swagger UI) and GET /openapi.json: the whole API's OpenAPI document.

The document is generated from every function's routes (`make openapi`) and shipped in the layer;
CI fails when it is stale. Swagger UI's assets come from the powertools package: no CDN, works offline.
"""

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.api import make_resolver
from talent.api.requests import serve
from talent.api.urls import api_base_url
from talent.settings import ApiSettings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ApiSettings)
logger = Logger()
tracer = make_tracer()
app = make_resolver()
# Swagger UI runs inline (its script, style and the spec are in the page, no CDN): the page's own policy
# allows exactly that, where every other response gets `default-src 'none'` (talent.api.requests).
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'"
)


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(resources.files("talent.api").joinpath("openapi.json").read_text())
    return spec


@cache
def _swagger_assets() -> tuple[str, str]:
    import aws_lambda_powertools.event_handler as event_handler

    folder = Path(event_handler.__file__).parent / "openapi" / "swagger_ui"
    js = (folder / "swagger-ui-bundle.min.js").read_text(encoding="utf-8")
    css = (folder / "swagger-ui.min.css").read_text(encoding="utf-8")
    return js, css


def _spec_for_this_host() -> dict[str, Any]:
    return {**_spec(), "servers": [{"url": api_base_url(app.current_event)}]}


@app.get("/openapi.json", include_in_schema=False)
def openapi_document() -> dict[str, Any]:
    return _spec_for_this_host()


@app.get("/docs", include_in_schema=False)
def swagger_ui() -> Response[str]:
    from aws_lambda_powertools.event_handler.openapi.swagger_ui import generate_swagger_html

    js, css = _swagger_assets()
    # Escape "</" so the JSON cannot close the <script> tag it is embedded in.
    spec = json.dumps(_spec_for_this_host()).replace("</", "<\\/")
    html = generate_swagger_html(spec, js, css, "", None, True)
    return Response(
        status_code=200,
        content_type=content_types.TEXT_HTML,
        body=html,
        headers={"Content-Security-Policy": DOCS_CONTENT_SECURITY_POLICY},
    )


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response: dict[str, Any] = serve(app, event, context)
    return response

"""HTTP answers in GitHub's shapes that more than one part of the emulator gives."""

from __future__ import annotations

import json
from typing import Any

from werkzeug.wrappers import Response

DOCS = "https://docs.github.com/rest"


def json_response(body: Any, status: int) -> Response:
    """`body` as GitHub sends JSON: `application/json; charset=utf-8`."""
    return Response(json.dumps(body), status=status, content_type="application/json; charset=utf-8")


def github_error(message: str, status: int) -> Response:
    """GitHub's error body with its status: `{"message", "documentation_url", "status": "404"}`."""
    return json_response({"message": message, "documentation_url": DOCS, "status": str(status)}, status)


def not_found() -> Response:
    return github_error("Not Found", 404)

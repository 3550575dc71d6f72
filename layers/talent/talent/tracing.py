"""X-Ray tracing, the same way in every handler, safe for the search's concurrent requests.

Lambda runs every function with `Tracing: Active` and a sampled `_X_AMZN_TRACE_ID` for most
invocations. powertools' Tracer patches every library the X-Ray SDK supports by default, httpx
included; the SDK keeps ONE entity stack per thread, and search_github runs its GitHub requests
concurrently on one asyncio loop, so one request ends another's subsegment (AlreadyEndedException, a
crashed search). So:

- `make_tracer()` patches botocore only (every AWS call stays traced);
- `talent.github.traced.github_transport()` traces each GitHub request as its own subsegment without
  that stack: built aside, attached to the handler's subsegment and closed when its response arrives.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from aws_lambda_powertools import Tracer

TRACED_LIBRARIES: Final = ("botocore",)
# Logins are personal data: a trace names the route, never the user (/users/{login}/repos).
_USER_PATH: Final = re.compile(r"^/users/[^/]+")


def make_tracer() -> Tracer:
    """The Tracer every handler uses: AWS calls traced, httpx left to `github_transport`."""
    from aws_lambda_powertools import Tracer

    return Tracer(patch_modules=TRACED_LIBRARIES)


def route_of(path: str) -> str:
    """The request's route with logins left out: "/users/ada/repos" -> "/users/{login}/repos"."""
    return _USER_PATH.sub("/users/{login}", path)


def _sampled_parent() -> Any | None:
    """The X-Ray entity GitHub calls hang under (the handler's subsegment), None when not traced."""
    from aws_xray_sdk import global_sdk_config

    if not global_sdk_config.sdk_enabled():
        return None
    from aws_xray_sdk.core import xray_recorder

    entity = xray_recorder.get_trace_entity()
    return entity if entity is not None and getattr(entity, "sampled", False) else None

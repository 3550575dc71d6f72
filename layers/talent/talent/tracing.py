"""X-Ray tracing, the same way in every handler, safe for the search's concurrent requests.

Lambda runs every function with `Tracing: Active` and a sampled `_X_AMZN_TRACE_ID` for most
invocations. powertools' Tracer patches every library the X-Ray SDK supports by default, httpx
included; the SDK keeps ONE entity stack per thread, and search_github runs its GitHub requests
concurrently on one asyncio loop, so one request ends another's subsegment (AlreadyEndedException, a
crashed search). So:

- `make_tracer()` patches botocore only (every AWS call stays traced);
- `github_transport()` traces each GitHub request as its own subsegment without that stack: built
  aside, attached to the handler's subsegment and closed when its response arrives.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any, Final

import httpx

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


class TracedTransport(httpx.AsyncBaseTransport):
    """Wraps a transport; records each request as an X-Ray subsegment under `parent`.

    The subsegments never touch the SDK's per-thread entity stack, so any number of concurrent
    requests can be in flight. Each one is closed when its response (or error) arrives; the SDK sends
    them with the parent, as Lambda's streaming does.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, parent: Any) -> None:
        self._inner = inner
        self._parent = parent

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        from aws_xray_sdk.core.models import http
        from aws_xray_sdk.core.models.subsegment import Subsegment

        segment = getattr(self._parent, "parent_segment", None) or self._parent
        subsegment = Subsegment(request.url.host or "github", "remote", segment)
        self._parent.add_subsegment(subsegment)
        subsegment.put_http_meta(http.METHOD, request.method)
        subsegment.put_http_meta(
            http.URL, f"{request.url.scheme}://{request.url.host}{route_of(request.url.path)}"
        )
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as error:
            subsegment.add_exception(error, [], remote=True)
            subsegment.close(time.time())
            raise
        subsegment.put_http_meta(http.STATUS, response.status_code)
        subsegment.apply_status_code(response.status_code)
        subsegment.close(time.time())
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def github_transport() -> httpx.AsyncBaseTransport | None:
    """A transport that traces each GitHub request under the current X-Ray entity, or None (use the
    client's own) when this invocation is not traced. Build it in the handler's thread."""
    parent = _sampled_parent()
    return TracedTransport(httpx.AsyncHTTPTransport(), parent) if parent is not None else None

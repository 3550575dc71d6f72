"""Each GitHub request as its own X-Ray subsegment, safe for the search's concurrent requests.

The X-Ray SDK keeps one entity stack per thread; search_github runs its requests concurrently on one
asyncio loop, so they are traced aside from that stack (see talent.tracing). Lives in the GitHub
package so that only the search function imports httpx.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from talent.github.http import tls_context
from talent.tracing import _sampled_parent, route_of


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
    if parent is None:
        return None
    return TracedTransport(httpx.AsyncHTTPTransport(verify=tls_context()), parent)

"""The emulator's WSGI app and its threaded loopback server.

The app puts the parts together in GitHub's order: routing (routing.py), the control plane
(control.py), added latency, the caller's rate limit bucket (limits.py), an injected fault (faults.py),
authentication, then the endpoint (endpoints.py); every answer gets the rate limit headers and is
logged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from talent_local.github_emulator import routing
from talent_local.github_emulator.control import Journal, RequestLog, control
from talent_local.github_emulator.corpus import DEFAULT_SEED, DEFAULT_SIZE, Corpus, cached_corpus
from talent_local.github_emulator.endpoints import Endpoints, conditional
from talent_local.github_emulator.faults import ALTERING, Alteration, Fault, FaultQueue, fault_response
from talent_local.github_emulator.limits import Bucket, Limits, RateLimits, rate_headers, resource_of
from talent_local.github_emulator.responses import DOCS, github_error, json_response

API_VERSION = "2022-11-28"


@dataclass
class GitHubEmulator:
    """WSGI app answering the REST and GraphQL calls search_github and the bench make."""

    corpus: Corpus
    latency_ms: int = 0
    result_cap: int = 1000
    tokens: frozenset[str] | None = None  # None accepts any token
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        self.rate_limits = RateLimits(self.limits)
        self.endpoints = Endpoints(self.corpus, self.rate_limits, self.result_cap)
        self.faults = FaultQueue()
        self.journal = Journal()

    @property
    def buckets(self) -> dict[tuple[str, str], Bucket]:
        """Each identity's rate limit buckets: `buckets[(token or "anonymous:<address>", resource)]`."""
        return self.rate_limits.buckets

    @property
    def log(self) -> list[RequestLog]:
        """The requests served so far (control calls excluded), oldest first."""
        return self.journal.entries()

    # ---- control ----
    def inject(self, kind: str, times: int = 1, **options: Any) -> None:
        """Make the next `times` matching requests fail with `kind` (see FAULT_KINDS)."""
        self.faults.inject(kind, times, **options)

    def reset(self) -> None:
        """Forget faults, the request log and every rate limit bucket."""
        self.faults.clear()
        self.journal.clear()
        self.rate_limits.clear()

    # ---- WSGI ----
    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        response = self.dispatch(request)
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        matched = routing.match(request)
        if isinstance(matched, Response):
            return matched
        endpoint, args = matched
        if endpoint in routing.CONTROL_ENDPOINTS:
            return control(endpoint, request, self.faults, self.journal)
        if self.latency_ms:
            time.sleep(self.latency_ms / 1000)
        token = routing.token(request)
        resource = resource_of(endpoint)
        bucket = self.rate_limits.bucket(routing.identity(request, token), resource, anonymous=token is None)
        response = self._answer(endpoint, args, request, token, bucket)
        for name, value in rate_headers(bucket, resource).items():
            response.headers.setdefault(name, value)  # fault and /rate_limit headers win
        response.headers["X-GitHub-Api-Version-Selected"] = API_VERSION
        operation = routing.graphql_operation(request) if endpoint == "graphql" else ""
        entry = RequestLog(
            request.method,
            request.path,
            request.query_string.decode(),
            response.status_code,
            token is not None,
            operation,
        )
        self.journal.record(entry)
        return response

    def _answer(
        self, endpoint: str, args: Mapping[str, Any], request: Request, token: str | None, bucket: Bucket
    ) -> Response:
        """The answer before headers: a refusal, a fault's, or the endpoint's."""
        fault = self._take_fault(request.path)
        refused = self._refusal(endpoint, token, fault, bucket)
        if refused is not None:
            return refused
        if endpoint == "rate_limit":
            return self.endpoints.rate_limit(request, token)
        if endpoint == "graphql":
            return self._graphql(request, bucket, fault)
        return self._rest(endpoint, args, request, bucket, fault)

    def _take_fault(self, path: str) -> Fault | None:
        """The fault for this request, if any; a `slow` one waits here and then answers normally."""
        fault = self.faults.take(path)
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay_ms / 1000)
            return None
        return fault

    def _refusal(
        self, endpoint: str, token: str | None, fault: Fault | None, bucket: Bucket
    ) -> Response | None:
        """401 for bad credentials (or the unauthorized fault) and for GraphQL without a token, a
        replacing fault's answer; None when the endpoint answers."""
        if (fault and fault.kind == "unauthorized") or (
            token and self.tokens is not None and token not in self.tokens
        ):
            return github_error("Bad credentials", 401)
        if endpoint == "graphql" and token is None:
            return json_response(
                {"message": "This endpoint requires you to be authenticated.", "documentation_url": DOCS}, 401
            )
        if fault and fault.kind not in ALTERING:
            return fault_response(fault, bucket)
        return None

    def _graphql(self, request: Request, bucket: Bucket, fault: Fault | None) -> Response:
        """GraphQL spends its own points (endpoints.graphql); an altering fault applies only to a
        nodes(ids:) answer, and waits for one otherwise."""
        alteration = Alteration(fault) if fault is not None else None
        answered = self.endpoints.graphql(request, bucket, alter=alteration)
        if alteration is not None and not alteration.applied:
            self.faults.put_back(alteration.fault)
        return answered

    def _rest(
        self, endpoint: str, args: Mapping[str, Any], request: Request, bucket: Bucket, fault: Fault | None
    ) -> Response:
        """A REST endpoint within the caller's primary rate limit; a 304 is free, as on GitHub."""
        bucket.refresh(time.time())
        if bucket.remaining <= 0:
            return json_response(
                {"message": f"API rate limit exceeded for {request.remote_addr}.", "documentation_url": DOCS},
                403,
            )
        if endpoint == "search_users":
            response = self.endpoints.search(request, incomplete=fault.kind if fault else None)
        else:
            response = self.endpoints.rest[endpoint](request, **args)
        response = conditional(request, response)
        if response.status_code != 304:
            self.rate_limits.count(bucket)
        return response


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Tests and benches start many servers; one line per request is noise."""


@dataclass
class EmulatorHandle:
    """A running emulator: `.url` to point the client at, `.inject()` faults, `.stop()` when done."""

    url: str
    app: GitHubEmulator
    _server: BaseWSGIServer
    _thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self._server.server_port)

    @property
    def requests(self) -> list[RequestLog]:
        return self.app.log

    def calls(self, path_prefix: str = "/", operation: str | None = None) -> int:
        """Requests served so far whose path starts with path_prefix (control calls excluded), and
        that ran `operation` when one is named (GraphQL)."""
        return sum(
            1
            for log in self.app.log
            if log.path.startswith(path_prefix) and (operation is None or log.operation == operation)
        )

    def inject(self, kind: str, times: int = 1, **options: Any) -> None:
        """Make the next `times` matching requests fail with `kind` (see FAULT_KINDS)."""
        self.app.inject(kind, times, **options)

    def clear_faults(self) -> None:
        self.app.faults.clear()

    def reset(self) -> None:
        self.app.reset()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> EmulatorHandle:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def start_emulator(
    host: str = "127.0.0.1",
    port: int = 0,
    latency_ms: int = 0,
    *,
    corpus_size: int = DEFAULT_SIZE,
    seed: int = DEFAULT_SEED,
    result_cap: int = 1000,
    tokens: Iterable[str] | None = None,
    limits: Limits | None = None,
    as_of: datetime | None = None,
) -> EmulatorHandle:
    """Start the emulator in a background thread; port=0 picks a free port.

    The corpus describes `as_of` (default: today, at midnight UTC, so a day's emulators share one
    corpus): a repository pushed a month before the corpus's own date is a month old today too.
    """
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    app = GitHubEmulator(
        corpus=cached_corpus(corpus_size, seed, now=as_of or today),
        latency_ms=latency_ms,
        result_cap=result_cap,
        tokens=frozenset(tokens) if tokens is not None else None,
        limits=limits or Limits(),
    )
    server = make_server(host, port, app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(
        # A short poll interval makes stop() quick; tests start and stop many emulators.
        target=server.serve_forever,
        args=(0.05,),
        name=f"github-emulator-{server.server_port}",
        daemon=True,
    )
    thread.start()
    return EmulatorHandle(f"http://{host}:{server.server_port}", app, server, thread)

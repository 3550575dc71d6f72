"""The emulator's WSGI app and threaded loopback server, with rate limits and fault injection."""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import urlencode

from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from talent_local.github_emulator.corpus import DEFAULT_SEED, DEFAULT_SIZE, Corpus, cached_corpus
from talent_local.github_emulator.graphql_api import GraphQLEngine
from talent_local.github_emulator.query import QueryError, search_users
from talent_local.github_emulator.recorded import recorded
from talent_local.github_emulator.rest import minimal_repository, public_user, rate_resource, search_item

DOCS = "https://docs.github.com/rest"
FAULT_KINDS = {
    "rate_limit_429": "429 with Retry-After (retry_after seconds)",
    "secondary_403": "403 secondary rate limit without Retry-After or reset headers (recorded)",
    "abuse_403": "403 'You have triggered an abuse detection mechanism', no Retry-After (recorded)",
    "primary_403": "403 with x-ratelimit-remaining: 0 and x-ratelimit-reset reset_in seconds ahead",
    "graphql_rate_limited": "200 with errors: [{type: RATE_LIMITED}] on /graphql",
    "graphql_timeout": "/graphql answers data: null with 'Something went wrong ... timeout' "
    "(recorded; status 200, or `status`)",
    "graphql_partial": "/graphql answers normally but the first node is null beside a NOT_FOUND error "
    "(recorded)",
    "bad_gateway": "502 Server Error",
    "incomplete_results": "search answers with incomplete_results: true and half the items",
    "incomplete_empty": "search answers incomplete_results: true, the real total_count and no items "
    "(recorded)",
    "slow": "waits delay_ms before answering normally",
    "unauthorized": "401 Bad credentials",
}
_DEFAULT_PATH = {
    "graphql_rate_limited": "/graphql",
    "graphql_timeout": "/graphql",
    "graphql_partial": "/graphql",
    "incomplete_results": "/search/users",
    "incomplete_empty": "/search/users",
}
# Kinds that change a real answer instead of replacing it.
_ALTERING = frozenset({"incomplete_results", "incomplete_empty", "graphql_partial"})


@dataclass(frozen=True, slots=True)
class Limits:
    """Per identity, like GitHub: core and GraphQL per hour, search per minute."""

    core: int = 5000
    core_anonymous: int = 60
    search: int = 30
    search_anonymous: int = 10
    graphql: int = 5000


@dataclass(slots=True)
class Bucket:
    limit: int
    window_s: int
    used: int = 0
    reset: int = 0

    def refresh(self, now: float) -> None:
        if now >= self.reset:
            self.used, self.reset = 0, int(now) + self.window_s

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)


@dataclass(slots=True)
class Fault:
    kind: str
    times: int = 1
    path: str = "/"
    retry_after: int = 2
    reset_in: int = 3
    delay_ms: int = 500
    status: int | None = None  # graphql_timeout: the status to answer with (GitHub sends 200 or 502)


@dataclass(frozen=True, slots=True)
class RequestLog:
    method: str
    path: str
    query: str
    status: int
    authenticated: bool
    operation: str = ""  # a GraphQL call's operation name (EnrichUsers, FindRepositories)


@dataclass
class GitHubEmulator:
    """WSGI app answering the REST and GraphQL calls search_github and the bench make."""

    corpus: Corpus
    latency_ms: int = 0
    result_cap: int = 1000
    tokens: frozenset[str] | None = None  # None accepts any token
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        self.engine = GraphQLEngine(self.corpus)
        self.users = list(self.corpus.users)
        self._lock = threading.Lock()
        self.faults: list[Fault] = []
        self.log: list[RequestLog] = []
        self.buckets: dict[tuple[str, str], Bucket] = {}
        self.routes = Map(
            [
                Rule("/search/users", endpoint="search_users", methods=["GET"]),
                Rule("/users/<login>", endpoint="user", methods=["GET"]),
                Rule("/users/<login>/repos", endpoint="user_repos", methods=["GET"]),
                Rule("/repos/<owner>/<repo>/languages", endpoint="languages", methods=["GET"]),
                Rule("/rate_limit", endpoint="rate_limit", methods=["GET"]),
                Rule("/graphql", endpoint="graphql", methods=["POST"]),
                Rule("/_emulator/faults", endpoint="faults", methods=["GET", "POST", "DELETE"]),
                Rule("/_emulator/requests", endpoint="requests", methods=["GET"]),
            ]
        )

    # ---- control ----
    def inject(self, kind: str, times: int = 1, **options: Any) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {sorted(FAULT_KINDS)}")
        fault = Fault(kind, times, options.pop("path", _DEFAULT_PATH.get(kind, "/")))
        with self._lock:
            self.faults.append(replace(fault, **options))

    def reset(self) -> None:
        with self._lock:
            self.faults.clear()
            self.log.clear()
            self.buckets.clear()

    def _put_back(self, fault: Fault) -> None:
        with self._lock:
            if fault in self.faults:
                fault.times += 1
            else:
                self.faults.insert(0, replace(fault, times=1))

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if path.startswith(fault.path) and fault.times > 0:
                    fault.times -= 1
                    if fault.times == 0:
                        self.faults.remove(fault)
                    return fault
        return None

    # ---- WSGI ----
    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        response = self.dispatch(request)
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        adapter = self.routes.bind_to_environ(request.environ)
        try:
            endpoint, args = adapter.match()
        except HTTPException as exc:
            return _json(
                {"message": "Not Found", "documentation_url": DOCS, "status": str(exc.code)}, exc.code or 404
            )
        if endpoint in {"faults", "requests"}:
            return self._control(endpoint, request)
        if self.latency_ms:
            time.sleep(self.latency_ms / 1000)
        token = _token(request)
        identity = token or f"anonymous:{request.remote_addr}"
        resource = "graphql" if endpoint == "graphql" else "search" if endpoint == "search_users" else "core"
        bucket = self._bucket(identity, resource, anonymous=token is None)
        response = self._answer(endpoint, args, request, token, bucket)
        for name, value in _rate_headers(bucket, resource).items():
            response.headers.setdefault(name, value)  # fault and /rate_limit headers win
        response.headers["X-GitHub-Api-Version-Selected"] = "2022-11-28"
        with self._lock:
            self.log.append(
                RequestLog(
                    request.method,
                    request.path,
                    request.query_string.decode(),
                    response.status_code,
                    token is not None,
                    _operation(request) if endpoint == "graphql" else "",
                )
            )
        return response

    def _answer(
        self, endpoint: str, args: Mapping[str, Any], request: Request, token: str | None, bucket: Bucket
    ) -> Response:
        fault = self._take_fault(request.path)
        if fault and fault.kind == "slow":
            time.sleep(fault.delay_ms / 1000)
            fault = None
        if (fault and fault.kind == "unauthorized") or (
            token and self.tokens is not None and token not in self.tokens
        ):
            return _json({"message": "Bad credentials", "documentation_url": DOCS, "status": "401"}, 401)
        if endpoint == "graphql" and token is None:
            return _json(
                {"message": "This endpoint requires you to be authenticated.", "documentation_url": DOCS}, 401
            )
        if fault and fault.kind not in _ALTERING:
            return _fault_response(fault, bucket)
        if endpoint == "rate_limit":
            return self.rate_limit(token, request)
        if endpoint == "graphql":
            answered = self.graphql(request, bucket, partial=fault is not None)
            if fault is not None and b"NOT_FOUND" not in answered.get_data():
                self._put_back(fault)  # not a nodes(ids:) answer: the fault waits for one
            return answered
        bucket.refresh(time.time())
        if bucket.remaining <= 0:
            return _json(
                {"message": f"API rate limit exceeded for {request.remote_addr}.", "documentation_url": DOCS},
                403,
            )
        if endpoint == "search_users":
            response = self.search(request, incomplete=fault.kind if fault else None)
        else:
            response = getattr(self, endpoint)(request, **args)
        if response.status_code == 200:
            # Conditional requests, as GitHub: an ETag on every answer; If-None-Match with it gets a
            # 304 without a body, which does not count against the rate limit.
            etag = f'W/"{hashlib.sha256(response.get_data()).hexdigest()[:32]}"'
            response.headers["ETag"] = etag
            if etag in request.headers.get("If-None-Match", ""):
                return Response(status=304, headers={"ETag": etag})
        bucket.used += 1
        return response

    def _control(self, endpoint: str, request: Request) -> Response:
        if endpoint == "requests":
            return _json([asdict(log) for log in self.log], 200)
        if request.method == "DELETE":
            with self._lock:
                self.faults.clear()
            return _json({"faults": []}, 200)
        if request.method == "POST":
            spec = request.get_json(force=True, silent=True) or {}
            try:
                self.inject(**spec)
            except (TypeError, ValueError) as exc:
                return _json({"message": str(exc), "kinds": FAULT_KINDS}, 400)
        with self._lock:
            return _json({"faults": [asdict(f) for f in self.faults], "kinds": FAULT_KINDS}, 200)

    def _bucket(self, identity: str, resource: str, *, anonymous: bool) -> Bucket:
        limit, window = {
            "core": (self.limits.core_anonymous if anonymous else self.limits.core, 3600),
            "search": (self.limits.search_anonymous if anonymous else self.limits.search, 60),
            "graphql": (self.limits.graphql, 3600),
        }[resource]
        with self._lock:
            bucket = self.buckets.setdefault((identity, resource), Bucket(limit, window))
            bucket.refresh(time.time())
            return bucket

    # ---- endpoints ----
    def search(self, request: Request, *, incomplete: str | None = None) -> Response:
        q = request.args.get("q", "")
        per_page = min(max(request.args.get("per_page", 30, type=int) or 30, 1), 100)
        page = max(request.args.get("page", 1, type=int) or 1, 1)
        try:
            found = search_users(self.users, q, request.args.get("sort"), request.args.get("order", "desc"))
        except QueryError as exc:
            return _json(
                {
                    "message": "Validation Failed",
                    "documentation_url": DOCS,
                    "status": "422",
                    "errors": [{"resource": "Search", "field": "q", "code": "invalid", "message": str(exc)}],
                },
                422,
            )
        start = (page - 1) * per_page
        if start >= self.result_cap:
            return _json(
                {
                    "message": f"Only the first {self.result_cap} search results are available",
                    "documentation_url": DOCS,
                    "status": "422",
                },
                422,
            )
        chunk = found[start : min(start + per_page, self.result_cap)]
        if incomplete:  # what a timed-out search looks like: fewer items, or none
            chunk = [] if incomplete == "incomplete_empty" else chunk[: len(chunk) // 2]
        api = request.host_url.rstrip("/")
        body = {
            "total_count": len(found),
            "incomplete_results": incomplete is not None,
            "items": [search_item(api, u) for u in chunk],
        }
        response = _json(body, 200)
        last = max(1, -(-min(len(found), self.result_cap) // per_page))
        if page < last:

            def link(number: int) -> str:
                return f"<{api}/search/users?{urlencode({**request.args, 'page': number})}>"

            response.headers["Link"] = f'{link(page + 1)}; rel="next", {link(last)}; rel="last"'
        return response

    def _user(self, login: str) -> Any:
        return self.corpus.by_login.get(login.lower())

    def user(self, request: Request, login: str) -> Response:
        user = self._user(login)
        if user is None:
            return _json({"message": "Not Found", "documentation_url": DOCS, "status": "404"}, 404)
        return _json(public_user(request.host_url.rstrip("/"), user), 200)

    def user_repos(self, request: Request, login: str) -> Response:
        user = self._user(login)
        if user is None:
            return _json({"message": "Not Found", "documentation_url": DOCS, "status": "404"}, 404)
        sort = request.args.get("sort", "full_name")
        keys = {
            "created": lambda r: r.created_at,
            "updated": lambda r: r.pushed_at,
            "pushed": lambda r: r.pushed_at,
            "full_name": lambda r: r.name.lower(),
        }
        default_direction = "asc" if sort == "full_name" else "desc"
        repos = sorted(
            user.repos,
            key=keys.get(sort, keys["full_name"]),
            reverse=request.args.get("direction", default_direction) == "desc",
        )
        per_page = min(max(request.args.get("per_page", 30, type=int) or 30, 1), 100)
        page = max(request.args.get("page", 1, type=int) or 1, 1)
        chunk = repos[(page - 1) * per_page : page * per_page]
        api = request.host_url.rstrip("/")
        return _json([minimal_repository(api, user, r) for r in chunk], 200)

    def languages(self, request: Request, owner: str, repo: str) -> Response:
        user = self._user(owner)
        found = next((r for r in user.repos if r.name == repo), None) if user else None
        if found is None:
            return _json({"message": "Not Found", "documentation_url": DOCS, "status": "404"}, 404)
        return _json(dict(found.languages), 200)

    def rate_limit(self, token: str | None, request: Request) -> Response:
        identity = token or f"anonymous:{request.remote_addr}"
        resources = {}
        for name in ("core", "search", "graphql"):
            bucket = self._bucket(identity, name, anonymous=token is None)
            resources[name] = rate_resource(bucket.limit, bucket.remaining, bucket.reset)
        return _json({"resources": resources, "rate": resources["core"]}, 200)

    def graphql(self, request: Request, bucket: Bucket, *, partial: bool = False) -> Response:
        payload = request.get_json(force=True, silent=True)
        if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
            return _json({"message": "Problems parsing JSON", "documentation_url": DOCS}, 400)
        variables = payload.get("variables") or {}
        operation = payload.get("operationName")
        document, cost, errors = self.engine.prepare(payload["query"], variables, operation)
        if document is None:
            return _json({"errors": errors}, 200)
        with self._lock:
            bucket.refresh(time.time())
            if bucket.remaining < cost.points:
                return _graphql_rate_limited(bucket)
            bucket.used += cost.points
        rate = {
            "cost": cost.points,
            "limit": bucket.limit,
            "nodeCount": cost.nodes,
            "remaining": bucket.remaining,
            "used": bucket.used,
            "resetAt": datetime.fromtimestamp(bucket.reset, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        answer = self.engine.execute(document, variables, operation, rate)
        if partial:
            _lose_first_node(answer, variables)
        return _json(answer, 200)


def _lose_first_node(answer: dict[str, Any], variables: dict[str, Any]) -> None:
    """GitHub's answer when the first id of `nodes(ids:)` was deleted: null beside NOT_FOUND."""
    nodes = (answer.get("data") or {}).get("nodes")
    if not nodes:
        return
    nodes[0] = None
    error = recorded("graphql_not_found_partial").json_body()["errors"][0]
    first_id = next(iter(variables.get("ids") or []), "")
    error["message"] = f"Could not resolve to a node with the global id of '{first_id}'"
    answer.setdefault("errors", []).append(error)


_OPERATION = re.compile(r"\b(?:query|mutation)\s+(\w+)")


def _operation(request: Request) -> str:
    payload = request.get_json(force=True, silent=True)
    text = payload.get("query") if isinstance(payload, dict) else None
    found = _OPERATION.search(text) if isinstance(text, str) else None
    return found.group(1) if found else ""


def _token(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() in {"bearer", "token"} else None


def _json(body: Any, status: int) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json; charset=utf-8")


def _rate_headers(bucket: Bucket, resource: str) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(bucket.limit),
        "X-RateLimit-Remaining": str(bucket.remaining),
        "X-RateLimit-Reset": str(bucket.reset),
        "X-RateLimit-Used": str(bucket.used),
        "X-RateLimit-Resource": resource,
    }


def _graphql_rate_limited(bucket: Bucket, reset_in: int | None = None) -> Response:
    response = _json(
        {"errors": [{"type": "RATE_LIMITED", "message": "API rate limit already exceeded for user ID 1."}]},
        200,
    )
    reset = int(time.time()) + reset_in if reset_in is not None else bucket.reset
    response.headers.update({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)})
    return response


def _fault_response(fault: Fault, bucket: Bucket) -> Response:
    if fault.kind in {"secondary_403", "abuse_403", "graphql_timeout"}:
        answer = recorded(fault.kind)
        response = _json(answer.json_body(), fault.status or answer.status)
    elif fault.kind == "rate_limit_429":
        response = _json(recorded("secondary_403").json_body(), 429)
        response.headers["Retry-After"] = str(fault.retry_after)
    elif fault.kind == "primary_403":
        response = _json(
            {"message": "API rate limit exceeded for user ID 1.", "documentation_url": DOCS}, 403
        )
        response.headers.update(
            {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(time.time()) + fault.reset_in)}
        )
    elif fault.kind == "graphql_rate_limited":
        response = _graphql_rate_limited(bucket, fault.reset_in)
    else:  # bad_gateway
        response = Response(
            "<html><body><h1>502 Server Error</h1></body></html>", status=502, content_type="text/html"
        )
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
        return list(self.app.log)

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
        with self.app._lock:
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

"""Failures injected on demand, in GitHub's recorded shapes (recorded_answers.json)."""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, replace
from typing import Any

from werkzeug.wrappers import Response

from talent_local.github_emulator.limits import Bucket, graphql_rate_limited
from talent_local.github_emulator.recorded import recorded
from talent_local.github_emulator.responses import DOCS, json_response

FAULT_KINDS = {
    "rate_limit_429": "429 with Retry-After (retry_after seconds)",
    "secondary_403": "403 secondary rate limit without Retry-After or reset headers (recorded)",
    "abuse_403": "403 'You have triggered an abuse detection mechanism', no Retry-After (recorded)",
    "primary_403": "403 with x-ratelimit-remaining: 0 and x-ratelimit-reset reset_in seconds ahead",
    "graphql_rate_limited": "200 with errors: [{type: RATE_LIMITED}] on /graphql, x-ratelimit-remaining: "
    "`remaining` (the points left, below the query's cost)",
    "graphql_rate_limit_type": "200 with errors: [{type: RATE_LIMIT, code: graphql_rate_limit}] on /graphql, "
    "GitHub's other wording of graphql_rate_limited (recorded; `remaining` likewise)",
    "graphql_timeout": "/graphql answers data: null with 'Something went wrong ... timeout' "
    "(recorded; status 200, or `status`)",
    "graphql_partial": "/graphql answers normally but the first node is null beside a NOT_FOUND error "
    "(recorded)",
    "resource_limits": "/graphql answers a nodes(ids:) query as over GitHub's per-query resource limits: the "
    "last node null beside a RESOURCE_LIMITS_EXCEEDED error on its repositories (`partial`, GitHub's usual "
    "answer), or data: null with that error (partial=False) (recorded)",
    "bad_gateway": "502 Server Error",
    "incomplete_results": "search answers with incomplete_results: true and half the items",
    "incomplete_empty": "search answers incomplete_results: true, the real total_count and no items "
    "(recorded)",
    "slow": "waits delay_ms before answering normally",
    "unauthorized": "401 Bad credentials",
}
_DEFAULT_PATH = {
    "graphql_rate_limited": "/graphql",
    "graphql_rate_limit_type": "/graphql",
    "graphql_timeout": "/graphql",
    "graphql_partial": "/graphql",
    "resource_limits": "/graphql",
    "incomplete_results": "/search/users",
    "incomplete_empty": "/search/users",
}
# Kinds that change a real answer instead of replacing it.
ALTERING = frozenset({"incomplete_results", "incomplete_empty", "graphql_partial", "resource_limits"})


@dataclass(slots=True)
class Fault:
    """The next `times` requests whose path starts with `path` fail with `kind` (see FAULT_KINDS)."""

    kind: str
    times: int = 1
    path: str = "/"
    retry_after: int = 2
    reset_in: int = 3
    delay_ms: int = 500
    status: int | None = None  # graphql_timeout: the status to answer with (GitHub sends 200 or 502)
    remaining: int = 0  # graphql_rate_limit*: the points left that x-ratelimit-remaining reports
    partial: bool = True  # resource_limits: partial data (the last node null), else data: null


class FaultQueue:
    """The faults waiting for a request, first injected first served."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def inject(self, kind: str, times: int = 1, **options: Any) -> None:
        """Queue a fault; `options` are Fault's fields. ValueError for an unknown kind, TypeError for an
        unknown option."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {sorted(FAULT_KINDS)}")
        fault = Fault(kind, times, options.pop("path", _DEFAULT_PATH.get(kind, "/")))
        with self._lock:
            self._faults.append(replace(fault, **options))

    def take(self, path: str) -> Fault | None:
        """The first fault for `path`, one of its `times` used up (gone when none is left)."""
        with self._lock:
            for fault in self._faults:
                if path.startswith(fault.path) and fault.times > 0:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def put_back(self, fault: Fault) -> None:
        """Give back one use of a fault taken by a request it did not apply to."""
        with self._lock:
            if fault in self._faults:
                fault.times += 1
            else:
                self._faults.insert(0, replace(fault, times=1))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def describe(self) -> list[dict[str, Any]]:
        """The waiting faults as JSON objects: `[{"kind", "times", "path", ...}]`."""
        with self._lock:
            return [asdict(fault) for fault in self._faults]


def fault_response(fault: Fault, bucket: Bucket) -> Response:
    """The answer of a fault that replaces the real one (any kind not in ALTERING)."""
    if fault.kind in {"secondary_403", "abuse_403", "graphql_timeout"}:
        answer = recorded(fault.kind)
        return json_response(answer.json_body(), fault.status or answer.status)
    if fault.kind == "rate_limit_429":
        response = json_response(recorded("secondary_403").json_body(), 429)
        response.headers["Retry-After"] = str(fault.retry_after)
        return response
    if fault.kind == "primary_403":
        response = json_response(
            {"message": "API rate limit exceeded for user ID 1.", "documentation_url": DOCS}, 403
        )
        reset = str(int(time.time()) + fault.reset_in)
        response.headers.update({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset})
        return response
    if fault.kind in {"graphql_rate_limited", "graphql_rate_limit_type"}:
        body = recorded(fault.kind).json_body() if fault.kind == "graphql_rate_limit_type" else None
        return graphql_rate_limited(bucket, fault.reset_in, remaining=fault.remaining, body=body)
    return Response(  # bad_gateway
        "<html><body><h1>502 Server Error</h1></body></html>", status=502, content_type="text/html"
    )


def lose_first_node(answer: dict[str, Any], variables: dict[str, Any]) -> None:
    """Make `answer` GitHub's answer when the first id of `nodes(ids:)` was deleted: null beside a
    NOT_FOUND error (graphql_partial). Any other answer is left as it is."""
    nodes = (answer.get("data") or {}).get("nodes")
    if not nodes:
        return
    nodes[0] = None
    error = recorded("graphql_not_found_partial").json_body()["errors"][0]
    first_id = next(iter(variables.get("ids") or []), "")
    error["message"] = f"Could not resolve to a node with the global id of '{first_id}'"
    answer.setdefault("errors", []).append(error)


def cut_by_resource_limits(answer: dict[str, Any], *, partial: bool) -> None:
    """Make a nodes(ids:) `answer` GitHub's answer over its per-query resource limits (resource_limits):
    the last node null beside a RESOURCE_LIMITS_EXCEEDED error whose path names its repositories (a
    RepositoryConnection!, so the null reaches the node), or, not `partial`, data: null."""
    error = recorded("graphql_resource_limits").json_body()["errors"][0]
    nodes = answer["data"]["nodes"]
    if partial:
        last = len(nodes) - 1
        nodes[last] = None
        error["path"] = ["nodes", last, "repositories"]
        answer.setdefault("errors", []).append(error)
        return
    error["path"] = ["nodes"]
    answer.clear()
    answer.update({"data": None, "errors": [error]})


@dataclass(slots=True)
class Alteration:
    """An altering GraphQL fault (graphql_partial, resource_limits) for one answer; it applies only to a
    nodes(ids:) answer, and `applied` says whether this one was."""

    fault: Fault
    applied: bool = False

    def __call__(self, answer: dict[str, Any], variables: dict[str, Any]) -> None:
        if not (answer.get("data") or {}).get("nodes"):
            return
        self.applied = True
        if self.fault.kind == "graphql_partial":
            lose_first_node(answer, variables)
        else:
            cut_by_resource_limits(answer, partial=self.fault.partial)

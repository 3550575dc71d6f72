"""Shared by the benches that call handlers in-process: AWS call counting, sample events, percentiles.

Import as `from support import ...`: the benches run as scripts, so bench/ is on sys.path.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EVENTS = Path(__file__).resolve().parents[1] / "events" / "api"


class Calls:
    """Counts one boto3 client's API calls per operation and times them, from botocore's
    before-call/after-call events. Only calls made on the thread that created it count: the local
    stack runs Step Functions tasks (which share the cached clients) on threads of their own."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.seconds: list[float] = []
        self._started = 0.0
        self._thread = threading.get_ident()

    def attach(self, client: Any) -> None:
        client.meta.events.register("before-call.*.*", self._before)
        client.meta.events.register("after-call.*.*", self._after)

    def _before(self, model: Any, **_: Any) -> None:
        if threading.get_ident() == self._thread:
            self.count[model.name] += 1
            self._started = time.perf_counter()

    def _after(self, **_: Any) -> None:
        if threading.get_ident() == self._thread:
            self.seconds.append(time.perf_counter() - self._started)

    def take(self) -> tuple[Counter[str], list[float]]:
        """The calls since the last take, and the seconds each took."""
        taken = (self.count, self.seconds)
        self.count, self.seconds = Counter(), []
        return taken


def event(
    name: str,
    body: dict[str, Any] | None = None,
    token: str | None = None,
    *,
    path_parameters: dict[str, str] | None = None,
    query: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    omit_headers: tuple[str, ...] = (),
) -> dict[str, Any]:
    """events/api/<name>.json with another body, bearer token, path parameters, query or headers."""
    data: dict[str, Any] = json.loads((EVENTS / f"{name}.json").read_text())
    omitted = {name.lower() for name in omit_headers}
    for view in ("headers", "multiValueHeaders"):
        data[view] = {key: value for key, value in data[view].items() if key.lower() not in omitted}
    if body is not None:
        data["body"] = json.dumps(body)
    extra = dict(headers or {})
    if token is not None:
        extra["Authorization"] = f"Bearer {token}"
    if extra:
        data["headers"] = {**data["headers"], **extra}
        data["multiValueHeaders"] = {**data["multiValueHeaders"], **{k: [v] for k, v in extra.items()}}
    if path_parameters is not None:
        path = data["resource"]
        for key, value in path_parameters.items():
            path = path.replace("{" + key + "}", value)
        data["path"], data["pathParameters"] = path, path_parameters
        data["requestContext"]["path"] = f"/{data['requestContext']['stage']}{path}"
    if query is not None:
        data["queryStringParameters"] = query or None
        data["multiValueQueryStringParameters"] = {k: [v] for k, v in query.items()} or None
    return data


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def per_request(calls: Counter[str], requests: int) -> str:
    """'2  (GetItem 1, Query 1)': calls per request in all, then per operation."""
    parts = ", ".join(f"{name} {count / requests:g}" for name, count in sorted(calls.items()))
    return f"{sum(calls.values()) / requests:g}" + (f"  ({parts})" if parts else "")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain fixed-width table: the first column left-aligned, the others right-aligned."""
    cells = [[str(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        first = row[0].ljust(widths[0])
        return "  " + "  ".join(
            [first, *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))]
        )

    print(line(cells[0]))
    print("  " + "  ".join("-" * width for width in widths))
    for row in cells[1:]:
        print(line(row))


# The benches measure what requests cost, not the quotas: one address registers every user, and one user
# may start more runs than a person could.
UNLIMITED = {
    "REGISTER_ADDRESS_MAX": "1000000",
    "RUNS_IN_PROGRESS_MAX": "1000000",
    "RUNS_PER_HOUR_MAX": "1000000",
}


def quiet_stack_env(bcrypt_rounds: int) -> dict[str, str]:
    """Environment for a bench's LocalStack: the given bcrypt cost, and no log or metric lines in the
    tables. Also silences powertools' "no metrics" warning and moto's access log in this process."""
    import logging
    import warnings

    warnings.simplefilter("ignore")  # powertools warns when a request published no metric
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's access log
    return {
        "BCRYPT_ROUNDS": str(bcrypt_rounds),
        "POWERTOOLS_LOG_LEVEL": "WARNING",
        "POWERTOOLS_METRICS_DISABLED": "true",
        **UNLIMITED,
    }

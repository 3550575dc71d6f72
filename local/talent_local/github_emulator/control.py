"""The control plane: the log of the requests served, and /_emulator/{faults,requests} over HTTP.

GET    /_emulator/faults    {"faults": [waiting faults], "kinds": FAULT_KINDS}
POST   /_emulator/faults    {"kind": ..., "times": N, ...Fault options} -> the same; 400 if invalid
DELETE /_emulator/faults    {"faults": []}
GET    /_emulator/requests  [{"method", "path", "query", "status", "authenticated", "operation"}]
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass

from werkzeug.wrappers import Request, Response

from talent_local.github_emulator.faults import FAULT_KINDS, FaultQueue
from talent_local.github_emulator.responses import json_response


@dataclass(frozen=True, slots=True)
class RequestLog:
    """One request served (control calls are not logged)."""

    method: str
    path: str
    query: str
    status: int
    authenticated: bool
    operation: str = ""  # a GraphQL call's operation name (EnrichUsers, FindRepositories)


class Journal:
    """The requests served so far, in order."""

    def __init__(self) -> None:
        self._entries: list[RequestLog] = []
        self._lock = threading.Lock()

    def record(self, entry: RequestLog) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[RequestLog]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def control(endpoint: str, request: Request, faults: FaultQueue, journal: Journal) -> Response:
    """Answer a control plane request (`endpoint`: faults or requests; see the module's docstring)."""
    if endpoint == "requests":
        return json_response([asdict(entry) for entry in journal.entries()], 200)
    if request.method == "DELETE":
        faults.clear()
        return json_response({"faults": []}, 200)
    if request.method == "POST":
        spec = request.get_json(force=True, silent=True) or {}
        try:
            faults.inject(**spec)
        except (TypeError, ValueError) as exc:
            return json_response({"message": str(exc), "kinds": FAULT_KINDS}, 400)
    return json_response({"faults": faults.describe(), "kinds": FAULT_KINDS}, 200)

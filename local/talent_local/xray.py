"""X-Ray the way Lambda runs it, for the local stack: tracing on, a sampled trace header, subsegments
sent over UDP to a daemon, here a sink that keeps them so tests can read what a deployed stack sends.

Lambda starts each function with `LAMBDA_TASK_ROOT` and `_X_AMZN_TRACE_ID` set; the X-Ray SDK then
keeps a per-thread "facade" segment and streams every closed subsegment to the daemon at once. The
local stack runs many invocations in one process, so it uses one sampled trace id for all of them
(each thread still gets its own facade segment and entity stack, as each Lambda process does).
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections import deque
from pathlib import Path
from typing import Any

# Sampled=1: what Lambda sets for most invocations at low traffic, and the case that must not crash.
TRACE_HEADER = "Root=1-67890abc-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1"
_HEADER = b'{"format":"json","version":1}\n'


class XRaySink:
    """A UDP "daemon" on 127.0.0.1 that keeps the last `keep` segment documents it was sent."""

    def __init__(self, keep: int = 50_000) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self._documents: deque[dict[str, Any]] = deque(maxlen=keep)
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="xray-sink", daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        host, port = self._socket.getsockname()
        return f"{host}:{port}"

    def documents(self) -> list[dict[str, Any]]:
        """Every (sub)segment document received so far, oldest first, with their nested subsegments."""
        with self._lock:
            return list(self._documents)

    def clear(self) -> None:
        with self._lock:
            self._documents.clear()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=2)
        self._socket.close()

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                datagram = self._socket.recv(65_536)
            except TimeoutError:
                continue
            except OSError:
                return
            if datagram.startswith(_HEADER):
                document = json.loads(datagram[len(_HEADER) :])
                with self._lock:
                    self._documents.append(document)


def trace_like_lambda(sink: XRaySink, task_root: Path) -> dict[str, str]:
    """Turn tracing on in this process as Lambda does, sending to `sink`; returns the environment set.

    Tests may have created Tracers (or imported the X-Ray SDK) with tracing off earlier in the process:
    powertools keeps "disabled" in class state and the SDK picks its context at import, so both are
    reset here rather than trusted.
    """
    env = {
        "LAMBDA_TASK_ROOT": str(task_root),
        "_X_AMZN_TRACE_ID": TRACE_HEADER,
        "AWS_XRAY_DAEMON_ADDRESS": sink.address,
    }
    os.environ.pop("POWERTOOLS_TRACE_DISABLED", None)
    os.environ.update(env)
    from aws_lambda_powertools import Tracer
    from aws_xray_sdk import global_sdk_config
    from aws_xray_sdk.core import xray_recorder
    from aws_xray_sdk.core.lambda_launcher import LambdaContext

    global_sdk_config.set_sdk_enabled(True)
    xray_recorder.configure(context=LambdaContext(), streaming_threshold=0, daemon_address=sink.address)
    Tracer._reset_config()  # type: ignore[no-untyped-call]  # as powertools resets it in its tests
    return env


def subsegments(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every subsegment in `documents`, nested ones included, flattened."""
    found: list[dict[str, Any]] = []
    pending = list(documents)
    while pending:
        document = pending.pop()
        found.append(document)
        pending += document.get("subsegments", [])
    return found

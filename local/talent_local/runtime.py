"""Run the template's Lambda handlers in-process, for the HTTP front and for Step Functions tasks."""

from __future__ import annotations

import importlib.util
import json
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from talent_local.aws_calls import acting_as

if TYPE_CHECKING:
    from talent_local.template import FunctionSpec

Handler = Callable[[dict[str, Any], Any], Any]


@dataclass
class LambdaContext:
    """The attributes powertools and our handlers read from the real Lambda context."""

    function_name: str
    invoked_function_arn: str
    memory_limit_in_mb: int
    timeout_s: int
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    function_version: str = "$LATEST"
    log_group_name: str = ""
    log_stream_name: str = ""
    _deadline: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_s
        self.log_group_name = f"/aws/lambda/{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass
class Fault:
    """A dev-only failure of one function's Lambda invocations (never in product code).

    The invocation fails with `error_type` as the errorType Step Functions matches Retry/Catch on, as if
    the handler had raised it (or the Lambda service had, for names like Lambda.ServiceException).
    """

    logical_id: str
    error_type: str
    message: str
    times: int | None  # None: every matching invocation until cleared
    project_id: str | None = None  # only events whose project_id is this one
    after: bool = False  # run the handler first (its side effects happen), then fail
    fired: int = 0

    def matches(self, spec: FunctionSpec, event: dict[str, Any]) -> bool:
        if spec.logical_id != self.logical_id or (self.times is not None and self.fired >= self.times):
            return False
        return self.project_id is None or event.get("project_id") == self.project_id


@dataclass
class Hold:
    """A dev-only pause of one function's next Lambda invocation for a project (never in product code):
    it waits before its handler runs until the test releases it, so a test can act (DELETE the project)
    while a stage is in flight, deterministically."""

    logical_id: str
    where: dict[str, str]  # event fields the invocation must have, e.g. {"project_id": ...}; {}: any
    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    event: dict[str, Any] | None = None  # the held invocation's event, once reached

    def matches(self, spec: FunctionSpec, event: dict[str, Any]) -> bool:
        if spec.logical_id != self.logical_id or self.reached.is_set():
            return False
        return all(event.get(name) == value for name, value in self.where.items())

    def wait_reached(self, timeout_s: float = 60) -> dict[str, Any]:
        if not self.reached.wait(timeout_s):
            raise TimeoutError(f"{self.logical_id} was not invoked within {timeout_s} s")
        assert self.event is not None
        return self.event

    def release(self) -> None:
        self.released.set()


class FunctionRuntime:
    """Loads each function's handler module once (by file path, so two app.py never collide)."""

    def __init__(self, functions: list[FunctionSpec]) -> None:
        self.functions = {spec.name: spec for spec in functions}
        # Idle loaded copies of each handler module. Like Lambda, one copy serves one request at a
        # time: resolvers keep the current event in module globals, so concurrent requests to the
        # same function each get their own copy (a "warm container"), loaded on demand.
        self._warm: dict[str, list[ModuleType]] = {}
        self._loaded: dict[str, int] = {}
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._holds: list[Hold] = []
        self._running = 0  # invocations in flight, API and Step Functions alike
        self._idle = threading.Condition(self._lock)

    # ---- fault injection (tests and demos) ----
    def inject_fault(
        self,
        logical_id: str,
        error_type: str,
        message: str = "Injected fault",
        *,
        times: int | None = 1,
        project_id: str | None = None,
        after: bool = False,
    ) -> Fault:
        if logical_id not in {spec.logical_id for spec in self.functions.values()}:
            raise ValueError(f"{logical_id} is not a function of the template")
        fault = Fault(logical_id, error_type, message, times, project_id, after)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            holds, self._holds = self._holds, []
        for hold in holds:
            hold.release()

    def hold(self, logical_id: str, **where: str) -> Hold:
        """Pause the function's next invocation whose event has the fields `where` (project_id=...,
        user_id=...) before its handler runs; the test calls `wait_reached()`, acts, then `release()`."""
        if logical_id not in {spec.logical_id for spec in self.functions.values()}:
            raise ValueError(f"{logical_id} is not a function of the template")
        hold = Hold(logical_id, where)
        with self._lock:
            self._holds.append(hold)
        return hold

    def _wait_if_held(self, spec: FunctionSpec, event: dict[str, Any]) -> None:
        with self._lock:
            hold = next((h for h in self._holds if h.matches(spec, event)), None)
            if hold is not None:
                hold.event = event
                hold.reached.set()
        if hold is not None and not hold.released.wait(120):
            raise TimeoutError(f"the hold on {spec.logical_id} was never released")

    def wait_idle(self, timeout_s: float = 60) -> None:
        """Until no handler is running (Lambda invocations that outlive a stopped execution included)."""
        with self._idle:
            if not self._idle.wait_for(lambda: self._running == 0, timeout_s):
                raise TimeoutError(f"{self._running} invocations still running after {timeout_s} s")

    def _take_fault(self, spec: FunctionSpec, event: dict[str, Any]) -> Fault | None:
        with self._lock:
            fault = next((f for f in self._faults if f.matches(spec, event)), None)
            if fault is not None:
                fault.fired += 1
            return fault

    def _load(self, spec: FunctionSpec, copy: int) -> ModuleType:
        module_name = spec.handler.rsplit(".", 1)[0]
        path = spec.code_dir / (module_name.replace(".", "/") + ".py")
        unique = f"talent_fn_{spec.logical_id}_{module_name.replace('.', '_')}_{copy}"
        module_spec = importlib.util.spec_from_file_location(unique, path)
        if module_spec is None or module_spec.loader is None:
            raise ImportError(f"cannot load handler {path}")
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        return module

    def _checkout(self, spec: FunctionSpec) -> ModuleType:
        with self._lock:
            warm = self._warm.setdefault(spec.name, [])
            if warm:
                return warm.pop()
            copy = self._loaded.get(spec.name, 0)
            self._loaded[spec.name] = copy + 1
        return self._load(spec, copy)

    def _release(self, spec: FunctionSpec, module: ModuleType) -> None:
        with self._lock:
            self._warm[spec.name].append(module)

    def loaded_copies(self, spec: FunctionSpec) -> int:
        """How many copies of the function's module were loaded (its peak concurrency so far)."""
        with self._lock:
            return self._loaded.get(spec.name, 0)

    def invoke(self, spec: FunctionSpec, event: dict[str, Any]) -> Any:
        with self._lock:
            self._running += 1
        try:
            if isinstance(event, dict):
                self._wait_if_held(spec, event)
            context = LambdaContext(spec.name, spec.arn, spec.memory, spec.timeout)
            module = self._checkout(spec)
            try:
                handler: Handler = getattr(module, spec.handler.rsplit(".", 1)[1])
                with acting_as(spec.logical_id):  # its AWS calls are recorded as this function's
                    return handler(event, context)
            finally:
                self._release(spec, module)
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    def invoke_for_moto(
        self, function_name: str, payload: str | dict[str, Any] | None
    ) -> tuple[str, bool, str]:
        """What moto's LambdaFunction._invoke_lambda returns: (payload_json, errored, logs)."""
        spec = self.functions[function_name]
        # moto passes the Lambda API's payload as text, but Step Functions' as an already-parsed dict.
        event = json.loads(payload) if isinstance(payload, str | bytes) else (payload or {})
        fault = self._take_fault(spec, event) if isinstance(event, dict) else None
        try:
            if fault is None or fault.after:
                result = self.invoke(spec, event)
        except Exception as error:
            body = {"errorMessage": str(error), "errorType": type(error).__name__}
            return json.dumps(body), True, traceback.format_exc()
        if fault is not None:
            body = {"errorMessage": fault.message, "errorType": fault.error_type}
            return json.dumps(body), True, f"injected fault {fault.error_type}"
        return json.dumps(result, default=str), False, ""

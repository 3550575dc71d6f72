"""Every change the local stack makes to a third-party library's internals, in one place (never deployed).

Each patch was written against one version of the library it changes (WRITTEN_FOR, the versions
requirements-dev.lock pins) and refuses to apply to another, naming both: a new version may have moved
what it replaces. After an upgrade, read the patch against the new code, run its contract test
(tests/unit/local/test_patches.py), then update WRITTEN_FOR.

- `run_lambdas_in_process` (moto): `LambdaFunction._invoke_lambda` runs our handlers, not Docker;
- `make_dynamodb_atomic` (moto): DynamoDB's item requests (DynamoHandler, reading the old item and
  serialising the new one) and DynamoDBBackend's item operations behind one lock, as DynamoDB applies
  each request atomically;
- `stop_executions_once_started` (moto): StopExecution right after StartExecution waits for the
  execution's thread to set up, as AWS stops an execution at any point;
- `list_moto_services_once` (moto): the server's list of its service modules is read from disk once,
  not on every request;
- `publish_execution_ends` (moto): an execution that ends, or is stopped (at once, as AWS aborts it),
  tells a listener, as Step Functions sends EventBridge its "Step Functions Execution Status Change";
- `make_resolvers_thread_safe` (powertools): the request a resolver serves, kept in class attributes,
  becomes per-thread, since the front serves requests from threads;
- `make_metrics_thread_safe` (powertools): the metrics a function adds before its handler flushes them,
  kept in sets every `Metrics` in a process shares, become per-thread, so one request's flush never
  empties another's;
- `record_cached_secret_reads` (powertools): `SecretsProvider.get` reports each read, cached ones too;
- `add_builtin_botocore_hooks` (botocore): hooks in `handlers.BUILTIN_HANDLERS`, which every new
  session registers.

Each is idempotent: applying it twice changes nothing.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from talent_local.runtime import FunctionRuntime

WRITTEN_FOR: dict[str, str] = {
    "moto": "5.2.5",
    "aws-lambda-powertools": "3.37.0",
    "botocore": "1.44.8",
}
_MARK = "_talent_patched"  # set on what a patch installed, so a second application is a no-op


class PatchVersionError(RuntimeError):
    """An installed library is not the version a patch of its internals was written for."""


def require(distribution: str) -> None:
    """Raise PatchVersionError unless `distribution` is installed at its WRITTEN_FOR version."""
    expected, installed = WRITTEN_FOR[distribution], version(distribution)
    if installed != expected:
        raise PatchVersionError(
            f"talent_local.patches was written for {distribution} {expected}, but {installed} is installed:"
            f" check the patch against {installed} (tests/unit/local/test_patches.py), then update"
            " WRITTEN_FOR"
        )


def _marked(function: Callable[..., Any]) -> Callable[..., Any]:
    setattr(function, _MARK, True)
    return function


def _is_patched(target: object) -> bool:
    return bool(getattr(target, _MARK, False))


# ---- moto ----
def run_lambdas_in_process(runtime: FunctionRuntime) -> None:
    """moto's Lambda (and so Step Functions' Lambda tasks) calls `runtime` instead of Docker.

    moto calls `LambdaFunction._invoke_lambda(self, event)` and expects `(payload_json, errored, logs)`;
    `runtime.invoke_for_moto(function_name, event)` returns that. A later call points it at `runtime`."""
    require("moto")
    from moto.awslambda.models import LambdaFunction

    def _invoke_lambda(self: Any, event: str | dict[str, Any] | None = None) -> tuple[str, bool, str]:
        return runtime.invoke_for_moto(self.function_name, event)

    LambdaFunction._invoke_lambda = _marked(_invoke_lambda)  # type: ignore[method-assign]


DYNAMODB_ITEM_OPERATIONS = (
    "put_item",
    "update_item",
    "delete_item",
    "get_item",
    "batch_write_item",
    "batch_get_item",
    "transact_write_items",
    "transact_get_items",
    "query",
    "scan",
)
_dynamodb_lock = threading.RLock()


def make_dynamodb_atomic() -> None:
    """Serialise moto's DynamoDB item requests and operations behind one (re-entrant) lock.

    moto's backend is not thread-safe: TransactWriteItems deep-copies each table to roll back, so a
    concurrent write can crash it (a 500) or be lost on rollback, and a read can iterate a table another
    thread is changing. Its request handler reads the old item before the update and serialises the
    updated one after it, outside the backend: two concurrent ADDs could both return the later count.
    Each request takes milliseconds and handlers still run concurrently, so races between requests
    (two registrations of one email) stay real."""
    require("moto")
    for owner, name in dynamodb_item_methods():
        method = getattr(owner, name)
        if not _is_patched(method):
            setattr(owner, name, _locked(method))


def dynamodb_item_methods() -> list[tuple[type, str]]:
    """(class, method name) of each DynamoDB item request (moto's DynamoHandler) and item operation (its
    DynamoDBBackend) that `make_dynamodb_atomic` puts behind the lock."""
    from moto.dynamodb.models import DynamoDBBackend
    from moto.dynamodb.responses import DynamoHandler

    return [(owner, name) for owner in (DynamoHandler, DynamoDBBackend) for name in DYNAMODB_ITEM_OPERATIONS]


def _locked(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        with _dynamodb_lock:
            return method(*args, **kwargs)

    return _marked(call)


def dynamodb_is_atomic() -> bool:
    """Whether every item request and operation of moto's DynamoDB goes through the lock."""
    return all(_is_patched(getattr(owner, name)) for owner, name in dynamodb_item_methods())


STOP_WAITS_S = 10.0  # how long StopExecution waits for an execution's thread to set up


def stop_executions_once_started() -> None:
    """Make moto's `ExecutionWorker.stop` wait until the execution's thread has built its environment.

    moto starts each execution on a thread that sets `worker.env` when it runs; a StopExecution that
    arrives first (a project deleted the moment its run starts, on a loaded machine) met `env = None`
    and answered 500. AWS stops an execution in any state. Waits at most `STOP_WAITS_S`, then stops as
    moto would."""
    require("moto")
    from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

    stop = ExecutionWorker.stop
    if _is_patched(stop):
        return

    @functools.wraps(stop)
    def stop_once_started(self: Any, *args: Any, **kwargs: Any) -> Any:
        deadline = time.monotonic() + STOP_WAITS_S
        while getattr(self, "env", None) is None and time.monotonic() < deadline:
            time.sleep(0.005)
        return stop(self, *args, **kwargs)

    ExecutionWorker.stop = _marked(stop_once_started)  # type: ignore[method-assign]


_execution_listener: list[Callable[[dict[str, Any]], None]] = []  # the running stack's; the last one set


def publish_execution_ends(listener: Callable[[dict[str, Any]], None]) -> None:
    """Make each moto execution, once ended, hand `listener` the event Step Functions sends EventBridge
    ("Step Functions Execution Status Change": the execution's ARN, status, input, error and cause), on a
    thread of its own: AWS delivers it after the end, best effort. A later call replaces the listener."""
    require("moto")
    from moto.stepfunctions.parser.api import ExecutionStatus
    from moto.stepfunctions.parser.backend.execution import BaseExecutionWorkerCommunication, Execution

    _execution_listener[:] = [listener]
    terminated = BaseExecutionWorkerCommunication.terminated
    if _is_patched(terminated):
        return

    @functools.wraps(terminated)
    def terminated_and_published(self: Any) -> None:
        terminated(self)
        _publish(execution_status_change(self.execution))

    # AWS aborts an execution the moment StopExecution is called, and says so, while the Lambda invocation
    # in flight runs on; moto's execution ends only when that invocation returns (an attack review's: the
    # local stack never showed a stage finishing after its run had been failed). Both are told, as AWS
    # may deliver an event twice.
    stop = Execution.stop

    @functools.wraps(stop)
    def stop_and_published(self: Any, stop_date: Any, error: str | None, cause: str | None) -> None:
        running = self.exec_status == ExecutionStatus.RUNNING
        stop(self, stop_date, error, cause)
        if running:
            _publish(execution_status_change(self, "ABORTED", stop_date, error, cause))

    BaseExecutionWorkerCommunication.terminated = _marked(terminated_and_published)  # type: ignore[method-assign]
    Execution.stop = _marked(stop_and_published)  # type: ignore[method-assign]


def _publish(event: dict[str, Any]) -> None:
    for listen in list(_execution_listener):
        threading.Thread(target=listen, args=(event,), name="execution-ended", daemon=True).start()


def execution_status_change(
    execution: Any,
    status: str | None = None,
    stopped: Any = None,
    error: str | None = None,
    cause: str | None = None,
) -> dict[str, Any]:
    """The EventBridge event for a moto execution's end (or the given `status`, `stopped` date, `error` and
    `cause` of a stop), in the shape AWS documents (EventBridge user guide, Step Functions events):
    version, id, detail-type, source, account, time, region, resources, and the detail with the input as
    JSON text and dates in epoch milliseconds."""
    import json
    import uuid

    def millis(moment: Any) -> int | None:
        return int(moment.timestamp() * 1000) if moment is not None else None

    status = status or execution.exec_status.value
    stop_date = stopped or execution.stop_date
    arn = execution.exec_arn
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Step Functions Execution Status Change",
        "source": "aws.states",
        "account": execution.account_id,
        "time": (stop_date or execution.start_date).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "region": execution.region_name,
        "resources": [arn],
        "detail": {
            "executionArn": arn,
            "stateMachineArn": execution.state_machine_arn,
            "name": execution.name,
            "status": status,
            "startDate": millis(execution.start_date),
            "stopDate": millis(stop_date),
            "input": json.dumps(execution.input_data),
            "output": None if execution.output is None else json.dumps(execution.output),
            "inputDetails": {"included": True},
            "outputDetails": {"included": True} if execution.output is not None else None,
            "error": error or getattr(execution, "error", None),
            "cause": cause or getattr(execution, "cause", None),
        },
    }


def list_moto_services_once() -> None:
    """Make `moto.backends.list_of_moto_modules` read moto's package folder once, then answer from memory.

    moto's server calls it on every request, under the dispatcher's lock, to match the request's host
    against its service modules: 174 `isdir` calls, about 0.5 ms, each time: 6% of the local stack's CPU
    in a profile of the pipeline's integration tests. The folder does not change while the server runs."""
    require("moto")
    from moto import backends

    listed = backends.list_of_moto_modules
    if _is_patched(listed):
        return
    modules = tuple(listed())

    def list_once() -> Iterator[str]:
        return iter(modules)

    backends.list_of_moto_modules = _marked(list_once)


# ---- powertools ----
PER_REQUEST_ATTRIBUTES = ("current_event", "lambda_context")
_request_state = threading.local()


class _PerThread:
    """A data descriptor whose value is private to the current thread."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return getattr(_request_state, self.name, None)

    def __set__(self, instance: object, value: Any) -> None:
        setattr(_request_state, self.name, value)


def make_resolvers_thread_safe() -> None:
    """Make `BaseRouter.current_event` and `.lambda_context` per-thread.

    powertools keeps the request being resolved in *class* attributes (`BaseRouter.current_event = ...`
    in `resolve`), shared by every resolver in the process. Lambda runs one request per process; the
    local stack serves concurrent requests from threads, where one would read another's event (and
    user). Both the class-level writes powertools does and the instance-level reads handlers do go
    through the per-thread value."""
    require("aws-lambda-powertools")
    from aws_lambda_powertools.event_handler.api_gateway import BaseRouter

    if _is_patched(type(BaseRouter)):
        return
    for name in PER_REQUEST_ATTRIBUTES:
        if name in BaseRouter.__dict__:
            delattr(BaseRouter, name)
        setattr(BaseRouter, name, _PerThread(name))  # instance reads (`app.current_event`) find it here
    # Class-level writes (`BaseRouter.current_event = event`) go through the metaclass's descriptor.
    namespace: dict[str, Any] = {name: _PerThread(name) for name in PER_REQUEST_ATTRIBUTES}
    namespace[_MARK] = True
    setattr(BaseRouter, "__class__", type("PerThreadRouterMeta", (type(BaseRouter),), namespace))  # noqa: B010


# The EMF provider's state between a handler's first metric and its flush; every provider in the process
# shares it (powertools keeps one metric set per process on purpose: Lambda runs one request at a time).
_METRIC_STATE = ("metric_set", "dimension_set", "metadata_set", "dimension_sets", "timestamp")


class _PerThreadMetricState:
    """A data descriptor on the EMF provider: each thread has its own metric state, shared by every
    provider in that thread, as every provider shares one state in a Lambda process. A thread's first
    read starts from empty sets and the provider's default dimensions, as `clear_metrics` leaves them."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        state = _metric_state()
        if self.name not in state:
            state[self.name] = self._fresh(instance)
        return state[self.name]

    def __set__(self, instance: Any, value: Any) -> None:
        if self.name == "timestamp" or self.name not in _metric_state():
            _metric_state()[self.name] = value  # the constructor's sets: the first thread's own

    def _fresh(self, instance: Any) -> Any:
        if self.name == "dimension_sets":
            return []
        if self.name == "timestamp":
            return None
        if self.name == "dimension_set" and instance is not None:
            return {name: str(value) for name, value in instance.default_dimensions.items()}
        return {}


def _metric_state() -> dict[str, Any]:
    state: dict[str, Any] | None = getattr(_request_state, "metrics", None)
    if state is None:
        state = _request_state.metrics = {}
    return state


def make_metrics_thread_safe() -> None:
    """Make the CloudWatch EMF provider's metric state per-thread (`_PerThreadMetricState`).

    The local stack serves concurrent requests from threads of one process; with one shared state, one
    handler's flush cleared another's metrics between its check and its serialising, and powertools
    raised "Must contain at least one metric" (a 502 in a burst of logins). On AWS each request has
    its process."""
    require("aws-lambda-powertools")
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import AmazonCloudWatchEMFProvider

    if _is_patched(AmazonCloudWatchEMFProvider):
        return
    for name in _METRIC_STATE:
        setattr(AmazonCloudWatchEMFProvider, name, _PerThreadMetricState(name))
    setattr(AmazonCloudWatchEMFProvider, _MARK, True)


def record_cached_secret_reads(on_read: Callable[[Any, str], None]) -> None:
    """Call `on_read(provider, secret_name)` before every `SecretsProvider.get`, cached reads included.

    powertools caches secrets per process: on AWS each function reads a secret on its own cold start,
    here one function may find a value another cached. Installed once; the first `on_read` stays."""
    require("aws-lambda-powertools")
    from aws_lambda_powertools.utilities.parameters.secrets import SecretsProvider

    read = SecretsProvider.get
    if _is_patched(read):
        return

    @functools.wraps(read)
    def get(self: SecretsProvider, name: str, *args: Any, **kwargs: Any) -> Any:
        on_read(self, name)
        return read(self, name, *args, **kwargs)

    SecretsProvider.get = _marked(get)  # type: ignore[method-assign]


# ---- botocore ----
def add_builtin_botocore_hooks(hooks: Sequence[tuple[str, Callable[..., Any]]]) -> None:
    """Register `(event, hook)` pairs with every botocore session, present and future.

    botocore's public `register` reaches one session's clients; powertools and moto create sessions of
    their own, and every new session copies `handlers.BUILTIN_HANDLERS`. boto3's default session may
    exist already (its later clients copy its hooks), so it gets them too."""
    require("botocore")
    import boto3
    from botocore import handlers

    missing = [hook for hook in hooks if hook not in handlers.BUILTIN_HANDLERS]
    handlers.BUILTIN_HANDLERS.extend(missing)
    if boto3.DEFAULT_SESSION is not None:
        for event, hook in missing:
            boto3.DEFAULT_SESSION.events.register(event, hook)

"""Record every AWS call each Lambda function makes on the local stack (the IAM test checks them).

The local runtime marks which function the current thread (or asyncio task) runs, with `acting_as`.
Two botocore hooks see every API call of every client: `before-parameter-build` notes the operation and
the parameters that name resources, `after-call` adds the error code the call answered with (an
S3 GetObject that finds no key needs s3:ListBucket to answer NoSuchKey rather than AccessDenied).

The hooks join botocore's BUILTIN_HANDLERS (talent_local.patches), which every new botocore session
registers, so they reach boto3's default session, the sessions powertools creates, and moto's own: a
client created before `record_calls` has no hook, which is why the local stack drops cached clients
when it starts. Calls outside any function (the tests' own clients, moto's Step Functions invoking
Lambda) are not recorded.

powertools caches secrets per process. On AWS each function is its own process and reads a secret on
its own cold start; here the functions share one, so a function may find the value already cached by
another. A cached read is therefore recorded too, as the GetSecretValue its own process would make.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from talent_local.patches import add_builtin_botocore_hooks, record_cached_secret_reads

# Parameters that name what a call touches; every other parameter is dropped (bodies, expressions, and
# DynamoDB's item keys, which name items, not resources).
RESOURCE_PARAMETERS = (
    "TableName",
    "IndexName",
    "Bucket",
    "SecretId",
    "stateMachineArn",
    "executionArn",
    "FunctionName",
)
S3_OBJECT_PARAMETERS = ("Key", "VersionId", "Tagging")  # Tagging: PutObject then needs s3:PutObjectTagging
_CONTEXT_KEY = "talent_local_call"

_function: ContextVar[str | None] = ContextVar("talent_local_function", default=None)


@contextmanager
def acting_as(logical_id: str) -> Iterator[None]:
    """AWS calls made inside this block (this thread, its asyncio tasks) are the function's."""
    token = _function.set(logical_id)
    try:
        yield
    finally:
        _function.reset(token)


@dataclass(frozen=True, order=True)
class AwsCall:
    """One recorded API call. `params` holds only what names resources, as sorted (name, value) pairs:
    values are strings, or tuples for the tables of a batch, the items of a transaction
    ((operation, table) pairs) and the objects of DeleteObjects ((key, version id or "") pairs)."""

    function: str  # the template's logical id
    service: str  # botocore's service name: dynamodb, s3, secretsmanager, stepfunctions
    iam_prefix: str  # the IAM action prefix: dynamodb, s3, secretsmanager, states
    operation: str  # the API operation: GetItem
    region: str
    params: tuple[tuple[str, Any], ...]
    error: str = ""  # the error code it answered with; "" when it succeeded

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)

    def describe(self) -> str:
        named = " ".join(f"{name}={value}" for name, value in self.params)
        outcome = f" -> {self.error}" if self.error else ""
        return f"{self.function}: {self.service}.{self.operation} {named}{outcome}"


def resource_params(service: str, params: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """The parameters of a call that name resources (see AwsCall.params)."""
    names = RESOURCE_PARAMETERS + (S3_OBJECT_PARAMETERS if service == "s3" else ())
    named: dict[str, Any] = {name: str(params[name]) for name in names if name in params}
    if isinstance(params.get("RequestItems"), dict):
        named["RequestItems"] = tuple(sorted(params["RequestItems"]))
    if isinstance(params.get("TransactItems"), list):
        named["TransactItems"] = tuple(
            (operation, str(item[operation].get("TableName")))
            for item in params["TransactItems"]
            for operation in item
        )
    delete = params.get("Delete")
    if isinstance(delete, dict) and isinstance(delete.get("Objects"), list):
        named["Delete"] = tuple(
            sorted((str(entry.get("Key")), str(entry.get("VersionId") or "")) for entry in delete["Objects"])
        )
    return tuple(sorted(named.items()))


class AwsCallLog:
    """The distinct calls recorded while it is the active log (see `record_calls`)."""

    def __init__(self) -> None:
        self._calls: set[AwsCall] = set()
        self._lock = threading.Lock()

    def add(self, call: AwsCall) -> None:
        with self._lock:
            self._calls.add(call)

    def calls(self, function: str | None = None) -> list[AwsCall]:
        with self._lock:
            return sorted(call for call in self._calls if function in (None, call.function))

    def clear(self) -> None:
        with self._lock:
            self._calls.clear()


_active: list[AwsCallLog] = []  # at most one; a list so the hooks need no `global`


def _before_parameter_build(params: dict[str, Any], model: Any, context: dict[str, Any], **_: Any) -> None:
    function = _function.get()
    if function is None or not _active:
        return
    service = model.service_model
    context[_CONTEXT_KEY] = AwsCall(
        function=function,
        service=service.service_name,
        iam_prefix=service.signing_name,
        operation=model.name,
        region=str(context.get("client_region") or ""),
        params=resource_params(service.service_name, params),
    )


def _after_call(http_response: Any, parsed: dict[str, Any], context: dict[str, Any], **_: Any) -> None:
    call = context.pop(_CONTEXT_KEY, None)
    if call is None or not _active:
        return
    error = ""
    if http_response.status_code >= 300:
        error = str(parsed.get("Error", {}).get("Code") or http_response.status_code)
    _active[0].add(
        AwsCall(call.function, call.service, call.iam_prefix, call.operation, call.region, call.params, error)
    )


HOOKS = (("before-parameter-build", _before_parameter_build), ("after-call", _after_call))


def _record_secret_read(provider: Any, name: str) -> None:
    """A read through powertools' secret cache, recorded as the GetSecretValue it stands for."""
    function = _function.get()
    if function is not None and _active:
        region = str(provider.client.meta.region_name or "")
        secret = (("SecretId", name),)
        call = AwsCall(function, "secretsmanager", "secretsmanager", "GetSecretValue", region, secret)
        _active[0].add(call)


def record_calls(log: AwsCallLog | None) -> AwsCallLog | None:
    """Make `log` the active log (None: record nothing) and return the one it replaces.

    Installs the hooks on first use (talent_local.patches); they stay, and cost a context variable
    lookup per call."""
    previous = _active[0] if _active else None
    _active[:] = [log] if log is not None else []
    record_cached_secret_reads(_record_secret_read)
    add_builtin_botocore_hooks(HOOKS)
    return previous


@contextmanager
def recording(log: AwsCallLog) -> Iterator[AwsCallLog]:
    """Record into `log` inside the block; the previously active log (if any) is restored after."""
    previous = record_calls(log)
    try:
        yield log
    finally:
        record_calls(previous)

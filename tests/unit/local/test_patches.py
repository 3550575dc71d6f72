"""The local stack's patches of third-party internals (talent_local.patches): each applies only to the
version it was written for, and what each relies on in that version still holds."""

from __future__ import annotations

import datetime
import inspect
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.event_handler.api_gateway import ApiGatewayResolver, BaseRouter
from aws_lambda_powertools.metrics import Metrics, MetricUnit

from talent_local import patches
from talent_local.patches import (
    PER_REQUEST_ATTRIBUTES,
    WRITTEN_FOR,
    PatchVersionError,
    add_builtin_botocore_hooks,
    list_moto_services_once,
    make_dynamodb_atomic,
    make_metrics_thread_safe,
    make_resolvers_thread_safe,
    record_cached_secret_reads,
    run_lambdas_in_process,
    stop_executions_once_started,
)
from talent_local.runtime import FunctionRuntime

LOCK = Path(__file__).resolve().parents[3] / "requirements-dev.lock"

PATCHES: dict[str, tuple[str, Callable[[], None]]] = {
    "run_lambdas_in_process": ("moto", lambda: run_lambdas_in_process(FunctionRuntime([]))),
    "make_dynamodb_atomic": ("moto", make_dynamodb_atomic),
    "stop_executions_once_started": ("moto", stop_executions_once_started),
    "list_moto_services_once": ("moto", list_moto_services_once),
    "make_resolvers_thread_safe": ("aws-lambda-powertools", make_resolvers_thread_safe),
    "make_metrics_thread_safe": ("aws-lambda-powertools", make_metrics_thread_safe),
    "record_cached_secret_reads": ("aws-lambda-powertools", lambda: record_cached_secret_reads(print)),
    "add_builtin_botocore_hooks": ("botocore", lambda: add_builtin_botocore_hooks([])),
}


def locked_versions() -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", LOCK.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {name.lower(): pinned for name, pinned in pins}


def patched_targets() -> tuple[object, ...]:
    """Everything the patches replace, as it is now."""
    from aws_lambda_powertools.utilities.parameters.secrets import SecretsProvider
    from botocore import handlers
    from moto import backends
    from moto.awslambda.models import LambdaFunction
    from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

    operations = tuple(getattr(owner, name) for owner, name in patches.dynamodb_item_methods())
    router = (type(BaseRouter), *(BaseRouter.__dict__.get(name) for name in PER_REQUEST_ATTRIBUTES))
    hooks = tuple(handlers.BUILTIN_HANDLERS)
    stop = ExecutionWorker.stop
    listed = backends.list_of_moto_modules
    return (LambdaFunction._invoke_lambda, operations, router, SecretsProvider.get, hooks, stop, listed)


def test_each_patch_was_written_for_the_version_the_lock_installs() -> None:
    locked = locked_versions()
    assert {name: locked.get(name) for name in WRITTEN_FOR} == WRITTEN_FOR


@pytest.mark.parametrize("name", sorted(PATCHES))
def test_a_patch_refuses_another_version_of_its_library_naming_both(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    distribution, apply = PATCHES[name]
    monkeypatch.setattr(patches, "version", lambda _: "0.0.1")
    before = patched_targets()
    with pytest.raises(PatchVersionError) as refused:
        apply()
    assert f"{distribution} {WRITTEN_FOR[distribution]}, but 0.0.1 is installed" in str(refused.value)
    assert patched_targets() == before  # refused before changing anything


# ---- moto ----
def test_moto_still_invokes_lambdas_through_the_method_the_patch_replaces() -> None:
    from moto.awslambda.models import LambdaFunction

    signature = inspect.signature(LambdaFunction._invoke_lambda)
    assert list(signature.parameters) == ["self", "event"]
    assert signature.parameters["event"].default is None
    assert "tuple[str, bool, str]" in str(signature.return_annotation)


def test_moto_dynamodb_still_has_every_item_request_and_operation_the_lock_wraps() -> None:
    assert all(callable(getattr(owner, name, None)) for owner, name in patches.dynamodb_item_methods())


class _Environment:
    """What an execution's thread sets as `worker.env`: records the stop it is given."""

    def __init__(self) -> None:
        self.stops: list[dict[str, object]] = []

    def set_stop(self, **stop: object) -> None:
        self.stops.append(stop)


def test_a_stop_that_arrives_before_the_execution_set_up_waits_for_it_and_stops_it() -> None:
    from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

    stop_executions_once_started()
    stop_executions_once_started()  # idempotent
    worker = object.__new__(ExecutionWorker)  # as StartExecution left it: its thread has not run yet
    worker.env = None
    environment = _Environment()
    setting_up = threading.Timer(0.05, lambda: setattr(worker, "env", environment))
    setting_up.start()
    now = datetime.datetime.now(tz=datetime.UTC)
    worker.stop(stop_date=now, error="ProjectDeleted", cause="deleted")
    setting_up.join()
    assert environment.stops == [{"stop_date": now, "cause": "deleted", "error": "ProjectDeleted"}]


def test_moto_still_builds_an_executions_environment_on_its_thread() -> None:
    # The patch waits for `env`: moto must still set it in the thread's logic and read it in stop().
    from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

    assert "self.env = None" in inspect.getsource(ExecutionWorker.__init__)
    assert "self.env = " in inspect.getsource(ExecutionWorker._execution_logic)
    stop = getattr(ExecutionWorker.stop, "__wrapped__", ExecutionWorker.stop)
    assert "self.env.set_stop(" in inspect.getsource(stop)


def test_moto_still_ends_an_execution_through_its_communication_s_terminated() -> None:
    # publish_execution_ends wraps `terminated`: moto must still call it when an execution ends, after
    # setting the status, error and cause it reads.
    from moto.stepfunctions.parser.backend import execution, execution_worker

    reflect = inspect.getsource(execution.BaseExecutionWorkerCommunication._reflect_execution_status)
    assert all(
        f"self.execution.{name} =" in reflect for name in ("exec_status", "error", "cause", "stop_date")
    )
    assert "self._reflect_execution_status()" in inspect.getsource(
        getattr(execution.BaseExecutionWorkerCommunication.terminated, "__wrapped__", None)
        or execution.BaseExecutionWorkerCommunication.terminated
    )
    assert ".terminated()" in inspect.getsource(execution_worker.ExecutionWorker)
    # and wraps Execution.stop, which StopExecution calls with the stop's date (moto drops the error and
    # cause a StopExecution gives: AWS keeps them)
    from moto.stepfunctions import models

    assert "execution.stop(stop_date=" in inspect.getsource(models.StateMachine.stop_execution)


def test_moto_services_are_listed_from_disk_once_and_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    from moto import backends

    on_disk = sorted(backends.list_of_moto_modules())  # before the patch, or the original if applied
    list_moto_services_once()
    list_moto_services_once()  # idempotent
    folder_reads: list[str] = []
    listdir = os.listdir

    def counted(path: str) -> list[str]:
        folder_reads.append(path)
        return listdir(path)

    monkeypatch.setattr(os, "listdir", counted)
    assert sorted(backends.list_of_moto_modules()) == on_disk
    assert sorted(backends.list_of_moto_modules()) == on_disk
    assert {"dynamodb", "stepfunctions"} <= set(on_disk)
    assert folder_reads == []


def test_moto_server_still_matches_hosts_through_the_module_list_the_patch_replaces() -> None:
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication

    matching = inspect.getsource(DomainDispatcherApplication.get_backend_for_host)
    assert "backends.list_of_moto_modules()" in matching


# ---- powertools ----
def test_powertools_still_keeps_the_request_in_class_attributes() -> None:
    # If this changes, the patch may be unnecessary or no longer cover what resolve() writes.
    source = inspect.getsource(ApiGatewayResolver.resolve)
    for name in PER_REQUEST_ATTRIBUTES:
        assert f"BaseRouter.{name} = " in source


def test_each_thread_sees_its_own_request() -> None:
    make_resolvers_thread_safe()
    make_resolvers_thread_safe()  # idempotent
    apps = [APIGatewayRestResolver(), APIGatewayRestResolver()]
    barrier = threading.Barrier(8)
    seen: dict[int, tuple[object, object, object]] = {}

    def request(number: int) -> None:
        BaseRouter.current_event = f"event-{number}"  # type: ignore[assignment]  # what resolve() does
        barrier.wait()  # every thread has written before any reads
        seen[number] = (apps[0].current_event, apps[1].current_event, BaseRouter.current_event)

    threads = [threading.Thread(target=request, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {n: (f"event-{n}",) * 3 for n in range(8)}


def test_powertools_still_shares_one_metric_set_across_metrics_instances() -> None:
    # If this changes, the patch may be unnecessary or no longer cover the state a flush reads.
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import AmazonCloudWatchEMFProvider

    assert "self.metric_set = self._metrics" in inspect.getsource(Metrics.__init__)
    flushed = inspect.getsource(AmazonCloudWatchEMFProvider.flush_metrics)
    assert "self.metric_set" in flushed


def test_each_thread_flushes_its_own_metrics() -> None:
    """A CI run's 502: in a burst of logins one handler's flush emptied another's metrics between its
    check and its serialising ("Must contain at least one metric")."""
    make_metrics_thread_safe()
    make_metrics_thread_safe()  # idempotent
    adding, flushing = Metrics(namespace="Test", service="a"), Metrics(namespace="Test", service="a")
    barrier = threading.Barrier(8)
    flushed: dict[int, list[str]] = {}

    def request(number: int) -> None:
        adding.add_metric(name=f"Metric{number}", unit=MetricUnit.Count, value=1)
        barrier.wait()  # every thread has added before any flushes
        document = flushing.serialize_metric_set()
        flushed[number] = [m["Name"] for m in document["_aws"]["CloudWatchMetrics"][0]["Metrics"]]
        flushing.clear_metrics()

    threads = [threading.Thread(target=request, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert flushed == {n: [f"Metric{n}"] for n in range(8)}


def test_powertools_secret_reads_still_go_through_the_wrapped_method() -> None:
    from aws_lambda_powertools.utilities.parameters.secrets import SecretsProvider, get_secret

    assert list(inspect.signature(SecretsProvider.get).parameters)[:2] == ["self", "name"]
    assert ".get(" in inspect.getsource(get_secret)  # the helper handlers call reads through it


# ---- botocore ----
def test_botocore_still_gives_every_new_session_the_builtin_handlers() -> None:
    from botocore import handlers, session

    assert isinstance(handlers.BUILTIN_HANDLERS, list)
    assert "BUILTIN_HANDLERS" in inspect.getsource(session.Session._register_builtin_handlers)

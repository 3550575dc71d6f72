"""The Docker-free local stack: template.yaml served in-process on moto.

- moto in server mode on 127.0.0.1, with Step Functions executing state machines for real;
- every table, bucket, secret, function and state machine created from template.yaml; anything else in
  it that the stack would silently miss stops start() (talent_local.template's lists of what it builds
  and ignores);
- Lambda tasks run the real handlers in-process (talent_local.patches.run_lambdas_in_process);
- an HTTP front that routes by each function's Api events;
- the offline GitHub emulator, unless GITHUB_TOKEN is set in the environment: then the search runs
  against real GitHub, at GITHUB_API_URL if that is set too (GitHub Enterprise Server), else at the
  template's GitHubApiUrl.

Like `sam local --parameter-overrides`, `parameter_overrides` replace template parameter defaults; by
default the pipeline's retry intervals are one second, because moto's Step Functions really sleeps.
The search stage reads its token from the template's GitHubTokenSecret, as deployed: the stack stores
GITHUB_TOKEN there, or a token for the emulator (which accepts any).
`inject_fault` makes a function's Lambda invocations fail, so tests can fail a stage on purpose; `hold`
pauses one before its handler runs, so a test can act while a stage is in flight; `wait_idle` waits
until no handler is running. With `record_aws_calls`, `aws_calls` logs every AWS call each function
makes (the IAM test checks them).
"""

from __future__ import annotations

import io
import json
import logging
import os
import secrets
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import boto3
import httpx
from werkzeug.serving import BaseWSGIServer, make_server

from talent_local.aws_calls import AwsCallLog, record_calls
from talent_local.front import ApiFront, GatewayCors
from talent_local.patches import (
    list_moto_services_once,
    make_dynamodb_atomic,
    make_metrics_thread_safe,
    make_resolvers_thread_safe,
    publish_execution_ends,
    run_lambdas_in_process,
    stop_executions_once_started,
)
from talent_local.runtime import Fault, FunctionRuntime, Hold
from talent_local.template import ACCOUNT_ID, REGION, TEMPLATE_PATH, Template
from talent_local.xray import XRaySink, trace_like_lambda

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from talent_local.github_emulator import Limits

# Attributes CreateTable accepts; the rest (TTL, PITR, SSE) are set by other calls or are no-ops locally.
TABLE_KEYS = (
    "AttributeDefinitions",
    "KeySchema",
    "GlobalSecondaryIndexes",
    "LocalSecondaryIndexes",
    "BillingMode",
)
LOCAL_ROLE = f"arn:aws:iam::{ACCOUNT_ID}:role/talent-local-lambda"
# moto's Step Functions sleeps for real between retries: one second (the ASL minimum) is enough locally.
LOCAL_PARAMETER_OVERRIDES: dict[str, str] = {
    "PipelineRetryIntervalSeconds": "1",
    "GitHubRetryIntervalSeconds": "1",
    # the offline corpus's profiles are small: from 1 MB (a run of a few hundred), so that large exports
    # take their S3 link locally too
    "ExportInlineMaxBytes": "1000000",
}
# The emulator's failures come in GitHub's shapes but need not take GitHub's minutes: shorter waits on
# it (never against a real GitHub, when GITHUB_TOKEN is set). User overrides win.
EMULATOR_PARAMETER_OVERRIDES: dict[str, str] = {
    "GitHubBackoffBaseSeconds": "0.1",
    "GitHubSecondaryWaitSeconds": "0.2",
}
GITHUB_TOKEN_SECRET = "GitHubTokenSecret"  # noqa: S105 - the template's logical id
EMULATOR_TOKEN = "talent-local-emulator-token"  # noqa: S105 - the offline emulator accepts any token


def limiter_parameters(limits: Limits) -> dict[str, str]:
    """The template parameters that tell the shared GitHub limiter the emulator's limits."""
    return {
        "GitHubSearchRequestsPerMinute": str(limits.search),
        "GitHubGraphqlPointsPerHour": str(limits.graphql),
        "GitHubCoreRequestsPerHour": str(limits.core),
    }


@dataclass
class LocalStack:
    api_port: int = 3000
    moto_port: int = 0
    host: str = "127.0.0.1"
    aws_host: str | None = None  # where moto listens (default: host); 0.0.0.0 lets Docker containers in
    template_path: Path = TEMPLATE_PATH
    with_github_emulator: bool = True
    extra_env: dict[str, str] = field(default_factory=dict)
    parameter_overrides: dict[str, str] = field(default_factory=lambda: dict(LOCAL_PARAMETER_OVERRIDES))
    github_limits: Limits | None = None  # the emulator's rate limits; None: GitHub's own
    record_aws_calls: bool = False

    def __post_init__(self) -> None:
        if self.with_github_emulator and not os.environ.get("GITHUB_TOKEN"):
            self.parameter_overrides = {**EMULATOR_PARAMETER_OVERRIDES, **self.parameter_overrides}
            if self.github_limits is not None:  # the shared limiter keeps to the emulator's limits
                self.parameter_overrides = {
                    **limiter_parameters(self.github_limits),
                    **self.parameter_overrides,
                }
        self.template = Template(self.template_path, self.parameter_overrides)
        self._github_token: str | None = None
        self.functions = self.template.functions()
        self.runtime = FunctionRuntime(self.functions)
        self._moto: Any = None
        self._front: BaseWSGIServer | None = None
        self._front_thread: threading.Thread | None = None
        self.github: Any = None
        self.xray = XRaySink()  # where the handlers' X-Ray subsegments go, as to Lambda's daemon
        self.aws_calls = AwsCallLog()

    # ---- lifecycle ----
    def start(self) -> LocalStack:
        """Check the template is supported, patch the libraries, then serve AWS, GitHub and the API."""
        from moto.server import ThreadedMotoServer

        self.template.check_supported()  # before anything starts: nothing to stop on failure
        run_lambdas_in_process(self.runtime)
        if self.record_aws_calls:
            record_calls(self.aws_calls)  # before _set_environment drops the cached clients
        make_resolvers_thread_safe()  # the front runs requests in threads; powertools assumes one
        make_metrics_thread_safe()  # the same for the metrics a handler adds before it flushes them
        make_dynamodb_atomic()  # DynamoDB applies each request atomically; moto alone does not
        stop_executions_once_started()  # AWS stops an execution the moment it starts; moto could not
        list_moto_services_once()  # moto re-reads its package folder on every request otherwise
        publish_execution_ends(self._execution_ended)  # as Step Functions tells EventBridge
        self._moto = ThreadedMotoServer(
            ip_address=self.aws_host or self.host, port=self.moto_port, verbose=False
        )
        self._moto.start()
        self.moto_port = self._moto.get_host_and_port()[1]
        self._configure_moto({"stepfunctions": {"execute_state_machine": True}})
        self._set_environment()
        self._create_resources()
        front = ApiFront(self.functions, self.runtime, cors=GatewayCors.from_template(self.template))
        self._front = make_server(self.host, self.api_port, front, threaded=True)
        self.api_port = self._front.server_port
        self._front_thread = threading.Thread(target=self._front.serve_forever, name="api-front", daemon=True)
        self._front_thread.start()
        return self

    def stop(self) -> None:
        if self._front is not None:
            self._front.shutdown()
            self._front.server_close()
        if self.github is not None:
            self.github.stop()
        if self._moto is not None:
            self._moto.stop()
        self.xray.stop()
        if self.record_aws_calls:
            record_calls(None)

    def __enter__(self) -> LocalStack:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.api_port}"

    @property
    def moto_url(self) -> str:
        return f"http://{self.host}:{self.moto_port}"

    def client(self, service: str) -> Any:
        return boto3.client(service, region_name=REGION, endpoint_url=self.moto_url)

    # ---- fault injection (dev and tests only) ----
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
        """Make the next `times` Lambda invocations of a template function fail with `error_type`
        (None: every one until `clear_faults`). `project_id` limits it to events for that project;
        `after=True` runs the handler first, so its side effects (S3 writes) happen before the failure."""
        return self.runtime.inject_fault(
            logical_id, error_type, message, times=times, project_id=project_id, after=after
        )

    def clear_faults(self) -> None:
        """Remove every fault and release every hold."""
        self.runtime.clear_faults()

    def hold(self, logical_id: str, **where: str) -> Hold:
        """Pause the next invocation of a template function whose event has the fields `where`
        (project_id=..., user_id=...) before its handler runs, until `release()`; `wait_reached()`
        returns its event once it is paused."""
        return self.runtime.hold(logical_id, **where)

    def wait_idle(self, timeout_s: float = 60) -> None:
        """Wait until no handler runs: like Lambda, an invocation outlives the execution that started it
        (StopExecution does not stop it)."""
        self.runtime.wait_idle(timeout_s)

    def forget_github(self) -> None:
        """Empty GitHubTable (the cross-run cache and the limiter's queues), so the next run asks the
        GitHub emulator again: what tests of GitHub's failures need. A Scan, but never on a request path."""
        dynamodb = self.client("dynamodb")
        table = self.template.physical_name("GitHubTable")
        for page in dynamodb.get_paginator("scan").paginate(TableName=table, ProjectionExpression="pk"):
            for item in page.get("Items", []):
                dynamodb.delete_item(TableName=table, Key={"pk": item["pk"]})

    # ---- setup ----
    def _execution_ended(self, event: dict[str, Any]) -> None:
        """EventBridge's part: each function whose rule's pattern matches the event is invoked with it
        (asynchronously, as EventBridge invokes a Lambda target); a failure is logged, as EventBridge
        would retry it and then drop it."""
        from moto.events.models import EventPattern

        for spec in self.functions:
            if any(EventPattern.load(json.dumps(rule)).matches_event(event) for rule in spec.rules):  # type: ignore[arg-type]
                try:
                    self.runtime.invoke(spec, event)
                except Exception:  # the delivery's failure is the target's, not the stack's
                    logger.exception("EventBridge target %s failed", spec.logical_id)

    def _configure_moto(self, config: dict[str, Any]) -> None:
        """moto's documented configuration call (POST /moto-api/config), rather than its module state."""
        # trust_env=False: a loopback address never goes through the user's proxy.
        answer = httpx.post(f"{self.moto_url}/moto-api/config", json=config, timeout=10, trust_env=False)
        answer.raise_for_status()

    def _set_environment(self) -> None:
        """One process hosts every function, so they share os.environ; a clash is a template bug."""
        env: dict[str, str] = {}
        for spec in self.functions:
            for name, value in spec.environment.items():
                if env.get(name, value) != value:
                    raise ValueError(
                        f"{name} differs between functions; the local stack shares one environment"
                    )
                env[name] = value
        env.update(
            AWS_ACCESS_KEY_ID="testing",
            AWS_SECRET_ACCESS_KEY="testing",  # noqa: S106 - moto's fake credentials
            AWS_SESSION_TOKEN="testing",  # noqa: S106
            AWS_DEFAULT_REGION=REGION,
            AWS_REGION=REGION,
            AWS_ENDPOINT_URL=self.moto_url,
            MOTO_PORT=str(self.moto_port),
            POWERTOOLS_DEV="false",
        )
        self._github_token = os.environ.get("GITHUB_TOKEN") or None
        if self.with_github_emulator and not self._github_token:
            from talent_local.github_emulator import start_emulator

            self.github = start_emulator(self.host, 0, limits=self.github_limits)
            env["GITHUB_API_URL"] = self.github.url
            self._github_token = EMULATOR_TOKEN
        elif os.environ.get("GITHUB_API_URL"):
            env["GITHUB_API_URL"] = os.environ["GITHUB_API_URL"]  # the user's GitHub over the template's
        env.update(self.extra_env)
        os.environ.update(env)
        trace_like_lambda(self.xray, self.template_path.parent)
        _forget_cold_start_state()

    def _create_resources(self) -> None:
        template = self.template
        dynamodb = self.client("dynamodb")
        for logical_id, resource in template.of_type("AWS::DynamoDB::Table").items():
            props = template.resolve(resource["Properties"])
            name = template.physical_name(logical_id)
            dynamodb.create_table(TableName=name, **{k: props[k] for k in TABLE_KEYS if k in props})
            ttl = props.get("TimeToLiveSpecification")
            if ttl:
                dynamodb.update_time_to_live(TableName=name, TimeToLiveSpecification=ttl)
        s3 = self.client("s3")
        for logical_id in template.of_type("AWS::S3::Bucket"):
            s3.create_bucket(Bucket=template.physical_name(logical_id))
        secretsmanager = self.client("secretsmanager")
        for logical_id, resource in template.of_type("AWS::SecretsManager::Secret").items():
            props = resource.get("Properties", {})
            value = props.get("SecretString") or secrets.token_urlsafe(48)
            if logical_id == GITHUB_TOKEN_SECRET and self._github_token:
                value = json.dumps({"token": self._github_token})  # what the README has operators store
            secretsmanager.create_secret(Name=template.physical_name(logical_id), SecretString=value)
        self._create_functions()
        self._create_state_machines()

    def _create_functions(self) -> None:
        self.client("iam").create_role(
            RoleName="talent-local-lambda",
            AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": []}),
        )
        stub = io.BytesIO()
        with zipfile.ZipFile(stub, "w") as archive:
            archive.writestr("README", "Code runs in-process from the repo; see talent_local.runtime")
        lambda_client = self.client("lambda")
        for spec in self.functions:
            lambda_client.create_function(
                FunctionName=spec.name,
                Runtime="python3.13",
                Role=LOCAL_ROLE,
                Handler=spec.handler,
                Code={"ZipFile": stub.getvalue()},
                Timeout=spec.timeout,
                MemorySize=spec.memory,
                Environment={"Variables": spec.environment},
            )

    def _create_state_machines(self) -> None:
        template = self.template
        sfn = self.client("stepfunctions")
        for logical_id, resource in template.of_type("AWS::Serverless::StateMachine").items():
            props = resource["Properties"]
            definition = (template.path.parent / props["DefinitionUri"]).read_text(encoding="utf-8")
            substitutions = template.resolve(props.get("DefinitionSubstitutions", {}))
            for name, value in substitutions.items():
                definition = definition.replace("${" + name + "}", str(value))
            sfn.create_state_machine(
                name=template.physical_name(logical_id),
                definition=definition,
                roleArn=LOCAL_ROLE,
                type=props.get("Type", "STANDARD"),
            )


def _forget_cold_start_state() -> None:
    """Drop what the shared package cached from an earlier environment (a handler run before the
    stack started, in tests): settings, AWS clients, the accounts and run quota wiring and powertools'
    secret cache."""
    from aws_lambda_powertools.utilities.parameters.constants import DEFAULT_PROVIDERS

    from talent.accounts.service import get_accounts
    from talent.aws import client
    from talent.projects.quota import get_run_quota
    from talent.settings import get_settings

    get_settings.cache_clear()
    client.cache_clear()
    get_accounts.cache_clear()
    get_run_quota.cache_clear()
    DEFAULT_PROVIDERS.clear()

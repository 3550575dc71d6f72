"""Bench: the API on the local stack, handlers called in-process. Prints tables, never asserts on time.

    .venv/bin/python bench/api.py [--calls 200] [--login-calls 200] [--rounds 12] [--candidates 100]

Starts its own LocalStack on free ports (moto server, offline GitHub emulator). Every request is a
sample event from events/api handed to the function's handler by the stack's FunctionRuntime: our code
and powertools, no HTTP front (werkzeug) in the measurement. DynamoDB, S3, Step Functions and Secrets
Manager are moto over loopback HTTP, so each request's AWS time (and bcrypt's) is printed apart.

1. warm latency, p50 and p99 over --calls requests: login (bcrypt at --rounds, the deployed cost by
   default), me, list projects (a page of 20), status of a completed run, project detail;
2. AWS calls per request for every route, counted with botocore `before-call` hooks on the cached
   clients of talent.aws and powertools' secrets provider (calls made on Step Functions task threads
   are not counted);
3. one pipeline run on the offline corpus (--candidates): the wall time of each state from the status
   endpoint (the execution history) and SaveResults', next to each stage's own measured time;
4. GitHub requests per enriched candidate for that run vs the naive REST loop of bench/github.py.
Local numbers: no Lambda cold start and no network latency; a Lambda at 1024 MB has about 0.6 of a
vCPU, so bcrypt there takes roughly 1.5x the time printed here. Other load on the machine shows.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from github import naive
from support import Calls, event, percentile, print_table, quiet_stack_env

ROOT = Path(__file__).resolve().parents[1]
JD = (ROOT / "examples" / "job_description.txt").read_text(encoding="utf-8")
PASSWORD = "bench passphrase for the api"  # noqa: S105 - a throwaway local account
SERVICES = ("dynamodb", "s3", "stepfunctions", "secretsmanager")
LATENCY_ROUTES = (
    "POST /auth/login",
    "GET /auth/me",
    "GET /projects",
    "GET /pipeline/status (completed)",
    "GET /projects/{id}",
)


@dataclass
class Sample:
    """What the requests of one route cost: latencies, AWS and bcrypt time, AWS calls per service."""

    ms: list[float] = field(default_factory=list)
    aws_ms: list[float] = field(default_factory=list)
    bcrypt_ms: list[float] = field(default_factory=list)
    calls: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in SERVICES})

    def mean_calls(self, service: str) -> str:
        return f"{sum(self.calls[service].values()) / len(self.ms):.3g}"


@dataclass
class PipelineRun:
    status: dict[str, Any]  # the last GET /pipeline/status
    detail: dict[str, Any]  # GET /projects/{id}
    wall_ms: float  # POST /pipeline/run -> the status says completed, as a client sees it
    polls: int
    save_results_ms: float | None
    github_requests: int  # what the emulator served during the run
    github_search: int
    github_graphql: int


class BcryptTimer:
    """Times bcrypt inside the handlers: talent.accounts.passwords calls bcrypt.checkpw/hashpw by
    attribute, so wrapping the module's functions sees every call."""

    def __init__(self) -> None:
        self.seconds = 0.0

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        import bcrypt

        originals = {name: getattr(bcrypt, name) for name in ("checkpw", "hashpw")}

        def timed(function: Callable[..., Any]) -> Callable[..., Any]:
            def wrapper(*args: Any) -> Any:
                started = time.perf_counter()
                try:
                    return function(*args)
                finally:
                    self.seconds += time.perf_counter() - started

            return wrapper

        for name, function in originals.items():
            setattr(bcrypt, name, timed(function))
        try:
            yield
        finally:
            for name, function in originals.items():
                setattr(bcrypt, name, function)

    def take(self) -> float:
        taken, self.seconds = self.seconds, 0.0
        return taken


class Bench:
    def __init__(self, stack: Any) -> None:
        from talent.aws import client

        self.stack = stack
        self.routes = {(r.method, r.path): spec for spec in stack.functions for r in spec.routes}
        self.counters = {service: Calls() for service in SERVICES}
        for service in ("dynamodb", "s3", "stepfunctions"):
            self.counters[service].attach(client(service))
        self._secrets_attached = False
        self.bcrypt = BcryptTimer()
        self.samples: dict[str, Sample] = {}

    def invoke(self, request: dict[str, Any]) -> dict[str, Any]:
        """A request outside the samples (warm-up, waiting for a run)."""
        spec = self.routes[(request["httpMethod"], request["resource"])]
        response: dict[str, Any] = self.stack.runtime.invoke(spec, request)
        return response

    def measure(self, label: str, request: dict[str, Any], expect: int = 200) -> dict[str, Any]:
        """One timed request; its AWS calls and times go to the route's sample."""
        self._attach_secrets()
        for counter in self.counters.values():
            counter.take()
        self.bcrypt.take()
        started = time.perf_counter()
        response = self.invoke(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        if response["statusCode"] != expect:
            raise RuntimeError(f"{label}: {response['statusCode']} {response.get('body')}")
        sample = self.samples.setdefault(label, Sample())
        sample.ms.append(elapsed_ms)
        sample.bcrypt_ms.append(self.bcrypt.take() * 1000)
        aws_s = 0.0
        for service, counter in self.counters.items():
            counts, seconds = counter.take()
            sample.calls[service].update(counts)
            aws_s += sum(seconds)
        sample.aws_ms.append(aws_s * 1000)
        return response

    def repeat(self, label: str, times: int, make: Callable[[], dict[str, Any]], expect: int = 200) -> None:
        for _ in range(times):
            self.measure(label, make(), expect)

    def wait(self, token: str, project_id: str) -> None:
        request = partial(event, "pipeline_status", token=token, path_parameters={"project_id": project_id})
        while body(self.invoke(request()))["status"] == "running":
            time.sleep(0.1)

    def _attach_secrets(self) -> None:
        # powertools creates its secrets client on the first get_secret; count its calls from then on.
        from aws_lambda_powertools.utilities.parameters.base import (  # type: ignore[attr-defined]
            DEFAULT_PROVIDERS,
        )

        if not self._secrets_attached and "secrets" in DEFAULT_PROVIDERS:
            self.counters["secretsmanager"].attach(DEFAULT_PROVIDERS["secrets"].client)
            self._secrets_attached = True


def body(response: dict[str, Any]) -> Any:
    return json.loads(response["body"])


def seed_projects(stack: Any, project_id: str, copies: int) -> None:
    """Copies of a completed project item for the same user, so GET /projects returns a full page.
    They share the original's results_key: never DELETE one of them."""
    from talent.aws import from_dynamodb_item, to_dynamodb_item
    from talent.clock import utc_now_iso

    dynamodb = stack.client("dynamodb")
    table = stack.template.physical_name("ProjectsTable")
    original = from_dynamodb_item(
        dynamodb.get_item(TableName=table, Key={"project_id": {"S": project_id}})["Item"]
    )
    for _ in range(copies):
        copy = {**original, "project_id": str(uuid.uuid4()), "created_at": utc_now_iso()}
        dynamodb.put_item(TableName=table, Item=to_dynamodb_item(copy))


def save_results_ms(stack: Any, project_id: str) -> float | None:
    """SaveResults' wall time from the execution history (the status endpoint shows the four stages)."""
    from talent.projects.store import projects_store

    project = projects_store().get_project(project_id)
    if project is None or project.execution_arn is None:
        return None
    history = stack.client("stepfunctions").get_execution_history(
        executionArn=project.execution_arn, maxResults=1000
    )["events"]
    times = {}
    for item in history:
        details = item.get("stateEnteredEventDetails") or item.get("stateExitedEventDetails") or {}
        if details.get("name") == "SaveResults":
            times["entered" if item["type"].endswith("StateEntered") else "exited"] = item["timestamp"]
    if len(times) != 2:
        return None
    return float((times["exited"] - times["entered"]).total_seconds() * 1000)


def pipeline_run(bench: Bench, token: str, candidates: int) -> PipelineRun:
    """One run with an Idempotency-Key (as example_api_usage.py sends it), polled to the end."""
    github = bench.stack.github
    github.reset()
    key = str(uuid.uuid4())
    run = partial(
        event,
        "pipeline_run",
        {"job_description_text": JD, "max_candidates": candidates, "top_n": 10},
        token,
        headers={"Idempotency-Key": key},
    )
    started = time.perf_counter()
    project_id = body(bench.measure("POST /pipeline/run (Idempotency-Key)", run(), 202))["project_id"]
    path = {"project_id": project_id}
    polls = 0
    while True:
        request = event("pipeline_status", token=token, path_parameters=path)
        status = body(bench.measure("GET /pipeline/status (running)", request))
        polls += 1
        if status["status"] != "running":
            break
        time.sleep(0.1)
    wall_ms = (time.perf_counter() - started) * 1000
    if status["status"] != "completed":
        raise RuntimeError(f"the bench run ended {status['status']}: {status['error']}")
    served = (len(github.requests), github.calls("/search/"), github.calls("/graphql"))
    bench.measure("POST /pipeline/run (same key: replay)", run(), 200)  # the run has ended: 200
    detail = body(bench.invoke(event("projects_get", token=token, path_parameters=path)))
    return PipelineRun(status, detail, wall_ms, polls, save_results_ms(bench.stack, project_id), *served)


def run_bench(bench: Bench, args: argparse.Namespace) -> tuple[PipelineRun, int, int]:
    measure, repeat = bench.measure, bench.repeat
    for name in ("health", "docs", "openapi"):  # load the handler modules outside the samples
        bench.invoke(event(name))
    warm = {"email": f"warm-{uuid.uuid4().hex[:8]}@example.com", "password": PASSWORD}
    bench.invoke(event("auth_register", warm))
    bench.invoke(event("auth_login", warm))

    # ---- accounts ----
    credentials = {"email": f"bench-{uuid.uuid4().hex[:8]}@example.com", "password": PASSWORD}
    measure("POST /auth/register", event("auth_register", credentials), expect=201)
    token = body(bench.invoke(event("auth_login", credentials)))["access_token"]
    measure("GET /auth/me (no token: 401)", event("auth_me", omit_headers=("Authorization",)), 401)

    # ---- the pipeline run, then the routes that read it ----
    run = pipeline_run(bench, token, args.candidates)
    project = {"project_id": run.status["project_id"]}
    seed_projects(bench.stack, project["project_id"], copies=19)  # GET /projects: a full page of 20
    for fmt in ("json", "csv"):
        export = partial(event, f"projects_export_{fmt}", token=token, path_parameters=project)
        repeat(f"GET /projects/{{id}}/export?format={fmt}", 5, export)

    # ---- the do-not-contact list ----
    entry = {"github_login": f"synth-{uuid.uuid4().hex[:8]}", "reason": "bench"}
    measure("POST /suppressions", event("suppressions_add", entry, token), expect=201)
    measure("POST /suppressions (already listed)", event("suppressions_add", entry, token))
    measure("GET /suppressions", event("suppressions_list", token=token))
    listed = {"github_login": entry["github_login"]}
    measure(
        "DELETE /suppressions/{login}", event("suppressions_remove", token=token, path_parameters=listed), 204
    )

    # ---- unauthenticated routes ----
    for name, label in (("health", "GET /health"), ("docs", "GET /docs"), ("openapi", "GET /openapi.json")):
        repeat(label, 5, partial(event, name))

    # ---- a run without a key, and DELETE of its project (its own results object) ----
    small = {"job_description_text": JD, "max_candidates": 10, "top_n": 3}
    keyless = event("pipeline_run", small, token, omit_headers=("Idempotency-Key",))
    doomed = body(measure("POST /pipeline/run (no Idempotency-Key)", keyless, expect=202))
    bench.wait(token, doomed["project_id"])
    doomed_path = {"project_id": doomed["project_id"]}
    measure("DELETE /projects/{id}", event("projects_delete", token=token, path_parameters=doomed_path), 204)

    # ---- warm latency, >= 200 calls each, with no run in the background ----
    latency: dict[str, tuple[int, Callable[[], dict[str, Any]]]] = {
        "POST /auth/login": (args.login_calls, partial(event, "auth_login", credentials)),
        "GET /auth/me": (args.calls, partial(event, "auth_me", token=token)),
        "GET /projects": (args.calls, partial(event, "projects_list", token=token, query={})),
        "GET /pipeline/status (completed)": (
            args.calls,
            partial(event, "pipeline_status", token=token, path_parameters=project),
        ),
        "GET /projects/{id}": (
            args.calls,
            partial(event, "projects_get", token=token, path_parameters=project),
        ),
    }
    for label, (times, make) in latency.items():
        repeat(label, times, make)

    measure("POST /auth/logout", event("auth_logout", token=token))  # last: the token is refused after

    # ---- the naive GitHub baseline, on the same emulator ----
    bench.stack.github.reset()
    naive_calls, naive_found = naive(bench.stack.github.url, args.candidates)
    return run, naive_calls, naive_found


def report(
    bench: Bench, args: argparse.Namespace, run: PipelineRun, naive_calls: int, naive_found: int
) -> None:
    samples = bench.samples
    print(
        "API bench: handlers invoked in-process (FunctionRuntime.invoke, no HTTP front); AWS = moto over "
        f"loopback; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )

    print(f"\nWarm latency, ms (bcrypt cost factor {args.rounds})")
    rows = []
    for label in LATENCY_ROUTES:
        sample = samples[label]
        rest = [t - a - b for t, a, b in zip(sample.ms, sample.aws_ms, sample.bcrypt_ms, strict=True)]
        rows.append(
            [
                label,
                len(sample.ms),
                f"{percentile(sample.ms, 0.50):.2f}",
                f"{percentile(sample.ms, 0.99):.2f}",
                f"{percentile(sample.aws_ms, 0.50):.2f}",
                f"{percentile(sample.bcrypt_ms, 0.50):.2f}",
                f"{percentile(rest, 0.50):.2f}",
            ]
        )
    print_table(["route", "calls", "p50", "p99", "AWS p50", "bcrypt p50", "rest p50"], rows)
    print("  rest = the request minus its AWS calls and bcrypt: our code, powertools, pydantic")
    print("  GET /projects: a page of 20 completed projects; status and detail: the pipeline run below")

    print("\nAWS calls per request (mean over the route's requests)")
    rows = [
        [
            label,
            len(sample.ms),
            sample.mean_calls("dynamodb"),
            ", ".join(f"{op} {n / len(sample.ms):.3g}" for op, n in sorted(sample.calls["dynamodb"].items()))
            or "-",
            sample.mean_calls("s3"),
            sample.mean_calls("stepfunctions"),
            sample.mean_calls("secretsmanager"),
        ]
        for label, sample in sorted(samples.items(), key=lambda item: route_order(item[0]))
    ]
    print_table(["route", "requests", "DynamoDB", "DynamoDB operations", "S3", "SFN", "Secrets"], rows)

    ranked = len(run.detail["ranked_candidates"])
    print(
        f"\nOne pipeline run: {ranked} candidates ranked (max_candidates {args.candidates}), offline GitHub"
    )
    own = run.detail["metadata"].get("stage_durations_ms") or {}
    rows = [
        [f"{stage['name']} ({stage['state_name']})", stage["duration_ms"], own.get(stage["name"], "-")]
        for stage in run.status["stages"]
    ]
    rows.append(
        ["SaveResults", f"{run.save_results_ms:.0f}" if run.save_results_ms is not None else "-", "-"]
    )
    rows.append([f"client: POST -> status completed ({run.polls} polls)", f"{run.wall_ms:.0f}", "-"])
    print_table(["stage", "state wall ms", "stage's own ms"], rows)

    github = run.detail["metadata"]["github"]
    print(f"\nGitHub requests per enriched candidate ({args.candidates} wanted, offline emulator)")
    rows = [
        [
            f"pipeline search_github: {run.github_search} search + {run.github_graphql} GraphQL",
            ranked,
            run.github_requests,
            f"{run.github_requests / max(ranked, 1):.3f}",
        ],
        [
            "naive REST (bench/github.py): 1 search + 2 GETs each",
            naive_found,
            naive_calls,
            f"{naive_calls / max(naive_found, 1):.3f}",
        ],
    ]
    print_table(["", "candidates", "requests", "per candidate"], rows)
    print(
        f"  the stage's own count: {github['api_calls']} API calls, {github['graphql_points']} GraphQL "
        f"points; {naive_calls / max(run.github_requests, 1):.0f}x fewer requests than naive"
    )


ROUTE_ORDER = (
    "GET /health",
    "GET /docs",
    "GET /openapi",
    "POST /auth",
    "GET /auth",
    "POST /pipeline",
    "GET /pipeline",
    "GET /projects",
    "DELETE /projects",
    "POST /supp",
    "GET /supp",
    "DELETE /supp",
)


def route_order(label: str) -> tuple[int, str]:
    """Tables list the routes as the API's sections go: public, accounts, pipeline, projects, list."""
    position = next((i for i, prefix in enumerate(ROUTE_ORDER) if label.startswith(prefix)), len(ROUTE_ORDER))
    return position, label


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=200, help="requests per latency route (at least 200)")
    parser.add_argument("--login-calls", type=int, default=200, help="logins (each one runs bcrypt)")
    parser.add_argument("--rounds", type=int, default=12, help="bcrypt cost factor (deployed: 12)")
    parser.add_argument("--candidates", type=int, default=100, help="max_candidates of the pipeline run")
    args = parser.parse_args()

    from talent_local.pytest_plugin import SESSION_GITHUB_LIMITS
    from talent_local.stack import LocalStack

    quiet = quiet_stack_env(args.rounds)
    # The stage functions' metrics use powertools' single_metric, which prints its EMF line even with
    # POWERTOOLS_METRICS_DISABLED: keep them out of the tables.
    # No GitHub per-minute search limit on the emulator: the naive baseline must not wait on it.
    stack = LocalStack(api_port=0, moto_port=0, extra_env=quiet, github_limits=SESSION_GITHUB_LIMITS)
    with contextlib.redirect_stdout(io.StringIO()), stack:
        bench = Bench(stack)
        with bench.bcrypt.installed():
            results = run_bench(bench, args)
    report(bench, args, *results)


if __name__ == "__main__":
    main()

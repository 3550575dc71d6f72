"""Bench: a recruiting team at once. N users x M concurrent runs through the API on the local stack, with
the offline GitHub emulator at GitHub's real limits (search 30 a minute, GraphQL 5,000 points an hour,
REST 5,000 an hour, one token). Prints, never asserts.

    .venv/bin/python bench/load.py [--users 12] [--runs 2] [--poll-s 1.0]

Every user registers, logs in and starts M runs at once (job descriptions from a set of six, so some
runs share one); each run is polled every --poll-s seconds until it ends. Then each distinct job
description is run once more: the repeat-run cost is the GitHub requests of that second wave over the
first's. Printed: completed / failed / empty runs, API 5xx, GitHub requests by kind and the 403/429
refusals, status latency p50/p99, waits on the shared GitHub budget, and how many runs an hour one
token sustains at the measured cost per run (without the cache, and with it).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import urllib3
from support import percentile, print_table, quiet_stack_env

JOBS = (
    "Backend Engineer (Python)\n\nRequirements\n- 3+ years of Python\n- Django or FastAPI\n- PostgreSQL\n\n"
    "Fully remote.",
    "Platform Engineer\n\nWe run Go services on Kubernetes.\n\nRequirements\n- Go\n- Kubernetes, Docker\n"
    "- Terraform\n\nRemote within Europe.",
    "Frontend Developer\n\nRequirements\n- TypeScript and React\n- CSS\n- Testing with Jest\n\nRemote.",
    "Systems Engineer (Rust)\n\nRequirements\n- Rust\n- Linux, networking\n- C is a plus\n\nRemote.",
    "Java Developer\n\nRequirements\n- 5+ years of Java\n- Spring Boot\n- Kafka\n\nRemote (worldwide).",
    "Data Engineer\n\nRequirements\n- Scala or Python\n- Apache Spark\n- Airflow\n\nRemote.",
)
PASSWORD = "load bench passphrase"  # noqa: S105 - throwaway local accounts


@dataclass
class Outcome:
    job: int
    status: str = "running"
    candidates: int = 0
    seconds: float = 0.0
    github: dict[str, Any] = field(default_factory=dict)
    waiting_seen: bool = False
    project_id: str = ""
    token: str = ""


@dataclass
class Api:
    url: str
    http: urllib3.PoolManager = field(default_factory=lambda: urllib3.PoolManager(maxsize=64, retries=False))
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter[int] = field(default_factory=Counter)
    status_ms: list[float] = field(default_factory=list)

    def call(self, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        started = time.perf_counter()
        reply = self.http.request(
            method,
            self.url + path,
            body=json.dumps(body).encode() if body is not None else None,
            headers=headers,
            timeout=120,
        )
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.statuses[reply.status] += 1
            if path.startswith("/pipeline/status/"):
                self.status_ms.append(elapsed)
        if reply.status >= 400:
            raise RuntimeError(f"{method} {path}: {reply.status} {reply.data[:300]!r}")
        return json.loads(reply.data) if reply.data else None

    def user(self) -> str:
        credentials = {"email": f"load-{uuid.uuid4().hex[:10]}@example.com", "password": PASSWORD}
        self.call("POST", "/auth/register", credentials)
        token: str = self.call("POST", "/auth/login", credentials)["access_token"]
        return token

    def run(self, token: str, job: int, poll_s: float, outcome: Outcome) -> None:
        started = time.perf_counter()
        try:
            body = {"job_description_text": JOBS[job], "max_candidates": 30, "top_n": 5}
            project_id = self.call("POST", "/pipeline/run", body, token)["project_id"]
            outcome.project_id, outcome.token = project_id, token
            while True:
                status = self.call("GET", f"/pipeline/status/{project_id}", token=token)
                outcome.waiting_seen |= bool(status.get("waiting"))
                if status["status"] != "running":
                    break
                time.sleep(poll_s)
            outcome.status = status["status"]
            if outcome.status == "completed":
                detail = self.call("GET", f"/projects/{project_id}", token=token)
                outcome.candidates = len(detail["ranked_candidates"])
                outcome.github = detail["metadata"].get("github") or {}
        except RuntimeError as error:
            outcome.status = f"error: {error}"
        outcome.seconds = time.perf_counter() - started


def wave(api: Api, plan: list[tuple[str, int]], poll_s: float) -> list[Outcome]:
    outcomes = [Outcome(job) for _, job in plan]
    threads = [
        threading.Thread(target=api.run, args=(token, job, poll_s, outcome), daemon=True)
        for (token, job), outcome in zip(plan, outcomes, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def idle_polls(api: Api, outcomes: list[Outcome], polls: int = 200) -> list[float]:
    """Status polls one at a time with no run in flight: what a poll itself costs on this stack, the
    baseline for the polls made during the waves (every handler shares this one process's CPUs)."""
    done = [o for o in outcomes if o.project_id]
    during = len(api.status_ms)
    for index in range(polls if done else 0):
        outcome = done[index % len(done)]
        api.call("GET", f"/pipeline/status/{outcome.project_id}", token=outcome.token)
    idle = api.status_ms[during:]
    del api.status_ms[during:]
    return idle


def github_counts(github: Any, since: int) -> Counter[str]:
    counts: Counter[str] = Counter({"refused (403/429)": 0, "304": 0})
    for log in github.requests[since:]:
        kind = log.operation or ("search" if log.path.startswith("/search/") else "rest")
        counts[kind] += 1
        if log.status in (403, 429):
            counts["refused (403/429)"] += 1
        if log.status == 304:
            counts["304"] += 1
    return counts


def _wave_row(label: str, outcomes: list[Outcome]) -> list[Any]:
    completed = [o for o in outcomes if o.status == "completed"]
    return [
        label,
        len(outcomes),
        len(completed),
        sum(o.status == "failed" for o in outcomes),
        sum(o.status.startswith("error") for o in outcomes),
        sum(o.candidates == 0 for o in completed),
        f"{statistics.median(o.seconds for o in outcomes):.0f}",
        f"{max(o.seconds for o in outcomes):.0f}",
        f"{sum(o.github.get('queue_wait_s', 0.0) for o in completed):.0f}",
        sum(o.waiting_seen for o in outcomes),
    ]


def _report_runs(first: list[Outcome], repeat: list[Outcome], api: Api, idle_ms: list[float]) -> None:
    header = ["", "runs", "completed", "failed", "errors", "empty", "p50 s", "max s", "budget wait s"]
    rows = [_wave_row("first wave", first), _wave_row("repeat wave (each JD once more)", repeat)]
    print_table([*header, "saw 'waiting'"], rows)
    server_errors = sum(n for code, n in api.statuses.items() if code >= 500)
    print(f"  API answers: {dict(sorted(api.statuses.items()))}; 5xx: {server_errors}")
    print(
        f"  status polls: {len(api.status_ms)}, p50 {percentile(api.status_ms, 0.5):.0f} ms, "
        f"p99 {percentile(api.status_ms, 0.99):.0f} ms during the waves; with no run in flight "
        f"({len(idle_ms)} polls, same stack): p50 {percentile(idle_ms, 0.5):.0f} ms, "
        f"p99 {percentile(idle_ms, 0.99):.0f} ms"
    )


def _report_github(first: list[Outcome], repeat: list[Outcome], data: dict[str, Any]) -> None:
    first_requests, repeat_requests, real = data["first"], data["repeat"], data["real"]
    kinds = sorted(set(first_requests) | set(repeat_requests))
    waves = (("first wave", first_requests), ("repeat wave", repeat_requests))
    print("\nGitHub requests (what the emulator served)")
    rows = [
        [label, *(counts.get(kind, 0) for kind in kinds), _total(counts, real)] for label, counts in waves
    ]
    print_table(["", *kinds, "all"], rows)
    distinct = len({o.job for o in first})
    per_job_first = _total(first_requests, real) / distinct
    per_job_repeat = _total(repeat_requests, real) / max(len(repeat), 1)
    print(
        f"  repeat-run cost: {per_job_repeat:.1f} requests per run vs {per_job_first:.1f} per distinct JD "
        f"in the first wave = {per_job_repeat / max(per_job_first, 1e-9):.0%} (target <= 10%)"
    )
    # What one job description costs GitHub from an empty cache: the first wave's spend per distinct JD
    # (runs of the same JD share one spend: single flight, then the cache).
    searches = first_requests.get("search", 0) / distinct
    points = sum(o.github.get("graphql_points", 0) for o in first if o.status == "completed") / distinct
    by_search = 26 * 60 / max(searches, 1e-9)  # the limiter's sustained search rate: 26 a minute
    by_graphql = 4799 / max(points, 1e-9)  # and GraphQL's: 4,799 points an hour
    print(
        f"\nOne token, uncached job descriptions: {searches:.1f} searches and {points:.1f} GraphQL points "
        f"each -> {by_search:.0f} an hour by search, {by_graphql:.0f} by GraphQL: about "
        f"{min(by_search, by_graphql):.0f} new job descriptions an hour; a repeat costs {per_job_repeat:.1f} "
        "requests."
    )


def _total(counts: dict[str, int], real: Any) -> int:
    """Requests that reached GitHub proper (the emulator also counts its control plane)."""
    return sum(n for kind, n in counts.items() if kind in real)


def report(
    args: argparse.Namespace, first: list[Outcome], repeat: list[Outcome], api: Api, data: dict[str, Any]
) -> None:
    """The load bench's tables: runs per wave, API answers and status latency, GitHub requests."""
    print(
        f"Load: {args.users} users x {args.runs} concurrent runs on the local stack; GitHub emulator at "
        "GitHub's limits (search 30/min, GraphQL 5,000 points/h, REST 5,000/h), one token"
    )
    _report_runs(first, repeat, api, data["idle_ms"])
    _report_github(first, repeat, data)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=12)
    parser.add_argument("--runs", type=int, default=2, help="concurrent runs per user")
    parser.add_argument("--poll-s", type=float, default=1.0, help="seconds between a client's status polls")
    args = parser.parse_args()

    # Before the first handler module creates its Logger: one log line per request is not the table.
    os.environ["POWERTOOLS_LOG_LEVEL"] = "WARNING"
    from talent_local.github_emulator import Limits
    from talent_local.stack import LocalStack

    stack = LocalStack(api_port=0, moto_port=0, extra_env=quiet_stack_env(4), github_limits=Limits())
    with contextlib.redirect_stdout(io.StringIO()), stack:
        github = stack.github
        api = Api(stack.api_url)
        tokens = [api.user() for _ in range(args.users)]
        plan = [
            (token, (user + run * 3) % len(JOBS))
            for user, token in enumerate(tokens)
            for run in range(args.runs)
        ]
        before = len(github.requests)
        first = wave(api, plan, args.poll_s)
        first_requests = github_counts(github, before)
        before = len(github.requests)
        jobs = sorted({job for _, job in plan})
        repeat = wave(api, [(tokens[i % len(tokens)], job) for i, job in enumerate(jobs)], args.poll_s)
        repeat_requests = github_counts(github, before)
        idle_ms = idle_polls(api, first)
    real = {"search", "rest", "EnrichUsers", "FindRepositories"}
    data = {"first": first_requests, "repeat": repeat_requests, "real": real, "idle_ms": idle_ms}
    report(args, first, repeat, api, data)


if __name__ == "__main__":
    main()

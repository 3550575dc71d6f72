"""Bench: whole pipeline executions on the local stack (moto Step Functions, in-process Lambdas, the
offline GitHub emulator over HTTP). Prints, never asserts.

    .venv/bin/python bench/pipeline_local.py [--rounds 3]

Per run size: wall time of the execution, each stage's own duration (what the stage measured, as the
project's metadata.stage_durations_ms records it), the largest state payload and the results document.
Local numbers: no Lambda cold starts, no network latency to GitHub or S3.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import statistics
import time
import uuid
from datetime import UTC, datetime
from typing import Any

JD = "Software Engineer\n\nRequirements\n- Python, JavaScript, TypeScript\n- Remote"


def run_once(stack: Any, max_candidates: int, top_n: int) -> dict[str, Any]:
    from talent.aws import from_dynamodb_item, to_dynamodb_item

    sfn, dynamodb, s3 = stack.client("stepfunctions"), stack.client("dynamodb"), stack.client("s3")
    table = stack.template.physical_name("ProjectsTable")
    project_id, user_id = str(uuid.uuid4()), "bench-user"
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    item = {"project_id": project_id, "user_id": user_id, "created_at": created, "status": "running"}
    dynamodb.put_item(TableName=table, Item=to_dynamodb_item(item | {"job_description_text": JD}))
    execution_input = {
        "project_id": project_id,
        "user_id": user_id,
        "job_description_text": JD,
        "max_candidates": max_candidates,
        "top_n": top_n,
    }
    started = time.perf_counter()
    arn = sfn.start_execution(
        stateMachineArn=stack.template.ref("PipelineStateMachine"),
        name=project_id,
        input=json.dumps(execution_input),
    )["executionArn"]
    while (status := sfn.describe_execution(executionArn=arn)["status"]) == "RUNNING":
        time.sleep(0.01)
    wall_ms = (time.perf_counter() - started) * 1000
    if status != "SUCCEEDED":
        raise RuntimeError(f"execution {project_id} ended {status}")
    project = from_dynamodb_item(
        dynamodb.get_item(TableName=table, Key={"project_id": {"S": project_id}})["Item"]
    )
    payloads = [
        len(details[field].encode())
        for event in sfn.get_execution_history(executionArn=arn)["events"]
        for key, details in event.items()
        if key.endswith("EventDetails") and isinstance(details, dict)
        for field in ("input", "output")
        if field in details
    ]
    results = s3.head_object(Bucket=stack.template.physical_name("ResultsBucket"), Key=project["results_key"])
    return {
        "wall_ms": wall_ms,
        "stages": project["metadata"]["stage_durations_ms"],
        "candidates": project["candidate_count"],
        "max_payload": max(payloads),
        "results_bytes": results["ContentLength"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from talent.pipeline.registry import TRACKED_NAMES
    from talent_local.github_emulator import start_emulator
    from talent_local.pytest_plugin import SESSION_GITHUB_LIMITS
    from talent_local.stack import LocalStack

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's access log
    quiet = {"POWERTOOLS_LOG_LEVEL": "WARNING"}
    lines = [
        f"pipeline on the local stack, median of {args.rounds} runs (ms)",
        f"{'candidates':>10} {'wall':>7} "
        + " ".join(f"{m:>17}" for m in TRACKED_NAMES)
        + "  max state  results",
    ]
    # The stages' metrics (powertools single_metric) print EMF lines whatever the settings: keep them
    # out of the table.
    with (
        contextlib.redirect_stdout(io.StringIO()),
        LocalStack(api_port=0, moto_port=0, github_limits=SESSION_GITHUB_LIMITS, extra_env=quiet) as stack,
        start_emulator(corpus_size=1500, limits=SESSION_GITHUB_LIMITS) as github,
    ):
        os.environ["GITHUB_API_URL"] = github.url  # a corpus with more than 500 matching people
        run_once(stack, 10, 5)  # warm up: handler imports, taxonomy, first clients
        for size, top_n in ((100, 10), (500, 50)):
            runs = [run_once(stack, size, top_n) for _ in range(args.rounds)]
            stages = [statistics.median(r["stages"][m] for r in runs) for m in TRACKED_NAMES]
            lines.append(
                f"{runs[0]['candidates']:>10} {statistics.median(r['wall_ms'] for r in runs):>7.0f} "
                + " ".join(f"{ms:>17.0f}" for ms in stages)
                + f"  {max(r['max_payload'] for r in runs) / 1024:>6.1f} KB"
                + f"  {runs[0]['results_bytes'] / 1024:>6.0f} KB"
            )
    print("\n".join(lines))


if __name__ == "__main__":
    main()

"""Invoke one function of template.yaml in a process of its own, the way Lambda runs it.

    python -m talent_local.invoke functions/search_github app.lambda_handler 300 results.jsonl < events.jsonl

(`command(spec, results)` builds that line for a template function; the child does not read the
template, so it starts as fast as the function itself.)

Like a Lambda execution environment: `LAMBDA_TASK_ROOT` is the function's code folder, the handler is
imported from there by name, the process stays warm between invocations (one event per input line),
tracing is on and each invocation gets a fresh sampled `_X_AMZN_TRACE_ID`, as Lambda's runtime sets it.
Each line of the results file is `{"trace_id", "result"}` or `{"trace_id", "errorType", "errorMessage"}`
(stdout carries the handlers' JSON logs, as CloudWatch would). The environment
(table names, AWS_ENDPOINT_URL, AWS_XRAY_DAEMON_ADDRESS, ...) comes from the caller, e.g. a test
pointing it at the local stack: `lambda_environment()` builds it.
"""

from __future__ import annotations

import importlib
import json
import os
import secrets
import sys
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talent_local.runtime import LambdaContext

if TYPE_CHECKING:  # the child process must not pay for reading the template
    from talent_local.template import FunctionSpec


def sampled_trace_header() -> str:
    """A new trace id, as Lambda's runtime sets `_X_AMZN_TRACE_ID` for a sampled invocation."""
    return f"Root=1-{int(time.time()):08x}-{secrets.token_hex(12)};Parent={secrets.token_hex(8)};Sampled=1"


def lambda_environment(spec: FunctionSpec, base: Mapping[str, str]) -> dict[str, str]:
    """`base` as Lambda would set it for `spec`, tracing on. `base` already holds the function's own
    variables, resolved (the local stack's environment holds every function's)."""
    env = {key: value for key, value in base.items() if key != "POWERTOOLS_TRACE_DISABLED"}
    env.update(
        LAMBDA_TASK_ROOT=str(spec.code_dir),
        AWS_LAMBDA_FUNCTION_NAME=spec.name,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE=str(spec.memory),
        AWS_EXECUTION_ENV="AWS_Lambda_python3.13",
    )
    env.pop("_X_AMZN_TRACE_ID", None)  # set per invocation
    return env


def command(spec: FunctionSpec, results: Path) -> list[str]:
    """The command line that runs `spec` in a process of its own, writing to `results`."""
    return [sys.executable, "-m", __name__, str(spec.code_dir), spec.handler, str(spec.timeout), str(results)]


def _invoke(handler: Any, context: LambdaContext, event: Any) -> dict[str, Any]:
    header = os.environ["_X_AMZN_TRACE_ID"] = sampled_trace_header()
    trace_id = header.split(";")[0].removeprefix("Root=")
    context.aws_request_id = str(uuid.uuid4())
    try:
        return {"trace_id": trace_id, "result": handler(event, context)}
    except Exception as error:  # reported as Lambda reports it, to the caller
        return {"trace_id": trace_id, "errorType": type(error).__name__, "errorMessage": str(error)}


def main(argv: list[str]) -> None:
    code_dir, handler_name, timeout_s, results = argv
    module_name, function_name = handler_name.rsplit(".", 1)
    sys.path.insert(0, code_dir)
    handler = getattr(importlib.import_module(module_name), function_name)
    name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", module_name)
    arn = f"arn:aws:lambda:{os.environ.get('AWS_REGION', 'us-east-1')}:123456789012:function:{name}"
    memory = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"))
    with open(results, "w", encoding="utf-8") as out:
        for line in sys.stdin:
            if line.strip():
                context = LambdaContext(name, arn, memory, int(timeout_s))
                out.write(json.dumps(_invoke(handler, context, json.loads(line)), default=str) + "\n")
                out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])

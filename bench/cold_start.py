"""Bench: cold start of every function in template.yaml. Prints a table, never asserts.

    .venv/bin/python bench/cold_start.py [--runs 5]

For each function: a fresh interpreter imports the handler module and initialises it (module-level
code: resolver, Logger, models), the part of a Lambda cold start our code controls. The baseline is
a minimal powertools hello-world handler measured the same way in the same run; the ratio says what
our code adds on top of what any powertools function pays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from talent_local.template import Template

HELLO_WORLD = """
from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

logger = Logger()
app = APIGatewayRestResolver(enable_validation=True)


@app.get("/hello")
def hello() -> dict[str, str]:
    return {"message": "hello"}


def lambda_handler(event, context):
    return app.resolve(event, context)
"""

PROBE = """
import importlib.util, sys, time
started = time.perf_counter()
spec = importlib.util.spec_from_file_location("handler_under_test", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
assert callable(getattr(module, sys.argv[2]))
print((time.perf_counter() - started) * 1000)
"""


def import_ms(path: Path, handler: str, env: dict[str, str]) -> float:
    result = subprocess.run(
        [sys.executable, "-X", "frozen_modules=on", "-c", PROBE, str(path), handler],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(result.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    template = Template()
    env = {
        **os.environ,
        "AWS_DEFAULT_REGION": "us-east-1",
        "POWERTOOLS_TRACE_DISABLED": "1",
        "POWERTOOLS_METRICS_NAMESPACE": "Bench",
        "POWERTOOLS_SERVICE_NAME": "bench",
    }
    with tempfile.TemporaryDirectory() as folder:
        hello = Path(folder) / "hello.py"
        hello.write_text(HELLO_WORLD)
        baseline = statistics.median(import_ms(hello, "lambda_handler", env) for _ in range(args.runs))
    print(f"Cold start: handler module import + init, fresh interpreter, median of {args.runs} runs")
    print(f"{'function':<28}{'median ms':>12}{'vs hello':>10}")
    print(f"{'powertools hello-world':<28}{baseline:>12.1f}{1.0:>9.2f}x")
    for function in template.functions():
        module, handler = function.handler.rsplit(".", 1)
        path = function.code_dir / f"{module}.py"
        median = statistics.median(
            import_ms(path, handler, {**env, **function.environment}) for _ in range(args.runs)
        )
        print(f"{function.logical_id:<28}{median:>12.1f}{median / baseline:>9.2f}x")


if __name__ == "__main__":
    main()

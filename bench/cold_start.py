"""Bench: cold start of every function in template.yaml. Prints tables, never asserts.

    make build && .venv/bin/python bench/cold_start.py [--runs 7]      # the built artifact (default)
    .venv/bin/python bench/cold_start.py --source                       # the source tree instead

For each function: a fresh interpreter imports the handler module and initialises it (module-level
code: resolver, Logger, models), the part of a Lambda cold start our code controls. The baseline is
a minimal powertools hello-world handler measured the same way in the same run; the ratio says what
our code adds on top of what any powertools function pays.

Built artifact (.aws-sam/build, what `sam deploy` uploads), loaded as Lambda loads it: an isolated
interpreter (-I -S: no site-packages) that cannot write bytecode (-B: Lambda's code directories are
read-only), whose path is the function's directory (/var/task), the layer's python/ (/opt/python) and
a stand-in for the runtime's own boto3 and botocore (the lock's, compiled). The layer's compiled
extensions are for arm64: on another machine this machine's builds of the same versions stand in for
them. The hello-world handler gets the same layer and runtime. Tracing is disabled for every handler
and the baseline alike.

Then parse_jd's first invocation after a cold start, which loads the place and word lists on first
use, next to its second.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from talent_local.layer_requirements import runtime_provided
from talent_local.template import REPO_ROOT, Template

BUILD = REPO_ROOT / ".aws-sam" / "build"

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

# argv: handler module, handler name, then the path entries (empty in --source mode: the venv's).
PROBE = """
import importlib, sys, time
module_name, handler, *path = sys.argv[1:]
sys.path[:0] = path
started = time.perf_counter()
module = importlib.import_module(module_name)
assert callable(getattr(module, handler))
print((time.perf_counter() - started) * 1000)
"""

# The handler module's import, then the parse the handler runs (without its AWS calls) twice.
FIRST_CALLS = """
import importlib, json, sys, time
event_file, *path = sys.argv[1:]
sys.path[:0] = path
started = time.perf_counter()
module = importlib.import_module("app")
imported = time.perf_counter()
from talent.jd.reading import requirement_from_text

text = json.load(open(event_file))["job_description_text"]
times = []
for _ in range(2):
    before = time.perf_counter()
    requirement_from_text(text)
    times.append((time.perf_counter() - before) * 1000)
print(json.dumps([(imported - started) * 1000, *times]))
"""


def runtime_stand_in(folder: Path) -> Path:
    """What Lambda's Python runtime provides besides the standard library (boto3, botocore and their
    closure), linked from the venv and compiled once, as the runtime's own copies are."""
    from importlib.metadata import distribution

    runtime = folder / "runtime"
    runtime.mkdir()
    for name in runtime_provided():
        dist = distribution(name)
        tops = {Path(str(f)).parts[0] for f in dist.files or [] if ".dist-info" not in str(f)}
        for top in sorted(tops - {"..", "__pycache__"}):
            source = Path(str(dist.locate_file(top)))
            if source.is_dir():
                compileall.compile_dir(source, quiet=2)
            elif source.suffix == ".py":
                compileall.compile_file(source, quiet=2)
            else:
                continue
            (runtime / source.name).symlink_to(source)
    return runtime


def native_overlay(folder: Path, layer: Path) -> list[str]:
    """On a machine that is not arm64, the layer's compiled extensions (pydantic-core, bcrypt, wrapt,
    markupsafe: aarch64 .so files) cannot load: the venv's copies of those packages (same versions, this
    machine's architecture) go first on the path. Everything else comes from the layer."""
    import platform

    if platform.machine() in ("aarch64", "arm64"):
        return []
    site = Path(sys.prefix) / "lib" / "python3.13" / "site-packages"
    overlay = folder / "native"
    overlay.mkdir()
    for package in sorted(p for p in layer.iterdir() if p.is_dir() and any(p.rglob("*.so"))):
        (overlay / package.name).symlink_to(site / package.name)
    return [str(overlay)]


def measure(code: str, argv: list[str], env: dict[str, str], built: bool) -> str:
    flags = ["-I", "-S", "-B"] if built else []
    result = subprocess.run(
        [sys.executable, *flags, "-X", "frozen_modules=on", "-c", code, *argv],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def lambda_env(env: dict[str, str], function: dict[str, str], code_dir: Path) -> dict[str, str]:
    """The function's environment as Lambda sets it: LAMBDA_TASK_ROOT names the function's directory
    (the X-Ray SDK then samples locally and creates no AWS client)."""
    return {**env, **function, "LAMBDA_TASK_ROOT": str(code_dir)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--source", action="store_true", help="measure the source tree, not .aws-sam/build")
    args = parser.parse_args()
    built = not args.source
    if built and not (BUILD / "TalentLayer" / "python").is_dir():
        sys.exit("No built artifact: run `make build` first (or pass --source)")
    template = Template()
    env = {
        **os.environ,
        "AWS_DEFAULT_REGION": "us-east-1",
        "POWERTOOLS_TRACE_DISABLED": "1",
        "POWERTOOLS_METRICS_NAMESPACE": "Bench",
        "POWERTOOLS_SERVICE_NAME": "bench",
    }
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        hello_dir = folder / "hello"
        hello_dir.mkdir()
        (hello_dir / "app.py").write_text(HELLO_WORLD)
        layer = BUILD / "TalentLayer" / "python"
        shared = [*native_overlay(folder, layer), str(layer), str(runtime_stand_in(folder))] if built else []

        # Every round measures the baseline and each function once, in turn: whatever else the machine
        # does slows them alike, and the medians compare like with like.
        subjects: list[tuple[str, Path, str, dict[str, str]]] = [
            ("powertools hello-world", hello_dir, "app.lambda_handler", {})
        ]
        for function in template.functions():
            code_dir = BUILD / function.logical_id if built else function.code_dir
            subjects.append((function.logical_id, code_dir, function.handler, function.environment))
        times: dict[str, list[float]] = {name: [] for name, *_ in subjects}
        for _ in range(args.runs):
            for name, code_dir, handler, extra in subjects:
                module, function_name = handler.rsplit(".", 1)
                argv = [module, function_name, str(code_dir), *shared]
                times[name].append(float(measure(PROBE, argv, lambda_env(env, extra, code_dir), built)))
        medians = {name: statistics.median(values) for name, values in times.items()}
        baseline = medians["powertools hello-world"]
        where = f"built artifact {BUILD.relative_to(REPO_ROOT)}" if built else "source tree"
        print(f"Cold start ({where}): handler module import + init, fresh interpreter, median of {args.runs}")
        print(f"{'function':<28}{'median ms':>12}{'vs hello':>10}")
        for name, median in medians.items():
            print(f"{name:<28}{median:>12.1f}{median / baseline:>9.2f}x")

        parse_jd = next(f for f in template.functions() if f.logical_id == "ParseJdFunction")
        code_dir = BUILD / parse_jd.logical_id if built else parse_jd.code_dir
        event = REPO_ROOT / "events" / "stages" / "parse_jd.json"
        calls = [
            json.loads(
                measure(
                    FIRST_CALLS,
                    [str(event), str(code_dir), *shared],
                    lambda_env(env, parse_jd.environment, code_dir),
                    built,
                )
            )
            for _ in range(args.runs)
        ]
        imported, first, second = (statistics.median(c[i] for c in calls) for i in range(3))
        print(
            f"\nParseJdFunction after a cold start: import {imported:.0f} ms, first parse {first:.0f} ms "
            f"(loads the place and word lists), second parse {second:.0f} ms"
        )


if __name__ == "__main__":
    main()

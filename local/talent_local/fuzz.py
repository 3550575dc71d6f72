"""`make fuzz`: schemathesis against the local stack, every route, authenticated.

    python -m talent_local.fuzz                      # 100 examples per operation, every phase
    python -m talent_local.fuzz --max-examples 500 --seed 42
    python -m talent_local.fuzz -- --phases fuzzing  # anything after -- goes to `st run`

Starts the local stack on free ports, registers a fresh user and runs `st run` on the stack's own
/openapi.json with every check (not_a_server_error, status code / content type / headers / body
conformance to the documented responses, positive and negative data, auth, use after free...) and every
phase (examples, coverage, fuzzing, stateful). Protected routes get the user's bearer token from
POST /auth/login (see schemathesis.toml next to this file, shared with tests/integration/fuzz).
The hooks of talent_local.fuzz_hooks make about half of the generated JSON bodies hostile: 100,000-deep
nesting, 5,000-digit integers, `Content-Type: Application/Json`, lone surrogates; the report counts
each class sent and the statuses it got.
The stack's own log goes to a file, named at the end: a 500's stack trace is there.
Exits with schemathesis' status: 0 when no check failed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import urllib3

CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")
HOOKS_PATH = Path(__file__).with_name("fuzz_hooks.py")
EMAIL_VARIABLE = "TALENT_FUZZ_EMAIL"
PASSWORD_VARIABLE = "TALENT_FUZZ_PASSWORD"  # noqa: S105 - the name of an environment variable


def new_fuzz_user() -> dict[str, str]:
    """Credentials for a fresh account, as the environment variables schemathesis.toml reads."""
    suffix = uuid.uuid4().hex[:12]
    return {EMAIL_VARIABLE: f"fuzz-{suffix}@example.com", PASSWORD_VARIABLE: f"fuzzing passphrase {suffix}"}


def register(api_url: str, user: dict[str, str]) -> None:
    """Register the account of `new_fuzz_user()` on the stack at `api_url`."""
    credentials = {"email": user[EMAIL_VARIABLE], "password": user[PASSWORD_VARIABLE]}
    reply = urllib3.request("POST", f"{api_url}/auth/register", json=credentials, timeout=30, retries=False)
    if reply.status != 201:
        raise RuntimeError(f"registering the fuzz user failed: {reply.status} {reply.data!r}")


def st_environment(user: dict[str, str], hostile_log: Path) -> dict[str, str]:
    """The environment of an `st run`: the fuzz user's credentials, the hostile-body hooks and their log."""
    from talent_local.fuzz_hooks import HOSTILE_LOG_VARIABLE

    return {
        **os.environ,
        **user,
        "SCHEMATHESIS_HOOKS": str(HOOKS_PATH),
        HOSTILE_LOG_VARIABLE: str(hostile_log),
    }


def hostile_cases(hostile_log: Path) -> collections.Counter[tuple[str, int]]:
    """How many hostile cases of each class got each status, from the hooks' log."""
    if not hostile_log.exists():
        return collections.Counter()
    lines = [json.loads(line) for line in hostile_log.read_text(encoding="utf-8").splitlines() if line]
    return collections.Counter((line["class"], line["status"]) for line in lines)


def st_command(api_url: str, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(CONFIG_PATH),
        "run",
        f"{api_url}/openapi.json",
        *args,
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--max-examples", type=int, default=100, help="test cases per operation and phase")
    parser.add_argument("--seed", type=int, help="reproduce an earlier run (its seed is printed)")
    parser.add_argument("--workers", default="4", help="concurrent workers (1-64 or auto)")
    parser.add_argument("st_args", nargs="*", help="extra `st run` options, after --")
    args = parser.parse_args()

    from talent_local.pytest_plugin import SESSION_GITHUB_LIMITS
    from talent_local.stack import LocalStack

    workdir = Path(tempfile.mkdtemp(prefix="talent-fuzz-"))
    stack_log = workdir / "stack.log"
    terminal, terminal_errors = os.dup(1), os.dup(2)
    # powertools logs one JSON line per request to stdout, moto's server its own to stderr: thousands
    # during a run. They go to the file; schemathesis' report goes to the terminal.
    with stack_log.open("w") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        stack = LocalStack(api_port=0, moto_port=0, github_limits=SESSION_GITHUB_LIMITS).start()
        try:
            user = new_fuzz_user()
            register(stack.api_url, user)
            hostile_log = workdir / "hostile-cases.jsonl"
            environment = st_environment(user, hostile_log)
            options = ["--max-examples", str(args.max_examples), "--workers", args.workers]
            options += ["--report", "junit", "--report-dir", str(workdir)]
            if args.seed is not None:
                options += ["--seed", str(args.seed)]
            started = time.monotonic()
            result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
                st_command(stack.api_url, *options, *args.st_args),
                env=environment,
                stdout=terminal,
                stderr=terminal,
                check=False,
            )
            elapsed = time.monotonic() - started
        finally:
            stack.stop()
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(terminal, 1)
            os.dup2(terminal_errors, 2)
    print(f"\nschemathesis took {elapsed:.0f} s; stack log: {stack_log}; JUnit report in {workdir}")
    print("hostile bodies sent (class, status: cases):")
    for (kind, status), count in sorted(hostile_cases(hostile_log).items()):
        print(f"  {kind:20} {status}: {count}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())

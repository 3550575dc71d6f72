"""Run SAM CLI's own code from the local tooling and the tests.

aws-sam-cli (and the aws-sam-translator it ships) pins its own boto3, so it lives in its own virtualenv,
.venv-sam (`make sam-venv`; `make lint` and `make test` install it). The scripts beside this file run
with that interpreter, import nothing of talent_local, and print JSON on stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from talent_local.template import REPO_ROOT

SCRIPTS = Path(__file__).resolve().parent
SAM_PYTHON = REPO_ROOT / ".venv-sam" / "bin" / "python"


class SamVenvMissing(RuntimeError):
    """.venv-sam is not installed."""


def run_script(script: str, *args: str, env: Mapping[str, str] | None = None) -> Any:
    """Run `SCRIPTS/script` with .venv-sam's python and return the JSON it prints.

    `env` is added to a clean environment (PATH and HOME only, so no AWS_* of the caller leaks in).
    Raises SamVenvMissing without .venv-sam, RuntimeError (with the script's stderr) if it fails."""
    if not SAM_PYTHON.exists():
        raise SamVenvMissing(f"{SAM_PYTHON} is missing: run `make sam-venv` (make test installs it)")
    base = {name: os.environ[name] for name in ("PATH", "HOME") if name in os.environ}
    completed = subprocess.run(  # noqa: S603 - our interpreter and our script
        [str(SAM_PYTHON), str(SCRIPTS / script), *args],
        capture_output=True,
        text=True,
        check=False,
        env={**base, "SAM_CLI_TELEMETRY": "0", **(env or {})},
        cwd=REPO_ROOT,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{script} failed ({completed.returncode}):\n{completed.stderr[-4000:]}")
    return json.loads(completed.stdout)


def function_environments(
    template_path: Path, region: str, env_vars_file: Path | None, parameters: Mapping[str, str]
) -> dict[str, dict[str, str]]:
    """{logical id: the environment `sam local start-api --env-vars FILE --parameter-overrides ...`
    gives the function's container}, by SAM CLI's own function provider and env var resolution."""
    pairs = [f"{name}={value}" for name, value in parameters.items()]
    file = str(env_vars_file) if env_vars_file else "-"
    resolved: dict[str, dict[str, str]] = run_script(
        "function_env.py", str(template_path), region, file, *pairs
    )
    return resolved


def deploy_config(template_path: Path) -> dict[str, Any]:
    """What `sam deploy` makes of samconfig.toml (beside the template) and the template:
    {"samconfig": {command: {option: value}}, "options": {command: [option names]},
    "no_authentication": [the function asked about by `sam deploy --guided`, once per question]}."""
    config: dict[str, Any] = run_script("deploy_config.py", str(template_path), str(template_path.parent))
    return config


def translate(template_path: Path, region: str, parameters: Mapping[str, str]) -> dict[str, Any]:
    """template_path translated to CloudFormation by SAM's translator: {"Resources": ..., ...}."""
    pairs = [f"{name}={value}" for name, value in parameters.items()]
    translated: dict[str, Any] = run_script("translate.py", str(template_path), region, *pairs)
    return translated

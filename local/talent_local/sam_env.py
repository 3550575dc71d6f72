"""`make sam-env`: the `--env-vars` file that points `sam local start-api` at the local stack.

sam local gives a function a `!Ref` to a resource as its logical id (USERS_TABLE=UsersTable) and lets
it call real AWS. This file gives every function the names `make run` creates (talent-local-UsersTable,
...) and AWS_ENDPOINT_URL: the local stack's AWS (moto) at an address SAM's Docker containers reach.

    make run RUN_ARGS="--port 3100 --aws-host 0.0.0.0 --moto-port 4566"     # terminal 1
    make sam-env && make build                                              # terminal 2
    .venv-sam/bin/sam local start-api --env-vars local-env.json --region us-east-1

host.docker.internal is the host as Docker Desktop containers see it; on Linux add
`--add-host host.docker.internal:host-gateway` to sam local, or use the docker0 address (172.17.0.1).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from talent_local.template import REPO_ROOT, Template

DEFAULT_AWS_URL = "http://host.docker.internal:4566"
DEFAULT_OUT = REPO_ROOT / "local-env.json"


def env_vars(template: Template, aws_url: str) -> dict[str, dict[str, str]]:
    """{logical id: {variable: value}} in sam local's --env-vars format: each function's variables as
    the local stack resolves them, and AWS_ENDPOINT_URL=aws_url."""
    return {
        spec.logical_id: {**spec.environment, "AWS_ENDPOINT_URL": aws_url} for spec in template.functions()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Write sam local's --env-vars file for the local stack")
    parser.add_argument(
        "--aws-url",
        default=DEFAULT_AWS_URL,
        help=f"the local stack's AWS as containers reach it ({DEFAULT_AWS_URL})",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write it (local-env.json)")
    parser.add_argument("--parameter-overrides", nargs="*", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    overrides = dict(pair.split("=", 1) for pair in args.parameter_overrides)
    args.out.write_text(
        json.dumps(env_vars(Template(parameter_overrides=overrides), args.aws_url), indent=2) + "\n"
    )
    print(f"Wrote {args.out}: sam local start-api --env-vars {args.out.name} --region us-east-1")


if __name__ == "__main__":
    main()

"""The documented way to search a real GitHub from the local stack: GITHUB_TOKEN (and GITHUB_API_URL for
GitHub Enterprise Server) in the environment. Run in a process of its own, since a stack owns the
process's environment: the search must reach GITHUB_API_URL with GITHUB_TOKEN, and no emulator start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import json, os
from talent_local.github_emulator import start_emulator
from talent_local.stack import LocalStack

token = "ghp_from_the_environment"
# Stands for a GitHub Enterprise Server: it only accepts this token.
with start_emulator(tokens=[token]) as github:
    os.environ.update(GITHUB_TOKEN=token, GITHUB_API_URL=github.url)
    with LocalStack(api_port=0, moto_port=0) as stack:
        search = next(spec for spec in stack.functions if spec.logical_id == "SearchGitHubFunction")
        event = json.loads(open("events/stages/search_github.json").read())
        # The stage writes only while its project exists (a project deleted mid-run keeps nothing).
        stack.client("dynamodb").put_item(
            TableName=stack.template.physical_name("ProjectsTable"),
            Item={"project_id": {"S": event["project_id"]}, "user_id": {"S": "local-user"},
                  "status": {"S": "running"}},
        )
        output = stack.runtime.invoke(search, event)
        print(json.dumps({
            "emulator_started": stack.github is not None,
            "candidates": output["candidate_count"],
            "requests": len(github.requests),
            "all_authenticated": all(request.authenticated for request in github.requests),
        }))
"""


def test_github_api_url_and_token_from_the_environment_are_used() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )

    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["emulator_started"] is False
    assert seen["requests"] > 0  # the search went to GITHUB_API_URL, not the template's api.github.com
    assert seen["all_authenticated"] is True  # with GITHUB_TOKEN, read from the template's token secret
    assert seen["candidates"] > 0

"""Every Lambda handler of template.yaml, run as Lambda runs it under `Tracing: Active`: a process of
its own with LAMBDA_TASK_ROOT set, tracing enabled (no POWERTOOLS_TRACE_DISABLED) and a sampled
`_X_AMZN_TRACE_ID` per invocation, against the local stack's AWS and GitHub emulator. Each invocation
must succeed and its subsegments must reach the X-Ray daemon (the stack's sink).

The search stage is the one that crashed this way (AlreadyEndedException from the X-Ray SDK's httpx
patch under concurrent asyncio requests); its GitHub calls must be traced, one subsegment each.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from talent.aws import to_dynamodb_item
from talent_local.invoke import command, lambda_environment
from talent_local.stack import LocalStack
from talent_local.template import FunctionSpec
from talent_local.xray import subsegments
from tests.api_client import PASSWORD, ApiClient

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
JD = "Backend Engineer (Python)\n\nRequirements\n- 3+ years of Python\n- PostgreSQL\n\nFully remote."


def api_event(name: str, client: ApiClient, **replace: Any) -> dict[str, Any]:
    """A sample event of events/api with this client's token, and path/body values replaced."""
    text = (ROOT / "events" / "api" / f"{name}.json").read_text()
    text = text.replace("REPLACE_WITH_ACCESS_TOKEN_FROM_LOGIN", client.token or "")
    event: dict[str, Any] = json.loads(text)
    for key, value in replace.items():
        if key == "body":
            event["body"] = json.dumps(value)
        else:  # a path parameter
            old = event["pathParameters"][key]
            event["pathParameters"][key] = value
            event["path"] = event["path"].replace(old, value)
            event["requestContext"]["path"] = event["requestContext"]["path"].replace(old, value)
    return event


class LambdaProcess:
    """Runs one function's events in a fresh process and reads back results and traces."""

    def __init__(self, stack: LocalStack) -> None:
        self.stack = stack
        self.specs = {spec.logical_id: spec for spec in stack.functions}
        self.invoked: set[str] = set()

    def invoke(
        self, logical_id: str, *events: dict[str, Any], tmp: Path, env: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """`env`: variables set over the function's own (a limit lowered to reach a path)."""
        spec = self.specs[logical_id]
        self.invoked.add(logical_id)
        out = tmp / f"{logical_id}.jsonl"
        done = subprocess.run(
            command(spec, out),
            input="\n".join(json.dumps(e) for e in events),
            env={**lambda_environment(spec, os.environ), **(env or {})},
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        logs = done.stdout + done.stderr
        assert done.returncode == 0, logs[-3000:]
        assert "AlreadyEndedException" not in logs
        results = [json.loads(line) for line in out.read_text().splitlines()]
        assert len(results) == len(events)
        for result in results:
            assert "errorType" not in result, (logical_id, result, logs[-3000:])
            status = result["result"].get("statusCode", 200) if isinstance(result["result"], dict) else 200
            assert status < 500, (logical_id, result)
        return results

    def traces(self, trace_id: str, handler: str) -> list[dict[str, Any]]:
        """The invocation's subsegments at the daemon, once its handler's own one has arrived."""
        deadline = time.monotonic() + 5
        while True:
            found = subsegments([d for d in self.stack.xray.documents() if d.get("trace_id") == trace_id])
            if any(s.get("name") == f"## {handler}" for s in found) or time.monotonic() > deadline:
                return found
            time.sleep(0.05)


@pytest.fixture(scope="module")
def lambdas(local_stack: LocalStack) -> LambdaProcess:
    assert os.environ.get("_X_AMZN_TRACE_ID", "").endswith("Sampled=1")
    assert "POWERTOOLS_TRACE_DISABLED" not in os.environ
    return LambdaProcess(local_stack)


@pytest.fixture(scope="module")
def user(local_stack: LocalStack) -> ApiClient:
    return ApiClient(local_stack.api_url).sign_up()


@pytest.fixture(scope="module")
def project_id(user: ApiClient) -> str:
    project = user.start_run(JD, max_candidates=20, top_n=3)
    assert user.wait_for_run(project)[-1]["status"] == "completed"
    return project


def running_project(stack: LocalStack, user_id: str) -> str:
    """A project item as POST /pipeline/run writes it, for the bookkeeping stages to finish."""
    project = f"traced-{uuid.uuid4()}"
    created = "2026-01-01T00:00:00.000000Z"
    item = {"project_id": project, "user_id": user_id, "created_at": created, "job_description_text": JD,
            "status": "running", "expires_at": int(time.time()) + 86400}  # fmt: skip
    stack.client("dynamodb").put_item(
        TableName=stack.template.physical_name("ProjectsTable"), Item=to_dynamodb_item(item)
    )
    return project


def handler_of(spec: FunctionSpec) -> str:
    return spec.handler.rsplit(".", 1)[1]


def test_every_api_handler_runs_traced_as_lambda_runs_it(
    lambdas: LambdaProcess, user: ApiClient, project_id: str, tmp_path: Path
) -> None:
    credentials = {"email": user.email, "password": PASSWORD}
    cases = {
        "HealthFunction": [api_event("health", user)],
        "DocsFunction": [api_event("docs", user), api_event("openapi", user)],
        "AuthFunction": [api_event("auth_login", user, body=credentials), api_event("auth_me", user)],
        "RunsFunction": [api_event("pipeline_status", user, project_id=project_id)],
        "ProjectsFunction": [
            api_event("projects_list", user),
            api_event("projects_get", user, project_id=project_id),
            api_event("projects_export_csv", user, project_id=project_id),
        ],
        "SuppressionsFunction": [api_event("suppressions_add", user), api_event("suppressions_list", user)],
        "JdPreviewFunction": [api_event("jd_parse", user)],
    }
    api_functions = {s.logical_id for s in lambdas.specs.values() if s.routes}
    assert set(cases) == api_functions  # a new API function needs its case here
    for logical_id, events in cases.items():
        spec = lambdas.specs[logical_id]
        for result in lambdas.invoke(logical_id, *events, tmp=tmp_path):
            assert result["result"]["statusCode"] in {200, 201}, (logical_id, result["result"])
            names = {s.get("name") for s in lambdas.traces(result["trace_id"], handler_of(spec))}
            assert f"## {handler_of(spec)}" in names, (logical_id, names)


def test_a_large_export_runs_traced_to_its_s3_link(
    lambdas: LambdaProcess, user: ApiClient, project_id: str, tmp_path: Path
) -> None:
    """The export over the inline limit (lowered here to reach it with a small project) stores its file
    and answers 303 under a sampled trace, its S3 calls traced."""
    event = api_event("projects_export_csv", user, project_id=project_id)
    (result,) = lambdas.invoke(
        "ProjectsFunction", event, tmp=tmp_path, env={"EXPORT_INLINE_MAX_BYTES": "100"}
    )
    assert result["result"]["statusCode"] == 303
    headers = {**result["result"].get("headers", {}), **result["result"].get("multiValueHeaders", {})}
    assert "X-Amz-Signature=" in str(headers.get("Location")), result["result"]
    names = {s.get("name") for s in lambdas.traces(result["trace_id"], "lambda_handler")}
    assert "s3" in names, names


def test_every_stage_handler_runs_traced_and_each_github_call_is_its_own_subsegment(
    lambdas: LambdaProcess, local_stack: LocalStack, user: ApiClient, tmp_path: Path
) -> None:
    me = user.request("GET", "/auth/me").json()["user_id"]
    project = running_project(local_stack, me)
    run = {"project_id": project, "user_id": me, "job_description_text": JD, "max_candidates": 30, "top_n": 3}
    (parsed,) = lambdas.invoke("ParseJdFunction", run, tmp=tmp_path)
    state = parsed["result"]
    # The sample event searches 2 languages x 2 places at once: the concurrency that crashed under X-Ray.
    search_event = {
        **json.loads((ROOT / "events/stages/search_github.json").read_text()),
        "project_id": project,
        "user_id": me,  # as the state machine passes it: the search reads the user's do-not-contact list
    }
    state["requirement"] = search_event["requirement"]
    (search,) = lambdas.invoke("SearchGitHubFunction", search_event, tmp=tmp_path)
    state["search_github"] = search["result"]
    rank_event = {"project_id": project, "requirement": state["requirement"],
                  "candidates_key": search["result"]["candidates_key"]}  # fmt: skip
    (ranked,) = lambdas.invoke("RankCandidatesFunction", rank_event, tmp=tmp_path)
    state["rank_candidates"] = ranked["result"]
    outreach_event = {"project_id": project, "user_id": me, "requirement": state["requirement"],
                      "ranked_key": ranked["result"]["ranked_key"], "top_n": 3}  # fmt: skip
    (outreach,) = lambdas.invoke("GenerateOutreachFunction", outreach_event, tmp=tmp_path)
    state["generate_outreach"] = outreach["result"]
    (saved,) = lambdas.invoke("SaveResultsFunction", state, tmp=tmp_path)
    assert saved["result"]["status"] == "completed"
    failing = running_project(local_stack, me)
    failure = {"project_id": failing, "failed": {"rank_candidates": {"Error": "StageCrashed", "Cause": "x"}}}
    (marked,) = lambdas.invoke("MarkFailedFunction", failure, tmp=tmp_path)
    assert marked["result"]["status"] == "failed"

    assert search["result"]["candidate_count"] >= 1
    traced = lambdas.traces(search["trace_id"], "lambda_handler")
    github = [s for s in traced if s.get("namespace") == "remote"]
    urls = sorted({s["http"]["request"]["url"].split("/", 3)[3] for s in github})
    assert urls == ["graphql", "search/users"]
    assert len(github) == search["result"]["metadata"]["api_calls"]  # one subsegment per request
    assert all(s["http"]["response"]["status"] == 200 and not s.get("in_progress") for s in github)
    aws = {s.get("name") for s in traced if s.get("namespace") == "aws"}
    assert {"s3", "secretsmanager"} <= aws  # botocore stays traced: the candidates' upload, the token
    calls = {((s.get("aws") or {}).get("operation"), (s.get("aws") or {}).get("table_name")) for s in traced}
    assert ("Query", local_stack.template.physical_name("SuppressionsTable")) in calls  # the user's list
    for stage, result in [("ParseJdFunction", parsed), ("RankCandidatesFunction", ranked),
                          ("GenerateOutreachFunction", outreach), ("SaveResultsFunction", saved),
                          ("MarkFailedFunction", marked)]:  # fmt: skip
        handler = handler_of(lambdas.specs[stage])
        assert f"## {handler}" in {s.get("name") for s in lambdas.traces(result["trace_id"], handler)}


def test_an_execution_s_end_runs_mark_failed_traced_as_eventbridge_invokes_it(
    lambdas: LambdaProcess, local_stack: LocalStack, user: ApiClient, tmp_path: Path
) -> None:
    """EventBridge's "Step Functions Execution Status Change" for a run stopped by an operator: the project
    is failed under a sampled trace, its DynamoDB and S3 calls traced."""
    me = user.request("GET", "/auth/me").json()["user_id"]
    project = running_project(local_stack, me)
    ended = json.loads((ROOT / "events/stages/execution_ended.json").read_text())
    ended["detail"]["input"] = json.dumps({"project_id": project, "user_id": me})
    (result,) = lambdas.invoke("MarkFailedFunction", ended, tmp=tmp_path)
    assert (result["result"]["status"], result["result"]["error"]["type"]) == ("failed", "ExecutionAborted")
    traced = lambdas.traces(result["trace_id"], "mark_failed_handler")
    names = {s.get("name") for s in traced}
    assert {"## mark_failed_handler", "dynamodb", "s3"} <= names


def test_the_stack_cleanup_handler_runs_traced_as_lambda_runs_it(
    lambdas: LambdaProcess, local_stack: LocalStack, tmp_path: Path
) -> None:
    s3 = local_stack.client("s3")
    bucket = f"traced-cleanup-{uuid.uuid4().hex[:12]}"  # not the stack's results bucket: tests share it
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="projects/x/results.json", Body=b"{}")
    s3.create_bucket(Bucket=f"{bucket}-answers")
    url = s3.generate_presigned_url("put_object", Params={"Bucket": f"{bucket}-answers", "Key": "a"})
    request = {
        "RequestType": "Delete",
        "ResponseURL": url,
        "RequestId": str(uuid.uuid4()),
        "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/talent-local/1",
        "LogicalResourceId": "EmptyResultsBucketOnDelete",
        "PhysicalResourceId": bucket,
        "ResourceType": "Custom::EmptyBucket",
        "ResourceProperties": {"BucketName": bucket},
    }
    (result,) = lambdas.invoke("EmptyResultsBucketFunction", request, tmp=tmp_path)
    assert result["result"]["Status"] == "SUCCESS"
    assert "## lambda_handler" in {
        s.get("name") for s in lambdas.traces(result["trace_id"], "lambda_handler")
    }


def test_these_tests_cover_every_function_of_the_template(lambdas: LambdaProcess) -> None:
    """A function added to template.yaml must be run traced here too."""
    assert set(lambdas.specs) == set(lambdas.invoked), set(lambdas.specs) - set(lambdas.invoked)


def test_the_local_stack_itself_runs_every_handler_traced(local_stack: LocalStack) -> None:
    """What the other integration tests exercise runs traced too: the handlers' subsegments arrive."""
    names = {s.get("name") for s in subsegments(local_stack.xray.documents())}
    assert "## lambda_handler" in names

"""Least privilege, both ways, for every function of template.yaml.

The session's local stack records every AWS call each function makes (talent_local.aws_calls). This
module first drives every path that calls AWS (every route, a pipeline run that succeeds with a
suppressed login, a stage failure through MarkFailed, stages, MarkFailed and SaveResults finding their
project or their input gone, an erasure finding results gone, a delete during a run), then checks all
calls recorded so far against each function's role as SAM generates it from template.yaml:

- sufficiency: AWS would allow every call (the session also checks this once more at its end, over
  every integration test);
- the converse: every action a role grants, on every resource, is used by some call of the function,
  except the documented exceptions below.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import urllib3

from talent_local.iam import (
    RolePolicy,
    StackArns,
    UnusedGrant,
    denials,
    stack_arns,
    stack_roles,
    unused_grants,
)
from talent_local.stack import LocalStack
from tests.api_client import ApiClient
from tests.sample_jobs import PYTHON_JD
from tests.sfn_runs import Pipeline

pytestmark = pytest.mark.integration

# Grants no recorded call uses, each with the reason it stays. (function or "*", grant) -> reason.
DOCUMENTED_EXCEPTIONS = {
    ("*", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"): (
        "Lambda itself writes each function's logs to CloudWatch Logs with the execution role"
    ),
    ("*", "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess"): (
        "Tracing: Active; Lambda and the X-Ray SDK send the trace segments (disabled on the local stack)"
    ),
    ("MarkFailedFunction", "sqs:SendMessage"): (
        "Lambda itself sends an EventBridge event whose invocation kept failing to the function's on-failure "
        "queue (EventInvokeConfig), with the function's role; the local stack invokes it once"
    ),
    ("RunsFunction", "dynamodb:DeleteItem"): (
        "when StartExecution fails, the project item and powertools' in-progress idempotency record are "
        "deleted (so a retry can start); the local state machine never refuses an execution"
    ),
}


def is_documented(grant: UnusedGrant) -> bool:
    return any((who, grant.grant) in DOCUMENTED_EXCEPTIONS for who in ("*", grant.function))


def exercise_every_path(stack: LocalStack) -> None:
    """Every route and pipeline path that calls AWS, each at least once."""
    anonymous = ApiClient(stack.api_url)
    for path in ("/health", "/docs", "/openapi.json"):
        assert anonymous.request("GET", path).status == 200

    # Accounts: register (and a duplicate), a failed and a good login, me, logout.
    user = ApiClient(stack.api_url).sign_up()
    credentials = {"email": user.email, "password": "a long test passphrase"}
    assert anonymous.request("POST", "/auth/register", credentials).status == 409
    wrong = {**credentials, "password": "wrong password!"}
    assert anonymous.request("POST", "/auth/login", wrong).status == 401
    assert user.request("GET", "/auth/me").status == 200

    # Suppressions: add, list, remove; one stays listed for the run below.
    assert user.request("POST", "/suppressions", {"github_login": "someone-else"}).status == 201
    assert user.request("GET", "/suppressions").status == 200
    assert user.request("DELETE", "/suppressions/someone-else").status == 204

    # The parse alone, before a run (the token's session and the JWT key only).
    assert user.request("POST", "/jd/parse", {"job_description_text": PYTHON_JD}).status == 200

    # A run through the API (idempotent start), to completion, with a suppressed login.
    me = user.request("GET", "/auth/me").json()
    project_id = user.start_run(PYTHON_JD, top_n=3)
    user.request("POST", "/suppressions", {"github_login": "nobody-in-particular"})
    assert user.wait_for_run(project_id)[-1]["status"] == "completed"
    keyed = [
        user.request(
            "POST", "/pipeline/run", {"job_description_text": PYTHON_JD}, headers={"Idempotency-Key": "iam"}
        )
        for _ in range(2)  # the second is a replay
    ]
    assert [reply.status for reply in keyed] == [202, 202]
    keyed_project = keyed[0].json()["project_id"]
    user.wait_for_run(keyed_project)
    # An erasure whose project lost its results meanwhile: the read finds NoSuchKey (needs ListBucket).
    detail = user.request("GET", f"/projects/{keyed_project}").json()
    login = detail["ranked_candidates"][0]["candidate"]["login"]
    pipeline = Pipeline(stack)
    pipeline.s3.delete_object(Bucket=pipeline.bucket, Key=f"projects/{keyed_project}/results.json")
    assert user.request("POST", "/suppressions", {"github_login": login}).status == 201
    assert user.request("GET", "/projects").status == 200
    assert user.request("GET", f"/projects/{project_id}").status == 200
    for export_format in ("json", "csv"):
        assert user.request("GET", f"/projects/{project_id}/export?format={export_format}").status == 200
    # An export over the inline limit (the local stack's 1 MB) is stored under its project and linked
    # (303); listing one of its candidates then deletes the stored file with the erasure.
    large = user.start_run(PYTHON_JD, max_candidates=500, top_n=3)
    assert user.wait_for_run(large)[-1]["status"] == "completed"
    linked = user.request("GET", f"/projects/{large}/export?format=json")
    assert linked.status == 303, linked.data
    download = urllib3.request("GET", linked.headers["Location"], timeout=30)
    assert download.status == 200
    login = json.loads(download.data)["ranked_candidates"][0]["candidate"]["login"]
    assert user.request("POST", "/suppressions", {"github_login": login}).status == 201
    exports = pipeline.s3.list_objects_v2(Bucket=pipeline.bucket, Prefix=f"projects/{large}/exports/")
    assert exports["KeyCount"] == 0
    assert user.request("DELETE", f"/projects/{project_id}").status == 204

    # A stage fails: MarkFailed records it (its conditional update succeeds).
    user_id = me["user_id"]
    failing = pipeline.new_project_id()
    stack.inject_fault("RankCandidatesFunction", "StageCrashed", times=None, project_id=failing)
    assert pipeline.wait(pipeline.start(user_id=user_id, project_id=failing))["status"] == "FAILED"
    # A run that ended before any stage recorded its start: its status falls back to the execution
    # history (every other poll reads the project item alone).
    unrecorded = pipeline.new_project_id()
    stack.inject_fault("ParseJdFunction", "StageCrashed", times=None, project_id=unrecorded)
    assert pipeline.wait(pipeline.start(user_id=user_id, project_id=unrecorded))["status"] == "FAILED"
    assert user.request("GET", f"/pipeline/status/{unrecorded}").json()["status"] == "failed"
    # The project is gone when MarkFailed (its update fails, then GetItem) or SaveResults ends the run.
    gone_failing = pipeline.new_project_id()
    stack.inject_fault("GenerateOutreachFunction", "StageCrashed", times=None, project_id=gone_failing)
    run = pipeline.start(user_id=user_id, project_id=gone_failing, with_project=False)
    assert pipeline.wait(run)["status"] == "FAILED"
    # A project deleted while a stage runs. Its item goes: the stage removes what it wrote (the run
    # fails), and SaveResults discards the results (the run succeeds). Its stage input goes: the read
    # finds NoSuchKey (which needs ListBucket) and the run fails.
    for stage, goes, ends in (
        ("RankCandidatesFunction", "item", "FAILED"),
        ("GenerateOutreachFunction", "item", "FAILED"),
        ("SaveResultsFunction", "item", "SUCCEEDED"),
        ("RankCandidatesFunction", "candidates.json", "FAILED"),
        ("GenerateOutreachFunction", "ranked.json", "FAILED"),
    ):
        gone = pipeline.new_project_id()
        hold = stack.hold(stage, project_id=gone)
        run = pipeline.start(user_id=user_id, project_id=gone)
        hold.wait_reached()
        if goes == "item":
            pipeline.dynamodb.delete_item(TableName=pipeline.projects, Key={"project_id": {"S": gone}})
        else:
            pipeline.s3.delete_object(Bucket=pipeline.bucket, Key=f"projects/{gone}/{goes}")
        hold.release()
        assert pipeline.wait(run)["status"] == ends, (stage, goes)

    # SaveResults completes the project, then crashes (not retried): MarkFailed does its clean-up, the
    # stage documents deleted and a login listed during the run erased from the saved results.
    saved_then_crashed = pipeline.new_project_id()
    stack.inject_fault("SaveResultsFunction", "StageCrashed", after=True, project_id=saved_then_crashed)
    marking = stack.hold("MarkFailedFunction", project_id=saved_then_crashed)
    run = pipeline.start(user_id=user_id, project_id=saved_then_crashed)
    marking.wait_reached()
    saved = pipeline.s3.get_object(Bucket=pipeline.bucket, Key=f"projects/{saved_then_crashed}/results.json")
    late = json.loads(saved["Body"].read())["ranked"][0]["candidate"]["login"]
    # listed while the run went on, which the list's own erasure skipped (the project was running)
    pipeline.dynamodb.put_item(
        TableName=stack.template.physical_name("SuppressionsTable"),
        Item={"user_id": {"S": user_id}, "github_login": {"S": late.lower()}},
    )
    marking.release()
    assert pipeline.wait(run)["status"] == "FAILED"
    assert pipeline.project(saved_then_crashed)["status"] == "completed"  # type: ignore[index]
    erased = pipeline.s3.get_object(Bucket=pipeline.bucket, Key=f"projects/{saved_then_crashed}/results.json")
    assert late not in {entry["candidate"]["login"] for entry in json.loads(erased["Body"].read())["ranked"]}
    left = pipeline.s3.list_objects_v2(Bucket=pipeline.bucket, Prefix=f"projects/{saved_then_crashed}/")
    assert [entry["Key"].rsplit("/", 1)[-1] for entry in left.get("Contents", [])] == ["results.json"]

    # A delete during a run: the project is running, so DELETE stops its execution.
    running = pipeline.new_project_id()
    stack.inject_fault("ParseJdFunction", "Lambda.ServiceException", times=None, project_id=running)
    run = pipeline.start(user_id=user_id, project_id=running)
    assert user.request("DELETE", f"/projects/{running}").status == 204
    assert pipeline.wait(run)["status"] in {"ABORTED", "FAILED"}

    assert user.request("POST", "/auth/logout").status == 200

    # Last, as on stack deletion: the custom resource empties the results bucket (every test's objects)
    # and answers CloudFormation at a presigned S3 URL, here the local stack's.
    assert empty_the_bucket_as_on_stack_deletion(stack)["Status"] == "SUCCESS"


def empty_the_bucket_as_on_stack_deletion(stack: LocalStack) -> dict[str, Any]:
    """Send EmptyResultsBucketFunction the Delete request CloudFormation sends; returns its answer."""
    s3 = stack.client("s3")
    bucket = stack.template.physical_name("ResultsBucket")
    s3.put_object(Bucket=bucket, Key="projects/left-behind/results.json", Body=b"{}")
    s3.create_bucket(Bucket="talent-local-cfn-responses")
    url = s3.generate_presigned_url(
        "put_object", Params={"Bucket": "talent-local-cfn-responses", "Key": "answer"}, ExpiresIn=600
    )
    function = next(spec for spec in stack.functions if spec.logical_id == "EmptyResultsBucketFunction")
    request = {
        "RequestType": "Delete",
        "ResponseURL": url,
        "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/talent-local/1",
        "RequestId": str(uuid.uuid4()),
        "LogicalResourceId": "EmptyResultsBucketOnDelete",
        "PhysicalResourceId": bucket,
        "ResourceType": "Custom::EmptyBucket",
        "ResourceProperties": {"ServiceToken": function.arn, "BucketName": bucket},
    }
    stack.runtime.invoke(function, request)
    assert s3.list_object_versions(Bucket=bucket).get("Versions", []) == []
    answer: dict[str, Any] = json.loads(
        s3.get_object(Bucket="talent-local-cfn-responses", Key="answer")["Body"].read()
    )
    return answer


@pytest.fixture(scope="module")
def exercised(local_stack: LocalStack) -> tuple[LocalStack, StackArns, dict[str, RolePolicy]]:
    from talent.aws import client
    from talent.settings import get_settings

    client.cache_clear()  # the test process shares the handlers' caches: follow the stack
    get_settings.cache_clear()
    try:
        exercise_every_path(local_stack)
    finally:
        local_stack.clear_faults()
    arns = stack_arns(local_stack)
    return local_stack, arns, stack_roles(local_stack, arns)


def test_every_recorded_call_is_allowed_by_its_functions_role(
    exercised: tuple[LocalStack, StackArns, dict[str, RolePolicy]],
) -> None:
    stack, arns, roles = exercised
    calls = stack.aws_calls.calls()
    assert {call.function for call in calls} >= {name for name, role in roles.items() if role.statements}

    denied = denials(calls, roles, arns)

    assert not denied, "AWS would deny:\n" + "\n".join(denial.message() for denial in denied)


def test_no_role_grants_what_its_function_never_uses(
    exercised: tuple[LocalStack, StackArns, dict[str, RolePolicy]],
) -> None:
    stack, arns, roles = exercised

    unused = unused_grants(stack.aws_calls.calls(), roles, arns)
    undocumented = [grant for grant in unused if not is_documented(grant)]

    assert not undocumented, "Granted but never used (remove it, or document why it stays):\n" + "\n".join(
        grant.message() for grant in undocumented
    )


def test_every_documented_exception_is_still_needed(
    exercised: tuple[LocalStack, StackArns, dict[str, RolePolicy]],
) -> None:
    stack, arns, roles = exercised
    unused = unused_grants(stack.aws_calls.calls(), roles, arns)

    stale = [
        key
        for key in DOCUMENTED_EXCEPTIONS
        if not any(key in (("*", g.grant), (g.function, g.grant)) for g in unused)
    ]

    assert not stale, f"documented exceptions nothing grants any more: {stale}"

"""The local stack over real HTTP: health, tables from the template, JSON errors, Step Functions."""

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import urllib3

from talent_local.stack import EMULATOR_TOKEN, LocalStack

pytestmark = pytest.mark.integration
EVENTS = Path(__file__).resolve().parents[3] / "events"
http = urllib3.PoolManager(retries=False)


def test_health_answers_ok_with_version(local_stack: LocalStack) -> None:
    response = http.request("GET", f"{local_stack.api_url}/health")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json() == {"status": "ok", "version": "0.1.0"}


def test_every_template_table_exists_with_the_same_keys(local_stack: LocalStack) -> None:
    template = local_stack.template
    dynamodb = local_stack.client("dynamodb")
    tables = template.of_type("AWS::DynamoDB::Table")
    assert tables, "the template declares no tables"
    for logical_id, resource in tables.items():
        props = resource["Properties"]
        table = dynamodb.describe_table(TableName=template.physical_name(logical_id))["Table"]
        assert table["KeySchema"] == props["KeySchema"]
        declared_indexes = {i["IndexName"]: i["KeySchema"] for i in props.get("GlobalSecondaryIndexes", [])}
        actual_indexes = {i["IndexName"]: i["KeySchema"] for i in table.get("GlobalSecondaryIndexes", [])}
        assert actual_indexes == declared_indexes
        if "TimeToLiveSpecification" in props:
            ttl = dynamodb.describe_time_to_live(TableName=table["TableName"])["TimeToLiveDescription"]
            assert ttl["AttributeName"] == props["TimeToLiveSpecification"]["AttributeName"]
            assert ttl["TimeToLiveStatus"] == "ENABLED"


def test_bucket_and_secret_from_the_template_exist(local_stack: LocalStack) -> None:
    template = local_stack.template
    for logical_id in template.of_type("AWS::S3::Bucket"):
        local_stack.client("s3").head_bucket(Bucket=template.physical_name(logical_id))
    for logical_id, resource in template.of_type("AWS::SecretsManager::Secret").items():
        secret = local_stack.client("secretsmanager").get_secret_value(SecretId=template.ref(logical_id))
        fixed_value = resource["Properties"].get("SecretString")
        if logical_id == "GitHubTokenSecret":  # the stack stores a token there, as operators do
            assert json.loads(secret["SecretString"]) == {"token": EMULATOR_TOKEN}
        elif fixed_value is None:  # generated: a long random key, like GenerateSecretString
            assert len(secret["SecretString"]) >= 32
        else:
            assert secret["SecretString"] == fixed_value


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [("GET", "/no/such/route", 404, "not_found"), ("DELETE", "/health", 405, "method_not_allowed")],
)
def test_unknown_route_and_wrong_method_are_json(
    local_stack: LocalStack, method: str, path: str, status: int, code: str
) -> None:
    response = http.request(method, f"{local_stack.api_url}{path}")
    assert response.status == status
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    assert body["error"]["code"] == code
    assert body["error"]["request_id"]
    assert "Traceback" not in response.data.decode()


def test_front_serves_requests_concurrently(local_stack: LocalStack) -> None:
    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(
            pool.map(lambda _: http.request("GET", f"{local_stack.api_url}/health").status, range(64))
        )
    assert statuses == [200] * 64
    # Like Lambda, concurrent requests to one function run in separate copies of its module.
    health = next(f for f in local_stack.functions if f.logical_id == "HealthFunction")
    assert local_stack.runtime.loaded_copies(health) > 1


def test_step_functions_runs_the_real_handler_in_process(local_stack: LocalStack) -> None:
    health = next(f for f in local_stack.functions if f.logical_id == "HealthFunction")
    definition = {
        "StartAt": "Probe",
        "States": {
            "Probe": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": health.arn, "Payload.$": "$"},
                "ResultSelector": {"status.$": "$.Payload.statusCode", "body.$": "$.Payload.body"},
                "End": True,
            }
        },
    }
    sfn = local_stack.client("stepfunctions")
    machine = sfn.create_state_machine(
        name="probe",
        definition=json.dumps(definition),
        roleArn="arn:aws:iam::123456789012:role/talent-local-lambda",
    )["stateMachineArn"]
    event = (EVENTS / "api" / "health.json").read_text()
    execution = sfn.start_execution(stateMachineArn=machine, input=event)["executionArn"]
    deadline = time.monotonic() + 20
    while (described := sfn.describe_execution(executionArn=execution))["status"] == "RUNNING":
        assert time.monotonic() < deadline, "execution did not finish"
        time.sleep(0.1)
    assert described["status"] == "SUCCEEDED", described
    output = json.loads(described["output"])
    assert output["status"] == 200
    assert json.loads(output["body"])["status"] == "ok"
    history = sfn.get_execution_history(executionArn=execution)["events"]
    assert "TaskStateEntered" in [e["type"] for e in history]


def test_a_failing_task_surfaces_the_real_error_name(local_stack: LocalStack) -> None:
    health = next(f for f in local_stack.functions if f.logical_id == "HealthFunction")
    payload, errored, _ = local_stack.runtime.invoke_for_moto(
        health.name, json.dumps({"not": "an api event"})
    )
    assert errored is True
    error = json.loads(payload)
    assert error["errorType"]
    assert "errorMessage" in error

"""The first deploy in an account: CreateApiGatewayAccountRole=true sets API Gateway's CloudWatch role
before the stage that logs is created; off by default. Checked on the template as SAM translates it."""

from __future__ import annotations

import re
from typing import Any

import pytest

from talent_local.sam_venv import translate
from talent_local.template import REGION, Template


def references(value: Any) -> set[str]:
    """Every logical id a CloudFormation value points at (Ref, GetAtt, ${...} in Sub)."""
    if isinstance(value, list):
        return set().union(*(references(item) for item in value)) if value else set()
    if not isinstance(value, dict):
        return set()
    found: set[str] = set()
    for key, inner in value.items():
        if key == "Ref" and isinstance(inner, str):
            found.add(inner)
        elif key == "Fn::GetAtt":
            found.add(inner[0] if isinstance(inner, list) else inner.split(".")[0])
        elif key == "Fn::Sub":
            text = inner if isinstance(inner, str) else inner[0]
            found |= {name.split(".")[0] for name in re.findall(r"\$\{([^}!]+)\}", text)}
        found |= references(inner)
    return found


@pytest.fixture(scope="module")
def translated() -> dict[str, Any]:
    return translate(Template().path, REGION, {"CreateApiGatewayAccountRole": "true"})


def test_it_is_off_by_default() -> None:
    template = Template()
    assert template.parameters["CreateApiGatewayAccountRole"] == "false"
    assert template.body["Conditions"]["CreatesApiGatewayAccountRole"] == {
        "Fn::Equals": [{"Ref": "CreateApiGatewayAccountRole"}, "true"]
    }
    for logical_id in ("ApiGatewayAccount", "ApiGatewayCloudWatchRole"):
        assert template.resources[logical_id]["Condition"] == "CreatesApiGatewayAccountRole"


def test_the_account_gets_a_role_api_gateway_can_log_with(translated: dict[str, Any]) -> None:
    resources = translated["Resources"]
    account, role = resources["ApiGatewayAccount"], resources["ApiGatewayCloudWatchRole"]

    assert account["Properties"]["CloudWatchRoleArn"] == {"Fn::GetAtt": ["ApiGatewayCloudWatchRole", "Arn"]}
    (trust,) = role["Properties"]["AssumeRolePolicyDocument"]["Statement"]
    assert trust["Principal"] == {"Service": "apigateway.amazonaws.com"}
    assert trust["Action"] == "sts:AssumeRole"
    (managed,) = role["Properties"]["ManagedPolicyArns"]
    assert managed["Fn::Sub"].endswith(":iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs")
    # Account-wide: other APIs of the region keep logging through it after this stack is deleted.
    assert role["DeletionPolicy"] == "Retain"


def test_the_stage_that_logs_is_created_after_the_account_is_set(translated: dict[str, Any]) -> None:
    resources = translated["Resources"]
    (rest_api_id,) = [lid for lid, r in resources.items() if r["Type"] == "AWS::ApiGateway::RestApi"]
    (stage,) = [r for r in resources.values() if r["Type"] == "AWS::ApiGateway::Stage"]

    assert "AccessLogSetting" in stage["Properties"]
    assert rest_api_id in references(stage)  # the stage waits for its API...
    assert "ApiGatewayAccount" in references(resources[rest_api_id])  # ...which waits for the account

"""Data protection default: a project and its results expire after ProjectRetentionDays."""

import time

import pytest

from talent_local.stack import LocalStack
from tests.api_client import ApiClient
from tests.sample_jobs import PYTHON_JD

pytestmark = pytest.mark.integration


def test_template_expires_items_and_results_after_the_same_days(local_stack: LocalStack) -> None:
    template = local_stack.template
    assert template.resources["ProjectsTable"]["Properties"]["TimeToLiveSpecification"] == {
        "AttributeName": "expires_at",
        "Enabled": True,
    }
    rules = template.resources["ResultsBucket"]["Properties"]["LifecycleConfiguration"]["Rules"]
    expiry = next(rule for rule in rules if rule.get("Prefix") == "projects/")
    assert expiry["Status"] == "Enabled"
    assert expiry["ExpirationInDays"] == {"Ref": "ProjectRetentionDays"}


def test_a_new_project_expires_after_the_retention_days(alice: ApiClient, local_stack: LocalStack) -> None:
    days = int(local_stack.template.ref("ProjectRetentionDays"))
    project_id = alice.start_run(PYTHON_JD, max_candidates=5)
    item = local_stack.client("dynamodb").get_item(
        TableName=local_stack.template.physical_name("ProjectsTable"), Key={"project_id": {"S": project_id}}
    )["Item"]
    expected = time.time() + days * 86400
    assert abs(int(item["expires_at"]["N"]) - expected) < 120
    alice.wait_for_run(project_id)

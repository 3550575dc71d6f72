"""Issue 15: degrade per item, never per list. Over real HTTP on the local stack.

- a stored project item that fails validation made GET /projects a 500 for its owner for good, and
  DELETE could not remove it;
- a project whose execution history is gone (Step Functions keeps it 90 days; ProjectRetentionDays may
  be up to 3,650) made GET /pipeline/status a 500.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from talent_local.stack import LocalStack
from tests.api_client import ApiClient

pytestmark = pytest.mark.integration
GONE_EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:talent-local-PipelineStateMachine:{}"


def _user_id(client: ApiClient) -> str:
    user_id: str = client.request("GET", "/auth/me").json()["user_id"]
    return user_id


def _put(stack: LocalStack, **attributes: Any) -> str:
    project_id = str(uuid.uuid4())
    item = {"project_id": {"S": project_id}, **{name: {"S": value} for name, value in attributes.items()}}
    stack.client("dynamodb").put_item(TableName=stack.template.physical_name("ProjectsTable"), Item=item)
    return project_id


def test_an_unreadable_project_is_listed_degraded_and_can_be_deleted(
    local_stack: LocalStack, alice: ApiClient, bob: ApiClient
) -> None:
    good = alice.start_run("Senior Python engineer with AWS and PostgreSQL, remote.")
    broken = _put(
        local_stack,
        user_id=_user_id(alice),
        created_at="2026-11-24T10:00:00.000000Z",
        status="paused",  # not a status; and no job_description_text
        execution_arn=GONE_EXECUTION.format("never-started"),
    )
    listed = alice.request("GET", "/projects")
    assert listed.status == 200, listed.data
    statuses = {item["project_id"]: item["status"] for item in listed.json()["items"]}
    assert statuses == {good: "running", broken: "unreadable"}
    for path in (f"/projects/{broken}", f"/projects/{broken}/export", f"/pipeline/status/{broken}"):
        reply = alice.request("GET", path)
        assert reply.status == 409, (path, reply.data)
        assert "damaged" in reply.json()["error"]["message"]
    assert bob.request("DELETE", f"/projects/{broken}").status == 403  # still only its owner's
    assert alice.request("DELETE", f"/projects/{broken}").status == 204
    assert [item["project_id"] for item in alice.request("GET", "/projects").json()["items"]] == [good]
    assert alice.request("GET", f"/projects/{broken}").status == 404


def test_a_status_whose_execution_history_is_gone_answers_from_the_project(
    local_stack: LocalStack, alice: ApiClient
) -> None:
    project_id = _put(
        local_stack,
        user_id=_user_id(alice),
        created_at="2026-11-24T10:00:00.000000Z",
        status="completed",
        completed_at="2026-11-24T10:00:30.000000Z",
        job_description_text="Senior Go engineer",
        execution_arn=GONE_EXECUTION.format("expired-long-ago"),
    )
    reply = alice.request("GET", f"/pipeline/status/{project_id}")
    assert reply.status == 200, reply.data
    status = reply.json()
    assert (status["status"], status["progress"], status["current_stage"]) == ("completed", 100, None)
    assert {stage["status"] for stage in status["stages"]} == {"succeeded"}


def test_corrections_stored_under_earlier_rules_still_read(local_stack: LocalStack, alice: ApiClient) -> None:
    # A comma in a skill was allowed when this project started; a later release refuses it in a request.
    # The stored corrections are shown as stored: the project never turns unreadable (it was a 500).
    project_id = alice.start_run("Senior Python engineer with AWS and PostgreSQL, remote.")
    alice.wait_for_run(project_id)
    earlier = {"required_skills": ["Java, Spring Boot, Kafka"], "title": "!!"}
    local_stack.client("dynamodb").update_item(
        TableName=local_stack.template.physical_name("ProjectsTable"),
        Key={"project_id": {"S": project_id}},
        UpdateExpression="SET requirement_set = :set",
        ExpressionAttributeValues={
            ":set": {
                "M": {"required_skills": {"L": [{"S": "Java, Spring Boot, Kafka"}]}, "title": {"S": "!!"}}
            }
        },
    )
    for path in (f"/projects/{project_id}", f"/projects/{project_id}/export?format=json"):
        reply = alice.request("GET", path)
        assert reply.status == 200, (path, reply.data)
    assert alice.request("GET", f"/projects/{project_id}").json()["requirement_set"] == earlier

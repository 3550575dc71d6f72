"""Data access for the projects table. Queries the by_user index; never scans."""

from __future__ import annotations

from typing import Any

from talent.aws import client, from_dynamodb_item, to_dynamodb_item
from talent.projects.records import ProjectRecord
from talent.settings import get_settings

BY_USER_INDEX = "by_user"


def _table() -> str:
    return get_settings().projects_table


def put_new_project(project: ProjectRecord) -> None:
    """Insert; a second write of the same id fails instead of overwriting."""
    client("dynamodb").put_item(
        TableName=_table(),
        Item=to_dynamodb_item(project.model_dump(mode="json")),
        ConditionExpression="attribute_not_exists(project_id)",
    )


def get_project(project_id: str) -> ProjectRecord | None:
    response = client("dynamodb").get_item(
        TableName=_table(), Key={"project_id": {"S": project_id}}, ConsistentRead=True
    )
    item = response.get("Item")
    return ProjectRecord.model_validate(from_dynamodb_item(item)) if item else None


def delete_project(project_id: str) -> None:
    client("dynamodb").delete_item(TableName=_table(), Key={"project_id": {"S": project_id}})


def recent_stage_durations(user_id: str, limit: int) -> list[dict[str, int]]:
    """Stage durations (ms) of the user's latest completed projects, newest first. Reads only the two
    attributes it needs, not whole items with their job descriptions."""
    response = client("dynamodb").query(
        TableName=_table(),
        IndexName=BY_USER_INDEX,
        KeyConditionExpression="user_id = :user_id",
        FilterExpression="#status = :completed",
        ProjectionExpression="#status, #metadata.stage_durations_ms",
        ExpressionAttributeNames={"#status": "status", "#metadata": "metadata"},
        ExpressionAttributeValues={":user_id": {"S": user_id}, ":completed": {"S": "completed"}},
        ScanIndexForward=False,
        Limit=limit,
    )
    durations = []
    for item in response.get("Items", []):
        plain = from_dynamodb_item(item)
        stages = (plain.get("metadata") or {}).get("stage_durations_ms") or {}
        durations.append({module: int(ms) for module, ms in stages.items() if isinstance(ms, int | float)})
    return durations


def query_user_projects(
    user_id: str, limit: int, start_key: dict[str, Any] | None = None
) -> tuple[list[ProjectRecord], dict[str, Any] | None]:
    """One page of the user's projects, newest first, and the key to continue from."""
    request: dict[str, Any] = {
        "TableName": _table(),
        "IndexName": BY_USER_INDEX,
        "KeyConditionExpression": "user_id = :user_id",
        "ExpressionAttributeValues": {":user_id": {"S": user_id}},
        "ScanIndexForward": False,
        "Limit": limit,
    }
    if start_key:
        request["ExclusiveStartKey"] = start_key
    response = client("dynamodb").query(**request)
    projects = [ProjectRecord.model_validate(from_dynamodb_item(item)) for item in response.get("Items", [])]
    return projects, response.get("LastEvaluatedKey")

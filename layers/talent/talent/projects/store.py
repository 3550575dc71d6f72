"""Data access for the projects table. Queries the by_user index; never scans."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger

from talent.aws import client, from_dynamodb_item, to_dynamodb_item
from talent.projects.records import ProjectRecord, UnreadableProject, parse_project
from talent.settings import ProjectsSettings, get_settings

BY_USER_INDEX = "by_user"
StoredProject = ProjectRecord | UnreadableProject
logger = Logger()


def _table() -> str:
    return get_settings(ProjectsSettings).projects_table


def put_new_project(project: ProjectRecord) -> None:
    """Insert; a second write of the same id fails instead of overwriting."""
    client("dynamodb").put_item(
        TableName=_table(),
        Item=to_dynamodb_item(project.model_dump(mode="json")),
        ConditionExpression="attribute_not_exists(project_id)",
    )


def read_project(project_id: str) -> StoredProject | None:
    """The project item, readable or not; None if there is none."""
    response = client("dynamodb").get_item(
        TableName=_table(), Key={"project_id": {"S": project_id}}, ConsistentRead=True
    )
    item = response.get("Item")
    return _parsed(item) if item else None


def get_project(project_id: str) -> ProjectRecord | None:
    """The project if there is one and it is readable (an unreadable item counts as none here)."""
    project = read_project(project_id)
    return project if isinstance(project, ProjectRecord) else None


def _parsed(item: dict[str, Any]) -> StoredProject:
    project = parse_project(from_dynamodb_item(item))
    if isinstance(project, UnreadableProject):
        # Field names and reasons only: the item holds a job description.
        logger.warning(
            "unreadable project item", extra={"project_id": project.project_id, "problems": project.problems}
        )
    return project


def update_project(project_id: str, attributes: dict[str, Any], *, while_running: bool = False) -> bool:
    """SET the attributes if the project exists (and, `while_running`, is still running): a project
    deleted meanwhile is never brought back. False if the condition did not hold."""
    dynamodb = client("dynamodb")
    names = {f"#{name}": name for name in attributes} | {"#project_id": "project_id"}
    values = to_dynamodb_item({f":{name}": value for name, value in attributes.items()})
    condition = "attribute_exists(#project_id)"
    if while_running:
        names["#status"] = "status"
        values[":running"] = {"S": "running"}
        condition += " AND #status = :running"
    try:
        dynamodb.update_item(
            TableName=_table(),
            Key={"project_id": {"S": project_id}},
            UpdateExpression="SET " + ", ".join(f"#{name} = :{name}" for name in attributes),
            ConditionExpression=condition,
            ExpressionAttributeNames=names,
            ExpressionAttributeValues=values,
        )
    except dynamodb.exceptions.ConditionalCheckFailedException:
        return False
    return True


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
        durations.append({name: int(ms) for name, ms in stages.items() if isinstance(ms, int | float)})
    return durations


def query_user_projects(
    user_id: str, limit: int, start_key: dict[str, Any] | None = None
) -> tuple[list[StoredProject], dict[str, Any] | None]:
    """One page of the user's projects, newest first, and the key to continue from. An item that is not
    a valid project comes back as an UnreadableProject: one bad item never fails the page."""
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
    projects = [_parsed(item) for item in response.get("Items", [])]
    return projects, response.get("LastEvaluatedKey")

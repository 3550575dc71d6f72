"""Data access for the projects table (low-level DynamoDB client, injected). Queries the by_user index;
never scans. `projects_store()` wires it to this function's client and table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aws_lambda_powertools import Logger

from talent.aws import conditional, from_dynamodb_item, to_dynamodb_item
from talent.projects.records import ProjectRecord, UnreadableProject, parse_project

BY_USER_INDEX = "by_user"


@dataclass(frozen=True, slots=True)
class RunTiming:
    """How long a completed run's stages took (ms) and how many candidates and drafts it asked for."""

    durations_ms: dict[str, int]
    candidates: int
    drafts: int


StoredProject = ProjectRecord | UnreadableProject
logger = Logger()


def _key(project_id: str) -> dict[str, Any]:
    return {"project_id": {"S": project_id}}


def _parsed(item: dict[str, Any]) -> StoredProject:
    project = parse_project(from_dynamodb_item(item))
    if isinstance(project, UnreadableProject):
        # Field names and reasons only: the item holds a job description.
        logger.warning(
            "unreadable project item", extra={"project_id": project.project_id, "problems": project.problems}
        )
    return project


class ProjectsStore:
    def __init__(self, client: Any, table: str) -> None:
        self.client = client
        self.table = table

    def put_new_project(self, project: ProjectRecord) -> None:
        """Insert; a second write of the same id fails instead of overwriting."""
        self.client.put_item(
            TableName=self.table,
            Item=to_dynamodb_item(project.model_dump(mode="json")),
            ConditionExpression="attribute_not_exists(project_id)",
        )

    def read_project(self, project_id: str) -> StoredProject | None:
        """The project item, readable or not; None if there is none."""
        response = self.client.get_item(TableName=self.table, Key=_key(project_id), ConsistentRead=True)
        item = response.get("Item")
        return _parsed(item) if item else None

    def get_project(self, project_id: str) -> ProjectRecord | None:
        """The project if there is one and it is readable (an unreadable item counts as none here)."""
        project = self.read_project(project_id)
        return project if isinstance(project, ProjectRecord) else None

    def attributes(self, project_id: str, names: tuple[str, ...]) -> dict[str, Any] | None:
        """Just these attributes of the project, as plain JSON types (a consistent read); None if it is
        gone. An attribute the item lacks is left out."""
        aliases = {f"#a{index}": name for index, name in enumerate(names)}
        item = self.client.get_item(
            TableName=self.table,
            Key=_key(project_id),
            ProjectionExpression=", ".join(aliases),
            ExpressionAttributeNames=aliases,
            ConsistentRead=True,
        ).get("Item")
        return None if item is None else from_dynamodb_item(item)

    def exists(self, project_id: str) -> bool:
        return self.attributes(project_id, ("project_id",)) is not None

    def update_project(
        self, project_id: str, attributes: dict[str, Any], *, while_running: bool = False
    ) -> bool:
        """SET the attributes if the project exists (and, `while_running`, is still running): a project
        deleted meanwhile is never brought back. False if the condition did not hold."""
        names = {f"#{name}": name for name in attributes} | {"#project_id": "project_id"}
        values = to_dynamodb_item({f":{name}": value for name, value in attributes.items()})
        condition = "attribute_exists(#project_id)"
        if while_running:
            names["#status"] = "status"
            values[":running"] = {"S": "running"}
            condition += " AND #status = :running"
        written = conditional(
            self.client.update_item,
            TableName=self.table,
            Key=_key(project_id),
            UpdateExpression="SET " + ", ".join(f"#{name} = :{name}" for name in attributes),
            ConditionExpression=condition,
            ExpressionAttributeNames=names,
            ExpressionAttributeValues=values,
        )
        return written is not None

    def delete_project(self, project_id: str) -> None:
        self.client.delete_item(TableName=self.table, Key=_key(project_id))

    def recent_run_timings(self, user_id: str, limit: int) -> list[RunTiming]:
        """Stage durations (ms) and sizes of the user's latest completed projects, newest first. Reads
        only the attributes it needs, not whole items with their job descriptions."""
        response = self.client.query(
            TableName=self.table,
            IndexName=BY_USER_INDEX,
            KeyConditionExpression="user_id = :user_id",
            FilterExpression="#status = :completed",
            ProjectionExpression=(
                "#status, #metadata.stage_durations_ms, max_candidates, top_n, candidate_count, draft_count"
            ),
            ExpressionAttributeNames={"#status": "status", "#metadata": "metadata"},
            ExpressionAttributeValues={":user_id": {"S": user_id}, ":completed": {"S": "completed"}},
            ScanIndexForward=False,
            Limit=limit,
        )
        timings = []
        for item in response.get("Items", []):
            plain = from_dynamodb_item(item)
            stages = (plain.get("metadata") or {}).get("stage_durations_ms") or {}
            timings.append(
                RunTiming(
                    durations_ms={
                        name: int(ms) for name, ms in stages.items() if isinstance(ms, int | float)
                    },
                    # What it asked for; an item from before that was stored: what it made.
                    candidates=int(plain.get("max_candidates") or plain.get("candidate_count") or 0),
                    drafts=int(plain.get("top_n") or plain.get("draft_count") or 0),
                )
            )
        return timings

    def query_user_projects(
        self, user_id: str, limit: int, start_key: dict[str, Any] | None = None
    ) -> tuple[list[StoredProject], dict[str, Any] | None]:
        """One page of the user's projects, newest first, and the key to continue from. An item that is
        not a valid project comes back as an UnreadableProject: one bad item never fails the page."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "IndexName": BY_USER_INDEX,
            "KeyConditionExpression": "user_id = :user_id",
            "ExpressionAttributeValues": {":user_id": {"S": user_id}},
            "ScanIndexForward": False,
            "Limit": limit,
        }
        if start_key:
            request["ExclusiveStartKey"] = start_key
        response = self.client.query(**request)
        projects = [_parsed(item) for item in response.get("Items", [])]
        return projects, response.get("LastEvaluatedKey")

    def completed_projects_holding(self, user_id: str, login: str) -> list[tuple[str, str]]:
        """(project_id, results_key) of the user's completed projects whose item lists `login`, or lists
        no logins (completed before items had them: their results must be read to find out). A Query on
        the by_user index, every page."""
        pages = self.client.get_paginator("query").paginate(
            TableName=self.table,
            IndexName=BY_USER_INDEX,
            KeyConditionExpression="user_id = :user_id",
            FilterExpression=(
                "#status = :completed AND attribute_exists(results_key) "
                "AND (attribute_not_exists(logins) OR contains(logins, :login))"
            ),
            ProjectionExpression="project_id, results_key",
            ExpressionAttributeNames={"#status": "status"},
            ExpressionAttributeValues={
                ":user_id": {"S": user_id},
                ":completed": {"S": "completed"},
                ":login": {"S": login},
            },
        )
        return [
            (item["project_id"]["S"], item["results_key"]["S"])
            for page in pages
            for item in page.get("Items", [])
        ]


def projects_store() -> ProjectsStore:
    """The store on this function's client and PROJECTS_TABLE (both cached per cold start)."""
    from talent.aws import client
    from talent.settings import ProjectsSettings, get_settings

    return ProjectsStore(client("dynamodb"), get_settings(ProjectsSettings).projects_table)

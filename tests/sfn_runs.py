"""Start pipeline executions on the local stack the way POST /pipeline/run does, and read what they left."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from talent.aws import from_dynamodb_item, to_dynamodb_item
from talent.pipeline.registry import STAGES
from talent_local.stack import LocalStack

PYTHON_JD = """Backend Engineer (Python)

Requirements
- 3+ years of Python
- Django or FastAPI
- PostgreSQL

Fully remote."""

NOBODY_JD = """Senior COBOL Developer

Requirements
- 10+ years of COBOL and Fortran

Location: Reykjavik, Iceland (onsite)"""

BROAD_JD = """Software Engineer

Requirements
- Python, JavaScript, TypeScript
- Remote"""

STAGE_STATES = [stage.state_name for stage in STAGES]


@dataclass(frozen=True)
class Run:
    project_id: str
    user_id: str
    execution_arn: str


class Pipeline:
    def __init__(self, stack: LocalStack) -> None:
        self.stack = stack
        self.sfn = stack.client("stepfunctions")
        self.dynamodb = stack.client("dynamodb")
        self.s3 = stack.client("s3")
        self.machine = stack.template.ref("PipelineStateMachine")
        self.projects = stack.template.physical_name("ProjectsTable")
        self.bucket = stack.template.physical_name("ResultsBucket")

    @staticmethod
    def new_project_id() -> str:
        return str(uuid.uuid4())

    def execution_arn(self, project_id: str) -> str:
        return f"{self.machine.replace(':stateMachine:', ':execution:', 1)}:{project_id}"

    def put_project(self, project_id: str, user_id: str, job_description_text: str) -> None:
        """The item POST /pipeline/run writes before it starts the execution."""
        created = datetime.now(UTC)
        item = {
            "project_id": project_id,
            "user_id": user_id,
            "created_at": created.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "job_description_text": job_description_text,
            "status": "running",
            "expires_at": int(created.timestamp()) + 90 * 86400,
            "execution_arn": self.execution_arn(project_id),
        }
        self.dynamodb.put_item(TableName=self.projects, Item=to_dynamodb_item(item))

    def start(
        self,
        job_description_text: str = PYTHON_JD,
        *,
        user_id: str | None = None,
        max_candidates: int = 30,
        top_n: int = 10,
        project_id: str | None = None,
        with_project: bool = True,
    ) -> Run:
        project_id = project_id or self.new_project_id()
        user_id = user_id or f"user-{uuid.uuid4().hex[:8]}"
        if with_project:
            self.put_project(project_id, user_id, job_description_text)
        execution_input = {
            "project_id": project_id,
            "user_id": user_id,
            "job_description_text": job_description_text,
            "max_candidates": max_candidates,
            "top_n": top_n,
        }
        arn = self.sfn.start_execution(
            stateMachineArn=self.machine, name=project_id, input=json.dumps(execution_input)
        )["executionArn"]
        return Run(project_id, user_id, arn)

    def run_of(self, project_id: str) -> Run:
        """The run POST /pipeline/run started for `project_id` (its execution is named after it)."""
        execution = self.sfn.describe_execution(executionArn=self.execution_arn(project_id))
        return Run(project_id, json.loads(execution["input"])["user_id"], execution["executionArn"])

    def wait(self, run: Run, timeout_s: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while (described := self.sfn.describe_execution(executionArn=run.execution_arn))[
            "status"
        ] == "RUNNING":
            assert time.monotonic() < deadline, f"execution {run.project_id} still running after {timeout_s}s"
            time.sleep(0.05)
        result: dict[str, Any] = described
        return result

    def history(self, run: Run) -> list[dict[str, Any]]:
        """Every event, oldest first. moto returns them all at once, in order, and ignores paging; sort
        anyway so the helper also holds against a real, paged history."""
        events = self.sfn.get_execution_history(executionArn=run.execution_arn, maxResults=1000)["events"]
        return sorted(events, key=lambda event: event["id"])

    def entered(self, run: Run) -> list[str]:
        return [
            event["stateEnteredEventDetails"]["name"]
            for event in self.history(run)
            if event["type"].endswith("StateEntered")
        ]

    def project(self, project_id: str) -> dict[str, Any] | None:
        item = self.dynamodb.get_item(
            TableName=self.projects, Key={"project_id": {"S": project_id}}, ConsistentRead=True
        ).get("Item")
        return from_dynamodb_item(item) if item else None

    def keys(self, project_id: str) -> list[str]:
        listed = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=f"projects/{project_id}/")
        return sorted(entry["Key"].rsplit("/", 1)[1] for entry in listed.get("Contents", []))

    def suppress(self, user_id: str, login: str) -> None:
        suppressions = self.stack.template.physical_name("SuppressionsTable")
        self.dynamodb.put_item(
            TableName=suppressions, Item={"user_id": {"S": user_id}, "github_login": {"S": login.lower()}}
        )

"""Helpers for the pipeline's unit tests: handlers loaded by path, sample events, moto-backed data."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from talent_local.runtime import LambdaContext

ROOT = Path(__file__).resolve().parents[3]
EVENTS = ROOT / "events" / "stages"
SAMPLE_PROJECT = "01JDEMO0SAMPLEPROJECT00001"
SAMPLE_USER = "demo-user-0001"


def load_handler(function_dir: str) -> ModuleType:
    """functions/<dir>/app.py under a module name of its own (every function's file is app.py)."""
    path = ROOT / "functions" / function_dir / "app.py"
    spec = importlib.util.spec_from_file_location(f"unit_fn_{function_dir}_app", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def context(name: str = "unit-function", timeout_s: int = 60) -> LambdaContext:
    return LambdaContext(name, f"arn:aws:lambda:us-east-1:123456789012:function:{name}", 512, timeout_s)


def event(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EVENTS / name).read_text())
    return loaded


@dataclass
class Aws:
    s3: Any
    dynamodb: Any
    bucket: str
    projects: str

    def upload_tree(self, root: Path) -> None:
        for path in sorted(root.rglob("*.json")):
            self.s3.put_object(
                Bucket=self.bucket, Key=path.relative_to(root).as_posix(), Body=path.read_bytes()
            )

    def add_suppressions(self, path: Path) -> None:
        for row in json.loads(path.read_text()):
            self.dynamodb.put_item(
                TableName="unit-suppressions",
                Item={"user_id": {"S": row["user_id"]}, "github_login": {"S": row["github_login"]}},
            )

    def keys(self, project_id: str) -> list[str]:
        listed = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=f"projects/{project_id}/")
        return sorted(entry["Key"] for entry in listed.get("Contents", []))

    def read(self, key: str) -> Any:
        return json.loads(self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read())

    def put_project(self, project_id: str, status: str = "running", **extra: Any) -> None:
        from talent.aws import to_dynamodb_item

        item = {
            "project_id": project_id,
            "user_id": SAMPLE_USER,
            "created_at": "2026-11-24T19:25:00.123456Z",
            "job_description_text": "Senior Backend Engineer (Go) ...",
            "status": status,
            "expires_at": 1_900_000_000,
            **extra,
        }
        self.dynamodb.put_item(TableName=self.projects, Item=to_dynamodb_item(item))

    def project(self, project_id: str) -> dict[str, Any] | None:
        from talent.aws import from_dynamodb_item

        item = self.dynamodb.get_item(TableName=self.projects, Key={"project_id": {"S": project_id}}).get(
            "Item"
        )
        return from_dynamodb_item(item) if item else None

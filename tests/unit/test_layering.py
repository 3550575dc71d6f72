"""Layering, checked on the source: only data-access modules (stores) call AWS APIs, and only the API
layer (talent.api, functions/) knows HTTP errors; the use cases raise domain errors (talent.errors)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "layers" / "talent" / "talent"
# boto3 client operations the code uses (and the paginator that wraps them).
AWS_OPERATIONS = {
    "batch_get_item",
    "batch_write_item",
    "delete_item",
    "delete_object",
    "delete_objects",
    "get_execution_history",
    "get_item",
    "get_object",
    "get_paginator",
    "put_item",
    "put_object",
    "query",
    "scan",
    "start_execution",
    "stop_execution",
    "transact_write_items",
    "update_item",
    "converse",
}
# Data access: a store class over an injected client, the S3 layout of the results bucket, the GitHub
# and Bedrock adapters, and the stack-deletion custom resource (its whole job is one S3 sweep).
DATA_ACCESS = {
    "accounts/store.py",
    "projects/store.py",
    "projects/executions.py",
    "projects/quota_store.py",
    "suppression_store.py",
    "github/store.py",
    "pipeline/storage.py",
    "outreach/bedrock.py",
    "bucket_cleanup.py",
}


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def aws_calls(path: Path) -> list[str]:
    return [
        f"{node.lineno}: {node.func.attr}"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in AWS_OPERATIONS
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
    ]


def test_only_data_access_modules_call_aws() -> None:
    found = {
        str(path.relative_to(PACKAGE)): calls
        for path in modules()
        if str(path.relative_to(PACKAGE)) not in DATA_ACCESS and (calls := aws_calls(path))
    }
    assert found == {}
    assert aws_calls(PACKAGE / "projects" / "store.py")  # the check sees a call where there is one


def imports_http_errors(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module == "talent.api.errors":
            return True
        if isinstance(node, ast.Import) and any(alias.name == "talent.api.errors" for alias in node.names):
            return True
    return False


def test_http_errors_stay_in_the_api_layer() -> None:
    below = [path for path in modules() if "api" not in path.relative_to(PACKAGE).parts[:1]]
    assert [str(path.relative_to(PACKAGE)) for path in below if imports_http_errors(path)] == []
    assert imports_http_errors(
        PACKAGE / "api" / "resolver.py"
    )  # the check finds an import where there is one

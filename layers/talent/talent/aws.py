"""AWS clients, created once per cold start and only when first used (boto3 import is lazy)."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any


@cache
def client(service: str) -> Any:
    import boto3  # lazy: keeps handler import (cold start) lean

    return boto3.client(service)


def error_code(error: Exception) -> str | None:
    """The code AWS answered a failed call with ("NoSuchKey", "ConditionalCheckFailedException"), or None
    for an error that is no AWS answer. Match on this, not on `client.exceptions.NoSuchKey`: botocore
    builds those classes lazily per client and session (boto/botocore#2238), so a class from another
    build does not match (a fuzz run of the local stack under load let a NoSuchKey through as a 500)."""
    response = getattr(error, "response", None)  # requests' HTTPError has one too, or None
    details = response.get("Error") if isinstance(response, dict) else None
    code = details.get("Code") if isinstance(details, dict) else None
    return code if isinstance(code, str) else None


def conditional_check_failed(error: Exception) -> bool:
    """Whether a DynamoDB call failed its ConditionExpression, read from the error code (`error_code`)."""
    return error_code(error) == "ConditionalCheckFailedException"


def conditional(write: Callable[..., dict[str, Any]], **request: Any) -> dict[str, Any] | None:
    """`write(**request)`, a DynamoDB write with a ConditionExpression (`client.update_item`, `put_item`):
    its answer, or None when the condition failed (read from the error's code: `conditional_check_failed`).
    Any other error is raised."""
    from botocore.exceptions import ClientError  # lazy, as boto3 is

    try:
        return write(**request)
    except ClientError as error:
        if not conditional_check_failed(error):
            raise
        return None


def to_dynamodb_item(document: dict[str, Any]) -> dict[str, Any]:
    """A JSON-like dict as a DynamoDB item (floats become Decimal, as DynamoDB requires)."""
    from boto3.dynamodb.types import TypeSerializer

    plain = json.loads(json.dumps(document, default=str), parse_float=Decimal)
    serializer = TypeSerializer()
    return {key: serializer.serialize(value) for key, value in plain.items() if value is not None}


def from_dynamodb_item(item: dict[str, Any]) -> dict[str, Any]:
    """A DynamoDB item as plain JSON types (Decimal becomes int or float)."""
    from boto3.dynamodb.types import TypeDeserializer

    deserializer = TypeDeserializer()
    return {key: _plain(deserializer.deserialize(value)) for key, value in item.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {key: _plain(inner) for key, inner in value.items()}
    if isinstance(value, list | set):
        return [_plain(inner) for inner in value]
    return value

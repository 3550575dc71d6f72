"""The do-not-contact list: GitHub logins a user asked never to draft outreach for.

SuppressionsTable holds one item per (user_id, github_login), logins lower-cased.
"""

from __future__ import annotations

from typing import Any

from talent.aws import client
from talent.settings import get_settings


def suppressed_logins(user_id: str, *, page_size: int | None = None) -> set[str]:
    """Every login on the user's list, lower-cased (a Query on the table's key, all pages)."""
    request: dict[str, Any] = {
        "TableName": get_settings().suppressions_table,
        "KeyConditionExpression": "user_id = :user_id",
        "ExpressionAttributeValues": {":user_id": {"S": user_id}},
        "ProjectionExpression": "github_login",
    }
    if page_size is not None:
        request["PaginationConfig"] = {"PageSize": page_size}
    pages = client("dynamodb").get_paginator("query").paginate(**request)
    return {item["github_login"]["S"].lower() for page in pages for item in page.get("Items", [])}

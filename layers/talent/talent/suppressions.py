"""The do-not-contact list: GitHub logins whose people a user must neither contact nor keep data about.

SuppressionsTable holds one item per (user_id, github_login), logins lower-cased. Adding a login erases
the person from the user's stored projects and later runs leave them out (talent.erasure).
"""

from __future__ import annotations

import time
from typing import Any, ClassVar

from talent.api.models.suppressions import Suppression, SuppressionAdded, SuppressionList, SuppressionRequest
from talent.api.pagination import CursorKey, KeyText, decode_cursor, encode_cursor
from talent.aws import client
from talent.clock import iso_utc
from talent.errors import NotFoundError
from talent.settings import SuppressionsSettings, get_settings


def suppressed_logins(user_id: str, *, page_size: int | None = None) -> set[str]:
    """Every login on the user's list, lower-cased (a Query on the table's key, all pages)."""
    request: dict[str, Any] = {
        "TableName": get_settings(SuppressionsSettings).suppressions_table,
        "KeyConditionExpression": "user_id = :user_id",
        "ExpressionAttributeValues": {":user_id": {"S": user_id}},
        "ProjectionExpression": "github_login",
    }
    if page_size is not None:
        request["PaginationConfig"] = {"PageSize": page_size}
    pages = client("dynamodb").get_paginator("query").paginate(**request)
    return {item["github_login"]["S"].lower() for page in pages for item in page.get("Items", [])}


# ---- The API's side: add, list and remove entries (functions/suppressions) ----

STORED_LOGIN_PATTERN = r"[a-z0-9](?:[a-z0-9-]{0,37}[a-z0-9])?"  # as stored: lower-cased


class SuppressionsCursor(CursorKey):
    """A LastEvaluatedKey of the suppressions table."""

    patterns: ClassVar[dict[str, str]] = {"github_login": STORED_LOGIN_PATTERN}

    github_login: KeyText


def add_suppression(user_id: str, request: SuppressionRequest) -> tuple[Suppression, bool]:
    """The entry, and whether it is new. Adding a login twice keeps the first entry (no error)."""
    from botocore.exceptions import ClientError

    entry = Suppression(
        github_login=request.github_login.lower(),
        reason=request.reason.strip(),
        created_at=iso_utc(time.time()),
    )
    try:
        client("dynamodb").put_item(
            TableName=get_settings(SuppressionsSettings).suppressions_table,
            Item={
                "user_id": {"S": user_id},
                "github_login": {"S": entry.github_login},
                "reason": {"S": entry.reason},
                "created_at": {"S": entry.created_at},
            },
            ConditionExpression="attribute_not_exists(github_login)",
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") != "ConditionalCheckFailedException":
            raise
        return _entry(error.response.get("Item", {})), False
    return entry, True


def suppress(user_id: str, request: SuppressionRequest) -> tuple[SuppressionAdded, bool]:
    """List the login (if it is not listed yet; `True` if it is new) and erase the person from every
    stored project of the user, whether or not the login was listed already (a retry finishes an
    erasure an earlier request could not)."""
    from talent.erasure import erase_login

    entry, created = add_suppression(user_id, request)
    erased = erase_login(user_id, entry.github_login)
    return SuppressionAdded(**entry.model_dump(), projects_erased=erased), created


def list_suppressions(user_id: str, limit: int, cursor: str | None) -> SuppressionList:
    """One page of the user's list, alphabetical (a Query on the table's key, `limit` items)."""
    request: dict[str, Any] = {
        "TableName": get_settings(SuppressionsSettings).suppressions_table,
        "KeyConditionExpression": "user_id = :user_id",
        "ExpressionAttributeValues": {":user_id": {"S": user_id}},
        "Limit": limit,
    }
    if cursor:
        request["ExclusiveStartKey"] = decode_cursor(cursor, SuppressionsCursor, user_id)
    response = client("dynamodb").query(**request)
    last_key = response.get("LastEvaluatedKey")
    return SuppressionList(
        items=[_entry(item) for item in response.get("Items", [])],
        next_cursor=encode_cursor(last_key) if last_key else None,
    )


def remove_suppression(user_id: str, github_login: str) -> None:
    from botocore.exceptions import ClientError

    try:
        client("dynamodb").delete_item(
            TableName=get_settings(SuppressionsSettings).suppressions_table,
            Key={"user_id": {"S": user_id}, "github_login": {"S": github_login.lower()}},
            ConditionExpression="attribute_exists(github_login)",
        )
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
            raise NotFoundError(f"{github_login} is not on your do-not-contact list") from error
        raise


def _entry(item: dict[str, Any]) -> Suppression:
    return Suppression(
        github_login=item["github_login"]["S"],
        reason=item.get("reason", {}).get("S", ""),
        created_at=item.get("created_at", {}).get("S", ""),
    )

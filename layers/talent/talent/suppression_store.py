"""Data access for the suppressions table (low-level DynamoDB client, injected): one item per
(user_id, github_login), logins lower-cased; Query and key operations only. `suppressions_store()`
wires it to this function's client and table."""

from __future__ import annotations

from typing import Any

from talent.api.models.suppressions import Suppression
from talent.aws import conditional_check_failed


def _entry(item: dict[str, Any]) -> Suppression:
    return Suppression(
        github_login=item["github_login"]["S"],
        reason=item.get("reason", {}).get("S", ""),
        created_at=item.get("created_at", {}).get("S", ""),
    )


def _key(user_id: str, login: str) -> dict[str, Any]:
    return {"user_id": {"S": user_id}, "github_login": {"S": login}}


class SuppressionsStore:
    def __init__(self, client: Any, table: str) -> None:
        self.client = client
        self.table = table

    def logins(self, user_id: str, *, page_size: int | None = None) -> set[str]:
        """Every login on the user's list, lower-cased (a Query on the table's key, all pages; strongly
        consistent: a login listed a moment ago must not survive in a run saved now, and DynamoDB's
        default read may miss it)."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "ConsistentRead": True,
            "KeyConditionExpression": "user_id = :user_id",
            "ExpressionAttributeValues": {":user_id": {"S": user_id}},
            "ProjectionExpression": "github_login",
        }
        if page_size is not None:
            request["PaginationConfig"] = {"PageSize": page_size}
        pages = self.client.get_paginator("query").paginate(**request)
        return {item["github_login"]["S"].lower() for page in pages for item in page.get("Items", [])}

    def add(self, user_id: str, entry: Suppression) -> tuple[Suppression, bool]:
        """Store the entry unless the login is listed already: the stored entry, and whether it is new."""
        from botocore.exceptions import ClientError

        try:
            self.client.put_item(
                TableName=self.table,
                Item={
                    **_key(user_id, entry.github_login),
                    "reason": {"S": entry.reason},
                    "created_at": {"S": entry.created_at},
                },
                ConditionExpression="attribute_not_exists(github_login)",
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
        except ClientError as error:
            if not conditional_check_failed(error):
                raise
            return _entry(error.response.get("Item", {})), False
        return entry, True

    def page(
        self, user_id: str, limit: int, start_key: dict[str, Any] | None
    ) -> tuple[list[Suppression], dict[str, Any] | None]:
        """One page of the user's list, alphabetical, and the key to continue from."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "user_id = :user_id",
            "ExpressionAttributeValues": {":user_id": {"S": user_id}},
            "Limit": limit,
        }
        if start_key:
            request["ExclusiveStartKey"] = start_key
        response = self.client.query(**request)
        return [_entry(item) for item in response.get("Items", [])], response.get("LastEvaluatedKey")

    def remove(self, user_id: str, login: str) -> bool:
        """Delete the entry; False if the login was not listed."""
        from botocore.exceptions import ClientError

        try:
            self.client.delete_item(
                TableName=self.table,
                Key=_key(user_id, login),
                ConditionExpression="attribute_exists(github_login)",
            )
        except ClientError as error:
            if conditional_check_failed(error):
                return False
            raise
        return True


def suppressions_store() -> SuppressionsStore:
    """The store on this function's client and SUPPRESSIONS_TABLE (both cached per cold start)."""
    from talent.aws import client
    from talent.settings import SuppressionsSettings, get_settings

    return SuppressionsStore(client("dynamodb"), get_settings(SuppressionsSettings).suppressions_table)

"""A DynamoDB client whose errors are not its own exception classes, as AWS raises them to a client of
another botocore build: botocore builds those classes lazily per client and session (boto/botocore#2238),
so two threads can see two. Code that catches `client.exceptions.X` misses these errors; code that reads
the error's code (talent.aws.conditional) does not."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError


class ClientOfAnotherBuild:
    """Every conditional write fails its condition; every transaction is cancelled by the condition of
    the item at `cancelled_at` (the others' reason is "None", as DynamoDB reports them)."""

    def __init__(self, cancelled_at: int = 0) -> None:
        self.cancelled_at = cancelled_at

    class exceptions:
        class ConditionalCheckFailedException(Exception):
            pass

        class TransactionCanceledException(Exception):
            pass

    def update_item(self, **_: Any) -> dict[str, Any]:
        raise ClientError({"Error": {"Code": "ConditionalCheckFailedException"}}, "UpdateItem")

    put_item = update_item

    def transact_write_items(self, TransactItems: list[dict[str, Any]]) -> dict[str, Any]:
        reasons = [{"Code": "None"} for _ in TransactItems]
        reasons[self.cancelled_at] = {"Code": "ConditionalCheckFailed"}
        error = {"Error": {"Code": "TransactionCanceledException"}, "CancellationReasons": reasons}
        raise ClientError(error, "TransactWriteItems")

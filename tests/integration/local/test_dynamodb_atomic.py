"""moto's DynamoDB behind the local stack applies each request atomically, as DynamoDB does.

Without the lock (talent_local.patches.make_dynamodb_atomic), concurrent TransactWriteItems on a table
of ~1,000 items crash moto with 500s or lose writes on rollback, and two concurrent ADDs could each
return the other's count (moto serialised the item it had just updated after another request changed it).
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from talent_local.patches import dynamodb_is_atomic
from talent_local.stack import LocalStack

pytestmark = pytest.mark.integration


@pytest.mark.usefixtures("local_stack")
def test_item_operations_are_serialised() -> None:
    assert dynamodb_is_atomic()


def test_concurrent_transactions_on_a_large_table_all_land(local_stack: LocalStack) -> None:
    dynamodb = local_stack.client("dynamodb")
    table = local_stack.template.physical_name("IdempotencyTable")
    for start in range(0, 1000, 25):
        dynamodb.batch_write_item(
            RequestItems={
                table: [
                    {"PutRequest": {"Item": {"id": {"S": f"filler-{n}"}}}} for n in range(start, start + 25)
                ]
            }
        )

    def write(worker: int) -> int:
        for n in range(15):
            dynamodb.transact_write_items(
                TransactItems=[
                    {
                        "Put": {
                            "TableName": table,
                            "Item": {"id": {"S": f"tx-{worker}-{n}-{side}"}},
                            "ConditionExpression": "attribute_not_exists(id)",
                        }
                    }
                    for side in ("a", "b")
                ]
            )
        return worker

    with ThreadPoolExecutor(8) as pool:
        assert sorted(pool.map(write, range(8))) == list(range(8))
    keys = [{"id": {"S": f"tx-{w}-{n}-{side}"}} for w in range(8) for n in range(15) for side in ("a", "b")]
    found = 0
    for start in range(0, len(keys), 100):
        response = dynamodb.batch_get_item(RequestItems={table: {"Keys": keys[start : start + 100]}})
        found += len(response["Responses"][table])
    assert found == 240


def test_concurrent_adds_each_return_their_own_count(
    local_stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CI failure (stop 49): 20 parallel failed logins returned ..., 18, 20, 20. DynamoDB's ADD with
    # ReturnValues returns the item as that request left it; moto read the shared item back after
    # releasing the backend lock. A slow serialisation (a loaded machine) makes the window wide.
    from moto.dynamodb.models.dynamo_type import Item

    serialise = Item.to_json

    def slow_to_json(self: Item, *args: Any, **kwargs: Any) -> dict[str, Any]:
        time.sleep(0.005)
        return serialise(self, *args, **kwargs)

    monkeypatch.setattr(Item, "to_json", slow_to_json)
    dynamodb = local_stack.client("dynamodb")
    table = local_stack.template.physical_name("IdempotencyTable")
    barrier = threading.Barrier(20)

    def add(_: int) -> int:
        barrier.wait()
        response = dynamodb.update_item(
            TableName=table,
            Key={"id": {"S": "counter-concurrent-adds"}},
            UpdateExpression="ADD hits :one",
            ExpressionAttributeValues={":one": {"N": "1"}},
            ReturnValues="ALL_NEW",
        )
        return int(response["Attributes"]["hits"]["N"])

    with ThreadPoolExecutor(20) as pool:
        assert sorted(pool.map(add, range(20))) == list(range(1, 21))

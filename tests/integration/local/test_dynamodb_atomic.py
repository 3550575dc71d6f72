"""moto's DynamoDB behind the local stack applies each request atomically, as DynamoDB does.

Without the lock (talent_local.patches.make_dynamodb_atomic), concurrent TransactWriteItems on a table
of ~1,000 items crash moto with 500s or lose writes on rollback.
"""

from concurrent.futures import ThreadPoolExecutor

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

"""Make moto's DynamoDB apply each request atomically, as DynamoDB does (local stack only).

moto's DynamoDB backend is not thread-safe: TransactWriteItems deep-copies each table to roll back,
so a concurrent write can crash it (a 500) or be lost on rollback, and a read can iterate a table that
another thread is changing. The local stack serves requests from threads, so it serialises the
backend's item operations behind one lock. Each operation takes milliseconds; handlers still run
concurrently, so races between requests (two registrations of one email) stay real.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

ITEM_OPERATIONS = (
    "put_item",
    "update_item",
    "delete_item",
    "get_item",
    "batch_write_item",
    "batch_get_item",
    "transact_write_items",
    "transact_get_items",
    "query",
    "scan",
)
_lock = threading.RLock()


def make_dynamodb_atomic() -> None:
    from moto.dynamodb.models import DynamoDBBackend

    for name in ITEM_OPERATIONS:
        method = getattr(DynamoDBBackend, name)
        if getattr(method, "_talent_atomic", False):
            continue
        setattr(DynamoDBBackend, name, _atomic(method))


def _atomic(method: Any) -> Any:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            return method(*args, **kwargs)

    call._talent_atomic = True  # type: ignore[attr-defined]
    return call

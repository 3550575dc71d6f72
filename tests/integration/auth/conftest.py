"""The session's local stack, set up for the auth tests: bcrypt at cost 4 (the deployed cost 12 is
proven by a unit test), and moto's DynamoDB made atomic per request as DynamoDB is."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from auth_api import AuthApi

from talent_local.stack import LocalStack

# moto's DynamoDB is not thread-safe: a TransactWriteItems deep-copies each table to roll back, so a
# concurrent write can crash it (500) or be lost on rollback. DynamoDB itself applies each request
# atomically; one lock around moto's writes gives the local stack the same guarantee.
MOTO_WRITES = ("transact_write_items", "put_item", "update_item", "delete_item", "batch_write_item")


def _serialised(method: Any, lock: threading.RLock) -> Any:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        with lock:
            return method(*args, **kwargs)

    return call


@pytest.fixture(scope="package")
def stack(local_stack: LocalStack) -> Iterator[LocalStack]:
    from moto.dynamodb.models import DynamoDBBackend

    from talent.accounts.service import get_accounts
    from talent.settings import get_settings

    lock = threading.RLock()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BCRYPT_ROUNDS", "4")
        for name in MOTO_WRITES:
            patch.setattr(DynamoDBBackend, name, _serialised(getattr(DynamoDBBackend, name), lock))
        get_settings.cache_clear()
        get_accounts.cache_clear()
        yield local_stack
    get_settings.cache_clear()
    get_accounts.cache_clear()


@pytest.fixture(scope="package")
def api(stack: LocalStack) -> AuthApi:
    return AuthApi(stack.api_url)


@pytest.fixture(scope="package")
def signing_key(stack: LocalStack) -> bytes:
    secret = stack.client("secretsmanager").get_secret_value(SecretId=stack.template.ref("JwtSecret"))
    key: str = secret["SecretString"]
    return key.encode()

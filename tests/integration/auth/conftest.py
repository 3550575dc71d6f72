"""The session's local stack, set up for the auth tests: bcrypt at cost 4 (the deployed cost 12 is
proven by a unit test). The stack itself makes moto's DynamoDB atomic per request (moto_dynamodb)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent_local.stack import LocalStack
from tests.integration.auth.auth_api import AuthApi


@pytest.fixture(scope="package")
def stack(local_stack: LocalStack) -> Iterator[LocalStack]:
    from talent.accounts.service import get_accounts
    from talent.settings import get_settings

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BCRYPT_ROUNDS", "4")
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

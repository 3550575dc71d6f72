"""In-process moto for the accounts tests: the template's users and sessions tables, the JWT secret,
the use cases wired to them with a settable clock, and the auth function's environment."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from accounts_support import KEY, SECRET, SESSIONS, USERS, Aws, Clock

from talent.accounts.service import Accounts, get_accounts
from talent.accounts.store import AccountsStore
from talent.settings import Settings
from talent_local.stack import TABLE_KEYS
from talent_local.template import REGION, Template


@pytest.fixture(scope="session")
def template() -> Template:
    return Template()


def _clear_caches() -> None:
    from aws_lambda_powertools.utilities.parameters.base import DEFAULT_PROVIDERS

    from talent.aws import client
    from talent.settings import get_settings

    client.cache_clear()
    get_settings.cache_clear()
    get_accounts.cache_clear()
    DEFAULT_PROVIDERS.clear()  # powertools' secrets provider holds a client and cached values


@pytest.fixture
def aws(template: Template, monkeypatch: pytest.MonkeyPatch) -> Iterator[Aws]:
    import boto3
    from aws_lambda_powertools.utilities.parameters.base import DEFAULT_PROVIDERS
    from moto import mock_aws

    # The session's local stack (if started) points every client at its moto server; these tests own
    # an in-process mock instead, with fresh clients, settings and secret cache, restored afterwards.
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": REGION,
        "AWS_REGION": REGION,
        "USERS_TABLE": USERS,
        "SESSIONS_TABLE": SESSIONS,
        "JWT_SECRET_ID": SECRET,
        "BCRYPT_ROUNDS": "4",
        "POWERTOOLS_SERVICE_NAME": "talent-pipeline",
        "POWERTOOLS_METRICS_NAMESPACE": "TalentPipeline",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_LOG_LEVEL": "INFO",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    saved_providers = dict(DEFAULT_PROVIDERS)
    _clear_caches()
    with mock_aws():
        dynamodb = boto3.client("dynamodb", region_name=REGION)
        for logical_id, name in (("UsersTable", USERS), ("SessionsTable", SESSIONS)):
            props: dict[str, Any] = template.resources[logical_id]["Properties"]
            dynamodb.create_table(TableName=name, **{key: props[key] for key in TABLE_KEYS if key in props})
        secretsmanager = boto3.client("secretsmanager", region_name=REGION)
        secretsmanager.create_secret(Name=SECRET, SecretString=KEY.decode())
        yield Aws(
            dynamodb=dynamodb, secretsmanager=secretsmanager, users_table=USERS, sessions_table=SESSIONS
        )
    _clear_caches()
    DEFAULT_PROVIDERS.update(saved_providers)


@pytest.fixture
def store(aws: Aws) -> AccountsStore:
    return AccountsStore(aws.dynamodb, aws.users_table, aws.sessions_table)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings() -> Settings:
    return Settings(users_table=USERS, sessions_table=SESSIONS, jwt_secret_id=SECRET, bcrypt_rounds=4)


@pytest.fixture
def accounts(store: AccountsStore, settings: Settings, clock: Clock) -> Accounts:
    return Accounts(store, settings, signing_key=lambda: KEY, clock=clock)

"""In-process moto for the accounts tests: the template's users and sessions tables, the JWT secret,
the use cases wired to them with a settable clock, and the auth function's environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent.accounts.service import Accounts, get_accounts
from talent.accounts.store import AccountsStore
from talent.settings import AccountsSettings
from talent_local.template import REGION, Template
from tests.in_process_aws import in_process_aws
from tests.unit.accounts.accounts_support import KEY, SECRET, SESSIONS, USERS, Aws, Clock


@pytest.fixture(scope="session")
def template() -> Template:
    return Template()


@pytest.fixture
def aws(template: Template, monkeypatch: pytest.MonkeyPatch) -> Iterator[Aws]:
    import boto3

    env = {"USERS_TABLE": USERS, "SESSIONS_TABLE": SESSIONS, "JWT_SECRET_ID": SECRET, "BCRYPT_ROUNDS": "4"}
    tables = {"UsersTable": USERS, "SessionsTable": SESSIONS}
    get_accounts.cache_clear()
    with in_process_aws(monkeypatch, template, env, tables) as dynamodb:
        secretsmanager = boto3.client("secretsmanager", region_name=REGION)
        secretsmanager.create_secret(Name=SECRET, SecretString=KEY.decode())
        yield Aws(
            dynamodb=dynamodb, secretsmanager=secretsmanager, users_table=USERS, sessions_table=SESSIONS
        )
    get_accounts.cache_clear()


@pytest.fixture
def store(aws: Aws) -> AccountsStore:
    return AccountsStore(aws.dynamodb, aws.users_table, aws.sessions_table)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings() -> AccountsSettings:
    return AccountsSettings(users_table=USERS, sessions_table=SESSIONS, jwt_secret_id=SECRET, bcrypt_rounds=4)


@pytest.fixture
def accounts(store: AccountsStore, settings: AccountsSettings, clock: Clock) -> Accounts:
    return Accounts(store, settings, signing_key=lambda: KEY, clock=clock)

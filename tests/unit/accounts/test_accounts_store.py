"""Contract tests of the accounts data layer on the template's tables (moto, in-process)."""

from __future__ import annotations

from typing import Any

import pytest

from talent.accounts.passwords import verify_password
from talent.accounts.records import SessionRecord, UserRecord
from talent.accounts.service import Accounts
from talent.accounts.store import AccountsStore, EmailTaken, FailuresRaced, UserGone
from talent.errors import Unavailable
from talent_local.template import Template
from tests.unit.accounts.accounts_support import PASSWORD, Aws, CallCounter

NOW = 1_790_000_000
IP = "198.51.100.7"
LOGIN: dict[str, Any] = {"email": "ada@example.com", "source_ip": IP, "failures_seen": 0, "now_s": NOW}


def user(user_id: str = "u-1", email: str = "ada@example.com") -> UserRecord:
    return UserRecord(
        user_id=user_id, email=email, password_hash="$2b$04$" + "x" * 53, created_at="2026-01-01T00:00:00Z"
    )


def session(session_id: str = "s-1", user_id: str = "u-1", expires_at: int = NOW + 86400) -> SessionRecord:
    return SessionRecord(
        session_id=session_id, user_id=user_id, created_at="2026-01-02T00:00:00Z", expires_at=expires_at
    )


# ---- users and email uniqueness ----
def test_created_user_is_found_by_id_and_by_email(store: AccountsStore) -> None:
    store.create_user(user())
    assert store.get_user("u-1") == user()
    assert store.find_user_by_email("ada@example.com") == user()
    assert store.find_user_by_email("bob@example.com") is None
    assert store.get_user("u-2") is None


def test_user_and_email_guard_items(store: AccountsStore, aws: Aws) -> None:
    store.create_user(user())
    items = {item["pk"]["S"]: item for item in aws.user_items()}
    assert set(items) == {"USER#u-1", "EMAIL#ada@example.com"}
    assert items["EMAIL#ada@example.com"]["user_id"] == {"S": "u-1"}
    assert items["USER#u-1"]["email"] == {"S": "ada@example.com"}


def test_a_taken_email_is_refused_and_nothing_is_written(store: AccountsStore, aws: Aws) -> None:
    store.create_user(user())
    with pytest.raises(EmailTaken):
        store.create_user(user(user_id="u-2"))
    assert store.get_user("u-2") is None
    assert store.find_user_by_email("ada@example.com") == user()
    assert sorted(item["pk"]["S"] for item in aws.user_items()) == ["EMAIL#ada@example.com", "USER#u-1"]


def test_different_emails_make_different_users(store: AccountsStore) -> None:
    store.create_user(user())
    store.create_user(user(user_id="u-2", email="bob@example.com"))
    found = store.find_user_by_email("bob@example.com")
    assert found is not None
    assert found.user_id == "u-2"


def test_password_is_stored_only_as_a_bcrypt_hash(accounts: Accounts, aws: Aws) -> None:
    created = accounts.register("ada@example.com", PASSWORD)
    items = aws.user_items()
    text = repr(items)
    assert PASSWORD not in text
    assert PASSWORD.encode().hex() not in text
    (user_item,) = [item for item in items if item["pk"]["S"].startswith("USER#")]
    stored = user_item["password_hash"]["S"]
    assert stored.startswith("$2b$04$")
    assert verify_password(PASSWORD, stored, rounds=4)
    assert set(user_item) == {"pk", "user_id", "email", "password_hash", "created_at"}
    assert created.password_hash == stored


# ---- sessions ----
def test_session_is_linked_to_its_user_and_login_is_recorded(store: AccountsStore, aws: Aws) -> None:
    store.create_user(user())
    store.record_login_failure("ada@example.com", IP, NOW, memory_s=900, address_window_s=900)
    store.start_session(session(), **{**LOGIN, "failures_seen": 1})
    item = aws.dynamodb.get_item(TableName=aws.sessions_table, Key={"session_id": {"S": "s-1"}})["Item"]
    assert item == {
        "session_id": {"S": "s-1"},
        "user_id": {"S": "u-1"},
        "created_at": {"S": "2026-01-02T00:00:00Z"},
        "expires_at": {"N": str(NOW + 86400)},
    }
    stored_user = store.get_user("u-1")
    assert stored_user is not None
    assert stored_user.last_login == "2026-01-02T00:00:00Z"
    pair, address = store.get_login_failures("ada@example.com", IP)
    assert pair is None  # a success clears the (email, address) counter ...
    assert address is not None
    assert address.failures == 1


def test_session_expiry_is_the_tables_ttl_attribute(template: Template) -> None:
    for table in ("UsersTable", "SessionsTable"):
        ttl = template.resources[table]["Properties"]["TimeToLiveSpecification"]
        assert ttl == {"AttributeName": "expires_at", "Enabled": True}
    assert "expires_at" in SessionRecord.model_fields


def test_session_expiry_logic_does_not_wait_for_ttl() -> None:
    live = session(expires_at=NOW + 10)
    assert live.is_live(NOW)
    assert live.is_live(NOW + 9.99)
    assert not live.is_live(NOW + 10)
    assert not live.is_live(NOW + 3600)


def test_no_session_for_a_deleted_user(store: AccountsStore) -> None:
    with pytest.raises(UserGone):
        store.start_session(session(), **LOGIN)
    assert store.get_session("s-1") is None


def test_session_and_user_in_one_call_without_the_hash(store: AccountsStore, aws: Aws) -> None:
    store.create_user(user())
    store.start_session(session(), **LOGIN)
    counter = CallCounter().attach(aws.dynamodb)
    found_session, profile = store.get_session_and_user("s-1", "u-1")
    assert counter.calls == ["BatchGetItem"]
    assert found_session == session()
    assert profile is not None
    assert profile.model_dump() == {
        "user_id": "u-1",
        "email": "ada@example.com",
        "created_at": "2026-01-01T00:00:00Z",
        "last_login": "2026-01-02T00:00:00Z",
    }


def test_missing_session_or_user_come_back_as_none(store: AccountsStore) -> None:
    store.create_user(user())
    store.start_session(session(), **LOGIN)
    assert store.get_session_and_user("nope", "u-1")[0] is None
    assert store.get_session_and_user("s-1", "nobody")[1] is None
    store.delete_session("s-1")
    assert store.get_session_and_user("s-1", "u-1")[0] is None


class Unprocessing:
    """A DynamoDB client whose BatchGetItem leaves the users table unprocessed `times` times."""

    def __init__(self, client: Any, users_table: str, times: int) -> None:
        self._client = client
        self._users_table = users_table
        self.times = times
        self.exceptions = client.exceptions

    def batch_get_item(self, RequestItems: dict[str, Any]) -> dict[str, Any]:
        if self.times and self._users_table in RequestItems:
            self.times -= 1
            held = {self._users_table: RequestItems[self._users_table]}
            rest = {name: keys for name, keys in RequestItems.items() if name != self._users_table}
            response: dict[str, Any] = self._client.batch_get_item(RequestItems=rest) if rest else {}
            return {"Responses": response.get("Responses", {}), "UnprocessedKeys": held}
        result: dict[str, Any] = self._client.batch_get_item(RequestItems=RequestItems)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def test_unprocessed_keys_are_asked_for_once_more(store: AccountsStore, aws: Aws) -> None:
    store.create_user(user())
    store.start_session(session(), **LOGIN)
    flaky = AccountsStore(
        Unprocessing(aws.dynamodb, aws.users_table, times=1), aws.users_table, aws.sessions_table
    )
    found_session, profile = flaky.get_session_and_user("s-1", "u-1")
    assert found_session == session()
    assert profile is not None
    assert profile.user_id == "u-1"


def test_keys_left_unprocessed_twice_are_an_error_not_a_missing_user(store: AccountsStore, aws: Aws) -> None:
    store.create_user(user())
    store.start_session(session(), **LOGIN)
    flaky = AccountsStore(
        Unprocessing(aws.dynamodb, aws.users_table, times=2), aws.users_table, aws.sessions_table
    )
    with pytest.raises(Unavailable):
        flaky.get_session_and_user("s-1", "u-1")


# ---- failed logins ----
def failure(store: AccountsStore, now: int, email: str = "ada@example.com", ip: str = IP) -> tuple[Any, Any]:
    return store.record_login_failure(email, ip, now, memory_s=86400, address_window_s=900)


def test_failures_count_up_per_pair_and_per_address(store: AccountsStore, aws: Aws) -> None:
    pairs = [failure(store, NOW + i)[0] for i in range(4)]
    assert [(c.failures, c.last_failure_at, c.expires_at) for c in pairs] == [
        (n + 1, NOW + n, NOW + n + 86400)
        for n in range(4)  # the pair's window slides with each failure
    ]
    _, address = failure(store, NOW + 10, email="bob@example.com")
    assert (address.failures, address.expires_at) == (5, NOW + 900)  # a fixed window from the first
    keys = {item["pk"]["S"] for item in aws.user_items()}
    assert keys == {f"LOGINFAIL#{IP}#ada@example.com", f"LOGINFAIL#{IP}#bob@example.com", f"LOGINFAILIP#{IP}"}
    assert store.get_login_failures("ada@example.com", IP) == (pairs[-1], address)
    assert store.get_login_failures("ada@example.com", "203.0.113.9") == (None, None)


def test_a_window_past_its_end_restarts_even_before_ttl_deletes_it(store: AccountsStore) -> None:
    for _ in range(5):
        failure(store, NOW)
    _, restarted = failure(store, NOW + 900)
    assert (restarted.failures, restarted.expires_at) == (1, NOW + 1800)
    pair, _ = failure(store, NOW + 90_000)
    assert (pair.failures, pair.expires_at) == (1, NOW + 90_000 + 86400)


def test_a_success_does_not_clear_failures_recorded_after_its_check(store: AccountsStore) -> None:
    store.create_user(user())
    for _ in range(3):
        failure(store, NOW)
    with pytest.raises(FailuresRaced):
        store.start_session(session(), **{**LOGIN, "failures_seen": 2})
    assert store.get_session("s-1") is None  # nothing of the transaction was written
    store.start_session(session(), **{**LOGIN, "failures_seen": 3})
    assert store.get_login_failures("ada@example.com", IP)[0] is None

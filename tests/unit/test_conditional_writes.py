"""Every store reads a failed condition or a cancelled transaction from the error's code, never from its
client's exception classes (tests/unit/another_build.py says why)."""

from __future__ import annotations

import pytest

from talent.accounts.records import SessionRecord, UserRecord
from talent.accounts.store import AccountsStore, EmailTaken, FailuresRaced, UserGone
from talent.errors import Unavailable
from talent.projects.quota_store import RunQuotaStore
from talent.projects.store import ProjectsStore
from tests.unit.another_build import ClientOfAnotherBuild


def test_the_run_quota_refuses_a_start_and_a_release_whose_condition_failed() -> None:
    quota = RunQuotaStore(ClientOfAnotherBuild(), "RunQuotaTable")
    assert quota.try_take("u", "p", now_s=0, slot_expires_at=60, max_running=3, max_started=10) is False
    assert quota.release("u", "p", also_start=True) is False


def test_a_project_update_whose_condition_failed_is_false() -> None:
    projects = ProjectsStore(ClientOfAnotherBuild(), "ProjectsTable")
    assert projects.update_project("p", {"status": "completed"}, while_running=True) is False


def test_a_login_counter_that_keeps_losing_its_race_is_unavailable() -> None:
    accounts = AccountsStore(ClientOfAnotherBuild(), "UsersTable", "SessionsTable")
    with pytest.raises(Unavailable):
        accounts.record_registration("203.0.113.9", 1_800_000_000, 3600)


def test_a_taken_email_is_read_from_the_cancelled_transaction() -> None:
    accounts = AccountsStore(ClientOfAnotherBuild(cancelled_at=0), "UsersTable", "SessionsTable")
    user = UserRecord(user_id="u", email="a@example.com", password_hash="$2b$x", created_at="2026-01-01")
    with pytest.raises(EmailTaken):
        accounts.create_user(user)


@pytest.mark.parametrize(("cancelled_at", "error"), [(1, UserGone), (2, FailuresRaced)])
def test_a_login_transaction_cancelled_by_its_user_or_its_counter_says_which(
    cancelled_at: int, error: type[Exception]
) -> None:
    accounts = AccountsStore(ClientOfAnotherBuild(cancelled_at=cancelled_at), "UsersTable", "SessionsTable")
    session = SessionRecord(session_id="s", user_id="u", created_at="2026-01-01", expires_at=1_800_000_000)
    with pytest.raises(error):
        accounts.start_session(
            session, email="a@example.com", source_ip="203.0.113.9", failures_seen=0, now_s=0
        )

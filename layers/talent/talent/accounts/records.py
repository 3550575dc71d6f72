"""The items of the users and sessions tables, as the accounts code sees them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class UserRecord(BaseModel):
    """USER#<user_id> in the users table. `password_hash` is a bcrypt string, never the password."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    user_id: str
    email: str
    password_hash: str
    created_at: str
    last_login: str | None = None


class UserProfile(BaseModel):
    """What an authenticated request needs of its user: the user item without the password hash."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    user_id: str
    email: str
    created_at: str
    last_login: str | None = None


class SessionRecord(BaseModel):
    """One item of the sessions table. `expires_at` (epoch seconds) is also the table's TTL attribute;
    TTL deletes lazily (up to days late), so readers must compare it to the clock themselves."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    session_id: str
    user_id: str
    created_at: str
    expires_at: int

    def is_live(self, now_s: float) -> bool:
        return now_s < self.expires_at


class FailureCounter(BaseModel):
    """Failed logins counted for one (email, address) pair or one address: how many, the latest one's
    time and when the counter ends (epoch seconds; also the item's TTL)."""

    model_config = ConfigDict(frozen=True)

    failures: int
    last_failure_at: int
    expires_at: int

    def is_live(self, now_s: int) -> bool:
        return now_s < self.expires_at

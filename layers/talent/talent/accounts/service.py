"""Account use cases: register, login, logout, and authenticating a bearer token.

They raise `talent.api.errors` types (Conflict, InvalidField, Unauthorized, TooManyRequests); the
resolver turns those into the JSON error model. Nothing here logs an email, a password or a token.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from aws_lambda_powertools import Logger

from talent.accounts import tokens
from talent.accounts.records import SessionRecord, UserProfile, UserRecord
from talent.accounts.store import AccountsStore, EmailTaken, UserGone
from talent.api.errors import Conflict, InvalidField, TooManyRequests, Unauthorized
from talent.clock import iso_utc
from talent.settings import Settings, get_settings

logger = Logger()

# One message for a wrong password and an unknown email, so the answer tells nothing about accounts.
INVALID_CREDENTIALS = "Invalid email or password"
LOCKED_OUT = "Too many failed logins for this email; try again later"


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    expires_in: int
    user_id: str
    session_id: str


@dataclass(frozen=True)
class Principal:
    """Who an authenticated request comes from: the user (no password hash) and the session."""

    user: UserProfile
    session: SessionRecord


class Accounts:
    def __init__(
        self,
        store: AccountsStore,
        settings: Settings,
        signing_key: Callable[[], bytes],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.settings = settings
        self.signing_key = signing_key
        self.clock = clock

    def register(self, email: str, password: str) -> UserRecord:
        """Create an account for a normalised `email`. 422 on a weak password, 409 on a taken email."""
        from talent.accounts import passwords  # lazy: protected routes of other functions never load bcrypt

        try:
            passwords.check_policy(password, email)
        except passwords.PasswordPolicyError as error:
            raise InvalidField("body.password", error.message, error.kind) from None
        user = UserRecord(
            user_id=str(uuid.uuid4()),
            email=email,
            password_hash=passwords.hash_password(password, self.settings.bcrypt_rounds),
            created_at=iso_utc(self.clock()),
        )
        try:
            self.store.create_user(user)
        except EmailTaken:
            raise Conflict("An account with this email already exists") from None
        logger.info("account registered", extra={"user_id": user.user_id})
        return user

    def login(self, email: str, password: str) -> IssuedToken:
        """A new session and its access token.

        The attempt is counted before the password is checked (one atomic ADD), so parallel guesses
        cannot slip past the limit; a success deletes the counter, so what remains counts failures.
        Beyond `login_max_failures` in the window the answer is 429 until the lock ends, even with
        the right password. An unknown email costs the same bcrypt time as a wrong password."""
        from talent.accounts import passwords

        settings = self.settings
        now = int(self.clock())
        attempts = self.store.count_login_attempt(email, now, settings.login_lockout_seconds)
        if attempts.count > settings.login_max_failures:
            logger.info("login refused: locked out")
            raise TooManyRequests(LOCKED_OUT, retry_after_s=attempts.expires_at - now)
        user = self.store.find_user_by_email(email)
        stored_hash = user.password_hash if user else None
        if not passwords.verify_password(password, stored_hash, settings.bcrypt_rounds) or user is None:
            if attempts.count == settings.login_max_failures:
                # This failure completes the set: the lock lasts the full period from now.
                self.store.lock_until(email, now + settings.login_lockout_seconds)
            logger.info("login failed", extra={"failures_in_window": attempts.count})
            raise Unauthorized(INVALID_CREDENTIALS)
        rehashed = None
        if passwords.needs_rehash(user.password_hash, settings.bcrypt_rounds):
            rehashed = passwords.hash_password(password, settings.bcrypt_rounds)
        session = SessionRecord(
            session_id=str(uuid.uuid4()),
            user_id=user.user_id,
            created_at=iso_utc(now),
            expires_at=now + settings.token_ttl_seconds,
        )
        try:
            self.store.start_session(session, email=email, new_password_hash=rehashed)
        except UserGone:
            raise Unauthorized(INVALID_CREDENTIALS) from None
        token, _ = tokens.issue_token(
            user_id=user.user_id,
            session_id=session.session_id,
            now_s=now,
            ttl_s=settings.token_ttl_seconds,
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
            key=self.signing_key(),
        )
        logger.info("login succeeded", extra={"user_id": user.user_id, "session_id": session.session_id})
        return IssuedToken(token, settings.token_ttl_seconds, user.user_id, session.session_id)

    def authenticate(self, token: str) -> Principal:
        """The principal behind a bearer token, or Unauthorized.

        Valid HS256 signature with every claim, not expired, the session still there, owned by
        `sub` and not past its expiry, and the user still there. One BatchGetItem (two at worst)."""
        settings = self.settings
        try:
            claims = tokens.decode_token(
                token, issuer=settings.jwt_issuer, audience=settings.jwt_audience, key=self.signing_key()
            )
        except tokens.InvalidToken as error:
            return self._reject(str(error))
        session, user = self.store.get_session_and_user(claims.jti, claims.sub)
        if session is None:
            return self._reject("no such session (logged out or expired)")
        if session.user_id != claims.sub:
            return self._reject("the session belongs to another user")
        if not session.is_live(self.clock()):
            return self._reject("the session has expired")
        if user is None:
            return self._reject("the user no longer exists")
        return Principal(user=user, session=session)

    def logout(self, session_id: str, user_id: str) -> None:
        """Delete the session: its token is refused from the next request on."""
        self.store.delete_session(session_id)
        logger.info("logged out", extra={"user_id": user_id, "session_id": session_id})

    @staticmethod
    def _reject(reason: str) -> Principal:
        logger.info("bearer token rejected", extra={"reason": reason})
        raise Unauthorized()


@cache
def get_accounts() -> Accounts:
    """The accounts use cases wired to this function's tables and secret (once per cold start)."""
    from talent.aws import client

    settings = get_settings()
    store = AccountsStore(client("dynamodb"), settings.users_table, settings.sessions_table)
    return Accounts(store, settings, signing_key=lambda: tokens.signing_key(settings.jwt_secret_id))

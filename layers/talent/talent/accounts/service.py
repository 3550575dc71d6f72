"""Account use cases: register, login, logout, and authenticating a bearer token.

They raise domain errors (`talent.errors`: ConflictError, InvalidInput, Unauthenticated, Throttled);
the API layer maps them to HTTP statuses and the JSON error model. Nothing here logs an email, a
password, a token or a source address.

The login throttle counts failures only, so any number of parallel correct logins succeed:
- per (email, source address), a progressive delay: after the first `login_free_failures` failures,
  each further one makes that address wait `login_delay_s` (1, 2, 4 ... seconds, at most 15 minutes)
  before it may try that email again. Nobody can lock a user out from another address;
- per source address, across emails, a budget: `login_address_max_failures` failures in
  `login_address_window_seconds` refuse every login from it until the window ends, so one client cannot
  try a password over many emails.
An attempt the counters already refuse is a 429 with Retry-After and spends no bcrypt time. Otherwise
the answer is decided after the password check, so it cannot tell a right password from a wrong one
once the free failures are spent: a wrong one adds to the counters atomically (UpdateItem ADD) and is a
401 only while the counts it gets back are within the budgets, else a 429; a right one reads the
counters again (consistently) and is a 429 if they throttle it, else its session is written, on
condition that no failure was recorded since. So a burst of parallel guesses gets at most the free
failures' 401s; every other answer, the right password's included, is the same 429. If the right one
succeeds first, its session deletes the counter as every login does, and the guesses decided after it
(whose sender holds the password) start a new count.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import NoReturn

from aws_lambda_powertools import Logger

from talent.accounts import tokens
from talent.accounts.records import FailureCounter, SessionRecord, UserProfile, UserRecord
from talent.accounts.store import AccountsStore, EmailTaken, FailuresRaced, UserGone
from talent.clock import iso_utc
from talent.errors import ConflictError, InvalidInput, Throttled, Unauthenticated, Unavailable
from talent.settings import AccountPolicy, AccountsSettings, get_settings

logger = Logger()

# One message for a wrong password and an unknown email, so the answer tells nothing about accounts.
INVALID_CREDENTIALS = "Invalid email or password"
THROTTLED = "Too many failed logins; try again after the time in Retry-After"
UNKNOWN_ADDRESS = "unknown"
REGISTRATIONS_THROTTLED = "Too many registrations from this address; try again after the time in Retry-After"


def login_delay_s(failures: int, settings: AccountPolicy) -> int:
    """Seconds an address must wait after its `failures`-th failed login for one email before it may
    try that email again: 0 for the first `login_free_failures - 1`, then base, 2 x base, 4 x base ...,
    at most `login_delay_max_seconds`."""
    extra = failures - settings.login_free_failures
    if extra < 0:
        return 0
    return min(settings.login_delay_base_seconds * (1 << min(extra, 32)), settings.login_delay_max_seconds)


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
        settings: AccountPolicy,
        signing_key: Callable[[], bytes],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.settings = settings
        self.signing_key = signing_key
        self.clock = clock

    def register(self, email: str, password: str, source_ip: str = UNKNOWN_ADDRESS) -> UserRecord:
        """Create an account for a normalised `email`. 422 on a weak password, 409 on a taken email,
        429 past `register_address_max` registrations from `source_ip` in its window (every attempt
        that passes validation counts, 409s included: each costs a bcrypt hash and tells whether an
        email has an account)."""
        from talent.accounts import passwords  # lazy: protected routes of other functions never load bcrypt

        try:
            passwords.check_policy(password, email)
        except passwords.PasswordPolicyError as error:
            raise InvalidInput("body.password", error.message, error.kind) from None
        self._count_registration(source_ip)
        user = UserRecord(
            user_id=str(uuid.uuid4()),
            email=email,
            password_hash=passwords.hash_password(password, self.settings.bcrypt_rounds),
            created_at=iso_utc(self.clock()),
        )
        try:
            self.store.create_user(user)
        except EmailTaken:
            raise ConflictError("An account with this email already exists") from None
        logger.info("account registered", extra={"user_id": user.user_id})
        return user

    def _count_registration(self, source_ip: str) -> None:
        settings = self.settings
        now = int(self.clock())
        attempts = self.store.record_registration(source_ip, now, settings.register_address_window_seconds)
        if attempts.failures > settings.register_address_max:
            logger.info("registration refused by the per-address throttle")
            raise Throttled(
                REGISTRATIONS_THROTTLED,
                retry_after_s=attempts.expires_at - now,
                details=[
                    {
                        "field": "quota.registrations_per_address",
                        "message": f"at most {settings.register_address_max} registrations from one "
                        f"address within {settings.register_address_window_seconds // 60} minutes",
                        "type": "registrations_per_address_exceeded",
                    }
                ],
            )

    def login(self, email: str, password: str, source_ip: str = UNKNOWN_ADDRESS) -> IssuedToken:
        """A new session and its access token; 401 for a wrong password or unknown email while the
        failures are within the budgets, 429 once they are not (module docstring).

        An unknown email costs the same bcrypt time as a wrong password and is counted the same way."""
        from talent.accounts import passwords

        settings = self.settings
        now = int(self.clock())
        self._refuse_while_throttled(*self.store.get_login_failures(email, source_ip), now)
        user = self.store.find_user_by_email(email)
        stored_hash = user.password_hash if user else None
        if not passwords.verify_password(password, stored_hash, settings.bcrypt_rounds) or user is None:
            self._fail(email, source_ip, now)
        # The right password: what the counters say now decides, failures of parallel guesses included.
        pair, address = self.store.get_login_failures(email, source_ip)
        self._refuse_while_throttled(pair, address, now)
        rehashed = None
        if passwords.needs_rehash(user.password_hash, settings.bcrypt_rounds):
            rehashed = passwords.hash_password(password, settings.bcrypt_rounds)
        session = SessionRecord(
            session_id=str(uuid.uuid4()),
            user_id=user.user_id,
            created_at=iso_utc(now),
            expires_at=now + settings.token_ttl_seconds,
        )
        self._start_session(session, email, source_ip, pair, now, rehashed)
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

    def _fail(self, email: str, source_ip: str, now: int) -> NoReturn:
        """Count a wrong password (atomically) and answer from the counts it got: 401 while both are
        within their budgets, else 429 with the wait they decide."""
        settings = self.settings
        pair, address = self.store.record_login_failure(
            email,
            source_ip,
            now,
            memory_s=settings.login_failure_memory_seconds,
            address_window_s=settings.login_address_window_seconds,
        )
        logger.info("login failed", extra={"failures_for_this_email_and_address": pair.failures})
        within = (
            pair.failures <= settings.login_free_failures
            and address.failures <= settings.login_address_max_failures
        )
        if within:
            raise Unauthenticated(INVALID_CREDENTIALS)
        raise Throttled(THROTTLED, retry_after_s=self.retry_after_s(pair, address, now))

    def retry_after_s(self, pair: FailureCounter | None, address: FailureCounter | None, now: int) -> int:
        """Seconds until a login for this (email, address) may be tried; 0 when it may now."""
        settings = self.settings
        wait = 0
        if (
            address is not None
            and address.is_live(now)
            and address.failures >= settings.login_address_max_failures
        ):
            wait = address.expires_at - now
        if pair is not None and pair.is_live(now):
            wait = max(wait, pair.last_failure_at + login_delay_s(pair.failures, settings) - now)
        return wait

    def _refuse_while_throttled(
        self, pair: FailureCounter | None, address: FailureCounter | None, now: int
    ) -> None:
        wait = self.retry_after_s(pair, address, now)
        if wait > 0:
            logger.info("login refused: throttled", extra={"retry_after_s": wait})
            raise Throttled(THROTTLED, retry_after_s=wait)

    def _start_session(
        self,
        session: SessionRecord,
        email: str,
        source_ip: str,
        pair: FailureCounter | None,
        now: int,
        rehashed: str | None,
    ) -> None:
        """Write the session unless failures recorded meanwhile for this (email, address) throttle it."""
        for _ in range(3):
            seen = pair.failures if pair is not None else 0
            try:
                self.store.start_session(
                    session,
                    email=email,
                    source_ip=source_ip,
                    failures_seen=seen,
                    now_s=now,
                    new_password_hash=rehashed,
                )
                return
            except UserGone:
                raise Unauthenticated(INVALID_CREDENTIALS) from None
            except FailuresRaced:
                pair, address = self.store.get_login_failures(email, source_ip)
                self._refuse_while_throttled(pair, address, now)
        raise Unavailable("The login could not be completed; try again")

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
        raise Unauthenticated()


@cache
def get_accounts() -> Accounts:
    """The accounts use cases wired to this function's tables and secret (once per cold start)."""
    from talent.aws import client

    settings = get_settings(AccountsSettings)
    store = AccountsStore(client("dynamodb"), settings.users_table, settings.sessions_table)
    return Accounts(store, settings, signing_key=lambda: tokens.signing_key(settings.jwt_secret_id))

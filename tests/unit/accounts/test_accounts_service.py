"""Account use cases on moto: register, login (lockout, same answer for unknown users), authenticate."""

from __future__ import annotations

import time

import jwt
import pytest
from accounts_support import KEY, OTHER_KEY, PASSWORD, Clock

from talent.accounts.emails import normalise_email
from talent.accounts.passwords import hash_cost, verify_password
from talent.accounts.service import INVALID_CREDENTIALS, Accounts
from talent.accounts.store import AccountsStore
from talent.api.errors import Conflict, InvalidField, TooManyRequests, Unauthorized
from talent.settings import Settings

EMAIL = "ada@example.com"


def login_error(accounts: Accounts, email: str, password: str) -> Unauthorized | TooManyRequests:
    with pytest.raises((Unauthorized, TooManyRequests)) as raised:
        accounts.login(email, password)
    error = raised.value
    assert isinstance(error, Unauthorized | TooManyRequests)
    return error


# ---- emails ----
@pytest.mark.parametrize(
    ("raw", "normalised"),
    [("Ada@Example.COM", "ada@example.com"), ("  ada@example.com ", "ada@example.com")],
)
def test_email_is_normalised_to_lower_case(raw: str, normalised: str) -> None:
    assert normalise_email(raw) == normalised


@pytest.mark.parametrize("bad", ["ada", "ada@", "@example.com", "ada@@example.com", "ada@exa mple.com"])
def test_invalid_email_says_why(bad: str) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        normalise_email(bad)


def test_a_local_part_over_64_bytes_is_refused() -> None:
    # RFC 5321 4.5.3.1.1 (issue 15: 65 characters were accepted).
    assert normalise_email("a" * 64 + "@example.com") == "a" * 64 + "@example.com"
    with pytest.raises(ValueError, match=r"before the @-sign is too long \(65 bytes; at most 64\)"):
        normalise_email("a" * 65 + "@example.com")
    with pytest.raises(ValueError, match=r"\(66 bytes; at most 64\)"):
        normalise_email("é" * 33 + "@example.com")  # 33 characters, 66 bytes of UTF-8


# ---- register ----
def test_register_returns_the_new_user(accounts: Accounts) -> None:
    created = accounts.register(EMAIL, PASSWORD)
    assert created.email == EMAIL
    assert created.last_login is None
    assert accounts.store.get_user(created.user_id) == created


def test_register_refuses_a_weak_password_with_the_field(accounts: Accounts) -> None:
    with pytest.raises(InvalidField) as raised:
        accounts.register(EMAIL, "qwertyuiop")
    assert raised.value.status_code == 422
    assert raised.value.details == [
        {
            "field": "body.password",
            "message": raised.value.details[0]["message"],
            "type": "password_too_common",
        }
    ]
    assert accounts.store.find_user_by_email(EMAIL) is None


def test_register_twice_is_a_conflict(accounts: Accounts) -> None:
    first = accounts.register(EMAIL, PASSWORD)
    with pytest.raises(Conflict):
        accounts.register(EMAIL, "another good password")
    assert accounts.store.find_user_by_email(EMAIL) == first


# ---- login ----
def test_login_issues_a_token_for_a_new_session(accounts: Accounts, settings: Settings) -> None:
    created = accounts.register(EMAIL, PASSWORD)
    issued = accounts.login(EMAIL, PASSWORD)
    assert issued.expires_in == settings.token_ttl_seconds == 86400
    claims = jwt.decode(issued.access_token, KEY, algorithms=["HS256"], audience=settings.jwt_audience)
    assert claims["sub"] == created.user_id
    assert claims["jti"] == issued.session_id
    assert claims["iss"] == settings.jwt_issuer
    session = accounts.store.get_session(issued.session_id)
    assert session is not None
    assert session.user_id == created.user_id
    assert session.expires_at == claims["exp"]


def test_each_login_is_its_own_session(accounts: Accounts) -> None:
    accounts.register(EMAIL, PASSWORD)
    first, second = accounts.login(EMAIL, PASSWORD), accounts.login(EMAIL, PASSWORD)
    assert first.session_id != second.session_id
    assert accounts.authenticate(first.access_token).session.session_id == first.session_id
    assert accounts.authenticate(second.access_token).session.session_id == second.session_id


def test_wrong_password_and_unknown_email_get_the_same_answer(accounts: Accounts) -> None:
    accounts.register(EMAIL, PASSWORD)
    wrong = login_error(accounts, EMAIL, "not the password at all")
    unknown = login_error(accounts, "nobody@example.com", PASSWORD)
    assert type(wrong) is type(unknown) is Unauthorized
    assert (wrong.status_code, wrong.code, wrong.message, wrong.details, wrong.headers) == (
        unknown.status_code,
        unknown.code,
        unknown.message,
        unknown.details,
        unknown.headers,
    )
    assert wrong.message == INVALID_CREDENTIALS


def test_unknown_email_takes_about_as_long_as_a_wrong_password(
    store: AccountsStore, settings: Settings
) -> None:
    slow = Accounts(store, settings.model_copy(update={"bcrypt_rounds": 10}), signing_key=lambda: KEY)
    slow.register(EMAIL, PASSWORD)

    def timed(email: str) -> float:
        started = time.perf_counter()
        login_error(slow, email, "not the password at all")
        return time.perf_counter() - started

    # Interleaved, so machine load hits both alike; without the dummy check the ratio is about 0.05.
    pairs = [(timed(EMAIL), timed(f"nobody{i}@example.com")) for i in range(3)]
    wrong, unknown = min(p[0] for p in pairs), min(p[1] for p in pairs)
    assert 0.25 < unknown / wrong < 4.0, (unknown, wrong)


def test_login_upgrades_a_hash_of_another_cost(store: AccountsStore, settings: Settings) -> None:
    Accounts(store, settings, signing_key=lambda: KEY).register(EMAIL, PASSWORD)
    stronger = Accounts(store, settings.model_copy(update={"bcrypt_rounds": 5}), signing_key=lambda: KEY)
    stronger.login(EMAIL, PASSWORD)
    user = store.find_user_by_email(EMAIL)
    assert user is not None
    assert hash_cost(user.password_hash) == 5
    assert verify_password(PASSWORD, user.password_hash, rounds=5)
    stronger.login(EMAIL, PASSWORD)


# ---- lockout ----
def test_five_failures_lock_the_email_even_for_the_right_password(accounts: Accounts, clock: Clock) -> None:
    accounts.register(EMAIL, PASSWORD)
    for _ in range(5):
        assert isinstance(login_error(accounts, EMAIL, "wrong password here"), Unauthorized)
        clock.advance(10)
    locked = login_error(accounts, EMAIL, PASSWORD)
    assert isinstance(locked, TooManyRequests)
    assert locked.status_code == 429
    # The lock runs 15 minutes from the fifth failure (10 s ago).
    assert locked.headers == {"Retry-After": "890"}
    clock.advance(889)
    assert isinstance(login_error(accounts, EMAIL, PASSWORD), TooManyRequests)
    clock.advance(1)
    assert accounts.login(EMAIL, PASSWORD).access_token


def test_unknown_emails_lock_the_same_way(accounts: Accounts) -> None:
    for _ in range(5):
        assert isinstance(login_error(accounts, "nobody@example.com", PASSWORD), Unauthorized)
    assert isinstance(login_error(accounts, "nobody@example.com", PASSWORD), TooManyRequests)


def test_a_success_resets_the_count(accounts: Accounts) -> None:
    accounts.register(EMAIL, PASSWORD)
    for _ in range(4):
        login_error(accounts, EMAIL, "wrong password here")
    accounts.login(EMAIL, PASSWORD)
    for _ in range(5):
        assert isinstance(login_error(accounts, EMAIL, "wrong password here"), Unauthorized)
    assert isinstance(login_error(accounts, EMAIL, PASSWORD), TooManyRequests)


def test_failures_in_different_windows_do_not_add_up(accounts: Accounts, clock: Clock) -> None:
    accounts.register(EMAIL, PASSWORD)
    for _ in range(4):
        login_error(accounts, EMAIL, "wrong password here")
    clock.advance(15 * 60)
    for _ in range(4):
        login_error(accounts, EMAIL, "wrong password here")
    assert accounts.login(EMAIL, PASSWORD).access_token


def test_lockout_is_per_email(accounts: Accounts) -> None:
    accounts.register(EMAIL, PASSWORD)
    accounts.register("bob@example.com", PASSWORD)
    for _ in range(6):
        login_error(accounts, EMAIL, "wrong password here")
    assert accounts.login("bob@example.com", PASSWORD).access_token


# ---- authenticate and logout ----
def test_authenticate_returns_the_user_and_session(accounts: Accounts) -> None:
    created = accounts.register(EMAIL, PASSWORD)
    issued = accounts.login(EMAIL, PASSWORD)
    principal = accounts.authenticate(issued.access_token)
    assert principal.user.user_id == created.user_id
    assert principal.user.email == EMAIL
    assert principal.user.last_login is not None
    assert principal.session.session_id == issued.session_id


def test_logout_revokes_the_token_at_once(accounts: Accounts) -> None:
    accounts.register(EMAIL, PASSWORD)
    issued = accounts.login(EMAIL, PASSWORD)
    accounts.logout(issued.session_id, issued.user_id)
    with pytest.raises(Unauthorized):
        accounts.authenticate(issued.access_token)


def test_a_session_past_its_expiry_is_refused_before_ttl_deletes_it(accounts: Accounts, clock: Clock) -> None:
    accounts.register(EMAIL, PASSWORD)
    issued = accounts.login(EMAIL, PASSWORD)
    clock.advance(86400)  # the session item is still there (TTL is lazy); the token itself is not checked
    assert accounts.store.get_session(issued.session_id) is not None
    with pytest.raises(Unauthorized):
        accounts.authenticate(issued.access_token)


def test_a_deleted_user_is_refused(accounts: Accounts, store: AccountsStore) -> None:
    created = accounts.register(EMAIL, PASSWORD)
    issued = accounts.login(EMAIL, PASSWORD)
    store.client.delete_item(TableName=store.users_table, Key={"pk": {"S": f"USER#{created.user_id}"}})
    with pytest.raises(Unauthorized):
        accounts.authenticate(issued.access_token)


def test_a_session_of_another_user_is_refused(accounts: Accounts, settings: Settings) -> None:
    ada = accounts.register(EMAIL, PASSWORD)
    accounts.register("bob@example.com", PASSWORD)
    bobs = accounts.login("bob@example.com", PASSWORD)
    now = int(time.time())
    claims = {"sub": ada.user_id, "jti": bobs.session_id, "iat": now, "exp": now + 60}
    claims |= {"iss": settings.jwt_issuer, "aud": settings.jwt_audience}
    with pytest.raises(Unauthorized):
        accounts.authenticate(jwt.encode(claims, KEY, algorithm="HS256"))


@pytest.mark.parametrize("case", ["other key", "alg none", "missing jti", "expired"])
def test_bad_tokens_are_refused_with_the_same_error(
    accounts: Accounts, settings: Settings, case: str
) -> None:
    accounts.register(EMAIL, PASSWORD)
    good = accounts.login(EMAIL, PASSWORD)
    claims = jwt.decode(good.access_token, KEY, algorithms=["HS256"], audience=settings.jwt_audience)
    tokens = {
        "other key": jwt.encode(claims, OTHER_KEY, algorithm="HS256"),
        "alg none": jwt.encode(claims, None, algorithm="none"),
        "missing jti": jwt.encode({k: v for k, v in claims.items() if k != "jti"}, KEY, algorithm="HS256"),
        "expired": jwt.encode(claims | {"exp": int(time.time()) - 1}, KEY, algorithm="HS256"),
    }
    with pytest.raises(Unauthorized) as raised:
        accounts.authenticate(tokens[case])
    assert raised.value.message == Unauthorized().message
    assert raised.value.headers["WWW-Authenticate"].startswith("Bearer")
    assert accounts.authenticate(good.access_token).session.session_id == good.session_id

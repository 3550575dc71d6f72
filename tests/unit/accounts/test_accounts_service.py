"""Account use cases on moto: register, login (throttle, same answer for unknown users), authenticate."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import jwt
import pytest

from talent.accounts.emails import normalise_email
from talent.accounts.passwords import hash_cost, verify_password
from talent.accounts.service import INVALID_CREDENTIALS, Accounts, login_delay_s
from talent.accounts.store import AccountsStore
from talent.api.errors import ApiError, TooManyRequests, Unauthorized, http_error
from talent.errors import ConflictError, InvalidInput, Throttled, Unauthenticated
from talent.settings import AccountsSettings
from tests.unit.accounts.accounts_support import KEY, OTHER_KEY, PASSWORD, Clock

EMAIL = "ada@example.com"


def login_error(accounts: Accounts, email: str, password: str) -> ApiError:
    """The refusal, as the API answers it (talent.api.errors.http_error)."""
    with pytest.raises((Unauthenticated, Throttled)) as raised:
        accounts.login(email, password)
    error = raised.value
    assert isinstance(error, Unauthenticated | Throttled)
    return http_error(error)


# ---- emails ----
@pytest.mark.parametrize(
    ("raw", "normalised"),
    [("Ada@Example.COM", "ada@example.com"), ("  ada@example.com ", "ada@example.com")],
)
def test_email_is_normalised_to_lower_case(raw: str, normalised: str) -> None:
    assert normalise_email(raw) == normalised


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("\uff44up@example.com", "dup@example.com"),  # fullwidth d (the tester's duplicate account)
        ("\uff24\uff35\uff30@\uff25xample.com", "dup@example.com"),  # fullwidth capitals, domain too
        ("\ufb01le@example.com", "file@example.com"),  # the fi ligature
        ("dup\u212a@example.com", "dupk@example.com"),  # the Kelvin sign
        ("Stra\u00dfe@example.com", "strasse@example.com"),  # casefold, not lower: \u00df is ss
        ("Ma\u0301rio@example.com", "m\u00e1rio@example.com"),  # a combining accent composes
    ],
)
def test_the_whole_address_is_nfkc_casefolded(raw: str, normalised: str) -> None:
    # Issue 15 (second round): the local part was only lower-cased, so "\uff44up@example.com" was an
    # account of its own beside "dup@example.com".
    assert normalise_email(raw) == normalised


def test_a_fullwidth_at_sign_is_an_at_sign() -> None:
    # NFKC first, then the syntax check: "du\uff20p@example.com" has two @-signs, so it is no address.
    with pytest.raises(ValueError, match=r"\w"):
        normalise_email("du\uff20p@example.com")


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
    with pytest.raises(InvalidInput) as raised:
        accounts.register(EMAIL, "qwertyuiop")
    answered = http_error(raised.value)
    assert answered.status_code == 422
    assert answered.details == [
        {
            "field": "body.password",
            "message": answered.details[0]["message"],
            "type": "password_too_common",
        }
    ]
    assert accounts.store.find_user_by_email(EMAIL) is None


def test_register_twice_is_a_conflict(accounts: Accounts) -> None:
    first = accounts.register(EMAIL, PASSWORD)
    with pytest.raises(ConflictError):
        accounts.register(EMAIL, "another good password")
    assert accounts.store.find_user_by_email(EMAIL) == first


# ---- login ----
def test_login_issues_a_token_for_a_new_session(accounts: Accounts, settings: AccountsSettings) -> None:
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
    store: AccountsStore, settings: AccountsSettings
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


def test_login_upgrades_a_hash_of_another_cost(store: AccountsStore, settings: AccountsSettings) -> None:
    Accounts(store, settings, signing_key=lambda: KEY).register(EMAIL, PASSWORD)
    stronger = Accounts(store, settings.model_copy(update={"bcrypt_rounds": 5}), signing_key=lambda: KEY)
    stronger.login(EMAIL, PASSWORD)
    user = store.find_user_by_email(EMAIL)
    assert user is not None
    assert hash_cost(user.password_hash) == 5
    assert verify_password(PASSWORD, user.password_hash, rounds=5)
    stronger.login(EMAIL, PASSWORD)


# ---- the login throttle (issue 15) ----
A, B = "198.51.100.7", "203.0.113.9"  # two source addresses


def fail(accounts: Accounts, times: int, email: str = EMAIL, source_ip: str = A) -> list[int]:
    """`times` wrong passwords, each after waiting out the delay the throttle decided (on the use
    cases' clock), as a patient guesser would; the statuses they got."""
    statuses = []
    for _ in range(times):
        pair, address = accounts.store.get_login_failures(email, source_ip)
        wait = accounts.retry_after_s(pair, address, int(accounts.clock()))
        if wait > 0:
            assert isinstance(accounts.clock, Clock)
            accounts.clock.advance(wait)
        with pytest.raises((Unauthenticated, Throttled)) as raised:
            accounts.login(email, "wrong password here", source_ip)
        statuses.append(http_error(raised.value).status_code)
    return statuses


def refused(accounts: Accounts, email: str = EMAIL, source_ip: str = A) -> ApiError:
    with pytest.raises(Throttled) as raised:
        accounts.login(email, PASSWORD, source_ip)
    answered = http_error(raised.value)
    assert answered.status_code == 429
    return answered


def test_the_progressive_delay_the_throttle_decides(settings: AccountsSettings) -> None:
    delays = [login_delay_s(failures, settings) for failures in range(15)]
    assert delays == [0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]
    assert login_delay_s(10_000, settings) == 900


def test_parallel_correct_logins_all_succeed(accounts: Accounts) -> None:
    # Issue 15: 8 parallel correct logins got three 429s; only failures count now.
    accounts.register(EMAIL, PASSWORD)
    barrier = threading.Barrier(8)

    def log_in(_: int) -> str:
        barrier.wait()
        return accounts.login(EMAIL, PASSWORD, A).session_id

    with ThreadPoolExecutor(max_workers=8) as pool:
        sessions = list(pool.map(log_in, range(8)))
    assert len(set(sessions)) == 8
    assert accounts.store.get_login_failures(EMAIL, A) == (None, None)


def test_each_failure_past_the_free_ones_makes_that_address_wait_the_decided_delay(
    accounts: Accounts, clock: Clock, settings: AccountsSettings
) -> None:
    accounts.register(EMAIL, PASSWORD)
    fail(accounts, 3)
    for failures in range(3, 8):
        delay = login_delay_s(failures, settings)
        assert refused(accounts).headers == {"Retry-After": str(delay)}  # even the right password
        clock.advance(delay - 1)
        assert refused(accounts).headers == {"Retry-After": "1"}
        clock.advance(1)
        fail(accounts, 1)
    assert refused(accounts).headers == {"Retry-After": str(login_delay_s(8, settings))}


def test_a_refused_attempt_spends_no_bcrypt_time_and_is_not_counted(
    accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from talent.accounts import passwords

    accounts.register(EMAIL, PASSWORD)
    fail(accounts, 4)
    checked: list[str] = []

    def verify_password(*args: object) -> bool:
        checked.append("bcrypt")
        return False

    monkeypatch.setattr(passwords, "verify_password", verify_password)
    refused(accounts)
    assert checked == []
    pair, address = accounts.store.get_login_failures(EMAIL, A)
    assert pair is not None
    assert address is not None
    assert (pair.failures, address.failures) == (4, 4)


def test_another_address_is_not_locked_out(accounts: Accounts) -> None:
    # Issue 15: five wrong guesses from anywhere locked the user out for 15 minutes.
    accounts.register(EMAIL, PASSWORD)
    fail(accounts, 12, source_ip=A)
    refused(accounts, source_ip=A)
    assert accounts.login(EMAIL, PASSWORD, B).access_token
    refused(accounts, source_ip=A)  # a success elsewhere does not clear A's delay


def test_a_success_clears_that_pairs_count(
    accounts: Accounts, clock: Clock, settings: AccountsSettings
) -> None:
    accounts.register(EMAIL, PASSWORD)
    fail(accounts, 4)
    clock.advance(login_delay_s(4, settings))
    accounts.login(EMAIL, PASSWORD, A)
    assert accounts.store.get_login_failures(EMAIL, A)[0] is None
    fail(accounts, 3)  # free again
    assert isinstance(refused(accounts), TooManyRequests)


def test_unknown_emails_are_throttled_the_same_way(accounts: Accounts) -> None:
    fail(accounts, 3, email="nobody@example.com")
    assert refused(accounts, email="nobody@example.com").headers == {"Retry-After": "1"}


def test_the_count_is_forgotten_a_day_after_the_latest_failure(
    accounts: Accounts, clock: Clock, settings: AccountsSettings
) -> None:
    accounts.register(EMAIL, PASSWORD)
    fail(accounts, 12)
    clock.advance(settings.login_failure_memory_seconds)
    fail(accounts, 3)  # a new count: three free failures again
    refused(accounts)


def test_an_address_trying_many_emails_runs_out_of_its_budget(
    store: AccountsStore, settings: AccountsSettings, clock: Clock
) -> None:
    small = settings.model_copy(update={"login_address_max_failures": 5})
    accounts = Accounts(store, small, signing_key=lambda: KEY, clock=clock)
    accounts.register(EMAIL, PASSWORD)
    for index in range(5):  # one guess per email: no pair is delayed
        fail(accounts, 1, email=f"target{index}@example.com")
    budget = refused(accounts)  # any email from A, even the right password
    assert budget.headers == {"Retry-After": str(small.login_address_window_seconds)}
    assert accounts.login(EMAIL, PASSWORD, B).access_token  # other addresses are not affected
    clock.advance(small.login_address_window_seconds)
    assert accounts.login(EMAIL, PASSWORD, A).access_token  # the window is over


def fail_while_checking_the_password(
    accounts: Accounts, monkeypatch: pytest.MonkeyPatch, failures: int
) -> None:
    """The next login's password check first lets `failures` other (wrong) logins of the same pair
    finish: what parallel requests do while bcrypt runs."""
    from talent.accounts import passwords

    real_verify = passwords.verify_password

    def verify_while_others_fail(password: str, stored_hash: str | None, rounds: int) -> bool:
        monkeypatch.setattr(passwords, "verify_password", real_verify)
        fail(accounts, failures)
        return real_verify(password, stored_hash, rounds)

    monkeypatch.setattr(passwords, "verify_password", verify_while_others_fail)


def test_a_correct_guess_racing_parallel_failures_is_refused(
    accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Parallel guesses pass the first check together; failures recorded while this correct one ran
    # bcrypt throttle it before its session is written, so guessing in parallel gains nothing.
    accounts.register(EMAIL, PASSWORD)
    fail_while_checking_the_password(accounts, monkeypatch, 5)  # the other guesses of the batch
    refused(accounts)
    assert accounts.store.get_login_failures(EMAIL, A)[0] is not None  # not cleared by the refused one


def test_past_the_free_failures_a_wrong_password_gets_the_429_a_right_one_gets(
    accounts: Accounts, clock: Clock, settings: AccountsSettings
) -> None:
    # Issue 15 (second round): past the free failures, wrong passwords got 401 and only the right one
    # a 429, so the answer told which guess was right. Now both get the same 429.
    accounts.register(EMAIL, PASSWORD)
    assert fail(accounts, 3) == [401, 401, 401]
    clock.advance(login_delay_s(3, settings))  # the wait is over: this pair may try again
    with pytest.raises(Throttled) as wrong:
        accounts.login(EMAIL, "wrong password here", A)
    right = refused(accounts)  # at the same moment
    expected = {"Retry-After": str(login_delay_s(4, settings))}
    assert http_error(wrong.value).headers == right.headers == expected
    assert fail(accounts, 3) == [429, 429, 429]  # each after its wait: counted, and 429
    clock.advance(login_delay_s(7, settings))
    assert accounts.login(EMAIL, PASSWORD, A).access_token  # the right one, after the wait


def status(accounts: Accounts, password: str) -> int:
    """The HTTP status a login for EMAIL from address A with `password` answers."""
    try:
        accounts.login(EMAIL, password, A)
    except (Unauthenticated, Throttled) as error:
        return http_error(error).status_code
    return 200


def burst(accounts: Accounts, passwords: list[str]) -> list[int]:
    """The statuses of logins for EMAIL from address A with `passwords`, all started at once."""
    from talent_local.patches import make_dynamodb_atomic

    make_dynamodb_atomic()  # moto's backend is not thread-safe; DynamoDB applies each request atomically
    barrier = threading.Barrier(len(passwords))

    def guess(password: str) -> int:
        barrier.wait()
        return status(accounts, password)

    with ThreadPoolExecutor(max_workers=len(passwords)) as pool:
        return list(pool.map(guess, passwords))


WRONG_GUESSES = [f"wrong guess number {index}" for index in range(20)]


def test_a_parallel_burst_of_wrong_guesses_gets_at_most_the_free_failures_401s(accounts: Accounts) -> None:
    # The tester's burst, on the use cases: 20 wrong guesses for one email from one address at once.
    # Every password is checked in parallel; only the free failures may answer 401.
    accounts.register(EMAIL, PASSWORD)
    statuses = burst(accounts, WRONG_GUESSES)
    assert statuses.count(401) <= accounts.settings.login_free_failures, statuses
    assert set(statuses) == {401, 429}


def test_a_burst_with_the_right_password_gets_the_free_failures_again_only_after_it_succeeds(
    accounts: Accounts,
) -> None:
    # With the right password in the burst, it is 429 like the rest unless it was decided before the
    # free failures ran out (which comes first is the scheduler's choice). A success deletes the
    # counter, as any login does, so guesses decided after it start a new count: the guesser holds
    # the password by then, and the 401s are at most the free failures before it and again after it.
    accounts.register(EMAIL, PASSWORD)
    statuses = burst(accounts, [*WRONG_GUESSES, PASSWORD])
    wrong, right = statuses[:-1], statuses[-1]
    assert set(wrong) <= {401, 429}
    assert right in {200, 429}
    rounds = 2 if right == 200 else 1
    assert wrong.count(401) <= rounds * accounts.settings.login_free_failures, statuses


def test_the_right_password_decided_after_a_burst_gets_the_same_429(
    accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The integration test's hold, on the use cases: the right password, sent with the burst, has its
    # password checked only once every wrong guess has its answer. However the requests interleave, the
    # guesses get at most the free failures' 401s and the right one the 429 they get.
    from talent.accounts import passwords

    accounts.register(EMAIL, PASSWORD)
    real_verify, answered = passwords.verify_password, threading.Event()

    def verify_after_the_burst(password: str, stored_hash: str | None, rounds: int) -> bool:
        if password == PASSWORD:
            assert answered.wait(timeout=60)
        return real_verify(password, stored_hash, rounds)

    monkeypatch.setattr(passwords, "verify_password", verify_after_the_burst)
    with ThreadPoolExecutor(max_workers=2) as pool:
        right = pool.submit(status, accounts, PASSWORD)
        wrong = burst(accounts, WRONG_GUESSES)
        answered.set()
        assert wrong.count(401) <= accounts.settings.login_free_failures, wrong
        assert right.result() == 429


def test_a_correct_login_racing_free_failures_still_succeeds(
    accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.register(EMAIL, PASSWORD)
    fail_while_checking_the_password(accounts, monkeypatch, 1)  # a typo in another tab
    assert accounts.login(EMAIL, PASSWORD, A).access_token
    assert accounts.store.get_login_failures(EMAIL, A)[0] is None


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
    with pytest.raises(Unauthenticated):
        accounts.authenticate(issued.access_token)


def test_a_session_past_its_expiry_is_refused_before_ttl_deletes_it(accounts: Accounts, clock: Clock) -> None:
    accounts.register(EMAIL, PASSWORD)
    issued = accounts.login(EMAIL, PASSWORD)
    clock.advance(86400)  # the session item is still there (TTL is lazy); the token itself is not checked
    assert accounts.store.get_session(issued.session_id) is not None
    with pytest.raises(Unauthenticated):
        accounts.authenticate(issued.access_token)


def test_a_deleted_user_is_refused(accounts: Accounts, store: AccountsStore) -> None:
    created = accounts.register(EMAIL, PASSWORD)
    issued = accounts.login(EMAIL, PASSWORD)
    store.client.delete_item(TableName=store.users_table, Key={"pk": {"S": f"USER#{created.user_id}"}})
    with pytest.raises(Unauthenticated):
        accounts.authenticate(issued.access_token)


def test_a_session_of_another_user_is_refused(accounts: Accounts, settings: AccountsSettings) -> None:
    ada = accounts.register(EMAIL, PASSWORD)
    accounts.register("bob@example.com", PASSWORD)
    bobs = accounts.login("bob@example.com", PASSWORD)
    now = int(time.time())
    claims = {"sub": ada.user_id, "jti": bobs.session_id, "iat": now, "exp": now + 60}
    claims |= {"iss": settings.jwt_issuer, "aud": settings.jwt_audience}
    with pytest.raises(Unauthenticated):
        accounts.authenticate(jwt.encode(claims, KEY, algorithm="HS256"))


@pytest.mark.parametrize("case", ["other key", "alg none", "missing jti", "expired"])
def test_bad_tokens_are_refused_with_the_same_error(
    accounts: Accounts, settings: AccountsSettings, case: str
) -> None:
    accounts.register(EMAIL, PASSWORD)
    good = accounts.login(EMAIL, PASSWORD)
    claims = jwt.decode(good.access_token, KEY, algorithms=["HS256"], audience=settings.jwt_audience)
    tokens = {
        "other key": jwt.encode(claims, OTHER_KEY, algorithm="HS256"),
        "alg none": jwt.encode(claims, "", algorithm="none"),
        "missing jti": jwt.encode({k: v for k, v in claims.items() if k != "jti"}, KEY, algorithm="HS256"),
        "expired": jwt.encode(claims | {"exp": int(time.time()) - 1}, KEY, algorithm="HS256"),
    }
    with pytest.raises(Unauthenticated) as raised:
        accounts.authenticate(tokens[case])
    assert raised.value.message == Unauthenticated().message
    assert http_error(raised.value).headers["WWW-Authenticate"].startswith("Bearer")
    assert accounts.authenticate(good.access_token).session.session_id == good.session_id

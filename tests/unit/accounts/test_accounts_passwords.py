"""Password policy and hashing: bcrypt at the configured cost, no 72-byte truncation, the dummy check."""

from __future__ import annotations

import time

import bcrypt
import pytest

from talent.accounts import passwords
from talent.accounts.passwords import (
    MAX_LENGTH,
    MIN_LENGTH,
    MIN_LETTERS_OR_DIGITS,
    PasswordPolicyError,
    check_policy,
    common_passwords,
    hash_password,
    needs_rehash,
    verify_password,
)
from talent.settings import AccountPolicy
from talent_local.template import Template

EMAIL = "ada.lovelace@example.com"
GOOD = "correct horse battery staple"


def test_a_hash_verifies_its_password_and_nothing_else() -> None:
    stored = hash_password(GOOD, rounds=4)
    assert verify_password(GOOD, stored, rounds=4)
    assert not verify_password(GOOD + "!", stored, rounds=4)
    assert not verify_password(GOOD.upper(), stored, rounds=4)


def test_the_hash_is_a_salted_bcrypt_string_without_the_password() -> None:
    first, second = hash_password(GOOD, rounds=4), hash_password(GOOD, rounds=4)
    assert first.startswith("$2b$04$")
    assert len(first) == 60
    assert first != second  # a fresh salt each time
    assert GOOD not in first


def test_deployed_config_hashes_at_cost_12() -> None:
    # The deployed default: AccountPolicy's default, and no BCRYPT_ROUNDS override for the auth function.
    rounds = AccountPolicy().bcrypt_rounds
    assert rounds == 12
    auth = next(f for f in Template().functions() if f.logical_id == "AuthFunction")
    assert "BCRYPT_ROUNDS" not in auth.environment
    stored = hash_password(GOOD, rounds=rounds)
    assert stored.startswith("$2b$12$")
    assert passwords.hash_cost(stored) == 12
    assert verify_password(GOOD, stored, rounds=rounds)


def test_no_72_byte_truncation_every_character_counts() -> None:
    # bcrypt alone reads 72 bytes: these two would collide. Pre-hashing keeps them apart.
    shared = "x" * 72
    stored = hash_password(shared + "-first-ending", rounds=4)
    assert verify_password(shared + "-first-ending", stored, rounds=4)
    assert not verify_password(shared + "-other-ending", stored, rounds=4)
    assert not verify_password(shared, stored, rounds=4)


def test_long_multibyte_passwords_within_the_policy_hash_and_verify() -> None:
    emoji = "🔐" * (MAX_LENGTH - 5) + "clefs"  # 128 characters, 497 UTF-8 bytes: bcrypt alone would raise
    with pytest.raises(ValueError, match="72 bytes"):
        bcrypt.hashpw(emoji.encode(), bcrypt.gensalt(4))
    check_policy(emoji, EMAIL)
    stored = hash_password(emoji, rounds=4)
    assert verify_password(emoji, stored, rounds=4)
    assert not verify_password(emoji[:-1] + "🔑", stored, rounds=4)


def test_unicode_forms_of_one_password_match() -> None:
    composed, decomposed = "caf\u00e9 au lait noir", "cafe\u0301 au lait noir"
    stored = hash_password(composed, rounds=4)
    assert verify_password(decomposed, stored, rounds=4)


def test_lengths_count_code_points_as_typed_like_the_documented_min_length() -> None:
    # NFKC turns "¾" into three characters: 4 typed ones are still too short (a `make fuzz` finding) ...
    with pytest.raises(PasswordPolicyError) as raised:
        check_policy("\u00be" * 4, EMAIL)
    assert raised.value.kind == "string_too_short"
    # ... and 10 typed code points are long enough, even when NFKC composes them into 5.
    typed = "e\u0301" * 5
    assert len(typed) == MIN_LENGTH
    assert len(passwords.normalise(typed)) == 5
    check_policy(typed, EMAIL)


def test_unknown_user_check_spends_bcrypt_time_and_fails() -> None:
    stored = hash_password(GOOD, rounds=10)

    def timed(stored_hash: str | None) -> float:
        started = time.perf_counter()
        assert verify_password(GOOD, stored_hash, rounds=10) is (stored_hash is not None)
        return time.perf_counter() - started

    # Interleaved, so machine load hits both alike; without the dummy check the ratio is about 0.01.
    pairs = [(timed(stored), timed(None)) for _ in range(3)]
    real, dummy = min(p[0] for p in pairs), min(p[1] for p in pairs)
    assert 0.25 < dummy / real < 4.0, (dummy, real)


def test_the_shipped_dummy_hash_is_a_valid_cost_12_hash() -> None:
    assert passwords.hash_cost(passwords._dummy_hash(12)) == 12
    assert verify_password(GOOD, None, rounds=12) is False  # checkpw accepts it: no error, no match


def test_dummy_hash_follows_the_configured_cost() -> None:
    assert verify_password(GOOD, None, rounds=4) is False
    assert passwords.hash_cost(passwords._dummy_hash(4)) == 4


def test_needs_rehash_when_the_cost_changed() -> None:
    stored = hash_password(GOOD, rounds=4)
    assert not needs_rehash(stored, 4)
    assert needs_rehash(stored, 5)


@pytest.mark.parametrize(
    ("password", "kind"),
    [
        ("a" * (MIN_LENGTH - 1), "string_too_short"),
        ("a" * (MAX_LENGTH + 1), "string_too_long"),
        (EMAIL, "password_is_email"),
        (EMAIL.upper(), "password_is_email"),
        ("ada.lovelace", "password_is_email"),
        ("1234567890", "password_too_common"),
        ("Password123", "password_too_common"),
        ("QWERTYUIOP", "password_too_common"),
        ("TalentPipeline", "password_too_common"),
        # Issue 15: accepted before, though nothing in them is a letter or a digit.
        (" " * 10, "password_needs_letters_or_digits"),
        ("\u0301" * 10, "password_needs_letters_or_digits"),
        ("!@#$%^&*()-_=+", "password_needs_letters_or_digits"),
        ("🔐" * 20, "password_needs_letters_or_digits"),
        ("ab cd .,;: !?", "password_needs_letters_or_digits"),  # 4 letters
    ],
)
def test_policy_refuses(password: str, kind: str) -> None:
    with pytest.raises(PasswordPolicyError) as raised:
        check_policy(password, EMAIL)
    assert raised.value.kind == kind
    assert raised.value.message


@pytest.mark.parametrize(
    "password",
    [
        GOOD,
        "a" * MIN_LENGTH + "Z",
        "x" * MAX_LENGTH,
        "пароль на русском языке",
        "ada.lovelace 1815",
        "ab cd e .,;: !?",  # 5 letters
        "这个密码很长也很安全",  # 10 letters of another script
        "١٢٣٤٥ !!!!!",  # 5 Arabic-Indic digits
    ],
)
def test_policy_accepts(password: str) -> None:
    check_policy(password, EMAIL)


def test_the_letters_or_digits_rule_says_what_it_needs() -> None:
    with pytest.raises(PasswordPolicyError) as raised:
        check_policy(" " * 10, EMAIL)
    assert raised.value.message.startswith(
        f"The password must contain at least {MIN_LETTERS_OR_DIGITS} letters or digits"
    )


def test_common_password_list_is_shipped_and_sane() -> None:
    common = common_passwords()
    assert len(common) > 1000
    assert {"1234567890", "qwertyuiop", "password123", "1q2w3e4r5t"} <= common
    assert all(entry == entry.lower() for entry in common)
    assert min(len(entry) for entry in common) >= MIN_LENGTH
    assert not any(entry.startswith("#") for entry in common)

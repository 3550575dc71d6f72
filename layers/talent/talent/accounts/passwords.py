"""Password policy (NIST SP 800-63B style) and bcrypt hashing.

bcrypt's 72-byte limit: **we pre-hash, we never truncate and never reject on bytes.**
Every password is NFKC-normalised, encoded as UTF-8, run through HMAC-SHA256 and base64-encoded; the
resulting 44 ASCII bytes are what bcrypt hashes. So:

- every character of a password counts, up to the policy's 128 characters (up to 512 UTF-8 bytes);
  two passwords that share their first 72 bytes still hash differently;
- the length limit the user sees is in characters and does not depend on their alphabet (rejecting
  above 72 bytes would allow 72 ASCII letters but only 18 emoji);
- base64 keeps NUL bytes, which some bcrypt implementations read as the end of the input, out of the
  digest;
- HMAC under a fixed domain-separation key rather than plain SHA-256: an unsalted SHA-256 of the
  password leaked from some other system cannot be tried against our bcrypt hashes ("password
  shucking"). The key is a constant, not a secret: changing it would invalidate every stored hash.

The stored value is the standard bcrypt string (`$2b$<cost>$...`), so the cost travels with each hash
and `needs_rehash` can upgrade old hashes at the next successful login.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import unicodedata
from functools import cache
from importlib import resources

import bcrypt

MIN_LENGTH = 10
MAX_LENGTH = 128
# Letters and digits of any script (Unicode categories L and N), so that ten spaces, ten combining
# accents or a row of punctuation are not a password.
MIN_LETTERS_OR_DIGITS = 5
PREHASH_KEY = b"talent-pipeline/bcrypt-prehash/v1"

# The hash of a random value nobody kept, at the deployed cost: unknown emails are checked against it so
# that they take as long as a wrong password (no user enumeration by timing), with no cold-start cost.
_DUMMY_HASHES = {12: "$2b$12$sjgUTHbaJ.LG1cLMelTn3.kLlv7lAxZvdnQVvrkcEZeOygvEGIITa"}


class PasswordPolicyError(ValueError):
    """The password breaks a rule; `kind` names the rule (for the 422 details' `type`)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def normalise(password: str) -> str:
    """NFKC, as NIST 800-63B asks, so the same password typed on two keyboards matches."""
    return unicodedata.normalize("NFKC", password)


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, lower case (package data, read once)."""
    text = resources.files("talent.accounts").joinpath("common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("# "))


def check_policy(password: str, email: str) -> None:
    """Raise PasswordPolicyError unless the password is acceptable for the account `email`.

    The length counts code points as typed, as the documented minLength/maxLength do (NIST 800-63B:
    each code point is one character), not after NFKC, which can expand "¾" to three; `make fuzz` found
    a 7-character password accepted. The comparisons use the NFKC form, the one that is hashed."""
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(
            "string_too_short", f"The password must have at least {MIN_LENGTH} characters"
        )
    if len(password) > MAX_LENGTH:
        raise PasswordPolicyError(
            "string_too_long", f"The password must have at most {MAX_LENGTH} characters"
        )
    normalised = normalise(password)
    if letters_or_digits(normalised) < MIN_LETTERS_OR_DIGITS:
        raise PasswordPolicyError(
            "password_needs_letters_or_digits",
            f"The password must contain at least {MIN_LETTERS_OR_DIGITS} letters or digits (any alphabet); "
            "spaces, accents, punctuation and symbols alone are too easy to guess",
        )
    folded = normalised.casefold()
    email = email.casefold()
    if folded in (email, email.partition("@")[0]):
        raise PasswordPolicyError("password_is_email", "The password must not be your email address")
    if folded in common_passwords():
        raise PasswordPolicyError(
            "password_too_common", "This password is too common; choose a longer or less predictable one"
        )


def letters_or_digits(password: str) -> int:
    """How many characters of `password` are letters or digits, in any script."""
    return sum(unicodedata.category(character)[0] in "LN" for character in password)


def _prehash(password: str) -> bytes:
    digest = hmac.new(PREHASH_KEY, normalise(password).encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest)


def hash_password(password: str, rounds: int) -> str:
    """The bcrypt string to store; `rounds` is the cost factor (12 deployed)."""
    return bcrypt.hashpw(_prehash(password), bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(password: str, stored_hash: str | None, rounds: int) -> bool:
    """True if `password` matches. With no stored hash (unknown user) it spends the same bcrypt time
    on a dummy hash of cost `rounds` and returns False."""
    if stored_hash is None:
        bcrypt.checkpw(_prehash(password), _dummy_hash(rounds).encode("ascii"))
        return False
    return bcrypt.checkpw(_prehash(password), stored_hash.encode("ascii"))


def hash_cost(stored_hash: str) -> int:
    """The cost factor of a bcrypt string `$2b$12$...`."""
    return int(stored_hash.split("$")[2])


def needs_rehash(stored_hash: str, rounds: int) -> bool:
    return hash_cost(stored_hash) != rounds


@cache
def _dummy_hash(rounds: int) -> str:
    if rounds in _DUMMY_HASHES:
        return _DUMMY_HASHES[rounds]
    return bcrypt.hashpw(b"no account has this password", bcrypt.gensalt(rounds)).decode("ascii")

"""Access tokens: creation, and decoding of expired, tampered, foreign and incomplete tokens."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import jwt
import pytest

from talent.accounts.tokens import REQUIRED_CLAIMS, InvalidToken, decode_token, issue_token
from tests.unit.accounts.accounts_support import KEY, OTHER_KEY

ISS, AUD = "talent-pipeline", "talent-pipeline-api"


def issue(now_s: int | None = None, ttl_s: int = 86400, key: bytes = KEY) -> str:
    token, _ = issue_token(
        user_id="user-1",
        session_id="session-1",
        now_s=int(time.time()) if now_s is None else now_s,
        ttl_s=ttl_s,
        issuer=ISS,
        audience=AUD,
        key=key,
    )
    return token


def decode(token: str, key: bytes = KEY, audience: str = AUD, issuer: str = ISS) -> Any:
    return decode_token(token, issuer=issuer, audience=audience, key=key)


def claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    base: dict[str, Any] = {
        "sub": "user-1",
        "jti": "session-1",
        "iat": now,
        "exp": now + 600,
        "iss": ISS,
        "aud": AUD,
    }
    base.update(overrides)
    return base


def b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_token_round_trip_carries_every_claim() -> None:
    now = int(time.time())
    token, issued = issue_token(
        user_id="user-1", session_id="session-1", now_s=now, ttl_s=86400, issuer=ISS, audience=AUD, key=KEY
    )
    decoded = decode(token)
    assert decoded == issued
    assert (decoded.sub, decoded.jti, decoded.iss, decoded.aud) == ("user-1", "session-1", ISS, AUD)
    assert decoded.exp - decoded.iat == 86400
    header = jwt.get_unverified_header(token)
    assert header == {"alg": "HS256", "typ": "JWT"}
    assert set(jwt.decode(token, options={"verify_signature": False})) == set(REQUIRED_CLAIMS)


def test_expired_token_is_refused() -> None:
    token = issue(now_s=int(time.time()) - 90_000)  # expired 3,600 s ago
    with pytest.raises(InvalidToken, match="ExpiredSignature"):
        decode(token)


def test_token_expiring_now_is_refused() -> None:
    token = issue(now_s=int(time.time()) - 10, ttl_s=10)
    with pytest.raises(InvalidToken):
        decode(token)


def test_tampered_payload_is_refused() -> None:
    header, _, signature = issue().split(".")
    forged = ".".join([header, b64(claims(sub="someone-else")), signature])
    with pytest.raises(InvalidToken, match="Signature"):
        decode(forged)


def test_tampered_signature_is_refused() -> None:
    token = issue()
    flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    with pytest.raises(InvalidToken):
        decode(flipped)


def test_token_signed_with_another_key_is_refused() -> None:
    with pytest.raises(InvalidToken, match="Signature"):
        decode(issue(key=OTHER_KEY))


def test_wrong_audience_is_refused() -> None:
    with pytest.raises(InvalidToken, match="Audience"):
        decode(issue(), audience="another-api")
    list_audience = jwt.encode(claims(aud=[AUD, "other"]), KEY, algorithm="HS256")
    with pytest.raises(InvalidToken):
        decode(list_audience)


def test_wrong_issuer_is_refused() -> None:
    with pytest.raises(InvalidToken, match="Issuer"):
        decode(issue(), issuer="someone-else")


def test_alg_none_is_refused() -> None:
    unsigned = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims())}."
    with pytest.raises(InvalidToken):
        decode(unsigned)
    unsigned_by_pyjwt = jwt.encode(claims(), "", algorithm="none")
    with pytest.raises(InvalidToken):
        decode(unsigned_by_pyjwt)


def test_other_hmac_algorithm_with_the_right_key_is_refused() -> None:
    # Same key, HS512: a valid signature, but the algorithm is pinned to HS256.
    with pytest.raises(InvalidToken, match="Algorithm"):
        decode(jwt.encode(claims(), KEY, algorithm="HS512"))


@pytest.mark.parametrize("missing", REQUIRED_CLAIMS)
def test_each_claim_is_required(missing: str) -> None:
    incomplete = {name: value for name, value in claims().items() if name != missing}
    with pytest.raises(InvalidToken):
        decode(jwt.encode(incomplete, KEY, algorithm="HS256"))


def test_non_string_subject_is_refused() -> None:
    with pytest.raises(InvalidToken):
        decode(jwt.encode(claims(sub=42), KEY, algorithm="HS256"))


@pytest.mark.parametrize("garbage", ["", "abc", "a.b.c", "Bearer x.y.z"])
def test_garbage_is_refused(garbage: str) -> None:
    with pytest.raises(InvalidToken):
        decode(garbage)


def test_short_keys_are_refused_for_signing() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        issue(key=b"short")

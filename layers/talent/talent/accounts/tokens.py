"""Access tokens: HS256 JWTs (PyJWT) whose `jti` names a session item.

Decoding pins the algorithm to HS256 (so `alg: none` and RS/HS confusion are refused) and requires
every claim we issue: sub (user id), jti (session id), iat, exp, iss and aud. The signing key is the
JwtSecret from Secrets Manager, read through powertools parameters and cached for SECRET_MAX_AGE_S:
one GetSecretValue per container every few minutes, never per request, never from code.
"""

from __future__ import annotations

from dataclasses import dataclass

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ("sub", "jti", "iat", "exp", "iss", "aud")
SECRET_MAX_AGE_S = 300
MIN_KEY_BYTES = 32  # RFC 7518 3.2: an HS256 key of at least the hash size


class InvalidToken(Exception):
    """The token is malformed, forged, expired, or not for us. The message is for logs only."""


@dataclass(frozen=True)
class TokenClaims:
    sub: str
    jti: str
    iat: int
    exp: int
    iss: str
    aud: str


def issue_token(
    *, user_id: str, session_id: str, now_s: int, ttl_s: int, issuer: str, audience: str, key: bytes
) -> tuple[str, TokenClaims]:
    import jwt  # lazy, as below: PyJWT pulls in urllib.request and email (~25 ms of a cold start)

    claims = TokenClaims(sub=user_id, jti=session_id, iat=now_s, exp=now_s + ttl_s, iss=issuer, aud=audience)
    token = jwt.encode(claims.__dict__, check_key(key), algorithm=ALGORITHM)
    return token, claims


def decode_token(token: str, *, issuer: str, audience: str, key: bytes) -> TokenClaims:
    """The verified claims, or InvalidToken. Expiry is checked against the clock, with no leeway."""
    import jwt

    try:
        payload = jwt.decode(
            token,
            check_key(key),
            algorithms=[ALGORITHM],
            audience=audience,
            issuer=issuer,
            options={"require": list(REQUIRED_CLAIMS), "strict_aud": True},
        )
    except jwt.PyJWTError as error:
        raise InvalidToken(f"{type(error).__name__}: {error}") from None
    try:
        return TokenClaims(**{name: payload[name] for name in REQUIRED_CLAIMS})
    except (KeyError, TypeError) as error:  # pragma: no cover - PyJWT's `require` already refused these
        raise InvalidToken(str(error)) from None


def check_key(key: bytes) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise ValueError(f"the JWT signing key must have at least {MIN_KEY_BYTES} bytes")
    return key


def signing_key(secret_id: str) -> bytes:
    """The HS256 key: the whole SecretString of `secret_id` (GenerateSecretString makes 64 characters)."""
    from aws_lambda_powertools.utilities import parameters  # lazy: pulls in boto3

    if not secret_id:
        raise RuntimeError("JWT_SECRET_ID is not set")
    value = parameters.get_secret(secret_id, max_age=SECRET_MAX_AGE_S)
    return check_key(value.encode("utf-8"))

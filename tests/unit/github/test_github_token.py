"""load_token: the secret may hold a bare token, JSON, or a placeholder meaning "no token"."""

from __future__ import annotations

import pytest
from aws_lambda_powertools.utilities import parameters

from talent.github import load_token, load_tokens
from talent.github.config import forget_tokens


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    store: dict[str, object] = {}

    def get_secret(name: str, max_age: int = 5, force_fetch: bool = False) -> object:
        store["asked"] = (name, max_age)
        store["forced"] = force_fetch
        return store["value"]

    monkeypatch.setattr(parameters, "get_secret", get_secret)
    return store


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ghp_abc\n", "ghp_abc"),
        (b"ghp_bytes", "ghp_bytes"),
        ('{"token": "ghp_json"}', "ghp_json"),
        ('{"GITHUB_TOKEN": "ghp_env"}', "ghp_env"),
        ("", None),
        ("changeme", None),
        ("PLACEHOLDER", None),
        ("<set me>", None),
        ('{"token": ""}', None),
        ("{not json", None),
    ],
)
def test_load_token(secret: dict[str, object], value: object, expected: str | None) -> None:
    secret["value"] = value
    assert load_token("talent/github-token") == expected
    assert secret["asked"] == ("talent/github-token", 900)  # cached across warm invocations


def test_no_secret_id_means_anonymous(secret: dict[str, object]) -> None:
    assert load_token(None) is None
    assert load_token("") is None
    assert "asked" not in secret


def test_after_github_rejected_every_token_the_secret_is_read_again_once(secret: dict[str, object]) -> None:
    """An operator who replaced a revoked token waited up to 15 minutes for warm containers to see it."""
    secret["value"] = '{"tokens": ["ghp_a", "ghp_b"]}'
    assert load_tokens("talent/github-token") == ["ghp_a", "ghp_b"]
    assert secret["forced"] is False
    forget_tokens()
    load_tokens("talent/github-token")
    assert secret["forced"] is True
    load_tokens("talent/github-token")
    assert secret["forced"] is False  # the cache serves the invocations after that one

"""load_token: the secret may hold a bare token, JSON, or a placeholder meaning "no token"."""

from __future__ import annotations

import pytest
from aws_lambda_powertools.utilities import parameters

from talent.github import load_token


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    store: dict[str, object] = {}

    def get_secret(name: str, max_age: int = 5) -> object:
        store["asked"] = (name, max_age)
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

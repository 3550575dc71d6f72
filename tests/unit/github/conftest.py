from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent.github.store import GitHubStore
from talent_local.template import Template
from tests.in_process_aws import in_process_aws
from tests.unit.github.github_fakes import FakeGitHub, Sleeps


@pytest.fixture
def fake() -> FakeGitHub:
    return FakeGitHub()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[GitHubStore]:
    """The shared limiter's and cache's table, on in-process moto."""
    with in_process_aws(monkeypatch, Template(), {}, {"GitHubTable": "unit-github"}) as dynamodb:
        yield GitHubStore(dynamodb, "unit-github")

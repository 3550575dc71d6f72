from __future__ import annotations

import pytest

from tests.unit.github.github_fakes import FakeGitHub, Sleeps


@pytest.fixture
def fake() -> FakeGitHub:
    return FakeGitHub()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()

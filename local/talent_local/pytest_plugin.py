"""pytest fixture: the whole local stack on free ports, once per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent_local.github_emulator import Limits
from talent_local.stack import LocalStack

# One stack serves every test of the session, so dozens of pipeline runs search within a minute or two:
# GitHub's per-minute search limit would make them wait on each other. The emulator's own tests
# (tests/integration/github) exercise the real limits on emulators of their own.
SESSION_GITHUB_LIMITS = Limits(
    core=1_000_000, core_anonymous=1_000_000, search=1_000_000, search_anonymous=1_000_000, graphql=10_000_000
)


@pytest.fixture(scope="session")
def local_stack() -> Iterator[LocalStack]:
    stack = LocalStack(api_port=0, moto_port=0, github_limits=SESSION_GITHUB_LIMITS).start()
    yield stack
    stack.stop()

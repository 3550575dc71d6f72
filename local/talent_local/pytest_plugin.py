"""pytest fixture: the whole local stack on free ports, once per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent_local.stack import LocalStack


@pytest.fixture(scope="session")
def local_stack() -> Iterator[LocalStack]:
    stack = LocalStack(api_port=0, moto_port=0).start()
    yield stack
    stack.stop()

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent_local.github_emulator import EmulatorHandle, start_emulator


@pytest.fixture
def github() -> Iterator[EmulatorHandle]:
    """A fresh emulator on a free loopback port (the corpus is generated once per process)."""
    with start_emulator() as handle:
        yield handle

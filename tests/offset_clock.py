"""A clock a test can move forward, for use cases on the local stack that read an injected clock."""

from __future__ import annotations

import time


class OffsetClock:
    """The real time plus what the test moved it by (seconds)."""

    def __init__(self) -> None:
        self.offset_s = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset_s

    def advance(self, seconds: float) -> None:
        self.offset_s += seconds

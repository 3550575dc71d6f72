"""Helpers for the accounts tests: a settable clock, signing keys, and a DynamoDB call counter."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
EVENTS = ROOT / "events" / "api"
KEY = b"unit-test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyzABCDE"  # 64 bytes, like the real one
OTHER_KEY = b"another-signing-key-9876543210-zyxwvutsrqponmlkjihgfedcbaZYXWVUT"
PASSWORD = "correct horse battery staple"
USERS = "unit-users"
SESSIONS = "unit-sessions"
SECRET = "unit-jwt-secret"


@dataclass
class Aws:
    """The in-process moto clients and the tables' names."""

    dynamodb: Any
    secretsmanager: Any
    users_table: str
    sessions_table: str

    def user_items(self) -> list[dict[str, Any]]:
        """Every item of the users table (a test may scan; the code never does)."""
        items: list[dict[str, Any]] = self.dynamodb.scan(TableName=self.users_table)["Items"]
        return items


@dataclass
class Clock:
    """time.time stand-in for the use cases: starts at the real time (PyJWT checks `exp` against the
    real clock), moved with `advance`."""

    now: float = field(default_factory=time.time)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class CallCounter:
    """Counts the API calls a boto3 client makes, by operation (botocore `before-call` hook)."""

    calls: list[str] = field(default_factory=list)

    def attach(self, client: Any) -> CallCounter:
        client.meta.events.register("before-call.*.*", self._count)
        return self

    def _count(self, model: Any, **_: Any) -> None:
        self.calls.append(model.name)

    def reset(self) -> None:
        self.calls.clear()


def load_event(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS / f"{name}.json").read_text())
    return event

"""Timestamps as the tables and the API store them: ISO-8601 UTC with a Z."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now_iso() -> str:
    """Now, with microseconds: sorts as text, so it orders the projects' by_user index."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_utc(epoch_s: float) -> str:
    """A Unix time, to the second."""
    return datetime.fromtimestamp(epoch_s, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

"""GitHub's failure answers as recorded from the real API (recorded_answers.json), for the emulator's
fault kinds and the client's unit tests: the offline path fails in GitHub's shapes, not invented ones."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class RecordedAnswer:
    status: int
    headers: dict[str, str]
    body: dict[str, Any]
    seen: str

    def json_body(self) -> dict[str, Any]:
        """A copy of the body, safe to fill in."""
        return copy.deepcopy(self.body)


@cache
def _answers() -> dict[str, RecordedAnswer]:
    text = resources.files(__package__).joinpath("recorded_answers.json").read_text("utf-8")
    raw: dict[str, Any] = json.loads(text)
    return {name: RecordedAnswer(**spec) for name, spec in raw.items() if not name.startswith("_")}


def recorded(name: str) -> RecordedAnswer:
    """One recorded answer by name (graphql_timeout, abuse_403, secondary_403, incomplete_empty_search,
    graphql_not_found_partial, graphql_rate_limit_type, graphql_resource_limits); KeyError for an unknown
    name."""
    return _answers()[name]


def recorded_names() -> list[str]:
    return sorted(_answers())

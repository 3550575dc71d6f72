"""parse_jd: a job description in, a `JobRequirement` out. Pure Python, no network.

`parse_jd` loads the skill taxonomy, so it is imported on first use; the limits and errors are cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from talent.jd.errors import (
    EmptyJobDescription,
    InvalidJobDescription,
    JobDescriptionNotText,
    JobDescriptionTooLong,
)
from talent.jd.limits import MAX_JD_CHARS, validate_jd_text

if TYPE_CHECKING:
    from talent.jd.parser import parse_jd

__all__ = [
    "MAX_JD_CHARS",
    "EmptyJobDescription",
    "InvalidJobDescription",
    "JobDescriptionNotText",
    "JobDescriptionTooLong",
    "parse_jd",
    "validate_jd_text",
]


def __getattr__(name: str) -> Any:
    if name == "parse_jd":
        from talent.jd.parser import parse_jd

        return parse_jd
    raise AttributeError(name)

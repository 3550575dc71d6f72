"""parse_jd: a job description in, a `JobRequirement` out. Pure Python, no network."""

from talent.jd.errors import (
    EmptyJobDescription,
    InvalidJobDescription,
    JobDescriptionNotText,
    JobDescriptionTooLong,
)
from talent.jd.parser import MAX_JD_CHARS, parse_jd

__all__ = [
    "MAX_JD_CHARS",
    "EmptyJobDescription",
    "InvalidJobDescription",
    "JobDescriptionNotText",
    "JobDescriptionTooLong",
    "parse_jd",
]

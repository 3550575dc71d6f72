"""What a job description must be before it is parsed. Cheap to import: the API checks it too."""

from __future__ import annotations

from typing import Final

from talent.jd.errors import EmptyJobDescription, JobDescriptionNotText, JobDescriptionTooLong

MAX_JD_CHARS: Final = 20_000


def validate_jd_text(text: str) -> None:
    """Raise an InvalidJobDescription subclass when the text cannot be a job description."""
    if not isinstance(text, str) or not text.strip():
        raise EmptyJobDescription()
    if len(text) > MAX_JD_CHARS:
        raise JobDescriptionTooLong(len(text), MAX_JD_CHARS)
    if not any(c.isalpha() for c in text):
        raise JobDescriptionNotText()

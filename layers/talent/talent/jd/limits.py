"""What a job description must be before it is parsed. Cheap to import: the API checks it too."""

from __future__ import annotations

import re
from typing import Final

from talent.jd.errors import EmptyJobDescription, JobDescriptionNotText, JobDescriptionTooLong

MAX_JD_CHARS: Final = 20_000
# What normalising can leave without a word: tags, entities, comments and templates ("<div><p></p></div>"),
# links and bare addresses ("https://example.com/jobs/123", "[](https://x.com)").
_MARKUP: Final = re.compile(r"[<&]|\{[{%]|://|\]\(")


def check_jd_text(text: str) -> None:
    """Raise an InvalidJobDescription subclass when the text as given cannot be a job description:
    empty, over MAX_JD_CHARS characters, or without a letter. parse_jd reads the words left after its
    markup pass itself; `validate_jd_text` checks those too."""
    if not isinstance(text, str) or not text.strip():
        raise EmptyJobDescription()
    if len(text) > MAX_JD_CHARS:
        raise JobDescriptionTooLong(len(text), MAX_JD_CHARS)
    if not any(c.isalpha() for c in text):
        raise JobDescriptionNotText()


def validate_jd_text(text: str) -> None:
    """`check_jd_text`, and JobDescriptionNotText when the text is markup or a link around no words
    ("<div><p></p><br/></div>", "<p>&nbsp;</p>", "https://example.com/jobs/123"): the API refuses it with
    a 422 before a run starts, as parse_jd would fail on it one stage later. Raises only where parse_jd
    would: both read the words `normalise` leaves."""
    check_jd_text(text)
    if _MARKUP.search(text) and not any(c.isalpha() for c in _words_of(text)):
        raise JobDescriptionNotText()


def _words_of(text: str) -> str:
    # Imported on first use (about 30 ms), by the API's run function only: about two postings in three
    # hold a character of `_MARKUP`, so most warm containers have it.
    from talent.jd.markup import normalise

    return normalise(text)

"""Template rendering: OutreachFacts -> subject and plain-text body, via the package's Jinja templates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields
from typing import Final, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined

from talent.outreach.facts import OPT_OUT_LINE, SIGN_OFF, SOURCE_LINE, OutreachFacts

MIN_BODY_WORDS: Final = 60
MAX_BODY_WORDS: Final = 180

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Draft(NamedTuple):
    subject: str
    body: str


def word_count(text: str) -> int:
    return len(text.split())


def tidy(text: str) -> str:
    """Blank lines separate paragraphs; any other whitespace inside a paragraph becomes one space."""
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def _join(conjunction: str, items: Iterable[str]) -> str:
    names = list(items)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1] if len(names) > 1 else "".join(names)


# Plain-text email, never HTML, so autoescaping would only corrupt names like "C++ & Go".
_ENV = Environment(
    loader=PackageLoader("talent.outreach", "templates"),
    autoescape=False,  # noqa: S701 - plain text output, see above
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["and_join"] = lambda items: _join("and", items)
_ENV.filters["or_join"] = lambda items: _join("or", items)
_SUBJECT = _ENV.get_template("subject.j2")
_BODY = _ENV.get_template("body.j2")


def render(facts: OutreachFacts) -> Draft:
    context = {f.name: getattr(facts, f.name) for f in fields(facts)}
    context.update(source_line=SOURCE_LINE, opt_out_line=OPT_OUT_LINE)
    return Draft(subject=tidy(_SUBJECT.render(context)), body=tidy(_BODY.render(context)))


def signed(body: str) -> str:
    """`body` with the sign-off placeholder (`SIGN_OFF`) on lines of its own after it; added after the
    word budget is checked, whichever generator wrote the body."""
    return f"{body}\n\n{SIGN_OFF}"

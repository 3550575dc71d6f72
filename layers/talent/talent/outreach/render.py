"""Template rendering: OutreachFacts -> subject and plain-text body, via the package's Jinja templates."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import fields
from typing import Any, Final, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined, Template, pass_context

from talent.models import DraftLanguage
from talent.outreach.facts import OutreachFacts
from talent.outreach.wording import WORDING, joined, wording_for

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


@pass_context
def _and_join(context: Any, items: Iterable[str]) -> str:
    return joined(context["draft_language"], items)


@pass_context
def _or_join(context: Any, items: Iterable[str]) -> str:
    return joined(context["draft_language"], items, choice=True)


# Plain-text email, never HTML, so autoescaping would only corrupt names like "C++ & Go".
_ENV = Environment(
    loader=PackageLoader("talent.outreach", "templates"),
    autoescape=False,  # noqa: S701 - plain text output, see above
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["and_join"] = _and_join
_ENV.filters["or_join"] = _or_join
# A subject names an area as a heading does, without the article running text gives it: "(remote, US)",
# not "(remote, the US)" (`wording.area_name`)
_ENV.filters["headline"] = lambda name: name.removeprefix("the ")


def render(facts: OutreachFacts) -> Draft:
    """The draft in `facts.draft_language`, from templates/<language>/subject.j2 and body.j2."""
    wording = wording_for(facts.draft_language, facts.informal)
    context = {f.name: getattr(facts, f.name) for f in fields(facts)}
    context.update(
        source_line=wording.source_line,
        opt_out_line=wording.opt_out_line,
        relocation_line=wording.relocation_lines[facts.relocation] if facts.relocation else "",
        company=wording.company,
        level=wording.levels[facts.seniority] if facts.seniority else None,
    )
    subject, body = _templates(_REGISTERS.get((facts.draft_language, facts.informal), facts.draft_language))
    return Draft(subject=tidy(subject.render(context)), body=tidy(body.render(context)))


# The templates of a register other than the language's usual one (JobRequirement.informal): German du,
# Spanish usted. Any other language or value: templates/<language>/ (English, French vous, German Sie,
# Spanish tú).
_REGISTERS: Final[dict[tuple[DraftLanguage, bool | None], str]] = {
    ("de", True): "de-du",
    ("es", False): "es-usted",
}


@functools.cache
def _templates(language: str) -> tuple[Template, Template]:
    """A language's subject and body templates (templates/<language>/, or a register's: "de-du",
    "es-usted"), compiled on its first draft and kept (as the English ones were at import): `get_template`
    would check the files again on every draft."""
    return _ENV.get_template(f"{language}/subject.j2"), _ENV.get_template(f"{language}/body.j2")


def signed(body: str, language: DraftLanguage = "en") -> str:
    """`body` with the sign-off placeholder in `language` (talent.outreach.wording) on lines of its own
    after it; added after the word budget is checked, whichever generator wrote the body."""
    return f"{body}\n\n{WORDING[language].sign_off}"

"""The speed-ups read from re's own parse (talent.jd.cues: `words` grouped by first character, `guarded`,
`needles`) must match exactly what the plain patterns match. They rely on re's private parser
(`re._parser`), so a Python whose parser reads patterns otherwise fails here, not in production."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talent.jd import experience, parser, sections, title
from talent.jd.cues import alternatives, guarded, may_match, needles, words
from talent.jd.evaluate import load_corpus
from talent.jd.markup import normalise

TUNING = Path(__file__).resolve().parents[2] / "fixtures" / "jd_corpus" / "tuning"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """Lower-case lines of every 25th tuning posting, and runs of punctuation (the adversarial kind)."""
    texts = [normalise(text) for _, text, _ in load_corpus(TUNING)[::25]]
    found = [line.lower() for text in texts for line in text.splitlines() if line.strip()]
    return [*found, "=" * 500, "# " * 300, "nice " * 200, "-" * 400 + "plus"]


@pytest.mark.parametrize("role", ["preferred_clause", "preferred_head", "required_head", "context_head"])
def test_a_grouped_cue_pattern_finds_the_plain_patterns_spans(role: str, lines: list[str]) -> None:
    plain = re.compile(rf"(?<!\w)(?=\w){alternatives(role)}(?!\w)")
    grouped = words(role)
    for line in lines:
        assert [m.span() for m in grouped.finditer(line)] == [m.span() for m in plain.finditer(line)], line


@pytest.mark.parametrize(
    "compiled",
    [parser._WAIVES_THE_STACK, experience.LEVEL_STATEMENT, sections._NOT_REQUIRED, title.ROLE_WORD],
    ids=["waives_the_stack", "level_statement", "not_required", "role_word"],
)
def test_a_guarded_pattern_matches_as_the_pattern_alone(compiled: re.Pattern[str], lines: list[str]) -> None:
    plain = re.compile(compiled.pattern.split(")(?:", 1)[1][:-1], compiled.flags)
    assert guarded(plain.pattern, plain.flags).pattern == compiled.pattern  # the guard is all that differs
    for line in lines:
        assert [m.span() for m in compiled.finditer(line)] == [m.span() for m in plain.finditer(line)], line


def test_a_line_without_any_needle_has_no_match(lines: list[str]) -> None:
    for compiled in (parser._WAIVES_THE_STACK, experience.LEVEL_STATEMENT):
        wanted = needles(compiled)
        assert wanted, compiled.pattern[:60]
        for line in lines:
            if compiled.search(line):
                assert may_match(wanted, line), line

"""Curated skill taxonomy: canonical names, aliases, GitHub linguist names and topics.

The data lives in `taxonomy.txt` next to this module (one skill a line) and is read once at import.
The `Skill` / `SKILLS` / `get_skill` interface is fixed: ranking and search_github depend on it.

Alias spellings carry one of three matching modes for the JD parser:

- plain: any case ("postgres", "k8s", "node.js");
- word: the alias is also an ordinary English word ("go", "swift", "spring"), so the parser wants a
  tech context before it counts;
- exact: only in the case written ("R", "C", "REST", "ARM"), because the lower-case form is a common
  word or letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Final, Literal

AliasMode = Literal["plain", "word", "exact"]

# One token of a posting: words, versions and the characters skill names use (c++, c#, .net, node.js).
# Hyphens and slashes split tokens, so "go-to" is ("go", "to") and "CI/CD" is ("ci", "cd").
# Letters are Unicode letters: "Büros" is one token, not "B" + "ros" (ROS).
TOKEN: Final = re.compile(r"\.?[^\W_](?:[^\W_]|[+#])*(?:\.[^\W_](?:[^\W_]|[+#])*)*")
# Categories whose entries are practices and concepts (CI/CD, microservices, machine learning): the
# parser reports them apart, never as skills (see the labelling guide).
CONCEPT_CATEGORIES: Final = frozenset({"concept"})


@dataclass(frozen=True, slots=True)
class Skill:
    name: str  # canonical name, e.g. "PostgreSQL"
    category: str  # language | framework | database | cloud | devops | tool | data | mobile | ...
    aliases: tuple[str, ...] = ()  # lower-case spellings seen in postings, e.g. ("postgres", "psql")
    linguist: str | None = None  # GitHub linguist language name when the skill is a language
    topics: tuple[str, ...] = field(default_factory=tuple)  # GitHub repository topics that show it


@dataclass(frozen=True, slots=True)
class Alias:
    """One spelling of a skill, as the parser matches it."""

    skill: str  # canonical name
    mode: AliasMode
    spelling: str  # as written in the taxonomy; the case matters for "exact" aliases


def alias_key(spelling: str) -> tuple[str, ...]:
    """The lower-case token tuple a spelling matches, e.g. "Ruby on Rails" -> ("ruby", "on", "rails")."""
    return tuple(token.lower() for token in TOKEN.findall(spelling))


def _topic(name: str) -> str:
    slug = name.lower().replace("++", "pp").replace("#", "sharp").replace(".", "").replace(" ", "-")
    return re.sub(r"[^a-z0-9-]", "", slug).strip("-")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


def _load() -> tuple[dict[str, Skill], dict[tuple[str, ...], Alias]]:
    text = resources.files(__package__ or "talent.jd").joinpath("taxonomy.txt").read_text("utf-8")
    skills: dict[str, Skill] = {}
    aliases: dict[tuple[str, ...], Alias] = {}

    def add(key: tuple[str, ...], alias: Alias) -> None:
        other = aliases.get(key)
        if other is not None and other.skill != alias.skill:
            raise ValueError(f"taxonomy: {alias.spelling!r} names both {other.skill} and {alias.skill}")
        aliases[key] = alias

    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != 5:
            raise ValueError(f"taxonomy.txt line {number}: expected 5 columns, got {len(cells)}")
        name, category, alias_cell, linguist, topic_cell = cells
        if name in skills:
            raise ValueError(f"taxonomy.txt line {number}: {name} twice")
        spellings: list[tuple[str, AliasMode]] = []
        for raw in _split(alias_cell):
            if raw.startswith("~"):
                spellings.append((raw[1:], "word"))
            elif raw.startswith("!"):
                spellings.append((raw[1:], "exact"))
            else:
                spellings.append((raw.lower(), "plain"))
        # The canonical name is a plain alias too, unless a marked alias already covers that spelling.
        if all(alias_key(s) != alias_key(name) for s, _ in spellings):
            spellings.insert(0, (name.lower(), "plain"))
        topics = tuple(_split(topic_cell)) or (_topic(name),)
        lowered = tuple(dict.fromkeys(s.lower() for s, _ in spellings if s.lower() != name.lower()))
        skills[name] = Skill(name, category, lowered, linguist or None, topics)
        for spelling, mode in spellings:
            key = alias_key(spelling)
            if key:
                add(key, Alias(name, mode, spelling))
    return skills, aliases


SKILLS: dict[str, Skill]
ALIASES: dict[tuple[str, ...], Alias]  # token tuple -> spelling, for the parser's n-gram lookup
SKILLS, ALIASES = _load()
MAX_ALIAS_TOKENS: Final = max(len(key) for key in ALIASES)
_BY_LOWER_NAME: Final = {name.lower(): name for name in SKILLS}


def get_skill(name: str) -> Skill | None:
    """The skill with this canonical name, or None."""
    return SKILLS.get(name)


def canonical_name(spelling: str) -> str | None:
    """The canonical name for any known spelling ("k8s", "Postgres", "golang"), or None."""
    by_name = _BY_LOWER_NAME.get(spelling.strip().lower())
    if by_name is not None:
        return by_name
    alias = ALIASES.get(alias_key(spelling))
    return alias.skill if alias is not None else None

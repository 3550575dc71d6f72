"""Curated skill taxonomy: canonical names, aliases, GitHub linguist names and topics.

Skeleton: the parse_jd work expands it to 400+ technologies. The interface below is fixed because
ranking and search_github depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Skill:
    name: str  # canonical name, e.g. "PostgreSQL"
    category: str  # language | framework | database | cloud | devops | tool | data | mobile | ...
    aliases: tuple[str, ...] = ()  # lower-case spellings seen in postings, e.g. ("postgres", "psql")
    linguist: str | None = None  # GitHub linguist language name when the skill is a language
    topics: tuple[str, ...] = field(default_factory=tuple)  # GitHub repository topics that show it


SKILLS: dict[str, Skill] = {
    s.name: s
    for s in (
        Skill("Python", "language", ("python3", "py"), "Python", ("python",)),
        Skill("Go", "language", ("golang",), "Go", ("go", "golang")),
        Skill("Kubernetes", "devops", ("k8s",), None, ("kubernetes", "k8s")),
        Skill("PostgreSQL", "database", ("postgres", "psql"), None, ("postgresql", "postgres")),
        Skill("JavaScript", "language", ("js", "es6"), "JavaScript", ("javascript",)),
        Skill("AWS", "cloud", ("amazon web services",), None, ("aws",)),
        Skill("React", "framework", ("react.js", "reactjs"), None, ("react", "reactjs")),
    )
}


def get_skill(name: str) -> Skill | None:
    """The skill with this canonical name, or None."""
    return SKILLS.get(name)

"""Skill evidence: which skills a candidate's own public work shows, how strongly, and where.

A `SkillMatcher` is built once per requirement; `evidence(candidate)` reads one candidate.

- A language (Python, Kotlin) is shown by its share of the person's own code: each own, non-fork
  repository's primary language weighted by its size, over up to 100 repositories. Under
  `MIN_LANGUAGE_SHARE` it is incidental (a build script, a vendored file) and shows nothing; full
  strength from `FULL_STRENGTH_SHARE`. The evidence names the share and how many repositories.
- Any skill (Django, Kubernetes, Android, and a language too) is shown by own repositories: tagged
  with one of its topics (strongest), named after it, or describing it (weakest: free text). Strengths
  of several repositories combine as a noisy-OR, 1 - prod(1 - s), so more independent evidence raises
  confidence without exceeding 1. A language's share and its repositories combine the same way: SQL is
  seldom a repository's main language, but a repository tagged with a SQL database shows it (the SQL
  row of taxonomy.txt lists those databases' GitHub topics).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from talent.jd.taxonomy import get_skill
from talent.jd.words import common_words
from talent.models import Candidate, Repository
from talent.roles import languages_of, services_of, topics_of

MIN_LANGUAGE_SHARE: Final = 0.05  # under 5% of someone's own code a language is incidental
FULL_STRENGTH_SHARE: Final = 0.40  # 40% of someone's own code in a language is their main work
TOPIC_STRENGTH: Final = 0.7
NAME_STRENGTH: Final = 0.5
DESCRIPTION_STRENGTH: Final = 0.4
MAX_EVIDENCE_ITEMS: Final = 5  # enough for a recruiter to check; keeps stage payloads small

# Skill names that are ordinary words: in names and descriptions they say nothing ("go-to", "spring clean").
AMBIGUOUS_WORDS: Final = frozenset(
    {
        "go",
        "spring",
        "express",
        "less",
        "make",
        "chef",
        "puppet",
        "salt",
        "swift",
        "dart",
        "rest",
        "elm",
        "r",
        "c",
    }
)

# Topics many unrelated repositories carry: on their own they show no skill ("testing" is not
# evidence of automated testing, "api" not of any API technology).
GENERIC_TOPICS: Final = frozenset(
    {"testing", "test", "tests", "awesome", "awesome-list", "hacktoberfest", "tutorial", "learning",
     "api", "cli", "automation", "tools", "tool", "utility", "library", "framework", "project", "demo",
     "example", "examples", "starter", "template", "boilerplate", "open-source", "opensource", "portfolio",
     "website", "app", "bot", "homework", "course", "university"}
)  # fmt: skip

# A list of links ("awesome-rust-links: A curated list …", tagged "awesome" and "kubernetes") collects
# other people's work: none of its names or tags shows the owner's skill (a new user's trial found a
# draft citing one as Kubernetes work). Such a list has no code, so GitHub gives it no language; a
# repository in a language is code whatever its name ("awesome-notifications", "terraform-aws-modules: A
# curated list of … modules").
_LINK_LIST_TOPICS: Final = frozenset({"awesome", "awesome-list", "awesome-lists", "curated-list", "links"})
_LINK_LIST_TEXT: Final = re.compile(
    r"^awesome\b|\b(?:curated list|list of|collection of|links|bookmarks|reading list|resources)\b"
)
_NO_CODE: Final = frozenset({"Markdown", "Text"})


def is_link_list(repo: Repository) -> bool:
    """Whether a repository is a list of links to others' work: no language of code, and its tags, name
    or description say it lists ("awesome", "curated list", "useful links", "bookmarks")."""
    if repo.primary_language is not None and repo.primary_language not in _NO_CODE:
        return False
    named = f"{repo.name.lower()} {(repo.description or '').lower()}"
    return bool(_LINK_LIST_TOPICS & set(repo.topics)) or _LINK_LIST_TEXT.search(named) is not None


_LANGUAGE_EVIDENCE = re.compile(r"language share (\d+)% (.+?)(?: \(\d+ repositor(?:y|ies)\))?")
# The characters skill names use (c++, c#, node.js, .net); a trailing full stop is not part of a word.
_WORD = re.compile(r"\.?[a-z0-9+#]+(?:\.[a-z0-9+#]+)*")


def language_evidence(language: str, share: float, repos: int | None = None) -> str:
    """The evidence string for a language share, e.g. "language share 42% Go (12 repositories)"."""
    counted = f" ({repos} repositor{'y' if repos == 1 else 'ies'})" if repos else ""
    return f"language share {round(share * 100)}% {language}{counted}"


def parse_language_evidence(item: str) -> tuple[str, int] | None:
    """(language, percent) for a `language_evidence` string, or None for a repository name."""
    found = _LANGUAGE_EVIDENCE.fullmatch(item)
    return (found.group(2), int(found.group(1))) if found else None


def words(text: str) -> list[str]:
    """Lower-case words of a text; hyphens and other punctuation separate words."""
    return _WORD.findall(text.lower())


@dataclass(frozen=True, slots=True)
class SkillEvidence:
    strength: float  # 0-1, see the module docstring
    items: tuple[str, ...]  # strongest first: a language share string and/or repository names


@dataclass(frozen=True, slots=True)
class _Spellings:
    """How a non-language skill shows on a repository."""

    topics: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # word sequences for names and descriptions
    needles: tuple[str, ...]  # the same, space-joined and space-padded, as `in_text` looks for them

    @classmethod
    def of(cls, name: str) -> _Spellings:
        """A skill's spellings; a cloud platform's include its services' (`services_of`): EKS shows AWS,
        but not a service's ordinary word ("aurora", "neptune": a repository's name)."""
        own = _phrases(name)
        services = [_phrases(service) for service in services_of(name)]
        ordinary = common_words() if services else frozenset()
        topics = own[0].union(*(t for t, _ in services))
        phrases = {
            *own[1],
            *(p for _, found in services for p in found if len(p) > 1 or p[0] not in ordinary),
        }
        usable = tuple(p for p in phrases if p and (len(p) > 1 or p[0] not in AMBIGUOUS_WORDS))
        return cls(topics, usable, tuple(f" {' '.join(p)} " for p in usable))

    def in_text(self, joined: str) -> bool:
        """Whether a phrase occurs in `joined`: lower-case words separated and surrounded by spaces."""
        return any(needle in joined for needle in self.needles)


def _phrases(name: str) -> tuple[frozenset[str], set[tuple[str, ...]]]:
    """A skill's topics (less the generic ones), and the word sequences of its name, topics and aliases:
    "Compose + Hilt" shows Dagger (a trial's Android developer was listed as missing it). A one-word alias
    that is an ordinary or ambiguous word ("compose", "node") or one with a version ("react 18") is left
    out: "docker compose" shows no Jetpack Compose."""
    topics = frozenset(topics_of(name)) - GENERIC_TOPICS
    skill = get_skill(name)
    ordinary = common_words()
    aliases = [
        tuple(words(alias))
        for alias in (skill.aliases if skill is not None else ())
        if not (len(words(alias)) == 1 and (alias in ordinary or alias in AMBIGUOUS_WORDS))
        and not any(c.isdigit() for c in alias)
    ]
    return topics, {tuple(words(name)), *(tuple(words(t.replace("-", " "))) for t in topics), *aliases}


def _joined(text: str | None) -> str:
    return f" {' '.join(words(text))} " if text else ""


@dataclass(frozen=True, slots=True)
class _RepoText:
    """A repository's name and description as space-joined words, computed once per candidate."""

    name: str
    described: str
    topics: frozenset[str]
    repo: str


class SkillMatcher:
    """Finds evidence for a fixed list of canonical skill names; build once per requirement."""

    def __init__(self, skill_names: Iterable[str]) -> None:
        self.names: tuple[str, ...] = tuple(dict.fromkeys(skill_names))
        self._languages = {name: languages for name in self.names if (languages := languages_of(name))}
        self._spellings = {name: _Spellings.of(name) for name in self.names}

    def match(self, candidate: Candidate) -> dict[str, SkillEvidence]:
        """Evidence per skill name, only for skills with any evidence, in the matcher's skill order."""
        found: dict[str, SkillEvidence] = {}
        repo_counts = _repo_counts(candidate)
        texts = [
            _RepoText(_joined(r.name.replace("-", " ").replace("_", " ")), _joined(r.description),
                      frozenset(r.topics), r.name)
            for r in candidate.repos
            if not is_link_list(r)
        ]  # fmt: skip
        for name in self.names:
            evidence = _repositories(self._spellings[name], texts)
            if name in self._languages:
                evidence = _combined(_language(self._languages[name], candidate, repo_counts), evidence)
            if evidence is not None:
                found[name] = evidence
        return found

    def evidence(self, candidate: Candidate) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
        """`match` as two dicts, strengths and evidence items."""
        matched = self.match(candidate)
        return {n: e.strength for n, e in matched.items()}, {n: e.items for n, e in matched.items()}


def _repo_counts(candidate: Candidate) -> dict[str, int]:
    counts: dict[str, int] = {}
    for repo in candidate.repos:
        if repo.primary_language:
            counts[repo.primary_language] = counts.get(repo.primary_language, 0) + 1
    return counts


def language_strength(share: float) -> float:
    """0 under MIN_LANGUAGE_SHARE, 1 from FULL_STRENGTH_SHARE, proportional between."""
    return 0.0 if share < MIN_LANGUAGE_SHARE else min(1.0, share / FULL_STRENGTH_SHARE)


def _language(
    languages: tuple[str, ...], candidate: Candidate, repo_counts: dict[str, int]
) -> SkillEvidence | None:
    """The share of the person's own code in a language and its dialects (`roles.languages_of`), one
    evidence item per language they write, the largest first."""
    shares = {language: candidate.language_share.get(language, 0.0) for language in languages}
    strength = language_strength(sum(shares.values()))
    if not strength:
        return None
    written = sorted((language for language in languages if shares[language]), key=lambda lang: -shares[lang])
    items = (language_evidence(lang, shares[lang], repo_counts.get(lang)) for lang in written)
    return SkillEvidence(strength, tuple(items)[:MAX_EVIDENCE_ITEMS])


def _combined(share: SkillEvidence | None, repos: SkillEvidence | None) -> SkillEvidence | None:
    """A language's share and its repositories as one piece of evidence (noisy-OR of the two
    strengths), the share first: SQL or Shell seldom lead a repository, yet a repository tagged
    "postgresql" or named "dotfiles-bash" shows them."""
    if share is None or repos is None:
        return share or repos
    strength = 1.0 - (1.0 - share.strength) * (1.0 - repos.strength)
    return SkillEvidence(strength, (*share.items, *repos.items)[:MAX_EVIDENCE_ITEMS])


def _repositories(spellings: _Spellings, texts: list[_RepoText]) -> SkillEvidence | None:
    hits: list[tuple[float, str]] = []
    for text in texts:
        if spellings.topics & text.topics:
            hits.append((TOPIC_STRENGTH, text.repo))
        elif spellings.in_text(text.name):
            hits.append((NAME_STRENGTH, text.repo))
        elif text.described and spellings.in_text(text.described):
            hits.append((DESCRIPTION_STRENGTH, text.repo))
    if not hits:
        return None
    hits.sort(key=lambda hit: -hit[0])  # stable: equal strengths keep the repositories' order
    strength = 1.0 - math.prod(1.0 - s for s, _ in hits)
    return SkillEvidence(strength, tuple(name for _, name in hits[:MAX_EVIDENCE_ITEMS]))

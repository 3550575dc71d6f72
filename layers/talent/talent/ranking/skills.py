"""Skill evidence: which of a job's skills a candidate's public GitHub data shows, and how strongly.

A `SkillMatcher` is built once per job requirement. It turns the taxonomy entries of the job's skills
into lookup tables (linguist language, repository topic) and precompiled whole-word patterns for
descriptions, so matching a candidate is dictionary lookups and substring tests; no regex is compiled
per candidate.

Evidence kinds and their strength (0-1):

- language share: the share of the user's code in the skill's linguist language; full strength from
  `FULL_STRENGTH_SHARE` upwards, proportionally less below, nothing under `MIN_LANGUAGE_SHARE`;
- a repository whose primary language is the skill's linguist language;
- a repository tagged with one of the skill's topics;
- a repository whose description names the skill (weakest: descriptions are free text). Descriptions
  are read only for skills without any language or topic evidence: they decide whether a skill is
  shown at all, they never add to stronger evidence.

One repository counts once, with its strongest signal. Strengths combine as a noisy-OR,
1 - prod(1 - s), so more independent evidence raises confidence without ever exceeding 1.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Final

from talent.jd.taxonomy import Skill, get_skill
from talent.models import Candidate

MIN_LANGUAGE_SHARE: Final = 0.01  # below 1% of a user's code is noise (a config script, a vendored file)
FULL_STRENGTH_SHARE: Final = 0.25  # a quarter of someone's public code in a language is clear evidence
PRIMARY_LANGUAGE_STRENGTH: Final = 0.6
TOPIC_STRENGTH: Final = 0.6
DESCRIPTION_STRENGTH: Final = 0.4
MAX_EVIDENCE_ITEMS: Final = 5  # enough for a recruiter to check; keeps stage payloads small

# Skill spellings that are ordinary English words (or single letters): in free-text descriptions they
# say nothing about the skill ("ready to go", "spring cleaning"). Topics and languages still match them.
AMBIGUOUS_WORDS: Final = frozenset(
    {"go", "spring", "express", "less", "make", "chef", "puppet", "salt", "swift", "dart", "rest", "elm"}
)

_LANGUAGE_EVIDENCE = re.compile(r"language share (\d+)% (.+)")
# Keeps the characters skill names use (c++, c#, node.js, .net); a trailing full stop is not part of a word.
_WORD = re.compile(r"\.?[a-z0-9+#]+(?:\.[a-z0-9+#]+)*")


def language_evidence(language: str, share: float) -> str:
    """The evidence string for a language share, e.g. "language share 42% Go"."""
    return f"language share {round(share * 100)}% {language}"


def parse_language_evidence(item: str) -> tuple[str, int] | None:
    """(language, percent) for a `language_evidence` string, or None for a repository name."""
    found = _LANGUAGE_EVIDENCE.fullmatch(item)
    return (found.group(2), int(found.group(1))) if found else None


def words(text: str) -> list[str]:
    """Lower-case words of a text; hyphens and other punctuation separate words."""
    return _WORD.findall(text.lower())


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class SkillEvidence:
    strength: float  # 0-1, see the module docstring
    items: tuple[str, ...]  # strongest first: a language share string and/or repository names


def _skill(name: str) -> Skill:
    # A skill outside the taxonomy still matches on its own name as language, topic and phrase.
    return get_skill(name) or Skill(name, "unknown", (), name, (_slug(name),))


class _Lookup(dict[str | None, tuple[int, ...]]):
    """Skill indexes by lower-case key; looked up with any casing, each spelling lowered once.

    Candidates repeat the same languages and topics thousands of times, so remembering the raw
    spelling turns a lower() plus a lookup into a single dict hit. None (a repository without a
    primary language) finds nothing.
    """

    def __init__(self) -> None:
        super().__init__({None: ()})
        self.lowered: dict[str, tuple[int, ...]] = {}

    def add(self, key: str, index: int) -> None:
        indexes = self.lowered.get(key.lower(), ())
        if index not in indexes:
            self.lowered[key.lower()] = (*indexes, index)

    def __missing__(self, key: str | None) -> tuple[int, ...]:
        assert key is not None  # set in __init__
        indexes = self[key] = self.lowered.get(key.lower(), ())
        return indexes


# What may separate the words of a phrase without `words` seeing another word between them.
_BETWEEN_WORDS = r"(?:[^a-z0-9+#.]|\.(?![a-z0-9+#]))+"


def _spelling(spelled: Sequence[str]) -> str:
    """Regex for one spelling's words, exactly as `words` splits text, not preceded by a word character.

    That check sits after the first character, "g(?<![a-z0-9+#.]g)olang": a pattern opening with a
    literal lets the regex engine skip ahead to it, several times faster than an opening lookbehind.
    """
    head, tail = re.escape(spelled[0][0]), re.escape(spelled[0][1:])
    rest = "".join(_BETWEEN_WORDS + re.escape(word) for word in spelled[1:])
    return rf"{head}(?<![a-z0-9+#.]{head}){tail}{rest}"


@dataclass(frozen=True, slots=True)
class _Mentions:
    """How a description names one skill: whole-word spellings behind a cheap substring pre-check."""

    needles: tuple[str, ...]  # plain `in` tests that rule most descriptions out before the regex runs
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, spellings: Iterable[Sequence[str]]) -> _Mentions:
        phrases = sorted(spellings, key=lambda spelled: (-len(" ".join(spelled)), spelled))  # longest first
        # A mention contains the first word of some spelling; "kubectl" needs no test of its own
        # when "kube" is already one.
        firsts = sorted({spelled[0] for spelled in phrases}, key=len)
        needles = [w for i, w in enumerate(firsts) if not any(shorter in w for shorter in firsts[:i])]
        # Whole words exactly as `words` splits text: "go" is not in "golang" or "node.go", while
        # "kubernetes." and "kubernetes-native" do contain the word "kubernetes".
        body = "|".join(_spelling(spelled) for spelled in phrases)
        return cls(tuple(needles), re.compile(rf"(?:{body})(?![a-z0-9+#]|\.[a-z0-9+#])"))

    def found_in(self, text: str) -> bool:
        for needle in self.needles:
            if needle in text:
                return self.pattern.search(text) is not None
        return False


class SkillMatcher:
    """Finds evidence for a fixed list of canonical skill names; build once per requirement."""

    def __init__(self, skill_names: Iterable[str]) -> None:
        self.names: tuple[str, ...] = tuple(dict.fromkeys(skill_names))
        self._by_language = _Lookup()
        self._by_topic = _Lookup()
        mentions: dict[int, _Mentions] = {}  # per skill index, for descriptions
        for index, name in enumerate(self.names):
            skill = _skill(name)
            spellings = (skill.name, *skill.aliases)
            if skill.linguist:
                self._by_language.add(skill.linguist, index)
            for topic in {*skill.topics, *(_slug(s) for s in spellings)}:
                self._by_topic.add(topic, index)
            described = {tuple(words(s)) for s in (*spellings, *skill.topics)}
            described = {
                s for s in described if len(s) > 1 or (s and len(s[0]) > 1 and s[0] not in AMBIGUOUS_WORDS)
            }
            if described:
                mentions[index] = _Mentions.of(described)
        self._mentions = sorted(mentions.items())

    def match(self, candidate: Candidate) -> dict[str, SkillEvidence]:
        """Evidence per skill name, only for skills with any evidence, in the matcher's skill order."""
        strengths, items = self.evidence(candidate)
        return {name: SkillEvidence(strength, items[name]) for name, strength in strengths.items()}

    def evidence(self, candidate: Candidate) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
        """`match` as two dicts, strengths and evidence items: what the ranking loop uses as they are."""
        hits: dict[int, list[tuple[float, str]]] = {}  # per skill index: (strength, evidence item)
        by_language = self._by_language
        for language, share in candidate.language_share.items():
            if share >= MIN_LANGUAGE_SHARE and (indexes := by_language[language]):
                entry = (min(1.0, share / FULL_STRENGTH_SHARE), language_evidence(language, share))
                for index in indexes:
                    if index in hits:
                        hits[index].append(entry)
                    else:
                        hits[index] = [entry]

        by_topic = self._by_topic
        repos = candidate.repos
        for repo in repos:
            indexes = by_language[repo.primary_language]
            if (topics := repo.topics) and (by_topics := [i for topic in topics for i in by_topic[topic]]):
                shown = dict.fromkeys(by_topics, TOPIC_STRENGTH)
                for index in indexes:
                    shown[index] = max(shown.get(index, 0.0), PRIMARY_LANGUAGE_STRENGTH)
                for index, strength in shown.items():
                    if index in hits:
                        hits[index].append((strength, repo.name))
                    else:
                        hits[index] = [(strength, repo.name)]
            else:
                for index in indexes:
                    if index in hits:
                        hits[index].append((PRIMARY_LANGUAGE_STRENGTH, repo.name))
                    else:
                        hits[index] = [(PRIMARY_LANGUAGE_STRENGTH, repo.name)]

        # Descriptions are the weakest and the costliest signal (free text), so they are read only for
        # skills that no language or topic shows, and only for skills that all descriptions joined
        # mention at all: a mention in one description is a mention in the joined text, whose newline
        # separators look like the start and end of a text to the patterns.
        if unshown := [(i, mentions) for i, mentions in self._mentions if i not in hits]:
            joined = "\n".join([repo.description for repo in repos if repo.description]).lower()
            if unshown := [(i, mentions) for i, mentions in unshown if mentions.found_in(joined)]:
                for repo in repos:
                    if repo.description:
                        text = repo.description.lower()
                        for index, mentions in unshown:
                            if mentions.found_in(text):
                                if index in hits:
                                    hits[index].append((DESCRIPTION_STRENGTH, repo.name))
                                else:
                                    hits[index] = [(DESCRIPTION_STRENGTH, repo.name)]

        strengths: dict[str, float] = {}
        items: dict[str, tuple[str, ...]] = {}
        for index in sorted(hits):
            name = self.names[index]
            entries = hits[index]
            if len(entries) == 1:
                strength, item = entries[0]
                strengths[name] = 1.0 - (1.0 - strength)  # the noisy-OR below, for one strength
                items[name] = (item,)
                continue
            # Stable, also with reverse: ties keep language first, then the order of the repos.
            entries.sort(key=itemgetter(0), reverse=True)
            strengths[name] = 1.0 - math.prod([1.0 - strength for strength, _ in entries])  # noisy-OR
            items[name] = tuple([item for _, item in entries[:MAX_EVIDENCE_ITEMS]])
        return strengths, items

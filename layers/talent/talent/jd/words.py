"""Ordinary words of English, German, French and Spanish, and what a name made of none of them may be.

Source: `common_words.txt`, the 20,000 most frequent words of each language from the PyPI package
wordfreq, shipped as data (rebuilt by `talent.jd.build_vocabulary`); `human_languages.txt`, ISO 639's
language names from pycountry (rebuilt by `talent_local.build_languages`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Final


def _word_list(name: str) -> frozenset[str]:
    """The lines of one of the package's word files, less its "#" comments."""
    text = resources.files(__package__ or "talent.jd").joinpath(name).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def common_words() -> frozenset[str]:
    """The ordinary words, lower case (read once)."""
    return _word_list("common_words.txt")


@cache
def human_languages() -> frozenset[str]:
    """Names of human languages in en/de/fr/es, lower case ("english", "englisch", "anglais"; ISO 639 via
    pycountry: `talent_local.build_languages`)."""
    return _word_list("human_languages.txt")


def is_common_word(word: str) -> bool:
    """Whether `word` (any case) is among the 20,000 most frequent words of en/de/fr/es (wordfreq)."""
    return word.lower() in common_words()


MAX_TOWN_WORDS: Final = 3
# Words that begin or join many towns' names: "Le Haillan", "Bad Homburg", "San Fernando", "Saint-Lô".
NAME_PARTICLES: Final = frozenset(
    {"le", "la", "les", "el", "los", "las", "bad", "san", "santa", "saint", "st"}
)
_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")


def town_like(words: list[str]) -> bool:
    """Whether capitalised `words` may name a town the gazetteer lacks ("Chusclan", "Le Haillan"): one to
    three words, none an ordinary word (particles aside), none camel-cased ("MayaData": a company) and
    none with a digit ("Q3": a quarter)."""
    if not words or len(words) > MAX_TOWN_WORDS or any(c.isdigit() for w in words for c in w):
        return False
    ordinary = any(is_common_word(w) and w.lower() not in NAME_PARTICLES for w in words)
    return not ordinary and not any(_INNER_CAPITAL.search(w) or _a_word_joined(w) for w in words)


# The small words that join a town's parts in lower case: "Clayes-sous-Bois", "Aix-en-Provence",
# "Frankfurt-am-Main", "Newcastle-upon-Tyne"
_JOINERS: Final = frozenset(
    {"sous", "sur", "en", "lès", "les", "le", "la", "de", "du", "des", "am", "an", "im"}
    | {"upon", "on", "under", "in", "by", "the"}
)


def _a_word_joined(word: str) -> bool:
    """Whether a hyphenated word joins an ordinary word in lower case that no town's name joins:
    "AI-assisted", "Cloud-native" (not "Clayes-sous-Bois", "Stratford-upon-Avon", "Saint-Lô")."""
    parts = word.split("-")[1:]
    return any(part[:1].islower() and part not in _JOINERS and is_common_word(part) for part in parts)

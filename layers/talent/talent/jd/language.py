"""The language a posting is written in, so its drafts can be written in it (talent.outreach).

Identified by fastText's language identifier (lid.176.ftz: 176 languages, CC BY-SA 3.0; shipped as
data beside this module, rebuilt by `make language-model`) run by `fasttext-predict`, paragraph by
paragraph: the language most of the posting's words are in, where the model is sure, is the posting's.
A posting in any other language (Danish, Italian, Portuguese) gets None, and its drafts are in
English. On the 7,274 tuning postings whose file names give a language, this agrees
with the name on 7,243; the rest are mostly filed under the wrong name (Portuguese postings under
"es", Dutch under "de", German ones under "en").

The model (0.9 MB) loads on the first posting a process reads, in about 20 ms, not at import.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any, Final, get_args

from talent.models import DraftLanguage

MODEL_FILE: Final = "lid.176.ftz"
DRAFT_LANGUAGES: Final[tuple[DraftLanguage, ...]] = get_args(DraftLanguage)
_LABEL: Final = "__label__"
# A paragraph votes for its language with its words when the model is at least this sure of it, and has
# at least MIN_WORDS: a privacy footer or a code block is outvoted by the posting around it.
MIN_CONFIDENCE: Final = 0.5
MIN_WORDS: Final = 4
_PARAGRAPHS: Final = re.compile(r"\n\s*\n")

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _model() -> Any:
    """The model, or None when it cannot be loaded (logged once): the drafts are then in English."""
    import fasttext

    try:
        with resources.as_file(resources.files("talent.jd") / MODEL_FILE) as path:
            return fasttext.load_model(str(path))
    except (OSError, ValueError) as error:
        logger.error("cannot load the language model %s: %r; drafts default to English", MODEL_FILE, error)
        return None


def _language(model: Any, words: list[str]) -> tuple[str, float]:
    """The likeliest language (ISO 639-1) of `words` and the model's confidence in it (0-1)."""
    (label,), (confidence,) = model.predict(" ".join(words), k=1)  # one line: the model reads lines
    return label.removeprefix(_LABEL), float(confidence)


def _votes(model: Any, plain: str) -> Counter[str]:
    """Each paragraph's language, weighted by its words, where the model is sure of it. Paragraphs too
    short to read alone (a list's items, one per paragraph) vote together, as one."""
    votes: Counter[str] = Counter()
    short: list[str] = []
    for paragraph in _PARAGRAPHS.split(plain):
        words = paragraph.split()
        if len(words) < MIN_WORDS:
            short += words
        elif (found := _language(model, words))[1] >= MIN_CONFIDENCE:
            votes[found[0]] += len(words)
    if len(short) >= MIN_WORDS and (found := _language(model, short))[1] >= MIN_CONFIDENCE:
        votes[found[0]] += len(short)
    return votes


def posting_language(plain: str) -> DraftLanguage | None:
    """The draft language (ISO 639-1: en, de, fr, es) `plain` is mostly written in; None for another
    language, or a text with no letters. `plain` is the posting as parse_jd reads it
    (talent.jd.markup.normalise), so markup does not count. Each paragraph is read alone and
    votes with its words, so an English posting's German privacy footer does not make it German. Time
    is linear in the text's length, about 2 ms per 10 KB."""
    model = _model()
    if model is None or not any(c.isalpha() for c in plain):
        return None
    votes = _votes(model, plain)
    # no paragraph long or clear enough ("Vance is hiring a React dev, remote"): the whole text decides
    best = votes.most_common(1)[0][0] if votes else _language(model, plain.split())[0]
    return next((language for language in DRAFT_LANGUAGES if language == best), None)


# How a German posting addresses its reader: "Das bringst du mit", "Wir freuen uns auf dich", "deine
# Aufgaben" against "Ihr Profil", "Wir freuen uns auf Sie". Only the capitalised polite forms count as Sie
# ("sie" in lower case is they/she); "Ihr" starts sentences as "your", so it counts only as "Ihre/Ihren/…"
# or after a preposition-free word.
_DU = re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)
_SIE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?:Sie|Ihnen|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b", re.MULTILINE)
MIN_INFORMAL_WORDS: Final = 2

# How a Spanish posting addresses its reader: most tech postings say tú ("¿Qué buscamos en ti?", "tu
# equipo", "te ofrecemos"), some corporate ones usted ("Si usted cumple el perfil"). Spanish drops its
# pronouns, so usted is rarely written even in a formal posting, and only unambiguous words count:
# - usted, and its abbreviations Ud./Vd. (capitalised, with the dot);
# - not ustedes: the plural "you all" of every register in Latin America (a posting that says
#   "ustedes" to its readers is no sign of usted to one);
# - not su/sus/le/lo/la: they are also "his/her/their" and "him/her/it" ("su equipo", "le reportará");
# - tú as tú, tu, tus, te, ti, contigo: "te" and "ti" are no other word in running Spanish.
# A privacy footer's one "usted" ("hasta que usted ejerza su derecho…", as in a tuning posting that
# otherwise says tú) is no register: it takes MIN_FORMAL_WORDS, and more usted than tú.
_USTED = re.compile(r"\b(?i:usted)\b|\b[UV]d\.")
_TU = re.compile(r"\b(?:tú|tu|tus|te|ti|contigo)\b", re.IGNORECASE)
MIN_FORMAL_WORDS: Final = 2


def informal_address(plain: str, language: DraftLanguage | None) -> bool | None:
    """The register a posting addresses its reader in, where its drafts have two (JobRequirement.informal):
    a German posting's True when it says du more than Sie (a trial's recruiter rewrote every Sie draft of
    a du posting), else False; a Spanish posting's False when it says usted more than tú (a recruiter's
    trial: a Mexican corporate client's drafts said tú), else None, Spanish drafts' own tú. None for
    other languages, whose drafts keep one register (English, French vous)."""
    if language == "es":
        formal = len(_USTED.findall(plain))
        return False if formal >= MIN_FORMAL_WORDS and formal > len(_TU.findall(plain)) else None
    if language != "de":
        return None
    informal = len(_DU.findall(plain))
    return informal >= MIN_INFORMAL_WORDS and informal > len(_SIE.findall(plain))

"""The language a posting is written in, so its drafts can be written in it (talent.outreach).

Identified by fastText's language identifier (lid.176.ftz: 176 languages, CC BY-SA 3.0; shipped as
data beside this module, rebuilt by `make language-model`) run by `fasttext-predict`. The most likely
language among the draft languages and the three nearest them is taken. The three are there so that
a Portuguese, Italian or Dutch posting is not read as Spanish, French or German: it gets None, and its
drafts are in English. On the 7,274 tuning postings whose file names give a language, this agrees
with the name on 7,246; the rest are mostly filed under the wrong name (Portuguese postings under
"es", Dutch under "de", German ones under "en").

The model (0.9 MB) loads on the first posting a process reads, in about 20 ms, not at import.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, Final, get_args

from talent.models import DraftLanguage

MODEL_FILE: Final = "lid.176.ftz"
DRAFT_LANGUAGES: Final[tuple[DraftLanguage, ...]] = get_args(DraftLanguage)
# ISO 639-1 codes chosen among: the draft languages and the nearest others.
_CHOSEN_AMONG: Final = frozenset({*DRAFT_LANGUAGES, "it", "pt", "nl"})
_LABEL: Final = "__label__"
# How many of the model's likeliest languages are looked through for one of `_CHOSEN_AMONG`.
_TOP_K: Final = 10


@lru_cache(maxsize=1)
def _model() -> Any:
    import fasttext

    with resources.as_file(resources.files("talent.jd") / MODEL_FILE) as path:
        return fasttext.load_model(str(path))


def posting_language(plain: str) -> DraftLanguage | None:
    """The draft language (ISO 639-1: en, de, fr, es) `plain` is written in; None for another language
    or a text with no letters. `plain` is the posting as parse_jd reads it (talent.jd.markup.normalise),
    so markup does not count. Time is linear in the text's length, about 2 ms per 10 KB."""
    if not any(c.isalpha() for c in plain):
        return None
    labels, _ = _model().predict(" ".join(plain.split()), k=_TOP_K)  # one line: the model reads lines
    codes = (label.removeprefix(_LABEL) for label in labels)
    best = next((code for code in codes if code in _CHOSEN_AMONG), None)
    return next((language for language in DRAFT_LANGUAGES if language == best), None)

"""The fixed words of a draft in each draft language (talent.models.DraftLanguage), kept as data in
wording.json: the lines every message carries, the sign-off and employer placeholders, the names of
levels, and how lists are joined. The templates under templates/<language>/ hold the rest.

The lines every message carries (GDPR Art. 14: say where the data came from; honour opt-outs) say the
same in each language. The opt-out says what a "no thanks" really leads to: the recruiter lists the
login (POST /suppressions), which erases the person from the recruiter's stored searches and leaves
them out of later ones (talent.erasure). German and French address the person formally (Sie, vous),
Spanish as tú, as tech recruiters in those languages usually write; German drafts say du and Spanish
ones usted where the requirement asks (JobRequirement.informal true and false: `informal` and `formal`
lines, and templates/de-du/, templates/es-usted/). French keeps vous, English has one register.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Final

from talent.models import DraftLanguage, Seniority


@dataclass(frozen=True, slots=True)
class Wording:
    """One language's fixed words (wording.json)."""

    name: str  # the language's English name, for a model's prompt
    source_line: str
    opt_out_line: str
    # the reply the opt-out line asks for, lower case and unquoted: a model's own opt-out naming it may
    # promise what does not happen (talent.outreach.bedrock)
    opt_out_reply: str
    # What an onsite or hybrid role offers someone moving there, by what it offers (facts.MoveSupport:
    # "relocation", "visa", "relocation and visa"): a trial's drafts left the offer out for people in
    # London and South America, two later ones promised a visa no posting offered.
    relocation_lines: dict[str, str]
    # The recruiter signs a draft before sending it: a placeholder they cannot miss, never a made-up name.
    sign_off: str
    # Who is hiring (GDPR Art. 14 asks for the controller's identity): a placeholder the recruiter fills
    # in, as a posting's company name is not read reliably.
    company: str
    and_word: str
    or_word: str
    the_us: str  # the name of the US where a remote role is limited to a run of its states
    levels: dict[Seniority, str]  # each level as the draft names it in brackets: "senior level"
    # the lines above as an informal draft says them (German du), where the language has one, and how
    # the model is told to address the reader ("address": "informally (du)")
    informal: dict[str, str] | None = None
    # the same for a formal draft where the usual one is informal (Spanish usted)
    formal: dict[str, str] | None = None
    # how a model's prompt says to address the reader, where it is not the language's usual register
    address: str | None = None


WORDING: Final[dict[DraftLanguage, Wording]] = {
    language: Wording(**fields)
    for language, fields in json.loads(
        resources.files("talent.outreach").joinpath("wording.json").read_text("utf-8")
    ).items()
}


def wording_for(language: DraftLanguage, informal: bool | None = None) -> Wording:
    """A language's fixed words in the register `informal` asks for (JobRequirement.informal): its
    informal lines when True (German du), its formal ones when False (Spanish usted), where the language
    has them; its usual ones otherwise (None, or a language with one register: English, French vous)."""
    wording = WORDING[language]
    lines = wording.informal if informal else wording.formal if informal is False else None
    if not lines:
        return wording
    return dataclasses.replace(
        wording,
        source_line=lines.get("source_line", wording.source_line),
        opt_out_line=lines.get("opt_out_line", wording.opt_out_line),
        address=lines.get("address"),
    )


# Names English writes with "the" ("fully remote within the US"); the other languages list the area
# after a colon, with no article.
_WITH_THE: Final = frozenset(
    {"us", "usa", "u.s.", "uk", "united states", "united kingdom", "eu", "european union", "eea",
     "netherlands", "philippines", "uae", "united arab emirates", "czech republic", "bahamas"}
)  # fmt: skip


def area_name(language: DraftLanguage, place: str) -> str:
    """`place` as a draft in `language` names it where a remote role may be done: "the US" in English."""
    return f"the {place}" if language == "en" and place.lower() in _WITH_THE else place


# Spanish "y" is "e" before an /i/ sound ("Go e Istio"), "o" is "u" before an /o/ ("Go u Oracle"); only
# before a vowel letter: an English name's "h" is sounded ("Java y Hive", "Go o Hotjar").
_SPANISH_I: Final = re.compile(r"i(?![aeouáéó])", re.IGNORECASE)
_SPANISH_O: Final = re.compile(r"[oó]", re.IGNORECASE)


def _conjunction(language: DraftLanguage, word: str, following: str) -> str:
    if language == "es" and word == "y" and _SPANISH_I.match(following):
        return "e"
    if language == "es" and word == "o" and _SPANISH_O.match(following):
        return "u"
    return word


def joined(language: DraftLanguage, items: Iterable[str], *, choice: bool = False) -> str:
    """`items` as a list in running text: "A, B and C" ("A, B oder C" with `choice`, in German)."""
    names = list(items)
    if len(names) < 2:
        return "".join(names)
    wording = WORDING[language]
    conjunction = _conjunction(language, wording.or_word if choice else wording.and_word, names[-1])
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]

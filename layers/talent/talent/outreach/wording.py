"""The fixed words of a draft in each draft language (talent.models.DraftLanguage): the lines every
message carries, the sign-off, the names of levels, and how lists are joined. The templates under
templates/<language>/ hold the rest.

The lines every message carries (GDPR Art. 14: say where the data came from; honour opt-outs) say the
same in each language. The opt-out says what a "no thanks" really leads to: the recruiter lists the
login (POST /suppressions), which erases the person from the recruiter's stored searches and leaves
them out of later ones (talent.erasure). German and French address the person formally (Sie, vous),
Spanish as tú, as tech recruiters in those languages usually write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from talent.models import DraftLanguage, Seniority


@dataclass(frozen=True, slots=True)
class Wording:
    source_line: str
    opt_out_line: str
    # the reply the opt-out line asks for, lower case: a model's own opt-out naming it may promise
    # what does not happen (talent.outreach.bedrock)
    opt_out_reply: str
    # lower case, in every source line: how a model's reply shows it kept the source line
    source_words: str
    # The recruiter signs a draft before sending it: a placeholder they cannot miss, never a made-up name.
    sign_off: str
    # Who is hiring (GDPR Art. 14 asks for the controller's identity): a placeholder the recruiter fills
    # in, as a posting's company name is not read reliably.
    company: str
    levels: dict[Seniority, str]
    and_word: str
    or_word: str
    the_us: str  # the name of the US where a remote role is limited to a run of its states
    name: str  # the language's English name, for a model's prompt


_LEVELS_EN: Final[dict[Seniority, str]] = {
    "intern": "intern",
    "junior": "junior",
    "mid": "mid",
    "senior": "senior",
    "staff": "staff",
    "principal": "principal",
    "lead": "lead",
    "manager": "manager",
}

WORDING: Final[dict[DraftLanguage, Wording]] = {
    "en": Wording(
        source_line="I found you through your public GitHub profile.",
        opt_out_line='If you would rather not hear from me, just reply "no thanks": I will put you on my '
        "do-not-contact list, which deletes the details I saved from your public GitHub profile and "
        "leaves you out of my future searches.",
        opt_out_reply='"no thanks"',
        source_words="public github profile",
        sign_off="Best regards,\n[Your name]",
        company="[Company]",
        levels=_LEVELS_EN,
        and_word="and",
        or_word="or",
        the_us="the US",
        name="English",
    ),
    "de": Wording(
        source_line="Ich bin über Ihr öffentliches GitHub-Profil auf Sie aufmerksam geworden.",
        opt_out_line="Falls Sie nichts mehr von mir hören möchten, antworten Sie einfach „nein danke“: Dann "
        "setze ich Sie auf meine Kontaktsperrliste, lösche die Angaben, die ich aus Ihrem öffentlichen "
        "GitHub-Profil gespeichert habe, und lasse Sie bei meinen künftigen Suchen außen vor.",
        opt_out_reply="„nein danke“",
        source_words="github-profil",
        sign_off="Viele Grüße\n[Ihr Name]",
        company="[Firma]",
        levels={
            "intern": "Praktikum",
            "junior": "Junior",
            "mid": "Mid-Level",
            "senior": "Senior",
            "staff": "Staff",
            "principal": "Principal",
            "lead": "Lead",
            "manager": "Manager",
        },
        and_word="und",
        or_word="oder",
        the_us="USA",
        name="German",
    ),
    "fr": Wording(
        source_line="C'est par votre profil GitHub public que j'ai découvert votre travail.",
        opt_out_line="Si vous préférez ne plus avoir de mes nouvelles, répondez simplement « non merci » : "
        "je vous inscrirai sur ma liste d'exclusion, ce qui supprime les informations que j'ai "
        "enregistrées depuis votre profil GitHub public et vous écarte de mes recherches futures.",
        opt_out_reply="« non merci »",
        source_words="profil github public",
        sign_off="Cordialement,\n[Votre nom]",
        company="[Entreprise]",
        levels={**_LEVELS_EN, "intern": "stage", "mid": "confirmé"},
        and_word="et",
        or_word="ou",
        the_us="États-Unis",
        name="French",
    ),
    "es": Wording(
        source_line="Te encontré a través de tu perfil público de GitHub.",
        opt_out_line='Si prefieres no recibir más mensajes míos, responde simplemente "no, gracias": te '
        "añadiré a mi lista de no contactar, lo que borra los datos que guardé de tu perfil público de "
        "GitHub y te excluye de mis búsquedas futuras.",
        opt_out_reply='"no, gracias"',
        source_words="perfil público de github",
        sign_off="Saludos cordiales,\n[Tu nombre]",
        company="[Empresa]",
        levels={**_LEVELS_EN, "intern": "prácticas", "mid": "intermedio"},
        and_word="y",
        or_word="o",
        the_us="EE. UU.",
        name="Spanish",
    ),
}

# Names English writes with "the" ("fully remote within the US"); the other languages list the area
# after a colon, with no article.
_WITH_THE: Final = frozenset(
    {"us", "usa", "u.s.", "uk", "united states", "united kingdom", "eu", "european union", "eea",
     "netherlands", "philippines", "uae", "united arab emirates", "czech republic", "bahamas"}
)  # fmt: skip


def area_name(language: DraftLanguage, place: str) -> str:
    """`place` as a draft in `language` names it where a remote role may be done: "the US" in English."""
    return f"the {place}" if language == "en" and place.lower() in _WITH_THE else place


# Spanish "y" is "e" before an /i/ sound ("Go e Ionic"), "o" is "u" before an /o/ ("Go u Oracle").
_SPANISH_I: Final = re.compile(r"h?i(?![aeouáéó])", re.IGNORECASE)
_SPANISH_O: Final = re.compile(r"h?[oó]", re.IGNORECASE)


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

"""What a posting says about where the hire may work beyond its locations: a time-zone band and
whether relocation or a visa is offered. Patterns are linear in the text (no nested repetition).

    utc_band("Remote, within European time zones")      # TimeZoneBand(earliest=-1, latest=3)
    relocation("We offer visa sponsorship and relocation")  # True (and visa_sponsorship: True)
    relocation_from("Relocation package for candidates moving from elsewhere in the EU")  # ["EU"]
"""

from __future__ import annotations

import re
from typing import Final

from talent.geo.places import resolve, resolve_region
from talent.models import TimeZoneBand

# Standard-time offsets of the zone names postings use.
ZONES: Final = {
    "utc": 0.0, "gmt": 0.0, "wet": 0.0, "bst": 0.0, "cet": 1.0, "cest": 1.0, "eet": 2.0, "eest": 2.0,
    "mez": 1.0, "mesz": 1.0, "oez": 2.0,  # German: MEZ is CET, OEZ is EET
    "msk": 3.0, "ist": 5.5, "sgt": 8.0, "jst": 9.0, "aest": 10.0, "nzst": 12.0,
    "est": -5.0, "edt": -5.0, "et": -5.0, "eastern": -5.0, "east coast": -5.0,
    "cst": -6.0, "cdt": -6.0, "ct": -6.0, "central": -6.0,
    "mst": -7.0, "mdt": -7.0, "mt": -7.0, "mountain": -7.0,
    "pst": -8.0, "pdt": -8.0, "pt": -8.0, "pacific": -8.0, "west coast": -8.0,
}  # fmt: skip
# Named bands: the offsets a sourcer reads into them.
REGIONS: Final = {
    "europe": (-1.0, 3.0), "european": (-1.0, 3.0), "emea": (-1.0, 4.0),
    "united states": (-10.0, -4.0), "u.s.": (-10.0, -4.0), "north america": (-10.0, -3.5),
    "north american": (-10.0, -3.5), "americas": (-10.0, -2.0),
    "western hemisphere": (-10.0, -2.0), "latam": (-6.0, -3.0), "latin america": (-6.0, -3.0),
    "apac": (5.0, 12.0), "asia": (5.0, 9.0),
}  # fmt: skip
DEFAULT_SPREAD_H: Final = 3.0  # "CET hours" without a ±: within three hours of it

_ZONE = "|".join(sorted((re.escape(z) for z in ZONES), key=len, reverse=True))
_REGION = "|".join(sorted((re.escape(r) for r in REGIONS), key=len, reverse=True))
_OFFSET = r"(?:utc|gmt)\s?([+\-\u2212]\s?\d{1,2}(?:[:.]\d{2})?)"
_RANGE = re.compile(
    # "UTC-3 to UTC+3"; Spanish, French and German join a range with "a", "à", "hasta", "bis" (not "y",
    # "et", "und": "teams in UTC+1 et UTC+9" are two places)
    rf"{_OFFSET}\s*(?:to|-|\u2013|and|through|\.\.|a|à|al|hasta|bis)\s*"
    rf"(?:{_OFFSET}|([+\-\u2212]\d{{1,2}}))",
    re.I,
)
_AROUND = re.compile(
    rf"\b({_ZONE})(?:\s?([+\-\u2212]\s?\d{{1,2}}))?\s?(?:\+/-|±|\+-|plus or minus)\s?(\d{{1,2}})\s?h", re.I
)
_NAMED_ZONE = re.compile(
    rf"\b({_ZONE})\b[\s)]*(?:time\s?zones?|timezones?|working hours|business hours|hours)", re.I
)
# "Zeitzone MEZ", "zona horaria CET", "fuseau horaire CET": the zone after its word, as an abbreviation in
# capitals ("fuseau horaire est UTC+1" is French for "is", "zona horaria central europea" no US zone)
_ABBREVIATIONS = "|".join(
    sorted((z.upper() for z in ZONES if z.isalpha() and len(z) >= 3), key=len, reverse=True)
)
_ZONE_AFTER_WORD = re.compile(
    rf"\b(?i:zeitzone|zona horaria|fuseau horaire)\s?:?\s?({_ABBREVIATIONS})\b(?![+\-\u2212]?\d)"
)
_NAMED_REGION = re.compile(
    rf"\b({_REGION})\b[\s\w-]{{0,12}}?(?:time\s?zones?|timezones?|working hours|business hours|hours)", re.I
)

_OFFERED = re.compile(
    r"relocation (?:package|support|assistance|bonus|budget|is (?:offered|provided|available|covered))"
    r"|(?:we|will|can|happy to|able to) (?:also )?(?:sponsor|support|help with|provide)"
    r" (?:your |a |work )?(?:visa|relocation|work permit)"
    r"|(?:visa|relocation)(?: sponsorship)?:? (?:is )?(?:available|offered|provided|possible|yes\b)"
    # with the second of a pair it names: "We offer visa sponsorship and relocation"
    r"|(?:offer|offers|offering|provide)"
    r" (?:full )?(?:visa|relocation)"
    r"(?:(?: sponsorship| support| assistance)? (?:and|&) (?:a )?(?:relocation|visa))?"
    r"|help (?:you )?relocate|umzugs(?:hilfe|unterstützung|kosten)"
    r"|aide (?:à|a) la (?:relocalisation|mobilité)|ayuda (?:con|para) la reubicaci[oó]n",
    re.I,
)
_REFUSED = re.compile(
    r"\bno (?:visa|relocation|sponsorship)|(?:not|unable to|cannot|can't|don't|do not) (?:able to )?"
    r"(?:offer |provide )?(?:sponsor|visa|relocation)|without (?:visa )?sponsorship"
    r"|(?:visa|relocation|sponsorship):? (?:is )?not (?:available|offered|provided|possible)"
    r"|(?:visa|relocation)(?: sponsorship)?: (?:no|none|n/a)\b"
    # German, French and Spanish, as a statement about the offer: "Umzugsunterstützung wird leider nicht
    # angeboten", "keine Umzugshilfe", "kein Visa-Sponsoring", "pas de relocalisation", "nous ne
    # proposons pas de parrainage", "no ofrecemos reubicación", "sin patrocinio de visado". Not a visa
    # nobody needs ("kein Visum", "sans visa", "sin visado": EU citizens) nor costs the company pays
    # ("Keine Umzugskosten für dich, wir übernehmen alles"); the words between are few and no "und"
    # (bounded and possessive: a long run of one word's letters is never read to its end from each start)
    r"|(?:umzugs[\w-]{0,20}+|visa[- ]?sponsor[\w-]{0,10}+|relocation)"
    r"(?: (?!und\b|oder\b|aber\b)\w++){0,3} nicht (?:angeboten|übernommen|unterstützt|möglich)"
    r"|\bkeine? (?:umzugs(?:hilfen?|unterstützung|kostenübernahme)\b|visa[- ]?sponsor|relocation\b)"
    r"|\b(?:übernehmen|bieten|zahlen|erstatten)(?: \w++){0,2} keine? umzugs"
    r"|\bohne visa[- ]?sponsor"
    r"|\b(?:pas de|aucune?|sans) (?:aide (?:à|a) la )?(?:relocalisation|sponsorisation|parrainage)"
    r"|\bne (?:proposons|prenons|pouvons|parrainons|sponsorisons)(?: \w++){0,3} pas(?: \w++){0,4}"
    r" (?:relocalisation|visas?|sponsorisation|parrainage)"
    r"|\bno (?:ofrecemos|se ofrece|podemos ofrecer|podemos patrocinar|patrocinamos|gestionamos)"
    r"(?: \w++){0,3} (?:reubicaci[oó]n|visados?|visas?|patrocinio)"
    r"|\bsin (?:ayuda (?:con|para) la reubicaci[oó]n|patrocinio)",
    re.I,
)


def _hours(text: str) -> float:
    sign = -1.0 if text[0] in "-\u2212" else 1.0
    digits = text.lstrip("+-\u2212 ")
    hours, _, minutes = digits.replace(".", ":").partition(":")
    return sign * (int(hours) + (int(minutes) / 60 if minutes else 0.0))


def _band(earliest: float, latest: float) -> TimeZoneBand:
    low, high = sorted((max(-12.0, earliest), min(14.0, latest)))
    return TimeZoneBand(earliest=low, latest=high)


def utc_band(text: str) -> TimeZoneBand | None:
    """The time-zone band a posting asks for, or None: "UTC-3 to UTC+3", "CET ± 2 hours", "EST hours",
    "European time zones", "Western Hemisphere time zones"."""
    if found := _RANGE.search(text):
        return _band(_hours(found.group(1)), _hours(found.group(2) or found.group(3)))
    if found := _AROUND.search(text):
        center = ZONES[found.group(1).lower()] + (_hours(found.group(2)) if found.group(2) else 0.0)
        return _band(center - int(found.group(3)), center + int(found.group(3)))
    if found := _NAMED_REGION.search(text):
        return _band(*REGIONS[found.group(1).lower()])
    if found := _NAMED_ZONE.search(text) or _ZONE_AFTER_WORD.search(text):
        center = ZONES[found.group(1).lower()]
        return _band(center - DEFAULT_SPREAD_H, center + DEFAULT_SPREAD_H)
    return None


# A label's answer that refuses: "Umzugsunterstützung: nein", "Relocation package: none"
_ANSWERED_NO = re.compile(
    r"(?:visa|relocation|umzugs[\w-]{0,20}+|relocalisation|reubicaci[oó]n)(?: [\w-]{1,15}+){0,2} ?:"
    r" ?(?:no|nein|non|none|n/a|keine?|aucune?|ninguna?)\b",
    re.I,
)
# A clause's negation: an offer's words inside one are a refusal ("Eine Umzugsunterstützung können wir
# leider nicht anbieten", "This role does not include relocation assistance", "Nous ne proposons pas
# d'aide à la relocalisation"); not a condition ("if not already in Berlin") nor "not only", "no matter"
_NEGATION = re.compile(
    r"\b(?<!if )(?<!falls )(?<!whether or )(?:not(?! only\b)|no(?! matter\b)|none|never|nicht|keine?[nmrs]?"
    r"|pas|aucune?|ni|sin|nunca)\b|n't\b",
    re.I,
)
_CLAUSE_EDGE = re.compile(r"[.;!?\n,]|\s[-\u2013\u2014]\s")
MAX_CLAUSE_CHARS: Final = 200  # read on each side of an offer's words: linear in the text


# What an offer's or a refusal's words are about: help with moving, or a visa (two trials' drafts promised
# "relocation or visa support" for postings that offered only one, and a visa refusal had cancelled a
# relocation package)
_MOVING = re.compile(r"relocat|umzug|reubicaci|relocalis|mobilit", re.I)
_VISA = re.compile(r"visa|visum|sponsor|patrocin|parrainage|work permit", re.I)


def relocation(text: str) -> bool | None:
    """True when the posting offers help with moving (relocation), False when it rules it out (a
    refusal wins over an offer, and an offer's words only inside negated clauses are one: a trial's
    drafts promised relocation for 7 of 22 ways of refusing it), None when it says nothing of it."""
    return _offer(text, _MOVING)


def visa_sponsorship(text: str) -> bool | None:
    """True when the posting offers visa sponsorship, False when it rules it out ("unable to sponsor
    visas", "sin patrocinio de visado"), None when it says nothing of it; as `relocation` reads moving."""
    return _offer(text, _VISA)


def _offer(text: str, topic: re.Pattern[str]) -> bool | None:
    refusals = [*_REFUSED.finditer(text), *_ANSWERED_NO.finditer(text)]
    if any(topic.search(refusal.group(0)) for refusal in refusals):
        return False
    offers = [found for found in _OFFERED.finditer(text) if topic.search(found.group(0))]
    if not offers:
        return None
    return not all(_NEGATION.search(_clause(text, found.start(), found.end())) for found in offers)


def move_offered(relocation: bool | None, visa_sponsorship: bool | None) -> bool | None:
    """Whether someone living elsewhere may come for the role: True when relocation or a visa is offered
    (a relocation package beside "unable to sponsor visas" still brings those who need none), False
    when one is ruled out and neither offered, None when the posting says nothing of either."""
    if relocation or visa_sponsorship:
        return True
    return False if False in (relocation, visa_sponsorship) else None


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end], at most MAX_CLAUSE_CHARS on each side."""
    first, last = _clause_span(text, start, end)
    return text[first:last]


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around text[start:end] starts and ends (`_clause`)."""
    low = max(0, start - MAX_CLAUSE_CHARS)
    edges = list(_CLAUSE_EDGE.finditer(text, low, start))
    edge = _CLAUSE_EDGE.search(text, end, end + MAX_CLAUSE_CHARS)
    return (edges[-1].end() if edges else low), (
        edge.start() if edge else min(len(text), end + MAX_CLAUSE_CHARS)
    )


# Where an offer's clause says people come from: "moving from elsewhere in the EU", "relocation within
# Germany", "for candidates already living in the EU or UK", "Umzug aus der EU", "desde cualquier país
# de la UE". Not "to" or "in" alone: the
# role's own city or country is where people move to ("relocation to our office in Madrid").
_FROM_AREA = re.compile(
    r"(?<!except )(?<!excluding )(?<!but not )\b(?:from|within|aus|innerhalb|depuis|desde|dentro de"
    r"|(?:already\s)?(?:living|based|residing|resident)\s(?:in|within))\s"
    r"(?:(?:elsewhere|anywhere|any country|another country|cualquier país|n'importe où)"
    r"\s(?:in|within|de|en)\s)?"
    r"(?:the\s|der\s|l'|la\s|el\s)?([A-ZÀ-Ý][\w.'-]{1,30}(?:\s[A-ZÀ-Ý][\w.'-]{1,30}){0,2})"
)


def relocation_from(text: str) -> list[str]:
    """The areas an offer of relocation or a visa is limited to, as written: ["EU"] for "Relocation package
    available for candidates moving from elsewhere in the EU"; [] for an offer to anyone, or none. Only
    countries and regions count ("from our Berlin office" names a city, no limit)."""
    found: list[str] = []
    for offer in _OFFERED.finditer(text):
        start, end = _clause_span(text, offer.start(), offer.end())
        if _NEGATION.search(text, start, end):
            continue
        for named in _FROM_AREA.finditer(text, start, end):
            found += [area for area in _listed(text, named) if area not in found]
    return found


_AND_MORE = re.compile(
    r",?\s(?:or|and|oder|und|ou|et|o|y)\s(?:the\s)?([A-ZÀ-Ý][\w.'-]{1,30}(?:\s[A-ZÀ-Ý][\w.'-]{1,30}){0,2})|,\s"
    r"(?:the\s)?([A-ZÀ-Ý][\w.'-]{1,30}(?:\s[A-ZÀ-Ý][\w.'-]{1,30}){0,2})"
)
MAX_AREAS: Final = 10


def _listed(text: str, named: re.Match[str]) -> list[str]:
    """The countries and regions a cue names, with those listed after it ("from the UK or Ireland")."""
    names = [named.group(1)]
    end = named.end()
    while len(names) < MAX_AREAS and (more := _AND_MORE.match(text, end)):
        names.append(more.group(1) or more.group(2))
        end = more.end()
    if _AN_OFFICE.match(text, end):
        return []  # "transferring from the UK office": where a team sits, no limit on who may come
    bare = [name if _DOTTED.fullmatch(name) else name.rstrip(".") for name in names]  # "U.S." keeps its dot
    return [name for name in bare if resolve_region(name) and not ((place := resolve(name)) and place.city)]


_AN_OFFICE = re.compile(r"\s(?:office|offices|team|teams|hq|headquarters|branch|site)\b", re.I)


_DOTTED = re.compile(r"(?:[A-Z]\.)+")

"""The employer's own names, read from the posting: its products are not skills (labelling guide).

A name counts when the posting gives it as the employer: a "Company:" label, an "About Acme" heading,
the first field of "Acme | Role | City", "Acme is hiring", "our team at Acme", "Acme is a fast-growing
startup", or a name used twice as an owner ("GitLab's values", "GitLab's handbook").
"""

from __future__ import annotations

import re
from collections import Counter

from talent.jd.sections import Line

_ABOUT = re.compile(r"^(?:about|über|à propos de|sobre|join|working at|why)\s(.{2,40})$", re.IGNORECASE)
# "Acme is hiring", "| 30 | Acme (YC S20) Is Hiring ...", "Walmart Chile busca ...", "Pix cherche : …".
_HIRING = re.compile(
    r"(?:^|\|\s?)([^|]{2,40}?)\s(?:is hiring|are hiring|busca|sucht|recrute|cherche)\b", re.IGNORECASE
)
_NOT_A_NAME = re.compile(
    r"^(?:us|you|the (?:role|team|job|company|position)|the|our team|el puesto|le poste)\b", re.IGNORECASE
)
# The capital first, the word start checked behind it: re skips to capitals in C (same matches).
_POSSESSIVE = re.compile(r"([A-Z](?<!\w.)[\w.-]{1,30})'s\b")
# "Data Science at Revolut", "our team at Snowflake", "bei Acme", "chez Acme": a place of work.
_AT_WORDS = ("at ", "bei ", "chez ", "At ")
_AT_NAME = re.compile(
    r"\b(?:at|bei|chez|(?<![^.!?]\s)At)\s([A-Z][\w.&-]{0,30}(?:\s(?:&\s)?[A-Z][\w.&-]{1,30}){0,2})"
)


# "Echo is growing quickly", "Acme is an advanced platform to ...": a sentence that opens with the employer.
_SELF_DESCRIBED = re.compile(
    r"(?:^|[.!?]\s)([A-Z][\w.&-]{1,30}(?:\s[A-Z][\w.&-]{1,30})?) is (?:growing|hiring|expanding"
    r"|(?:a|an|the) (?:[\w-]+ ){0,5}(?:company|startup|start-up|platform|provider|leader|business|firm|agency"
    r"|marketplace|organi[sz]ation|scale-?up))\b"
)


# "Roadie (roadie.io) | …", "… Cloud Engineer (questdb.io)](https://…)": the employer's own site.
_SITE = re.compile(r"\(([a-z0-9-]{2,30})\.(?:io|com|co|ai|dev|app|net|org|so|sh|tech)\)")
# "Elastic, the company behind Elasticsearch, is hiring": the employer and its product.
_BEHIND = re.compile(
    r"^([A-Z][\w.&-]{1,30}),? the (?:company|team|people|folks) (?:behind|that (?:makes|built|created))"
    r" ([A-Z][\w.&-]{1,30})"
)


def _behind(first: str) -> list[str]:
    found = _BEHIND.match(first)
    return [found.group(1), found.group(2)] if found else []


def _self_described(lines: list[Line]) -> list[str]:
    return [m.group(1) for line in lines if " is " in line.text for m in _SELF_DESCRIBED.finditer(line.text)]


def _owners(lines: list[Line]) -> list[str]:
    # a board's summary repeated word for word is one use: "Microsoft's Power Platform" twice is no employer
    texts = dict.fromkeys(line.text for line in lines if "'s" in line.text)
    owners = Counter(m.group(1) for text in texts for m in _POSSESSIVE.finditer(text))
    return [name for name, count in owners.items() if count >= 2]


def _about_headings(lines: list[Line]) -> list[str]:
    found = (_ABOUT.match(line.text) for line in lines if line.heading)
    return [m.group(1) for m in found if m and not _NOT_A_NAME.match(m.group(1))]


def _hiring(texts: list[str]) -> list[str]:
    return [m.group(1) for m in map(_HIRING.search, texts) if m]


# "Good at Python", "proficient at Go": a skill the hire is good at, not a place of work.
_GOOD_AT = re.compile(
    r"\b(?:good|great|excellent|strong|skilled|proficient|expert|experienced|adept|competent|fluent|better"
    r"|best|effective|efficient|comfortable)\s$",
    re.IGNORECASE,
)


def _workplaces(lines: list[Line]) -> list[str]:
    texts = [line.text for line in lines if not line.heading and any(w in line.text for w in _AT_WORDS)]
    return [
        m.group(1)
        for text in texts
        for m in _AT_NAME.finditer(text)
        if not _GOOD_AT.search(text, max(0, m.start() - 16), m.start())
    ]


MAX_COMPANY_WORDS = 5
MAX_ACRONYM = 5
_HEADER_GLYPHS = ("🌎", "💰", "📍")


def _board_company(lines: list[Line]) -> list[str]:
    """A board's layout: the title, the company as a short heading, then a line of "💰 pay 🌎 place"."""
    if len(lines) < 3 or not (lines[0].is_first and lines[1].heading):
        return []
    company, fields = lines[1].text, lines[2].text
    short = len(company.split()) <= MAX_COMPANY_WORDS
    return [company] if short and any(glyph in fields for glyph in _HEADER_GLYPHS) else []


def employer_names(
    lines: list[Line], raw_title: str, title: str = "", known: list[str] | None = None
) -> list[str]:
    """The employer's names, folded to letters and digits: ["acme", "acmeinc"], and the first word of a
    name of several words, which a posting uses for short ("sage" of "Sage Bionetworks"). `title` is the
    role's cleaned title: "Salesforce DevOps| 9-12 Years| Bangalore" opens with the role, not the employer;
    `known`: names the layout already gives (a board's company heading)."""
    first = next((line.text for line in lines if line.is_first), "")
    names = [*(known or []), *(line.value for line in lines if line.label == "company" and line.value)]
    names += _behind(first) + [m.group(1) for m in _SITE.finditer(first)]
    names += _owners(lines) + _about_headings(lines) + _hiring([first, raw_title]) + _workplaces(lines)
    names += _self_described(lines) + _board_company(lines)
    if "|" in first and _folded(first.split("|")[0]) != _folded(title):
        names += _field_names(first.split("|")[0].strip())
    # "Sage" of "Sage Bionetworks"; not two letters ("Go Fintech" may ask for Go)
    names += [words[0] for words in map(str.split, names) if len(words) > 1 and len(words[0]) > 2]
    folded = [_folded(name) for name in names if name.strip()]
    return folded + [found.group(1) for found in map(_LEGAL_SUFFIX.match, folded) if found]


# "dbt Labs" makes dbt, "Acme GmbH" Acme: the name without the firm's suffix (folded, 3+ letters left).
_LEGAL_SUFFIX = re.compile(r"^(\w{3,}?)(?:labs|inc|gmbh|ltd|llc|technologies|corp)$")


def _field_names(field: str) -> list[str]:
    """A header's company field and its parts: "Amazon Web Services (AWS) - AppSync" names Amazon Web
    Services, AWS and AppSync (its team's product) too."""
    # "Heartex / Label Studio"; not "Acme (Python / Django)": a bracket's slash parts its stack
    parts = [
        part for part in (field.split(" - ") if "(" in field else _FIELD_PARTS.split(field)) if part.strip()
    ]
    asides = [m.group(1) for m in _ASIDE.finditer(field) if _initials_before(field, m)]
    return [field, *(parts if len(parts) > 1 else []), *asides]


_ASIDE = re.compile(r"\(([A-Z]{2,6})\)")  # "(AWS)": initials in brackets
_FIELD_PARTS = re.compile(r"\s[-/]\s")


def _initials_before(field: str, aside: re.Match[str]) -> bool:
    """ "Amazon Web Services (AWS)": the letters are the words' initials (not "Wunderkind (NYC)", a city)."""
    letters = aside.group(1)
    words = field[: aside.start()].split()[-len(letters) :]
    return "".join(word[:1] for word in words).upper() == letters


def _folded(name: str) -> str:
    return re.sub(r"\(.*?\)|[^\w]", "", name).lower()


_NOT_WORD = re.compile(r"[^\w]")


def _shared_prefix(first: str, second: str) -> int:
    """How many leading characters two strings share."""
    unequal = (i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b)
    return next(unequal, min(len(first), len(second)))


def names_the_employer(place: str, employers: list[str]) -> bool:
    """Whether a "place" in capitals is the employer's name or its start: "PAR" of PAR Technology (an
    airport code). A place written as a name stays: "Bangalore, India | SKIDATA" names the city first."""
    key = _NOT_WORD.sub("", place).lower()
    if not (place.isupper() and len(key) <= MAX_ACRONYM):
        return False
    return any(name.startswith(key) for name in employers if name)


def is_own_product(skill: str, employers: list[str]) -> bool:
    """Whether a skill is the employer's own product (the guide leaves those out): InfluxDB at InfluxData,
    AWS Amplify at AWS. `employers` as `employer_names` gives them (folded)."""
    names = [name for name in employers if name]
    if not names:
        return False  # most postings: no employer named, nothing to fold per skill
    key = _NOT_WORD.sub("", skill).lower()
    words = skill.split()
    first_word = _NOT_WORD.sub("", words[0]).lower() if words else ""
    for name in names:
        if first_word == name or key == name:
            return True
        shared = _shared_prefix(key, name)
        if shared >= 5 and shared >= 0.6 * min(len(key), len(name)):
            return True
    return False

"""Pass 2 of parse_jd: plain lines in, lines and clauses with a kind out.

Each line gets a kind from the heading above it (or its own "Label:" prefix): required, preferred,
context (duties, the role, the stack, text before any heading) or boilerplate (about us, benefits,
how to apply). Inside a line, a clause with a preferred cue ("is a plus", "wünschenswert", "se
valorará") is preferred, and a clause about the company's history, perks or the application is
boilerplate. The words come from `talent.jd.cues`, all languages at once.
"""

# ruff: noqa: RUF001 - the dashes and quotes in the patterns are what postings contain
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Final

from talent.jd.cues import (
    IN_BUSINESS,
    MAX_SENTENCE_CHARS,
    alternatives,
    guarded,
    lower_same_length,
    sentence,
    words,
)
from talent.jd.experience import years_in
from talent.jd.places import known_place, mode_code_country
from talent.jd.skills import find_skills
from talent.jd.skills import names_a_skill as _names_a_skill
from talent.jd.words import town_like

_VALUE_PARTS = re.compile(
    r"\s?[/,|]\s?|\s[-\u2013]\s"
)  # "Stuttgart/Remote", "Berlin, Germany", "Belgium - Remote"


class Kind(IntEnum):
    """What a line says about the skills in it. Higher values win when one skill is seen twice."""

    BOILERPLATE = 0
    CONTEXT = 1
    PREFERRED = 2
    REQUIRED = 3


_PREFERRED_HEAD = words("preferred_head")
_REQUIRED_HEAD = words("required_head")
_CONTEXT_HEAD = words("context_head")
_BOILERPLATE_HEAD = words("boilerplate_head")
# "About Lumora" is the company; "About the role" and "About you" are not.
_ABOUT_COMPANY = re.compile(
    r"^(about|über|à propos( de)?|sobre)\s(?!(the |this |you\b|the role|du poste|dem job|el puesto|el rol))",
    re.IGNORECASE,
)
_ABOUT_ROLE = re.compile(
    r"^about (the |this )?(role|job|position|opportunity|team|you|work|project)\b"
    # "Das sind Ihre Aufgaben als Enterprise Architect - Application & Integration": the duties, whatever
    # the role's name holds
    r"|^(?:das|dies) sind (?:ihre|deine) aufgaben\b",
    re.IGNORECASE,
)
# "About you" in any of our languages heads the profile (not the company's "À propos").
_ABOUT_YOU = re.compile(r"^(?:about you|à propos de (?:vous|toi)|über (?:dich|sie)|sobre (?:ti|usted|vos))\b")


_DESIRED = words("desired")


def desired_profile(heading: str) -> bool:
    """A profile qualified as desired ("Desired Skills and Experience", "Compétences souhaitées"): the
    nice-to-haves beside a list of requirements, but the requirements themselves when it is alone."""
    low = heading.lower()
    return bool(_DESIRED.search(low) and _REQUIRED_HEAD.search(low)) or _HOPED.search(low) is not None


# "What we hope you have:" after the asks is the pluses; alone it is what is asked (`desired_profile`)
_HOPED = re.compile(r"\bhope you(?:'ll| will)? (?:have|bring)\b")


_STACK_HEAD = re.compile(
    r"\b(?:(?:tech(?:nical)? )?stack|environnement(?: technique)?|technologies|technologien|tecnolog[íi]as"
    r"|tools we use|nos outils|our tools)\b"
)


_LOWER_CAMEL = re.compile(r"\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+\b")  # "desirableAttributes", not "PayPal"


def _humps_apart(found: re.Match[str]) -> str:
    return re.sub(r"(?=[A-Z])", " ", found.group(0))


_BOTH_KINDS = re.compile(
    r"\b(?:required|requirements?|minimum|basic|must[- ]haves?) (?:and|&|/)"
    r" (?:preferred|desired|nice[- ]to[- ]haves?)\b"
    r"|\bmuss[\s-]{1,2}(?:und|&|/)\s?kann\b"  # "Muss- und Kann-Kriterien"
)


_KEY_HYPHEN = re.compile(r"^([a-z]{4,20})-(?=[a-z]{4,20}:?$)")


def heading_kind(text: str) -> Kind | None:
    """The kind of the section a heading opens, or None for a heading we do not recognise."""
    # "desirableAttributes", "nice_to_have": a data file's key
    low = _LOWER_CAMEL.sub(_humps_apart, text).replace("_", " ").lower().strip()
    low = _KEY_HYPHEN.sub(r"\1 ", low)  # a data file's key: "additional-skills:", "required-skills:"
    if _BOTH_KINDS.search(low):
        return Kind.REQUIRED  # "Qualifications Required and Preferred": the asks first, the pluses follow
    if _PREFERRED_HEAD.search(low) or _PREFERRED_CLAUSE.search(low):
        return Kind.PREFERRED
    if _ABOUT_YOU.match(low):
        return Kind.REQUIRED
    if _ABOUT_ROLE.match(low):
        return Kind.CONTEXT
    if _STACK_HEAD.search(low):
        return Kind.CONTEXT  # "Notre culture / environnement", "About us & our stack": the role's stack
    if _REQUIRED_HEAD.match(low) and _BOILERPLATE_HEAD.search(low):
        return Kind.REQUIRED  # "Profil & Bewerbung": the profile first, then how to apply
    if _ABOUT_COMPANY.match(low) or _BOILERPLATE_HEAD.search(low):
        return Kind.BOILERPLATE
    if _REQUIRED_HEAD.search(low):
        return Kind.REQUIRED
    if _CONTEXT_HEAD.search(low):
        return Kind.CONTEXT
    return None


_LEAD = re.compile(r"^(?:[^\w(.]|\.(?!\w))*")  # bullets, markdown and emojis; keeps ".NET"
_BULLET = re.compile(r"^\s*(?:\*(?!\*)|[-•·▪‣◦●○■□➤►→✓✔+]|\d{1,2}[.)]\s)")
_TRAILING = " \t:*_=-–—|[{"  # "desirableAttributes: [" in a page's data file heads the list after it
_JUNK_FIRST_LINE = re.compile(
    r"^(job description|job details|about the job|about the role|apply now|apply|job posting|new|save|share"
    r"|easy apply|posted .*|\d+ applicants|jobs?|careers?"
    r"|import \S+ from .*|export (?:const|default|function) .*)$",  # an MDX page's code
    re.IGNORECASE,
)
# "Location: Berlin", "title = "X"" (TOML front matter), '"Title": "X",' (JSON front matter).
_LABEL = re.compile(r"^\"?([^\W\d_][\w '’&/().-]{0,40}?)\"?\s*[:=]\s*(\S.*)$")
_LOCATION_LABEL = re.compile(rf"^{alternatives('location_label')}$")  # on lower-case names
_TITLE_LABEL = re.compile(rf"^{alternatives('title_label')}$")
_COMPANY_LABEL = re.compile(
    r"^(company|employer|company name|organisation|organization|empresa|unternehmen|entreprise"
    r"|nombre_empresa|firma|startup)$",  # beta.gouv's "startup: reva"
    re.IGNORECASE,
)
_LOCATION_IN_LINE = re.compile(rf"(?<!\w)(?=\w){alternatives('location_label')}\s?:")
# A location field in a row of fields set apart by a mark ("… ? Ort: Ulm / hybrid ? Projekt-ID: …")
_FIELD_LOCATION = re.compile(rf"[^\w\s]\s(?=\w){alternatives('location_label')}\s?:")
_LEVEL_LABEL = re.compile(
    r"^(job type|employment type|type|level|seniority|seniority level|experience level|career level"
    r"|nivel|niveau|nivel de antigüedad|nivel de experiencia"
    r"|berufserfahrung|karrierestufe|séniorité|seniority-level"
    r"|contrat|type de contrat|contract type|tipo de contrato)$"  # beta.gouv's "contrat: stage": an intern
)
# A page's category ("category: internships") is a level only when it names an entry level (the parser).
_CATEGORY_LABEL = re.compile(r"^(?:job )?(?:category|categories|categoría|catégorie|kategorie)$")
# A page's metadata (front matter keys in lower case), or a board's "Search terms:"/"Job Keywords:" line.
_METADATA_KEY = re.compile(
    r"^(?:tags|categories|category|keywords|permalink|layout|image|slug"
    r"|(?i:search terms|hashtags|job keywords))\s?[:=]"
)
_EMPTY_KEY = re.compile(r"^\s*[a-z_]{1,30}:\s*$")  # a front matter's "author:" over its nested keys
# "Who You Might Be" and "Additional Qualifications" are pluses after "Who You Are", and the ask itself when
# no requirements came first.
_PLUS_AFTER_AN_ASK = re.compile(
    r"(?:who )?you might (?:also )?be\b|additional qualifications\b"
    # "You're a great addition if…" after "What You Have"
    r"|(?:you(?:'re|\u2019re| are| would be| will be|'d be|\u2019d be)\s)?(?:an?\s)?"
    r"(?:great|valuable|welcome) addition if\b",
    re.IGNORECASE,
)
_FRONT_MATTER_VALUE = re.compile(
    r"^[\"'\[{].*[\"'\]},]$|^\S+$"
    r"|^\d{4}-\d{2}-\d{2}[ T][\d:.+-]{5,20}$"  # "date: 2025-10-02 14:39:00-0400"
)
_SENTENCE_END = re.compile(r"[.!?,;]$")


@dataclass(slots=True)
class Line:
    """One non-empty line of the posting, with the kind its section or label gives it."""

    text: str  # the line without bullets and decorations
    kind: Kind
    heading: bool = False
    label: str = ""  # "location", "location-heading", "title", "company", "level", "category"
    value: str = ""  # a labelled line's value
    is_first: bool = False  # the first content line: usually the title


def _level(raw: str) -> int:
    """A markdown heading's level ("## Python" is 2), or 0 for a heading of another kind."""
    marked = raw.lstrip()
    return len(marked) - len(marked.lstrip("#")) if marked.startswith("#") else 0


def trim(raw: str) -> str:
    """A line without its bullets, emojis and trailing decoration; keeps "C#", ".NET" and "C++"."""
    lead = _LEAD.match(raw)
    core = raw[lead.end() if lead else 0 :]
    while True:
        core = core.rstrip(_TRAILING)
        if core.endswith('"') and core.count('"') == 1:
            core = core[:-1]  # '"location": [': a data file's key, its opening quote gone with the lead
        hashes = len(core) - len(core.rstrip("#"))
        if hashes and (hashes == len(core) or core[-hashes - 1].isspace()):
            core = core[:-hashes]  # a closing "##", not the "#" of "C#"
            continue
        return core.strip()


def _shouty(core: str, words_count: int) -> bool:
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and words_count <= 6


_BULLET_AFTER_HASHES = re.compile(r"#+\s*[●•▪‣◦○■□➤►✓✔]")


def _marked_heading(raw: str, core: str, count: int, names_a_skill: Callable[[str], bool]) -> bool:
    """A line marked as a heading: "## Requirements", "Nice to have:", "BENEFITS" (but not "AWS")."""
    stripped = raw.strip()
    if _BULLET_AFTER_HASHES.match(stripped):
        return False  # "### ● Kafka-Stream": a list item a page's converter turned into a heading
    if stripped.startswith("#") or (stripped.endswith(":") and count <= 8):
        return True
    return _shouty(core, count) and not names_a_skill(core)


# "¿Qué ofrecemos?", "Was bringst du mit?", "Interested?": a short question is a heading when it reads
# like one we know.
_SHORT_QUESTION = re.compile(r"[?!]$")


_A_PLUS = re.compile(r"\s(?:an?|is an?|are an?) (?:plus|bonus|advantage)\W*$", re.IGNORECASE)
MIN_NAMED_WORDS: Final = 2


_ASIDE_CUE = re.compile(rf"\w,\s?{alternatives('forward_clause')}\s\w")


def _named_plus(core: str) -> bool:
    """ "Data Warehousing / BI Certification a plus": a named thing that is a plus, one statement; "The
    following are a plus", "Definitely a plus" (one capital, no name) open a list."""
    found = _A_PLUS.search(core)
    if found is None:
        return False
    return sum(word[:1].isupper() for word in core[: found.start()].split()) >= MIN_NAMED_WORDS


MAX_LEAD_WORDS: Final = 3


def _a_statement(core: str, count: int, question: bool) -> bool:
    """A line that ends as a sentence does; not a short question, nor "Du hast..." over a list."""
    lead = count <= MAX_LEAD_WORDS and core.endswith("...")
    return bool(_SENTENCE_END.search(core)) and not question and not lead


def is_heading(raw: str, core: str, names_a_skill: Callable[[str], bool]) -> bool:
    """Whether a line opens a section: "## Requirements", "Nice to have:", "BENEFITS", "Bonus"."""
    count = len(core.split())
    if not count or count > 10 or _BULLET.match(raw):
        return False
    if _marked_heading(raw, core, count, names_a_skill):
        return True
    # A plain short line is a heading only when it reads like one we know ("Nice to have", "Benefits").
    question = count <= 6 and bool(_SHORT_QUESTION.search(core))
    if ":" in core or _a_statement(core, count, question) or count > 9:
        return False
    kind = heading_kind(core)
    if kind is None or _reads_as_content(core, names_a_skill):
        return False
    # "Bank-Kenntnisse sind MUSS - Idealerweise Wertpapiere": a must and a plus in one line is a statement
    low = core.lower()
    turns = kind == Kind.PREFERRED and bool(_REQUIRED_CLAUSE.search(low)) and not _NOT_REQUIRED.search(low)
    return (
        count <= SHORT_HEADING_WORDS
        or bool(question)
        or (kind in (Kind.PREFERRED, Kind.BOILERPLATE) and not turns)
    )


SHORT_HEADING_WORDS: Final = 4  # a plain line this short that holds a heading's cue word heads a section


def _reads_as_content(core: str, names_a_skill: Callable[[str], bool]) -> bool:
    """Whether a plain line that holds a heading's cue word is content all the same."""
    # "Experience with Kafka" is content, and so are "Minimum 5 Jahre Erfahrung" and "Five years of
    # professional experience in web application development" ("application" heads no section there);
    # the company's years are no experience asked ("Über uns - seit zehn Jahren am Markt" is a heading)
    if names_a_skill(core) or _named_plus(core) or years_in(core):
        return True
    return bool(_ASIDE_CUE.search(core.lower()))  # "Estudios en TI, preferiblemente …": a plus on its object


# A line led by a globe, a pin or a flag names a place: "🌎 Warsaw, Poland", "🇲🇽 Ciudad de México".
_PLACE_GLYPH = re.compile(r"^\W{0,3}?[\U0001F30D-\U0001F30F\U0001F4CD\U0001F3E2\U0001F1E6-\U0001F1FF]+\s?")


MIN_INLINE_LABELS: Final = 3  # "A: x B: y C: z" on one line: a row of fields
MAX_FIELD_ROW_CHARS: Final = 200


# "Location- Bangalore & Hyderabad": an Indian board's field, its name glued to a dash
_DASHED_LOCATION = re.compile(rf"^{alternatives('location_label')}-\s(?P<value>\S.*)$", re.IGNORECASE)


def _label_of(core: str) -> tuple[str, str] | None:
    found = _LABEL.match(core)
    if not found:
        dashed = _DASHED_LOCATION.match(core)
        return ("location", dashed.group("value").strip()) if dashed else None
    name = found.group(1).lower().strip()
    value = found.group(2).strip().strip("\",'").strip()
    if any(_LOCATION_LABEL.match(part.strip()) for part in name.split("/")):  # "Location/Work Style"
        return "location", value
    if _TITLE_LABEL.match(name):
        return "title", value
    if _COMPANY_LABEL.match(name):
        return "company", value
    inline = _LOCATION_IN_LINE.search(core.lower()) if "|" in core else None
    row = core.count(": ") >= MIN_INLINE_LABELS and len(core) <= MAX_FIELD_ROW_CHARS  # not a flattened page
    if inline is None and row:  # "Start: Juli ? Dauer: 18 Monate ? Ort: Ulm"
        inline = _FIELD_LOCATION.search(core.lower())
    if inline:  # "Type: Full-time | Location: Y | Hybrid" -> "Y | Hybrid"
        return "location", core[inline.end() :].strip()
    if _LEVEL_LABEL.match(name):
        return "level", value
    if _CATEGORY_LABEL.match(name):
        return "category", value
    return None


def _labelled_kind(core: str, section: Kind) -> Kind:
    """A line such as "Nice to have: Kafka" takes its label's kind, inside a non-boilerplate section."""
    found = _LABEL.match(core)
    if not found or section == Kind.BOILERPLATE:
        return section
    name = found.group(1)
    label_kind = heading_kind(name) if len(name.split()) <= 6 else None
    if label_kind is None or (section == Kind.PREFERRED and label_kind in (Kind.REQUIRED, Kind.CONTEXT)):
        return section  # "Idealerweise: - Erfahrung in X: React": the label names the topic, not the kind
    return label_kind


def _front_matter_key(core: str) -> bool:
    found = _LABEL.match(core)
    return bool(found and " " not in found.group(1).strip() and _FRONT_MATTER_VALUE.match(found.group(2)))


# "We don't require experience in our stack: ...": what follows in the section is nice to have.
_NOT_REQUIRED = guarded(
    r"(?<!\w)(?:(?:don't|do not|doesn't|does not) require"
    r"|not (?:required|needed|necessary|mandatory|a must)|(?<!degree )(?<!degree is )not essential"
    r"|no (?:previous )?experience (?:is )?(?:required|needed)|no need|kein muss"
    r"|(?:don't|do not) (?:have|need) to be (?:an expert|familiar|fluent|proficient)"
    r"|(?:don't|do not) need (?:all|every one|each) of (?:them|these|those)"
    r"|if you (?:aren't|are not) (?:an expert|familiar|experienced)"
    r"|(?:willing|happy|eager|open) to learn"
    r"|nicht (?:zwingend )?erforderlich"
    r"|no es (?:necesario|obligatorio|excluyente)|no excluyente|no requerido"
    r"|pas (?:obligatoire|nécessaire|indispensable|requis))(?!\w)"
)


# A sentence that says the stack below is not asked for as a whole: "Personne ne maîtrise toutes ces
# technologies", "La stack n'est pas encore définie et sera adaptée aux compétences des personnes
# recrutées", "Nobody knows all of these technologies", "Wir suchen keine ganze IT-Abteilung in einer Person".
_WAIVES_THE_LIST = re.compile(
    r"(?<!\w)(?:personne ne maîtrise (?:toutes? )?(?:ces|les)"
    r"|(?:nobody|no one) (?:knows|masters) all (?:of )?(?:these|the)"
    r"|(?:stack|pile)(?: technique)? n'est pas (?:encore )?(?:définie|fixée|arrêtée)"
    r"|(?:stack|tech stack) (?:is not|isn't) (?:yet )?(?:decided|defined|set in stone)"
    r"|suchen keine (?:ganze|komplette) (?:[\w-]{2,20} )?in einer person)"
)


def _waives_what_follows(low: str) -> bool:
    """ "We don't require previous experience: TypeScript, Node.js": the rest of the section is a plus;
    so is it after a sentence that waives the stack below as a whole (`_WAIVES_THE_LIST`)."""
    found = _NOT_REQUIRED.search(sentence(low))
    waived = _WAIVES_THE_LIST.search(low)
    # "…, aber das hier solltest du unbedingt mitbringen:": the list after the turn is asked for
    turned = waived is not None and _BUT_A_MUST.search(low, waived.end()) is not None
    return bool(found and ":" in low[found.end() :]) or (waived is not None and not turned)


# "aber freuen uns, wenn …" keeps the waiver; "aber das hier solltest du unbedingt mitbringen" turns it
_BUT_A_MUST = re.compile(
    r"\b(?:but|aber|mais|pero)\b[^.!?]{0,80}?\b(?:unbedingt|must|muss|müssen|solltest|sollten|should"
    r"|required|erforderlich|zwingend|indispensable|obligatoire|imprescindible|requis)\b"
)


@dataclass(slots=True)
class _Reader:
    """Reads lines one by one, keeping the kind of the section they are in."""

    names_a_skill: Callable[[str], bool]
    lines: list[Line] = field(default_factory=list)
    section: Kind = Kind.CONTEXT  # text before the first heading: usually the pitch and the role
    first_seen: bool = False
    outer: Kind | None = None  # the section around a list that a lead-in line opened
    asked: bool = False  # a heading opened what the posting asks for
    desired: list[int] | None = None  # lines under a "desired profile" heading, while one is open
    desired_lines: list[int] = field(default_factory=list)
    in_item: bool = False  # the last line was a list item or its second line
    previous: str = ""  # the content line just above (no blank line, heading or label between)
    plus_level: int = 0  # the markdown level of the heading that opened the pluses ("#" is 1), or 0

    def read(self, raw: str, next_raw: str = "") -> None:
        """Read one raw line; `next_raw` is the next non-empty one (a lead-in line looks ahead)."""
        core = trim(raw)
        if not core:
            self.previous = ""  # a blank line ends a sentence wrapped over lines
            return
        labelled = self._labelled(raw, core)
        if not self.first_seen and not labelled and _may_be_first(core) and not _EMPTY_KEY.match(raw):
            self.first_seen = True
            self.lines.append(Line(core, Kind.REQUIRED, is_first=True))
        elif labelled is not None:
            kind = Kind.REQUIRED if labelled[0] == "title" else Kind.BOILERPLATE
            self.lines.append(Line(core, kind, label=labelled[0], value=labelled[1]))
        elif self._location_heading(core):
            self.lines.append(Line(core, Kind.BOILERPLATE, heading=True, label="location-heading"))
        elif not self._wrapped(raw, core) and self._is_heading(raw, core):
            self._heading(core, lead_in=raw.rstrip(" *_").endswith(":"), level=_level(raw))
            self.in_item = False
        else:
            self._content(raw, core, next_raw)
            self.previous = core
            return
        self.previous = ""

    def _wrapped(self, raw: str, core: str) -> bool:
        """A line that goes on with the sentence above it ("... nos gustaría que te\ndefendieras en:");
        not a data file's key ("entreprise: {")."""
        after_prose = bool(self.previous) and self.previous[-1] not in ".:!?" and not self.in_item
        return core[:1].islower() and after_prose and not raw.rstrip().endswith(("{", "["))

    def _labelled(self, raw: str, core: str) -> tuple[str, str] | None:
        labelled = _glyph_place(raw, self.first_seen) or _label_of(core) or _mode_place(raw)
        if labelled and labelled[0] == "title" and self.section == Kind.BOILERPLATE:
            return None  # "Title: [Acme - Python - Your Name]": the subject of the application mail
        return labelled

    def _is_heading(self, raw: str, core: str) -> bool:
        if self._place_value(raw, core):
            return False
        if len(core) <= 120 and not _front_matter_key(core) and is_heading(raw, core, self.names_a_skill):
            return True
        return self._bullet_heading(raw, core)

    def _reopened(self, core: str) -> None:
        """ "Open Roles: - Software Engineer ..." after "About us": a label that names a section of
        the role ends the boilerplate, as a heading would."""
        found = _LABEL.match(core) if self.section in (Kind.BOILERPLATE, Kind.PREFERRED) else None
        if found and len(found.group(1).split()) <= MAX_SECTION_LABEL_WORDS:
            kind = heading_kind(found.group(1))
            # "**Special Requirements:** Must have …" after "Preferred Qualifications": the asks again
            must = kind == Kind.REQUIRED and _MUST_HAVE.match(core, found.start(2)) is not None
            opens = kind in (Kind.REQUIRED, Kind.PREFERRED, Kind.CONTEXT) and self.section == Kind.BOILERPLATE
            if kind is not None and (must or opens):
                self.section, self.outer = kind, None

    def _just_opened(self) -> bool:
        """Whether the last line is a heading that opened what the posting asks for or would like."""
        last = self.lines[-1] if self.lines else None
        return last is not None and last.heading and self.section in (Kind.REQUIRED, Kind.PREFERRED)

    def _bullet_heading(self, raw: str, core: str) -> bool:
        """A flat list's item that heads the items after it: "* Nice-to-haves — experience with any of:"."""
        if not _BULLET.match(raw):
            return False
        if not raw.rstrip(" *_").endswith(":"):
            # "*  **Nice to have**" (its bold gone): a bare plus label over the items after it
            return _bare_plus_label(core)
        if len(core.split()) > MAX_BULLET_HEADING_WORDS:
            return False
        kind = heading_kind(core)
        must = _REQUIRED_CLAUSE.search(core.lower()) is not None
        if kind == Kind.REQUIRED and self.section == Kind.PREFERRED and not must:
            return False  # "* Experience managing sales within partners:" under "Desirable skills": a plus
        return kind in (Kind.REQUIRED, Kind.PREFERRED) and not self.names_a_skill(core)

    def _location_heading(self, core: str) -> bool:
        """ "Ubicación" alone on its line: the place follows (and "Remote" under "Location" is the value)."""
        value = bool(self.lines) and self.lines[-1].label == "location-heading"
        name = core.lower().rstrip(":")
        # "🌎 Remote" is a work mode, not a heading over a place
        return not value and name != "remote" and bool(_LOCATION_LABEL.match(name))

    def _place_value(self, raw: str, core: str) -> bool:
        """The short line under a "Location" heading is its value, even in capitals ("UAE", "REMOTE");
        a marked heading ("## Keywords") is not, unless it names a known place ("### Stuttgart/Remote"
        under "### Arbeitsort": a page converter marks every short line)."""
        after = bool(self.lines) and self.lines[-1].label == "location-heading"
        if not after or len(core.split()) > MAX_GLYPH_PLACE_WORDS:
            return False
        if any(map(known_place, _VALUE_PARTS.split(core))):
            return True
        return not raw.lstrip().startswith("#") and heading_kind(core) is None

    def _heading(self, core: str, lead_in: bool = False, level: int = 0) -> None:
        opened = heading_kind(core)
        if opened == Kind.PREFERRED and not self.asked and _PLUS_AFTER_AN_ASK.match(core):
            opened = Kind.REQUIRED
        if opened is None and self.section == Kind.PREFERRED and 0 < self.plus_level < level:
            opened = Kind.PREFERRED  # "# Preferred qualifications" over "## System / DevOps": a subsection
        elif opened is not None:  # not a desired profile, which may be the asks themselves
            self.plus_level = level if opened == Kind.PREFERRED and not desired_profile(core) else 0
        elif lead_in and self._just_opened():
            opened = self.section  # "Preferred Qualifications" / "We would love it if you:": its lead-in
        else:
            self.plus_level = 0
        self.section, self.outer = (Kind.CONTEXT if opened is None else opened), None
        self.asked = self.asked or opened == Kind.REQUIRED
        self.desired = self.desired_lines if opened == Kind.PREFERRED and desired_profile(core) else None
        self.lines.append(Line(core, Kind.BOILERPLATE, heading=True))

    def _content(self, raw: str, core: str, next_raw: str) -> None:
        # "* deploying onto one of the\n  major cloud platforms": one item; a data file's "requirements:" key
        # goes on with nothing above it
        continued = core[:1].islower() and not _EMPTY_KEY.match(raw)
        if self.outer is not None and not _BULLET.match(raw) and not continued and not _bare_item(core):
            self.section, self.outer = self.outer, None  # the lead-in's list has ended
        if self.desired is not None:
            self.desired.append(len(self.lines))
        self._reopened(core)
        kind = self._content_kind(raw, core)
        self.lines.append(Line(core, kind))
        lead = self._lead(raw, core, next_raw, continued)
        if lead is None and kind == Kind.CONTEXT and self.section == Kind.BOILERPLATE and _LEADS_ON(raw):
            lead = Kind.CONTEXT  # "Our tech stack:" over its list: the items are the stack too
        self.in_item = bool(_BULLET.match(raw)) or (continued and self.in_item)
        if lead is not None:
            self.outer, self.section = self.section, lead
        elif self.section in (Kind.REQUIRED, Kind.CONTEXT) and _waives_what_follows(core.lower()):
            self.section = Kind.PREFERRED

    def _content_kind(self, raw: str, core: str) -> Kind:
        """A content line's kind: its section's or label's, but an ask or the team's stack said in the
        company's part."""
        kind = self._line_kind(raw, core)
        if kind == Kind.BOILERPLATE and _ASKS_OF_THE_CANDIDATE.match(core):
            return Kind.REQUIRED  # "We're looking for someone with 5+ years ..." after "Salary": the ask
        if kind == Kind.BOILERPLATE and self.section == Kind.BOILERPLATE and _TEAM_STACK.match(core):
            return Kind.CONTEXT  # "About us: … We use these technologies to GSD: Rails, Ember.js": the stack
        return kind

    def _line_kind(self, raw: str, core: str) -> Kind:
        # A front matter's "tags: [Joomla, PHP]" is the page's metadata, not what the posting asks.
        kind = Kind.BOILERPLATE if _METADATA_KEY.match(core) else _labelled_kind(core, self.section)
        if kind == Kind.PREFERRED and not _BULLET.match(raw) and _STACK_LABEL.match(core):
            return Kind.CONTEXT  # "Preferable: … Tech Stack: React, Django": a paragraph of the team's stack
        return kind

    def _lead(self, raw: str, core: str, next_raw: str, continued: bool) -> Kind | None:
        """The kind of the list this line introduces; an item's second line leads nothing, and a lead-in
        wrapped over two lines ("idealmente nos gustaría que te\ndefendieras en estos campos:") reads both."""
        if self.section == Kind.BOILERPLATE or (continued and self.in_item):
            return None
        text = f"{self.previous} {core}" if continued else core
        lead = _lead_in_kind(raw, text, next_raw, self.names_a_skill)
        if lead == Kind.REQUIRED and self.section == Kind.PREFERRED:
            return None  # "Desirable skills: ... let us know which ones you have:": still nice to have
        return lead


_MUST_HAVE = re.compile(r"\s*(?:must|required|mandatory|you must)\b", re.IGNORECASE)


_STACK_LABEL = re.compile(r"(?:our |the )?(?:tech(?:nology)? )?stack\s?:\s?\S", re.IGNORECASE)
# The team's stack told in the company's part: what the hire will work with (the guide).
_TEAM_STACK = re.compile(
    r"(?:we use these technologies|we use the following"
    r"|our (?:current )?(?:tech(?:nology)? )?stack (?:is|includes)"
    r"|our (?:current )?tech(?:nologies)? (?:include|are)|the technologies we use"
    # a field of it: "Our tech: Python, Django" after "Salary range for both roles", "Our tech stack:"
    # (not "The technology:" over a benefit's subscriptions)
    r"|our (?:current )?(?:tech(?:nology)?|technologies)(?: stack)?(?:\s?:|$)"
    r"|(?:the )?tech(?:nology)? stack(?:\s?:|$)"
    # "Conjur engineers use and integrate with the following tools on a more-or-less daily basis:" (not
    # "Our engineers use the following benefits:")
    r"|(?:[\w-]+ )?(?:engineers|developers) (?:use|work with)(?: and [\w-]+ with)? (?:the following|these)"
    r" (?:tools|technologies|languages|frameworks)"
    # "We deploy to production daily and use technologies like Python, Node.JS, Angular" under "About us";
    # not "We make it easy for teams to use tools like Jira" (the customers' tools)
    r"|we (?:(?!help\w*\b|make\w*\b|believe\b|should\b|let\w*\b|enable\w*\b)[\w-]+ ){0,6}?"
    r"(?<!to )use (?:technologies|tools|languages|frameworks) (?:like|such as|including)"
    r")(?!\w)",
    re.IGNORECASE,
)
# A sentence that says what the hire brings, wherever it stands (a one-paragraph posting's perks first).
_ASKS_OF_THE_CANDIDATE = re.compile(
    r"(?:we(?:'re| are) looking for (?:someone|a person|people|candidates?) (?:with|who)"
    # "We are looking for both frontend and backend engineers that are familiar with …" after the perks;
    # not another opening's ("We're looking for iOS developers with Swift experience too, apply separately")
    r"|we(?:'re| are) looking for (?:(?:both|an?|experienced|senior) )*(?:[\w-]+ (?:and |or )?){0,3}"
    r"(?:engineers?|developers?) (?:with|who|that)(?![^.\n]*\b(?:too|also|as well|separately)\b)"
    r"|you(?:'ll| will)? (?:likely )?thrive here if you|the ideal candidate (?:has|will have|brings))\b",
    re.IGNORECASE,
)
MAX_BARE_ITEM_WORDS: Final = 8
_LEADS_ON = re.compile(r":\s*$").search  # a line that ends in a colon introduces what follows


def _bare_item(core: str) -> bool:
    """A list item whose bullet a page converter dropped: a short line with no sentence end ("Public
    APIs, REST" under "… sind von Vorteil:")."""
    return len(core.split()) <= MAX_BARE_ITEM_WORDS and not core.endswith((".", ":", "!", "?"))


_LABEL_FILLER: Final = frozenset({"skills", "points", "qualifications", "extras", "requirements"})


def _bare_plus_label(core: str) -> bool:
    """An item that is only a plus cue: "Nice to have", "Bonus points" ("Network Certifications desired"
    is an item)."""
    rest = _PREFERRED_CLAUSE.sub(" ", core.lower()).split()
    return rest != core.lower().split() and all(word in _LABEL_FILLER for word in rest)


MAX_LEAD_IN_WORDS: Final = 25
MAX_BULLET_HEADING_WORDS: Final = 12
MAX_SECTION_LABEL_WORDS: Final = 4


_LAST_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\betc\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=\S)"
)  # not "etc. is a plus"


# "Prior experience in a leadership role is a significant plus.": a sentence that states its own plus, not
# a lead-in to the list below it ("The following would be a plus.", "It is also a plus if you know:")
_ONE_PLUS = re.compile(
    r"^(?!(the following|these|those|it|this|that|any|all|each|one)\b)(\w+\s){2,}(is|would be|will be)\s"
    r"(also\s)?an?\s(\w+\s)?(plus|bonus|advantage)\.$"
)


def _lead_in_kind(raw: str, core: str, next_raw: str, names_a_skill: Callable[[str], bool]) -> Kind | None:
    """The kind of the list a sentence introduces: "Otras cosas que valoramos muy positivamente." or
    "If you have experience with frontend, it is also a plus:" over bullets. None for other lines."""
    # over bullets, or over bare items after a colon ("… sind von Vorteil:" / "Public APIs, REST")
    bare = raw.rstrip().endswith(":") and bool(next_raw.strip()) and _bare_item(next_raw.strip())
    if _BULLET.match(raw) or not (_BULLET.match(next_raw) or bare):
        return None
    lead = _LAST_SENTENCE.split(core)[-1]  # a paragraph's last sentence introduces the list after it
    if len(lead.split()) > MAX_LEAD_IN_WORDS or names_a_skill(lead):
        return None
    cue = _PREFERRED_CLAUSE.search(lead.lower())
    # "Estudios en TI, preferiblemente Ingeniería" over items: the cue has its object on its own line
    own_object = cue is not None and bool(_ASIDE_CUE.search(lead.lower())) and not raw.rstrip().endswith(":")
    if cue and not own_object and not _ONE_PLUS.search(lead.lower()):
        return Kind.PREFERRED
    if not raw.rstrip().endswith((":", "...", "…")):
        return None  # "... we foster a culture of growth" over a list of duties introduces nothing
    kind = heading_kind(lead)  # a heading's bare "Plus" or "Bonus" is a word in a sentence
    return None if kind == Kind.PREFERRED else kind


def _may_be_first(core: str) -> bool:
    """Whether a line can be the first content line (the title, mostly): not "Apply now" or front matter."""
    return not _JUNK_FIRST_LINE.match(core) and not _front_matter_key(core)


def _glyph_place(raw: str, first_seen: bool) -> tuple[str, str] | None:
    text = raw.strip().lstrip("-*• ")
    glyph = _PLACE_GLYPH.match(text) if first_seen else None
    value = text[glyph.end() :] if glyph else ""
    name, colon, rest = value.partition(":")
    if colon and _LOCATION_LABEL.match(name.lower().strip(" *_")):
        value = rest.strip(" *_")  # "🌎 Location: Remote within Europe": the field's value
    # "🌍 Participation in building a product with a global reach": a perk's icon before a sentence;
    # "## 📍 Location": a heading, its place on the lines below.
    if _LOCATION_LABEL.match(value.lower().strip(" :*#")) or _a_heading_word(value):
        return None
    if not glyph or len(value.split()) > MAX_GLYPH_PLACE_WORDS or not _names_a_place(value):
        return None  # "🌎 Vacaciones Flex": a perk's icon
    return ("location", value)


def _a_heading_word(value: str) -> bool:
    """ "🏢 L'ENTREPRISE": a section's one-word heading with its icon, not a town."""
    return len(value.split()) == 1 and heading_kind(value) is not None


_GLYPH_MODE = re.compile(r"remot|hybrid|h[ií]brid|on-?site|télétravail|anywhere|worldwide", re.IGNORECASE)


def _names_a_place(value: str) -> bool:
    """Whether a glyph's text names a known place or a work mode ("Warsaw, Poland", "Remote"), not a perk."""
    parts = [part.strip(" `*()") for part in re.split(r"[,/|·(]", value)]
    if _GLYPH_MODE.search(value) or any(part and known_place(part) for part in parts):
        return True
    words = value.split()  # a town the gazetteer lacks: "📍 Otterfing", "📍 Le Haillan"
    return all(w[:1].isupper() for w in words) and town_like(words)


MAX_GLYPH_PLACE_WORDS: Final = 8
# A line of its own naming a place and its mode, "San Francisco (Onsite)", above the roles listed there:
# a location field even inside the company's story.
_MODE_PLACE = re.compile(r"([A-Z][^():\n]{1,40}?)\s?\((?i:on-?site|remote|hybrid|in-office)\)")


def _mode_place(raw: str) -> tuple[str, str] | None:
    """("location", the line) for a plain line naming a known place and a mode, or a mode and a
    country's code; not a board's "#### 🌎 Spain (Remote)" heading, read with the board's header."""
    line = raw.strip()
    if country := mode_code_country(line):
        return ("location", country)
    found = _MODE_PLACE.fullmatch(line)
    return ("location", found.group(0)) if found and known_place(found.group(1).strip()) else None


MIN_FLATTENED_CHARS: Final = 300
# "... on-call work hours as needed. Preferred qualifications: SQL knowledge ...": a job board that
# flattened the page into one line keeps its headings as capitalised labels inside it.
_INLINE_LABEL = re.compile(r"(?<=[.!?)/] )([A-Z][\w'’-]{1,20}(?: [\w'’-]{1,20}){0,3}):\s")


def _unflattened(raw: str) -> list[str]:
    """A long line cut before each inline label of what is asked ("Preferred qualifications:"); other
    lines as they are."""
    if len(raw) < MIN_FLATTENED_CHARS or ": " not in raw:
        return [raw]
    asks = (Kind.REQUIRED, Kind.PREFERRED)  # what is asked; a "Location:" label stays with its line
    cuts = [m.start() for m in _INLINE_LABEL.finditer(raw) if heading_kind(m.group(1)) in asks]
    if not cuts:
        return [raw]
    bounds = [0, *cuts, len(raw)]
    return [raw[a:b] for a, b in itertools.pairwise(bounds) if raw[a:b].strip()]


# A job board's list of other openings after the posting, in our four languages: "People also viewed",
# "Similar jobs", "Ähnliche Jobs", "Offres similaires", "Empleos similares". Their lines name other roles'
# places and modes (a trial's LinkedIn paste read "New York, NY (Hybrid)" beside it and drafted a remote
# role as hybrid): the posting ends there.
_OTHER_OPENINGS = re.compile(
    r"^\W{0,4}(?:people (?:also )?(?:viewed|applied(?: for)?)|similar (?:jobs|roles|positions|openings)"
    r"|(?:more|other) jobs(?: (?:like this|you may like|at [\w .&-]{1,40}))?|jobs you may (?:also )?like"
    r"|ähnliche (?:jobs|stellen(?:angebote)?)|weitere (?:jobs|stellen(?:angebote)?)"
    r"|offres (?:similaires|d'emploi similaires)|(?:empleos|ofertas) similares)\W{0,4}$",
    re.IGNORECASE,
)


def _before_other_openings(raws: list[str]) -> list[str]:
    """The lines before a job board's list of other openings (`_OTHER_OPENINGS`), when one follows."""
    for index, raw in enumerate(raws):
        if index and _OTHER_OPENINGS.match(raw.strip()):
            return raws[:index]
    return raws


def read_lines(text: str, names_a_skill: Callable[[str], bool] = _names_a_skill) -> list[Line]:
    """The posting's lines with their kinds; `names_a_skill(text)` tells content from a heading."""
    reader = _Reader(names_a_skill)
    raws = [part for raw in text.split("\n") if raw.strip() for part in _unflattened(raw)]
    raws = _before_other_openings(raws)
    if not raws:
        return []
    for raw, next_raw in zip(raws, [*raws[1:], ""], strict=True):
        reader.read(raw, next_raw)
    if not reader.asked:  # "Compétences et expérience souhaitées" is the only profile: it is what is asked
        for index in reader.desired_lines:
            if reader.lines[index].kind == Kind.PREFERRED:
                reader.lines[index].kind = Kind.REQUIRED
    return reader.lines


# ----------------------------------------------------------------------------------------------------------
# Clauses: preferred markers and boilerplate inside a line

_PREFERRED_CLAUSE = words("preferred_clause")
# What an application is made of: GitHub listed with a CV or a portfolio is something to send, not a skill.
_MATERIAL = r"(?:portfolio|cv|resume|résumé|linkedin|lebenslauf|curriculum|anschreiben)"
_OR = r"(?:or|and|o|y|ou|et|oder|und)"
_BOILERPLATE_CLAUSE = re.compile(  # on lower-case text
    r"(?<!\w)(?=\w)(?:founded|founders?|co-?founders?|years? ago|since (?:19|20)\d\d|perks?|benefits?"
    r"|equal opportunity|equal employment|401\(?k\)?|vacation|holidays?|pension|stipend|allowance|credits"
    r"|your (?:cv|resume|résumé|github|portfolio)|send (?:us )?your|apply (?:now|with|by|via|here|today)"
    rf"|certification budget|{IN_BUSINESS}"
    r"|(?:we|our company|the company) (?:has|have) been"
    r"|has (?:served|helped|protected)|our (?:investors|backers)|backing|investors?"
    # the customers as a subject, not as a possessive: "our customers' experiments using BigQuery"
    # not the customers as whom the role serves: "helps TeamSnap deliver value to our customers"
    # ("We build Salesforce and SAP solutions for our clients" is the company's pitch still)
    # "share code across our clients" (Android, iOS and web): the apps, not the customers
    # ("… best practices across our clients (Atlassian, Datadog)" names them)
    r"|(?<!to )(?:(?<!across )(?<!for )|(?<=solutions for )|(?<=across )(?=our clients? \())"
    r"our (?:customers|clients)"
    r"(?!['\u2019]?s?\s(?:experiments|data|workloads|pipelines|applications|systems))"
    # "We serve our customers through a web app built with React, …": the role's stack after all
    r"(?![^.\n]{0,60}\b(?:built|written) (?:with|on|in|using)\b)"
    # "experience at a venture-backed startup": the hire's; "Our stack is backed by Kubernetes": the stack
    r"|(?<!at a venture-)(?<!in a venture-)(?<!stack is )backed"
    r"|trusted by|(?:customers|clients),? (?:include|including|like|such as)|we hire"
    r"|companies (?:like|such as|including)"  # "for companies like DigitalOcean", "so companies like PUMA"
    r"|(?:platforms and marketplaces|marketplaces|retailers|brands) (?:like|such as|including)"  # customers
    r"|our (?:other )?teams? (?:use|uses|work)|training in|leaders (?:at|from)|alumni (?:of|from)"
    # "includes veterans from Oracle, Palantir", "to replace decades-old giants like SAP and Oracle"
    r"|veterans (?:from|of)|veterans? (?:[\w-]+ ){1,2}?from"  # "veteran product builders from Airbnb"
    r"|(?:giants|incumbents|competitors) (?:like|such as)"
    r"|(?:desktop|laptop|platform|hardware|operating system) of (?:your )?choice"  # a perk: "Linux, Mac OS X"
    r"|backgrounds? (?:from|at)"
    # the company's own software and story: "software we've built, such as Optuna", "We began in 2017 as
    # TimescaleDB"
    r"|used (?:\w+ ){0,2}(?:software|tools|libraries|products) (?:that )?we(?:'ve| have)? (?:built|created"
    r"|developed|made)|(?:we|the company) (?:began|started)(?: in (?:19|20)\d\d)? as"
    # "Als wachstumsstarker Onlinehändler mit über 10 Jahren Erfahrung": the company's years, not the hire's
    r"|(?:\w{0,20}(?:unternehmen|händler|anbieter|firma|agentur|dienstleister)|company|firm|agency|business"
    r"|retailer|provider|entreprise|empresa) (?:with|mit|avec|con)"
    r" (?:über |mehr als |over |more than |plus de |más de )?"
    r"\d+\+? (?:jahren|years|ans|años)"
    # "L'application est disponible sur Android, iOS et le web": where the product runs, a pitch
    r"|(?:app|application|appli|product|produit|service) (?:est |is |ist )?(?:disponible|available|verfügbar)"
    r" (?:sur|on|für|auf)"
    # "Payments - think Stripe, Adyen": an analogy ("- Think in terms of invariants" is not one).
    r"|(?<=[-–—(] )think(?! (?:in|about|of|through|like|big|deeply|critically|outside|clearly|creatively)\b)"
    r"|(?:team|engineers|founders) (?:who |that )?(?:come|comes|came) from"
    # the company's portfolio: "Our recent work includes … using Docker, Python/Django/Flask, and Azure"
    r"|our (?:recent |past |previous )?(?:work|projects) (?:includes?|including|has included)"
    r"|can provide you with|offers? (?:you )?training|to apply|git(?:hub|lab) (?:profile|account|link|handle)"
    # a later or another hire than this one: "In a few months we're going to be hiring for a Javascript
    # developer", "P.S., if you're a Javascript developer" ("We're also looking for …" is the posting's)
    r"|(?<!you )(?:going to be|will be|plan to be) hiring (?:for|an?)\b"
    r"|p\.s\.,?\s(?:if you|we(?:'re| are) also)"
    rf"|{_MATERIAL}[\s,/|]{{1,3}}(?:{_OR}\s)?git(?:hub|lab)|git(?:hub|lab)[\s,/|]{{1,3}}(?:{_OR}\s)?(?:an?\s)?{_MATERIAL}"
    # "send a short note and GitHub to …": a profile sent with a note (not "send alerts to … GitHub issues")
    r"|\bsend (?:us )?(?:(?:a|an|your) )?(?:short |quick |brief )?(?:note|message|intro|cv|resume|email)"
    r"[^.!?\n]{0,20}?\bgit(?:hub|lab)\b"
    r")(?!\w)"
)
# Clause breaks: ";", a sentence end (the spaces after it: group 1), a full stop glued to the next
# sentence ("weitergeben.Idealerweise": checked for three letters before it), " but " and a spaced dash.
# Every alternative starts with a character the engine can look for (no lookbehind first): one fast
# scan; a single space before "but" (the text is normalised) keeps a run of spaces linear.
_CLAUSE_SPLIT = re.compile(
    # Not before a short parenthesis that ends the line: "Power BI a nivel intermedio. (deseable)."
    r";\s*|[.!?](\s+)(?=[A-ZÀ-Ý(¿¡0-9])(?!\([^()\n]{1,40}\)[.!]?\s*$)"
    r"|\.(?=[A-ZÀ-Ý][a-zß-ÿ]{2})|[ \t](?:but|pero|mais|aber)\s+|[ \t][—–]\s+"
    r"|[ \t]\|[ \t]"  # "Costa Mesa, CA ideally | React, Node.js": a header's fields are apart
    # "… - AWS, K8s, Pulumi // Product Manager … xp preferred": a line's list of roles, each with its own asks
    r"|[ \t]//[ \t](?=(?:[\w-]{1,20} ){0,3}(?i:engineer|manager|designer|developer|head|scientist)\b)"
)
_GLUED_SENTENCE = re.compile(r"[a-zß-ÿ]{3}\.")
# "Go, Kafka is a plus": a comma before a preferred cue (and its "and") breaks the clause too. Read from
# the cues back, not from every comma forward: a long list has thousands of commas and few cues.
_COMMA_BEFORE_CUE = re.compile(
    r",\s?(?:(?:and|but|y|et|und|o|or|ou|oder) )?\(?$"
    r"|\s(?:and|but|y|pero|et|mais|und|aber) \(?$"  # or a conjunction
)  # alone; the cue may be in brackets: "Git, and (ideally) Docker"
# "automated testing--preferably with RSpec": a dash breaks before a cue that marks what follows it, not
# before one that marks what it follows ("Docker - nice to have for the infra side")
_DASH_BEFORE_CUE = re.compile(r"\s?--\s?\(?$|\s[-\u2013\u2014]\s\(?$")
_FORWARD_CUE = re.compile(alternatives("forward_clause"))
# A forward cue that qualifies how or where, not a name: "preferably for building data pipelines"
_PURPOSE = re.compile(r"\s(?:for|in|within|at|on|when|while|from|für|pour|para|en)\s")
_CAPITAL = re.compile(r"[A-ZÀ-Ý]")


def _a_purpose(text: str, low: str, cue: tuple[int, int], stop: int) -> bool:
    """Whether a forward cue after a space opens a purpose naming nothing: "Scala or Java preferably for
    building performance data pipelines" (not "preferably on cloud platforms (e.g., AWS)")."""
    start, end = cue
    if text[start - 1 : start] != " " or not _PURPOSE.match(low, end):
        return False
    return not _CAPITAL.search(text, end, min(stop, end + MAX_SENTENCE_CHARS))


CUE_LEAD_CHARS: Final = 8
# "React, Angular or Vue, with Next.js expertise considered a bonus": the cue weighs what "with" adds
_WITH_BEFORE_CUE = re.compile(r",\s(?:and\s|but\s|ideally\s)?with\s[^,;()]{1,60}$")
WITH_LEAD_CHARS: Final = 80
# "… (AWS, Microsoft Azure, Google Cloud) - AWS Preferred", "Python or Go (Go preferred)": one of the
# choices named again before a closing "preferred" is the one the cue weighs, not the clause's choices
# (not "Core Java, XML, JSON, HTML preferred": a list that the cue weighs whole)
_NAME_BEFORE_CUE = re.compile(r"(,\s|\s[-\u2013]\s|\s\()([A-Z][\w.+#/-]{0,25}(?:\s[A-Z][\w.+#/-]{0,25})?)\s$")
_NAMED_CUES: Final = frozenset({"preferred", "preferable"})


def _named_preference(text: str, start: int, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The separator before a choice named again that a closing "preferred" weighs alone, or None."""
    if text[cue[0] : cue[1]].lower() not in _NAMED_CUES:
        return None
    named = _NAME_BEFORE_CUE.search(text, max(start, cue[0] - 60), cue[0])
    if named is None:
        return None
    again = re.compile(rf"(?<![\w.+#-]){re.escape(named.group(2))}(?![\w+#])", re.IGNORECASE)
    return named.span(1) if again.search(text, start, named.start()) else None


# "…, vorzugsweise in der Informatik, sowie Kenntnisse in Angular": a forward cue reaches its object, not
# what "as well as" adds after it
_FORWARD_REACH = re.compile(
    r"\s(?:sowie|as well as|así como|ainsi que)\s(?:[\w-]{2,20}\s){0,2}?(?:kenntnisse|erfahrung|knowledge"
    r"|experience|conocimientos?|experiencia|connaissances?|expérience)"
)
# "Good knowledge of WPF, knowledge of WinForms will be a plus": a comma that opens a new subject before
# the cue breaks the clause (a list's comma does not: "React, Vue or Angular is a plus"). Read in a window
# of SUBJECT_LEAD_CHARS before the cue.
_NEW_SUBJECT = re.compile(
    r",\s(?:and\s|with\s)?(?:some\s|any\s|prior\s)?(?:knowledge|experience|familiarity|exposure|understanding"
    r"|proficiency)\s(?:of|with|in|to)\s[^,;]*$"
)
SUBJECT_LEAD_CHARS: Final = 90
# "z.B. Maven", "e.g. Kafka", "etc. We": a full stop that ends an abbreviation, not a sentence.
_ABBREVIATION = re.compile(
    r"(?:(?<!\w)\w\.\w\.|(?<!\w)(?:etc|ex|approx|vs|incl|bzw|ca|usw|resp|p\.ej|e\.g|i\.e|z\.b|min|mind|max|mín"
    r"|aprox|env|bspw|inkl|ggf|evtl)\.)$",
    re.IGNORECASE,
)
PARENS: Final = re.compile(r"\(([^()]*)\)")


@dataclass(slots=True)
class Clause:
    """A span of a line (offsets into `Line.text`) with its own kind; `text` has holes blanked."""

    start: int
    end: int
    kind: Kind
    text: str
    waived: bool = False  # "not required": a preferred clause that outweighs the role's context
    # names count only in text[only[0]:only[1]]: a bracket read with the rest of its clause around it
    only: tuple[int, int] | None = None


# "Familiarity with Solidity is great, but not essential": a "but" that only weighs the clause before it
_CUE_TAIL = re.compile(
    r"(?:(?:it(?:'s| is)|is|are)\s)?"
    r"(?:not\s(?:essential|required|necessary|mandatory|needed|a must)|optional)"
    r"[.!)\s]*(?:$|[\u2014\u2013;]|--)",  # the clause's end: "… but not required — enthusiasm …"
    re.IGNORECASE,
)


def _only_weighs(text: str, but: re.Match[str]) -> bool:
    """A "but" before a bare "not essential" that weighs a clause with no cue of its own (one that has
    one, "… is helpful but not required", stays a plus of its own)."""
    before = text[max(0, but.start() - MAX_SENTENCE_CHARS) : but.start()].lower()
    return _CUE_TAIL.match(text, but.end()) is not None and _PREFERRED_CLAUSE.search(before) is None


# A long line of " • " items is a list whose line breaks were lost ("… C# .NET • WCF, Web Api, SharePoint is
# a plus • IIS and SQL Server • …"): each item is a clause. A short one is one item's list ("Kafka • Redis
# (nice to have)"), weighed as a whole.
_RUN_ON_BULLET: Final = re.compile(r"[ \t]•[ \t]")
MIN_RUN_ON_CHARS: Final = 200


def _strong_breaks(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _RUN_ON_BULLET.finditer(text)] if len(text) >= MIN_RUN_ON_CHARS else []
    for found in _CLAUSE_SPLIT.finditer(text):
        if found.group(0).strip().lower() == "but" and _only_weighs(text, found):
            continue
        if found.group(1) is not None:
            spans.append(found.span(1))  # the sentence's full stop stays with it
        elif found.group(0) != ".":
            spans.append(found.span())
        elif _GLUED_SENTENCE.fullmatch(text, max(0, found.start() - 3), found.end()):
            spans.append((found.end(), found.end()))
    return sorted(spans)


def _breaks(text: str) -> list[tuple[int, int]]:
    """The spans that break a line into clauses, in order: the strong breaks, and a comma or a
    conjunction before a preferred cue (a dash before a forward one) within a sentence's first
    MAX_SENTENCE_CHARS (see `cues.sentence`)."""
    strong = _strong_breaks(text)
    low = lower_same_length(text)
    spans = list(strong)
    for start, end in zip([0, *(e for _, e in strong)], [*(s for s, _ in strong), len(text)], strict=True):
        for cue in _PREFERRED_CLAUSE.finditer(low, start, min(end, start + MAX_SENTENCE_CHARS)):
            if subject := _NEW_SUBJECT.search(low, max(start, cue.start() - SUBJECT_LEAD_CHARS), cue.start()):
                spans.append((subject.start(), subject.start() + 2))
                continue
            if not low[cue.end() : end].strip(" .!?;)"):
                if named := _named_preference(text, start, cue.span()):
                    spans.append(named)  # "(AWS, Azure, GCP) - AWS Preferred": one name is the plus
                elif added := _WITH_BEFORE_CUE.search(
                    low, max(start, cue.start() - WITH_LEAD_CHARS), cue.start()
                ):
                    spans.append((added.start(), added.start() + 2))  # "React, with Next.js a plus"
                continue  # "SASS o LESS, mucho mejor.": a cue that ends its sentence marks what it follows
            lead = max(start, cue.start() - CUE_LEAD_CHARS)
            joint = _COMMA_BEFORE_CUE.search(low, lead, cue.start())
            if _FORWARD_CUE.match(low, cue.start()):
                joint = joint or _DASH_BEFORE_CUE.search(low, lead, cue.start())
                if not joint and _a_purpose(text, low, cue.span(), end):
                    spans.append((cue.start() - 1, cue.start()))  # "Scala or Java preferably for building …"
                # only after an aside: a cue that opens the clause marks all of it
                reach = joint and _FORWARD_REACH.search(low, cue.end(), min(end, start + MAX_SENTENCE_CHARS))
                if reach:
                    spans.append((reach.start(), reach.start() + 1))
            if joint and joint.group(0).startswith(","):
                spaced = low[joint.start() + 1 : joint.start() + 2] == " "
                spans.append((joint.start(), joint.start() + (2 if spaced else 1)))
            elif joint:
                spans.append(joint.span())  # "JavaScript y en lo posible Angular": the "y" joins two kinds
    return sorted(spans)


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans of a line between clause breaks; no break inside a parenthesis or after "e.g."."""
    pieces: list[tuple[int, int]] = []
    position = scanned = depth = 0
    for start, end in _breaks(text):
        if start < position:
            continue  # overlaps the break before it (", but a plus")
        depth += text.count("(", scanned, start) - text.count(")", scanned, start)
        scanned = start
        if depth > 0 or (
            text[start - 1 : start] == "." and _ABBREVIATION.search(text, max(0, start - 8), start)
        ):
            continue
        depth = 0  # a parenthesis never closed does not hold the rest of the line
        pieces.append((position, start))
        position = end
    pieces.append((position, len(text)))
    return pieces


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_REQUIRED_CLAUSE = words("required_clause")
# An item's own mark that it is a must: "(MUSS)", "(must)", "(obligatoire)", "(excluyente)".
_MARKED_REQUIRED = re.compile(rf"\((?:{alternatives('required_clause')}|muss|pflicht|must have)!?\)")
# Where a clause turns from what is required to what is a plus: "C++ is mandatory and Java a bonus".
_TURN = re.compile(r",\s|\s(?:and|y|et|und|while|whereas|mientras que|tandis que|während)\s")
# "(also a plus!)", "(a bonus)": a parenthesis of a cue and at most this many other words.
MAX_CUE_ONLY_WORDS: Final = 2


def _turn(low: str) -> int | None:
    """The offset where a required clause gives way to a preferred one, or None."""
    required = _REQUIRED_CLAUSE.search(low)
    preferred = _PREFERRED_CLAUSE.search(low, required.end()) if required else None
    if required is None or preferred is None:
        return None
    turn = _TURN.search(low, required.end(), preferred.start())
    return turn.start() if turn else None


def _cue_only(inner: str) -> bool:
    """Whether a parenthesis says only that the clause is a plus: "(also a plus!)", "(optional, if the
    project needs it)", not "(se valorará el conocimiento de diversos frameworks)"."""
    low = inner.lower()
    if (lead := _PREFERRED_CLAUSE.match(low)) and low[lead.end() :].lstrip().startswith(","):
        return True  # "(optional, je nach Projektfortschritt)", "(großer Vorteil, aber kein must have)"
    return len(_PREFERRED_CLAUSE.sub(" ", low).split()) <= MAX_CUE_ONLY_WORDS


def _preferred(start: int, end: int, piece: str) -> Clause:
    waived = bool(_NOT_REQUIRED.search(sentence(piece).lower()))
    return Clause(start, end, Kind.PREFERRED, piece, waived=waived)


def _names_in_context(piece: str, bracket: re.Match[str]) -> bool:
    """Whether a bracket names a skill only read in its clause: "Go (Rust would be nice)" names Rust, an
    ordinary word alone."""
    inside = range(bracket.start(1), bracket.end(1))
    return any(not found.concept and found.offset in inside for found in find_skills(piece))


# A clause that opens by stating the team's own stack: "Our stack is primarily Golang/K8s/Postgres …",
# "Stack is whatever fits: TypeScript and Python", "We use Go and Postgres", "our server stack includes …"
_OWN_STACK = re.compile(
    r"(?<!\w)(?:(?:our|the) (?:[\w-]+ ){0,2}stack(?:s)? (?:is|are|includes?|consists)|stack is|stack:"
    r"|we (?:use|build with|work with|are built on|build on))(?!\w)"
)


# A clause that opens with an ask: "Excellent knowledge of Windows, Linux, SQL, … Special Training in SANS"
_AN_ASK = re.compile(
    r"\W*(?!(?:our|we|their|decades|years)\b)(?:[\w-]+ ){0,2}(?:knowledge|experience|proficiency|expertise"
    r"|familiarity) (?:of|with|in|using)(?!\w)"  # not the company's own: "Our experience in SAP …"
)


def _company_part(low: str) -> int | None:
    """Where a clause (lower case) turns to the company's part by a cue in it (`_BOILERPLATE_CLAUSE`): 0
    for the whole clause, None for none of it. A clause that opens by stating the team's stack or an
    ask is the role's up to the cue: "Our stack is … Typescript and we support deployments in … our
    customers' clouds" keeps the stack (the customers cue had wiped it), "Our stack is Python and our
    customers include Shopify" keeps only Python."""
    lead = _OWN_STACK.search(low) or _AN_ASK.match(low)  # searched once: the first, if any
    pluses: list[re.Match[str]] | None = None
    for cue in _BOILERPLATE_CLAUSE.finditer(low):
        if cue.group(0) == "backed" and _backs_a_stack(low, cue.end()):
            continue
        if lead is None or cue.start() < lead.end():
            return 0
        pluses = list(_PREFERRED_CLAUSE.finditer(low)) if pluses is None else pluses  # once, if ever
        if not any(plus.start() <= cue.start() < plus.end() for plus in pluses):
            return cue.start()  # not inside a plus: "Perforce and TFS would be a benefit" is one
    return None


MAX_BACKING_CHARS: Final = 40


def _backs_a_stack(low: str, end: int) -> bool:
    """Whether "backed" at low[:end] is a system's backing ("python backed by AWS Aurora, Dynamo"), not
    a company's investors ("backed by Sequoia")."""
    if not low.startswith(" by ", end):
        return False
    first = _LIST_ITEM_END.split(low[end + 4 : end + 4 + MAX_BACKING_CHARS], 1)[0].strip(" .!?()")
    return first not in _VENDORS and _names_a_skill(first)  # "a Redis fork backed by AWS, Google": sponsors


_LIST_ITEM_END = re.compile(r",|;|\.\s|\s(?:and|or|&)\s")
_VENDORS: Final = frozenset({"aws", "amazon", "google", "microsoft", "oracle", "ibm", "meta", "apple", "sap"})


def _piece_clauses(
    text: str, start: int, end: int, kind: Kind, names_a_skill: Callable[[str], bool]
) -> list[Clause]:
    piece = text[start:end]
    low = lower_same_length(sentence(piece))
    company = _company_part(low) if kind != Kind.BOILERPLATE else None
    if company == 0:
        return [Clause(start, end, Kind.BOILERPLATE, piece)]
    if company is not None:  # the role's part, then the company's
        cut = start + company
        return [
            *_piece_clauses(text, start, cut, kind, names_a_skill),
            Clause(cut, end, Kind.BOILERPLATE, piece[company:]),
        ]
    if kind == Kind.PREFERRED and _MARKED_REQUIRED.search(low):
        return [Clause(start, end, Kind.REQUIRED, piece)]  # "Python-Kenntnisse (MUSS)" under "Idealerweise"
    if kind == Kind.PREFERRED and _REQUIRED_CLAUSE.search(low) and not _NOT_REQUIRED.search(low):
        # "Proficiency with Python is required, and Golang is a plus" under "Ideal Skills": the item's own
        # word wins; its turn to a plus is read below
        kind = Kind.REQUIRED
    if kind not in (Kind.REQUIRED, Kind.CONTEXT):
        return [Clause(start, end, kind, piece)]
    turn = _turn(low)
    if turn is not None:
        return [
            *_piece_clauses(text, start, start + turn, kind, names_a_skill),
            *_piece_clauses(text, start + turn, end, kind, names_a_skill),
        ]
    return _bracketed_cues(piece, start, kind, names_a_skill)


# "4+ (preferably) years Vue.js": a wish for more years, not a plus (not "Python 3 (preferred)")
_FIGURE_BEFORE = re.compile(r"(?<![\w.])\d{1,2}\+?\s?$")
_YEARS_NEXT = re.compile(r"\s?(?:years?|yrs)\b", re.IGNORECASE)


def _years_wish(text: str, bracket: re.Match[str]) -> bool:
    """Whether a bracket stands between a figure and "years": "4+ (preferably) years"."""
    figure = _FIGURE_BEFORE.search(text, max(0, bracket.start() - 4), bracket.start())
    return figure is not None and _YEARS_NEXT.match(text, bracket.end()) is not None


def _bracketed_cues(piece: str, start: int, kind: Kind, names_a_skill: Callable[[str], bool]) -> list[Clause]:
    """A required or context piece's clauses by the cues in its brackets (or one outside them)."""
    end = start + len(piece)
    read = sentence(piece)
    inner = [
        m
        for m in PARENS.finditer(read)
        if _PREFERRED_CLAUSE.search(m.group(1).lower()) and not _years_wish(read, m)
    ]
    outside = sentence(PARENS.sub("", piece)).lower()
    in_context, cue_only = _bracket_kinds(piece, inner, names_a_skill)
    after_must = _after_the_must(piece, outside, cue_only)
    inner = [m for m in inner if m not in after_must]
    cue_only = [m for m in cue_only if m not in after_must]
    # "PHP and JS (also a plus!)", "(Preferred) Experience in Rails": a parenthesis that is only a cue
    # marks the whole clause, unless a name stands just before it with more of the clause after.
    whole = any(
        not _marks_its_item(piece, m, names_a_skill) and not _LATTER.search(m.group(1)) for m in cue_only
    )
    if _PREFERRED_CLAUSE.search(outside) or whole:
        return [_preferred(start, end, piece)]
    # "Docker on AWS (SageMaker is a plus)": only the parenthesis is preferred; "either React (preferred)
    # or Vue": a cue mid-clause marks the name just before it.
    # "(idéalement Laravel, mais aussi JS/TS/Node, Django)": the cue reaches only to "but also"
    asides = [m for m in inner if m not in cue_only]
    holes = [(_cue_part(m), _but_also(piece, m)) for m in asides]
    clauses = [_aside(piece, start, hole, m in in_context) for m, hole in zip(asides, holes, strict=True)]
    for m in cue_only:
        item = _item_start(piece, m.start())
        # the two words before the item stay readable ("experience in React") for the name's context
        lead = _TWO_WORDS_BEFORE.search(piece, max(0, item - MAX_ITEM_CHARS), item)
        seen = _blank(piece, [(0, lead.start() if lead else item), (m.end(), len(piece))])
        clauses.append(Clause(start, end, Kind.PREFERRED, seen))
        holes.append((item, m.end()))
    clauses.append(Clause(start, end, kind, _blank(piece, holes)))
    return clauses


def _bracket_kinds(
    piece: str, inner: list[re.Match[str]], names_a_skill: Callable[[str], bool]
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The brackets with a preferred cue whose names need their clause to be read ("Go (Rust would be
    nice)": "Rust" alone is a word), and those that are only a cue ("(also a plus!)")."""
    in_context = [m for m in inner if not names_a_skill(m.group(1)) and _names_in_context(piece, m)]
    cue_only = [
        m for m in inner if m not in in_context and not names_a_skill(m.group(1)) and _cue_only(m.group(1))
    ]
    return in_context, cue_only


def _aside(piece: str, start: int, hole: tuple[int, int], in_context: bool) -> Clause:
    """The preferred clause of a bracketed plus at `hole`; one whose names need their clause is the whole
    piece with only the names inside the hole counting."""
    a, b = hole
    if in_context:
        return Clause(start, start + len(piece), Kind.PREFERRED, piece, only=hole)
    return _preferred(start + a, start + b, piece[a:b])


def _cue_part(aside: re.Match[str]) -> int:
    """Where a bracket's preferred part starts: after the last ";" before its cue ("(plus some AWS/Docker;
    DynamoDB familiarity is a bonus)": only DynamoDB is the plus), else at the bracket."""
    cue = _PREFERRED_CLAUSE.search(aside.group(1).lower())
    semicolon = aside.group(1).rfind(";", 0, cue.start()) if cue else -1
    return aside.start(1) + semicolon + 1 if semicolon >= 0 else aside.start()


def _after_the_must(piece: str, outside: str, cue_only: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "TypeScript or Go is required (both preferred)": a bare cue right after the clause's own must adds
    nothing; "React is required along with Next.js (preferred)" still prefers Next.js."""
    must = _REQUIRED_CLAUSE.search(sentence(piece).lower()) if _REQUIRED_CLAUSE.search(outside) else None
    if must is None or _NOT_REQUIRED.search(outside):
        return []
    return [m for m in cue_only if m.start() >= must.end() and not piece[must.end() : m.start()].strip()]


# "PyTorch and a MSc or PhD (the latter optional)": the cue is the last item's alone
_LATTER = re.compile(
    r"\b(?:the latter|letztere[rs]?|ce dernier|cette dernière|este último|esta última)\b", re.I
)


_BUT_ALSO = re.compile(r",?\s(?:mais aussi|but also|aber auch|pero también|as well as)\s", re.IGNORECASE)


# A cue written after its name, with more of the bracket after it: "(Pulumi preferred, Terraform also
# acceptable)" prefers only Pulumi.
_PLUS_FIRST = re.compile(
    r"(?:bonus|extra points?|plus|ideally|preferably)(?:\s(?:for|if|with))?\s(?![^,;)]*\b(?:required|must)\b)"
)
_CUE_THEN_MORE = re.compile(r"\s(?:preferred|(?:is )?a (?:big )?plus|nice to have)\s?[,;]", re.IGNORECASE)


def _but_also(piece: str, aside: re.Match[str]) -> int:
    """Where a bracketed plus ends: at "but also" inside it, after a cue that ends its item, else at its
    closing bracket."""
    found = _BUT_ALSO.search(piece, aside.start(), aside.end())
    if found:
        return found.start()
    cue = _CUE_THEN_MORE.search(piece, aside.start(), aside.end())
    # "(AWS preferred, bonus for Azure and GCP)": the next item opens with its own plus, so is one too
    more = (
        cue is not None
        and _PLUS_FIRST.match(piece[cue.end() : aside.end()].lstrip(" ,;").lower()) is not None
    )
    return cue.end() if cue and not more else aside.end()


_LETTER = re.compile(r"[^\W\d_]")
_ITEM_START = re.compile(
    r".*(?:[,;:(/]|\s(?:or|and|in|with|like|y|o|en|con|et|ou|und|oder|mit)\s)", re.DOTALL
)  # matched on at most MAX_ITEM_CHARS characters


def _item_start(piece: str, end: int) -> int:
    """Where the item ending at `end` starts: after the last comma or joining word before it."""
    found = _ITEM_START.match(piece, max(0, end - MAX_ITEM_CHARS), end)
    return found.end() if found else max(0, end - MAX_ITEM_CHARS)


MAX_ITEM_CHARS: Final = 40
_TWO_WORDS_BEFORE = re.compile(r"\S+\s+\S+\s*$")


def _marks_its_item(piece: str, cue: re.Match[str], names_a_skill: Callable[[str], bool]) -> bool:
    """ "either React (preferred) or Vue": a cue in brackets after a name, mid-clause, marks that name."""
    goes_on = _LETTER.search(piece, cue.end()) is not None
    return goes_on and names_a_skill(piece[_item_start(piece, cue.start()) : cue.start()])


def clauses(line: Line, names_a_skill: Callable[[str], bool] = _names_a_skill) -> list[Clause]:
    """Spans of the line with their own kind; a parenthesis with "is a plus" is its own clause.

    A piece without a letter (a rule, a row of punctuation) says nothing and yields no clause.
    """
    found: list[Clause] = []
    for start, end in _pieces(line.text):
        if _LETTER.search(line.text, start, end):
            found.extend(_piece_clauses(line.text, start, end, line.kind, names_a_skill))
    return _lists_after_a_cue(line.text, found)


_INTRODUCES = re.compile(r"^\s?[:\u2013\u2014]\s?$|^\s[-\u2013\u2014]\s$")
# "Experience in the following tools is a plus. AWS (SageMaker, Lambda), Terraform": a clause that points
# ahead introduces what comes after its full stop as well
_POINTS_AHEAD = re.compile(
    r"\b(?:the following|folgende[nr]?|(?:les|des) (?:\w+ )?suivant|lo siguiente|l[ao]s siguientes)\b",
    re.IGNORECASE,
)


def _ends_pointing_ahead(text: str) -> bool:
    """A sentence that names "the following" and ends: what comes after its full stop is what it means."""
    return text.rstrip().endswith(".") and _POINTS_AHEAD.search(text) is not None


def _an_aside(text: str, clause: Clause) -> bool:
    """ "Cloud — preferably Azure — you have used Docker": a forward cue's clause between two dashes."""
    opens = _FORWARD_CUE.match(clause.text.lstrip(" -\u2013\u2014(").lower()) is not None
    return opens and text[: clause.start].rstrip().endswith(("-", "\u2013", "\u2014"))


def _lists_after_a_cue(text: str, found: list[Clause]) -> list[Clause]:
    """ "Experience in our current technologies is a bonus — Java, Apex, Ruby": the list a preferred
    clause introduces with a dash or a colon is preferred too. Not after an aside that opens with a
    forward cue: "Cloud — preferably Azure — you have used Docker" prefers only Azure."""
    for index in range(1, len(found)):
        before, clause = found[index - 1], found[index]
        if (
            before.kind == Kind.PREFERRED
            and not _an_aside(text, before)
            and clause.kind in (Kind.REQUIRED, Kind.CONTEXT)
            and (
                _INTRODUCES.match(text[before.end : clause.start])
                or (_ends_pointing_ahead(before.text) and not text[before.end : clause.start].strip(" ."))
            )
        ):
            found[index] = _preferred(clause.start, clause.end, clause.text)
    return found

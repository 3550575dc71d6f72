"""Pass 4c of parse_jd: the role's title as a person would write it.

From a "Title:" label, else the first line (or the segment of a "Company | Role | City" line that
names a role), else "looking for a Backend Engineer" in the prose. The gender marker, the company a
job board glued on, trailing places, work modes and dates go; a long title is cut at a word, never
inside one.
"""

# ruff: noqa: RUF001 - the dashes in the patterns are what postings contain
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from talent.jd.places import is_place
from talent.jd.sections import PARENS, Line
from talent.jd.where import WORK_MODE, is_location_text, places_in

MAX_TITLE_CHARS: Final = 100
MAX_TITLE_LINE: Final = 300  # a first line longer than this is prose; only its start can hold the title
_GENDER = re.compile(
    r"\(\s?(?:[mfwdxhn]\s?[/|*]\s?){1,3}[mfwdxhn]\s?\)|\(all genders?\)|\(\s?[mfwd]/[mfwd]\s?\)"
    r"|\b[HF]\s?/\s?[FH](?:\s?/\s?X)?\b|\(\s?[HF]\s?[-/]\s?[FH](?:\s?/\s?X)?\s?\)|\*in\b|\(\s?[mwd]\s?\)",
    re.IGNORECASE,
)
TITLE_SPLIT: Final = re.compile(
    r"(\s[|–—·•@]\s|\s-\s|\s\|\s?|\sat\s(?=[A-Z])|\sbusca\s|\ssucht\s|\srecrute\s"
    r"|\s(?:is|are) hiring\s(?:an?\s)?)",
    re.IGNORECASE,
)
_HIRING_SEPARATORS: Final = (
    "busca",
    "sucht",
    "recrute",
    "is hiring",
    "are hiring",
    "is hiring a",
    "is hiring an",
)
_DATE_WORDS = re.compile(r"\b(19|20)\d\d\b|\b(summer|winter|spring|autumn|fall)\b", re.IGNORECASE)
ROLE_WORD: Final = re.compile(
    r"\b(engineers?|developers?|scientists?|analysts?|architects?|managers?|lead|designers?|programmers?|interns?"
    r"|administrators?|specialists?|consultants?|head|director|devops|sre|testers?|officers?|researchers?"
    r"|technicians?|entwickler(in)?|desarrollador(es|a)?|développeur(se|\.e)?|ingénieur|ingeniero|programador"
    r"|administrateur|artist|concierge|admin|staff|dev|full[\s-]?stack|front[\s-]?end|back[\s-]?end)\b",
    re.IGNORECASE,
)
_PROSE_TITLE = re.compile(
    r"(?:looking for|hiring|seeking) (?:an? |several |\w+ )?((?:[A-Z][\w+#./-]{0,30}\s|senior |junior ){0,5}"
    r"(?:Engineer|Developer|Scientist|Analyst|Architect|Manager|Lead|Designer|Programmer|Intern)s?)",
    re.IGNORECASE,
)
_JUNK_TITLE = re.compile(r"^(multiple positions|various|several|[\d\s$€£,.kK+-]+)$", re.IGNORECASE)


def _droppable(segment: str, company: str | None) -> bool:
    """A title segment that names the company, the place, the work mode or the pay, not the role."""
    plain = segment.strip(" ()")
    return (
        not plain
        or bool(company and plain.lower().startswith(company.lower()))
        or is_location_text(plain)
        or bool(WORK_MODE.search(plain) and not ROLE_WORD.search(plain))
        or bool(_JUNK_TITLE.match(plain))
        or any(is_place(part.strip()) for part in plain.split(","))
    )


def _strip_trailing_parens(title: str) -> str:
    # Trailing parentheses about the place, work mode or dates: "(Remote)", "(Summer 2025)".
    while found := re.search(r"\s?\(([^()]{0,200})\)\s?$", title):
        inner = found.group(1)
        if is_location_text(inner) or WORK_MODE.search(inner) or _DATE_WORDS.search(inner):
            title = title[: found.start()]
        else:
            break
    return title


def cut_at_word(text: str, limit: int = MAX_TITLE_CHARS) -> str:
    """`text` shortened to at most `limit` characters at a word boundary, with no open parenthesis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else cut
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rfind("(")]
    return cut.rstrip(" -–—|,:;(")


def _role_segment(segments: list[str]) -> int:
    """The index of the first segment that names a role; 0 when none does."""
    return next((i for i, s in enumerate(segments) if ROLE_WORD.search(s) and not _JUNK_TITLE.match(s)), 0)


# "Software Engineers, Data Engineers" (a "who is hiring" line): the first role names the posting.
_ROLE_LIST = re.compile(
    r",\s(?=[^,]{0,60}\b(?:engineers?|developers?|scientists?|designers?|sre|managers?)\b)", re.I
)
_TRAILING_NOISE = re.compile(
    r"\s?(?:\((?:[\w-]+\.)+(?:com|io|org|net|co)\)|\bgesucht|\b(?:-|–)\s?(?:vollzeit|teilzeit|full[\s-]time"
    r"|part[\s-]time|[\w ]{0,20}time zones?)"
    r"|,\s?(?:full[\s-]time|part[\s-]time|remote|hybrid|on[\s-]?site|contract"
    r"|permanent|freelance)|\bto lead\b.*|\bin (?:emea|apac|latam)\b.*|[\[\]_]+)\s?$",
    re.IGNORECASE,
)
_PLURALS: Final = {
    "engineers": "Engineer", "developers": "Developer", "scientists": "Scientist", "designers": "Designer",
    "desarrolladores": "Desarrollador", "développeurs": "Développeur", "entwickler": "Entwickler",
}  # fmt: skip


def _singular(title: str) -> str:
    words = title.split()
    if words and words[-1].lower() in _PLURALS:
        words[-1] = (
            _PLURALS[words[-1].lower()] if words[-1][:1].isupper() else _PLURALS[words[-1].lower()].lower()
        )
    return " ".join(words)


_LEADING_NOISE = re.compile(
    r"^(?:[^\[\]]{1,20}\]\s?|(?:an?|un|una|une|un\.e|el|la|le|der|die|ein|eine)\s)", re.IGNORECASE
)
_URL = re.compile(r"\[?(?:https?://|www\.)\S{1,200}")


def _first_role(title: str) -> str:
    """The first of a comma list of roles, never splitting inside a parenthesis."""
    for found in _ROLE_LIST.finditer(title):
        head = title[: found.start()]
        if head.count("(") == head.count(")"):
            return head
    return title


def _tidy(title: str) -> str:
    title = _first_role(_LEADING_NOISE.sub("", _URL.sub("", title)))
    for _ in range(3):  # "... (workable.com)", "... gesucht", "- Vollzeit": each at most once
        title = _TRAILING_NOISE.sub("", title).strip(" -–—|,:")
    return _singular(title)


def clean_title(title: str, company: str | None) -> str:
    """The role's name from a raw title line: no company, place, work mode, date or job-board noise."""
    title = _strip_trailing_parens(title[:MAX_TITLE_LINE])
    parts = TITLE_SPLIT.split(title)  # [segment, separator, segment, ...]
    segments = parts[0::2]
    begin = _role_segment(segments) if len(segments) > 2 or _droppable(segments[0], company) else 0
    if parts[2 * begin + 1 : 2 * begin + 2] and parts[2 * begin + 1].strip().lower() in _HIRING_SEPARATORS:
        begin += 1  # "Walmart Chile busca Desarrollador Fullstack"
    end = len(segments)
    for index in range(begin + 1, len(segments)):
        if parts[2 * index - 1].strip() in ("@", "at"):
            end = index  # "Engineer @ Nimbus (YC W24)": the rest names the company
            break
    dropped = {index for index in range(begin + 1, end) if _droppable(segments[index], company)}
    # "Staff Engineer | Acme | London": a segment before the place that names no role is the company.
    last = max(dropped, default=0)
    kept = segments[begin]
    for index in range(begin + 1, end):
        if index in dropped or (index < last and not ROLE_WORD.search(segments[index])):
            continue
        if not ROLE_WORD.search(segments[index]) and parts[2 * index - 1].strip() == "|":
            continue  # "Pex | Multiple positions": a segment after a bar that names no role
        kept += parts[2 * index - 1] + segments[index]
    return cut_at_word(_tidy(" ".join(_strip_trailing_parens(kept).split()).strip(" -–—|,:")))


@dataclass(frozen=True, slots=True)
class Title:
    """The cleaned title, the raw text it came from, and the places the first line names."""

    title: str
    raw: str
    places: list[str]


_PROSE_ROLE = re.compile(
    r"(?:looking for|hiring|seeking|if you are|join us as|busca(?:mos|n)?|recrutons|recrute|recherchons"
    r"|sucht|suchen"
    r"|vacantes? de|puesto de|poste de|(?<!such )as an?)"
    r"\s(?:an?\s|un\s|una\s|une\s|des\s|einen?\s|\d{1,2}\s|several\s)?((?:[\w+#./-]{1,30}\s){0,4}?"
    r"(?:engineer|developer|scientist|architect|designer|programmer|desarrollador|développeur|entwickler"
    r"|engineering manager|manager|lead)(?:e?s)?\b"
    r"(?:\s(?:senior|junior|sr|ssr|jr|frontend|backend|front[\s-]end|back[\s-]end|full[\s-]?stack|web)){0,3})",
    re.IGNORECASE,
)


def _prose_title(text: str) -> str:
    found = _PROSE_ROLE.search(text[:3000])
    return found.group(1) if found else ""


def _is_prose(line: str) -> bool:
    return len(line.split()) > 14 or "?" in line or line.rstrip().endswith((".", "!")) or "[name]" in line


def _raw_title(lines: list[Line], text: str) -> str:
    labelled = next((line.value for line in lines if line.label == "title" and line.value), "")
    if labelled:
        return labelled
    first = next((line.text for line in lines if line.is_first), "")
    if first and not _is_prose(first) and ROLE_WORD.search(clean_title(first, None)):
        return first
    # The first line names the company ("Zenity", "Styra | Redwood City, CA"): a short header line
    # with a role word, else the role the prose is hiring for.
    for line in lines[1:5]:
        if (
            not line.label
            and not _is_prose(line.text)
            and ROLE_WORD.search(line.text)
            and len(line.text.split()) <= 8
        ):
            if line.heading and line.text.lower().startswith(("about", "über", "à propos", "sobre")):
                continue
            return line.text
    return _prose_title(text) or first


_IN_PLACE = re.compile(r"\sin\s([A-Z][\w'-]{1,30}(?:\s[A-Z][\w'-]{1,30}){0,2})")  # "Lead Developer in London"


def _title_places(raw: str) -> list[str]:
    raw = raw[:MAX_TITLE_LINE]
    parts = TITLE_SPLIT.split(_GENDER.sub("", raw))[2::2] + [m.group(1) for m in PARENS.finditer(raw)]
    parts += [m.group(1) for m in _IN_PLACE.finditer(raw) if is_place(m.group(1))]
    return [p for part in parts if is_location_text(part) for p in places_in(part) if is_place(p)]


def read_title(lines: list[Line], text: str) -> Title:
    """The title (never empty), the raw line it came from and the places the first line names."""
    company = next((line.value for line in lines if line.label == "company" and line.value), None)
    raw = _raw_title(lines, text)
    title = clean_title(raw, company) or cut_at_word(raw.strip()) or "Untitled role"
    title = title[:1].upper() + title[1:]
    first = next((line.text for line in lines if line.is_first), raw)
    return Title(title, raw, _title_places(first) or _title_places(raw))

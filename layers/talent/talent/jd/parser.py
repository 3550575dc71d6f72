"""parse_jd: turn a job description into a `JobRequirement` with rules and the skill taxonomy.

How it reads a posting:

1. Lines. Each line gets a kind from the heading above it (or its own "Label:" prefix): required
   (requirements, "you have", "must have"), preferred ("nice to have", "bonus", "ideally"), context
   (responsibilities, the role, the stack, text before any heading) or boilerplate (about us, benefits,
   equal opportunity, how to apply). Boilerplate never yields skills or years.
2. Clauses. Inside a line, a clause with "is a plus", "preferred", "ideally", "helpful"... is preferred,
   and a clause about the company's history, perks or the application is dropped.
3. Skills. One pass over the tokens looks up the longest alias n-gram in the taxonomy. Aliases that are
   also English words ("go", "swift", "spring", "express") or single letters ("R", "C") count only in a
   tech context: next to another skill in a list, followed by a word such as "developer" or "experience",
   after "experience with"/"proficient in", or capitalised in the middle of a sentence.
4. Merge. A skill stated as required anywhere (or named in the title) is required; else a skill stated
   as preferred is preferred; else a skill met only in context (responsibilities, stack) is required.
5. min_years is the largest experience figure stated for the role in required or context text, the
   lower bound of a range ("3-5 years" -> 3). Figures about the company ("founded 10 years ago") are
   ignored. Only when no such figure exists does a general preferred one count ("5+ years preferred").
6. Seniority comes from the title's level word; without one, from an explicit statement ("this is a
   senior-level position"); otherwise None.
7. Remote policy and locations come from the title, "Location:"-style lines, then the body, then the
   boilerplate, first match wins; negated remote ("not remote") is onsite.
"""

# ruff: noqa: RUF001 - the dashes and curly quotes in the patterns are what postings contain
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from typing import Final

from talent.jd.limits import validate_jd_text
from talent.jd.places import PLACES, is_place
from talent.jd.taxonomy import ALIASES, MAX_ALIAS_TOKENS, SKILLS, TOKEN
from talent.models import JobRequirement, RemotePolicy, SearchHints, Seniority


class Kind(IntEnum):
    """What a line says about the skills in it. Higher values win when one skill is seen twice."""

    BOILERPLATE = 0
    CONTEXT = 1
    PREFERRED = 2
    REQUIRED = 3


# ----------------------------------------------------------------------------------------------------------
# Headings and labels

_PREFERRED_HEAD = re.compile(
    r"nice[\s-]*to[\s-]*have|bonus|\bplus(es)?\b|preferred|desirable|desired|would be (great|nice|a plus)"
    r"|good[\s-]to[\s-]have|extra credit|ideally|optional|even better|brownie points|stand out"
    r"|great if|advantage|not required|what would make you"
)
_BOILERPLATE_HEAD = re.compile(
    r"benefits|perks|what we offer|we offer|offer you|compensation|salary|\bpay\b|about us|who we are"
    r"|about the company|the company|^company$|company (description|overview|profile|info)|our story"
    r"|our mission|our values|culture|why join|why work"
    r"|life at|equal opportunit|\beeo\b|diversity|inclusion|how to apply|apply now|application|interview"
    r"|hiring process|the process|next steps|legal|privacy|disclaimer|accommodation|what's in it for you"
)
_REQUIRED_HEAD = re.compile(
    r"requirement|qualification|what you('ll| will)? (need|bring|have)|must[\s-]have|you have|you are"
    r"|who you are|about you|your profile|profile|skills|experience|looking for|like you to have"
    r"|you should have|you bring|you need|essential|ideal candidate|you('ll| will) need|your background"
    r"|what we need|what we expect|we expect|minimum|basic|required|you might be|you may be|to succeed"
)
_CONTEXT_HEAD = re.compile(
    r"responsibilit|what you('ll| will) (do|be doing|work on|build)|the role|your role|the job|your tasks"
    r"|your mission|day[\s-]to[\s-]day|in this role|you will|you'll|the opportunity|the position|description"
    r"|overview|duties|the team|stack|technolog|tools|the work|what you('ll| will) be|about the|summary"
    r"|project|the challenge|your impact|how we work|work model|where|location|remote"
)
_ROLE_ABOUT = re.compile(r"about (the |this )?(role|job|position|opportunity|team|you|work|project)")


def _heading_kind(text: str) -> Kind | None:
    """The kind of the section a heading opens, or None for a heading we do not recognise."""
    low = text.lower().strip()
    if _PREFERRED_HEAD.search(low):
        return Kind.PREFERRED
    if low.startswith("about") and not _ROLE_ABOUT.match(low):
        return Kind.BOILERPLATE  # "About Lumora", "About the company"
    if _BOILERPLATE_HEAD.search(low):
        return Kind.BOILERPLATE
    if low.startswith("about you") or _REQUIRED_HEAD.search(low):
        return Kind.REQUIRED
    if _CONTEXT_HEAD.search(low):
        return Kind.CONTEXT
    return None


_LEAD = re.compile(r"^(?:[^\w(.]|\.(?![A-Za-z]))*")  # bullets, markdown and emojis; keeps ".NET"
_BULLET = re.compile(r"^\s*(?:\*(?!\*)|[-•·▪‣◦●○■□➤►→✓✔]|\d{1,2}[.)]\s)")
_TRAIL = re.compile(r"(?:[\s:*_=\-–—]|(?<=\s)#)+$")  # keeps "C#"
_JUNK_FIRST_LINE = re.compile(
    r"^(job description|job details|about the job|about the role|apply now|apply|job posting|new|save|share"
    r"|easy apply|posted .*|\d+ applicants)$",
    re.I,
)
_LABEL = re.compile(r"^([A-Za-z][\w '’&/()-]{1,40}?)\s*:\s*(\S.*)$")
_LOCATION_LABEL = re.compile(
    r"^(job )?(locations?|standort|arbeitsort|based in|office( location)?"
    r"|work(ing)? (model|pattern|arrangement|location|type|setup)"
    r"|workplace( type)?|remote|where|place of work|work from)$"
)
_TITLE_LABEL = re.compile(r"^(job title|title|position|role|job|vacancy|job role|position title)$")
_COMPANY_LABEL = re.compile(r"^(company|employer|company name|organisation|organization)$")
_COMPANY = re.compile(r"\b(?:company|employer|organi[sz]ation)\s*:\s*([^|·•]+)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?,;]$")


@dataclass(slots=True)
class Line:
    text: str  # the line without bullets and decorations
    start: int  # offset of `text` in the normalised posting
    kind: Kind
    heading: bool = False
    label: str = ""  # "location", "title", "company" for labelled lines
    is_title: bool = False


def _is_heading(raw: str, core: str) -> bool:
    words = core.split()
    if not words or len(words) > 10 or _BULLET.match(raw):
        return False
    stripped = raw.strip()
    if stripped.startswith("#") or (stripped.startswith("**") and stripped.rstrip(":").endswith("**")):
        return True
    if stripped.endswith(":") and len(words) <= 8:
        return True
    letters = [c for c in core if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters) and len(words) <= 6:
        return True
    # A plain short line is a heading only when it reads like one we know ("Nice to have", "Benefits").
    if ":" in core or _SENTENCE_END.search(core) or len(words) > 9:
        return False
    kind = _heading_kind(core)
    if kind is None:
        return False
    # Plain lines that name a skill are content ("Experience with Kafka"); longer ones ("It would be great
    # if you also had") only open preferred or boilerplate sections.
    if _names_a_skill(core):
        return False
    return len(words) <= 4 or kind in (Kind.PREFERRED, Kind.BOILERPLATE)


def _names_a_skill(text: str) -> bool:
    tokens = list(TOKEN.finditer(text))
    return bool(_find_skills(text, tokens, in_title=False))


def _lines(text: str) -> list[Line]:
    lines: list[Line] = []
    kind = Kind.CONTEXT  # text before the first heading: usually the pitch and the role
    offset = 0
    seen_title = False
    for raw in text.split("\n"):
        start = offset
        offset += len(raw) + 1
        lead = _LEAD.match(raw)
        skip = lead.end() if lead else 0
        core = _TRAIL.sub("", raw[skip:]).replace("**", "").strip()
        if not core:
            continue
        skip = raw.find(core[:8], skip) if raw.find(core[:8], skip) >= 0 else skip
        if not seen_title and not _JUNK_FIRST_LINE.match(core):
            seen_title = True
            label = _LABEL.match(core)
            if not (label and _TITLE_LABEL.match(label.group(1).lower())):
                lines.append(Line(core, start + skip, Kind.REQUIRED, is_title=True))
                continue
        if _is_heading(raw, core):
            heading_kind = _heading_kind(core)
            kind = heading_kind if heading_kind is not None else Kind.CONTEXT
            line = Line(core, start + skip, Kind.BOILERPLATE, heading=True)
            if _LOCATION_LABEL.match(core.lower().rstrip(":")):
                line.label = "location-heading"
            lines.append(line)
            continue
        line = Line(core, start + skip, kind)
        label = _LABEL.match(core)
        if label:
            name = label.group(1).lower().strip()
            if " | " in core and re.search(r"\blocation\s*:", core, re.IGNORECASE):
                line.label, line.kind = "location", Kind.BOILERPLATE  # "Company: X | Location: Y | Hybrid"
            elif _LOCATION_LABEL.match(name):
                line.label, line.kind = "location", Kind.BOILERPLATE
            elif _TITLE_LABEL.match(name):
                line.label, line.kind = "title", Kind.REQUIRED
            elif _COMPANY_LABEL.match(name):
                line.label, line.kind = "company", Kind.BOILERPLATE
            else:
                label_kind = _heading_kind(name)
                if label_kind is not None and len(name.split()) <= 6:
                    line.kind = label_kind if kind != Kind.BOILERPLATE else kind
                    if label_kind == Kind.BOILERPLATE:
                        line.kind = Kind.BOILERPLATE
        lines.append(line)
    return lines


# ----------------------------------------------------------------------------------------------------------
# Clauses: preferred markers and boilerplate inside a line

_PREFERRED_CLAUSE = re.compile(
    r"\b(is|are|would be|will be|be) (a |an )?(big |huge |strong |definite )?(plus|bonus|advantage|benefit)"
    r"|\ba plus\b|\bnice[\s-]to[\s-]have\b|\bbonus\b|\bpreferred\b|\bpreferably\b|\bdesirable\b|\bdesired\b"
    r"|\bideally\b|\bhelpful\b|\badvantageous\b|\bgood[\s-]to[\s-]have\b|\bnot (required|a must|mandatory)\b"
    r"|\boptional\b|\bwould be (great|nice|good|useful|beneficial)\b|\bis welcome\b|\bare welcome\b"
    r"|\bappreciated\b|\bgreat if\b|\bwelcomed?\b|\bextra points\b|\bis an asset\b|\bare an asset\b",
    re.IGNORECASE,
)
_BOILERPLATE_CLAUSE = re.compile(
    r"\bfounded\b|\bfounders?\b|\bco-?founders?\b|\byears? ago\b|\bsince (19|20)\d\d\b|\bperks?\b"
    r"|\bbenefits?\b"
    r"|\bequal opportunity\b|\bequal employment\b|\b401\(?k\)?|\bvacation\b|\bholidays?\b|\bpension\b"
    r"|\bhealthcare\b|\bstipend\b|\ballowance\b|\bcredits\b|\byour (cv|resume|résumé|github|portfolio)\b"
    r"|\bsend (us )?your\b|\bapply (now|with|by|via|here|today)\b|\bcertification budget\b"
    r"|\bin business\b|\b(we|our company|the company) (has|have) been\b|\bhas (served|helped|protected)\b",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(
    r";\s*|(?<=[.!?])\s+(?=[A-Z(])|,\s*(?=(?:and |but )?(?:ideally|preferably|bonus|plus|optionally)\b)"
    r"|\s+but\s+|\s+[—–]\s+"
)
_PARENS = re.compile(r"\(([^()]*)\)")


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    kind: Kind
    holes: tuple[tuple[int, int], ...] = ()  # spans (line offsets) read as their own clauses


def _clauses(line: Line) -> list[Clause]:
    """Spans of the line with their own kind; a parenthesis with "is a plus" is its own clause."""
    text = line.text
    spans: list[Clause] = []
    pieces: list[tuple[int, int]] = []
    position = 0
    for found in _CLAUSE_SPLIT.finditer(text):
        pieces.append((position, found.start()))
        position = found.end()
    pieces.append((position, len(text)))
    for start, end in pieces:
        piece = text[start:end]
        kind = line.kind
        if kind != Kind.BOILERPLATE and _BOILERPLATE_CLAUSE.search(piece):
            kind = Kind.BOILERPLATE
        elif kind in (Kind.REQUIRED, Kind.CONTEXT):
            inner = [m for m in _PARENS.finditer(piece) if _PREFERRED_CLAUSE.search(m.group(1))]
            outside = _PARENS.sub("", piece)
            if _PREFERRED_CLAUSE.search(outside):
                kind = Kind.PREFERRED
            else:
                holes = []
                for paren in inner:  # "Docker on AWS (SageMaker is a plus)": only the parenthesis
                    spans.append(Clause(start + paren.start(), start + paren.end(), Kind.PREFERRED))
                    holes.append((start + paren.start(), start + paren.end()))
                spans.append(Clause(start, end, kind, tuple(holes)))
                continue
        spans.append(Clause(start, end, kind))
    return spans


# ----------------------------------------------------------------------------------------------------------
# Skills

# Words after an ambiguous alias that show the technology: "Go services", "Swift developer".
_QUALIFIERS: Final = frozenset(
    """
    language languages lang programming developer developers engineer engineers code codebase
    codebases services service microservices backend backends stack experience expertise proficiency
    skills skill knowledge scripts scripting libraries library ecosystem apps app applications
    application framework frameworks modules concurrency development programmer programmers
    toolchain runtime projects sdk api apis boot based powered native driven shop tooling ui engine
    charts cluster clusters jobs workloads functions queries query package packages
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "experience with Go", "proficient in R": a preposition after one of these words.
_EXPERIENCE: Final = frozenset(
    """
    experience experienced proficiency proficient expertise expert skills skilled knowledge
    familiarity familiar fluency fluent background comfortable work working written develop
    developing developed built building code coding programming write writing services apps solid
    strong deep good hands-on
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_DETERMINERS: Final = frozenset({"a", "an", "the", "our", "your", "their"})
_PREPOSITIONS: Final = frozenset({"in", "with", "using", "of"})
_TIME_WORDS: Final = frozenset(
    {"semester", "term", "season", "break", "cleaning", "intake", "cohort", "quarter"}
)
_SEASON_WORDS: Final = frozenset({"this", "next", "last", "early", "late", "during"})
_LIST_GAP = re.compile(
    r"^[\s,;/&+|()\[\]:]*(?:(?:and|or|and/or|with|plus|as well as|&)\b)?[\s,;/&+|()\[\]]*$"
)
_PHRASE_GAP = re.compile(r"^[ \t\-/&]{0,3}$")
_CLAUSE_END = re.compile(r"^\s*(?:$|[.,;:!?)\]/])")
_LISTED_AFTER = re.compile(r"^\s*(?:,|/|\bor\b|\band\b)\s*[A-Z]")
_YEAR_AFTER = re.compile(r"^\s+(19|20)\d\d\b")


@dataclass(slots=True)
class Match:
    skill: str
    start: int  # token index
    end: int  # token index, exclusive
    mode: str
    accepted: bool


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\"'“‘*_-•")
    return not before or before[-1] in ".!?:\n" or _LEAD.fullmatch(before.split("\n")[-1]) is not None


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _find_skills(text: str, tokens: list[re.Match[str]], in_title: bool) -> list[Match]:
    """Longest alias matches in `tokens` of `text` (one line), with ambiguous ones checked in context."""
    lowers = [t.group(0).lower() for t in tokens]
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        found = None
        for size in range(min(MAX_ALIAS_TOKENS, len(tokens) - i), 0, -1):
            alias = ALIASES.get(tuple(lowers[i : i + size]))
            if alias is None:
                continue
            gaps_ok = all(
                _PHRASE_GAP.match(text[tokens[k].end() : tokens[k + 1].start()])
                for k in range(i, i + size - 1)
            )
            if gaps_ok:
                found = (alias, size)
                break
        if found is None:
            i += 1
            continue
        alias, size = found
        raw = text[tokens[i].start() : tokens[i + size - 1].end()]
        if alias.mode == "exact" and raw != alias.spelling:
            i += 1
            continue
        matches.append(Match(alias.skill, i, i + size, alias.mode, alias.mode == "plain"))
        i += size
    if any(not m.accepted for m in matches):
        _check_ambiguous(text, tokens, lowers, matches, in_title)
    return [m for m in matches if m.accepted]


def _check_ambiguous(
    text: str, tokens: list[re.Match[str]], lowers: list[str], matches: list[Match], in_title: bool
) -> None:
    caps_line = _all_caps(text)
    for m in matches:
        if m.accepted:
            continue
        first, last = tokens[m.start], tokens[m.end - 1]
        raw = text[first.start() : last.end()]
        after = text[last.end() :]
        nxt = lowers[m.end] if m.end < len(tokens) else ""
        prev = lowers[m.start - 1] if m.start > 0 else ""
        prev2 = lowers[m.start - 2] if m.start > 1 else ""
        # "go-to", "C-level", "R&D", "Spring 2025": the word is not the technology.
        if after[:1] in "-&'’" and after[:1] and nxt not in _QUALIFIERS:
            continue
        if m.mode == "word" and (_YEAR_AFTER.match(after) or nxt in _TIME_WORDS):
            continue  # "Spring 2025", "spring semester"
        if _YEAR_AFTER.match(after) and prev in _SEASON_WORDS:
            continue
        qualified = nxt in _QUALIFIERS
        after_experience = prev in _PREPOSITIONS and (prev2 in _EXPERIENCE or bool(_CLAUSE_END.match(after)))
        capitalised = raw[:1].isupper() and not caps_line
        if m.mode == "exact":
            short = len(raw) <= 2 or caps_line
            m.accepted = not short or qualified or after_experience
            continue
        if qualified or after_experience or (m.end - m.start > 1 and prev in _DETERMINERS):
            m.accepted = True  # "a design system" is a thing; "design systems that scale" is a verb
        elif capitalised and in_title:
            m.accepted = True
        elif capitalised and prev not in _SEASON_WORDS | {"to", "let's", "lets", "will", "and"}:
            m.accepted = (
                not _sentence_start(text, first.start())
                or bool(_CLAUSE_END.match(after))
                or bool(_LISTED_AFTER.match(after))
            )
    # List context: a neighbour that is a skill, separated only by commas, slashes, "and"/"or".
    changed = True
    while changed:
        changed = False
        for index, m in enumerate(matches):
            if m.accepted:
                continue
            raw = text[tokens[m.start].start() : tokens[m.end - 1].end()]
            if m.mode == "exact" and raw != raw.upper() and len(raw) <= 2:
                continue
            for other_index in (index - 1, index + 1):
                if 0 <= other_index < len(matches) and matches[other_index].accepted:
                    other = matches[other_index]
                    if other_index < index:
                        gap = text[tokens[other.end - 1].end() : tokens[m.start].start()]
                    else:
                        gap = text[tokens[m.end - 1].end() : tokens[other.start].start()]
                    if _LIST_GAP.match(gap):
                        m.accepted = changed = True
                        break


# ----------------------------------------------------------------------------------------------------------
# Years of experience

_NUMBER_WORDS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "a": 1, "an": 1,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(word for word in _NUMBER_WORDS if len(word) > 2) + ")"
_YEARS = re.compile(
    rf"(?<![\w.-]){_NUM}\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*{_NUM}\s*\+?\s*)?(?:\(\d{{1,2}}\+?\)\s*)?"
    r"(?:or more\s+|or more years|\+)?\s*(?:full[\s-]time\s+|professional\s+|commercial\s+)?(?:years?|yrs?)\b"
    r"(?!\s+old)(?!-old)",
    re.IGNORECASE,
)
_YEARS_HISTORY = re.compile(
    r"\bfounded\b|\bago\b|\bin business\b|\byears? old\b|\byear-old\b|\banniversary\b|\bsince (19|20)\d\d"
    r"|\b(we|our company|the company|it)('ve| have| has)\b"
    r"|\bhas (served|been|helped|operated|existed|grown)\b"
    r"|\bfor (over |more than |nearly |almost |about )?\w+ years,? (we|our|the company)\b|\bhistory\b"
    r"|\bnext \w+ years\b|\bevery \w+ years\b|\bwithin \w+ years\b|\bvesting\b|\bwarranty\b|\bcontract\b"
    r"|\bdegree\b|\bage\b|\bhave been (building|helping|serving)\b",
    re.IGNORECASE,
)
# Outside a requirements section a figure counts only when it is about the candidate.
_YEARS_ROLE = re.compile(r"\byou|\byour\b|candidate|experience|\bexp\b|track record|proven", re.IGNORECASE)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _years_in(clause: str) -> list[int]:
    if _YEARS_HISTORY.search(clause):
        return []
    values = []
    for found in _YEARS.finditer(clause):
        if found.group(1).lower() in ("a", "an"):
            continue
        value = _number(found.group(1))
        if value <= 30:  # longer than a career: company history or a typo
            values.append(value)
    return values


# ----------------------------------------------------------------------------------------------------------
# Seniority

_ROLE_NOUN = r"(engineer|developer|sde|swe|scientist|programmer|analyst)"
_TITLE_LEVELS: Final[tuple[tuple[Seniority, re.Pattern[str]], ...]] = (
    (
        "intern",
        re.compile(r"\b(intern|internship|interns|co-?op|trainee|apprentice|working student|werkstudent)\b"),
    ),
    ("manager", re.compile(r"\b(manager|head of|director|vp|vice president|cto|chief technology)\b")),
    ("principal", re.compile(r"\b(principal|distinguished|fellow)\b")),
    ("staff", re.compile(rf"\bstaff\b|\b{_ROLE_NOUN}\s+(iv|v|4|5)\b")),
    ("lead", re.compile(r"\b(lead|leader)\b")),
    ("senior", re.compile(rf"\b(senior|sr|snr)\b|\b{_ROLE_NOUN}\s+(iii|3)\b")),
    ("mid", re.compile(rf"\b(mid|mid-level|midlevel|intermediate)\b|\b{_ROLE_NOUN}\s+(ii|2)\b")),
    (
        "junior",
        re.compile(
            rf"\b(junior|jr|graduate|grad|entry[\s-]level|new grad|associate)\b|\b{_ROLE_NOUN}\s+(i|1)\b"
        ),
    ),
)
_LEVEL_WORDS: Final[dict[str, Seniority]] = {
    "intern": "intern", "internship": "intern", "junior": "junior", "entry": "junior",
    "entry-level": "junior", "graduate": "junior", "mid": "mid", "mid-level": "mid",
    "intermediate": "mid", "senior": "senior", "staff": "staff", "principal": "principal",
    "lead": "lead", "management": "manager", "manager": "manager",
}  # fmt: skip
_LEVEL = (
    r"(intern|internship|junior|entry[\s-]level|entry|graduate|mid[\s-]level|mid|intermediate|senior|staff"
    r"|principal|lead)"
)
_LEVEL_STATEMENT = re.compile(
    rf"\b(?:this|the|it) (?:is|will be) an? {_LEVEL}(?:[\s-]level)? (?:role|position|opportunity|job|hire)"
    rf"|\b(?:seniority|experience level|level|seniority level)\s*:\s*{_LEVEL}\b"
    rf"|\b(?:looking for|hiring|seeking|recruiting) an? {_LEVEL}(?:[\s-]level)?\b"
    r"(?! (?:[\w-]+ )?(?:people|peers|folks))"
    rf"|\bjoin (?:us|our team|the team) as an? {_LEVEL}\b"
    rf"|\bthis {_LEVEL}(?:[\s-]level)? (?:role|position)\b",
    re.IGNORECASE,
)


_OPTIONAL_LEVEL = re.compile(r"\((junior|senior|sr\.?|jr\.?|mid|lead|staff)\)")


def _level(word: str) -> Seniority | None:
    key = word.lower().replace(" ", "-")
    return _LEVEL_WORDS.get(key) or _LEVEL_WORDS.get(key.split("-")[0])


def _title_seniority(title: str) -> Seniority | None:
    # "(Senior) DevOps Engineer" is open to more than one level: not a stated level.
    low = _OPTIONAL_LEVEL.sub(" ", title.lower()).replace(".", " ")
    for level, pattern in _TITLE_LEVELS:
        if pattern.search(low):
            return level
    return None


# ----------------------------------------------------------------------------------------------------------
# Remote policy

_REMOTE_NEGATED = re.compile(
    r"\b(not|no|non)[\s-](a\s+)?(fully\s+)?remote\b|\bremote\s+(work\s+|working\s+)?(is\s+)?not\s+"
    r"(possible|available|an option|offered|supported)|\bnot\s+eligible\s+for\s+remote"
    r"|\bcannot\s+be\s+(done\s+|performed\s+)?remote",
    re.IGNORECASE,
)
_HYBRID = re.compile(
    r"\bhybrid\b(?![\s-](cloud|apps?|mobile|infrastructure|environments?|architectures?|systems?|teams?))"
    r"|\b(\d|one|two|three|four)\s*(-\s*\d\s*)?days?\s+(a|per|each|every)\s+week\s+(in|at|from)\s+"
    r"(the|our|an?)\s+(office|hq|studio)|\b(\d|one|two|three|four)\s+days?\s+(in|at|from)\s+(the|our)\s+office"
    r"|\b(in[\s-]office|on[\s-]?site|in the office|from the office)\s+(\w+\s+){0,2}"
    r"(\d|one|two|three|four)\s+days"
    r"|\b(office|on[\s-]?site)\s+on\s+(mon|tues|wednes|thurs|fri)days\b|\bdays?\s+(a\s+week\s+)?from\s+home\b"
    r"|\bsplit between (home|remote) and (the )?office\b",
    re.IGNORECASE,
)
_REMOTE = re.compile(
    r"\b(fully|100%|completely|entirely|full[\s-]time|all)[\s-]remote\b|\bremote[\s-](first|only|friendly|ok|native)"
    r"|\bremote\s+(role|position|job|opportunity|team member|company|working|work)\b"
    r"(?!\s+(with|across|alongside))"
    r"|\bremote\s+(is|are)\s+(welcome|possible|available|allowed|ok|fine)|\bwork(ing)?\s+remotely\b"
    r"|\b(is|be|are|role|position)\s+(fully\s+|100%\s+)?remote\b(?!\s+(team|teams|colleagues|sites?|servers?))"
    r"|\bremote\s+(candidates|applicants|employees|employee)\b|\bwork\s+from\s+anywhere\b|\bremote\s+(within|in|from|across|anywhere)\b|\bremote\s*[(\[]"
    r"|\bremote\s*[,/|–—)\]-]|\bor\s+remote\b|^\s*remote\s*$|\bremote\s*$|^\s*remote\b",
    re.IGNORECASE | re.MULTILINE,
)
_ONSITE = re.compile(
    r"\bon[\s-]?site\b(?![\s-](visits?|meetups?|meetings?|interviews?|events?|support|days?|offsites?|gatherings?))"
    r"|\bin[\s-]office\b(?![\s-](days?|perks?|snacks?|lunch))|\boffice[\s-]based\b"
    r"|(?<!meet )(?<!meets )\bin[\s-]person\b"
    r"(?![\s-](meetups?|events?|interviews?|meetings?|offsites?|retreats?|twice|once))"
    r"|\b(five|5)\s+days\s+(a|per)\s+week\b|\b(must|need to|required to|expected to)\s+(be able to\s+)?"
    r"(work|be)\s+(from|in|at)\s+(our|the)\s+[\w ]{0,30}office",
    re.IGNORECASE,
)


_FULL_WEEK = re.compile(
    r"\b(five|5|all)\s+days\s+(a|per|each)\s+week\b.{0,40}\b(office|on[\s-]?site|in[\s-]person)"
    r"|\b(office|on[\s-]?site|in[\s-]person)\b.{0,40}\b(five|5)\s+days\s+(a|per|each)?\s*week\b",
    re.IGNORECASE,
)


def _remote_policy(text: str) -> RemotePolicy | None:
    if _REMOTE_NEGATED.search(text) or _FULL_WEEK.search(text):
        return "onsite"
    if _HYBRID.search(text):
        return "hybrid"
    if _REMOTE.search(text):
        return "remote"
    if _ONSITE.search(text):
        return "onsite"
    return None


# ----------------------------------------------------------------------------------------------------------
# Title and locations

_GENDER = re.compile(
    r"\(\s*(?:[mfwdxhn]\s*/\s*){1,3}[mfwdxhn]\s*\)|\(all genders?\)|\(\s*[mfwd]/[mfwd]\s*\)", re.I
)
_TITLE_SPLIT = re.compile(r"(\s+[|–—·•@]\s+|\s+-\s+|\s+at\s+(?=[A-Z]))")
_WORK_MODE = re.compile(r"\b(remote|hybrid|on[\s-]?site|in[\s-]office|onsite|office|flexible|wfh)\b", re.I)
_DATE_WORDS = re.compile(r"\b(19|20)\d\d\b|\b(summer|winter|spring|autumn|fall)\b", re.I)
_ROLE_WORD = re.compile(
    r"\b(engineer|developer|scientist|analyst|architect|manager|lead|designer|programmer|intern|administrator"
    r"|specialist|consultant|head|director|devops|sre|tester|officer|researcher|technician)s?\b",
    re.I,
)
_PROSE_TITLE = re.compile(
    r"(?:looking for|hiring|seeking) an? ((?:[A-Z][\w+#./-]*\s+){0,5}(?:Engineer|Developer|Scientist|Analyst"
    r"|Architect|Manager|Lead|Designer|Programmer|Intern))"
)


def _is_location_text(text: str) -> bool:
    cleaned = _WORK_MODE.sub(" ", text).replace("(", " ").replace(")", " ")
    parts = [p.strip(" ,/") for p in re.split(r"\bor\b|\band\b|/|,|\bin\b", cleaned) if p.strip(" ,/")]
    return (bool(parts) and any(is_place(p) or p.lower() in PLACES for p in parts)) or (
        not parts and bool(_WORK_MODE.search(text))
    )


def _droppable(segment: str, company: str | None) -> bool:
    """A title suffix that names the company, the place or the work mode, not the role."""
    plain = segment.strip(" ()")
    return (
        not plain
        or bool(company and plain.lower().startswith(company.lower()))
        or _is_location_text(plain)
        or bool(_WORK_MODE.search(plain))
        or any(is_place(part.strip()) for part in plain.split(","))
    )


def _clean_title(title: str, company: str | None) -> str:
    title = _GENDER.sub("", title)
    # Trailing parentheses about the place, work mode or dates: "(Remote)", "(Summer 2025)".
    while found := re.search(r"\s*\(([^()]*)\)\s*$", title):
        inner = found.group(1)
        if _is_location_text(inner) or _WORK_MODE.search(inner) or _DATE_WORDS.search(inner):
            title = title[: found.start()]
        else:
            break
    parts = _TITLE_SPLIT.split(title)  # [segment, separator, segment, ...]
    segments = parts[0::2]
    end = len(segments)
    for index in range(1, len(segments)):
        if parts[2 * index - 1].strip() in ("@", "at"):
            end = index  # "Engineer @ Nimbus (YC W24)": the rest names the company
            break
    dropped = [index for index in range(1, end) if _droppable(segments[index], company)]
    # "Staff Engineer | Acme | London": a segment before the place that names no role is the company.
    last = max(dropped, default=0)
    kept = parts[0]
    for index in range(1, end):
        if index in dropped or (index < last and not _ROLE_WORD.search(segments[index])):
            continue
        kept += parts[2 * index - 1] + segments[index]
    return " ".join(kept.split()).strip(" -–—|,:")


def _places_in(value: str) -> list[str]:
    """Places in a "Location:" value: "Berlin, Germany or Remote (EU)" -> ["Berlin, Germany", "EU"]."""
    value = re.split(r"\s[|·•]\s|\.\s|;\s|\s[–—]\s|\s-\s", value)[0]
    inner = [m.group(1) for m in _PARENS.finditer(value)]
    outside = _PARENS.sub(" ", value)
    found: list[str] = []
    for chunk in [outside, *inner]:
        chunk = _WORK_MODE.sub(" ", chunk)
        chunk = re.sub(
            r"\b(within|in|from|across|only|anywhere in|the|time ?zones?|based)\b", " ", chunk, flags=re.I
        )
        for part in re.split(r"\bor\b|\band\b|\boder\b|\bund\b|/|;|\s&\s|\+", chunk):
            place = " ".join(part.split()).strip(" ,.-–—:")
            if not re.match(r"[A-Z]", place) or len(place.split()) > 5 or re.search(r"\d|\bdays?\b", place):
                continue
            found.append(place)
    return found


_BASED_IN = re.compile(
    r"\b(?:based (?:in|out of)|located in|(?:from|at|in) our|offices? in|relocate to|on[\s-]site in"
    r"|in-office in)\s+(?:the heart of |beautiful |central |downtown )?"
    r"((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){0,2}(?:,\s*[A-Z][\w. ]+)?)"
)
_REMOTE_REGION = re.compile(
    r"\b(?i:remote)\s+(?:within|in|from|across)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
)


def _phrase_places(text: str) -> list[str]:
    found: list[str] = []
    for pattern in (_REMOTE_REGION, _BASED_IN):
        for match in pattern.finditer(text):
            words = match.group(1).split()
            # The longest leading run of words that is a known place: "Toronto office" -> "Toronto".
            for size in range(len(words), 0, -1):
                candidate = " ".join(words[:size]).strip(" ,.")
                if is_place(candidate):
                    found.append(candidate)
                    break
    return found


# ----------------------------------------------------------------------------------------------------------
# The parser


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2019", "'").replace("\u2028", "\n")
    return _SPACES.sub(" ", text)


def parse_jd(text: str) -> JobRequirement:
    """Read a job posting into a `JobRequirement`; raises an `InvalidJobDescription` for unusable text."""
    validate_jd_text(text)
    text = _normalise(text)
    lines = _lines(text)

    # Title and company.
    company = None
    for line in lines:
        named = _COMPANY.search(line.text) if line.label in ("company", "location") else None
        if named:
            company = named.group(1).strip()
            break
    title_line = next((line for line in lines if line.label == "title"), None)
    labelled_title = _LABEL.match(title_line.text) if title_line else None
    raw_title = labelled_title.group(2) if labelled_title else ""
    if not raw_title:
        first = next((line for line in lines if line.is_title), None)
        raw_title = first.text if first else ""
        if _JUNK_FIRST_LINE.match(raw_title) or len(raw_title.split()) > 14:
            prose = _PROSE_TITLE.search(text)
            raw_title = prose.group(1) if prose else raw_title[:80]
    title = _clean_title(raw_title, company) or raw_title.strip() or "Untitled role"

    # Skills, per clause.
    best: dict[str, tuple[Kind, int, int]] = {}  # skill -> (kind, tier, first position)
    years: dict[Kind, list[int]] = {Kind.REQUIRED: [], Kind.CONTEXT: [], Kind.PREFERRED: []}
    level_statement: Seniority | None = None
    for line in lines:
        if line.heading or line.label in ("location", "company"):
            continue
        for clause in _clauses(line):
            if clause.kind == Kind.BOILERPLATE:
                continue
            piece = line.text[clause.start : clause.end]
            for hole_start, hole_end in clause.holes:  # blank, so offsets stay the same
                hole = slice(hole_start - clause.start, hole_end - clause.start)
                piece = piece[: hole.start] + " " * (hole.stop - hole.start) + piece[hole.stop :]
            tokens = list(TOKEN.finditer(piece))
            for m in _find_skills(piece, tokens, line.is_title):
                position = line.start + clause.start + tokens[m.start].start()
                tier = 0 if line.is_title or line.label == "title" else 1
                seen = best.get(m.skill)
                if seen is None or (clause.kind, -tier) > (seen[0], -seen[1]):
                    best[m.skill] = (clause.kind, tier, position if seen is None else min(seen[2], position))
            values = _years_in(piece)
            if values and (clause.kind == Kind.REQUIRED or _YEARS_ROLE.search(piece)):
                years[clause.kind].append(max(values))
            if level_statement is None and not line.is_title:
                stated = _LEVEL_STATEMENT.search(piece)
                if stated:
                    level_statement = _level(next(g for g in stated.groups() if g))

    required = [s for s, (k, _, _) in best.items() if k in (Kind.REQUIRED, Kind.CONTEXT)]
    required.sort(key=lambda s: (best[s][0] != Kind.REQUIRED and best[s][1] != 0, best[s][1], best[s][2]))
    required.sort(key=lambda s: best[s][1])  # title skills first, then the rest in reading order
    preferred = sorted((s for s, (k, _, _) in best.items() if k == Kind.PREFERRED), key=lambda s: best[s][2])

    if years[Kind.REQUIRED] or years[Kind.CONTEXT]:
        min_years: int | None = max(years[Kind.REQUIRED] + years[Kind.CONTEXT])
    elif years[Kind.PREFERRED]:
        min_years = max(years[Kind.PREFERRED])
    else:
        min_years = None

    seniority = _title_seniority(title) or _title_seniority(raw_title) or level_statement

    remote, locations = _where(text, lines, raw_title)
    return JobRequirement(
        title=title[:200],
        seniority=seniority,
        min_years=min_years,
        required_skills=required,
        preferred_skills=preferred,
        locations=locations,
        remote=remote,
        search=_hints(required, preferred),
    )


# "Location: Berlin (UTC+1)": a time zone is a working-hours hint, not a place to search GitHub for.
_TIME_ZONE = re.compile(
    r"(?:UTC|GMT|CET|CEST|EET|EEST|WET|BST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT)"
    r"(?:\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?)?",
    re.IGNORECASE,
)


def _where(text: str, lines: list[Line], raw_title: str) -> tuple[RemotePolicy | None, list[str]]:
    """Remote policy and locations, from the most explicit source that states them."""
    labelled: list[str] = []
    labelled_places: list[str] = []
    for index, line in enumerate(lines):
        if line.label == "location":
            labelled.append(line.text)
            for part in re.split(r"\s\|\s", line.text):
                label = _LABEL.match(part.strip())
                if label and _LOCATION_LABEL.match(label.group(1).lower().strip()):
                    labelled_places += _places_in(label.group(2))
        elif line.label == "location-heading" and index + 1 < len(lines):
            labelled.append(lines[index + 1].text)
            labelled_places += _places_in(lines[index + 1].text)
    # Place names alone do not make a location line: "Remote" or "Hybrid" are work modes, not places.
    labelled_places = [
        p for p in labelled_places if not _WORK_MODE.fullmatch(p) and not _TIME_ZONE.fullmatch(p)
    ]

    title_parts = _TITLE_SPLIT.split(_GENDER.sub("", raw_title))[2::2] + [
        m.group(1) for m in _PARENS.finditer(raw_title)
    ]
    title_places = [
        p for part in title_parts if _is_location_text(part) for p in _places_in(part) if is_place(p)
    ]

    # The short line under the title often reads "Company · City, Country" or "📍 City — hybrid".
    near_title: list[str] = []
    for line in lines[1:3]:
        if line.heading or line.label or len(line.text.split()) > 20:
            continue
        for part in re.split(r"\s[|·•–—-]\s|\s{2,}", line.text):
            place = _PARENS.sub("", _LEAD.sub("", part)).strip(" ,.*")
            if is_place(place):
                near_title.append(place)

    body = "\n".join(
        line.text for line in lines if line.kind != Kind.BOILERPLATE and not line.label and not line.heading
    )
    boilerplate = "\n".join(line.text for line in lines if line.kind == Kind.BOILERPLATE and not line.label)
    remote = None
    for source in (
        "\n".join([raw_title, *labelled]),
        "\n".join(line.text for line in lines[1:3]),
        body,
        boilerplate,
    ):
        remote = _remote_policy(source)
        if remote is not None:
            break

    for places in (
        labelled_places,
        title_places,
        near_title,
        _phrase_places(body),
        _phrase_places(boilerplate),
    ):
        if places:
            return remote, list(dict.fromkeys(places))
    return remote, []


def _hints(required: list[str], preferred: list[str]) -> SearchHints:
    languages: dict[str, None] = {}
    topics: dict[str, None] = {}
    for name in [*required, *preferred]:
        skill = SKILLS.get(name)
        if skill is None:
            continue
        if skill.category == "language" and skill.linguist:
            languages[skill.linguist] = None
        elif name in required:
            topics.update(dict.fromkeys(skill.topics))
    for name in preferred:
        skill = SKILLS.get(name)
        if skill is not None and skill.category != "language":
            topics.update(dict.fromkeys(skill.topics))
    return SearchHints(languages=list(languages), topics=list(topics))

"""Pass 3 of parse_jd: vocabulary matching. A clause in, the named technologies in it out.

One pass over the tokens looks up the longest alias n-gram in the vocabulary (`talent.jd.taxonomy`).
Aliases that are also ordinary words ("go", "swift", "spring", "kong", "linear") or single letters
("R", "C") count only in a tech context: next to another skill in a list, followed by a word such as
"developer" or "experience", after "experience with"/"proficient in", or capitalised in the middle of a
sentence. A match inside a place name ("Hong Kong") is no skill. Concepts (CI/CD, microservices,
machine learning) are found like skills but reported apart: they are never skills.
"""

# ruff: noqa: RUF001 - the quotes in the patterns are what postings contain
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, NamedTuple

from talent.geo.places import in_a_longer_name
from talent.jd.cues import guarded
from talent.jd.experience import level
from talent.jd.places import is_area, is_state, known_place
from talent.jd.taxonomy import ALIAS_TRIE, CONCEPT_CATEGORIES, TOKEN, VOCABULARY, Alias, canonical_name
from talent.jd.words import common_words, human_languages, is_common_word

# The head of a German compound that makes the name before its hyphen a technology
_COMPOUND_TECH: Final = frozenset({"technologien", "technologie"})
# Words after an ambiguous alias that show the technology: "Go services", "Swift developer".
_QUALIFIERS: Final = frozenset(
    """
    language languages lang programming developer developers engineer engineers code codebase
    codebases services service microservices backend backends stack experience expertise proficiency
    skills skill knowledge scripts scripting libraries library ecosystem apps app applications
    application framework frameworks modules concurrency development programmer programmers
    toolchain runtime projects sdk api apis boot based powered native driven shop tooling ui engine
    charts cluster clusters jobs workloads functions queries query package packages gateway server
    servers platform pipelines protocol protocols entwicklung entwickler kenntnisse erfahrung
    desarrollador desarrollo experiencia conocimientos développeur développement expérience
    suites anwendungen programmen produktpalette
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_DEV: Final = frozenset({"dev", "devs"})
_FRONT: Final = frozenset({"frontend", "frontends"})
# An operating system whose name is a common word is named by the systems around it: "Windows-Systemen",
# "Windows and MacOS operating systems" (not "Target Operating Model", "im BMW-Umfeld").
_SYSTEM_NAMES: Final = frozenset({"Windows", "macOS"})
_SYSTEM_QUALIFIERS: Final = frozenset(
    """
    operating environment environments desktop clients betriebssystem betriebssysteme betriebssystemen
    systeme systemen umfeld umgebung umgebungen infrastruktur infrastrukturen
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Spellings that name something else in their own field: "MAC protocols" (media access control).
_ANOTHER_THING: Final = frozenset({("macOS", "MAC")})
# A name that a next word makes a practice: "Red Teaming" is offensive security, not the Red language
_PRACTICES: Final = frozenset({("Red", "team"), ("Red", "teams"), ("Red", "teaming")})
# "Edge AI", "edge computing", "Edge devices": computing near the data, not Microsoft's browser (a bare
# "Edge" and the word right after it; not "Microsoft Edge deployment", nor "Chrome/Edge, hardware")
_EDGE_COMPUTING: Final = frozenset(
    {"ai", "ml", "computing", "compute", "devices", "device", "inference", "nodes", "node", "hardware"}
    | {"processing", "deployment", "deployments"}
)
# A word before a name that makes it the ordinary word: "the offensive security realm", "in the realm of"
_IDIOMS: Final = frozenset(
    {("Stripe", "any"), ("Stripe", "every"), ("Stripe", "all")}
    | {("Requests", "pull"), ("Requests", "merge")}  # "Git and pull requests (GitHub, GitLab)": a review
)
# "the Core Data team", "core data pipelines": a phrase by the word after, whatever the name's mode
_PHRASE_HEADS: Final = frozenset(
    ("Core Data", word)
    for word in (
        "team", "teams", "pipeline", "pipelines", "platform", "platforms", "infrastructure", "source",
        "sources", "product", "products", "processing", "mart", "marts", "assets", "domains",
        "technologies", "tools",
    )
)  # fmt: skip
# "our core data model", "core data as a service": in lower case, these too (not "Core Data models")
_LOWER_PHRASE_HEADS: Final = frozenset(("Core Data", word) for word in ("model", "models", "as", "layer"))
_WORD_BEFORE: Final = frozenset({("Realm", word) for word in ("the", "that", "this", "security", "iac")})
# "experience with Go", "proficient in R": a preposition after one of these words.
_EXPERIENCE: Final = frozenset(
    """
    experience experienced proficiency proficient expertise expert skills skilled knowledge
    familiarity familiar fluency fluent background comfortable work working written develop
    developing developed built building code coding programming write writing services apps solid
    strong deep good hands-on erfahrung kenntnisse experiencia conocimiento conocimientos
    expérience maîtrise connaissance connaissances umgang dominio manejo
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_DETERMINERS: Final = frozenset({"a", "an", "the", "our", "your", "their"})
_PREPOSITIONS: Final = frozenset({"in", "with", "using", "of", "en", "mit", "con", "de", "avec"})
_ROMANCE_PREPOSITIONS: Final = frozenset({"en", "de", "con"})
_TIME_WORDS: Final = frozenset(
    {"semester", "term", "season", "break", "cleaning", "intake", "cohort", "quarter"}
)
_SEASON_WORDS: Final = frozenset({"this", "next", "last", "early", "late", "during"})
_NOT_BEFORE_NAME: Final = _SEASON_WORDS | {"to", "let's", "lets", "will", "and"}
_LIST_GAP = re.compile(
    # after an optional version of the left name: "React Router v7, TypeScript", "Django 5 / DRF"
    r"^(?:[ \t]v?\d{1,2}(?:\.\d{1,2})?(?=[ \t]?[,;/]))?"
    r"[\s,;/&+|()\[\]:]{0,8}(?:(?:and|or|and/or|und/oder|with|plus|as well as|&|y|o|und|oder|et|ou)\b)?"
    r"[\s,;/&+|()\[\]]{0,8}$"
)
# between the tokens of one alias (fullmatch); a spaced dash ends it: "AWS - Lambda/S3" names AWS too
_PHRASE_GAP = re.compile(r"[ \t]?[/&][ \t]?|[ \t\-/&]{0,3}(?<! -)(?<!\t-)(?<![ \t]-[ \t])")
_ITEM_MARKS: Final = " \t*-\u2022.,;:"  # around a list's item
_CLAUSE_END = re.compile(r"^\s*(?:$|[.,;:!?)\]/])")
# A list item's name with a version or an aside to the item's end: "* React (UX)", "* Express 4 (serveur
# http / https)", "* Passport (authentification)": the name is the item. Read on `_WINDOW` characters.
# The aside starts in lower case or with an acronym ("(UX)", "(modèle de donnée)"), not a name, a month or a
# person's role ("Spring (April)", "Julia (Tech Lead)"), and holds a letter ("Spring (2024)" is a date).
_ITEM_ASIDE = re.compile(
    r"\s?(?:v?\d{1,2}(?:\.\d{1,2}){0,2}\+?\s?)?\((?=[a-zà-ÿ]|[A-Z]{2,5}[)/\s])(?=[^()\n]{0,35}[^\W\d_])"
    r"[^()\n]{1,36}\)[\s.;]*$"
)
# (after an optional version: "Bootstrap 4, JavaScript")
_LISTED_AFTER = re.compile(
    r"^(?:\s?v?\d{1,2}(?:\.\d{1,2}){0,2}\+?)?\s*(?:,|/|\bor\b|\band\b(?:/or\b)?)\s*[A-Z]"  # "Go and/or C"
)
# "React (1+ year)", "Go - 3 years": the years asked of a tool
_YEARS_AFTER = re.compile(r"^\s?[(:-]\s?\d{1,2}\+?\s?(?:years?|yrs?|ans?|años?|jahre?)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^\s+(19|20)\d\d\b")
# "Swift is a plus", "Go experience is a must": what a posting says of a tool, not of a word
_ASKED_AFTER = re.compile(
    r"^\s(?:experience\s|knowledge\s)?(?:is|are|would be)\s(?:a\s|an\s)?(?:(?!not\b)\w+\s)?"
    r"(?:plus|bonus|advantage|must|nice to have)\b"
)
_SENTENCE_LEAD = " \t\"'“‘*_-•«„"
_WINDOW: Final = 40  # characters of context read around an ambiguous match
_LEAD_REACH: Final = 200  # characters before a brand searched for a tool list's lead-in ("such as")
_COMPOUND_HEADS: Final = frozenset({"pull", "merge", "service", "feature", "change"})  # "Service Requests"
_LIKENESS = re.compile(r"-(?:like|style|esque|inspired|ähnliche?[nrs]?)\b", re.IGNORECASE)


@dataclass(slots=True)
class Match:
    """An alias found in a clause: its skill, token span and whether context accepted it."""

    skill: str
    start: int  # token index
    end: int  # token index, exclusive
    mode: str
    accepted: bool


class Found(NamedTuple):
    """A skill or concept named in a text: canonical name and the character span it covers."""

    name: str
    offset: int
    end: int
    concept: bool


CONCEPTS: Final = frozenset(
    name for name, skill in VOCABULARY.items() if skill.category in CONCEPT_CATEGORIES
)


def _in_place_name(toks: _Tokens, start: int, end: int) -> bool:
    """Whether the alias at tokens [start, end) is part of a place name: "Hong Kong", "Spring Valley";
    not after a joining word in lower case ("tools such as Salt" is no As Salt, Jordan)."""
    # Joining words and looking them up costs a few microseconds; a set says first whether the word
    # beside the alias is in any place name of two words (one test per match in a long list).
    lowers = toks.lowers
    before = start > 0 and in_a_longer_name(lowers[start - 1]) and not _a_joining_word(toks, start - 1)
    if before and known_place(" ".join(lowers[start - 1 : end])):
        return True
    after = end < len(lowers) and in_a_longer_name(lowers[end])
    return after and known_place(" ".join(lowers[start : end + 1]))


def _a_town(name: str) -> bool:
    """A place's name that names no skill and is no code ("RMQ", "Sinon" beside "Mocha" are not)."""
    return len(name) > 3 and not name.isupper() and known_place(name) and not canonical_name(name)


# The list items beside a name: "Denver, New York, Phoenix and Toronto"
_PLACE_BEFORE: Final = re.compile(r"([A-Z][\w'.-]{1,25}(?:\s[A-Z][\w'.-]{1,25})?)(?:,\s?|\s(?:and|or)\s)$")
_PLACE_AFTER: Final = re.compile(r"(?:,\s?|\s(?:and|or)\s)([A-Z][\w'.-]{1,25}(?:\s[A-Z][\w'.-]{1,25})?)")
# Words no place name starts with in lower case ("The Hague" may be written "the Hague": not "the")
_NOT_A_PLACE_START: Final = frozenset({"as", "like", "with", "and", "or", "for", "of", "to", "by", "such"})


def _a_joining_word(toks: _Tokens, index: int) -> bool:
    return toks.text[toks.start(index) : toks.end(index)] in _NOT_A_PLACE_START


_TOKEN_PARTS = re.compile(f"({TOKEN.pattern})")
# "Angular7 / symfony3": a name with its major version glued on (not "s3", "ec2", "html5": their own names)
_VERSIONED = re.compile(r"[a-z]{4}\d{1,2}\b")
_VERSION = re.compile(r"([a-z][a-z.]{3,30})\d{1,2}")


def _unversioned(token: str) -> str:
    """The token without a major version glued to a known name that is not itself a name: "angular7"."""
    found = _VERSION.fullmatch(token)
    if found is None or token in ALIAS_TRIE:
        return token
    node = ALIAS_TRIE.get(found.group(1))
    # a name only: a common word's version ("Rapid7", "Athena7") is another product's name
    named = node is not None and node.alias is not None and node.alias.mode in ("plain", "brand")
    return found.group(1) if named else token


class _Tokens:
    """A text's tokens: their lower-case forms at once (one C-level pass), their character spans only
    when an alias starts somewhere (most texts name none, and a long one should not pay for spans)."""

    __slots__ = ("_spans", "lowers", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        same = len(low) == len(text)  # a letter whose lower case is longer would shift the tokens
        self.lowers: list[str] = TOKEN.findall(low) if same else [t.lower() for t in TOKEN.findall(text)]
        self._spans: list[tuple[int, int]] | None = None
        if _VERSIONED.search(low):
            self.lowers = [_unversioned(token) for token in self.lowers]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of each token, from one split of the text (no match object per token)."""
        if self._spans is None:
            parts = _TOKEN_PARTS.split(self.text)  # [gap, token, gap, token, ..., gap]
            bounds = list(itertools.accumulate(map(len, parts)))
            self._spans = list(zip(bounds[0::2], bounds[1::2], strict=False))
            if len(self._spans) != len(self.lowers):
                self.lowers = [token.lower() for token in parts[1::2]]
        return self._spans

    def start(self, index: int) -> int:
        return self.spans[index][0]

    def end(self, index: int) -> int:
        return self.spans[index][1]


def _longest_alias(toks: _Tokens, i: int) -> tuple[Alias, int] | None:
    """The longest alias starting at token `i`, its tokens apart only by a space, "-", "/" or "&"."""
    lowers, spans = toks.lowers, toks.spans
    node = ALIAS_TRIE.get(lowers[i])
    best: tuple[Alias, int] | None = None
    j = i
    slashed = False  # "JS/TS/Node" lists three names; "TCP/IP", "PL/SQL" are one
    while node is not None:
        if node.alias is not None and _usable_here(toks, (i, j), node.alias, slashed):
            best = (node.alias, j - i + 1)
        j += 1
        following = node.next.get(lowers[j]) if j < len(lowers) else None
        if following is None or not _PHRASE_GAP.fullmatch(toks.text, spans[j - 1][1], spans[j][0]):
            break
        slashed = slashed or "/" in toks.text[spans[j - 1][1] : spans[j][0]]
        node = following
    return best


def _usable_here(toks: _Tokens, span: tuple[int, int], alias: Alias, slashed: bool) -> bool:
    """Whether an alias over tokens span[0]..span[1] may be the match: "JS/TS" lists two names unless the
    alias holds the slash; an exact-case alias written otherwise leaves a shorter one ("an AWS data
    pipeline" is AWS)."""
    if slashed and "/" not in alias.spelling + alias.skill:
        return False
    spans = toks.spans
    written = toks.text[spans[span[0]][0] : spans[span[1]][1]]
    return alias.mode != "exact" or written == alias.spelling or written.isupper()  # "BIT BUCKET": no "Bit"


def _not_this_alias(toks: _Tokens, span: tuple[int, int], alias: Alias) -> bool:
    """An alias that the text writes in another case ("r" for "R"), inside a place name ("Hong Kong")
    or after "ex-" ("ex-Palantir engineers": a former employer)."""
    start, end = toks.spans[span[0]][0], toks.spans[span[1] - 1][1]
    text = toks.text
    if alias.mode == "exact" and text[start:end] != alias.spelling:
        return True
    if text.startswith("-", end) and _LIKENESS.match(text, end):
        return True  # "CAD- or Figma-like interfaces": like the product, not the product
    if alias.skill in _PROFILE_HOSTS and (_a_profile(toks.lowers, *span) or _HANDLE_AFTER.match(text, end)):
        return True
    if alias.mode == "strict" and span[0] == 0 and toks.lowers[span[1] : span[1] + 1] in (["in"], ["with"]):
        return True  # "* Fluent with XML", "Fluent in Photoshop": an item's opening adjective
    if set(toks.lowers[span[1] : span[1] + 1]) & _WORD_AFTER_ANOTHER_SENSE.get(alias.skill, set()):
        return True  # "Chef de projet" is a project lead, "the GCC region" the Gulf states
    if _spelled_out_before(text, start, end):
        return True  # "Azure Resource Management (ARM)": the words before, which are read on their own
    if _another_word(text, start, end, alias):
        return True
    return text[max(0, start - 3) : start].lower() == "ex-" or _in_place_name(toks, *span)


def _another_word(text: str, start: int, end: int, alias: Alias) -> bool:
    """The alias's letters as part of another word or name where they stand."""
    if alias.mode == "strict" and _compound_adjective(text, start, end):
        return True  # "Cloud-First development": a common word's compound, not the FIRST product
    if _LETTER_PREFIX.search(text, max(0, start - 3), start):
        return True  # "X-Ray" (Jira's test tool), "T-Mobile": a one-letter prefix makes another word
    if _a_city_of_a_state(text, start, end):
        return True  # "Remote-First (Phoenix, AZ)": the city, not the Elixir framework
    if alias.skill == "R" and _RELEASE_AFTER.match(text, end):
        return True  # "SAP R/3": SAP's release, not the R language
    if alias.skill == "Go" and (
        text[end : end + 4].lower() in ("-to-", "-to ") or _TO_MARKET.match(text, end)
    ):
        return True  # "go-to-market systems", "your go-to tool", "Go to Market Value Engineer": the idiom
    if alias.skill == "CAN bus" and _a_country_pair(text, start, end):
        return True  # "Remote in US & CAN": Canada beside the US
    if start and text[start - 1] == "*" and text[start:end].islower():
        return True  # "*nix systems": a wildcard makes Unix-likes, not Nix
    # "github_issue_number:", "twitter_id": a data key that holds the name, not the product
    return bool(
        _IDENTIFIER_JOINT.match(text, end) or _IDENTIFIER_JOINT_BEFORE.search(text, max(0, start - 2), start)
    )


# A snake_case identifier's joint: "github_id", "my_python" (not "TastyPie_", a name and an emphasis mark).
_RELEASE_AFTER = re.compile(r"/\d(?!\w)")
_TO_MARKET = re.compile(r"\sto\sMarket\b")  # a title's "Go to Market", not "written in Go to market faster"
_COMPOUND_LEAD = re.compile(r"(?<![\w/-])([A-Za-z]{3,})-$")  # "Cloud-" (not "MS-", "iOS/iPadOS-")
_LOWER_NEXT = re.compile(r"\s[a-z]")  # "Cloud-First development": an adjective before its noun
_IDENTIFIER_JOINT = re.compile(r"_[a-z0-9]")
_IDENTIFIER_JOINT_BEFORE = re.compile(r"[a-z0-9]_$")
_STATE_AFTER = re.compile(r",\s?([A-Z]{2}\b|[A-Z][a-z]{3,15}(?: [A-Z][a-z]{3,15})?\b)")


_US_BEFORE = re.compile(r"\b(?:US|USA|U\.S\.?)\s?[&/+]\s?$")
_US_AFTER = re.compile(r"\s?[&/+]\s?(?:US|USA|U\.S\.)(?!\w)")


def _compound_adjective(text: str, start: int, end: int) -> bool:
    """ "Cloud-First development": a common word, a hyphen, the alias, then a noun in lower case."""
    lead = _COMPOUND_LEAD.search(text, max(0, start - 20), start)
    return bool(lead and lead.group(1).lower() in common_words() and _LOWER_NEXT.match(text, end))


def _a_country_pair(text: str, start: int, end: int) -> bool:
    """ "US & CAN", "CAN/USA": a country code beside the US's, not a bus."""
    return bool(_US_BEFORE.search(text, max(0, start - 8), start) or _US_AFTER.match(text, end))


def _a_city_of_a_state(text: str, start: int, end: int) -> bool:
    """ "Phoenix, AZ", "Mobile, AL", "Aurora, Colorado": a known town with its state after it."""
    state = _STATE_AFTER.match(text, end)
    if state is None:
        return False
    name = state.group(1)
    return (is_state(name) or (len(name) > 2 and is_area(name))) and known_place(text[start:end])


MAX_SPELLED_OUT_LETTERS: Final = 4  # "ARM", "AWS", "GCP": initials of the words before
_SMALL_WORDS: Final = frozenset({"de", "des", "du", "la", "le", "of", "the", "and", "for", "et", "y", "del"})


def _spelled_out_before(text: str, start: int, end: int) -> bool:
    """An abbreviation in brackets after the words it abbreviates: "Azure Resource Management (ARM)"."""
    return _spelled_out_words(text, start, end) is not None


def _spelled_out_words(text: str, start: int, end: int) -> str | None:
    """The words a bracketed abbreviation at `start:end` abbreviates, or None."""
    letters = text[start:end]
    if not (text[start - 1 : start] == "(" and text[end : end + 1] == ")") or not letters.isupper():
        return None
    if len(letters) > MAX_SPELLED_OUT_LETTERS:
        return None
    before = text[max(0, start - 1 - 20 * len(letters)) : start - 1].split()
    # "assistants de régulation médicale (ARM)": the small words between are not initials
    words = [word for word in before if word.lower() not in _SMALL_WORDS][-len(letters) :]
    initials = "".join(word.rsplit("'", 1)[-1][:1] for word in words).upper()  # "d'Azure": A
    return " ".join(words) if initials == letters else None


_BRACKETED_CAPITALS = re.compile(r"\(([A-Z]{2,4})\)")


def spelled_out_elsewhere(text: str) -> frozenset[str]:
    """Abbreviations `text` spells out as words that name no technology, where the abbreviation is
    another skill's alias: after "Attack Surface Management (ASM)", the posting's "ASM teams" are that,
    not Assembly. Not among them: a skill's own name ("Cascading Style Sheets (CSS)", "Amazon RDS"),
    words that name the same skill ("Amazon Web Services (AWS)") or end in a technology's noun ("…
    Library", "… Protocol")."""
    found = set()
    for bracket in _BRACKETED_CAPITALS.finditer(text):
        letters = bracket.group(1)
        words = _spelled_out_words(text, *bracket.span(1))
        node = ALIAS_TRIE.get(letters.lower())
        if words is None or node is None or node.alias is None or _TECHNOLOGY_NOUN.search(words):
            continue
        if letters.lower() in node.alias.skill.lower().split():
            continue  # "Cascading Style Sheets (CSS)", "… (EKS)": the skill's own name
        if node.alias.skill not in {f.name for f in find_skills(words)}:
            found.add(letters)
    return frozenset(found)


# "… Library (…)", "… Protocol (…)": words that spell out a technology of their own
_TECHNOLOGY_NOUN = re.compile(
    r"\b(?:librar(?:y|ies)|language|framework|protocol|format|toolkit|engine|database|sdk|api)$",
    re.IGNORECASE,
)


def _lowered(m: Match, raw: str) -> bool:
    """A common-word name written with its capital lowered: "standard ML libraries" is no Standard ML."""
    return raw[:1].islower() and m.skill[:1].isupper()


_LETTER_PREFIX = re.compile(r"(?<![\w.-])[A-Za-z]-$")


# A word right after a name that gives the name another sense, not the technology.
# "the Batch Infra team", "Batch processing": work in batches, not Windows batch files
_BATCH_WORK: Final = {
    "infra", "infrastructure", "platform", "platforms", "processing", "jobs", "job", "pipelines",
    "pipeline", "workloads", "systems", "data", "inference", "computing", "compute", "analytics",
}  # fmt: skip
_WORD_AFTER_ANOTHER_SENSE: Final = {
    "Chef": {"de", "d", "du", "des", "cheffe", "fe"},  # "Chef/cheffe de produit", "Chef·fe"
    "GCC": {"region", "countries", "states", "market", "markets", "area"},
    "TypeScript": {"sci"},  # "TS/SCI": a security clearance
    "Microsoft Edge": {"functions", "function", "computing", "runtime", "network", "nodes", "devices"},
    "Self": {"service", "services", "hosted", "serve", "motivated", "driven", "starter", "managed"},
    "SQL": {"injection", "injections"},  # an attack class ("XSS, SQL injection"), not the language
    "Batchfile": _BATCH_WORK,
}


# "(ex-Google, GitHub, Meta)": every name of a list led by "ex-" is a former employer.
_FORMER_LIST = re.compile(r"ex-[\w .&]{1,40}(?:,\s?[\w .&]{1,40}){0,8},\s?(?:and\s|&\s)?", re.IGNORECASE)
# "ex-Google Ads engineers": the rest of a former employer's name of several words
_FORMER_NAME = re.compile(r"ex-[A-Z][\w.&]{0,30}(?:\s[A-Z][\w.&]{0,30}){0,2}\s")
FORMER_WINDOW: Final = 160


def _former_employer(text: str, start: int) -> bool:
    """Whether the name at `start` is in a list led by "ex-" ("(ex-Google, GitHub, Meta)")."""
    if text[max(0, start - 3) : start].lower() == "ex-":
        return True
    lead = text.lower().rfind("ex-", max(0, start - FORMER_WINDOW), start)
    if lead < 0 or (lead and text[lead - 1].isalnum()):
        return False  # not the end of a word ("ARM Cortex-M FreeRTOS")
    return bool(_FORMER_LIST.fullmatch(text, lead, start) or _FORMER_NAME.fullmatch(text, lead, start))


# Where a candidate's work is shown, named as that: "your GitHub profile", "send CV & GitHub",
# "Projekte auf GitHub". Only the two words before and the word after decide, as `_matches` caches
# answers by them.
_PROFILE_HOSTS: Final = frozenset({"GitHub", "GitLab", "Bitbucket", "Stack Overflow", "Kaggle"})
_PROFILE_BEFORE: Final = frozenset(
    {"your", "dein", "deinen", "deine", "votre", "ton", "tu", "tus", "su", "sus", "auf", "cv", "resume"}
    | {"lebenslauf", "include", "send"}
    # "CV et/ou GitHub", "CV y/o GitHub", "votre compte GitHub"
    | {"ou", "o", "compte", "cuenta", "konto"}
    | {"profil", "références", "referencias", "referenzen"}  # "un lien vers votre profil GitHub"
    | {"zu", "vers"}  # "Quellcode (bevorzugt als Link zu GitHub)", "un lien vers GitHub"
    # where the company's code is: "le repo GitHub", "nos dépôts GitLab"
    | {"repo", "repos", "dépôt", "dépôts"}
    | {"think"}  # the company's pitch: "think GitHub for construction"
)
_PROFILE_AFTER: Final = frozenset(
    {"profile", "profiles", "profil", "profils", "perfil", "account", "handle", "username", "link", "links"}
    | {"url", "urls", "contribution", "contributions", "resume", "cv", "linkedin", "portfolio", "website"}
    | {"stars", "star", "community"}  # "thousands of GitHub stars", "Hi GitHub community!": no tool
    | {"repo", "repos", "organization", "organisation", "page"}  # "check out our GitHub repo" (its code)
    # someone's work or the company's code there: "GitHub repository", "GitHub activity", "GitHub-Challenge"
    | {"repository", "activity", "projects", "challenge", "flow"}  # not "GitLab-Repositories verwalten"
)


# A contact's field: "GitHub: @octocat", "GitHub: [name]" (a handle, not the team's tool)
_HANDLE_AFTER = re.compile(r"\s?:\s?(?:@|\[name\])")
_HOST_TOKENS: Final = frozenset({"github", "gitlab", "bitbucket"})
_ARTICLES: Final = frozenset({"an", "a"})
_LIST_JOINS: Final = frozenset({"/", ",", "or", "ou", "o", "oder", "("})


def _a_profile(lowers: list[str], start: int, end: int) -> bool:
    """ "your GitHub profile", "GitHub stars", "votre profil GitHub / Gitlab": an account, not a tool."""
    after = lowers[end] if end < len(lowers) else ""
    before = lowers[start - 1] if start else ""
    index = _before_the_hosts(lowers, start)
    first = lowers[index] if index >= 0 else ""
    shown = before in _ON and start >= 2 and lowers[start - 2] in _SHOWN  # "100k stars on GitHub"
    # "check out our github", "visit our GitHub": code to look at (not "administer our GitHub")
    visited = before == "our" and start >= 2 and lowers[start - 2] in _VISIT
    named = before in _PROFILE_BEFORE or first in _PROFILE_BEFORE or after in _PROFILE_AFTER
    named = named or _an_active_account(lowers, index)
    owned = before in _OF and start >= 2 and lowers[start - 2] in _PROFILE_AFTER  # "perfil de github"
    return named or shown or visited or owned


def _before_the_hosts(lowers: list[str], start: int) -> int:
    """The index of the word before a list of hosts ("profil GitHub / Gitlab"), -1 at the text's start."""
    index = start - 1
    while index >= 0 and (lowers[index] in _LIST_JOINS or lowers[index] in _HOST_TOKENS):
        index -= 1
    return index


def _an_active_account(lowers: list[str], index: int) -> bool:
    """ "If you have an active GitHub, GitLab, BitBucket or Stack Overflow profile" (not "Maintain our
    active GitHub repositories", "Administer active Bitbucket … workspaces")."""
    return index >= 1 and lowers[index] == "active" and lowers[index - 1] in _ARTICLES


_ON: Final = frozenset({"on", "auf", "sur", "en"})
# What is shown on a code host, not the team's tool: "100k stars on GitHub", "projects on GitHub",
# "trending on Github" (not "hosted on GitHub", "CI relies on Bitbucket", "track every issue on GitHub")
_SHOWN: Final = frozenset(
    {"stars", "star", "sterne", "étoiles", "estrellas", "projects", "project", "activity", "trending"}
    | {"contributions", "presence", "samples", "repositories"}
    | {"code", "roadmap", "work"}  # "check out our code on GitHub", "your work on github or elsewhere"
)
_OF: Final = frozenset({"of", "de", "du", "von"})  # "tu perfil de github", "le profil du GitHub"
_VISIT: Final = frozenset({"out", "visit", "see", "browse"})


# Aliases read in one clause. The longest list in the tuning set has 56 items and no posting labels
# more than 60 technologies; a clause naming hundreds is a keyword dump, and reading all of it (some
# microseconds per name) would make a 10 KB list of 2,000 names cost 30 ms for nothing.
MAX_MATCHES: Final = 100


def _starts(lowers: list[str]) -> list[int]:
    """The tokens an alias can start at (the first MAX_MATCHES): in the trie, and an alias alone or
    followed by its next token."""
    following = [*lowers[1:], ""]
    starts = (
        i
        for i, (word, after) in enumerate(zip(lowers, following, strict=True))
        if (node := ALIAS_TRIE.get(word)) is not None and (node.alias is not None or after in node.next)
    )
    return list(itertools.islice(starts, MAX_MATCHES))


def _alias_at(toks: _Tokens, i: int) -> tuple[Alias, int] | None:
    """The alias at token `i` that the text means, or None."""
    found = _longest_alias(toks, i)
    return found if found and not _not_this_alias(toks, (i, i + found[1]), found[0]) else None


def _matches(toks: _Tokens) -> list[Match]:
    """The aliases of a text, longest first, without those written otherwise or inside a place name.

    A one-token alias depends only on how it is written, the three characters before it, the two words
    before it, the word after and the four characters after (`_HANDLE_AFTER`): a long list ("Go, Go, Go,
    ...") asks the same question again and again, so each is answered once (`decided`). Where a longer
    alias may start, the answer is worked out each time.
    """
    starts = _starts(toks.lowers)
    if not starts:
        return []
    matches: list[Match] = []
    decided: dict[tuple[str, str, str, str, str], tuple[Alias, int] | None] = {}
    lowers, spans, text = toks.lowers, toks.spans, toks.text
    taken = 0  # tokens before this belong to a match already
    for i in starts:
        if i < taken:
            continue
        after = lowers[i + 1] if i + 1 < len(lowers) else ""
        if after in ALIAS_TRIE[lowers[i]].next:
            found = _alias_at(toks, i)
        else:
            before = (lowers[i - 2] if i > 1 else "", lowers[i - 1] if i else "")
            key = (
                text[max(0, spans[i][0] - 3) : spans[i][1]],
                *before,
                after,
                text[spans[i][1] : spans[i][1] + 4],
            )
            found = decided[key] if key in decided else decided.setdefault(key, _alias_at(toks, i))
        if found is not None:
            alias, size = found
            matches.append(Match(alias.skill, i, i + size, alias.mode, alias.mode == "plain"))
            taken = i + size
    return matches


# SAP's products are named by module: "SAP IS-U", "SAP HCM", "SAP S/4HANA" is what a posting asks for.
_SAP_MODULE = re.compile(r"[ -](S/4\s?HANA|S4HANA|[A-Z]{2,4}(?:-[A-Z]{1,3})?)(?![\w/])")
# "SAP PP/SD/MM", "SAP-SD/MM-Lösungen": several modules (the labels name each: 58 of 61 postings that
# name an SAP module leave the bare "SAP" out)
_SAP_MODULES = re.compile(r"[ -]((?:[A-Z]{2,4}/){1,5}[A-Z]{2,4})(?![\w/])")


# A product's name after "SAP": a camel-case word ("SAP SuccessFactors", "SAP BusinessObjects") or words
# ending in a product's kind ("SAP Analytics Cloud", "SAP Solution Manager", "SAP Business One"); a German
# compound ("SAP Prozessmanager", "SAP Berechtigungen") is a noun, not a product, and "SAP Public Cloud"
# a way to run S/4HANA.
_SAP_PRODUCT = re.compile(
    r"[ -]((?:[A-Z][a-z]+){2,3}(?![\w/-])"
    r"|(?!Public |Private )(?:[A-Z][a-z]+ ){1,2}(?:Cloud|Manager|One|Suite)(?![\w/-]))"
)
_SAP_MODULE_WORD = re.compile(r"[ -]\(?[Mm]odul(?:e|en)?(?=[ -])")  # "SAP (Modul MM)", "SAP Module FI/CO"


def _sap_module(text: str, found: Found) -> list[Found]:
    """ "SAP" with the module after it ("SAP HCM") or in its alias ("S/4HANA", "SAP HANA") is the module,
    with a list of modules ("SAP PP/SD/MM") each of them; a module that is a skill of its own ("SAP
    ABAP") leaves "SAP" as it is."""
    if found.name != "SAP":
        return [found]
    raw = text[found.offset : found.end]
    if raw.upper() != "SAP":
        return [found._replace(name=_module_name(raw.upper().removeprefix("SAP ")))]
    if product := _SAP_PRODUCT.match(text, found.end):
        return [found._replace(name=f"SAP {product.group(1)}", end=product.end())]
    start = _SAP_MODULE_WORD.match(text, found.end)
    at = start.end() if start else found.end
    if listed := _SAP_MODULES.match(text, at):
        return _listed_modules(found, listed)
    after = _SAP_MODULE.match(text, at)
    if after is None or canonical_name(after.group(1)) not in (None, "SAP"):
        return [found]
    return [found._replace(name=_module_name(after.group(1)), end=after.end())]


def without_bare_sap(skills: list[str], named: list[str]) -> list[str]:
    """`skills` without a bare "SAP" when the posting (`named`: all its skills) names an SAP module: the
    module is what it asks for (labels: 58 of 61 such postings leave "SAP" out)."""
    if "SAP" not in skills or not any(name.startswith("SAP ") for name in named):
        return skills
    return [name for name in skills if name != "SAP"]


# AWS products whose short names are also the field's general terms: "IAM/RBAC", "WAF and CDN", "VPCs,
# subnets", "an ML API Gateway". Labels give them as skills in 30 of 72, 2 of 14, 28 of 42 and 26 of 34
# postings the parser found them in, nearly all where AWS is named beside them.
AWS_GENERIC_TERMS: Final = frozenset({"IAM", "AWS WAF", "Amazon VPC", "API Gateway"})
AWS_NEARBY_LINES: Final = 2  # "* AWS general knowledge\n* EC2/ALB/NLB\n* VPC\n* IAM: IRSA": a list's items
# "AWS IAM", "Amazon VPC", "Amazon API Gateway", "AWS-Kenntnisse": the vendor written beside the term
_AWS_NAMED: Final = re.compile(r"(?<![\w-])(?:AWS(?!\w)|Amazon(?= [A-Z]))")  # not "sell on Amazon and …"


def names_aws(text: str, named: list[str]) -> bool:
    """Whether a line (`text`, naming the skills `named`) names AWS or one of its products other than
    the `AWS_GENERIC_TERMS`: "AWS IAM", "DynamoDB" (also "AWS DynamoDB"), "CloudWatch"."""
    products = (n for n in named if n not in AWS_GENERIC_TERMS)
    return _AWS_NAMED.search(text) is not None or any(map(_an_aws_product, products))


def _an_aws_product(name: str) -> bool:
    return (
        name == "AWS"
        or name.startswith(("AWS ", "Amazon "))
        or name
        in (
            canonical_name(f"AWS {name}"),
            canonical_name(f"Amazon {name}"),
        )
    )


class ReadLine(NamedTuple):
    """What `generic_cloud_terms` needs of a line: its text, its skills and whether it is a heading."""

    text: str
    named: list[str]
    heading: bool = False


def generic_cloud_terms(lines: list[ReadLine], title: str = "") -> set[str]:
    """The `AWS_GENERIC_TERMS` that no line naming them has AWS named within `AWS_NEARBY_LINES` lines
    or in its section's heading: there they are the field's general terms (concepts). `lines`: the
    headings and content lines in reading order; a `title` that names AWS ("AWS Cloud Engineer") makes
    every term AWS's. Whether a line names AWS is read only when a term is there (most postings)."""
    used = {name for line in lines for name in line.named if name in AWS_GENERIC_TERMS}
    if not used or names_aws(title, []):
        return set()
    aws = [names_aws(line.text, line.named) for line in lines]
    with_aws: set[str] = set()
    under_aws = False  # the section's heading names AWS ("AWS:", "AWS-Kenntnisse")
    content = [named for line, named in zip(lines, aws, strict=True) if not line.heading]  # no window place
    at = 0
    for line, names in zip(lines, aws, strict=True):
        if line.heading:
            under_aws = names
            continue
        window = content[max(0, at - AWS_NEARBY_LINES) : at + AWS_NEARBY_LINES + 1]
        if under_aws or any(window):
            with_aws.update(line.named)
        at += 1
    return used - with_aws


def _listed_modules(found: Found, listed: re.Match[str]) -> list[Found]:
    """One `Found` per module of "SAP PP/SD/MM", each spanning its own code (the first with "SAP")."""
    modules: list[Found] = []
    start = listed.start(1)
    for code in listed.group(1).split("/"):
        begin = found.offset if not modules else start
        modules.append(found._replace(name=_module_name(code), offset=begin, end=start + len(code)))
        start += len(code) + 1
    return modules


def _module_name(code: str) -> str:
    """ "S/4 HANA", "S4HANA" -> "SAP S/4HANA"; "IS-U" -> "SAP IS-U"."""
    plain = code.upper().replace(" ", "")
    return f"SAP {'S/4HANA' if plain == 'S4HANA' else plain}"


def find_skills(text: str, in_title: bool = False, asked: bool = False) -> list[Found]:
    """Skills and concepts named in `text` (one clause or line), in reading order, ambiguous ones checked.

    Input: plain text; `asked`: the clause is what the posting asks for (a list of product names there
    is a list of tools); output: one `Found` per accepted match (a name can repeat).
    """
    toks = _Tokens(text)
    if ALIAS_TRIE.keys().isdisjoint(toks.lowers):
        return []  # no token starts an alias: most clauses of a posting, at the cost of one set
    matches = _matches(toks)
    if not matches:
        return []
    context = _Context(toks, in_title, asked)
    matches = [m for m in matches if not context.an_idiom(m)]
    if any(not m.accepted for m in matches):
        context.check(matches)
    spans = toks.spans
    found = [
        module
        for m in matches
        if m.accepted
        for module in _sap_module(
            text, Found(m.skill, spans[m.start][0], spans[m.end - 1][1], m.skill in CONCEPTS)
        )
    ]
    found = [
        f
        for f in found
        if not _OWN_PRODUCT.match(text, f.end) and not _medical_record(text, f) and not _legal_form(text, f)
    ]
    return _without_others(text, found)


def _without_others(text: str, found: list[Found]) -> list[Found]:
    """Without the names that are someone else's: customers, other teams, the team's former employers."""
    if "includ" in text or " like " in text or "such as" in text or "support" in text:
        found = _without_customers(text, found)
    if "with " in text or "alongside" in text or " mit " in text:
        found = _without_listed(text, found, _OTHER_TEAMS, _TEAM_NAMES)
    if "quip" in text:  # équipe, equipo
        found = _without_listed(text, found, _OTHER_TEAM_FR_ES, _TEAM_BRACKET)
    if any(map(text.__contains__, (" from ", "previously", "formerly", "alumni", " at ", " out of "))):
        found = _without_listed(text, found, _BACKGROUND_LEAD, _NAME_LIST)
    # A list's later names hang on an "ex-" further back than `_matches` caches by: checked here.
    return [f for f in found if not _former_employer(text, f.offset)] if "ex-" in text.lower() else found


# "collaborate with iOS and Android teams", "work closely with the Data and ML engineers", "Zusammenarbeit
# mit Product, Design und dem iOS-Team": the names of other teams (the guide: technologies that describe
# another team are not the role's)
_OTHER_TEAMS = re.compile(
    r"\b(?:collaborat\w{0,5}|work(?:s|ing)?\sclosely|partner(?:s|ing)?|together|coordinat\w{0,5}|liais\w{0,5}"
    r"|interfac\w{0,3})\s(?:closely\s)?with\s(?:the\s|our\s|other\s|fellow\s)?"
    r"|\balongside\s(?:the\s|our\s|other\s|fellow\s)?"
    r"|\b(?:zusammenarbeit|zusammenarbeiten|zusammen|austausch|abstimmung)\s(?:eng\s)?mit\s"
    r"(?:dem\s|den\s|der\s|unserem\s|unseren\s|unserer\s|anderen\s)?",
    re.IGNORECASE,
)
_A_TEAM = r"(?:[\s-](?:teams?|developers|engineers|squads?))\b"
_TEAM_WORDS = r"[\w.+#-]{1,20}?(?:\s[\w.+#-]{1,20}?)?"  # "iOS", "Node.js backend"
_TEAM_JOIN = r"(?:\s?[,/&]\s?|\s(?:and|or|und|oder)\s)(?:(?:the|our|other|dem|den|der|unserem)\s)?"
# names joined only as a list: not "Salesforce and Stripe for our finance teams"; "design and our Android
# team", "our Node.js backend team and our iOS team" (trials') are teams too
_TEAM_NAMES = re.compile(
    rf"{_TEAM_WORDS}(?:{_TEAM_JOIN}{_TEAM_WORDS}){{0,5}}{_A_TEAM}(?:{_TEAM_JOIN}{_TEAM_WORDS}{_A_TEAM}){{0,3}}",
    re.IGNORECASE,
)
# "en étroite collaboration avec l'équipe front (Vue.js)", "junto con el equipo de datos (Spark)": the
# team's stack in the bracket after its name
_OTHER_TEAM_FR_ES = re.compile(
    r"\b(?:collaboration|collaborer|travailler|colaboraci[oó]n|colaborar|junto)\s(?:\w+\s){0,2}?"
    r"(?:avec|con)\s(?:l['\u2019]|les\s|el\s|los\s)?(?:équipes?|equipos?)\s"
)
_TEAM_BRACKET = re.compile(r"(?:[\w'-]{1,20}\s){0,2}?\([^()]{1,60}\)")


def _without_listed(
    text: str, found: list[Found], lead: re.Pattern[str], names: re.Pattern[str]
) -> list[Found]:
    """Without the names that `names` reads right after each `lead` cue: "Work closely with iOS
    developers" (`_OTHER_TEAMS`, `_TEAM_NAMES`), "team coming from Salesforce, Google" (`_BACKGROUND_LEAD`,
    `_NAME_LIST`)."""
    spans = [
        (cue.end(), listed.end())
        for cue in lead.finditer(text)
        if (listed := names.match(text, cue.end())) is not None
    ]
    return [f for f in found if not any(start <= f.offset < end for start, end in spans)]


# "our team coming from RelateIQ, Salesforce, Google, Dropbox & Zephyr Health", "alumni of Stripe and
# Plaid": where the team worked before (the guide: the company's history)
_BACKGROUND_LEAD = re.compile(
    r"\b(?:team|founders)\s(?:[\w-]{1,20}\s){0,2}?(?:coming|come|comes|hail(?:ing|s)?)"
    # "Small team out of PyTorch, FAIR, and Meta." opening a sentence (not "get the team out of Jenkins")
    r"\sfrom\s|(?:^|(?<=[.!?] ))(?:[\w-]{1,20}\s)?(?:team|founders) out of\s"
    r"|\b(?:previously|formerly)\s(?:at|of)\s|\balumni\s(?:of|from)\s"  # not "previously with Rails"
    # "colleagues who've built groundbreaking products at Apple, Uber, Venmo and Plaid"
    r"|\bwho(?:'ve|\shave)\s(?:built|worked|shipped|led)\s(?:[\w-]{1,20}\s){0,3}?at\s",
    re.IGNORECASE,
)
_LISTED_NAME = r"[A-Z0-9][\w&-]{0,29}(?:\.[\w-]{1,10})?(?:\s[A-Z0-9][\w&-]{0,29}){0,2}"  # "Zephyr Health"
_NAME_LIST = re.compile(rf"(?:{_LISTED_NAME}(?:,\s?(?:and\s|&\s)?|\s(?:and|&)\s)){{0,16}}{_LISTED_NAME}")


# "EHR / EMR systems", "a cloud-native EMR with clinical decision support": an electronic medical record
_HEALTH_WORDS = re.compile(
    r"\b(?:EHRs?|health\w*|medical|clinical|clinics?|patients?|veterinar\w*|hospitals?|doctors?)\b",
    re.IGNORECASE,
)


def _medical_record(text: str, found: Found) -> bool:
    """Whether a bare "EMR" in a clause about health care is the medical record, not Amazon EMR."""
    return (
        found.name == "Amazon EMR"
        and text[found.offset : found.end].upper() == "EMR"
        and bool(_HEALTH_WORDS.search(text))
    )


# A French company's legal form after its name: "la société ONLINE SAS", "Société : DIGIKET TOGO SAS";
# not SAS the software in a list ("R and SAS", "Sql, SAS") nor its products ("Base SAS").
_NAME_BEFORE_FORM = re.compile(
    r"(?<![\w,/&])(?!(?:Base|Enterprise|And|Or|Und|Et|Y)\s)[A-ZÀ-Ý][\w&'.-]{0,30}\s$"
)


def _legal_form(text: str, found: Found) -> bool:
    """Whether "SAS" written so is a company's legal form: right after a capitalised name."""
    if found.name != "SAS" or text[found.offset : found.end] != "SAS":
        return False
    return _NAME_BEFORE_FORM.search(text[max(0, found.offset - 32) : found.offset]) is not None


_CUSTOMER_GAP = re.compile(r"[\s,;&]*(?:(?:and|or|&)\s)?")
# the employer's customers named as such (not "users …, in this case software teams, such as EC2")
_CUSTOMER_LIST = re.compile(
    r"\b(?:customers|clients|brands|businesses|companies|organi[sz]ations|global leaders"
    r"|fortune \d{2,3}(?: companies)?),?\s(?:like|such as|including)\s"
    # "We already support many enterprise and consumer cloud services (Salesforce, Google Docs, …)": the
    # product's integrations
    r"|\bwe (?:already )?support (?:many |over |\d+\+? )?(?:[\w-]+ ){0,4}(?:services|integrations|apps|tools)"
    r"\s?(?:\(|:\s|,?\s(?:like|such as|including)\s)",
    re.IGNORECASE,
)


def _without_customers(text: str, found: list[Found]) -> list[Found]:
    """Without the list right after a customers cue: "brands …, including Lyft, New Relic, Okta and Zoom"
    names the employer's customers (the guide: not skills), even where the list holds a tool's name."""
    kept: list[Found] = []
    cues = [cue.end() for cue in _CUSTOMER_LIST.finditer(text)]
    run_end = -1
    for f in found:
        after_cue = any(end <= f.offset and _CUSTOMER_GAP.fullmatch(text, end, f.offset) for end in cues)
        if after_cue or (run_end >= 0 and _CUSTOMER_GAP.fullmatch(text, run_end, f.offset)):
            run_end = f.end
            continue
        run_end = -1
        kept.append(f)
    return kept


# "Bento, our proprietary local development tool": the employer's own product (the guide: not a skill)
_OWN_PRODUCT = re.compile(
    r",\s(?:which is\s)?our\s(?:own\s)?(?:proprietary|homegrown|home-grown)\s",
    re.IGNORECASE,
)


def names_a_skill(text: str) -> bool:
    """Whether `text` names at least one skill (concepts do not count)."""
    return any(not found.concept for found in find_skills(text))


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - _WINDOW) : position].rstrip(_SENTENCE_LEAD)  # bounded: linear overall
    return not before or before[-1] in ".!?:\n"


MIN_CAPS_LETTERS: Final = 6


def _all_caps(text: str) -> bool:
    """A line written in capitals ("REQUIREMENTS: GO, SWIFT"): capitals there say nothing of a name."""
    if text != text.upper():  # one C-level pass: most lines have a lower-case letter
        return False
    return sum(c.isalpha() for c in text) >= MIN_CAPS_LETTERS


@dataclass(slots=True)
class _Context:
    """Decides whether ambiguous matches in one text are the technology or the ordinary word."""

    toks: _Tokens
    in_title: bool
    asked: bool = False

    @property
    def text(self) -> str:
        return self.toks.text

    def an_idiom(self, m: Match) -> bool:
        """ "developers of any stripe", "the Core Data team": a phrase, whatever the name's mode."""
        after = (m.skill, self._word(m.end))
        if after in _LOWER_PHRASE_HEADS:
            start, end = self._span(m)
            return self.text[start:end].islower()
        return (m.skill, self._word(m.start - 1)) in _IDIOMS or after in _PHRASE_HEADS

    def check(self, matches: list[Match]) -> None:
        caps_line = _all_caps(self.text)
        named = {m.skill for m in matches if m.accepted}
        for m in matches:
            if not m.accepted:
                # Once the clause names the technology, another mention of it adds nothing to decide.
                m.accepted = m.skill in named or self._alone(m, caps_line)
                if m.accepted:
                    named.add(m.skill)
        if not all(m.accepted for m in matches):
            self._accept_lists(matches)

    def _word(self, index: int) -> str:
        lowers = self.toks.lowers
        return lowers[index] if 0 <= index < len(lowers) else ""

    def _qualified(self, m: Match) -> bool:
        """Whether the word after the match shows the technology: "Go developer", "Windows-Systemen"."""
        nxt = self._word(m.end)
        # "rust dev": a language's common word; not a tool's or a brand's ("yarn dev", "AI First Dev …")
        dev = nxt in _DEV and m.mode == "word" and VOCABULARY[m.skill].category == "language"
        # "React frontend": a front-end framework's (not "the Calendar frontend", a product's part)
        front = nxt in _FRONT and VOCABULARY[m.skill].category == "frontend"
        return nxt in _QUALIFIERS or dev or front or (m.skill in _SYSTEM_NAMES and nxt in _SYSTEM_QUALIFIERS)

    def _span(self, m: Match) -> tuple[int, int]:
        """Where a match stands in the text: its first token's start and its last token's end."""
        return self.toks.start(m.start), self.toks.end(m.end - 1)

    def _compound_head(self, m: Match, after: str) -> bool:
        """ "Fortinet-Technologien": a German compound whose head makes a vendor's name a technology; not
        an ordinary word ("Access-Technologien", "Edge-Technologien": kinds of network), nor the middle of
        a compound ("Leading-Edge-Technologien"), nor what a process is based on ("Excel-basierten")."""
        start, end = self._span(m)
        glued = start > 0 and self.text[start - 1] == "-"
        named = after[:1] == "-" and self._word(m.end) in _COMPOUND_TECH and not glued
        words = self.text[start:end].split()
        return named and not any(is_common_word(w) and not w.isupper() for w in words)

    def _an_ordinary_phrase(self, m: Match) -> bool:
        """ "Red Teaming", "the security realm", "Edge AI": a name its neighbouring word makes part of a
        phrase."""
        if m.skill == "Microsoft Edge" and self._edge_computing(m):
            return True
        return (m.skill, self._word(m.end)) in _PRACTICES or (
            m.skill,
            self._word(m.start - 1),
        ) in _WORD_BEFORE

    def _edge_computing(self, m: Match) -> bool:
        start, end = self._span(m)
        bare = self.text[start:end].lower() == "edge" and self.text[end : end + 1] == " "
        return bare and self._word(m.end) in _EDGE_COMPUTING

    def _not_the_technology(self, m: Match, after: str) -> bool:
        """ "go-to", "C-level", "R&D", "Spring 2025", "spring semester": the word is not the technology."""
        nxt, prev = self._word(m.end), self._word(m.start - 1)
        if (m.skill, self.text[self.toks.start(m.start) : self.toks.end(m.end - 1)]) in _ANOTHER_THING:
            return True
        if self._an_ordinary_phrase(m):
            return True
        start = self.toks.start(m.start)
        if after[:1] and after[:1] in "-&'’" and not (self._qualified(m) or self._compound_head(m, after)):
            return True
        if m.mode != "plain" and prev in _PREPOSITIONS and self.text[start - 1 : start] == "-":
            return True  # "NYC (In-Office)": a compound with its preposition, not the product
        if m.mode == "word" and (_YEAR_AFTER.match(after) or nxt in _TIME_WORDS):
            return True
        if prev in _COMPOUND_HEADS:  # "Pull Requests", "Merge Requests": a review, not the library
            return True
        return bool(_YEAR_AFTER.match(after) and prev in _SEASON_WORDS)

    def _among_places(self, start: int, end: int) -> bool:
        """ "offices in Boston, Denver, Phoenix and Toronto": a town's name in a list of places."""
        before = _PLACE_BEFORE.search(self.text, max(0, start - _WINDOW), start)
        after = _PLACE_AFTER.match(self.text, end, end + _WINDOW)
        return all(
            found is not None and _a_town(found.group(1)) for found in (before, after)
        ) and known_place(self.text[start:end])

    def _alone(self, m: Match, caps_line: bool) -> bool:
        """Whether an ambiguous match is the technology from its own neighbourhood (lists come later)."""
        start, end = self._span(m)
        raw = self.text[start:end]
        after = self.text[end : end + _WINDOW]  # bounded: a copy per match must not grow
        if self._not_the_technology(m, after) or (m.mode == "word" and self._among_places(start, end)):
            return False
        prev, prev2 = self._word(m.start - 1), self._word(m.start - 2)
        # "objectif de vue.", "en vue de": a lower-case word after "de"/"en" ends a clause as a word does
        ends = bool(_CLAUSE_END.match(after)) and not (raw.islower() and prev in _ROMANCE_PREPOSITIONS)
        in_context = self._qualified(m) or (prev in _PREPOSITIONS and (prev2 in _EXPERIENCE or ends))
        # "EDV Kenntnisse (MS Office)", "experience (Salesforce)": the bracket names what is known
        in_context = in_context or (prev in _EXPERIENCE and self.text[:start].rstrip().endswith("("))
        if m.mode == "exact":
            return in_context or not (len(raw) <= 2 or caps_line)
        if m.mode in ("strict", "brand"):
            return self._named_here(m, raw, start, in_context)
        if in_context or (m.end - m.start > 1 and prev in _DETERMINERS):
            return True  # "a design system" is a thing; "design systems that scale" is a verb
        return self._capitalised_name(raw, prev, start, after, caps_line) or _names_members(m.skill, after)

    def _named_here(self, m: Match, raw: str, start: int, in_context: bool) -> bool:
        """A strict or brand alias: not after "follow us on"; a cloud product with its vendor ("AWS WAF")
        needs no other context."""
        if _FOLLOW_US.search(self.text, max(0, start - _WINDOW), start) is not None:
            return False
        vendor_named = m.mode == "brand" and _CLOUD_VENDOR.match(raw) is not None
        return vendor_named or self._asked_for(m, raw, start, in_context)

    def _asked_for(self, m: Match, raw: str, start: int, in_context: bool) -> bool:
        """A strict alias: a common word written in lower case is the word ("self-driven"). A brand:
        "runners on Strava" is the company's pitch; "Strava API", "with Strava.", "tools such as" a tool."""
        if m.mode == "strict":
            # "tools such as Salt": the example itself, not a longer name's first word ("like Magic Transit")
            led = _TOOL_LEAD.search(self.text, max(0, start - _WINDOW), start) is not None or (
                m.skill in _BROWSERS
                and _BROWSER_LEAD.search(self.text, max(0, start - _WINDOW), start) is not None
            )
            in_context = in_context or (led and not _CAPITAL_NEXT.match(self.text, self.toks.end(m.end - 1)))
            return in_context and not _lowered(m, raw) and self._capital_is_a_name(raw, start)
        return in_context or self._led_list(start) or self._whole_item(m, raw)

    def _whole_item(self, m: Match, raw: str) -> bool:
        """A capitalised brand that is all of its clause: a list's item on its own line ("* Tomcat")."""
        start, end = self._span(m)
        alone = not self.text[:start].strip(_ITEM_MARKS) and not self.text[end:].strip(_ITEM_MARKS)
        alone = alone or self._item_with_aside(start, self.text[end : end + _WINDOW])
        return alone and raw[:1].isupper() and not self.in_title  # "DuckDuckGo | …": the employer

    def _capital_is_a_name(self, raw: str, start: int) -> bool:
        """A common word's capital shows a name, except the one every sentence starts with ("Basic
        knowledge of ..."); "BASIC" or "SoapUI" still are names there."""
        if raw.islower():
            return False
        return not (raw[1:].islower() and _sentence_start(self.text, start))

    def _led_list(self, start: int) -> bool:
        """Whether a list of tools leads up to `start`: "tools such as Wiz, Qualys", "IDEs (e.g. PhpStorm"."""
        reach = max(0, start - _LEAD_REACH)
        leads = [m.end() for m in _LIST_LEAD.finditer(self.text, reach, start)]
        if not leads:
            return False
        # "we use Go ..., serving apps like Strava", "companies such as Klarna": customers, not tools.
        customers = [m.end() for m in _CUSTOMERS.finditer(self.text, reach, start)]
        return not customers or customers[-1] < leads[-1]

    def _capitalised_name(self, raw: str, prev: str, start: int, after: str, caps_line: bool) -> bool:
        """ "Go" capitalised in a title or mid-sentence is the language; at a sentence start it must end
        a clause or lead a list."""
        if not raw[:1].isupper() or caps_line:
            return False
        if self.in_title or _YEARS_AFTER.match(after):
            return True
        if prev == "and":  # "…, Meteor.js and React.": the last name of a list closes its clause
            return bool(_CLAUSE_END.match(after))
        return prev not in _NOT_BEFORE_NAME and (
            not _sentence_start(self.text, start)
            or bool(_CLAUSE_END.match(after) or _LISTED_AFTER.match(after) or _ASKED_AFTER.match(after))
            or self._item_with_aside(start, after)
        )

    def _item_with_aside(self, start: int, after: str) -> bool:
        """Whether the name is all of its item but a version or a bracketed aside: "* React (UX)"."""
        return not self.text[:start].strip(_ITEM_MARKS) and _ITEM_ASIDE.match(after) is not None

    def _gap(self, left: Match, right: Match) -> str:
        return self.text[self.toks.end(left.end - 1) : self.toks.start(right.start)]

    def _can_list(self, m: Match) -> bool:
        """Whether a list's neighbours may make an ambiguous match the technology: a common word only
        when capitalised; an exact-case name always ("C/C++/Qt": "Qt" is written so for nothing else)."""
        if self._an_ordinary_phrase(m):
            return False  # "Red Teaming" beside "Penetration Testing", "the … security realm (Penetration …"
        if m.mode != "strict":
            return True
        raw = self.text[self.toks.start(m.start) : self.toks.end(m.end - 1)]
        return not raw.islower() and not _lowered(m, raw)

    def _accept_lists(self, matches: list[Match]) -> None:
        """List context: a neighbour that is a skill, separated only by commas, slashes, "and"/"or".

        Acceptance spreads along a chain of listed neighbours; one sweep each way reaches every member
        of a chain, so this is linear in the number of matches.
        """
        pairs = list(itertools.pairwise(matches))
        if self.asked:
            self._accept_brand_lists(pairs)
        for left, right in [*pairs, *((second, first) for first, second in reversed(pairs))]:
            if left.accepted and not right.accepted and self._can_list(right):
                first, second = (left, right) if left.start < right.start else (right, left)
                gap = self._gap(first, second)
                # "JavaScript Framework (React", "Zend Framework": a common word or a brand beside a name
                # with only a space or a bracket between is part of a phrase; a list parts them ("Go, Loom").
                spaced = right.mode in ("strict", "brand") and not gap.strip(" \t()[]")
                if _LIST_GAP.match(gap) and not spaced:
                    right.accepted = True

    def _accept_brand_lists(self, pairs: list[tuple[Match, Match]]) -> None:
        """ "Requirements: GStreamer, FFmpeg": two products listed side by side in what is asked are
        tools, though neither is asked for alone (a pitch's "apps like Strava" is never asked)."""
        business = _BUSINESS_CONTEXT.search(self.text)
        for left, right in pairs:
            if business is not None and business.start() < self.toks.start(left.start):
                continue  # "apps in the travel space (Booking.com, Expedia, Airbnb)": companies
            gap = self._gap(left, right)
            listed = _LIST_GAP.match(gap) is not None and bool(gap.strip(" \t()[]"))
            if (
                left.mode == right.mode == "brand"
                and listed
                and self._can_list(left)
                and self._can_list(right)
            ):
                left.accepted = right.accepted = True


# Words that make listed brands companies, not tools: "a large pharma company (AbbVie, Bayer)", "a
# fast-growing fintech (think Brex, Adyen)", "You have traded on Binance, Coinbase or Kraken"
_BUSINESS_CONTEXT = re.compile(
    r"\b(?:compan(?:y|ies)|space|industry|sector|brands?|clients?|customers?|start-?ups?|fintechs?|think"
    r"|worked (?:for|at)|traded|employers?|firms?|partners?|marketplaces?)\b",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------------------------------------
# Unknown names read from a technology list: "Hasura, Trigger.dev and Lightdash" names three tools even
# where the vocabulary knows only Hasura.

# Every match of _SEPARATOR holds one of these (the words with the spaces around them).
_LIST_MARKS: Final = (
    *",;/|&+()[]:", " and ", " or ", " y ", " o ", " und ", " oder ", " et ", " ou ", "as well as", "etc",
)  # fmt: skip
_SEPARATOR = re.compile(
    r"\s?(?:[,;/|&+()\[\]:]|\s(?:and|or|y|o|und|oder|et|ou|as well as)\s|\betc\b\.?)\s?", re.IGNORECASE
)
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w.+#-]{0,29}|[a-z]{1,20}[A-Z][\w.+#-]{0,20}|[\w-]{0,20}\d[\w.+-]{0,20}|[a-z][\w-]{1,20}\.(?:js|io|dev|py|rs|ts|net|sh))$"
)
_LIST_LEAD = guarded(
    r"(?:experience (?:with|in|using)|knowledge of|familiar(?:ity)? with|proficien\w* (?:in|with)|we use"
    r"|using|stack|worked (?:\w+ )?with"
    r"|(?:formats?|frameworks?|languages?|librar(?:y|ies)|databases?|platforms?|technologies|services) like"
    r"|tools?|(?:application|app|web) servers?|such as|e\.g\.|including|experiencia (?:con|en)"
    r"|conocimientos? (?:de|en)|erfahrung (?:mit|in)"
    r"|kenntnisse (?:in|mit|von)|expérience (?:avec|en|sur)|maîtrise (?:de|d')"
    r"|(?:tools?|generators?|frameworks?|libraries) [-\u2013])\s?:?\s"  # "build tools - Grunt, bower"
    # "Microsoft 365 applications (Outlook, Teams", "Office 365 Programmen (Teams, SharePoint"
    r"|\b(?:applications|apps|programs|programmen|anwendungen)\s?\("
    # "Umgang mit IT-Systemen und Tools, insbesondere MS Office": the one a list of tools singles out
    r"|\b(?:insbesondere|especially|particularly|notamment|especialmente)\s",
    re.IGNORECASE,
)
# "tools such as Salt", "frameworks like Spring": a kind of technology, then its example right after
_TOOL_LEAD = re.compile(
    r"\b(?:tools?|frameworks?|librar(?:y|ies)|languages?|technologies|databases?|pre-?processors?)"
    r"\s\(?(?:such as|like|e\.g\.,?|including)\s?:?\s$"
    # "AI coding tools (Cursor, Claude Code": not "German as a Foreign Language (DaF)"
    r"|\b(?:tools?|frameworks?|librar(?:y|ies)|technologies|databases?)\s\($",
    re.IGNORECASE,
)
# "browsers (Chrome, Firefox, Safari)", "les navigateurs (Firefox, Safari…)": a browser leads the list (not
# "older browsers (Windows 7, Low-End Android Phones, Slow 3G)": the users' set-ups)
_BROWSER_LEAD = re.compile(r"\b(?:browsers|navigateurs|navegadores|browsern)\s\($", re.IGNORECASE)
_BROWSERS: Final = frozenset(
    {"Google Chrome", "Firefox", "Safari", "Microsoft Edge", "Opera", "Brave", "Vivaldi"}
)
_CAPITAL_NEXT = re.compile(r"\s[A-Z]")
# Names after these are the employer's customers, users or analogies, not its tools: "apps like Strava",
# "used by Nike", "think Stripe". (A clause about backers or alumni is boilerplate already: sections.)
_CUSTOMERS = re.compile(
    r"\b(?:(?:customers|clients|apps|companies|brands|partners|businesses|organi[sz]ations|users|teams)"
    r",?\s(?:like|such as|including)|used by|serving|powering|think)\s",  # "thousands of teams, including"
    re.IGNORECASE,
)
# A cloud product written with its vendor ("AWS WAF", "Azure Functions") names the technology, never a
# company's pitch, as a bare brand can ("runners on Strava"); "Amazon" also sells "Prime Video"
_CLOUD_VENDOR: Final = re.compile(r"(?:AWS|Azure|Microsoft Azure|Google Cloud|GCP)\s\S")
# "te animamos a que nos sigas en Linkedin, Twitter y YouTube": where to follow the company, not a tool.
_FOLLOW_US = re.compile(
    r"\b(?:follow|find|join|sigue|síguenos|siguenos|nos sigas|suivez|suis|retrouvez|folgt?|folgen)"
    r"(?:\s(?:us|nos|nous|uns|moi|-nous))?\s(?:on|en|sur|auf)\s[^.!?:;]*$",
    re.IGNORECASE,
)
MAX_NAME_WORDS: Final = 3


_INCLUSIVE = re.compile(r"\w[.·](?:e|es|se|ne|ve|rice|euse)s?$")
# An adjective by its ending: "Relational and NoSQL databases" qualifies the noun after it, names nothing
_ADJECTIVE = re.compile(r"^[A-Z][a-z]{3,}(?:ional|ical|ive|ous)$")
# Endings of ordinary nouns in our four languages: "Automatisierung", "Datenbanken", "intégration".
_NOUN_ENDING = re.compile(
    r"(?:ung|ungen|keit|heit|schaft|ierung|tion|tions|sion|ment|ción|dad|ität|ismus|ness|ing|en|tik|nik"
    # a German compound's last noun: "Datenvisualisierungstools", "Versionsverwaltungssysteme"
    r"|(?<=\w{4})(?:tools|systeme|plattformen|werkzeuge|lösungen|technologien|sprachen))$"
)


MAX_ACRONYM_LETTERS: Final = 4  # longer capitals are a shouted word ("REMOTE", "HOT JOB"), not initials


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)", re.IGNORECASE)  # "3rd Party": a count, not a name


def _odd(part: str) -> bool:
    """A word part no dictionary spells so: digits, dots or inner capitals ("DataFusion", "TEE"), but an
    ordinal ("3rd")."""
    if _ORDINAL.fullmatch(part):
        return False
    shouted = part.isupper() and len(part) > MAX_ACRONYM_LETTERS
    return not part.isalpha() or not (part.istitle() or part.islower() or shouted)


def _distinctive(words: list[str]) -> bool:
    """Shaped like no ordinary word: "DataFusion", "OP-TEE", "Trigger.dev", "nRF52840".

    A hyphenated compound of ordinary words ("Container-Technologien") is not, nor one that ends in
    one ("Build-Tools", "UI-Design": a description).
    """
    parts = [part for w in words for part in w.split("-") if part]
    if "-" in words[-1] and parts[-1].lower() in common_words() and not parts[-1].isupper():
        return False
    return any(_odd(p) for p in parts)


# "20hr", "5k", "200GB+", "1.4M+": a number with its unit (not "3PAR", a product), or a version: "(v13)"
_QUANTITY = re.compile(
    r"^\d+(?:[.,]\d+)?(?:[a-z]{1,3}|[KMGTP]B|[KMB])\+?$|^[vV]\d+(?:\.\d+)*$"
    r"|^\d{1,2}(?i:jahren?|jahre|years?|ans|años)\+?$"  # "5Jahre/900PT Java": a figure, its space lost
    r"|^\d{3,}[A-Z]{1,3}s?$"  # "Infrastructure: 1000VM (AWS/Azure)": a count of things
)


_COUNT = re.compile(r"^\d{1,3}[x\u00d7]$")  # "looking for 1x Senior/Staff Fullstack Engineer": how many hires

# Short capitals are mostly abbreviations of concepts: "SRE", "PRs", "RPC", "NAT", "MVC".
_ACRONYM = re.compile(r"^[A-Z]{2,4}s?$")


def _looks_like_a_name(item: str) -> bool:
    """A product-shaped item: capitalised or camel-case words, not common words, places or initials."""
    words = item.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if not any(c.isalpha() for c in item) or words[0].isdigit() or _COUNT.match(words[0]):
        return False  # "15896": a number (an issue id in a link); "3 Jahre", "1x Senior": a quantity
    if len(words) == 1 and (_ACRONYM.match(item) or _QUANTITY.match(item) or _ADJECTIVE.match(item)):
        return False  # "SRE", "20hr", "Relational"
    if _words_not_a_name(item, words):
        return False
    return len(item) >= 3 and not _names_something_else(item, words)


def _words_not_a_name(item: str, words: list[str]) -> bool:
    """Ordinary words however they are written (`_looks_like_a_name`)."""
    if item.endswith("-"):
        return True  # "Versions-" cut from "Versions- und Konfigurationsmanagement"
    if len(words) > 1 and words[-1].isdigit() and _has_a_common_word(words[:-1]):
        return True  # "Desired 2" of "Desired 2+ years of experience with AWS": a word and a figure
    if _INCLUSIVE.search(item) or (not _distinctive(words) and _has_a_common_word(words)):
        return True  # "(Expérimenté.e)": French inclusive writing, a word
    # "(AutoCAD, Revit) MUST HAVE", "NICE TO HAVE": words in capitals (not "IBM MQ", "HP ALM": initials)
    return len(words) > 1 and item.isupper() and all(_a_long_word(w) for w in words)


def _a_long_word(word: str) -> bool:
    low = word.lower()
    return low in _LINKING_WORDS or (len(low) >= MIN_WORD_CHARS and low in common_words())


MIN_WORD_CHARS: Final = 4
_LINKING_WORDS: Final = frozenset({"to", "a", "an", "of", "is", "be"})


# A role's last word: "UI Developer", "Data Engineer", "Backend-Entwickler" are roles, not tools.
_ROLE_NOUN: Final = re.compile(
    r"\b(?:engineers?|developers?|architects?|designers?|analysts?|scientists?|programmers?|administrators?"
    r"|consultants?|entwickler(?:in)?|développeur(?:se)?|desarrollador(?:a)?)$",
    re.IGNORECASE,
)


def _names_something_else(item: str, words: list[str]) -> bool:
    """Whether a capitalised item is a work mode, an accelerator's batch, a role, a sentence's first words
    or a place, not a tool."""
    return (
        any(word.lower() in _WORK_MODES for word in words)  # "(USA & UK Remote)": where and how
        or _YC_BATCH.match(item) is not None  # "(YC S20)": an accelerator's batch
        or (len(words) > 1 and level(words[0]) is not None)  # "Senior SRE": a role of a list of roles
        or (len(words) > 1 and _ROLE_NOUN.search(item) is not None)  # "…, UI Developer (React)": a role
        or _a_phrase(words)
        or known_place(item)
        or _a_language_level(words)
    )


# A level of the Common European Framework of Reference for languages: "C1", "b2+", "B2-C1"
_CEFR_LEVEL = re.compile(r"[ABCabc][12]\+?(?:-[ABCabc][12]\+?)?")


def _a_language_level(words: list[str]) -> bool:
    """A language at a CEFR level, no product: "German C1", "Mandarin C1", "Ingles B2" (one word beside
    the level), "Business English B2" (a language of `human_languages`, ISO 639, among more words)."""
    bare = [word.strip(",.;:()") for word in words]
    levels = [word for word in bare if _CEFR_LEVEL.fullmatch(word)]
    others = [word for word in bare if word not in levels]
    if not levels:
        return False
    phrases = (
        " ".join(others[i:j]).lower() for i in range(len(others)) for j in range(i + 1, len(others) + 1)
    )
    return len(others) == 1 or any(phrase in human_languages() for phrase in phrases)


def _a_phrase(words: list[str]) -> bool:
    """ "Have 5+ years …", "With JumpCloud, IT teams …": a sentence's first words; "VM Technologies (such
    as OpenStack …)": a kind of tool, its members after it."""
    return len(words) > 1 and (words[0].lower() in _OPENING_WORDS or words[-1].lower() in _KINDS_OF_TOOL)


_YC_BATCH = re.compile(r"^YC [SWF]\d{2}$")
_KINDS_OF_TOOL: Final = frozenset(
    {"technologies", "technology", "tools", "systems", "platforms", "frameworks", "databases", "solutions"}
    | {"technologien", "werkzeuge", "systeme", "outils", "tecnologías", "herramientas"}
)
_OPENING_WORDS: Final = (
    _DETERMINERS
    | _PREPOSITIONS
    | {"have", "has", "had", "for", "and", "or", "to", "by"}
    | {"minimum", "maximum", "min", "max", "mindestens", "minimo", "mínimo"}  # "Minimum 5+ years of …"
)
_WORK_MODES: Final = frozenset({"remote", "hybrid", "onsite", "on-site", "homeoffice"})


# The feminine of a role noun the word list has only in the masculine: "Développeuse", "Ingénieure",
# "Entwicklerin", "Beraterinnen".
_FEMININE = re.compile(r"(?<=eu)(?:se|re)$|(?<=er)(?:in|innen)$")


def _masculine(word: str) -> str:
    return _FEMININE.sub(lambda m: "r" if m.group(0) in ("se", "re") else "", word)


MIN_COMPOUND_TAIL: Final = 8  # "architektur" in "Softwarearchitektur"; "dash" in "Lightdash" is too short
MAX_COMPOUND_TAIL: Final = 24  # no common word is longer; bounds the work on a very long token


def _a_compound(word: str, common: frozenset[str]) -> bool:
    """A German compound whose last noun is a long common word: "Softwarearchitektur"."""
    first = max(3, len(word) - MAX_COMPOUND_TAIL)
    return any(word[i:] in common for i in range(first, len(word) - MIN_COMPOUND_TAIL + 1))


def _has_a_common_word(words: list[str]) -> bool:
    """Whether a part of the words is a common word (or its feminine), a noun by its ending, or a German
    plural's "-n" on a common word ("mit Containern")."""
    common = common_words()
    parts = [part.lower() for w in words for part in w.split("-") if part]
    return any(
        p in common
        or _NOUN_ENDING.search(p)
        or (p[-1] == "n" and p[:-1] in common)
        or _masculine(p) in common
        or _a_compound(p, common)
        for p in parts
    )


def _list_item(text: str, start: int, end: int, before: str, after: str) -> tuple[int, int] | None:
    """An item's span without spaces and a full stop; None for a label ("Persistenz: Hibernate") or a
    short abbreviation in parentheses after a name ("VMware Aria Automation (vRA)")."""
    item = text[start:end]
    start += len(item) - len(item.lstrip())
    end = start + len(item.strip().rstrip(".!?"))
    label = after.strip() == ":"
    initials = text[start:end].isalpha() and end - start <= MAX_ACRONYM_LETTERS + 1
    abbreviation = initials and before.strip() == "(" and after.strip() == ")"
    return (start, end) if end > start and not label and not abbreviation else None


def _items(text: str) -> list[tuple[int, int]]:
    """The spans of a list's items, between its separators."""
    separators = list(itertools.islice(_SEPARATOR.finditer(text), MAX_MATCHES))  # the rest: one item
    bounds = [0, *(m.end() for m in separators)]
    ends = [*(m.start() for m in separators), len(text)]
    texts = ["", *(m.group(0) for m in separators), ""]
    spans = (
        _list_item(text, start, end, texts[index], texts[index + 1])
        for index, (start, end) in enumerate(zip(bounds, ends, strict=True))
    )
    return [span for span in spans if span is not None]


def _overlaps(items: list[tuple[int, int]], known: list[Found]) -> list[list[Found]]:
    """For each item span, the matches overlapping it: one merge of two sorted lists (linear)."""
    hits: list[list[Found]] = [[] for _ in items]
    ordered = sorted(known, key=lambda f: f.offset)
    first = 0
    for index, (start, end) in enumerate(items):
        while first < len(ordered) and ordered[first].end <= start:
            first += 1
        k = first
        while k < len(ordered) and ordered[k].offset < end:
            hits[index].append(ordered[k])
            k += 1
    return hits


def _after_lead(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether the list opens with "experience with"-like words; the first item then starts after them."""
    leads = list(_LIST_LEAD.finditer(text, items[0][0], items[0][1])) if items else []
    if leads:
        items[0] = (leads[-1].end(), items[0][1])
    return bool(leads)


# What every word of a product name holds (see _NAME_TOKEN): a capital, a digit or a ".js"-like ending.
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z\d]")
_NAME_ENDINGS: Final = (".js", ".io", ".dev", ".py", ".rs", ".ts", ".net", ".sh")


def _may_hold_a_name(text: str) -> bool:
    return bool(_CAPITAL_OR_DIGIT.search(text)) or any(ending in text for ending in _NAME_ENDINGS)


def _uncovered(text: str, known: list[Found]) -> str:
    """`text` without the spans of the known skills (`known` in reading order, as find_skills gives it)."""
    parts: list[str] = []
    position = 0
    for _, offset, end, _ in known:
        parts.append(text[position:offset])
        position = max(position, end)
    parts.append(text[position:])
    return " ".join(parts)


def _list_of(text: str, known: list[Found]) -> list[tuple[int, int]]:
    """The items of the list `text` is, or none when it cannot carry an unknown name (decided fast)."""
    if not _may_hold_a_name(_uncovered(text, known)):
        return []  # no word outside the known skills can be a name: the usual case, and a fast one
    low = text.lower()
    if not any(map(low.__contains__, _LIST_MARKS)):
        return []  # one item is no list: decided at C speed
    items = _items(text)
    return items if len(items) >= 2 else []


MIN_PLURAL_CHARS: Final = 5


# "AWS (Bedrock, ECS, Glue, S3)": a cloud's bracket names its products by their short names
_VENDOR_BRACKET: Final = re.compile(
    r"\b(?:(?P<aws>AWS|Amazon Web Services)|(?P<azure>(?:Microsoft )?Azure)"
    r"|(?P<gcp>GCP|Google Cloud(?: Platform)?))\s?\($"
)
_VENDOR_PREFIXES: Final = {
    "aws": ("AWS ", "Amazon "), "azure": ("Azure ",), "gcp": ("Google Cloud ", "Cloud "),
}  # fmt: skip
MAX_VENDOR_BRACKET_CHARS: Final = 160


def _bracket_vendor(text: str, start: int) -> str | None:
    """The cloud whose bracket ("AWS (") holds the item starting at `start`, or None."""
    opening = text.rfind("(", max(0, start - MAX_VENDOR_BRACKET_CHARS), start)
    if opening < 0 or ")" in text[opening:start]:
        return None
    vendor = _VENDOR_BRACKET.search(text, max(0, opening - 30), opening + 1)
    return None if vendor is None else vendor.lastgroup


def _peers_vendor(hits: list[list[Found]]) -> str | None:
    """The cloud two or more of a list's known items are products of ("ECS, Lambda, DynamoDB, Glue" is
    AWS's), or None."""
    names = [found.name for hit in hits for found in hit if not found.concept]
    for vendor, prefixes in _VENDOR_PREFIXES.items():
        if sum(name.startswith(prefixes) for name in names) >= 2:
            return vendor
    return None


def _vendor_product(text: str, start: int, end: int, *, peer: str | None = None) -> str | None:
    """The product a short name in a cloud's bracket names ("Glue" in "AWS (Glue, S3)" is AWS Glue), or
    that a capitalised name among that cloud's products (`peer`) names ("ECS, Lambda, Glue"); or None."""
    item = text[start:end].strip()
    vendor = _bracket_vendor(text, start)
    if vendor is None and item.istitle():
        vendor = peer
    if vendor is None:
        return None
    for prefix in _VENDOR_PREFIXES[vendor]:
        named = [f.name for f in find_skills(prefix + item) if not f.concept]
        if len(named) == 1 and named[0] != canonical_name(prefix.strip()):
            return named[0]
    return None


def _singular(name: str) -> str:
    """ "Dockers" -> "Docker": a known name written as a plural is that name; other names as written."""
    if len(name) < MIN_PLURAL_CHARS or not name.endswith("s"):
        return name
    return canonical_name(name[:-1]) or name


_LONG_WORD: Final = re.compile(r"[^\W\d_]{7,}")  # longer than an acronym: "CONFIGURACIONES", not "AWS"


def _in_capitals(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether the list is written in capitals: every item, or every item after a lead in lower case
    ("Conocimientos de OUTLOOK, REDES, CONFIGURACIONES ROUTER") when one of them holds a long word."""
    upper = [text[s:e].isupper() for s, e in items]
    if all(upper):
        return True
    return all(upper[1:]) and any(_LONG_WORD.search(text[s:e]) for s, e in items[1:])


def listed_names(text: str, known: list[Found]) -> list[Found]:
    """Names outside the vocabulary that a list of technologies in `text` carries.

    An item counts when it looks like a product name and its list holds two known skills (for a
    plain capitalised word, mostly known skills), or the list follows "experience with"-like words
    and every unknown item looks like a product name. A list led by "ex-" names former employers. In a
    cloud's bracket a short name is that cloud's product: "AWS (Bedrock, Glue)" names AWS Glue.
    """
    items = _list_of(text, known)
    if _in_capitals(text, items):
        return []  # a list in capitals ("UNE DÉVELOPPEUSE OU … PYTHON + REACT") shows no name by its case
    led = _after_lead(text, items)  # first: it moves the first item past "experience with"
    hits = _overlaps(items, known)
    is_known = [any(not f.concept for f in hit) for hit in hits]
    unknown = [span for span, hit in zip(items, hits, strict=True) if not hit]
    peer = _peers_vendor(hits)
    products = {span: name for span in unknown if (name := _vendor_product(text, *span, peer=peer))}
    candidates = [span for span in unknown if span not in products]
    vendors = [Found(name, s, e, concept=False) for (s, e), name in products.items()]
    names = _unknown_names(text, items, candidates, led=led, is_known=is_known)
    return sorted([*vendors, *names], key=lambda found: found.offset)


def _mostly_known(known_items: int, items: int) -> bool:
    return known_items >= 2 and 2 * known_items >= items


def _bracket_of(text: str, items: list[tuple[int, int]]) -> list[int]:
    """For each item, the offset of the bracket it sits in ("libraries (NumPy, Librosa)"), or -1: one
    walk over the brackets' offsets, in reading order."""
    marks = [(m.start(), m.group(0)) for m in _BRACKET_MARK.finditer(text)]
    groups, opening, next_mark = [], -1, 0
    for start, _ in items:
        while next_mark < len(marks) and marks[next_mark][0] < start:
            opening = marks[next_mark][0] if marks[next_mark][1] == "(" else -1
            next_mark += 1
        groups.append(
            opening if opening >= 0 and _TOOLS_BEFORE.search(text, max(0, opening - 40), opening) else -1
        )
    return groups


_BRACKET_MARK: Final = re.compile(r"[()]")
# A bracket after a kind of tool lists tools: "audio/DSP libraries (NumPy, Librosa, SciPy, Pedalboard)"
_TOOLS_BEFORE: Final = re.compile(
    r"\b(?:librar(?:y|ies)|frameworks?|tools?|languages?|databases?|stacks?|technolog(?:y|ies)|sdks?)\s?$",
    re.IGNORECASE,
)


def _unknown_names(
    text: str,
    items: list[tuple[int, int]],
    candidates: list[tuple[int, int]],
    *,
    led: bool,
    is_known: list[bool],
) -> list[Found]:
    """The candidates (list items no known name covers) that count as names (`listed_names`). A bracket's
    items are a list of their own: "audio/DSP libraries (NumPy, Librosa, SciPy, Pedalboard)"."""
    names = [(s, e) for s, e in candidates if _looks_like_a_name(text[s:e]) and not _former_employer(text, s)]
    if led and len(names) == len(candidates):
        return [Found(_singular(text[s:e]), s, e, concept=False) for s, e in names]
    known_items = sum(is_known)
    whole = _mostly_known(known_items, len(items))
    in_brackets = _in_known_brackets(text, items, is_known) if names and not whole else set()
    return [
        Found(_singular(text[s:e]), s, e, concept=False)
        for s, e in names
        if whole or (s, e) in in_brackets or (known_items >= 2 and _distinctive(text[s:e].split()))
    ]


def _in_known_brackets(text: str, items: list[tuple[int, int]], is_known: list[bool]) -> set[tuple[int, int]]:
    """The items that sit in a bracket after a kind of tool whose items are mostly known skills."""
    groups = _bracket_of(text, items)
    known_in = Counter(group for group, known in zip(groups, is_known, strict=True) if known)
    size = Counter(groups)
    return {
        span
        for span, group in zip(items, groups, strict=True)
        if group >= 0 and _mostly_known(known_in[group], size[group])
    }


# "Spring (Data, MVC, Boot)", "Spring (core/web/boot)", "Spring Framework/Boot": the family's products
# "Spring framework experience (Boot, Data, Web/MVC)": the bracket after the words about the family
_FAMILY_BRACKET = re.compile(
    r"(?i:[ \t](?:framework|ecosystem))?(?i:[ \t](?:experience|knowledge))?[ \t]?\(([^()\n]{1,120})\)"
)
_FAMILY_SLASH = re.compile(r"(?: Framework)?/([A-Za-z][\w.-]{1,20})\b(?![/(])")
_FAMILY_ITEM = re.compile(r"\s?(?:,|/|;|\band\b|\bund\b|\bet\b|\by\b)\s?")
MAX_FAMILY_ITEM_WORDS: Final = 2


def family_members(text: str, known: list[Found]) -> list[Found]:
    """Products a known name's bracket or slash names by their short names: "Spring (Data, MVC, Boot)"
    names Spring Data, Spring MVC and Spring Boot; "Spring Framework/Boot" names Spring Boot. An item
    counts when the name and the item together name one other known product."""
    found: list[Found] = []
    for family in known:
        if family.concept:
            continue
        after = _FAMILY_BRACKET.match(text, family.end) or _FAMILY_SLASH.match(text, family.end)
        if after is not None:
            found += [
                Found(member, after.start(1) + start, after.start(1) + end, concept=False)
                for start, end, member in _members(family.name, after.group(1))
            ]
    return found


def _names_members(family: str, after: str) -> bool:
    """Whether the bracket after an ambiguous name holds its products: "Spring (Data, MVC)" is the
    framework."""
    bracket = _FAMILY_BRACKET.match(after)
    return bracket is not None and any(_members(family, bracket.group(1)))


def _members(family: str, inner: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, product) of each item of a family's bracket or slash (`inner`) that names one of its
    products."""
    start = 0
    for separator in [*_FAMILY_ITEM.finditer(inner), None]:
        end = separator.start() if separator else len(inner)
        words = inner[start:end].strip(" .").split()
        member = _member(family, words) if 0 < len(words) <= MAX_FAMILY_ITEM_WORDS else None
        if member:
            yield start, end, member
        start = separator.end() if separator else end


def _member(family: str, words: list[str]) -> str | None:
    """The one product "<family> <words>" names other than the family itself ("Spring" + "Boot")."""
    text = f"{family} {' '.join(words)}"
    named = [f for f in find_skills(text) if not f.concept]
    # the whole of it, not "Spring Cloud" of "Spring Cloud Config"
    whole = len(named) == 1 and named[0].offset == 0 and named[0].end == len(text)
    return named[0].name if whole and named[0].name != family else None

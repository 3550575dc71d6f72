"""parse_jd: a job posting in, a `JobRequirement` out, as a pipeline of small passes.

0. `structured.posting_data`: a career page's schema.org JobPosting data, if any (fills what the
   prose leaves unsaid).
1. `markup.normalise`: HTML tags and entities, markdown links, emphasis and code spans -> plain lines.
2. `sections.read_lines` / `sections.clauses`: each line and clause gets a kind (required, preferred,
   context, boilerplate) from headings, labels and cues in English, German, French and Spanish.
3. `skills.find_skills`: the vocabulary's named technologies in each clause, concepts kept apart;
   `skills.listed_names`: names outside the vocabulary that a technology list carries;
   `learned.unknown_names`: names outside the vocabulary that a model learned from the labels tags;
   `alternatives`: a choice a required clause offers ("Django, Flask or FastAPI").
4. Fields: `title.read_title`, `experience` (min_years, seniority), `where.where` (remote, locations);
   the employer's own products are dropped (`employer_names`).

`read_requirement` below joins them; each pass is a function of its own, testable alone. The field
meanings follow the labelling guide (tests/fixtures/jd_corpus/LABELLING.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from talent.jd import experience
from talent.jd.cues import guarded, may_match, needles
from talent.jd.employer import employer_names, is_own_product, names_the_employer
from talent.jd.errors import JobDescriptionNotText
from talent.jd.learned import LearnedName, unknown_names
from talent.jd.limits import check_jd_text
from talent.jd.markup import normalise
from talent.jd.places import capitalised_places, placed_by_context
from talent.jd.sections import Clause, Kind, Line, clauses, heading_kind, read_lines
from talent.jd.skills import (
    MAX_MATCHES,
    Found,
    ReadLine,
    family_members,
    find_skills,
    generic_cloud_terms,
    listed_names,
    names_a_skill,
    spelled_out_elsewhere,
    without_bare_sap,
)
from talent.jd.structured import PostingData, posting_data
from talent.jd.taxonomy import VOCABULARY, category_of
from talent.jd.title import ROLE_WORD, read_title
from talent.jd.where import board_company, institution_city, where
from talent.models import JobRequirement, SearchHints, Seniority


@dataclass(slots=True)
class Mentions:
    """What the clauses say: each skill's strongest kind and first offset, concepts, years, a level."""

    best: dict[str, tuple[Kind, int, int]] = field(default_factory=dict)  # skill -> (kind, tier, order)
    asked: set[str] = field(default_factory=set)  # skills a required clause names (not only the context)
    waived: set[str] = field(default_factory=set)  # skills a clause says are not required
    concepts: dict[str, None] = field(default_factory=dict)
    years: dict[Kind, list[int]] = field(default_factory=lambda: {k: [] for k in Kind})
    overall: list[int] = field(default_factory=list)  # figures for a whole career ("5+ years overall")
    in_role: list[int] = field(default_factory=list)  # the career in the role ("8+ years as a Data Engineer")
    fields: list[int] = field(default_factory=list)  # a field of work's figures, whatever tool they name
    leading: list[int] = field(default_factory=list)  # a management part's figures (the guide: not the whole)
    stated: list[int] = field(default_factory=list)  # an "Experience: 4+ years" field: the posting's own
    level: Seniority | None = None
    company_clauses: list[str] = field(default_factory=list)  # the company's part, read for a level last
    spelled_out: frozenset[str] = frozenset()  # abbreviations of other words ("Attack Surface Management")
    general_terms: set[str] = field(default_factory=set)  # "IAM/RBAC" with no AWS near: a concept
    alternatives: list[tuple[str, ...]] = field(default_factory=list)  # "Django, Flask or FastAPI"
    flat: set[str] = field(default_factory=set)  # skills a required clause names outside a choice
    order: int = 0

    def add_skill(self, name: str, clause: Clause, tier: int) -> None:
        """Keep a skill's strongest mention: the guide makes a skill named both ways required, and
        the role's own stack in the duties (context) is required too, unless a clause waives it."""
        self.order += 1
        kind = Kind.REQUIRED if clause.kind == Kind.CONTEXT else clause.kind
        if clause.kind == Kind.REQUIRED:
            self.asked.add(name)
        if clause.waived:
            self.waived.add(name)
        seen = self.best.get(name)
        if seen is None or (kind, -tier) > (seen[0], -seen[1]):
            self.best[name] = (kind, tier, self.order if seen is None else seen[2])

    def add_choices(self, clause: Clause, text: str, known: list[Found]) -> None:
        """Keep the choices a required or context clause offers (`alternatives`), and which skills a
        required clause asks for on its own (the duties' stack may name both of a choice)."""
        if clause.kind not in (Kind.REQUIRED, Kind.CONTEXT) or clause.waived:
            return
        offered = alternatives(text, known)
        self.alternatives += offered
        chosen = {name for group in offered for name in group}
        if clause.kind == Kind.REQUIRED:
            self.flat.update(f.name for f in known if not f.concept and f.name not in chosen)

    def _kind(self, name: str) -> Kind:
        kind = self.best[name][0]
        waived = kind == Kind.REQUIRED and name in self.waived and name not in self.asked
        return Kind.PREFERRED if waived else kind

    def required(self) -> list[str]:
        """Skills asked for or named in the role's context; title skills first, then reading order."""
        names = [s for s in self.best if self._kind(s) == Kind.REQUIRED]
        return sorted(names, key=lambda s: (self.best[s][1], self.best[s][2]))

    def preferred(self) -> list[str]:
        """Skills only marked nice to have (or the team's stack said not to be required), in reading order."""
        return sorted(
            (s for s in self.best if self._kind(s) == Kind.PREFERRED), key=lambda s: self.best[s][2]
        )

    def min_years(self) -> int | None:
        """The smallest figure asked for the role; preferred figures only when nothing else is stated."""
        if self.stated:
            return min(self.stated)
        # the role's own career before a looser one ("… writing code"); the topics' own figures ("3+
        # years of database design") are parts
        if self.in_role or self.overall:
            return min(self.in_role or self.overall)
        if self.fields:  # "3+ Years of DevOps … administration experience" over "1+ Years with Docker"
            return min(self.fields)
        stated = self.years[Kind.REQUIRED] + self.years[Kind.CONTEXT]
        if stated:
            return min(stated)
        rest = self.years[Kind.PREFERRED] or self.leading
        return min(rest) if rest else None


MANY_ITEMS: Final = 20
HEADER_LINES: Final = 12  # a short line this near the top may be a header field ("· Semi Senior")
_OVERALL = re.compile(r"\b(?:overall|in total|total|insgesamt|au total|en total)\b", re.IGNORECASE)
# A career's figure named as such, in a clause that names no skill: "5+ years of work experience in
# commercial software development" is the whole, "2+ years with Git" a part.
_CAREER = re.compile(
    r"\b(?:(?:work|working|professional|industry|progressive)(?:\s[\w-]+){0,2} experience|berufserfahrung"
    r"|experience in software (?:engineering|development)|software (?:engineering|development) experience"
    r"|\bor \d{1,2}\+? years? (?:and|with) an? (?:master|ph\.?d)"  # "…; or 6 years and a Master's degree"
    r"|experience (?:developing|building|designing) (?:[\w/-]+ ){0,4}"
    r"(?:solutions|software|applications|systems)"
    # "7+ years of experience writing professional production code", "6+ years in an engineering position"
    r"|experience writing (?:[\w-]+ ){0,3}code|in an? (?:engineering|development|software) (?:position|role)"
    r"|exp[ée]riences? professionnelles?|experiencia (?:profesional|laboral)"
    # "10 ans+ d'expérience en développement" beside "4 ans+ d'expérience avec NodeJS"
    r"|exp[ée]rience (?:en|dans le) (?:développement|d[ée]veloppement logiciel)"
    r"|experiencia en (?:el )?desarrollo(?: de software)?|erfahrung in der (?:software-?)?entwicklung)\b",
    re.IGNORECASE,
)
# "3+ Years of DevOps or Linux server administration experience": a field of work, whatever tool it names
_FIELD_CAREER = re.compile(
    r"\byears?\W{0,2} of (?:[\w/-]+ ){0,4}?(?:administration|devops|engineering|development|programming|it)"
    r" experience\b"
    # "2+ years of Experience in React JS and cloud-native development": a field beside the tools
    r"|\byears?\W{0,2} of experience in (?:[\w./#+-]+ ){1,6}?(?:and|&) (?:[\w-]+ )?development\b"
    # "4+ years of experience in full stack web development" beside "2+ years … with Node.js"
    r"|\byears?\W{0,2} of experience in (?:full[\s-]?stack |front[\s-]?end |back[\s-]?end |web |mobile ){1,3}"
    r"development\b",
    re.IGNORECASE,
)
# "**Experience**: 4+ years.", "Berufserfahrung: 3 Jahre", a page's key "job_years: 3 years"
_EXPERIENCE_FIELD = re.compile(
    r"^\W{0,3}(?:(?:minimum |required )?experience|(?:berufs)?erfahrung|exp[ée]rience|experiencia"
    r"(?: m[íi]nima)?|(?:job[ _])?years(?:[ _]of[ _]experience)?|experience[ _]years)\W{0,3}:",
    re.IGNORECASE,
)
# "3+ years of experience as a backend engineer": the career in the role, whatever tools it names.
# A management or leadership part of the experience asked: "engineering management experience (1+ year)",
# "7+ years of experience leading engineering teams", "2+ years as a tech lead".
_LEADING = guarded(
    r"\b(?:(?:people |engineering |team )?management experience|(?:people|team) leadership experience"
    r"|tech(?:nical)? lead experience"
    # "2+ years of experience leading and managing a high performing Agile development teams"
    r"|(?:experience )?(?:leading|managing)(?: and (?:leading|managing))? (?:[\w-]+ ){0,5}?"
    r"(?:teams?|engineers|people|managers)\b"
    r"|(?:leading|managing)(?: and [\w-]+)? (?:[\w-]+ ){0,3}(?:projects|initiatives|programs)\b"
    r"|\bin an? senior (?:[\w-]+ )?(?:position|role)\b"  # "2+ years of experience in a senior … position"
    # "3+ years of experience in a leadership or management role"
    r"|\bin an? (?:leadership|management|managerial|supervisory)(?: or (?:leadership|management|managerial"
    r"|supervisory))? (?:position|role|capacity)s?\b"
    r"|\byears? in (?:program|project|product|people|engineering) management\b"  # beside "7+ years of …"
    r"|operating as an? (?:staff|lead|senior)|people manager"
    r"|as an? (?:(?:tech(?:nical)?|team)(?:\s?/\s?(?:tech(?:nical)?|team))? )?lead\b"  # "as a tech/team lead"
    r"|as an? (?:engineering|software|development|team) manager\b"  # "2+ years as an Engineering Manager"
    # "If you've got 1 year of experience training and mentoring"
    r"|experience (?:in )?(?:training|mentoring|coaching)\b)",
    re.IGNORECASE,
)
_AS_THE_ROLE = re.compile(  # not a level's sub-requirement: "2+ years as a Staff or Lead engineer"
    r"\b(?:experience|years?) (?:working )?(?:as|in the role of) (?:an? )?"
    r"(?!(?:staff|lead|senior|principal|team lead)\b)"
    r"(?:[\w/+#.-]{1,30} ){0,3}?"
    r"(?:engineer|developer|programmer|architect|scientist|researcher|analyst|administrator|designer)"
    # "Mindestens 4 Jahre Erfahrung als Frontend-Softwareentwickler", "expérience en tant que développeur"
    r"|\berfahrung als (?:[\w/+#.-]{1,30} ){0,3}?[\w-]{0,30}"
    r"(?:entwickler|ingenieur|architekt|engineer|developer)"
    r"|\bexp[ée]rience (?:en tant que|comme) (?:[\w/+#.-]{1,30} ){0,3}?(?:développeu|ingénieu|architecte)"
    r"|\bexperiencia como (?:[\w/+#.-]{1,30} ){0,3}?(?:desarrollador|ingenier[oa]|programador|arquitect[oa])",
    re.IGNORECASE,
)


def distinct_items(text: str) -> str:
    """A long list with each item once, and no more items than a clause is read for (`MAX_MATCHES`):
    "Go, Go, Go, ..." -> "Go". A repeat names nothing new, and reading thousands of them costs time;
    a short clause is left as it is."""
    if text.count(", ") < MANY_ITEMS:
        return text
    return ", ".join(list(dict.fromkeys(text.split(", ")))[:MAX_MATCHES])


def _is_the_career(clause: Clause, names_a_skill: bool) -> bool:
    """Whether a clause's figure is for the whole career, not one tool's ("5+ years overall",
    "5+ years of work experience in software", "3+ years as a backend engineer")."""
    text = clause.text
    career = _OVERALL.search(text) or _AS_THE_ROLE.search(text)
    if not names_a_skill:
        career = career or _CAREER.search(text)
    return clause.kind != Kind.PREFERRED and career is not None


# "BS + 8 years experience, or MS + 6 years, or Ph.D. + 3 years": a higher degree's figure is an
# alternative, and the smallest is what the posting asks (the labels: 7 of 8 tuning postings)
_DEGREE_OR = re.compile(
    r"\bor\b[^.;]{0,80}?\b(?:ms|m\.s\.|msc|masters?|master's|ph\.?\s?d\.?|doctorate)(?!\w)", re.IGNORECASE
)


_FLOOR_FIRST = re.compile(r"\b(?:a minimum of|at least)\s\d", re.IGNORECASE)


def _figure(clause: str, values: list[int]) -> int:
    """The figure a clause asks for: its first, or the smallest of a degree's alternatives (unless the
    first is called the minimum: "a minimum of 5-8 years … or Master's and 2-5 years" asks 5)."""
    alternatives = len(values) > 1 and _DEGREE_OR.search(clause) and not _FLOOR_FIRST.search(clause)
    return min(values) if alternatives else values[0]


def _read_years(clause: Clause, names_a_skill: bool, mentions: Mentions) -> None:
    values = experience.years_in(clause.text)
    if values and _LEADING.search(clause.text):
        mentions.leading.append(values[0])  # "management experience (1+ year)": not the whole career's
        return
    field = _EXPERIENCE_FIELD.match(clause.text)
    if values and (clause.kind == Kind.REQUIRED or field or experience.about_the_candidate(clause.text)):
        figure = _figure(clause.text, values)
        mentions.years[clause.kind].append(figure)  # the main figure, not a sub-requirement's
        if field:
            mentions.stated.append(figure)
        if _is_the_career(clause, names_a_skill):
            mentions.overall.append(figure)
            mentions.in_role += [figure] if _AS_THE_ROLE.search(clause.text) else []
        elif clause.kind != Kind.PREFERRED and _FIELD_CAREER.search(clause.text):
            mentions.fields.append(figure)


# "Django, Flask or FastAPI", "Python oder Go", "AWS, GCP ou Azure", "Java o Kotlin": an "or" between two
# names offers a choice; "and/or" and "and" join, they offer none.
_OR_GAP = re.compile(r",?\s(?:or|oder|ou|o|u)\s", re.IGNORECASE)
# "Java und/oder Kotlin" (a trial's German posting): a choice between two names alone; after a list
# ("Docker, Kubernetes and/or Terraform") it may ask for all of them
_AND_OR_GAP = re.compile(r"\s(?:and/or|und/oder|et/ou|y/o)\s", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s?,\s?")
_SLASH_GAP = re.compile(r"\s?/\s?")
# Kinds whose members stand in for one another ("Django, Flask or FastAPI": web frameworks), so the
# names before the "or" join the choice; in broad kinds (devops: Docker, Terraform, Jenkins) only the
# two names the "or" joins do ("Java, Spring Boot, Docker or Kubernetes").
_INTERCHANGEABLE: Final = frozenset({"language", "framework", "frontend", "cloud", "testing", "ml", "mobile"})


# Libraries a project builds on, filed under neighbouring kinds: "GraphQL clients (Apollo or Relay)" is one
# choice though the taxonomy files Apollo as a library and Relay under frontend.
_LIBRARY_KINDS: Final = frozenset({"library", "frontend", "framework"})


def _one_kind(first: str | None, second: str) -> bool:
    return first == second or (first in _LIBRARY_KINDS and second in _LIBRARY_KINDS)


def _joins_a_choice(gaps: list[str], index: int) -> bool:
    """Whether the gap at `index` between two names offers a choice: an "or" no slash beside it binds
    closer, or an "and/or" between two names alone."""
    before, after = (gaps[index - 1] if index else ""), (gaps[index + 1] if index + 1 < len(gaps) else "")
    if _SLASH_GAP.fullmatch(before) or _SLASH_GAP.fullmatch(after):
        return False
    gap = gaps[index]
    return bool(_OR_GAP.fullmatch(gap) or (_AND_OR_GAP.fullmatch(gap) and not _COMMA_GAP.fullmatch(before)))


def alternatives(text: str, known: list[Found]) -> list[tuple[str, ...]]:
    """Choices `text` offers: the two names of one kind an "or" joins, and the comma-listed names of
    that kind before them when it is an interchangeable one ("Java, Django, Flask or FastAPI" offers
    Django, Flask or FastAPI). A slash binds closer than "or": "Node.js/TypeScript or Go" offers none.

    `known`: the skills `find_skills` found in `text`, in reading order (concepts are skipped).
    """
    names = [f for f in known if not f.concept]
    gaps = [text[left.end : right.offset] for left, right in pairwise(names)]
    groups: list[tuple[str, ...]] = []
    for index in range(len(gaps)):
        kind = category_of(names[index + 1].name)
        if (
            not kind
            or not _joins_a_choice(gaps, index)
            or not _one_kind(category_of(names[index].name), kind)
        ):
            continue  # "React, TypeScript or Vue" offers no choice between a language and a framework
        start = index
        while (
            start > 0
            and kind in _INTERCHANGEABLE
            and _COMMA_GAP.fullmatch(gaps[start - 1])
            and category_of(names[start - 1].name) == kind
        ):
            start -= 1
        group = tuple(dict.fromkeys(f.name for f in names[start : index + 2]))
        if len(group) > 1 and groups and set(groups[-1]) & set(group):
            # "Java and/or Kotlin and/or Scala", "Python, Go or Rust or C": one choice, not two overlapping
            groups[-1] = tuple(dict.fromkeys([*groups[-1], *group]))
        elif len(group) > 1:
            groups.append(group)
    return groups


_ASKS: Final = (Kind.REQUIRED, Kind.PREFERRED)


def _learned_names(line: Line, heading: tuple[str, ...]) -> list[LearnedName]:
    """`learned.unknown_names` of a line; none on a boilerplate line, whose clauses are all boilerplate."""
    return [] if line.kind == Kind.BOILERPLATE else unknown_names(line, heading, find_skills(line.text))


def _learned_in(clause: Clause, learned: list[LearnedName], found: list[Found]) -> list[str]:
    """The learned names in `clause` (in its `only` span, if it has one) that no name `found` in it
    (offsets into the clause) overlaps: "Tenable Nessus" read from a list is not also "Tenable" and
    "Nessus"."""
    taken = [(f.offset + clause.start, f.end + clause.start) for f in found]
    low, high = (
        (clause.start + clause.only[0], clause.start + clause.only[1])
        if clause.only
        else (clause.start, clause.end)
    )
    return [
        n.name
        for n in learned
        if low <= n.start < high and not any(s < n.end and n.start < e for s, e in taken)
    ]


def _within(span: tuple[int, int], found: list[Found]) -> list[Found]:
    return [f for f in found if span[0] <= f.offset < span[1]]


def _read_line(line: Line, mentions: Mentions, heading: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Read one line into `mentions`; the skills its context clauses name (the team's stack), and all
    the skills it names. `heading`: the section heading's words, for the learned names."""
    tier = 0 if line.is_first or line.label == "title" else 1
    stack: list[str] = []
    every: list[str] = []
    learned = _learned_names(line, heading)
    for clause in clauses(line):
        if clause.kind == Kind.BOILERPLATE:
            if not line.is_first:
                mentions.company_clauses.append(clause.text)
            continue
        items = distinct_items(clause.text)
        known = [
            f
            for f in find_skills(items, in_title=line.is_first, asked=clause.kind in _ASKS)
            if items[f.offset : f.end] not in mentions.spelled_out and not _refused(items, f.offset, f.end)
        ]
        found = [*known, *listed_names(items, known), *family_members(items, known)]
        if clause.only is not None:  # a bracket read in its clause: only the bracket's names count
            known, found = (_within(clause.only, names) for names in (known, found))
        named = {f.name: f.concept for f in found}
        for name in _learned_in(clause, learned, found if items == clause.text else []):
            named.setdefault(name, False)
        mentions.add_choices(clause, items, known)
        for name, concept in named.items():  # a long list names a skill many times: once is enough
            if concept:
                mentions.concepts[name] = None
            else:
                mentions.add_skill(name, clause, tier)
                stack += [name] if clause.kind == Kind.CONTEXT else []
                every.append(name)
        _read_years(clause, not all(named.values()), mentions)  # a concept names no tool's figure
        if mentions.level is None and not line.is_first:
            mentions.level = experience.stated_level(clause.text)
    return stack, every


# A technology the posting turns away: "No PHP please.", "a Rust-free, Java-free stack", "Go, not PHP".
# Neither asked nor a plus (the guide: nowhere), unlike "no PHP experience needed" (a plus).
_REFUSED_BEFORE = re.compile(r"(?:^|[\s(,;])(?:no|not)\s$", re.IGNORECASE)
_REFUSED_AFTER = re.compile(r"(?:\s(?:please|thanks|allowed)\b|\s?[.,;!)]|$)", re.IGNORECASE)
_FREE = re.compile(r"-free\b", re.IGNORECASE)


def _refused(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is turned away: "no X please", "not X.", "X-free"."""
    if _FREE.match(text, end):
        return True
    before = _REFUSED_BEFORE.search(text, max(0, start - 5), start)
    return before is not None and _REFUSED_AFTER.match(text, end) is not None


# A sentence after the team's stack that says it is not needed: what the section named before is a plus
# (the guide), unless the posting also asks for it.
_WAIVES_THE_STACK = guarded(
    r"doesn'?t matter if you don'?t have experience with|than (?:about )?experience with any of these"
    r"|(?:don'?t|do not) expect you to (?:know|have) (?:all|every|any)"
    r"|(?:wenn|falls) dir (?:etwas|einiges|das meiste) davon nichts sagt"
    r"|si ces technologies ne (?:te|vous) sont pas familières"
    # "(vous n'êtes pas obligé·e de tout connaitre)", "pas besoin de tout connaître"
    r"|(?:n['\u2019](?:êtes|es) pas obligé\S{0,3}|pas besoin) de tout conna[iî]tre"
    # an offer to teach waives what follows it (`_points_ahead`): "We are willing to teach Elixir to …"
    r"|(?P<ahead>we can teach you (?:everything|all)[^.]{0,40}\bstack|(?:willing|happy|glad) to teach\b"
    # "Tech stack: Doesn't matter, we'll teach you. But we work mostly with Rust, Go, and TypeScript."
    r"|(?:tech(?:nology)? )?stack\s?:\s?(?:it )?(?:doesn['\u2019]?t|does not) matter)"
    r"|(?:don['\u2019]?t|do not) need to (?:have (?:any |direct |prior |previous )?(?:used|worked with"
    r"|experience (?:with|in|of))|know) (?:this|it|them|these|those)\b"  # "(but you don't need to have
    # experience with those …!)", "… Ruby on Rails but you don't need to have direct experience of it"
    # "Our tech stack involves Ruby / Rails … However, we're not only looking for people with experience in
    # our stack"
    r"|not (?:only |just |necessarily )?looking for (?:people|someone|candidates|engineers)"
    r" (?:with experience )?"
    r"(?:in|with) (?:our|this|the) (?:tech )?stack"
    # "React, Django, Python. Familiarity with these technologies is a bonus, but …"
    r"|familiarity with (?:these|those|them|the above)(?: technologies| tools)?"
    r" (?:is|would be) (?:a )?(?:bonus|plus)"
    # "Your knowledge of any technologies mentioned above is a plus" (t66en-apify)
    r"|(?P<above>(?:knowledge|experience|familiarity) (?:of|with|in) (?:any (?:of )?)?(?:the )?"
    r"(?:technologies|tools) (?:mentioned|listed|named) above (?:is|would be) (?:a )?(?:big |huge |great )?"
    r"(?:bonus|plus))"
    r"|(?:it'?s|it\u2019s|it is) helpful if you know these[^.]{0,40}\bif not\b"  # "…, but if not, we'll help"
    # "Don't worry if you don't know all of them", "We don't really care if you've used these exact …"
    r"|don'?t worry if you don'?t know (?:all|every|any)"
    r"|(?:don'?t|do not) (?:really )?care (?:if|whether) you(?:'?ve| have)? used these"
    # "If you haven't used these technologies you will …", "It is OK if you don't know how to use some"
    r"|if you (?:haven['\u2019]?t|have not) (?:used|worked with) (?:(?:some|any|all) of )?(?:these|them)\b"
    r"|not important that you (?:already )?know these"  # "(but it's not important that you already know …)"
    # "… tools and libraries like the ones we use--you needn't know exactly our stack"
    r"|need(?:n['\u2019]t| not) know (?:exactly )?(?:our|the) (?:exact )?(?:tech )?stack(?=\s?[.!]|$)"
    r"|no (?:prior )?experience (?:in|with) (?:any of )?(?:these|them) (?:is )?required"  # "(no prior …!)"
    # "Haven't used those technologies? No worries: …"
    r"|(?:haven['\u2019]?t|have not|never) used (?:those|these|them)\b[^.?!]{0,20}\?? "
    r"(?:no worries|don['\u2019]?t worry)"
    r"|(?:ok|okay|fine) if you (?:don['\u2019]?t|do not) know (?:how to use )?(?:some|all|any|every)"
    # "Experience with our specific tech is not required", "Experience in these is nice, but … not required"
    r"|experience (?:with|in) (?:(?:some|any|all|most|one) of )?(?:our|the|these|this|them)\b"
    # not a field of business: "Prior experience in the real estate industry isn't required"
    r"(?! following)(?!(?<=the) (?:[\w-]+ ){0,2}(?:industry|domain|sector|market)(?![\w-]))[^.]{0,40}?"
    r"(?:\bnot|n['\u2019]t) (?:a )?(?:required|requirement|necessary|needed)"  # "… isn't a requirement"
    # "… in Python, with some components in Go. … familiarity with those languages is not necessary"
    r"|(?P<those>familiarity with (?:these|those|them)(?: languages| technologies| tools| frameworks)?"
    r" (?:is |isn['\u2019]t )?(?:not )?(?:required|necessary|needed|a requirement)"
    # "We use Django, Hotwire Turbo, Pytorch and Flutter. Experience in these technologies helps, but …"
    r"|(?:experience|familiarity|knowledge) (?:in|with|of) (?:these|those)"
    r" (?:languages|technologies|tools|frameworks) helps(?=\s?[,.;]|$))"
    # "We do most of our work in C#/.Net, but specific experience here is not required"
    r"|(?P<here>(?:specific|prior|previous) experience (?:here|there)"
    r" (?:is not|isn['\u2019]t|is not a|isn['\u2019]t a) (?:required|requirement|necessary|needed)"
    # "We use Django and Vue, but for the right candidate specific experience isn't important to us"
    r"|specific experience (?:is not|isn['\u2019]t) (?:important|required|necessary|needed)"
    # "We use AWS, K8s, React, and Rust but there is no requirement to have prior experience with them"
    r"|no requirement (?:to have|for) (?:any )?(?:prior |previous )?experience (?:with|in)"
    r" (?:them|these|those)\b"
    # "We use Elixir, but no Elixir experience is needed"
    r"|no (?:prior |previous )?[\w.+#-]{1,30} experience (?:is )?(?:needed|required|necessary))"
    # "We use Golang, but it's not a requirement": the names the waiver itself holds
    r"|(?P<inside>\bwe use [^.;:]{1,60}, but (?:it['\u2019]?s|it is) not"
    r" (?:a requirement|required|necessary|needed)(?=\s?[.;]|$)"
    # "If you don't have production Elixir experience, that's ok!"
    r"|(?:^|(?<=[.!?] ))if you (?:don['\u2019]?t|do not) have (?:any |much )?[^.;:!?\d()]{1,40} experience,?"
    r" (?:that['\u2019]?s|it['\u2019]?s|it is) (?:ok|okay|fine|alright|no problem)\b)"
    # "We work mostly in Ruby, with some Scala and Go. However, languages can be learned"
    r"|(?:languages|frameworks|technologies) can (?:always )?be learned"
    # "Tech preference isn't important for the role, but our projects commonly utilize Python/NodeJS"
    r"|(?:tech|technology|stack|language) (?:preferences? )?"
    r"(?:isn['\u2019]?t|is not|doesn['\u2019]?t|does not) (?:important|matter)"
)

_WAIVER_NEEDLES = needles(_WAIVES_THE_STACK)  # most lines waive nothing: skip them at C speed


def _waived_on_the_line(waiver: re.Match[str], text: str, named: list[str], every: list[str]) -> list[str]:
    """The skills of the waiver's own line it waives: "we can teach you … our stack (Go, …)" what follows
    it; "Our stack is React, MobX. Experience in some of these … is not required" every one before it,
    asked or not; otherwise the line's stack (its context skills)."""
    low = text.lower()
    if waiver.group("inside"):
        held = {found.name for found in find_skills(text[waiver.start() : waiver.end()])}
        return [n for n in every if n in held]
    if _points_ahead(waiver):
        return [n for n in named if low.find(n.lower(), waiver.end()) >= 0]
    if _points_here(waiver) or waiver.group("those"):  # "… in C#/.Net, but specific experience here is not …"
        begin = max(low.rfind(". ", 0, waiver.start()), 0)  # not one named before too ("e.g. C#, Java. …")
        if waiver.group("those") and not find_skills(text[begin : waiver.start()]):
            begin = max(low.rfind(". ", 0, begin), 0)  # "… in Python and Go. …, but familiarity with those …"
        # by what the sentence names, however it spells it ("K8s", "Airflow"), and not before it
        sentence = {found.name for found in find_skills(text[begin : waiver.start()])}
        sentence -= {found.name for found in find_skills(text[:begin])}
        return [n for n in every if n in sentence]
    if _points_back(waiver):
        return [n for n in every if 0 <= low.find(n.lower()) < waiver.start()]
    return named


def _points_here(waiver: re.Match[str]) -> bool:
    """ "specific experience here is not required": a waiver of its own sentence's skills only; "We use
    Golang, but it's not a requirement": of the names inside it."""
    return waiver.group("here") is not None or waiver.group("inside") is not None


def _points_ahead(waiver: re.Match[str]) -> bool:
    """ "we can teach you … our stack (Go, …)", "willing to teach Elixir": a waiver of what follows it
    on its line, and of nothing named before."""
    return waiver.group("ahead") is not None


def _points_back(waiver: re.Match[str]) -> bool:
    """ "Experience in these … is not required", "languages can be learned": a waiver of the skills named
    just before it."""
    text = waiver.group(0)
    return (
        text.startswith(("experience", "familiarity"))
        or text.endswith("learned")
        or " need to have " in text
        or " need to know " in text
    )


def _read_heading_years(line: Line, mentions: Mentions) -> None:
    """Read a lead-in heading's figure into `mentions`: "**5+ years' experience in the following:**"
    over the asks. A field set as a heading ("**Experience : 8 to 12 Years**") stays unread, as before."""
    if line.is_first or not any(map(str.isdigit, line.text)) or _EXPERIENCE_FIELD.match(line.text):
        return
    if heading_kind(line.text) != Kind.REQUIRED:
        return
    _read_years(Clause(0, len(line.text), Kind.REQUIRED, line.text), True, mentions)


def is_content(line: Line) -> bool:
    """Whether a line is read for skills: not a heading, nor a location or company label."""
    return not (line.heading or line.label in ("location", "company"))


def heading_words(line: Line) -> tuple[str, ...]:
    """A heading line's lower-case words: the learned names' context (`learned`)."""
    return tuple(line.text.lower().split())


def content_lines(lines: list[Line]) -> Iterator[tuple[Line, tuple[str, ...]]]:
    """The lines `read_mentions` reads for skills, each with its section heading's words."""
    heading: tuple[str, ...] = ()
    for line in lines:
        if line.heading:
            heading = heading_words(line)
        if is_content(line):
            yield line, heading


def read_mentions(lines: list[Line]) -> Mentions:
    """Pass 3 over every content line: skills, concepts, years and a stated level."""
    mentions = Mentions(spelled_out=spelled_out_elsewhere("\n".join(line.text for line in lines)))
    stack: list[str] = []  # the skills the current section's context names so far
    above: list[str] = []  # and the whole posting's, for "any technologies mentioned above is a plus"
    read: list[ReadLine] = []  # each heading and content line with its skills, for `generic_cloud_terms`
    heading: tuple[str, ...] = ()
    for line in lines:
        if line.heading:
            stack = []
            heading = heading_words(line)
            _read_heading_years(line, mentions)
            read.append(ReadLine(line.text, [], heading=True))  # "AWS:" over its items
        # "Location: Noida | Full time | Minimum 2 years experience", "Berufserfahrung: mind. 2 Jahre"
        if line.label in ("location", "level"):
            _read_years(Clause(0, len(line.text), Kind.CONTEXT, line.text), True, mentions)
        if is_content(line):
            low = line.text.lower()
            waiver = _WAIVES_THE_STACK.search(low) if may_match(_WAIVER_NEEDLES, low) else None
            unasks = waiver is not None and (
                _points_back(waiver) or _points_here(waiver) or bool(waiver.group("those"))
            )
            asked_before = set(mentions.asked) if unasks else set()
            named, every = _read_line(line, mentions, heading)
            read.append(ReadLine(line.text, every))
            if waiver:
                this_line = _waived_on_the_line(waiver, line.text, named, every)
                whole_stack = not (_points_ahead(waiver) or _points_here(waiver) or waiver.group("those"))
                mentions.waived.update([*(stack if whole_stack else []), *this_line])
                if waiver.group("above"):
                    mentions.waived.update(above)
                # under the asks: "Experience in these … not required", "We use Go, but it's not …"
                if unasks:
                    mentions.asked -= set(this_line) - asked_before
            stack += named
            above += named
    title = next((line.text for line in lines if line.is_first), "")
    mentions.general_terms = generic_cloud_terms(read, title)
    return mentions


def parse_jd(text: str) -> JobRequirement:
    """Read a job posting into a `JobRequirement`.

    Input: the posting as pasted (HTML, markdown or plain text; at most `MAX_JD_CHARS` characters).
    Raises an `InvalidJobDescription` subclass for empty, too long or letterless text.
    """
    return parse_jd_reading(text)[0]


def parse_jd_reading(text: str) -> tuple[JobRequirement, str]:
    """`parse_jd`, and the plain text it read (`normalise`, place names capitalised), for what else is
    read from the same words: the parse stage's time-zone band and relocation terms."""
    check_jd_text(text)
    plain = capitalised_places(normalise(text))
    if not any(c.isalpha() for c in plain):
        raise JobDescriptionNotText()  # "<p> </p>": markup around no words
    return read_requirement(plain, posting_data(text)), plain


def read_requirement(plain: str, data: PostingData | None = None) -> JobRequirement:
    """Passes 2-4 on text that `normalise` already made plain; a page's JobPosting `data` (pass 0,
    `structured.posting_data`) fills the remote policy, locations and years the prose leaves unsaid."""
    lines = read_lines(plain, names_a_skill)
    title = read_title(lines, plain)
    mentions = read_mentions(lines)
    own = employer_names(lines, title.raw, title.title, board_company(lines))
    required = [s for s in mentions.required() if not is_own_product(s, own)]
    preferred = [s for s in mentions.preferred() if not is_own_product(s, own)]
    named = required + preferred
    required, preferred = without_bare_sap(required, named), without_bare_sap(preferred, named)
    required = [s for s in required if s not in mentions.general_terms]
    preferred = [s for s in preferred if s not in mentions.general_terms]
    seniority = _seniority(title.title, lines, mentions)
    remote, locations = where(lines, [title.raw], title.places)
    data = data or PostingData()
    years = mentions.min_years()
    stated = [p for p in locations if not names_the_employer(p, own)] or data.locations
    if not stated and (remote or data.remote) != "remote":
        stated = institution_city(_before_the_contact(lines))  # "Universität Münster": its city
    stated = placed_by_context(stated, plain)
    return JobRequirement(
        title=title.title[:200],
        seniority=seniority,
        min_years=data.min_years if years is None else years,
        required_skills=required,
        preferred_skills=preferred,
        alternatives=required_alternatives(mentions.alternatives, required, mentions.flat),
        locations=stated,
        remote=remote or data.remote,
        search=search_hints(required, preferred),
    )


# "Bewerbungen an", "How to apply", "Contact": the application's address, not where the hire works
_CONTACT_HEAD = re.compile(
    r"^(?:bewerbung\w*|how to apply|apply|application\w*|contact\w*|kontakt\w*|candidature\w*|postula\w*"
    r"|comment postuler)\b",
    re.IGNORECASE,
)


def _before_the_contact(lines: list[Line]) -> str:
    """The text of the posting's lines up to a heading on how to apply."""
    kept: list[str] = []
    for line in lines:
        if line.heading and _CONTACT_HEAD.match(line.text):
            break
        kept.append(line.text)
    return "\n".join(kept)


def required_alternatives(
    groups: list[tuple[str, ...]], required: list[str], flat: set[str]
) -> list[list[str]]:
    """The choices whose every member is a required skill that no required clause asks for on its own
    ("5+ years of Go" makes "Go or Python" elsewhere no choice), each once, in `required`'s order."""
    kept: dict[tuple[str, ...], None] = {}
    for group in groups:
        if all(name in required and name not in flat for name in group):
            kept[tuple(sorted(group, key=required.index))] = None
    return [list(group) for group in kept]


def blank_skills(text: str) -> str:
    """`text` with the skills it names blanked: "Adobe Experience Manager" names no manager."""
    for found in find_skills(text, in_title=True):
        text = text[: found.offset] + " " * (found.end - found.offset) + text[found.end :]
    return text


def _seniority(title: str, lines: list[Line], mentions: Mentions) -> Seniority | None:
    """The title's level word, else a labelled level, else one stated in prose (the role's part first, then
    the company's: "About us … looking for a Senior Back End Developer"). A job family's "Manager"
    ("Operations Manager") yields to a "Level: Intermediate bis Senior" field."""
    level = experience.title_seniority(blank_skills(title)) or experience.range_level(title)
    if level == "manager" and _LEVELLESS_MANAGER.search(title):
        return _labelled_level(lines)  # a job family, not a level (the labels: 29 of 33 bare product titles)
    if level == "manager" and experience.is_family_manager(title):
        return _labelled_level(lines) or level
    stated = _labelled_level(lines) or _stated_level(mentions)
    return level or _other_title_level(lines, title) or stated or _internship_subject(title, lines)


def _internship_subject(title: str, lines: list[Line]) -> Seniority | None:
    """ "intern" when the title names a subject, no role ("Génération procédurale de scénarios de jeux"),
    and the text says the posting is an internship ("Le stage est proposé …": `experience.own_internship`)."""
    if ROLE_WORD.search(title):
        return None
    content = (line.text for line in lines if line.kind != Kind.BOILERPLATE)
    return "intern" if any(map(experience.own_internship, content)) else None


def _stated_level(mentions: Mentions) -> Seniority | None:
    """A level stated in the role's prose, else in the company's ("About us … hiring a Senior …"),
    read only when nothing else gave one."""
    if mentions.level is not None:
        return mentions.level
    levels = (experience.stated_level(text) for text in mentions.company_clauses)
    return next((level for level in levels if level is not None), None)


_LEVELLESS_MANAGER = re.compile(
    r"\bproduct manager\b|\bresponsable (?:de |du )?produit\b|\bchef\W{0,2}(?:fe)? de produit\b"
    # the same for the families that own a thing, not people: "IT Service Manager", "Technical Account
    # Manager", "Application Manager", "Release Manager" (the labels: 9 of 9 without a level); "Program
    # Manager", "Project Manager" (4 of the 5 without a level word)
    r"|\b(?:success|technical account|service|application|workplace|controlling|release|program|project)"
    r" manager\b",
    re.IGNORECASE,
)
MAX_TITLE_FIELD_WORDS: Final = 8  # longer "title" values are sentences ("Reporting to the Platform Lead, …")


def _other_title_level(lines: list[Line], title: str) -> Seniority | None:
    """A level in a page's other title field: front matter's "title: Trackdéchets recrute un.e
    ingénieur.e données senior" beside the "roles:" field the title came from."""
    fields = [line.value for line in lines if line.label == "title" and line.value != title]
    others = (value for value in fields if 0 < len(value.split()) <= MAX_TITLE_FIELD_WORDS)
    return next((level for text in others if (level := experience.title_seniority(blank_skills(text)))), None)


def _labelled_level(lines: list[Line]) -> Seniority | None:
    """A level on a header field or a "Job type:"/"Level:" line anywhere: "· Semi Senior", "Job Type:
    Co-op", "● Seniority: Senior." under the requirements; a "category: internships" page is an intern's
    (a category of "Management" names the department, not a level)."""
    categories = [experience.title_seniority(line.value) for line in lines if line.label == "category"]
    if entry := next((level for level in categories if level in ("intern", "junior")), None):
        return entry
    return _first_line_level(lines) or _field_level(lines) or _experience_level(lines)


# Front matter's "experience: Senior Level", "experience: \"Mid Level\"": a level, where an "Experience:"
# field with a figure ("4+ years") gives the years instead.
_LEVEL_AS_EXPERIENCE = re.compile(r"^experience\s?:\s?[\"']?([^\d:\"']{3,30})[\"']?$", re.IGNORECASE)


def _experience_level(lines: list[Line]) -> Seniority | None:
    fields = (_LEVEL_AS_EXPERIENCE.match(line.text.strip()) for line in lines)
    return next((level for f in fields if f and (level := experience.title_seniority(f.group(1)))), None)


def _first_line_level(lines: list[Line]) -> Seniority | None:
    """A who-is-hiring line's level field: "Fox-IT | Embedded Developer | medior/senior | Delft"."""
    first = lines[0].text if lines and lines[0].is_first and "|" in lines[0].text else ""
    field = next((f for f in first.split("|") if experience.is_level(f)), None)
    return experience.title_seniority(field) if field else None


def _field_level(lines: list[Line]) -> Seniority | None:
    """A level on a short header line or on a "Level:" field anywhere."""
    for number, line in enumerate(lines[1:], start=1):
        value = line.value if line.label else line.text
        header = number < HEADER_LINES and not line.label and len(value.split()) <= 12
        if line.label == "level" or header:
            for field in value.split("·") if not line.label else [value]:
                level = (
                    experience.title_seniority(field) if line.label or experience.is_level(field) else None
                )
                if level is not None:
                    return level
    return None


def search_hints(required: list[str], preferred: list[str]) -> SearchHints:
    """GitHub linguist languages of all skills, then topics of required, then of preferred skills."""
    languages: dict[str, None] = {}
    topics: dict[str, None] = {}
    for name in [*required, *preferred]:
        skill = VOCABULARY.get(name)
        if skill is not None and skill.category == "language" and skill.linguist:
            languages[skill.linguist] = None
    for name in [*required, *preferred]:
        skill = VOCABULARY.get(name)
        if skill is not None and not (skill.category == "language" and skill.linguist):
            topics.update(dict.fromkeys(skill.topics))
    return SearchHints(languages=list(languages), topics=list(topics))

"""What a sourcer reads off a job requirement before searching: the role's core languages, the close
relatives they also accept, the key technologies the work is about, and the location policy.

Search planning (talent.github.plan) and ranking (talent.ranking) both start from this, so the people
searched for and the people ranked first are the same people.

The mappings below are sourcing knowledge, the product's own domain: which languages a technology's
work is written in (React -> TypeScript/JavaScript, Terraform -> HCL), and which languages a sourcer
accepts for one another (TypeScript and JavaScript, C and C++, Kotlin and Java for Android).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal

from talent.geo.policy import LocationPolicy, location_policy
from talent.jd.taxonomy import category_of, get_skill
from talent.models import JobRequirement

MAX_LANGUAGES: Final = 3
MAX_TECHNOLOGIES: Final = 3
MIN_FAMILY_SKILLS: Final = 2  # required skills of one family's kinds that name the family without a title

# Technology (lower-case canonical name) -> the GitHub languages its work is written in, most typical first.
ECOSYSTEMS: Final[dict[str, tuple[str, ...]]] = {
    "react": ("TypeScript", "JavaScript"),
    "next.js": ("TypeScript", "JavaScript"),
    "react native": ("TypeScript", "JavaScript"),
    "angular": ("TypeScript",),
    "vue.js": ("JavaScript", "TypeScript", "Vue"),
    "vue": ("JavaScript", "TypeScript", "Vue"),
    "node.js": ("TypeScript", "JavaScript"),
    "express": ("JavaScript", "TypeScript"),
    "nestjs": ("TypeScript",),
    "svelte": ("Svelte", "TypeScript", "JavaScript"),
    "electron": ("TypeScript", "JavaScript"),
    "django": ("Python",),
    "flask": ("Python",),
    "fastapi": ("Python",),
    "pytorch": ("Python", "Jupyter Notebook"),
    "tensorflow": ("Python", "Jupyter Notebook"),
    "jax": ("Python",),
    "pandas": ("Python", "Jupyter Notebook"),
    "scikit-learn": ("Python", "Jupyter Notebook"),
    "airflow": ("Python",),
    "apache airflow": ("Python",),
    "pyspark": ("Python",),
    "spark": ("Scala", "Python"),
    "apache spark": ("Scala", "Python"),
    "dbt": ("Python",),
    "spring": ("Java", "Kotlin"),
    "spring boot": ("Java", "Kotlin"),
    "hibernate": ("Java",),
    "android": ("Kotlin", "Java"),
    "jetpack compose": ("Kotlin",),
    "ios": ("Swift", "Objective-C"),
    "swiftui": ("Swift",),
    "uikit": ("Swift", "Objective-C"),
    "core data": ("Swift", "Objective-C"),
    "flutter": ("Dart",),
    "ruby on rails": ("Ruby",),
    "rails": ("Ruby",),
    "laravel": ("PHP",),
    "symfony": ("PHP",),
    ".net": ("C#",),
    "asp.net": ("C#",),
    "asp.net core": ("C#",),
    "unity": ("C#",),
    "unreal engine": ("C++",),
    "terraform": ("HCL",),
    "pulumi": ("TypeScript", "Go", "Python"),
    "ansible": ("Shell", "Python"),
    "embedded": ("C", "C++"),
    "rtos": ("C", "C++"),
    "freertos": ("C",),
    "zephyr": ("C",),
    "stm32": ("C", "C++"),
    "arduino": ("C++", "C"),
    "embedded linux": ("C",),
    "firmware": ("C", "C++"),
    "microcontrollers": ("C", "C++"),
    "phoenix": ("Elixir",),
    "gin": ("Go",),
    "grpc": ("Go",),
    "tokio": ("Rust",),
}
# A language -> the languages a sourcer accepts in its place, with less weight.
RELATIVES: Final[dict[str, tuple[str, ...]]] = {
    "TypeScript": ("JavaScript",),
    "JavaScript": ("TypeScript",),
    "C": ("C++",),
    "C++": ("C",),
    "Kotlin": ("Java",),
    "Java": ("Kotlin",),
    "Swift": ("Objective-C",),
    "Objective-C": ("Swift",),
    "Python": ("Jupyter Notebook",),
    "Jupyter Notebook": ("Python",),
    "Scala": ("Java",),
    "Vue": ("JavaScript",),
}
# Named everywhere, so they say little about who fits a role (still scored as skills, never key ones).
UBIQUITOUS: Final = frozenset(
    {"git", "github", "gitlab", "jira", "linux", "unix", "bash", "html", "css", "json", "rest", "rest api",
     "sql", "docker", "agile", "scrum", "confluence", "slack", "yaml", "http", "english", "aws", "azure",
     "google cloud", "gcp",
     # office and meeting suites: every desk job names them, and on GitHub they find the people who
     # write add-ins for them, not those who use them ("Office Manager: Excel, Outlook" searched topic:excel)
     "microsoft office", "microsoft 365", "excel", "microsoft outlook", "microsoft word",
     "microsoft powerpoint", "microsoft visio", "microsoft onenote", "microsoft teams", "zoom",
     "google workspace", "google sheets", "google docs", "google slides", "libreoffice", "apache openoffice"}
)  # fmt: skip


def linguist_of(skill_name: str) -> str | None:
    """The GitHub language a skill is, if it is one ("Golang" -> "Go")."""
    skill = get_skill(skill_name)
    return skill.linguist if skill is not None and skill.category == "language" else None


_LINGUIST_NAMES: Final = Path(__file__).with_name("jd") / "linguist.txt"  # from npm linguist-languages


@functools.cache
def _linguist_names() -> Mapping[str, str]:
    """Every GitHub Linguist language name, by its lower case."""
    lines = _LINGUIST_NAMES.read_text(encoding="utf-8").splitlines()
    return {line.lower(): line for line in map(str.strip, lines) if line and not line.startswith("#")}


@functools.cache
def languages_of(skill_name: str) -> tuple[str, ...]:
    """The GitHub languages whose code shows a language skill, its own first, then the dialects its
    taxonomy row spells it by: SQL -> (SQL, PLSQL, PLpgSQL, TSQL), as its aliases "plsql", "tsql" and topic
    "plpgsql" are Linguist's names; Verilog -> (Verilog, SystemVerilog). () for a skill that is no
    language. A trial's data engineers had 10% PL/pgSQL and "SQL" missing."""
    own = linguist_of(skill_name)
    skill = get_skill(skill_name)
    if own is None or skill is None:
        return ()
    names = _linguist_names()
    dialects = (names[spelling] for spelling in (*skill.aliases, *skill.topics) if spelling in names)
    return tuple(dict.fromkeys([own, *dialects]))


def topics_of(skill_name: str) -> tuple[str, ...]:
    """GitHub topic slugs that show a skill, its own slug first."""
    skill = get_skill(skill_name)
    slug = (
        re.sub(r"[^a-z0-9+#.-]+", "-", skill_name.lower()).strip("-").replace("+", "p").replace("#", "sharp")
    )
    own = skill.topics if skill is not None else ()
    return tuple(dict.fromkeys([*own, slug.replace(".", "")]))


# A cloud platform's services are named after it ("Amazon EKS", "AWS Lambda", "Azure Functions", "Google
# Cloud SQL"): work with one is work on the platform (a trial's candidate had EKS, RDS and IAM matched and
# "AWS" missing). Only services of these kinds: "Google Play" is no Google Cloud work.
_PLATFORM_PREFIXES: Final[dict[str, tuple[str, ...]]] = {
    "AWS": ("AWS ", "Amazon "),
    "Azure": ("Azure ",),
    "Google Cloud": ("Google Cloud ", "Google Kubernetes", "Google Pub/Sub"),
}
_SERVICE_KINDS: Final = frozenset({"cloud", "database", "data", "devops", "ml"})


@functools.cache
def services_of(platform: str) -> tuple[str, ...]:
    """The vocabulary's services of a cloud platform (canonical names), or () for any other skill."""
    from talent.jd.taxonomy import SKILLS

    prefixes = _PLATFORM_PREFIXES.get(platform, ())
    return tuple(
        name
        for name, skill in SKILLS.items()
        if prefixes and name.startswith(prefixes) and skill.category in _SERVICE_KINDS
    )


@dataclass(frozen=True, slots=True)
class Family:
    """A kind of role, recognised by words in its title."""

    name: str
    title_words: tuple[str, ...]
    categories: tuple[str, ...]  # taxonomy categories of its key technologies, most telling first
    led_by: Literal["language", "technology"]  # what defines the work: the code, or the technologies
    signature: tuple[str, ...] = ()  # GitHub topics a sourcer searches for the family's work at large


# Technology-led roles are defined by what they run (Kubernetes, Airflow, RTOS); the languages are
# tools. Language-led ones by the code they write. Order matters: the first family whose words
# appear in the title wins ("ML Platform Engineer" is ML).
FAMILIES: Final = (
    Family("ml", ("machine learning", "ml ", "mlops", "deep learning", "data scientist", "ai engineer",
                  "computer vision", "nlp", "pytorch", "genai"), ("ml", "data"), "technology",
           ("machine-learning", "deep-learning", "pytorch")),
    Family("data", ("data engineer", "analytics engineer", "etl", "data platform", "big data"),
           ("data", "database"), "technology", ("data-engineering", "etl", "pandas")),
    Family("devops", ("devops", "sre", "site reliability", "platform", "infrastructure", "cloud",
                      "kubernetes"), ("devops", "cloud"), "technology",
           ("devops", "kubernetes", "terraform")),
    Family("embedded", ("embedded", "firmware", "hardware", "iot", "robotics"), ("embedded",),
           "technology", ("embedded", "firmware", "microcontroller")),
    Family("mobile", ("android", "ios", "mobile"), ("mobile",), "language"),
    Family("frontend", ("frontend", "front-end", "front end", "ui engineer", "web developer"),
           ("frontend",), "language"),
    Family("backend", ("backend", "back-end", "back end", "api", "server"),
           ("framework", "database"), "language"),
)  # fmt: skip
GENERAL: Final = Family("general", (), ("framework", "frontend", "mobile", "data", "ml"), "language")
# Categories that rarely tell people apart: named in most postings of a family, not the work itself.
_WEAK_CATEGORIES: Final = frozenset({"concept", "tool", "testing", "cloud"})


def family_topics(role: RoleProfile) -> frozenset[str]:
    """GitHub topics of every technology of the role family's kinds (embedded: stm32, freertos,
    arduino...): a repository tagged with one shows the family's work even when not the exact
    technology named. A role of no known family takes the kinds of its key technologies only (a
    Django role: web frameworks and databases), so a PyTorch repository says nothing about it."""
    from talent.jd.taxonomy import SKILLS

    kinds = role.family.categories
    if role.family is GENERAL:
        kinds = tuple(dict.fromkeys(_category(t) for t in role.technologies))
    wanted = set(kinds) - _WEAK_CATEGORIES
    return frozenset(t for skill in SKILLS.values() if skill.category in wanted for t in skill.topics)


# Title words that often name the product or the team rather than the work ("Backend Engineer, Cloud
# Billing"): they count after every other family's words ("Frontend Platform Engineer" is frontend,
# "API Platform Engineer" DevOps as before); alone they name their family ("Platform Engineer",
# "Server-side Developer").
_CONTEXT_TITLE_WORDS: Final = frozenset({"platform", "infrastructure", "cloud", "api", "server"})
# Where a title's parts meet: "Senior Backend Engineer (Go) - Payments Platform", "Platform Engineer,
# Mobile Payments", "Ingeniero Cloud - Servicios Financieros"
_TITLE_PARTS = re.compile(r"\s[-\u2013\u2014|]\s|[,;:()\[\]|]")  # not "/": "iOS/Backend Engineer" names both


def _names_family(lowered: str, family: Family, context: bool) -> bool:
    """Whether `lowered` (words between single spaces) holds one of the family's title words where a word
    starts ("SREs", "Data Engineering", "Backendentwickler"; not the "ios" of "Servicios"): its context
    words (`_CONTEXT_TITLE_WORDS`) when `context`, else the others."""
    words = (w for w in family.title_words if (w.strip() in _CONTEXT_TITLE_WORDS) == context)
    return any(f" {' '.join(re.findall(r'[\w+#]+', word))}" in lowered for word in words)


def family_of(title: str, skills: Sequence[str] = ()) -> Family:
    """The family the title names: first in the part that names the role ("Senior Backend Engineer" of
    "Senior Backend Engineer (Go) - Payments Platform"), then anywhere in it, each time its family words
    before `_CONTEXT_TITLE_WORDS`, each where a word starts ("Servicios" holds no "ios"); else the family most
    of the skills belong to (at least 2); else general."""
    role_part = next((part for part in _TITLE_PARTS.split(title) if _ENGINEERING_TITLE.search(part)), "")
    for text in (role_part, title):
        lowered = f" {' '.join(re.findall(r'[\w+#]+', text.lower()))} "
        for context in (False, True):
            named = next((f for f in FAMILIES if _names_family(lowered, f, context)), None)
            if named is not None:
                return named
    categories = [c for s in skills if (c := _category(s)) != "concept"]
    counts = [(categories.count(f.categories[0]), -i, f) for i, f in enumerate(FAMILIES)]
    best, _, family = max(counts, key=lambda entry: entry[:2])
    # Most of a posting's skills must agree: a few data tools in a long list do not make a data role.
    return family if best >= MIN_FAMILY_SKILLS and best * 3 >= len(categories) else GENERAL


def _title_words(title: str) -> str:
    return " " + " ".join(re.sub(r"[/,&()|\[\]:]+", " ", title.lower()).split()) + " "


def _in_title(title: str, skills: list[str]) -> list[str]:
    """Skills whose name or a spelling of it appears in the title, in title order."""
    lowered = _title_words(title)
    positions = []
    for name in skills:
        skill = get_skill(name)
        spellings = {name.lower(), *(skill.aliases if skill else ())}
        found = [lowered.find(f" {s} ") for s in spellings if f" {s} " in lowered]
        if found:
            positions.append((min(found), name))
    return [name for _, name in sorted(positions)]


def is_concept(name: str) -> bool:
    """A practice or idea (CI/CD, microservices, automated testing), not a named technology: never a
    skill to search for, score or cite, whatever a posting's parse says."""
    return _category(name) == "concept"


def _category(name: str) -> str:
    return category_of(name) or "unknown"


def _key_technologies(important: list[str], family: Family, in_title: list[str]) -> list[str]:
    """Non-language skills that define the work: named in the title, then of the family's kinds, then
    the rest; never concepts or what every posting names, and tools or clouds only for a role of no
    known family (an IDE says nothing about an embedded engineer)."""
    candidates = [
        s for s in important
        if not linguist_of(s) and s.lower() not in UBIQUITOUS and _category(s) != "concept"
    ]  # fmt: skip
    kinds = [c for c in family.categories if c not in _WEAK_CATEGORIES]

    def priority(name: str) -> int:
        category = _category(name)
        if name in in_title:
            return 0
        return 1 + kinds.index(category) if category in kinds else len(kinds) + 1

    strong = [s for s in candidates if s in in_title or _category(s) not in _WEAK_CATEGORIES]
    chosen = strong or (candidates if family is GENERAL else [])
    return sorted(chosen, key=priority)  # stable: the posting's order within a priority


@dataclass(frozen=True)
class RoleProfile:
    """The role as a sourcer reads it. Every tuple is in order of importance."""

    languages: tuple[str, ...]  # GitHub language names the main work is in (searched first)
    accepted: tuple[str, ...]  # languages scored as core: `languages`, and for a technology-led role
    # every other language the posting requires (its languages are tools: any of them will do)
    relatives: tuple[str, ...]  # languages accepted in their place
    technologies: tuple[str, ...]  # canonical names of the key non-language skills
    important: tuple[str, ...]  # every required skill, title ones first
    family: Family
    policy: LocationPolicy
    # The title names an engineering role ("Machine Learning Engineer", not "Platform Marketing Manager"
    # or "Hardware Store Sales Associate"): a posting naming no technology is still searched by its family
    engineering: bool = False
    # The posting asks for one of `accepted` by name, as a required skill or in the title (not only as a
    # plus, nor only through its technologies' ecosystems)
    languages_asked: bool = False

    @property
    def core(self) -> tuple[str, ...]:
        """What a candidate must show some evidence of to be in the running: languages and technologies."""
        return (*self.languages, *self.technologies)

    @property
    def gate_technologies(self) -> tuple[str, ...]:
        """The key technologies whose evidence alone passes the core-skills gate. For a role defined by
        what it runs (Kubernetes, Airflow), every one. For a role defined by its code (`Family.led_by`,
        "language"), those written in a language (`ECOSYSTEMS`: Django, Spring Boot, Rails), not those
        any language uses (PostgreSQL, Redis, Kafka): a TypeScript developer's PostgreSQL repositories
        say nothing of a Django role. When the posting asks for languages by name (`languages_asked`),
        only those written in one of them or their relatives (Spring Boot for a Java role). A role whose
        technologies are all of the second kind ("PostgreSQL, Kafka; nice to have: Java") gates on them."""
        if self.family.led_by == "technology":
            return self.technologies
        bound = {t: set(ECOSYSTEMS.get(t.lower(), ())) for t in self.technologies}
        if self.languages_asked:
            languages = {*self.accepted, *self.relatives}
            return tuple(t for t, written_in in bound.items() if written_in & languages)
        return tuple(t for t, written_in in bound.items() if written_in) or self.technologies


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_ENGINEERING_TITLE = re.compile(
    r"\b(?:engineer|developer|programmer|architect|scientist|sre|devops|mlops|entwickler|ingénieur|ingenieur"
    r"|ingeniero|ingeniera|développeu|desarrollador)",
    re.IGNORECASE,
)


def _language_words(title: str) -> set[str]:
    lowered = _title_words(title)
    return {*lowered.split(), *lowered.replace("-", " ").split()}  # "Python-Entwickler:in"


def _titled_languages(title: str, important: list[str]) -> list[str]:
    """Languages the title names, and those of technologies it names ("Android" -> Kotlin, Java).

    A language the role is named after ("Scala Engineer (Spark)", "Go Engineer (Terraform providers)",
    "PHP Developer (Laravel, Vue)") decides alone; where languages are only listed in a bracket
    ("Full-Stack Developer (Python/React)", "DevOps Engineer (Python, Terraform)") the bracket's
    technologies add their languages too, but for one written in a language already named (Spark for
    Python)."""
    words = _language_words(title)
    named = [lang for s in important if (lang := linguist_of(s)) and lang.lower() in words]
    outside = _language_words(_BRACKETED.sub(" ", title))
    if any(lang.lower() in outside for lang in named):
        return named
    ecosystems = [ECOSYSTEMS.get(s.lower(), ()) for s in _in_title(title, important)]
    return named + [lang for langs in ecosystems if not set(langs) & set(named) for lang in langs]


def _languages(
    important: list[str], technologies: list[str], family: Family, requirement: JobRequirement
) -> tuple[str, ...]:
    """The core languages, most important first.

    The title decides when it names any ("Senior Go Engineer", "Senior Android Engineer"), whatever
    else the posting lists (an iOS team it works with, a scripting language). Otherwise a
    technology-led role's languages are those its technologies are written in (Terraform: HCL)
    before the scripting languages it also names; a language-led role's are the ones it names, then
    those of its key technologies; with none at all, parse_jd's hints and the preferred ones.
    """
    languages = _titled_languages(requirement.title, important)
    if not languages:
        named = [lang for s in important if (lang := linguist_of(s))]
        if family.led_by == "technology":
            sources = [s for s in important if not linguist_of(s)]
            languages = _ecosystem_languages(sources, requirement.preferred_skills, named)
        else:
            languages = named + [lang for t in technologies for lang in ECOSYSTEMS.get(t.lower(), ())]
    if not languages:
        languages = list(requirement.search.languages)
        languages += [lang for s in requirement.preferred_skills if (lang := linguist_of(s))]
    return tuple(dict.fromkeys(languages))[:MAX_LANGUAGES]


def _ecosystem_languages(technologies: list[str], preferred: list[str], named: list[str]) -> list[str]:
    """A technology-led role's languages: those its technologies are written in, the one most of them
    share first (Spark, Airflow and dbt: Python before Scala), then the languages it names. An ecosystem
    language the posting lists only as a plus is none ("Python … Bonus: Scala": Scala or Java code alone
    does not pass the gate; Scala still scores as a preferred skill)."""
    ecosystem = [lang for t in technologies for lang in ECOSYSTEMS.get(t.lower(), ())]
    only_a_plus = {lang for s in preferred if (lang := linguist_of(s))} - set(named)
    shared = sorted(dict.fromkeys(ecosystem), key=ecosystem.count, reverse=True)  # stable: ties keep order
    return [lang for lang in shared if lang not in only_a_plus] + named


type Choices = Mapping[str, tuple[str, ...]]


def choices(requirement: JobRequirement) -> Choices:
    """Each member of a choice the posting offers (`JobRequirement.alternatives`), to its group."""
    return MappingProxyType({name: tuple(group) for group in requirement.alternatives for name in group})


def _in_slots(technologies: list[str], group_of: Choices) -> list[str]:
    """The first MAX_TECHNOLOGIES key technologies, where a choice the posting offers ("Django, Flask or
    FastAPI") takes one place: any one of them meets it, so it must not crowd out the others."""
    kept: list[str] = []
    places: set[tuple[str, ...]] = set()
    for name in technologies:
        place = group_of.get(name, (name,))
        if place not in places and len(places) == MAX_TECHNOLOGIES:
            continue
        places.add(place)
        kept.append(name)
    return kept


def role_profile(requirement: JobRequirement) -> RoleProfile:
    """Read the role: its family (from the title), key technologies, core languages, close relatives
    and location policy."""
    required = list(dict.fromkeys(requirement.required_skills))
    in_title = _in_title(requirement.title, required)
    important = list(dict.fromkeys([*in_title, *required]))
    family = family_of(requirement.title, required)
    technologies = _in_slots(_key_technologies(important, family, in_title), choices(requirement))
    core = _languages(important, technologies, family, requirement)
    accepted = core
    if family.led_by == "technology" and not _titled_languages(requirement.title, important):
        accepted = tuple(dict.fromkeys([*core, *(lang for s in important if (lang := linguist_of(s)))]))
    relatives = tuple(
        dict.fromkeys(r for lang in accepted for r in RELATIVES.get(lang, ()) if r not in accepted)
    )
    return RoleProfile(
        languages=core,
        accepted=accepted,
        relatives=relatives,
        technologies=tuple(technologies),
        important=tuple(important),
        family=family,
        policy=location_policy(requirement),
        engineering=_ENGINEERING_TITLE.search(requirement.title) is not None,
        languages_asked=any(linguist_of(skill) in accepted for skill in important),
    )

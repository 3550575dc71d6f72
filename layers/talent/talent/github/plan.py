"""A search plan: which GitHub searches to run for a role, in which order, and when to stop.

Planned the way a sourcer works, from the role profile (talent.roles):

1. core: users whose repositories are in a core language (in the role's city when it is onsite or
   hybrid), and owners of recently pushed repositories tagged with a key technology;
2. domain (technology-led roles): owners of recent repositories in a core language (any, when the
   posting names none) tagged with the family's own topics (`data-engineering`, `etl`, `pandas` for a
   data role), whatever exact technologies the posting names: people who do the work with other tools;
3. relatives: users of the close relatives (JavaScript for TypeScript, C for C++, Java for Kotlin);
4. without location: step 1's user searches anywhere (only when step 1 had a location);
5. broader: the same languages without the "at least 3 repositories" qualifier, and repositories that
   name a key technology in their name or description.

The search runs the steps in order and stops once it has enough people; each step it ran is recorded
in the result's metadata. No followers floor: a strong developer with one follower must be findable.
No query without a language or a technology in it: a location alone finds anybody.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

from talent.github.queries import MIN_REPOS, checked, clean, qualifier
from talent.roles import RoleProfile, topics_of

MAX_CITIES: Final = 2
RECENT_DAYS: Final = 730  # repositories pushed within two years: people still doing the work

SearchKind = Literal["users", "repositories"]


@dataclass(frozen=True, slots=True)
class PlannedSearch:
    kind: SearchKind
    query: str
    reason: str  # why this search, in a recruiter's words


@dataclass(frozen=True, slots=True)
class PlannedStep:
    name: str  # core | domain | relatives | without location | broader
    searches: tuple[PlannedSearch, ...]


def _users(language: str, city: str | None, *, min_repos: bool = True) -> PlannedSearch:
    parts = ["type:user", qualifier("language", clean(language, 40))]
    if min_repos:
        parts.insert(1, f"repos:>={MIN_REPOS}")
    where = f" in {city}" if city else ""
    if city:
        parts.append(qualifier("location", clean(city, 48)))
    return PlannedSearch("users", checked(" ".join(parts)), f"{language} developers{where}")


def _key_topic(technology: str) -> str:
    return clean(next(iter(topics_of(technology)), ""), 50)


def _tagged(technology: str, since: date) -> PlannedSearch | None:
    topic = _key_topic(technology)
    return _topic_search(topic, None, since) if topic else None


def _topic_search(topic: str, language: str | None, since: date) -> PlannedSearch:
    written = f" {qualifier('language', clean(language, 40))}" if language else ""
    query = f"{qualifier('topic', topic)}{written} fork:false pushed:>{since.isoformat()} sort:updated"
    in_language = f" in {language}" if language else ""
    return PlannedSearch(
        "repositories", checked(query), f"owners of recent repositories tagged {topic}{in_language}"
    )


def _domain(profile: RoleProfile, since: date) -> list[PlannedSearch]:
    """The family's own topics in the first core language (in any language when the posting names none
    and its title is an engineering role: "Machine Learning Engineer … deep learning, NLP"), those the
    core step did not search."""
    if profile.family.led_by != "technology":
        return []
    language = next(iter(profile.languages), None)
    if language is None and not profile.engineering:
        return []  # "Platform Marketing Manager", "Robotics Teacher": no developer to search for
    searched = {_key_topic(t) for t in profile.technologies}
    topics = [t for t in profile.family.signature if t not in searched]
    return [_topic_search(topic, language, since) for topic in topics]


def _described(technology: str, since: date) -> PlannedSearch | None:
    words = clean(technology, 40)
    if not words:
        return None
    phrase = words if " " not in words else f'"{words}"'
    query = f"{phrase} in:name,description fork:false pushed:>{since.isoformat()} sort:updated"
    return PlannedSearch("repositories", checked(query), f"owners of recent repositories about {technology}")


def _cities(profile: RoleProfile) -> list[str]:
    if profile.policy.kind != "city":
        return []
    return list(dict.fromkeys(c.city for c in profile.policy.cities if c.city))[:MAX_CITIES]


def plan_search(profile: RoleProfile, *, today: date) -> list[PlannedStep]:
    """The steps to run, in order; empty when the role names no language and no technology."""
    since = today - timedelta(days=RECENT_DAYS)
    cities: list[str | None] = [*_cities(profile)] or [None]
    core = [_users(lang, city) for city in cities for lang in profile.languages]
    tagged = [s for t in profile.technologies if (s := _tagged(t, since))]
    steps = [
        PlannedStep("core", (*core, *tagged)),
        PlannedStep("domain", tuple(_domain(profile, since))),
    ]
    if profile.relatives:
        steps.append(PlannedStep("relatives", tuple(_users(r, c) for c in cities for r in profile.relatives)))
    if cities != [None]:
        anywhere = [_users(lang, None) for lang in (*profile.languages, *profile.relatives)]
        steps.append(PlannedStep("without location", tuple(anywhere)))
    broader = [_users(lang, None, min_repos=False) for lang in profile.languages]
    broader += [s for t in profile.technologies if (s := _described(t, since))]
    steps.append(PlannedStep("broader", tuple(broader)))
    return [step for step in steps if step.searches]

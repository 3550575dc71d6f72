"""Search query text (REST user search) and GraphQL documents the client sends.

Every string GitHub will see is built here, so tests can check all of them against GitHub's limits
(≤ 256 characters, ≤ 5 AND/OR/NOT) and its published GraphQL schema.
"""

from __future__ import annotations

import math
import re
from datetime import date

from talent.jd.taxonomy import get_skill
from talent.models import JobRequirement

MAX_QUERY_CHARS = 256
MAX_OPERATORS = 5
SEARCH_RESULT_CAP = 1000  # GitHub serves at most this many results per search query
PER_PAGE = 100
MAX_LANGUAGE_QUERIES = 3
MAX_LOCATION_QUERIES = 3
MAX_BASE_QUERIES = 6
MAX_CREATED_SLICES = 8
OVERFETCH = 1.5  # merged queries overlap, so ask for a bit more than wanted
FIRST_ACCOUNT_DAY = date(2008, 1, 1)  # GitHub opened in 2008: no account is older

_OPERATOR = re.compile(r"\b(AND|OR|NOT)\b")
_UNSAFE = re.compile(r'["\\:\x00-\x1f\x7f]+')

# Followers floor per seniority: a weak but cheap filter against empty or throwaway accounts.
_MIN_FOLLOWERS = {"mid": 2, "senior": 5, "lead": 5, "manager": 5, "staff": 10, "principal": 20}
MIN_REPOS = 3  # fewer public repos leave nothing for ranking to judge

ENRICH_USERS_QUERY = """
query EnrichUsers($ids: [ID!]!, $repos: Int!) {
  nodes(ids: $ids) {
    ... on User {
      login
      name
      url
      location
      bio
      createdAt
      followers {
        totalCount
      }
      repositories(
        first: $repos
        ownerAffiliations: [OWNER]
        isFork: false
        orderBy: {field: STARGAZERS, direction: DESC}
      ) {
        nodes {
          name
          description
          url
          stargazerCount
          pushedAt
          isFork
          primaryLanguage {
            name
          }
          repositoryTopics(first: 5) {
            nodes {
              topic {
                name
              }
            }
          }
          languages(first: 5, orderBy: {field: SIZE, direction: DESC}) {
            edges {
              size
              node {
                name
              }
            }
          }
        }
      }
    }
  }
  rateLimit {
    cost
    remaining
    resetAt
  }
}
"""

# Every GraphQL document the client can send; tests validate each against GitHub's schema.
GRAPHQL_QUERIES: dict[str, str] = {"EnrichUsers": ENRICH_USERS_QUERY}


def estimate_enrich_cost(users: int, repos_per_user: int) -> int:
    """GitHub's point cost of one EnrichUsers call, computed the way GitHub documents it.

    Each connection costs one request per parent object (followers and repositories per user,
    topics and languages per repository); the sum is divided by 100 and rounded, minimum 1.
    """
    requests = users * 2 + users * repos_per_user * 2
    return max(1, math.floor(requests / 100 + 0.5))


def count_operators(query: str) -> int:
    return len(_OPERATOR.findall(query))


def _clean(value: str, limit: int) -> str:
    """A value safe inside a quoted qualifier: no quotes, colons or control characters."""
    text = _UNSAFE.sub(" ", value)
    text = _OPERATOR.sub(lambda m: m.group(0).lower(), text)  # keep the operator count at zero
    return " ".join(text.split())[:limit].strip()


_BARE = re.compile(r"[A-Za-z0-9_.-]+")


def _qualifier(name: str, value: str) -> str:
    """`name:value`, quoted unless the value is a plain word ("Jupyter Notebook", "C#", "São Paulo")."""
    return f"{name}:{value}" if _BARE.fullmatch(value) else f'{name}:"{value}"'


def search_languages(requirement: JobRequirement) -> list[str]:
    """Linguist languages to search by: the hints, else languages among the required skills."""
    names = list(requirement.search.languages)
    if not names:
        for skill_name in requirement.required_skills:
            skill = get_skill(skill_name)
            if skill is not None and skill.linguist:
                names.append(skill.linguist)
    seen: dict[str, str] = {}
    for name in names:
        cleaned = _clean(name, 40)
        if cleaned and cleaned.lower() not in seen:
            seen[cleaned.lower()] = cleaned
    return list(seen.values())[:MAX_LANGUAGE_QUERIES]


def search_locations(requirement: JobRequirement) -> list[str]:
    """Place names to search by; none for remote roles. "Berlin, Germany" searches "Berlin".

    Users write their location freely ("Berlin", "Berlin, DE"), so the first part of the place
    matches more of them than the full phrase.
    """
    if requirement.remote == "remote":
        return []
    seen: dict[str, str] = {}
    for place in requirement.locations:
        cleaned = _clean(place.split(",")[0], 48)
        if cleaned and cleaned.lower() not in seen and cleaned.lower() != "remote":
            seen[cleaned.lower()] = cleaned
    return list(seen.values())[:MAX_LOCATION_QUERIES]


def created_ranges(slices: int, today: date) -> list[str]:
    """`created:` values that split 2008..today into `slices` contiguous, non-overlapping ranges."""
    span = (today - FIRST_ACCOUNT_DAY).days
    bounds = [FIRST_ACCOUNT_DAY.toordinal() + span * i // slices for i in range(slices + 1)]
    ranges = []
    for i in range(slices):
        start = date.fromordinal(bounds[i] + (1 if i else 0))
        end = date.fromordinal(bounds[i + 1])
        last = i == slices - 1  # open-ended, so accounts created "today" in any timezone still count
        ranges.append(f">={start.isoformat()}" if last else f"{start.isoformat()}..{end.isoformat()}")
    return ranges


def build_queries(requirement: JobRequirement, *, wanted: int = 50, today: date | None = None) -> list[str]:
    """User-search queries for a requirement: one per (location, language), split by `created:`
    ranges when one query's 1,000-result cap cannot hold what is wanted."""
    languages: list[str | None] = [*search_languages(requirement)] or [None]
    locations: list[str | None] = [*search_locations(requirement)] or [None]
    common = ["type:user", f"repos:>={MIN_REPOS}"]
    min_followers = _MIN_FOLLOWERS.get(requirement.seniority or "", 0)
    if min_followers:
        common.append(f"followers:>={min_followers}")

    base: list[str] = []
    # Location-major order, so capping drops the last locations, never a language.
    for location in locations:
        for language in languages:
            parts = list(common)
            if language:
                parts.append(_qualifier("language", language))
            if location:
                parts.append(_qualifier("location", location))
            base.append(" ".join(parts))
    base = base[:MAX_BASE_QUERIES]

    per_query = math.ceil(max(wanted, 1) * OVERFETCH / len(base))
    if per_query <= SEARCH_RESULT_CAP:
        queries = base
    else:
        # Signups are uneven over time, so use twice the slices the cap alone would need.
        slices = min(MAX_CREATED_SLICES, 2 * math.ceil(per_query / SEARCH_RESULT_CAP))
        ranges = created_ranges(slices, today or date.today())
        queries = [f"{q} created:{r}" for q in base for r in ranges]
    for query in queries:
        # The cleaning limits above keep every query far below both limits; fail loudly if not.
        if len(query) > MAX_QUERY_CHARS or count_operators(query) > MAX_OPERATORS:
            raise ValueError(f"search query exceeds GitHub's limits: {query!r}")
    return queries

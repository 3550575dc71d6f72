"""Search query text and the GraphQL documents the client sends.

Every string GitHub will see is built here, so tests can check all of them against GitHub's limits
(<= 256 characters, <= 5 AND/OR/NOT) and its published GraphQL schema.

Enrichment reads a user's whole public work cheaply: up to 100 own, non-fork repositories with their
primary language and disk usage (fields, not connections: 1 request per user), plus topics for the 10
most recently pushed ones (10 requests per user). A batch of 100 users costs about 13 points, 0.13
per candidate; per-repository language lists would cost 100 requests per user.
"""

from __future__ import annotations

import math
import re
from typing import Final

MAX_QUERY_CHARS: Final = 256
MAX_OPERATORS: Final = 5
SEARCH_RESULT_CAP: Final = 1000  # GitHub serves at most this many results per search query
PER_PAGE: Final = 100
MAX_IDS_PER_CALL: Final = 100  # nodes(ids:) takes at most 100 ids
REPOS_PER_USER: Final = 100  # the most GitHub serves in one page of a connection
TOPIC_REPOS_PER_USER: Final = 10
TOPICS_PER_REPO: Final = 5
MIN_REPOS: Final = 3  # fewer public repos leave nothing for ranking to judge

_OPERATOR = re.compile(r"\b(AND|OR|NOT)\b")
_UNSAFE = re.compile(r'["\\:\x00-\x1f\x7f]+')
_BARE = re.compile(r"[A-Za-z0-9_.-]+")

_REPOSITORY_FIELDS = """
          name
          description
          url
          stargazerCount
          pushedAt
          diskUsage
          isFork
          primaryLanguage {
            name
          }"""

ENRICH_USERS_QUERY = f"""
query EnrichUsers($ids: [ID!]!) {{
  nodes(ids: $ids) {{
    ... on User {{
      login
      name
      url
      location
      bio
      createdAt
      followers {{
        totalCount
      }}
      repositories(
        first: {REPOS_PER_USER}
        ownerAffiliations: [OWNER]
        isFork: false
        orderBy: {{field: PUSHED_AT, direction: DESC}}
      ) {{
        totalCount
        nodes {{{_REPOSITORY_FIELDS}
        }}
      }}
      recent: repositories(
        first: {TOPIC_REPOS_PER_USER}
        ownerAffiliations: [OWNER]
        isFork: false
        orderBy: {{field: PUSHED_AT, direction: DESC}}
      ) {{
        nodes {{
          name
          repositoryTopics(first: {TOPICS_PER_REPO}) {{
            nodes {{
              topic {{
                name
              }}
            }}
          }}
        }}
      }}
    }}
  }}
  rateLimit {{
    cost
    remaining
    resetAt
  }}
}}
"""

# Owners of repositories matching a topic or words: developers whose own work shows a technology.
FIND_REPOSITORIES_QUERY = f"""
query FindRepositories($q: String!) {{
  search(query: $q, type: REPOSITORY, first: {PER_PAGE}) {{
    repositoryCount
    nodes {{
      ... on Repository {{
        name
        owner {{
          __typename
          id
          login
        }}
        repositoryTopics(first: {TOPICS_PER_REPO}) {{
          nodes {{
            topic {{
              name
            }}
          }}
        }}
      }}
    }}
  }}
  rateLimit {{
    cost
    remaining
    resetAt
  }}
}}
"""

# Every GraphQL document the client can send; tests validate each against GitHub's schema.
GRAPHQL_QUERIES: dict[str, str] = {
    "EnrichUsers": ENRICH_USERS_QUERY,
    "FindRepositories": FIND_REPOSITORIES_QUERY,
}


def points(requests: int) -> int:
    """GitHub's rule: requests over all connections / 100, rounded, at least 1."""
    return max(1, math.floor(requests / 100 + 0.5))


def estimate_enrich_cost(users: int) -> int:
    """Points of one EnrichUsers call: per user, followers, repositories and recent (3 requests) plus
    one topics request per recent repository."""
    return points(users * (3 + TOPIC_REPOS_PER_USER))


def estimate_find_cost() -> int:
    """Points of one FindRepositories call: the search, and topics of each of its 100 repositories."""
    return points(1 + PER_PAGE)


def count_operators(query: str) -> int:
    return len(_OPERATOR.findall(query))


def clean(value: str, limit: int) -> str:
    """A value safe inside a quoted qualifier: no quotes, colons or control characters."""
    text = _UNSAFE.sub(" ", value)
    text = _OPERATOR.sub(lambda m: m.group(0).lower(), text)  # keep the operator count at zero
    return " ".join(text.split())[:limit].strip()


def qualifier(name: str, value: str) -> str:
    """`name:value`, quoted unless the value is a plain word ("Jupyter Notebook", "C#", "São Paulo")."""
    return f"{name}:{value}" if _BARE.fullmatch(value) else f'{name}:"{value}"'


def checked(query: str) -> str:
    """The query, or ValueError when it would break GitHub's limits (the builders keep far below)."""
    if len(query) > MAX_QUERY_CHARS or count_operators(query) > MAX_OPERATORS:
        raise ValueError(f"search query exceeds GitHub's limits: {query!r}")
    return query

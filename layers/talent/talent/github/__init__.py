"""GitHub sourcing: search users for a job requirement and enrich them in GraphQL batches."""

from talent.github.config import GitHubConfig, SearchBudget, load_token, load_tokens
from talent.github.errors import (
    GitHubAuthError,
    GitHubError,
    GitHubRateLimited,
    GitHubRequestError,
    GitHubUnavailable,
)
from talent.github.plan import plan_search
from talent.github.queries import ENRICH_USERS_QUERY, GRAPHQL_QUERIES, estimate_enrich_cost
from talent.github.search import search_github

__all__ = [
    "ENRICH_USERS_QUERY",
    "GRAPHQL_QUERIES",
    "GitHubAuthError",
    "GitHubConfig",
    "GitHubError",
    "GitHubRateLimited",
    "GitHubRequestError",
    "GitHubUnavailable",
    "SearchBudget",
    "estimate_enrich_cost",
    "load_token",
    "load_tokens",
    "plan_search",
    "search_github",
]

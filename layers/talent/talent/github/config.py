"""Configuration of the GitHub client: where to connect, how long to wait, how much to spend."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from talent.settings import DEFAULT_GITHUB_API_URL, GitHubApiSettings

DEFAULT_API_URL = DEFAULT_GITHUB_API_URL
USER_AGENT = "talent-pipeline/0.1 (+https://github.com/talent-pipeline; search_github)"

# Values people leave in a secret before the real token is set; treated as "no token".
_PLACEHOLDERS = {
    "",
    "changeme",
    "change-me",
    "replace-me",
    "replaceme",
    "placeholder",
    "none",
    "null",
    "todo",
}


def _env_api_url() -> str:
    """GITHUB_API_URL as the environment says now (not cached: a config is built per invocation)."""
    return GitHubApiSettings.from_environment().github_api_url or DEFAULT_API_URL


@dataclass(frozen=True, slots=True)
class GitHubConfig:
    """How to talk to GitHub. Build it per invocation: api_url defaults to env GITHUB_API_URL."""

    api_url: str = field(default_factory=_env_api_url)
    token: str | None = None
    # Every token the secret lists (token is the first); the shared limiter spreads requests over them.
    tokens: tuple[str, ...] = ()
    # Named in the 401 message so an operator knows which secret to rotate.
    token_source: str = "GITHUB_TOKEN"  # noqa: S105 - where the token lives, not a token
    connect_timeout_s: float = 5.0
    # GitHub aborts GraphQL calls after 10 s; a little more lets its own error come back.
    read_timeout_s: float = 12.0
    max_retries: int = 4  # per request, for 5xx, timeouts and rate limits
    backoff_base_s: float = 1.0  # 5xx / network errors: base * 2**attempt + jitter
    secondary_wait_s: float = 60.0  # 403/429 without headers: GitHub says wait at least a minute
    max_total_wait_s: float = 120.0  # every sleep of one run together; beyond it, return partial results
    # Waiting for turns on the shared limiter (other runs spend the same token): up to this long in all.
    max_queue_wait_s: float = 240.0
    concurrency: int = 3  # GitHub asks for few concurrent requests; this bounds them
    users_per_batch: int = 100  # users per GraphQL call (nodes(ids:) takes 100): about 13 points
    anonymous_max_users: int = 10  # without a token each user costs 2 REST calls of 60/h


@dataclass(frozen=True, slots=True)
class SearchBudget:
    """What one run may spend. Reaching a limit stops the work and marks the result incomplete."""

    max_api_calls: int = 60
    max_graphql_points: int = 200


def _usable(text: str) -> bool:
    text = text.strip()
    return (
        bool(text) and text.lower() not in _PLACEHOLDERS and not (text.startswith("<") and text.endswith(">"))
    )


_refetch = False  # the next load_tokens reads the secret again, not powertools' cache


def forget_tokens() -> None:
    """GitHub rejected every token: the next run reads the secret again, whatever its cache's age (an
    operator who replaced a dead token would otherwise wait up to `max_age_s` for warm containers)."""
    global _refetch
    _refetch = True


def load_tokens(secret_id: str | None, *, max_age_s: int = 900) -> list[str]:
    """Every GitHub token stored in a Secrets Manager secret; [] when unset or a placeholder.

    The secret may hold a bare token, several separated by commas or new lines, or JSON:
    {"token": "..."}, {"GITHUB_TOKEN": "..."} or {"tokens": ["...", "..."]} (each token has its own
    rate limits; the shared limiter spreads the runs over them). Values are cached by powertools for
    max_age_s, so warm invocations do not call Secrets Manager.
    """
    if not secret_id:
        return []
    # Lazy import: powertools parameters pulls in boto3, which the unit-tested paths never need.
    from aws_lambda_powertools.utilities import parameters

    global _refetch  # one flag per container, set by a 401
    raw = parameters.get_secret(secret_id, max_age=max_age_s, force_fetch=_refetch)
    _refetch = False
    text = (raw.decode() if isinstance(raw, bytes) else str(raw)).strip()
    found: list[str] = []
    if text.startswith("{"):
        try:
            doc = json.loads(text)
        except ValueError:
            doc = {}
        listed = doc.get("tokens") if isinstance(doc, dict) else None
        if isinstance(listed, list):
            found = [str(token) for token in listed]
        else:
            found = [next((str(doc[k]) for k in ("token", "GITHUB_TOKEN", "github_token") if doc.get(k)), "")]
    else:
        found = text.replace("\n", ",").replace("\r", ",").split(",")
    return list(dict.fromkeys(token.strip() for token in found if _usable(token)))


def load_token(secret_id: str | None, *, max_age_s: int = 900) -> str | None:
    """The first GitHub token of the secret (see load_tokens), or None."""
    tokens = load_tokens(secret_id, max_age_s=max_age_s)
    return tokens[0] if tokens else None

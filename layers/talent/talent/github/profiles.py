"""Turn GitHub's user and repository payloads (GraphQL or REST) into Candidate models."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from talent.models import Candidate, Repository

logger = logging.getLogger(__name__)

MAX_SHARE_LANGUAGES = 8  # the long tail (Makefile, Dockerfile...) says little about a person


def language_share(weights: Iterable[tuple[str, float]]) -> dict[str, float]:
    """Normalised share per language, largest first, rounded; the tail beyond 8 is dropped."""
    totals: dict[str, float] = {}
    for language, weight in weights:
        if language and weight > 0:
            totals[language] = totals.get(language, 0.0) + weight
    grand = sum(totals.values())
    if not grand:
        return {}
    top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_SHARE_LANGUAGES]
    return {language: round(weight / grand, 4) for language, weight in top}


def _text(value: Any) -> str | None:
    """GitHub sends "" for an empty bio or name; the contracts use None."""
    return value.strip() or None if isinstance(value, str) else None


def _graphql_repo_weights(repos: list[Mapping[str, Any]]) -> list[tuple[str, float]]:
    weights: list[tuple[str, float]] = []
    for repo in repos:
        edges = (repo.get("languages") or {}).get("edges") or []
        if edges:
            weights += [(e["node"]["name"], float(e["size"])) for e in edges if e.get("node")]
        elif repo.get("primaryLanguage"):
            weights.append((repo["primaryLanguage"]["name"], 1.0))  # no byte counts: one vote
    return weights


def candidate_from_graphql(node: Mapping[str, Any] | None) -> Candidate | None:
    """A Candidate from one `nodes(ids:)` entry; None for deleted users and organizations."""
    if not node or not node.get("login"):
        return None
    repos = [r for r in ((node.get("repositories") or {}).get("nodes") or []) if r and not r.get("isFork")]
    try:
        return Candidate(
            login=node["login"],
            name=_text(node.get("name")),
            profile_url=node["url"],
            location=_text(node.get("location")),
            bio=_text(node.get("bio")),
            followers=(node.get("followers") or {}).get("totalCount", 0),
            created_at=node["createdAt"],
            language_share=language_share(_graphql_repo_weights(repos)),
            repos=[
                Repository(
                    name=r["name"],
                    description=_text(r.get("description")),
                    stars=r.get("stargazerCount", 0),
                    topics=[
                        t["topic"]["name"]
                        for t in (r.get("repositoryTopics") or {}).get("nodes") or []
                        if t and t.get("topic")
                    ],
                    primary_language=(r.get("primaryLanguage") or {}).get("name"),
                    pushed_at=r.get("pushedAt"),
                    url=r.get("url"),
                )
                for r in repos
            ],
        )
    except (KeyError, ValidationError) as exc:  # one odd profile must not sink the batch
        logger.warning("skipping GitHub user %s: %s", node.get("login"), exc)
        return None


def candidate_from_rest(
    user: Mapping[str, Any], repos: list[Mapping[str, Any]], *, max_repos: int
) -> Candidate | None:
    """A Candidate from GET /users/{login} and GET /users/{login}/repos (anonymous mode).

    REST has no per-repo byte counts without one more call per repo, so language_share weighs each
    repo's main language by its size in KB.
    """
    own = sorted(
        (r for r in repos if not r.get("fork")),
        key=lambda r: (-int(r.get("stargazers_count") or 0), r["name"]),
    )
    try:
        return Candidate(
            login=user["login"],
            name=_text(user.get("name")),
            profile_url=user["html_url"],
            location=_text(user.get("location")),
            bio=_text(user.get("bio")),
            followers=user.get("followers") or 0,
            created_at=user["created_at"],
            language_share=language_share(
                (r["language"], float(max(r.get("size") or 0, 1))) for r in own if r.get("language")
            ),
            repos=[
                Repository(
                    name=r["name"],
                    description=_text(r.get("description")),
                    stars=r.get("stargazers_count") or 0,
                    topics=list(r.get("topics") or [])[:5],
                    primary_language=r.get("language"),
                    pushed_at=r.get("pushed_at"),
                    url=r.get("html_url"),
                )
                for r in own[:max_repos]
            ],
        )
    except (KeyError, ValidationError) as exc:
        logger.warning("skipping GitHub user %s: %s", user.get("login"), exc)
        return None

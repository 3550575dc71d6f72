"""Turn GitHub's user and repository payloads (GraphQL or REST) into Candidate models."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from talent.models import Candidate, Repository

logger = logging.getLogger(__name__)

MAX_SHARE_LANGUAGES = 8  # the long tail says little about a person


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


# An email address as people write one ("Reach me: jane.doe@gmail.com"): a domain that starts with a letter
# and ends in a name, not "lodash@4.17.21" or "logo@2x.png"; bounded parts keep the search linear.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[^\W\d_][\w-]{0,62}(?:\.[\w-]{1,63}){0,7}\.[^\W\d_]{2,24}\b")


def _shown(value: Any) -> str | None:
    """A profile's text (name, location, bio, a repository's description) without email addresses
    ("[email]"): the product collects none (README, Compliance), and these are stored, shown and exported."""
    text = _text(value)
    return _EMAIL.sub("[email]", text) if text and "@" in text else text


def _topics_by_repo(node: Mapping[str, Any]) -> dict[str, list[str]]:
    """Topics of the repositories that came with their topics (the most recently pushed ones)."""
    found: dict[str, list[str]] = {}
    for repo in (node.get("recent") or {}).get("nodes") or []:
        if repo and repo.get("name"):
            topics = (repo.get("repositoryTopics") or {}).get("nodes") or []
            found[repo["name"]] = [t["topic"]["name"] for t in topics if t and t.get("topic")]
    return found


def _graphql_repository(repo: Mapping[str, Any], topics: list[str]) -> Repository:
    return Repository(
        name=repo["name"],
        description=_shown(repo.get("description")),
        stars=repo.get("stargazerCount") or 0,
        topics=topics,
        primary_language=(repo.get("primaryLanguage") or {}).get("name"),
        size_kb=repo.get("diskUsage"),
        pushed_at=repo.get("pushedAt"),
        url=repo.get("url"),
    )


def candidate_from_graphql(
    node: Mapping[str, Any] | None, extra_topics: Mapping[str, list[str]] | None = None
) -> Candidate | None:
    """A Candidate from one EnrichUsers `nodes(ids:)` entry; None for deleted users and organisations.

    `extra_topics` (repository name -> topics) adds what a repository search already showed. Language
    shares weigh each own repository's primary language by its disk usage (at least 1 KB).
    """
    if not node or not node.get("login"):
        return None
    repos = [r for r in ((node.get("repositories") or {}).get("nodes") or []) if r and not r.get("isFork")]
    topics = {**(extra_topics or {}), **_topics_by_repo(node)}
    try:
        return Candidate(
            login=node["login"],
            name=_shown(node.get("name")),
            profile_url=node["url"],
            location=_shown(node.get("location")),
            bio=_shown(node.get("bio")),
            followers=(node.get("followers") or {}).get("totalCount", 0),
            created_at=node["createdAt"],
            language_share=language_share(
                (r["primaryLanguage"]["name"], float(max(r.get("diskUsage") or 0, 1)))
                for r in repos
                if r.get("primaryLanguage")
            ),
            repos=[_graphql_repository(r, topics.get(r["name"], [])) for r in repos],
        )
    except (KeyError, ValidationError) as exc:  # one odd profile must not sink the batch
        logger.warning("skipping a GitHub user: %s", type(exc).__name__)
        return None


def candidate_from_rest(user: Mapping[str, Any], repos: list[Mapping[str, Any]]) -> Candidate | None:
    """A Candidate from GET /users/{login} and GET /users/{login}/repos (anonymous mode).

    REST has no per-repo byte counts without one more call per repo, so language_share weighs each
    repo's main language by its size in KB, as the GraphQL path does.
    """
    own = [r for r in repos if not r.get("fork")]
    try:
        return Candidate(
            login=user["login"],
            name=_shown(user.get("name")),
            profile_url=user["html_url"],
            location=_shown(user.get("location")),
            bio=_shown(user.get("bio")),
            followers=user.get("followers") or 0,
            created_at=user["created_at"],
            language_share=language_share(
                (r["language"], float(max(r.get("size") or 0, 1))) for r in own if r.get("language")
            ),
            repos=[
                Repository(
                    name=r["name"],
                    description=_shown(r.get("description")),
                    stars=r.get("stargazers_count") or 0,
                    topics=list(r.get("topics") or []),
                    primary_language=r.get("language"),
                    size_kb=r.get("size"),
                    pushed_at=r.get("pushed_at"),
                    url=r.get("html_url"),
                )
                for r in own
            ],
        )
    except (KeyError, ValidationError) as exc:
        logger.warning("skipping a GitHub user: %s", type(exc).__name__)
        return None

"""Builders for synthetic candidates, repositories and job requirements used across unit tests and bench.

Logins are clearly synthetic (`synth-...`); nothing here is a real GitHub user. Dates are relative to
the fixed `NOW`, so pass `now=NOW` to rank_candidates for deterministic scores.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from talent.models import Candidate, JobRequirement, RankedCandidate, Repository

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
RECENTLY = NOW - timedelta(days=10)


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def make_repo(
    name: str,
    *,
    language: str | None = None,
    topics: Sequence[str] = (),
    description: str | None = None,
    stars: int = 0,
    pushed_at: datetime | None = RECENTLY,
) -> Repository:
    return Repository(
        name=name,
        description=description,
        stars=stars,
        topics=list(topics),
        primary_language=language,
        pushed_at=pushed_at,
    )


def make_candidate(
    login: str,
    *,
    name: str | None = None,
    location: str | None = None,
    bio: str | None = None,
    followers: int = 0,
    created_at: datetime | None = None,
    languages: dict[str, float] | None = None,
    repos: Sequence[Repository] = (),
) -> Candidate:
    return Candidate(
        login=login,
        name=name,
        profile_url=f"https://github.com/{login}",
        location=location,
        bio=bio,
        followers=followers,
        created_at=created_at or days_ago(8 * 365),
        language_share=languages or {},
        repos=list(repos),
    )


def make_requirement(**overrides: Any) -> JobRequirement:
    """A senior Go/Kubernetes backend role, hybrid in Berlin; override any field."""
    fields: dict[str, Any] = {
        "title": "Senior Backend Engineer",
        "seniority": "senior",
        "min_years": 5,
        "required_skills": ["Go", "Kubernetes"],
        "preferred_skills": ["PostgreSQL"],
        "locations": ["Berlin, Germany"],
        "remote": "hybrid",
    }
    fields.update(overrides)
    return JobRequirement(**fields)


def go_kubernetes_developer(login: str = "synth-gopher", **overrides: Any) -> Candidate:
    """A clear match for make_requirement(): Go code, Kubernetes operator repos, based in Berlin."""
    fields: dict[str, Any] = {
        "name": "Ada Synthetic",
        "location": "Berlin, Germany",
        "followers": 120,
        "languages": {"Go": 0.62, "Shell": 0.2, "Python": 0.18},
        "repos": [
            make_repo(
                "kube-autoscaler-lab",
                language="Go",
                topics=["kubernetes", "operator"],
                description="Experimental Kubernetes autoscaler written in Go",
                stars=340,
            ),
            make_repo("pgx-migrate", language="Go", topics=["postgresql"], stars=80, pushed_at=days_ago(400)),
            make_repo("dotfiles", language="Shell", stars=3, pushed_at=days_ago(900)),
        ],
    }
    fields.update(overrides)
    return make_candidate(login, **fields)


def ranked(candidate: Candidate, requirement: JobRequirement | None = None) -> RankedCandidate:
    """The candidate ranked alone against the requirement, at NOW."""
    from talent.ranking import rank_candidates  # local: factories also serves tests that never rank

    return rank_candidates([candidate], requirement or make_requirement(), now=NOW)[0]


_LANGUAGES = ("Go", "Python", "Java", "JavaScript", "TypeScript", "Rust", "C++", "Ruby", "Shell", "Kotlin")
_TOPICS = ("kubernetes", "docker", "aws", "postgresql", "react", "grpc", "terraform", "cli", "api", "ml")
_WORDS = ("fast", "tiny", "service", "tool", "library", "for", "with", "a", "Kubernetes", "Go", "web", "data")
_CITIES = ("Berlin, Germany", "Lisbon, Portugal", "Austin, TX", "Munich, Germany", "Remote", None)


def synthetic_candidates(count: int, *, seed: int = 7, repos_per_candidate: int = 10) -> list[Candidate]:
    """`count` varied, reproducible candidates (logins synth-00001...), for volume tests and bench."""
    rng = random.Random(seed)
    people = []
    for number in range(1, count + 1):
        languages = rng.sample(_LANGUAGES, 3)
        weights = [rng.random() for _ in languages]
        total = sum(weights)
        repos = [
            make_repo(
                f"project-{number}-{index}",
                language=rng.choice(languages),
                topics=rng.sample(_TOPICS, rng.randint(0, 3)),
                description=" ".join(rng.choices(_WORDS, k=rng.randint(3, 12))),
                stars=int(rng.paretovariate(1.2)) - 1,
                pushed_at=days_ago(rng.uniform(0, 2000)),
            )
            for index in range(repos_per_candidate)
        ]
        people.append(
            make_candidate(
                f"synth-{number:05d}",
                name=rng.choice(("Sam Synthetic", "Kim Example", None)),
                location=rng.choice(_CITIES),
                followers=int(rng.paretovariate(1.0)) - 1,
                created_at=days_ago(rng.uniform(30, 5000)),
                languages={lang: w / total for lang, w in zip(languages, weights, strict=True)},
                repos=repos,
            )
        )
    return people

"""Pydantic contracts passed between the pipeline stages and returned by the API.

Every stage validates its input with these models, so a stage's output must validate as the next
stage's input (see tests/unit/test_contracts.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

Seniority = Literal["intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager"]
RemotePolicy = Literal["remote", "hybrid", "onsite"]


class Contract(BaseModel):
    """Base for all boundary models: unknown fields are errors, so contract drift fails loudly."""

    model_config = ConfigDict(extra="forbid")


class SearchHints(Contract):
    """What search_github should ask GitHub for, derived from the skills."""

    languages: list[str] = Field(default_factory=list, description="GitHub linguist language names")
    topics: list[str] = Field(default_factory=list, description="GitHub repository topics")


class JobRequirement(Contract):
    title: str = Field(description="Job title as written in the posting")
    seniority: Seniority | None = None
    min_years: int | None = Field(default=None, ge=0, le=50)
    required_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    preferred_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    locations: list[str] = Field(default_factory=list)
    remote: RemotePolicy | None = None
    search: SearchHints = Field(default_factory=SearchHints)


class Repository(Contract):
    name: str
    description: str | None = None
    stars: int = Field(default=0, ge=0)
    topics: list[str] = Field(default_factory=list)
    primary_language: str | None = None
    pushed_at: datetime | None = None
    url: HttpUrl | None = None


class Candidate(Contract):
    login: str
    name: str | None = None
    profile_url: HttpUrl
    location: str | None = None
    bio: str | None = None
    followers: int = Field(default=0, ge=0)
    created_at: datetime
    language_share: dict[str, float] = Field(
        default_factory=dict, description="Share (0-1) of the user's code per GitHub language"
    )
    repos: list[Repository] = Field(
        default_factory=list, description="Top public, non-fork repositories, most starred first"
    )


class ScoreFactor(Contract):
    """One line of the transparent score: contribution = weight * value * 100."""

    weight: float = Field(ge=0, le=1)
    value: float = Field(ge=0, le=1, description="How well the candidate meets this factor (0-1)")
    contribution: float = Field(ge=0, le=100, description="Points this factor adds to the score")
    explanation: str


class RankedCandidate(Contract):
    candidate: Candidate
    score: float = Field(ge=0, le=100)
    rank: int = Field(ge=1)
    breakdown: dict[str, ScoreFactor]
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    evidence: dict[str, list[str]] = Field(
        default_factory=dict, description="Per matched skill: the repos or languages that show it"
    )


class OutreachMessage(Contract):
    candidate_login: str
    subject: str | None = None
    body: str | None = None
    evidence_used: list[str] = Field(default_factory=list)
    status: Literal["draft"] = "draft"
    suppressed: bool = False
    generator: Literal["template", "bedrock"] = "template"


class SearchMetadata(Contract):
    queries: list[str] = Field(default_factory=list)
    api_calls: int = 0
    graphql_points: int = 0
    rate_limit_remaining: int | None = None
    total_count: int = 0
    incomplete: bool = False
    incomplete_reason: str | None = None
    duration_ms: int = 0


class SearchResult(Contract):
    candidates: list[Candidate] = Field(default_factory=list)
    metadata: SearchMetadata = Field(default_factory=SearchMetadata)

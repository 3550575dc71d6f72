"""The project item as stored in the projects table, and what the API returns about it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ProjectStatus = Literal["running", "completed", "failed"]
MODULES: tuple[str, ...] = ("parse_jd", "search_github", "rank_candidates", "generate_outreach")


class ProjectError(BaseModel):
    module: str = Field(
        description="The stage that failed: parse_jd, search_github, rank_candidates or generate_outreach"
    )
    type: str = Field(description="Error name, e.g. GitHubRateLimited")
    message: str


class ProjectRecord(BaseModel):
    """One item of the projects table. Written at start; SaveResults or MarkFailed completes it."""

    model_config = ConfigDict(extra="ignore")

    project_id: str
    user_id: str
    created_at: str
    status: ProjectStatus
    job_description_text: str
    expires_at: int | None = None
    execution_arn: str | None = None
    title: str | None = None
    requirement: dict[str, Any] | None = None
    candidate_count: int | None = None
    ranked_count: int | None = None
    draft_count: int | None = None
    results_key: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    completed_at: str | None = None
    failed_at: str | None = None
    error: ProjectError | None = None

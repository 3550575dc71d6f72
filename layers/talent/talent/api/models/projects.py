"""Bodies of GET /projects, GET /projects/{project_id} and its export (functions/projects)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from talent.models import JobRequirement, OutreachMessage, RankedCandidate
from talent.projects.records import ProjectError, ProjectStatus


class ProjectSummary(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    project_id: str
    created_at: str
    status: ProjectStatus | Literal["unreadable"] = Field(
        description="`unreadable`: the stored project is damaged; it can only be deleted"
    )
    title: str | None = Field(description="The job title parsed from the description; null until parsed")
    candidate_count: int | None = Field(description="Candidates ranked; null until the run completes")


class ProjectPage(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    items: list[ProjectSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")


# csv-semicolon: ";" between fields and a decimal comma, for spreadsheets whose list separator is ";"
# (German, French and Spanish Excel open a comma-separated file in one column)
ExportFormat = Literal["json", "csv", "csv-semicolon"]


class ProjectDetail(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    project_id: str
    status: ProjectStatus
    created_at: str
    completed_at: str | None = None
    failed_at: str | None = None
    title: str | None = None
    job_description_text: str
    requirement: JobRequirement | None = Field(description="The parsed job description; null until completed")
    # As stored at the run's start, not validated again: a later release's stricter rules must not make
    # an earlier project unreadable.
    requirement_set: dict[str, Any] | None = Field(
        default=None,
        description="The fields the run request set (`requirement`: RequirementOverride), as sent, which "
        "replaced what the job description was read as; a field it left out is not there; null when it "
        "sent none",
    )
    ranked_candidates: list[RankedCandidate] = Field(
        description="Best first, with score, per-factor breakdown, matched/missing skills and evidence: "
        "GET /projects/{project_id} gives the page from `offset` (at most `limit`), the export all of them"
    )
    ranked_total: int = Field(default=0, ge=0, description="How many candidates the run ranked in all")
    next_offset: int | None = Field(
        default=None, description="The `offset` of the next page of ranked candidates, or null after the last"
    )
    outreach_drafts: list[OutreachMessage] = Field(
        description="Drafts for a person to review, never sent; nobody on your do-not-contact list or "
        "`screened_out` (below the core-skills gate, none of the posting's skills shown, outside the role's "
        "area, inactive for years)"
    )
    metadata: dict[str, object] = Field(
        description="stage_durations_ms, github (search metadata) and a message when nothing matched"
    )
    error: ProjectError | None = Field(default=None, description="Which stage failed, and why")


class ExportFile(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    filename: str
    content_type: str
    body: str


class ExportLink(BaseModel):
    """A download too large to answer inline, stored in S3: its presigned URL."""

    model_config = ConfigDict(defer_build=True)

    filename: str
    url: str

"""The project item as stored in the projects table, and what the API returns about it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from talent.pipeline.registry import NO_STAGE, STAGES, names_text

ProjectStatus = Literal["running", "completed", "failed"]


class ProjectError(BaseModel):
    """A failed project's error, as stored on the item and returned by the API. Items written by earlier
    versions name the stage `module` only: either name is read, and both are written and returned while
    `module` is a deprecated alias (one version)."""

    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    stage: str = Field(
        description=f"The stage that failed: {names_text(STAGES)}; {NO_STAGE} when the run ended before any"
    )
    type: str = Field(description="Error name, e.g. GitHubRateLimited")
    message: str
    module: str = Field(
        default="",  # filled from `stage` on validation, always
        description="Deprecated alias of `stage`, kept for one version: read `stage`",
        deprecated=True,
    )

    @model_validator(mode="before")
    @classmethod
    def _either_name(cls, data: Any) -> Any:
        """`stage` and its deprecated alias `module`: either one fills the other."""
        if isinstance(data, dict):
            named = data.get("stage", data.get("module"))
            data = {**data, "stage": named, "module": named}
        return data


class StageRecord(BaseModel):
    """A stage's start and end as the stage recorded them on the project item (talent.pipeline.progress)."""

    model_config = ConfigDict(defer_build=True, extra="ignore")

    started_at: str
    finished_at: str | None = None


class ProjectRecord(BaseModel):
    """One item of the projects table. Written at start; SaveResults or MarkFailed completes it."""

    model_config = ConfigDict(defer_build=True, extra="ignore")

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
    # Written by the stages as they run (talent.pipeline.progress): what GET /pipeline/status reads. One
    # per tracked stage of talent.pipeline.registry (tests/unit/pipeline/test_stage_registry.py).
    stage_parse_jd: StageRecord | None = None
    stage_search_github: StageRecord | None = None
    stage_rank_candidates: StageRecord | None = None
    stage_generate_outreach: StageRecord | None = None
    github_wait_until: str | None = None
    # Seconds per stage the run is expected to take (the user's recent runs), written at start.
    stage_estimates_s: dict[str, float] | None = None
    # What the run was asked for, written at start: later runs' estimates scale by them.
    max_candidates: int | None = None
    top_n: int | None = None
    # The parse's corrections the run request sent (RunRequest.requirement), as sent: GET shows them.
    requirement_set: dict[str, Any] | None = None

    def stage(self, name: str) -> StageRecord | None:
        record: StageRecord | None = getattr(self, stage_attribute(name), None)
        return record


def stage_attribute(name: str) -> str:
    """The project item's attribute where stage `name` records its start and end."""
    return f"stage_{name}"


class UnreadableProject(BaseModel):
    """A stored project item that fails ProjectRecord's validation (written by another version of the
    code, or damaged). It must not break its owner's list (it is listed as `unreadable`) and it can
    still be deleted; reading its details is a 409. Holds only what could be read safely."""

    model_config = ConfigDict(defer_build=True)  # built on first use, not at import

    project_id: str
    user_id: str | None = None
    created_at: str = ""
    execution_arn: str | None = None
    problems: list[str] = Field(description="Field and reason of each validation error; never a value")


def parse_project(plain: dict[str, Any]) -> ProjectRecord | UnreadableProject:
    """The item (as plain JSON types) as a ProjectRecord, or as an UnreadableProject when it is not one."""
    try:
        return ProjectRecord.model_validate(plain)
    except ValidationError as error:

        def text(name: str) -> str | None:
            value = plain.get(name)
            return value if isinstance(value, str) else None

        return UnreadableProject(
            project_id=str(plain.get("project_id")),
            user_id=text("user_id"),
            created_at=text("created_at") or "",
            execution_arn=text("execution_arn"),
            problems=[
                f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}"
                for item in error.errors(include_input=False, include_url=False)
            ],
        )

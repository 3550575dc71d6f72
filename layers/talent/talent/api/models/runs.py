"""Bodies of POST /pipeline/run and GET /pipeline/status/{project_id} (functions/runs)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from talent.jd import MAX_JD_CHARS
from talent.models import JobRequirement, RequirementOverride
from talent.pipeline.registry import TRACKED_STAGES, names_text
from talent.projects.records import ProjectError, ProjectStatus

MAX_CANDIDATES = 500
MAX_TOP_N = 50
DEFAULT_MAX_CANDIDATES = 50
DEFAULT_TOP_N = 10
# What each completed stage adds to a run's `progress`.
PROGRESS_PER_STAGE = 100 // len(TRACKED_STAGES)


class JobPosting(BaseModel):
    """A job description and the recruiter's corrections to how it is read: POST /jd/parse's body, and
    the part of POST /pipeline/run's that says what to search for."""

    # A misspelt field ("max_candidate") is a 422 naming it, never silently the default.
    model_config = ConfigDict(extra="forbid")

    job_description_text: str = Field(
        min_length=1,
        max_length=MAX_JD_CHARS,
        description=f"The job posting as plain text, at most {MAX_JD_CHARS:,} characters.",
    )
    requirement: RequirementOverride | None = Field(
        default=None,
        description="Corrections to the parse: each field sent replaces what the job description is read "
        "as (title, seniority, min_years, required_skills, preferred_skills, remote, locations, "
        "utc_band, relocation, language); the others are read from the text. Send what the parse got "
        'wrong (POST /jd/parse shows it before a run), e.g. `{"locations": ["Berlin"], "remote": "hybrid"}`. '
        "GET /projects/{project_id} shows it as `requirement_set`.",
    )

    @model_serializer(mode="wrap")
    def _as_sent(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The body as sent: `requirement` with only the fields it sent (a field left out and one sent as
        null differ), and no `requirement` when none was sent. An Idempotency-Key's record compares
        bodies by this, so a retry that changes a correction is refused, and a body of before the field
        existed compares equal to itself sent again."""
        dumped: dict[str, Any] = handler(self)
        if self.requirement is None:
            dumped.pop("requirement", None)
        else:
            dumped["requirement"] = self.requirement.sent()
        return dumped


class RunRequest(JobPosting):
    # strict: a JSON integer, as documented; lax pydantic took `true` and "5" (found by `make fuzz`).
    max_candidates: int = Field(
        default=DEFAULT_MAX_CANDIDATES,
        ge=1,
        le=MAX_CANDIDATES,
        strict=True,
        description="How many GitHub developers to source and rank.",
    )
    top_n: int = Field(
        default=DEFAULT_TOP_N,
        ge=1,
        le=MAX_TOP_N,
        strict=True,
        description="How many top candidates get an outreach draft (less anyone `screened_out`: below "
        "the core-skills gate, none of the posting's skills shown, outside the role's area, or inactive for "
        "years).",
    )


class PlannedStep(BaseModel):
    """One step of the search plan a run would follow (talent.github.plan), in a recruiter's words."""

    step: str = Field(description="core, domain, relatives, without location or broader")
    searches: list[str] = Field(
        description="What each GitHub search of the step looks for: 'Go developers in Munich', 'owners "
        "of recent repositories tagged kubernetes'"
    )


class RequirementPreview(BaseModel):
    """POST /jd/parse's answer: the requirement a run would use, how its places are read, and what it
    would search GitHub for."""

    requirement: JobRequirement = Field(
        description="What a run of the same job description and corrections searches, ranks and drafts "
        "with: its project's `requirement`"
    )
    location_policy: str = Field(
        description="How the search and the ranking read `locations` and `remote`: 'onsite/hybrid in "
        "Berlin, DE', 'remote within US', 'remote anywhere', 'no location given'. A place the gazetteer "
        "does not know counts as none, and a vague one as the place it names ('Africa' is read as a "
        "town): check yours here"
    )
    unread_places: list[str] = Field(
        default_factory=list,
        description="The requirement's places that the search and the ranking leave out: a typo ('Berln'), "
        "a name the place data lacks ('Bavaria': it knows 'Bayern'), one several places share ('Florida' "
        "alone: write 'Florida, US'), a time zone ('UTC+1': that is `utc_band`); and, for an onsite or "
        "hybrid role, a country or region beside its cities (the cities decide where the hire works)",
    )
    search_plan: list[PlannedStep] = Field(
        description="The GitHub searches a run would make, step by step; a later step runs only when the "
        "earlier ones find too few people (the run records what ran: `metadata.github.plan`). Empty: the "
        "requirement names nothing GitHub can be searched by (office tools alone, Jira and Confluence "
        "alone, no skill), and a run would search nothing"
    )


class RunAccepted(BaseModel):
    project_id: str
    status: ProjectStatus
    status_url: str = Field(description="Poll this URL (GET, same bearer token) for progress.")


StageState = Literal["pending", "running", "succeeded", "failed"]


class StageStatus(BaseModel):
    name: str = Field(description=f"The stage: {names_text()}")
    state_name: str = Field(description="The state's name in the Step Functions console")
    status: StageState
    started_at: datetime | None = None
    finished_at: datetime | None = None
    duration_ms: int | None = None


class Waiting(BaseModel):
    reason: str = Field(description="What the run waits for: waiting for GitHub rate limit")
    until: datetime = Field(description="When its turn comes, as expected")
    seconds: int = Field(ge=0, description="Seconds from now")


class PipelineStatus(BaseModel):
    project_id: str
    status: ProjectStatus
    current_stage: str | None = Field(
        description="The stage running now (save_results once the four stages are done, while the "
        "results are saved); null when the run has ended"
    )
    progress: int = Field(
        ge=0,
        le=100,
        description=f"{PROGRESS_PER_STAGE} per completed stage; at most 99 while running, 100 once completed",
    )
    estimated_seconds_remaining: int = Field(ge=0, description="From this user's recent stage durations")
    waiting: Waiting | None = Field(
        default=None,
        description="Set while the search waits for its turn on the GitHub budget all runs share",
    )
    stages: list[StageStatus]
    error: ProjectError | None = None
    message: str | None = Field(
        default=None,
        description="A completed run's note on its lists, as `metadata.message` of GET "
        "/projects/{project_id}: why nobody or fewer than max_candidates were found, that the posting "
        "named nothing to search for, or that nobody on the shortlist is known to live in the role's places",
    )
    created_at: str
    completed_at: str | None = None
    failed_at: str | None = None
    current_module: str | None = Field(
        description="Deprecated alias of `current_stage`, kept for one version: read `current_stage`",
        deprecated=True,
    )

"""What the pipeline's states pass to each other (statemachine/pipeline.asl.json).

Large stage outputs live in S3 (see `talent.pipeline.storage`); the states carry only keys, counts and
small summaries, so a run stays far below Step Functions' 256 KB payload limit even with 500 candidates.

Data flow (each Task's `Parameters` picks its input from the state, `ResultPath` files its output):

    execution input            RunInput          -> ParseJobDescription -> ParsedRun (replaces the state,
                                                                           dropping the job description)
    $.search_github            SearchInput       -> SearchGitHub        -> SearchOutput
    $.rank_candidates          RankInput         -> RankCandidates      -> RankOutput
    $.generate_outreach        OutreachInput     -> GenerateOutreach    -> OutreachOutput
    (the whole state)          CompletedRun      -> SaveResults         -> SaveOutput (execution output)
    any Task error             FailureInput      -> MarkFailed          -> FailureOutput -> Fail
    an execution that ended    ExecutionStatusChange (EventBridge) -> MarkFailed -> FailureOutput | None
"""

from __future__ import annotations

import json
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from talent.models import Contract, JobRequirement, RequirementOverride, SearchMetadata
from talent.pipeline.registry import TRACKED_STAGES, StageName

# Step Functions execution names: 1-80 characters of letters, digits, '-' and '_'; the execution is
# named after the project, and the id becomes an S3 prefix, so nothing else is allowed.
PROJECT_ID_PATTERN = r"^[A-Za-z0-9_-]{1,80}$"
MAX_CANDIDATES = 500
MAX_TOP_N = 50


class StageInputError(ValueError):
    """A stage got an event that does not match its contract. The message names fields and rules, never
    values (a value could be a job description or a person's data)."""


def parse_event[M: BaseModel](model: type[M], event: object) -> M:
    try:
        return model.model_validate(event)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or '(event)'}: {item['msg']}"
            for item in error.errors(include_input=False, include_url=False)
        )
        raise StageInputError(f"{model.__name__} event is invalid: {problems}") from None


class ProjectScoped(Contract):
    project_id: str = Field(pattern=PROJECT_ID_PATTERN)

    def check_key(self, field: str, key: str) -> None:
        """A stage only ever reads objects under its own project's prefix."""
        if not key.startswith(f"projects/{self.project_id}/"):
            raise ValueError(f"{field} is outside projects/{self.project_id}/")


class RunInput(ProjectScoped):
    """The execution input, written by POST /pipeline/run (execution name = project_id)."""

    user_id: str = Field(min_length=1)
    job_description_text: str
    max_candidates: int = Field(default=50, ge=1, le=MAX_CANDIDATES)
    top_n: int = Field(default=10, ge=1, le=MAX_TOP_N)
    # The fields the recruiter set in the run request, which replace what parse_jd reads; only the fields
    # sent are present (`model_fields_set`). Optional: executions started before it existed still run.
    requirement_set: RequirementOverride | None = None


class StageTiming(Contract):
    duration_ms: int = Field(ge=0)


class ParsedRun(ProjectScoped):
    """ParseJobDescription's output, which becomes the whole state: the run's settings and the
    parsed requirement. The job description text is not carried into later states."""

    user_id: str
    max_candidates: int = Field(ge=1, le=MAX_CANDIDATES)
    top_n: int = Field(ge=1, le=MAX_TOP_N)
    requirement: JobRequirement
    parse_jd: StageTiming


class SearchInput(ProjectScoped):
    requirement: JobRequirement
    max_candidates: int = Field(default=50, ge=1, le=MAX_CANDIDATES)
    # Whose do-not-contact list the search leaves out. Optional so executions started before this field
    # existed still search (the later stages leave the listed people out as before).
    user_id: str | None = Field(default=None, min_length=1)


class SearchOutput(Contract):
    candidates_key: str
    candidate_count: int = Field(ge=0)
    metadata: SearchMetadata
    duration_ms: int = Field(ge=0)


class RankInput(ProjectScoped):
    requirement: JobRequirement
    candidates_key: str
    # The search enriches a larger pool than asked for; ranking keeps the best this many. Optional so
    # executions started before this field existed still rank (everything).
    max_candidates: int | None = Field(default=None, ge=1, le=MAX_CANDIDATES)

    @model_validator(mode="after")
    def _own_key(self) -> Self:
        self.check_key("candidates_key", self.candidates_key)
        return self


class RankOutput(Contract):
    ranked_key: str
    ranked_count: int = Field(ge=0)
    duration_ms: int = Field(ge=0)


class OutreachInput(ProjectScoped):
    user_id: str = Field(min_length=1, description="Whose do-not-contact list applies")
    requirement: JobRequirement
    ranked_key: str
    top_n: int = Field(default=10, ge=1, le=MAX_TOP_N)

    @model_validator(mode="after")
    def _own_key(self) -> Self:
        self.check_key("ranked_key", self.ranked_key)
        return self


class OutreachOutput(Contract):
    outreach_key: str
    draft_count: int = Field(ge=0, description="Drafts written")
    suppressed_count: int = Field(
        ge=0, description="Ranked candidates left out because they are on the user's do-not-contact list"
    )
    duration_ms: int = Field(ge=0)


class CompletedRun(ParsedRun):
    """The state SaveResults receives: the run plus every stage's output."""

    search_github: SearchOutput
    rank_candidates: RankOutput
    generate_outreach: OutreachOutput

    @model_validator(mode="after")
    def _own_keys(self) -> Self:
        self.check_key("search_github.candidates_key", self.search_github.candidates_key)
        self.check_key("rank_candidates.ranked_key", self.rank_candidates.ranked_key)
        self.check_key("generate_outreach.outreach_key", self.generate_outreach.outreach_key)
        return self

    def stage_durations_ms(self) -> dict[str, int]:
        """Per tracked stage (talent.pipeline.registry): each one's output is the field named after it."""
        return {stage.name: getattr(self, stage.name).duration_ms for stage in TRACKED_STAGES}


class SaveOutput(ProjectScoped):
    """The execution's output. `discarded`: the project was deleted (or is no longer running) while
    the run went on, so its results were removed instead of saved."""

    status: Literal["completed", "discarded"]
    results_key: str | None
    candidate_count: int
    ranked_count: int
    draft_count: int


class CaughtError(BaseModel):
    """What a Catch puts at its ResultPath: {"Error": name, "Cause": text}."""

    error: str = Field(alias="Error")
    cause: str | None = Field(default=None, alias="Cause")


class FailureInput(ProjectScoped):
    """MarkFailed's input. Each Task's Catch writes to `$.failed.<stage>`, so the single key names the
    stage that failed."""

    failed: dict[StageName, CaughtError] = Field(min_length=1, max_length=1)
    # The execution input's user: whose in-progress run slot to free. Executions started before the
    # state machine passed it have none; their slot expires.
    user_id: str | None = Field(default=None, min_length=1)

    def failure(self) -> tuple[StageName, CaughtError]:
        ((stage, caught),) = self.failed.items()
        return stage, caught


class StageError(Contract):
    """What MarkFailed records as the failed project's `error` (talent.projects.records.ProjectError)."""

    stage: StageName
    type: str
    message: str = Field(description="Human-readable, for the recruiter; never a stack trace")


class FailureOutput(ProjectScoped):
    status: Literal["failed", "discarded"]
    error: StageError
    deleted_objects: int = Field(ge=0)


class _Read(BaseModel):
    """AWS's own events carry more fields than we read, and may add more: the rest is ignored."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, defer_build=True)


class EndedRunInput(_Read):
    """What an ended execution's input says of its run (RunInput, whatever else it carries)."""

    project_id: str = Field(pattern=PROJECT_ID_PATTERN)
    user_id: str | None = Field(default=None, min_length=1)


class ExecutionDetail(_Read):
    execution_arn: str = Field(alias="executionArn")
    status: Literal["FAILED", "ABORTED", "TIMED_OUT"]
    input: str = Field(description="The execution's input, as JSON text")
    error: str | None = None
    cause: str | None = None


class ExecutionStatusChange(_Read):
    """EventBridge's "Step Functions Execution Status Change" for an execution that ended without
    succeeding (the rule's pattern, template.yaml): MarkFailed's second source, for runs that ended
    without it (stopped by an operator, timed out, or MarkFailed itself failed)."""

    source: Literal["aws.states"]
    detail_type: Literal["Step Functions Execution Status Change"] = Field(alias="detail-type")
    detail: ExecutionDetail

    def run(self) -> EndedRunInput:
        """The run the execution was started for; StageInputError when its input names none."""
        try:
            started = json.loads(self.detail.input)
        except ValueError:
            started = None
        return parse_event(EndedRunInput, started)

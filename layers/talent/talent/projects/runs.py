"""Start a pipeline run: create the project, then the Step Functions execution named after it."""

from __future__ import annotations

import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import cache
from typing import Any, Final

from pydantic import BaseModel

from talent.api.models.runs import JobPosting, PlannedStep, RequirementPreview, RunAccepted, RunRequest
from talent.aws import client
from talent.clock import utc_now_iso
from talent.errors import ConflictError, GoneError, InvalidInput, Unavailable
from talent.jd import InvalidJobDescription, validate_jd_text
from talent.models import JobRequirement, RequirementOverride
from talent.projects.access import UNREADABLE
from talent.projects.executions import executions
from talent.projects.records import ProjectRecord, UnreadableProject
from talent.projects.status import RunSize, typical_stage_seconds
from talent.projects.store import projects_store
from talent.settings import RunsSettings, get_settings

IDEMPOTENCY_KEY_MAX = 128
IDEMPOTENCY_TTL_SECONDS = 24 * 3600
# The project a start created in this request: a result for another project is an idempotent replay.
_started_here: ContextVar[str | None] = ContextVar("started_here", default=None)


class StartRun(BaseModel):
    """Everything a run depends on; the idempotency record is keyed and validated on it."""

    user_id: str
    idempotency_key: str | None
    request: RunRequest
    base_url: str


def checked_posting(text: str) -> None:
    """InvalidInput (a 422 naming the field) for a text parse_jd would refuse: empty, too long, no words."""
    try:
        validate_jd_text(text)
    except InvalidJobDescription as error:
        raise InvalidInput("body.job_description_text", str(error)) from error


# A work mode written where a place goes ("Remote", "100% remote", "Home office"): it has a field of its
# own. Only the whole value: "Remote US" and "US only" are places the location policy reads.
_WORK_MODES: Final = frozenset(
    {"remote", "fully remote", "full remote", "100% remote", "remote-first", "remote first", "remote only",
     "hybrid", "onsite", "on-site", "on site", "in office", "in-office", "office", "home office",
     "homeoffice", "wfh", "work from home", "anywhere", "worldwide", "global", "remoto", "télétravail",
     "teletrabajo", "distanciel", "présentiel", "presencial", "vor ort", "mobiles arbeiten"}
)  # fmt: skip


# Two places joined in one item ("Berlin or Munich", "Lyon ou Paris", "Köln; Bonn"): the policy would read
# one. Not "and" or "&": "Trinidad and Tobago", "Bosnia & Herzegovina" are one place each.
_PLACES_JOINED: Final = re.compile(r"\s(?:or|oder|ou|o)\s|;|\s/\s", re.IGNORECASE)


def checked_corrections(corrections: RequirementOverride | None) -> None:
    """InvalidInput for corrections a run could not use: both skill lists sent empty (nothing left to
    search for), a work mode where a place goes, or two places in one item. A place is not looked up
    here: the preview says how each one is read (POST /jd/parse `location_policy`), and the run API keeps
    the gazetteer out of its cold start."""
    if corrections is None:
        return
    sent = corrections.model_fields_set
    if {"required_skills", "preferred_skills"} <= sent and not (
        corrections.required_skills or corrections.preferred_skills
    ):
        raise InvalidInput(
            "body.requirement.required_skills",
            "leaves nothing to search for: required_skills and preferred_skills are both empty; name a "
            "skill, or leave a list out to read it from the job description",
        )
    for index, place in enumerate(corrections.locations if "locations" in sent else []):
        if " ".join(place.casefold().split()) in _WORK_MODES:
            raise InvalidInput(
                f"body.requirement.locations.{index}",
                'is a work mode, not a place: send "remote": "remote" (or "hybrid", "onsite"), and '
                '"locations": [] for anywhere',
            )
        if _PLACES_JOINED.search(place):
            raise InvalidInput(
                f"body.requirement.locations.{index}",
                'one place per item: send ["Berlin", "Munich"], not ["Berlin or Munich"] (only the first '
                "would be searched)",
            )


def preview_run(posting: JobPosting) -> RequirementPreview:
    """The requirement a run of `posting` would use (talent.jd.reading) and its location policy as the
    search and the ranking read it (talent.geo.policy). InvalidInput as a run's start raises it."""
    from talent.geo.policy import location_policy, unread_places
    from talent.jd.reading import run_requirement

    checked_posting(posting.job_description_text)
    checked_corrections(posting.requirement)
    requirement = run_requirement(posting.job_description_text, posting.requirement)
    policy = location_policy(requirement)
    return RequirementPreview(
        requirement=requirement,
        location_policy=policy.described,
        unread_places=unread_places(requirement.locations, policy),
        search_plan=planned_searches(requirement),
    )


def planned_searches(requirement: JobRequirement) -> list[PlannedStep]:
    """The search plan a run of `requirement` would follow today (talent.github.plan), with a token (a
    run without one makes the user searches only)."""
    from talent.github.plan import plan_search
    from talent.roles import role_profile

    steps = plan_search(role_profile(requirement), today=datetime.now(UTC).date())
    return [
        PlannedStep(step=step.name, searches=[search.reason for search in step.searches]) for step in steps
    ]


def start_run(command: StartRun) -> RunAccepted:
    checked_posting(command.request.job_description_text)
    checked_corrections(command.request.requirement)
    if command.idempotency_key is None:
        return _start(command=command)
    if not 1 <= len(command.idempotency_key) <= IDEMPOTENCY_KEY_MAX:
        raise InvalidInput(
            "header.Idempotency-Key", f"must be 1 to {IDEMPOTENCY_KEY_MAX} characters", "string_length"
        )
    from aws_lambda_powertools.utilities.idempotency.exceptions import (
        IdempotencyAlreadyInProgressError,
        IdempotencyValidationError,
    )

    token = _started_here.set(None)
    try:
        result: RunAccepted = _idempotent_start()(command=command)
        replayed = _started_here.get() != result.project_id
    except IdempotencyValidationError as error:
        raise InvalidInput(
            "header.Idempotency-Key", "was already used with a different request body", "idempotency_mismatch"
        ) from error
    except IdempotencyAlreadyInProgressError as error:
        raise ConflictError(
            "A request with this Idempotency-Key is still being processed; retry shortly"
        ) from error
    finally:
        _started_here.reset(token)
    return _current_state(result) if replayed else result


def _current_state(replayed: RunAccepted) -> RunAccepted:
    """A replayed answer with the project's status now (the recorded one said `running`); 410 if the
    project has been deleted (or has expired) since."""
    project = projects_store().read_project(replayed.project_id)
    if project is None:
        raise GoneError(
            "The project this Idempotency-Key started has been deleted; send a new key to start another run"
        )
    if isinstance(project, UnreadableProject):
        raise ConflictError(UNREADABLE)
    return replayed.model_copy(update={"status": project.status})


@cache
def _idempotency_config() -> Any:
    from aws_lambda_powertools.utilities.idempotency import IdempotencyConfig

    return IdempotencyConfig(
        event_key_jmespath="[user_id, idempotency_key]",
        payload_validation_jmespath="request",
        expires_after_seconds=IDEMPOTENCY_TTL_SECONDS,
    )


def register_lambda_context(context: Any) -> None:
    """Lets an in-progress record expire with the invocation, so a crashed start can be retried."""
    _idempotency_config().register_lambda_context(context)


@cache
def _idempotent_start() -> Any:
    """The same start, recorded under (user, Idempotency-Key) so a retried request replays its answer."""
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, idempotent_function
    from aws_lambda_powertools.utilities.idempotency.serialization.pydantic import PydanticSerializer

    persistence = DynamoDBPersistenceLayer(
        table_name=get_settings(RunsSettings).idempotency_table, boto3_client=client("dynamodb")
    )
    config = _idempotency_config()
    return idempotent_function(
        data_keyword_argument="command",
        persistence_store=persistence,
        config=config,
        output_serializer=PydanticSerializer(model=RunAccepted),
    )(_start)


def _start(*, command: StartRun) -> RunAccepted:
    from talent.projects.quota import get_run_quota

    settings = get_settings(RunsSettings)
    project_id = str(uuid.uuid4())
    quota = get_run_quota()
    quota.take(command.user_id, project_id)  # 429 over the user's quotas; a replay never gets here
    execution_arn = _execution_arn(settings.state_machine_arn, project_id)
    try:
        project = ProjectRecord(
            project_id=project_id,
            user_id=command.user_id,
            created_at=utc_now_iso(),
            status="running",
            job_description_text=command.request.job_description_text,
            expires_at=int(time.time()) + settings.project_retention_days * 86400,
            execution_arn=execution_arn,
            # Read once here (one Query of the user's recent runs), so every status poll is one GetItem.
            stage_estimates_s=typical_stage_seconds(
                command.user_id,
                RunSize(candidates=command.request.max_candidates, drafts=command.request.top_n),
            ),
            max_candidates=command.request.max_candidates,
            top_n=command.request.top_n,
            requirement_set=_requirement_set(command.request),
        )
        projects_store().put_new_project(project)
    except Exception:
        quota.give_back(command.user_id, project_id)  # no project, no run: the slot was never used
        raise
    _started_here.set(project_id)
    execution_input = {
        "project_id": project_id,
        "user_id": command.user_id,
        "job_description_text": command.request.job_description_text,
        "max_candidates": command.request.max_candidates,
        "top_n": command.request.top_n,
    }
    if project.requirement_set is not None:
        execution_input["requirement_set"] = project.requirement_set
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        executions().start(settings.state_machine_arn, project_id, execution_input)
    except (ClientError, BotoCoreError) as error:
        # No execution means no run: remove the project rather than leave it "running" forever.
        projects_store().delete_project(project_id)
        quota.give_back(command.user_id, project_id)
        raise Unavailable("The pipeline could not be started; please retry") from error
    from aws_lambda_powertools import Metrics
    from aws_lambda_powertools.metrics import MetricUnit

    Metrics().add_metric(name="PipelineRunsStarted", unit=MetricUnit.Count, value=1)
    return RunAccepted(
        project_id=project_id,
        status="running",
        status_url=f"{command.base_url}/pipeline/status/{project_id}",
    )


def _requirement_set(request: RunRequest) -> dict[str, Any] | None:
    """The fields of the request's `requirement` that were sent (and only those: a field left out is
    parsed, one sent as null is cleared)."""
    if request.requirement is None:
        return None
    return request.requirement.model_dump(mode="json", exclude_unset=True)


def _execution_arn(state_machine_arn: str, name: str) -> str:
    # arn:aws:states:REGION:ACCOUNT:stateMachine:NAME -> arn:aws:states:REGION:ACCOUNT:execution:NAME:RUN
    return f"{state_machine_arn.replace(':stateMachine:', ':execution:', 1)}:{name}"

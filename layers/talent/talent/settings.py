"""Environment variables as pydantic models: the only place the code reads the environment.

Settings come in groups, one per resource or concern (`ProjectsSettings` reads PROJECTS_TABLE, and so
on; a field `users_table` reads `USERS_TABLE`). Each function declares the groups its code reads, at
import, with `require(...)`:

    SETTINGS = require(ProjectsSettings, ResultsSettings)   # functions/<name>/app.py, module level

which validates them then, at cold start: a required variable that is missing fails the start with its
name, not the first AWS call. Code reads a group with `get_settings(ProjectsSettings)` (read once per
cold start, cached). tests/unit/test_settings.py checks that each function's template environment
(Globals + its own) provides every required variable of the groups it declares and nothing else.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError

DEFAULT_GITHUB_API_URL = "https://api.github.com"
# Read by the runtime and libraries, not by our code: powertools (Logger, Metrics, Tracer) and botocore.
RUNTIME_VARIABLES = frozenset(
    {
        "POWERTOOLS_SERVICE_NAME",
        "POWERTOOLS_METRICS_NAMESPACE",
        "POWERTOOLS_LOG_LEVEL",
        "POWERTOOLS_LOGGER_LOG_EVENT",
        "AWS_ENDPOINT_URL",
    }
)


class SettingsError(RuntimeError):
    """The environment lacks a required variable or holds an invalid value; the message names it."""


class SettingsGroup(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def variables(cls) -> dict[str, bool]:
        """Each environment variable the group reads, and whether it is required."""
        return {name.upper(): field.is_required() for name, field in cls.model_fields.items()}

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Self:
        environ = os.environ if environ is None else environ
        values = {name: environ[name.upper()] for name in cls.model_fields if name.upper() in environ}
        try:
            return cls(**values)
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(part) for part in item['loc']).upper()}: "
                + ("required, not set" if item["type"] == "missing" else item["msg"])
                for item in error.errors(include_input=False, include_url=False)
            )
            raise SettingsError(f"{cls.__name__} from the environment: {problems}") from None


class ServiceSettings(SettingsGroup):
    app_version: str = "0.1.0"


class ApiSettings(SettingsGroup):
    # The one origin browsers may call the API from (template parameter AllowedOrigin); "*": any.
    allowed_origin: str = "*"


class AccountPolicy(SettingsGroup):
    """Accounts (issue 3): bcrypt cost and token lifetime, and the login throttle (issue 15;
    talent.accounts.service): only failures count. Per (email, source address): the first
    `login_free_failures` cost nothing, then each one makes that address wait base * 2**n seconds (at most
    max) before it may try that email again; the count is forgotten `login_failure_memory_seconds` after
    the latest failure or at a success. Per source address, across emails: `login_address_max_failures`
    failures in a window refuse it until the window ends."""

    bcrypt_rounds: int = 12
    jwt_issuer: str = "talent-pipeline"
    jwt_audience: str = "talent-pipeline-api"
    token_ttl_seconds: int = 24 * 3600
    login_free_failures: int = 3
    login_delay_base_seconds: int = 1
    login_delay_max_seconds: int = 15 * 60
    login_failure_memory_seconds: int = 24 * 3600
    login_address_max_failures: int = 50
    login_address_window_seconds: int = 15 * 60
    # Registrations per source address (talent.accounts.service): in a fixed window from the first.
    register_address_max: int = 10
    register_address_window_seconds: int = 3600


class AccountsSettings(AccountPolicy):
    """Where accounts live: what registering, logging in and checking a bearer token read."""

    users_table: str
    sessions_table: str
    jwt_secret_id: str


class ProjectsSettings(SettingsGroup):
    projects_table: str


class ResultsSettings(SettingsGroup):
    results_bucket: str


class ExportSettings(SettingsGroup):
    """A download larger than this is served from S3 by a presigned link (303): Lambda answers API
    Gateway with at most 6 MB."""

    export_inline_max_bytes: int = Field(default=5_000_000, ge=1)


class SuppressionsSettings(SettingsGroup):
    suppressions_table: str


class RunsSettings(SettingsGroup):
    """Starting a run: the state machine, the idempotency records, how long a project is kept."""

    state_machine_arn: str
    idempotency_table: str
    project_retention_days: int = 90


class RunQuotaSettings(SettingsGroup):
    """Run quotas (issue 15, second round; talent.projects.quota): per user, at most
    `runs_in_progress_max` runs in progress and `runs_per_hour_max` started in any hour; an in-progress
    slot a run never frees (a crash) expires `run_slot_seconds` after its start. Starting a run takes a
    slot; SaveResults and MarkFailed free it."""

    quotas_table: str
    runs_in_progress_max: int = 3
    runs_per_hour_max: int = 20
    run_slot_seconds: int = 2 * 3600


class GitHubApiSettings(SettingsGroup):
    # GitHub Enterprise Server: https://HOST/api/v3; the local stack points it at its emulator.
    github_api_url: str = DEFAULT_GITHUB_API_URL


class GitHubSearchSettings(SettingsGroup):
    github_token_secret_id: str
    # GitHub waits (template parameters; the local stack shortens them against its emulator).
    github_backoff_base_s: float = 1.0  # 5xx, timeouts: base * 2**attempt + jitter
    github_secondary_wait_s: float = 60.0  # a 403/429 rate limit without headers: GitHub asks for >= 60 s
    # The shared GitHub budget and cache (GitHubTable); without a table each run is on its own.
    github_table: str = ""
    github_search_per_minute: int = 30  # per token, GitHub's limits (template parameters)
    github_graphql_points_per_hour: int = 5000
    github_core_per_hour: int = 5000


class OutreachSettings(SettingsGroup):
    outreach_generator: str = "template"  # or "bedrock" (Bedrock Converse; the template on any failure)
    bedrock_model_id: str = ""


def groups(base: type[SettingsGroup] = SettingsGroup) -> list[type[SettingsGroup]]:
    """Every settings group."""
    return [group for sub in base.__subclasses__() for group in (sub, *groups(sub))]


def required_variables() -> set[str]:
    """Every variable some group requires."""
    return {name for group in groups() for name, required in group.variables().items() if required}


class _Settings:
    """`get_settings(Group)`: the group from the environment, read once (per cold start) and cached;
    `get_settings.cache_clear()` forgets every group (tests, the local stack)."""

    def __init__(self) -> None:
        self._groups: dict[type[SettingsGroup], SettingsGroup] = {}

    def __call__[G: SettingsGroup](self, group: type[G]) -> G:
        cached = self._groups.get(group)
        if not isinstance(cached, group):
            cached = self._groups[group] = group.from_environment()
        return cached

    def cache_clear(self) -> None:
        self._groups.clear()


get_settings = _Settings()


@dataclass(frozen=True)
class Declared:
    """The settings groups a function's code reads."""

    groups: tuple[type[SettingsGroup], ...]

    def variables(self) -> dict[str, bool]:
        """Every variable the function reads, and whether it is required."""
        variables: dict[str, bool] = {}
        for group in self.groups:
            variables.update(group.variables())
        return variables


def require(*groups: type[SettingsGroup]) -> Declared:
    """Declare and validate, at a function's import (its cold start), the settings groups it reads:
    SettingsError names each required variable that is missing."""
    for group in groups:
        group.from_environment()
    return Declared(groups)

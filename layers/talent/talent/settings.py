"""Environment variables as one pydantic model, read once per cold start."""

from __future__ import annotations

import os
from functools import cache

from pydantic import BaseModel, Field


class Settings(BaseModel):
    app_version: str = Field(default="0.1.0")
    users_table: str = ""
    sessions_table: str = ""
    projects_table: str = ""
    results_bucket: str = ""
    jwt_secret_id: str = ""
    suppressions_table: str = ""
    idempotency_table: str = ""
    state_machine_arn: str = ""
    github_token_secret_id: str = ""
    # GitHub waits (template parameters; the local stack shortens them against its emulator).
    github_backoff_base_s: float = 1.0  # 5xx, timeouts: base * 2**attempt + jitter
    github_secondary_wait_s: float = 60.0  # a 403/429 rate limit without headers: GitHub asks for >= 60 s
    # The shared GitHub budget and cache (GitHubTable); without a table each run is on its own.
    github_table: str = ""
    github_search_per_minute: int = 30  # per token, GitHub's limits (template parameters)
    github_graphql_points_per_hour: int = 5000
    github_core_per_hour: int = 5000
    project_retention_days: int = 90
    # The one origin browsers may call the API from (template parameter AllowedOrigin); "*": any.
    allowed_origin: str = "*"
    # Accounts (issue 3): bcrypt cost and token lifetime.
    bcrypt_rounds: int = 12
    jwt_issuer: str = "talent-pipeline"
    jwt_audience: str = "talent-pipeline-api"
    token_ttl_seconds: int = 24 * 3600
    # The login throttle (issue 15; talent.accounts.service): only failures count. Per (email, source
    # address): the first `login_free_failures` cost nothing, then each one makes that address wait
    # base * 2**n seconds (at most max) before it may try that email again; the count is forgotten
    # `login_failure_memory_seconds` after the latest failure or at a success. Per source address,
    # across emails: `login_address_max_failures` failures in a window refuse it until the window ends.
    login_free_failures: int = 3
    login_delay_base_seconds: int = 1
    login_delay_max_seconds: int = 15 * 60
    login_failure_memory_seconds: int = 24 * 3600
    login_address_max_failures: int = 50
    login_address_window_seconds: int = 15 * 60


@cache
def get_settings() -> Settings:
    """Settings from the environment; field `users_table` reads `USERS_TABLE`, and so on."""
    values = {name: os.environ[name.upper()] for name in Settings.model_fields if name.upper() in os.environ}
    return Settings(**values)

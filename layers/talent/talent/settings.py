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


@cache
def get_settings() -> Settings:
    """Settings from the environment; field `users_table` reads `USERS_TABLE`, and so on."""
    values = {name: os.environ[name.upper()] for name in Settings.model_fields if name.upper() in os.environ}
    return Settings(**values)

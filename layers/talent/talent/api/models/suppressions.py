"""Bodies of POST, GET /suppressions and DELETE /suppressions/{github_login} (functions/suppressions)."""

from __future__ import annotations

from pydantic import BaseModel, Field

GITHUB_LOGIN_PATTERN = r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"


MAX_REASON = 500


class SuppressionRequest(BaseModel):
    github_login: str = Field(
        pattern=GITHUB_LOGIN_PATTERN,
        description="A GitHub login (1-39 letters, digits or inner hyphens); compared case-insensitively",
    )
    reason: str = Field(
        default="", max_length=MAX_REASON, description="Why, e.g. 'asked not to be contacted' (optional)"
    )


class Suppression(BaseModel):
    github_login: str = Field(description="Lower-cased")
    reason: str
    created_at: str = Field(description="ISO-8601 UTC")


class SuppressionAdded(Suppression):
    projects_erased: int = Field(
        ge=0, description="How many of your stored projects held this person and had them erased now"
    )


class SuppressionList(BaseModel):
    items: list[Suppression] = Field(description="One page of entries, alphabetical by login")
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")

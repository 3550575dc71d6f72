"""The results document of a completed project, and what the API calls to read or delete results.

from talent.pipeline.results import load_project_results, delete_project_objects

results = load_project_results(project.results_key)   # -> ProjectResults
deleted = delete_project_objects(project.project_id)   # every object under projects/{id}/
"""

from __future__ import annotations

from pydantic import Field

from talent.models import Contract, JobRequirement, OutreachMessage, RankedCandidate, SearchMetadata
from talent.pipeline.registry import TRACKED_STAGES, names_text
from talent.pipeline.storage import ProjectObjectMissing, delete_project_objects, get_document

__all__ = [
    "ProjectMetadata",
    "ProjectObjectMissing",
    "ProjectResults",
    "delete_project_objects",
    "load_project_results",
    "no_match_message",
]

# Qualifiers a recruiter can act on; type:, repos:, followers: and created: are the search's own.
_MEANINGFUL = ("language:", "location:", "topic:")


class ProjectMetadata(Contract):
    """Also stored as the project item's `metadata` attribute."""

    stage_durations_ms: dict[str, int] = Field(description=f"Per stage ({names_text(TRACKED_STAGES)})")
    github: SearchMetadata
    message: str | None = Field(
        default=None, description="Why the lists are empty, e.g. when no GitHub user matched"
    )


class ProjectResults(Contract):
    """projects/{project_id}/results.json: everything GET /projects/{project_id} returns about a run."""

    project_id: str
    completed_at: str
    requirement: JobRequirement
    ranked: list[RankedCandidate] = Field(description="Best first; rank 1..n, scores descending")
    drafts: list[OutreachMessage] = Field(
        description="The top n in rank order; nobody on the user's do-not-contact list (talent.erasure)"
    )
    metadata: ProjectMetadata


def load_project_results(results_key: str) -> ProjectResults:
    """The results document a completed project's `results_key` points at.

    Raises ProjectObjectMissing if the object is gone (e.g. the project was deleted meanwhile)."""
    return get_document(results_key, ProjectResults)


def no_match_message(metadata: SearchMetadata) -> str:
    """e.g. "No GitHub users matched language:Rust location:Iceland", from the queries that ran."""
    searches: list[str] = []
    for query in metadata.queries:
        words = [w for w in query.split() if w.startswith(_MEANINGFUL)]
        text = " ".join(words) or query
        if text not in searches:
            searches.append(text)
    message = (
        f"No GitHub users matched {' or '.join(searches)}"
        if searches
        else "No GitHub users matched the job's skills and locations"
    )
    if metadata.incomplete and metadata.incomplete_reason:
        message += f" (the search was incomplete: {metadata.incomplete_reason})"
    return message

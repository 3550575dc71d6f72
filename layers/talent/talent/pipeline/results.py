"""The results document of a completed project, and what the API calls to read or delete results.

from talent.pipeline.results import load_project_results, delete_project_objects

results = load_project_results(project.results_key)   # -> ProjectResults
deleted = delete_project_objects(project.project_id)   # every object under projects/{id}/
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field

from talent.models import Contract, JobRequirement, OutreachMessage, RankedCandidate, SearchMetadata
from talent.pipeline.registry import TRACKED_STAGES, names_text
from talent.pipeline.storage import (
    ProjectObjectMissing,
    delete_project_objects,
    get_document,
    get_versioned_document,
)

__all__ = [
    "ProjectMetadata",
    "ProjectObjectMissing",
    "ProjectResults",
    "area_message",
    "delete_project_objects",
    "load_project_results",
    "load_versioned_results",
    "no_match_message",
    "short_list_message",
]

# Qualifiers a recruiter can act on; type:, repos:, followers: and created: are the search's own.
_MEANINGFUL = ("language:", "location:", "topic:")


class ProjectMetadata(Contract):
    """Also stored as the project item's `metadata` attribute."""

    stage_durations_ms: dict[str, int] = Field(description=f"Per stage ({names_text(TRACKED_STAGES)})")
    github: SearchMetadata
    message: str | None = Field(
        default=None,
        description="Why the lists are empty or shorter than max_candidates, e.g. when no GitHub user "
        "matched or the posting names nothing to search GitHub by; and when nobody on the shortlist is "
        "known to live in or near the role's places",
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


def load_versioned_results(results_key: str) -> tuple[ProjectResults, str]:
    """`load_project_results`, and the version read (`storage.current_version` tells if it changed)."""
    return get_versioned_document(results_key, ProjectResults)


def no_match_message(metadata: SearchMetadata, requirement: JobRequirement | None = None) -> str:
    """Why nobody was found, in words, from the plan's steps that ran ("No GitHub users matched the
    searches for this role: Rust developers in Iceland. …", with what to change); from the queries when
    the metadata has no plan (an older run); when none ran because the posting names nothing GitHub can
    be searched by, says so and what to add."""
    if not metadata.queries and not metadata.incomplete and requirement is not None:
        return _nothing_to_search(requirement)
    reasons = list(dict.fromkeys(reason for step in metadata.plan for reason in step.reasons))
    if reasons:  # in words: "COBOL developers in Reykjavík; owners of recent repositories tagged db2"
        anywhere = requirement is not None and requirement.remote == "remote" and not requirement.locations
        wider = "" if anywhere else ", or allow other locations or remote work,"
        return (
            f"No GitHub users matched the searches for this role: {'; '.join(reasons)}. Name more widely "
            f"used technologies{wider} and run it again." + _incomplete(metadata)
        )
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
    return message + _incomplete(metadata)


def short_list_message(metadata: SearchMetadata, ranked: int, asked: int, left_out: int = 0) -> str | None:
    """Why a run's shortlist holds fewer candidates than its max_candidates (None when it holds them all),
    e.g. "GitHub's searches found 268 developers for this role, fewer than the 500 asked for". `left_out`:
    the ranked people on the user's do-not-contact list, whom the shortlist leaves out; the search left
    out those it found listed already (`metadata.left_out_listed`), who count among those found."""
    kept = ranked - left_out
    if kept >= asked:
        return None
    listed = left_out + metadata.left_out_listed
    everyone = ranked + metadata.left_out_listed  # all the searches found
    if everyone >= asked:  # enough were found: the list made it short
        # the counts add up (a new user's "49 of the 50 ...: 2 are on your list" did not): the search
        # replaced those it found listed, so only the found total holds both
        asked_for = f"{asked} developer{'' if asked == 1 else 's'} asked for"
        return (
            f"{kept} of the {asked_for} {_verb(kept, 'is', 'are')} shortlisted: the searches found "
            f"{everyone}, and {listed} of them {_verb(listed, 'is', 'are')} on your do-not-contact list "
            "and left out"
        )
    if metadata.incomplete:
        found = f"The search stopped with {kept} of the {asked} developers asked for{_incomplete(metadata)}"
    else:
        found = (
            f"GitHub's searches found {everyone} developer{'' if everyone == 1 else 's'} for this role, "
            f"fewer than the {asked} asked for: every step of the search plan ran "
            f"({_searches(len(metadata.queries))})"
        )
    return f"{found}; {_listed(listed)}" if listed else found


def area_message(ranked: Sequence[RankedCandidate], requirement: JobRequirement) -> str | None:
    """Why a shortlist for a role limited to places holds nobody known to live there, or None: "Nobody
    on the shortlist is known to live in the role's area (onsite/hybrid in Munich, DE): 18 of the 30
    live outside it and get no draft. …". The searches there found too few and the searches anywhere
    filled the list; the ranking caps those outside and drafts them nothing (`outside_area`), so without
    this a run could end with a full list, few drafts and no word why. `ranked`: the shortlist, without
    anyone on the do-not-contact list. Only for an onsite or hybrid city and a region-limited role: a
    time-zone band alone, or places the policy could not read, limit no area."""
    from talent.geo.policy import COMMUTE, location_policy

    factors = [entry.breakdown.get("location") for entry in ranked]
    if not requirement.locations or not factors or any(f is None or f.weight == 0 for f in factors):
        return None  # location is not scored
    if any(f is not None and f.value >= COMMUTE for f in factors):
        return None  # someone lives in the city, within commuting distance of it, or in the region
    # only now: the policy reads the place data (about 0.3 s). Without its time-zone band, which the
    # location factor's value also holds (the lower of the two): a Lisbon developer is in an EU role's
    # area whatever hours the team keeps
    policy = location_policy(requirement.model_copy(update={"utc_band": None}))
    if policy.kind not in ("city", "region"):
        return None
    if any(policy.fit(entry.candidate.location, entry.candidate.bio).value >= COMMUTE for entry in ranked):
        return None
    counted = _who_is_where(ranked)
    wider = "allow remote work" if policy.kind == "city" else "widen the region"
    wider += " or offer relocation" if policy.kind == "city" and not policy.relocation else ""
    return (
        f"Nobody on the shortlist is known to live in the role's area ({policy.described}): {counted}. "
        f"GitHub's searches found too few developers there who show the role's skills; {wider}, or "
        "correct the places, and run it again"
    )


def _who_is_where(ranked: Sequence[RankedCandidate]) -> str:
    """ "2 of the 30 live outside it and get no draft, 3 live elsewhere and score lower for it, and 25
    give no location it can place": capped, known to live elsewhere but not capped (in the role's country,
    or the role offers relocation), and unknown."""
    from talent.geo.places import resolve

    outside = sum(entry.outside_area for entry in ranked)
    places = [resolve(entry.candidate.location) for entry in ranked if not entry.outside_area]
    placed = sum(place is not None and place.country is not None for place in places)
    unknown = len(places) - placed
    parts = []
    if outside:
        parts.append(
            f"{outside} of the {len(ranked)} {_verb(outside, 'lives', 'live')} outside it and "
            f"{_verb(outside, 'gets', 'get')} no draft"
        )
    if placed:
        lives, scores = _verb(placed, "lives", "live"), _verb(placed, "scores", "score")
        parts.append(f"{placed} {lives} elsewhere and {scores} lower for it")
    if unknown:
        parts.append(f"{unknown} {_verb(unknown, 'gives', 'give')} no location it can place")
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])}, and {parts[-1]}"


def _verb(count: int, one: str, more: str) -> str:
    return one if count == 1 else more


def _listed(count: int) -> str:
    return f"{count} {'is' if count == 1 else 'are'} on your do-not-contact list and left out"


def _searches(count: int) -> str:
    return f"{count} search{'' if count == 1 else 'es'}"


def _nothing_to_search(requirement: JobRequirement) -> str:
    named = [*requirement.required_skills, *requirement.preferred_skills]
    found = (
        f" (it names {', '.join(named)}, which GitHub's searches cannot find developers by)" if named else ""
    )
    return (
        "Nothing was searched for: the job description names no programming language or technology "
        f"to search GitHub by{found}. Talent Pipeline finds developers by their public work on GitHub; "
        'for a developer role, name the languages and tools it needs, e.g. "Python, PostgreSQL", and run '
        "it again. POST /jd/parse shows a posting's search plan before a run."
    )


def _incomplete(metadata: SearchMetadata) -> str:
    if metadata.incomplete and metadata.incomplete_reason:
        return f" (the search was incomplete: {metadata.incomplete_reason})"
    return ""

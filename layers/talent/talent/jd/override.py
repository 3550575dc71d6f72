"""A recruiter's corrections to a parsed posting: the fields of `RequirementOverride` a run request (or
POST /jd/parse) sends replace what parse_jd read, so a place or a skill the parser missed (or invented)
is not searched, ranked and drafted with. Applied where the posting is read (talent.jd.reading: the parse
stage, the preview), with the vocabulary loaded; the API checks the values first
(talent.projects.runs.checked_corrections)."""

from __future__ import annotations

from collections.abc import Iterable

from talent.jd.parser import search_hints
from talent.jd.taxonomy import canonical_name
from talent.models import JobRequirement, RequirementOverride

_SKILL_FIELDS = ("required_skills", "preferred_skills")


def with_override(parsed: JobRequirement, override: RequirementOverride | None) -> JobRequirement:
    """`parsed` with each field `override` sets (`model_fields_set`) in its place. Skills are named as
    parse_jd names them (`canonical_name`; an unknown name is kept as sent), each once whatever its case,
    a required skill never also preferred; the search hints and the alternatives follow the skills."""
    if override is None or not override.model_fields_set:
        return parsed
    changes = override.model_dump(include=override.model_fields_set)  # plain values: a band is a dict
    required = _named(changes.get("required_skills", parsed.required_skills))
    asked = {name.casefold() for name in required}
    preferred = [
        s
        for s in _named(changes.get("preferred_skills", parsed.preferred_skills))
        if s.casefold() not in asked
    ]
    if changes.keys() & set(_SKILL_FIELDS):
        changes.update(
            required_skills=required,
            preferred_skills=preferred,
            alternatives=_alternatives_within(parsed.alternatives, required),
            search=search_hints(required, preferred),
        )
    if "locations" in changes:
        changes["locations"] = _distinct(changes["locations"])
    return JobRequirement.model_validate({**parsed.model_dump(), **changes})


def _named(names: Iterable[str]) -> list[str]:
    return _distinct(canonical_name(name) or name for name in names)


def _distinct(names: Iterable[str]) -> list[str]:
    """Each name once, as first written, whatever its case."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def _alternatives_within(groups: list[list[str]], required: list[str]) -> list[list[str]]:
    """The parsed choices among the skills still required ("Django, Flask or FastAPI" less those removed),
    a group of one being no choice."""
    kept = [[name for name in group if name in required] for group in groups]
    return [group for group in kept if len(group) > 1]

"""A recruiter's corrections replace what parse_jd read, field by field (talent.jd.override)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from talent.jd import parse_jd
from talent.jd.override import with_override
from talent.models import JobRequirement, RequirementOverride

POSTING = """Senior Backend Engineer (Django, Flask or FastAPI)

Requirements:
- 5+ years with Python
- Django, Flask or FastAPI
- PostgreSQL

Nice to have: Kubernetes

Hybrid, two days a week in our office.
"""


@pytest.fixture(scope="module")
def parsed() -> JobRequirement:
    requirement = parse_jd(POSTING)
    # the posting as parse_jd reads it: the premise of every test below
    assert requirement.alternatives == [["Django", "Flask", "FastAPI"]]
    assert (requirement.seniority, requirement.min_years, requirement.remote) == ("senior", 5, "hybrid")
    assert requirement.locations == []
    return requirement


def _set(**fields: object) -> RequirementOverride:
    return RequirementOverride.model_validate(fields)


def test_no_fields_sent_changes_nothing(parsed: JobRequirement) -> None:
    assert with_override(parsed, None) == parsed
    assert with_override(parsed, _set()) == parsed


def test_a_field_sent_replaces_the_parse_and_the_others_stay(parsed: JobRequirement) -> None:
    got = with_override(parsed, _set(locations=["Berlin", "berlin", "Hamburg"], remote="onsite"))

    assert got.locations == ["Berlin", "Hamburg"]  # each place once
    assert got.remote == "onsite"
    assert got.model_dump(exclude={"locations", "remote"}) == parsed.model_dump(
        exclude={"locations", "remote"}
    )


def test_null_clears_a_level_and_an_empty_list_clears_a_list(parsed: JobRequirement) -> None:
    got = with_override(parsed, _set(seniority=None, min_years=None, preferred_skills=[]))

    assert (got.seniority, got.min_years, got.preferred_skills) == (None, None, [])
    assert got.required_skills == parsed.required_skills


def test_skills_are_named_as_the_parser_names_them(parsed: JobRequirement) -> None:
    got = with_override(
        parsed,
        _set(
            required_skills=["golang", "k8s", "Kubernetes", "Temporal.io workflows"], preferred_skills=["GO"]
        ),
    )

    assert got.required_skills == ["Go", "Kubernetes", "Temporal.io workflows"]  # unknown: kept as sent
    assert got.preferred_skills == []  # a required skill is never also preferred
    assert got.search.languages == ["Go"]  # the search follows the skills sent, not the parsed Python
    assert "kubernetes" in got.search.topics


def test_the_parsed_choices_keep_only_the_skills_still_required(parsed: JobRequirement) -> None:
    got = with_override(parsed, _set(required_skills=["Python", "Django", "FastAPI"]))
    assert got.alternatives == [["Django", "FastAPI"]]

    got = with_override(parsed, _set(required_skills=["Python", "Django"]))
    assert got.alternatives == []  # one of a choice left is no choice


@pytest.mark.parametrize(
    "fields",
    [
        {"title": None},  # only seniority, min_years and remote take null
        {"required_skills": None},
        {"locations": [" "]},
        {"locations": ["Berlin\nHamburg"]},
        {"required_skills": ["x" * 61]},
        {"required_skills": ["Go"] * 31},
        {"locations": ["Berlin"] * 11},
        {"min_years": "5"},
        {"min_years": 51},
        {"remote": "sometimes"},
        {"seniority": "wizard"},
        {"salary": 100_000},
    ],
)
def test_a_field_outside_its_limits_is_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        RequirementOverride.model_validate(fields)

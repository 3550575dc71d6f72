"""A recruiter's corrections replace what parse_jd read, field by field (talent.jd.override)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from talent.jd import parse_jd
from talent.jd.override import with_override
from talent.models import JobRequirement, RequirementOverride, TimeZoneBand

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


def test_a_required_skill_is_not_also_preferred_whatever_its_case(parsed: JobRequirement) -> None:
    got = with_override(parsed, _set(required_skills=["Foo Cloud"], preferred_skills=["foo cloud", "Bar"]))
    assert (got.required_skills, got.preferred_skills) == (["Foo Cloud"], ["Bar"])


def test_the_time_zone_band_can_be_set_or_dropped() -> None:
    parsed = parse_jd("Backend Engineer (Go)\n\nRemote within European time zones (CET +/- 2 hours).")
    parsed = parsed.model_copy(
        update={"utc_band": TimeZoneBand(earliest=-1, latest=3)}
    )  # as the stage reads it

    assert with_override(parsed, _set(utc_band=None)).utc_band is None
    assert with_override(parsed, _set(utc_band={"earliest": -6, "latest": -5})).utc_band == TimeZoneBand(
        earliest=-6, latest=-5
    )
    assert with_override(parsed, _set(locations=["Austin"])).utc_band == parsed.utc_band  # not sent: kept


def test_relocation_can_be_set_or_cleared() -> None:
    # a new user's: a misread "Umzugsunterstützung wird leider nicht angeboten" could not be corrected
    parsed = parse_jd("Backend Engineer (Go)\n\nOnsite in Munich.").model_copy(update={"relocation": True})

    assert with_override(parsed, _set(relocation=False)).relocation is False
    assert with_override(parsed, _set(relocation=None)).relocation is None
    assert with_override(parsed, _set(locations=["Munich"])).relocation is True  # not sent: kept


def test_the_drafts_language_can_be_set_or_cleared() -> None:
    parsed = parse_jd("Backend Engineer (Go)\n\nOnsite in Munich.").model_copy(update={"language": "de"})

    assert with_override(parsed, _set(language="en")).language == "en"
    assert with_override(parsed, _set(language=None)).language is None  # drafted in English
    assert with_override(parsed, _set(locations=["Munich"])).language == "de"  # not sent: kept


def test_what_was_sent_is_told_apart_from_what_was_left_out() -> None:
    assert _set().sent() == {}
    assert _set(seniority=None, required_skills=[]).sent() == {"seniority": None, "required_skills": []}


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        (
            {"title": None},
            ("title",),
        ),  # only seniority, min_years, remote, utc_band, relocation, language take null
        ({"required_skills": None}, ("required_skills",)),
        ({"locations": [" "]}, ("locations", 0)),
        ({"locations": ["Berlin", "Ham\nburg"]}, ("locations", 1)),
        ({"title": "T\u202eitle"}, ("title",)),  # a text-direction override
        ({"title": "\u200b"}, ("title",)),  # nothing printed
        ({"required_skills": ["Go", "Rust\u2028Zig"]}, ("required_skills", 1)),  # a line separator
        ({"required_skills": ["!!"]}, ("required_skills", 0)),  # no letter or digit
        ({"required_skills": ["x" * 61]}, ("required_skills", 0)),
        ({"required_skills": ["Go"] * 31}, ("required_skills",)),
        ({"locations": ["Berlin"] * 11}, ("locations",)),
        ({"min_years": "5"}, ("min_years",)),
        ({"min_years": 51}, ("min_years",)),
        ({"remote": "sometimes"}, ("remote",)),
        ({"seniority": "wizard"}, ("seniority",)),
        ({"utc_band": {"earliest": -13, "latest": 0}}, ("utc_band", "earliest")),
        ({"utc_band": {"earliest": 3, "latest": -1}}, ("utc_band",)),  # no band wraps the date line
        ({"utc_band": {"earliest": True, "latest": 2}}, ("utc_band", "earliest")),  # JSON numbers only
        ({"utc_band": {"earliest": -1, "latest": "2"}}, ("utc_band", "latest")),
        ({"locations": ["Berlin\u061c"]}, ("locations", 0)),  # an Arabic letter mark: text direction
        ({"title": "Eng\u00adineer"}, ("title",)),  # a soft hyphen, invisible
        ({"required_skills": ["Go", "Java, Spring Boot, Kafka"]}, ("required_skills", 1)),  # one per item
        ({"salary": 100_000}, ("salary",)),
        ({"relocation": "yes"}, ("relocation",)),  # JSON booleans only
        ({"relocation": 1}, ("relocation",)),
        ({"language": "it"}, ("language",)),  # a language drafts are not written in
        ({"language": "DE"}, ("language",)),
    ],
)
def test_a_field_outside_its_limits_is_refused_by_name(
    fields: dict[str, object], where: tuple[object, ...]
) -> None:
    with pytest.raises(ValidationError) as refused:
        RequirementOverride.model_validate(fields)
    assert [error["loc"] for error in refused.value.errors()] == [where]


def test_a_name_or_place_may_hold_any_printed_text() -> None:
    sent = _set(title="Développeur·se C++ (H/F)", required_skills=[" C# ", ".NET"], locations=["São Paulo"])
    assert (sent.title, sent.required_skills, sent.locations) == (
        "Développeur·se C++ (H/F)",
        ["C#", ".NET"],
        ["São Paulo"],
    )

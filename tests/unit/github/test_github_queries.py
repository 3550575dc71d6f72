"""build_queries: GitHub's limits hold for any requirement, and the qualifiers follow it."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from talent.github import build_queries, estimate_enrich_cost
from talent.github.queries import (
    MAX_BASE_QUERIES,
    MAX_OPERATORS,
    MAX_QUERY_CHARS,
    count_operators,
    created_ranges,
)
from talent.models import JobRequirement, SearchHints

NASTY = ['San "Quoted" City', "Portland OR Seattle", "NOT AND OR " * 20, "x" * 400, "Zürich:CH",
         "東京", "a\\b\nc", "   ", "Remote", "New York, NY, USA", "Saint-Étienne", "C:/temp"]  # fmt: skip
LANGS = ["Python", "Go", "C#", "C++", "Jupyter Notebook", "Objective-C", "F#", "Visual Basic .NET",
         'Bad "lang" OR NOT', "x" * 300, "", "TypeScript"]  # fmt: skip
SKILLS = ["Python", "Go", "Kubernetes", "React", "JavaScript", "AWS"]
_LOCATION = re.compile(r'location:("[^"]*"|\S+)')
_LANGUAGE = re.compile(r'language:("[^"]*"|\S+)')


def random_requirement(rng: random.Random) -> JobRequirement:
    return JobRequirement(
        title="Engineer",
        seniority=rng.choice([None, "junior", "mid", "senior", "staff", "principal"]),
        required_skills=rng.sample(SKILLS, k=rng.randint(0, 4)),
        locations=rng.sample(NASTY, k=rng.randint(0, 4)),
        remote=rng.choice([None, "remote", "hybrid", "onsite"]),
        search=SearchHints(languages=rng.sample(LANGS, k=rng.randint(0, 5))),
    )  # fmt: skip


def test_every_query_respects_github_limits_for_many_requirements() -> None:
    rng = random.Random(7)
    checked = 0
    for _ in range(600):
        requirement = random_requirement(rng)
        wanted = rng.choice([1, 50, 100, 700, 2000, 10_000])
        queries = build_queries(requirement, wanted=wanted, today=date(2025, 6, 1))
        assert queries
        for query in queries:
            checked += 1
            assert len(query) <= MAX_QUERY_CHARS, query
            assert count_operators(query) <= MAX_OPERATORS, query
            assert count_operators(query) == 0, query  # qualifiers only: nothing for GitHub to misparse
            assert query.startswith("type:user "), query
            assert len(_LOCATION.findall(query)) <= 1, query
            assert len(_LANGUAGE.findall(query)) <= 1, query
            assert query.count('"') % 2 == 0, query
            if requirement.remote == "remote":
                assert "location:" not in query
    assert checked > 1000


def test_one_query_per_language_and_location() -> None:
    requirement = JobRequirement(
        title="x",
        locations=["Berlin, Germany", "Lisbon"],
        remote="hybrid",
        search=SearchHints(languages=["Python", "Go", "python"]),
    )
    assert build_queries(requirement) == [
        "type:user repos:>=3 language:Python location:Berlin",
        "type:user repos:>=3 language:Go location:Berlin",
        "type:user repos:>=3 language:Python location:Lisbon",
        "type:user repos:>=3 language:Go location:Lisbon",
    ]


def test_remote_roles_ignore_locations_and_seniority_sets_a_followers_floor() -> None:
    requirement = JobRequirement(title="x", seniority="staff", locations=["Berlin"], remote="remote")
    assert build_queries(requirement) == ["type:user repos:>=3 followers:>=10"]


def test_languages_come_from_the_taxonomy_when_no_hints() -> None:
    requirement = JobRequirement(title="x", required_skills=["Kubernetes", "Go", "Python"])
    queries = build_queries(requirement)
    assert [q.split()[-1] for q in queries] == ["language:Go", "language:Python"]


def test_multi_word_and_symbol_values_are_quoted() -> None:
    requirement = JobRequirement(
        title="x", locations=["São Paulo"], search=SearchHints(languages=["Jupyter Notebook", "C#"])
    )
    assert build_queries(requirement) == [
        'type:user repos:>=3 language:"Jupyter Notebook" location:"São Paulo"',
        'type:user repos:>=3 language:"C#" location:"São Paulo"',
    ]


def test_base_queries_are_capped() -> None:
    requirement = JobRequirement(
        title="x", locations=["A", "B", "C", "D"], search=SearchHints(languages=["Go", "Rust", "C", "Java"])
    )
    assert len(build_queries(requirement)) == MAX_BASE_QUERIES


def test_no_split_while_one_query_can_hold_what_is_wanted() -> None:
    requirement = JobRequirement(title="x", search=SearchHints(languages=["Go"]))
    assert build_queries(requirement, wanted=600) == ["type:user repos:>=3 language:Go"]
    split = build_queries(requirement, wanted=3000, today=date(2025, 6, 1))
    assert len(split) > 1
    assert all(q.startswith("type:user repos:>=3 language:Go created:") for q in split)


@pytest.mark.parametrize("slices", [1, 2, 3, 7, 8])
def test_created_ranges_cover_2008_to_today_without_gaps_or_overlaps(slices: int) -> None:
    today = date(2025, 6, 1)
    ranges = created_ranges(slices, today)
    assert len(ranges) == slices
    assert ranges[-1].startswith(">=")
    previous_end = date(2007, 12, 31)
    for value in ranges[:-1]:
        start, end = (date.fromisoformat(x) for x in value.split(".."))
        assert start == previous_end + timedelta(days=1)
        assert start <= end
        previous_end = end
    assert date.fromisoformat(ranges[-1][2:]) == previous_end + timedelta(days=1) or slices == 1


def test_enrich_cost_follows_githubs_formula() -> None:
    # followers + repositories per user, topics + languages per repo; /100, rounded, min 1.
    assert estimate_enrich_cost(1, 1) == 1
    assert estimate_enrich_cost(20, 10) == 4
    assert estimate_enrich_cost(50, 20) == 21
    assert estimate_enrich_cost(100, 10) == 22


def test_sample_stage_event_holds_a_valid_requirement() -> None:
    event = json.loads((Path(__file__).resolve().parents[3] / "events/stages/search_github.json").read_text())
    requirement = JobRequirement.model_validate(event["requirement"])
    assert build_queries(requirement, wanted=event["max_candidates"]) == [
        "type:user repos:>=3 followers:>=5 language:Python location:Berlin",
        "type:user repos:>=3 followers:>=5 language:Go location:Berlin",
        "type:user repos:>=3 followers:>=5 language:Python location:Lisbon",
        "type:user repos:>=3 followers:>=5 language:Go location:Lisbon",
    ]

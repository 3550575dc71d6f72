"""Pass 0: a career page's schema.org JobPosting data fills what the prose leaves unsaid."""

from __future__ import annotations

import json

from talent.jd import parse_jd
from talent.jd.structured import PostingData, posting_data


def page(
    data: object, prose: str = "DevOps Engineer\n\nYou'll need professional experience with Kubernetes."
) -> str:
    return f'{prose}\n<script type="application/ld+json">\n{json.dumps(data)}\n</script>'


def test_a_remote_job_for_applicants_in_listed_countries() -> None:
    """A DevOps posting said nothing of place in its prose; its JobPosting data limited applicants to the
    Americas, and a recruiter's judge excluded people in Berlin and London (shortlist tuning set)."""
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "jobLocationType": "TELECOMMUTE",
        "applicantLocationRequirements": {"@type": "Country", "name": ["US", "CA", "MX"]},
        "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36},
    }
    result = parse_jd(page(data))
    assert (result.remote, result.locations) == ("remote", ["US", "CA", "MX"])
    assert result.min_years == 3
    assert result.required_skills == ["Kubernetes"]  # the JSON is no prose: no skill read from it


def test_an_office_address_in_a_graph_and_the_prose_wins_where_it_speaks() -> None:
    office = {"@type": "Place", "address": {"addressLocality": "Lyon", "addressCountry": "FR"}}
    data = {"@graph": [{"@type": "Organization"}, {"@type": "JobPosting", "jobLocation": office}]}
    assert posting_data(page(data)) == PostingData(None, ["Lyon, FR"], None)
    said = parse_jd(page(data, "Backend Engineer\n\nLocation: Paris, hybrid.\n\n- Python"))
    assert (said.remote, said.locations) == ("hybrid", ["Paris"])


def test_broken_deep_or_foreign_blocks_are_ignored() -> None:
    assert posting_data("Engineer\n<script type='application/ld+json'>{not json</script>") == PostingData()
    deep = "[" * 5000 + "]" * 5000
    assert posting_data(f"<script type='application/ld+json'>{deep}</script>") == PostingData()
    assert posting_data(page({"@type": "Organization", "name": "Acme"})) == PostingData()
    assert posting_data("no data at all") == PostingData()

"""area_message: a shortlist with nobody known to live in the role's area says so, and only then.

Ranked by the real ranking (talent.ranking) against real location policies (talent.geo.policy)."""

from __future__ import annotations

from typing import Any

import pytest

from talent.models import TimeZoneBand
from talent.pipeline.results import area_message
from talent.ranking import rank_candidates
from tests.unit.factories import NOW, go_kubernetes_developer, make_requirement


def shortlist(requirement: Any, *locations: str | None) -> list[Any]:
    people = [go_kubernetes_developer(f"synth-{i}", location=where) for i, where in enumerate(locations)]
    return rank_candidates(people, requirement, now=NOW)


def test_an_office_role_with_nobody_near_its_city_says_who_is_outside() -> None:
    requirement = make_requirement(locations=["Munich, Germany"], remote="onsite")
    message = area_message(shortlist(requirement, "Austin, TX", "Lisbon, Portugal", None), requirement)
    assert message == (
        "Nobody on the shortlist is known to live in the role's area (onsite/hybrid in Munich, DE): 2 of "
        "the 3 live outside it and get no draft, and 1 gives no location it can place. GitHub's searches "
        "found too few developers there who show the role's skills; allow remote work or offer relocation, "
        "or correct the places, and run it again"
    )


def test_someone_near_the_city_silences_it() -> None:
    requirement = make_requirement(locations=["Munich, Germany"], remote="onsite")
    assert area_message(shortlist(requirement, "Austin, TX", "München, Deutschland"), requirement) is None


def test_same_country_and_unknown_places_are_not_called_outside() -> None:
    # a review's: "Remote", "Earth" and a move within the country are neither in nor out
    requirement = make_requirement(locations=["Berlin, Germany"], remote="hybrid")
    message = area_message(shortlist(requirement, "Hamburg, Germany", "Earth"), requirement)
    assert message is not None
    assert (
        "(onsite/hybrid in Berlin, DE): 1 lives elsewhere and scores lower for it, and 1 gives no " in message
    )


def test_people_in_the_area_silence_it_whatever_the_hours() -> None:
    # a second review's: an EU role kept to New York hours scored Berlin and Lisbon low on the band, and
    # the message said nobody lived in the EU
    band = TimeZoneBand(earliest=-8, latest=-2)
    requirement = make_requirement(locations=["EU"], remote="remote", utc_band=band)
    assert area_message(shortlist(requirement, "Berlin, Germany", "Lisbon, Portugal"), requirement) is None
    onsite = make_requirement(locations=["Munich, Germany"], remote="onsite", utc_band=band)
    assert area_message(shortlist(onsite, "München, Deutschland"), onsite) is None


def test_a_role_that_offers_relocation_is_not_told_to_offer_it() -> None:
    requirement = make_requirement(locations=["Munich, Germany"], remote="onsite", relocation=True)
    message = area_message(shortlist(requirement, "Austin, TX", "Lisbon, Portugal", None), requirement)
    assert message is not None
    assert "; allow remote work, or correct the places" in message
    # a trial's: "50 give no place in it" when they had named Munich and Poland
    assert (
        "(onsite/hybrid in Munich, DE): 2 live elsewhere and score lower for it, and 1 gives no location it "
        "can place." in message
    )


def test_a_region_limited_remote_role_is_told_to_widen_the_region() -> None:
    requirement = make_requirement(locations=["EU"], remote="remote")
    message = area_message(shortlist(requirement, "London, UK"), requirement)
    assert message is not None
    assert message.startswith(
        "Nobody on the shortlist is known to live in the role's area (remote within EU): 1 of the 1 lives "
        "outside it and gets no draft."
    )
    assert "; widen the region, or correct the places" in message


@pytest.mark.parametrize(
    "requirement",
    [
        # a remote role whose cities are offices, scored on a time-zone band only (a review's)
        make_requirement(
            locations=["Dublin", "Berlin"], remote="remote", utc_band=TimeZoneBand(earliest=-1, latest=3)
        ),
        # places the policy cannot read, with a band (a review's)
        make_requirement(
            locations=["Xyzzyville"], remote="onsite", utc_band=TimeZoneBand(earliest=-1, latest=3)
        ),
        make_requirement(locations=[], remote="remote"),
    ],
)
def test_a_role_with_no_area_gets_no_word_on_it(requirement: Any) -> None:
    assert (
        area_message(shortlist(requirement, "New York, NY", "San Francisco, CA", None), requirement) is None
    )


def test_an_empty_shortlist_gets_no_word_on_it() -> None:
    assert area_message([], make_requirement()) is None

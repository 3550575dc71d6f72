"""A REST search that times out answers 200 with `incomplete_results: true` and the matches found
before the timeout, so a page can hold fewer than per_page items while more pages exist.

Sources: docs.github.com "Troubleshooting search queries" ("search returns all matches that were found
prior to the timeout"); the REST search reference ("Timeouts and incomplete results"); PyGithub's
recorded tests/ReplayData/PaginatedList.testSearchWithIncompleteResults.txt (incomplete_results: true
on page 1 with `Link: <...&page=2>; rel="next"`, and page 2 answering more items). The emulator's own
`incomplete_results` fault answers exactly this (half the page).
"""

from __future__ import annotations

import asyncio

import pytest

from talent.github import GitHubConfig, search_github
from talent.models import JobRequirement
from talent_local.github_emulator import start_emulator

pytestmark = pytest.mark.integration
PYTHON = JobRequirement(title="Python developer", required_skills=["Python"])
CORE = "type%3Auser+repos%3A%3E%3D3+language%3APython"


class Sleeps:
    async def __call__(self, seconds: float) -> None:
        pass


def test_a_short_incomplete_page_does_not_end_the_query() -> None:
    with start_emulator() as github:
        github.inject("incomplete_results", times=1)  # page 1 of the core query: 50 of 100 items
        result = asyncio.run(
            search_github(
                PYTHON,
                config=GitHubConfig(api_url=github.url, token="emulator-token"),
                sleep=Sleeps(),
                max_candidates=50,  # a pool of 200: the core query has 208 matches, so page 2 is needed
            )
        )
        core_pages = [
            log.query for log in github.requests if log.path == "/search/users" and CORE in log.query
        ]
    # Before, only page 1 was read: the short page was taken for the last one, and the pool was filled by
    # the later "relatives" and "broader" steps (no repos:>=3 floor) with people who fit the role less.
    assert any("page=2" in query for query in core_pages), core_pages
    assert len(result.candidates) == 200

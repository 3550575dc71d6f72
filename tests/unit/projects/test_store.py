"""The projects data layer on moto: ownership-free storage, newest-first pages, ETA samples."""

from collections.abc import Iterator
from typing import Any

import pytest

from talent.projects.listing import list_projects
from talent.projects.records import ProjectRecord, UnreadableProject
from talent.projects.status import RunSize, fallback_stage_seconds, typical_stage_seconds
from talent.projects.store import projects_store
from talent_local.template import Template
from tests.in_process_aws import in_process_aws


@pytest.fixture
def projects(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with in_process_aws(
        monkeypatch, Template(), {"PROJECTS_TABLE": "unit-projects"}, {"ProjectsTable": "unit-projects"}
    ) as dynamodb:
        yield dynamodb


def _project(number: int, user_id: str = "u1", **extra: Any) -> ProjectRecord:
    return ProjectRecord.model_validate(
        {
            "project_id": f"p{number}",
            "user_id": user_id,
            "created_at": f"2026-11-24T10:00:{number:02d}.000000Z",
            "status": "running",
            "job_description_text": "x" * 1000,
            **extra,
        }
    )


def test_pages_are_newest_first_and_per_user(projects: Any) -> None:
    for number in range(5):
        projects_store().put_new_project(_project(number))
    projects_store().put_new_project(_project(9, user_id="someone-else"))
    first, key = projects_store().query_user_projects("u1", 3)
    assert [p.project_id for p in first] == ["p4", "p3", "p2"]
    assert key is not None
    rest, last = projects_store().query_user_projects("u1", 3, key)
    assert [p.project_id for p in rest] == ["p1", "p0"]
    assert last is None


def test_a_project_id_is_written_once(projects: Any) -> None:
    from botocore.exceptions import ClientError

    projects_store().put_new_project(_project(1))
    with pytest.raises(ClientError):
        projects_store().put_new_project(_project(1, status="completed"))
    stored = projects_store().get_project("p1")
    assert stored is not None
    assert stored.status == "running"


def test_estimates_are_medians_of_recent_completed_runs(projects: Any) -> None:
    runs = [
        {"parse_jd": 100, "search_github": 4000, "rank_candidates": 50, "generate_outreach": 300},
        {"parse_jd": 300, "search_github": 8000, "rank_candidates": 70, "generate_outreach": 500},
        {"parse_jd": 200, "search_github": 6000, "rank_candidates": 60, "generate_outreach": 400},
    ]
    for number, durations in enumerate(runs):
        projects_store().put_new_project(
            _project(
                number,
                status="completed",
                metadata={"stage_durations_ms": durations},
                candidate_count=50,
                draft_count=10,
            )
        )  # items from before max_candidates and top_n were stored: their counts stand in
    projects_store().put_new_project(
        _project(7, status="failed", metadata={"stage_durations_ms": {"parse_jd": 99999}})
    )
    assert typical_stage_seconds("u1") == {
        "parse_jd": 0.2,
        "search_github": 6.0,
        "rank_candidates": 0.06,
        "generate_outreach": 0.4,
    }
    assert typical_stage_seconds("new-user") == fallback_stage_seconds()


def test_a_bigger_run_than_the_recent_ones_is_expected_to_take_longer(projects: Any) -> None:
    """A new user's 500-candidate search was promised the seconds of their 30-candidate runs."""
    for number, seconds in enumerate([3, 4, 5]):
        durations = {"parse_jd": 100, "search_github": seconds * 1000, "rank_candidates": 300,
                     "generate_outreach": 200}  # fmt: skip
        projects_store().put_new_project(
            _project(number, status="completed", metadata={"stage_durations_ms": durations},
                     max_candidates=30, top_n=5)
        )  # fmt: skip
    big = typical_stage_seconds("u1", RunSize(candidates=500, drafts=50))
    assert big["search_github"] == pytest.approx(4 / 30 * 500)  # the median seconds per candidate
    assert big["rank_candidates"] == pytest.approx(0.3 / 30 * 500)
    assert big["generate_outreach"] == pytest.approx(0.2 / 5 * 50)  # per draft
    assert big["parse_jd"] == pytest.approx(0.1)  # a fixed cost
    # A smaller run is not promised less than the usual: searches cost the same however few it keeps.
    small = typical_stage_seconds("u1", RunSize(candidates=3, drafts=1))
    assert small == {"parse_jd": 0.1, "search_github": 4.0, "rank_candidates": 0.3, "generate_outreach": 0.2}


def test_runs_of_several_sizes_give_a_fixed_and_a_per_candidate_cost(projects: Any) -> None:
    # Linear scaling of 30-candidate runs promised 29 s for a 500-candidate run that took 11 s on the
    # local stack: part of a search is fixed. Once the user has run two sizes, a line separates them.
    for number, (count, seconds) in enumerate([(30, 3), (30, 3), (300, 12)]):
        durations = {"parse_jd": 100, "search_github": seconds * 1000, "rank_candidates": 300,
                     "generate_outreach": 200}  # fmt: skip
        projects_store().put_new_project(
            _project(number, status="completed", metadata={"stage_durations_ms": durations},
                     max_candidates=count, top_n=5, candidate_count=count // 3)
        )  # fmt: skip
    estimate = typical_stage_seconds("u1", RunSize(candidates=500, drafts=5))["search_github"]
    assert estimate == pytest.approx(2 + 500 / 30)  # 2 s fixed, then 1/30 s per candidate
    assert (
        typical_stage_seconds("u1", RunSize(candidates=1, drafts=5))["search_github"] == 3
    )  # never below a run seen


def test_a_new_users_fallback_grows_with_the_run_it_is_asked_for(projects: Any) -> None:
    fallback = fallback_stage_seconds()
    assert typical_stage_seconds("new-user", RunSize()) == fallback  # the request's defaults
    big = typical_stage_seconds("new-user", RunSize(candidates=500, drafts=50))
    assert big["search_github"] == fallback["search_github"] * 10
    assert big["generate_outreach"] == fallback["generate_outreach"] * 5
    assert big["parse_jd"] == fallback["parse_jd"]


def test_an_item_that_is_not_a_project_is_read_as_unreadable(projects: Any) -> None:
    # Issue 15: one such item made GET /projects a 500 for its owner for good.
    projects_store().put_new_project(_project(1))
    projects.put_item(
        TableName="unit-projects",
        Item={
            "project_id": {"S": "p2"},
            "user_id": {"S": "u1"},
            "created_at": {"S": "2026-11-24T10:00:02.000000Z"},
            "status": {"S": "paused"},
            "execution_arn": {"S": "arn:aws:states:us-east-1:123456789012:execution:sm:p2"},
            "candidate_count": {"S": "many"},
        },
    )
    page, _ = projects_store().query_user_projects("u1", 10)
    unreadable, readable = page
    assert isinstance(readable, ProjectRecord)
    assert isinstance(unreadable, UnreadableProject)
    assert unreadable == UnreadableProject(
        project_id="p2",
        user_id="u1",
        created_at="2026-11-24T10:00:02.000000Z",
        execution_arn="arn:aws:states:us-east-1:123456789012:execution:sm:p2",
        problems=unreadable.problems,
    )
    assert {problem.split(":")[0] for problem in unreadable.problems} == {
        "status",
        "job_description_text",
        "candidate_count",
    }
    assert "paused" not in " ".join(unreadable.problems)  # names and reasons, never values
    assert projects_store().read_project("p2") == unreadable
    assert projects_store().get_project("p2") is None
    listed = list_projects("u1", 10, None).items
    assert [(item.project_id, item.status) for item in listed] == [("p2", "unreadable"), ("p1", "running")]

"""Issue 15 (second round): per-user run quotas on POST /pipeline/run, over HTTP on the local stack.

A user may have at most 3 runs in progress and start at most 20 in an hour; over either, 429 with
Retry-After and the quota named in the error's details. Runs are kept in progress by holding their
first stage (talent_local.runtime.Hold), so what is in progress never depends on timing; the quota's
clock is moved instead of waiting out an hour.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from talent.settings import RunQuotaSettings
from talent_local.runtime import Hold
from talent_local.stack import LocalStack
from tests.api_client import ApiClient, Reply
from tests.offset_clock import OffsetClock
from tests.sample_jobs import PYTHON_JD
from tests.sfn_runs import Pipeline

pytestmark = pytest.mark.integration
DEFAULTS = RunQuotaSettings(quotas_table="unused")  # the deployed defaults
RUN = {"job_description_text": PYTHON_JD, "max_candidates": 10, "top_n": 2}


@pytest.fixture
def quota_clock(local_stack: LocalStack, monkeypatch: pytest.MonkeyPatch) -> OffsetClock:
    """The stack's RunsFunction reads this clock (one process: the handlers share the cached
    `get_run_quota()`)."""
    from talent.projects.quota import get_run_quota

    clock = OffsetClock()
    monkeypatch.setattr(get_run_quota(), "clock", clock)
    return clock


@pytest.fixture
def pipeline(local_stack: LocalStack) -> Pipeline:
    return Pipeline(local_stack)


@pytest.fixture(autouse=True)
def nothing_held_or_failing_afterwards(local_stack: LocalStack) -> Iterator[None]:
    yield
    local_stack.clear_faults()  # releases every hold too


@pytest.fixture
def user(local_stack: LocalStack) -> ApiClient:
    return ApiClient(local_stack.api_url).sign_up()


def user_id_of(user: ApiClient) -> str:
    user_id: str = user.request("GET", "/auth/me").json()["user_id"]
    return user_id


def start(user: ApiClient, **headers: str) -> Reply:
    return user.request("POST", "/pipeline/run", RUN, headers=headers)


def hold_runs(stack: LocalStack, user: ApiClient, count: int) -> list[Hold]:
    """Hold the first stage of the user's next `count` runs: they stay in progress until released."""
    user_id = user_id_of(user)
    return [stack.hold("ParseJdFunction", user_id=user_id) for _ in range(count)]


def assert_refused(reply: Reply, *quotas: str) -> int:
    """A 429 in the product's error shape naming `quotas`; its Retry-After."""
    assert reply.status == 429, reply.data
    error = reply.json()["error"]
    assert error["code"] == "too_many_requests"
    assert error["request_id"]
    assert [detail["field"] for detail in error["details"]] == list(quotas)
    assert all(detail["message"] and detail["type"].endswith("_exceeded") for detail in error["details"])
    retry_after = int(reply.headers["Retry-After"])
    assert retry_after >= 1
    return retry_after


def end(pipeline: Pipeline, project_id: str) -> dict[str, Any]:
    """Wait for the execution itself to end (after SaveResults or MarkFailed freed the slot)."""
    return pipeline.wait(pipeline.run_of(project_id))


def test_a_fourth_run_in_progress_is_429_until_one_ends(
    local_stack: LocalStack, pipeline: Pipeline, user: ApiClient
) -> None:
    holds = hold_runs(local_stack, user, 3)
    replies = [start(user, **{"Idempotency-Key": f"run-{index}"}) for index in range(3)]
    assert [reply.status for reply in replies] == [202, 202, 202]
    for hold in holds:
        hold.wait_reached()
    projects = [reply.json()["project_id"] for reply in replies]

    retry_after = assert_refused(start(user), "quota.runs_in_progress")
    assert retry_after <= 60
    # A replayed Idempotency-Key starts nothing, so it is not refused and does not count.
    replay = start(user, **{"Idempotency-Key": "run-0"})
    assert (replay.status, replay.json()["project_id"]) == (202, projects[0])
    assert_refused(start(user), "quota.runs_in_progress")

    # Success frees a slot.
    holds[0].release()
    assert end(pipeline, projects[0])["status"] == "SUCCEEDED"
    fourth = start(user)
    assert fourth.status == 202, fourth.data
    assert_refused(start(user), "quota.runs_in_progress")
    # A failed stage (MarkFailed) frees one.
    local_stack.inject_fault("SearchGitHubFunction", "StageCrashed", times=None, project_id=projects[1])
    holds[1].release()
    assert end(pipeline, projects[1])["status"] == "FAILED"
    assert start(user).status == 202
    assert_refused(start(user), "quota.runs_in_progress")
    # So does a DELETE, which stops the run (it never reaches MarkFailed).
    assert user.request("DELETE", f"/projects/{projects[2]}").status == 204
    assert start(user).status == 202
    # Another user is not affected.
    other = ApiClient(local_stack.api_url).sign_up()
    assert start(other).status == 202


def test_parallel_starts_get_exactly_the_free_slots(local_stack: LocalStack, user: ApiClient) -> None:
    # The count is one conditional write: ten starts at once cannot all see a free slot.
    hold_runs(local_stack, user, DEFAULTS.runs_in_progress_max)
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = sorted(pool.map(lambda _: start(user).status, range(10)))
    assert statuses == [202] * DEFAULTS.runs_in_progress_max + [429] * (10 - DEFAULTS.runs_in_progress_max)


def test_a_slot_its_run_never_frees_expires(
    local_stack: LocalStack, user: ApiClient, quota_clock: OffsetClock
) -> None:
    # A run that crashed without reaching SaveResults or MarkFailed cannot lock its user out for good.
    for hold in hold_runs(local_stack, user, 3):
        assert start(user).status == 202
        hold.wait_reached()
    assert_refused(start(user), "quota.runs_in_progress")
    quota_clock.advance(DEFAULTS.run_slot_seconds - 60)
    assert_refused(start(user), "quota.runs_in_progress")  # not yet
    quota_clock.advance(60)
    assert start(user).status == 202


@pytest.fixture
def four_an_hour(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A smaller hourly quota, so the test starts five runs rather than twenty-one."""
    from talent.projects.quota import get_run_quota
    from talent.settings import get_settings

    monkeypatch.setenv("RUNS_PER_HOUR_MAX", "4")
    get_settings.cache_clear()
    get_run_quota.cache_clear()
    yield 4
    get_settings.cache_clear()
    get_run_quota.cache_clear()


def test_starts_past_the_hourly_quota_are_429_until_the_hour_has_passed(
    pipeline: Pipeline, user: ApiClient, four_an_hour: int, quota_clock: OffsetClock
) -> None:
    for _ in range(four_an_hour):
        reply = start(user)
        assert reply.status == 202, reply.data
        end(pipeline, reply.json()["project_id"])  # ended: only the hourly quota can refuse now
    retry_after = assert_refused(start(user), "quota.runs_per_hour")
    assert retry_after <= 3600
    assert_refused(start(user, **{"Idempotency-Key": "new"}), "quota.runs_per_hour")
    quota_clock.advance(retry_after)
    assert start(user, **{"Idempotency-Key": "new"}).status == 202  # the refused key was not kept


def test_the_quotas_are_in_the_openapi_description(user: ApiClient) -> None:
    document: dict[str, Any] = user.request("GET", "/openapi.json").json()
    run = document["paths"]["/pipeline/run"]["post"]
    assert "429" in run["responses"]
    for number in (DEFAULTS.runs_in_progress_max, DEFAULTS.runs_per_hour_max):
        assert f"{number} " in run["description"]

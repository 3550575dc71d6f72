"""Each stage runs within a time budget below its Lambda's timeout and stops with a clear message past
it (issue 15): the budget each stage gets, its enforcement on the main thread (as Lambda runs handlers)
and in a thread (as the local stack does), and the message the project's error carries."""

from __future__ import annotations

import re
import signal
import threading
import time

import pytest

from talent.pipeline import budget
from talent.pipeline.budget import StageTimeBudgetExceeded, stage_budget_s, time_budget
from talent.pipeline.errors import describe_failure
from talent.pipeline.registry import TRACKED_STAGES, Stage
from talent_local.template import Template
from tests.unit.pipeline.pipeline_support import context, event, load_handler


def catastrophic_backtracking() -> None:
    """Super-linear matching, the kind a pathological job description triggered: minutes of CPU."""
    re.match(r"(a+)+$", "a" * 40 + "!")


@pytest.mark.parametrize("stage", TRACKED_STAGES, ids=lambda stage: stage.name)
def test_every_stage_budget_is_below_its_lambda_timeout(stage: Stage) -> None:
    function = next(f for f in Template().functions() if f.logical_id == stage.function_id)
    allowed = stage_budget_s(stage.name, time_left_s=function.timeout)  # the time left at the start
    assert allowed <= function.timeout - budget.MARGIN_S
    assert allowed == min(stage.budget_s, function.timeout - budget.MARGIN_S)


def test_the_budget_follows_the_time_left_in_the_invocation() -> None:
    assert stage_budget_s("parse_jd", None) == 10.0
    assert stage_budget_s("parse_jd", 8.0) == 3.0
    assert stage_budget_s("rank_candidates", 2.0) == budget.MIN_BUDGET_S
    assert stage_budget_s("search_github", 300.0) == 295.0


def test_super_linear_work_on_the_main_thread_is_stopped_at_the_budget() -> None:
    assert threading.current_thread() is threading.main_thread()
    outer = signal.getitimer(signal.ITIMER_REAL)[0]  # pytest-timeout's, if any
    with pytest.raises(StageTimeBudgetExceeded) as raised, time_budget("parse_jd", time_left_s=5.2):
        catastrophic_backtracking()
    assert "Reading the job description took more than its 0.2-second time budget" in str(raised.value)
    assert signal.getitimer(signal.ITIMER_REAL)[0] <= outer  # ours disarmed, an outer one restored


def test_an_outer_timer_is_kept() -> None:
    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with time_budget("parse_jd", time_left_s=None):
            pass
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_in_a_thread_the_budget_is_checked_when_the_stage_returns() -> None:
    outcome: list[BaseException | None] = []

    def stage() -> None:
        try:
            with time_budget("parse_jd", time_left_s=5.05):  # the minimum budget, 0.1 s
                time.sleep(0.3)
        except StageTimeBudgetExceeded as error:
            outcome.append(error)
        else:
            outcome.append(None)

    worker = threading.Thread(target=stage)
    worker.start()
    worker.join()
    assert isinstance(outcome[0], StageTimeBudgetExceeded)


def test_a_stage_within_its_budget_is_untouched() -> None:
    with time_budget("rank_candidates", time_left_s=60) as allowed:
        assert allowed == 45.0


def test_the_parse_handler_stops_at_its_budget_and_the_run_says_why(
    aws: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("talent.jd.parser.parse_jd_reading", lambda _text: catastrophic_backtracking())
    with pytest.raises(StageTimeBudgetExceeded) as raised:
        # 6 s left in the invocation: a budget of 1 s.
        load_handler("parse_jd").lambda_handler(event("parse_jd.json"), context(timeout_s=6))
    error = describe_failure("parse_jd", type(raised.value).__name__, str(raised.value), "p-1")
    assert error.type == "StageTimeBudgetExceeded"
    assert error.message.startswith("Reading the job description took more than its 1-second time budget")

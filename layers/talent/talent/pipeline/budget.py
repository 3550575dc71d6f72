"""A time budget for each pipeline stage, below its Lambda's timeout (issue 15).

A stage that runs past its budget stops with StageTimeBudgetExceeded, whose message the project's error
carries ("Reading the job description took more than its 10-second time budget ..."), instead of running
to the Lambda timeout and dying there without a word (a 20,000-character line of "=" once cost parse_jd
13-19 s of CPU). This bounds the work any single request can cause.

    budget = min(the stage's budget_s (talent.pipeline.registry), time left in the invocation - MARGIN_S)

MARGIN_S leaves the handler time to report the failure before Lambda would stop it; every budget is
below its function's Timeout in template.yaml (tested). search_github keeps its own clock for GitHub's
waits (it returns partial results 30 s before the timeout); its budget is only the backstop.

Enforced with a real-time interval timer (SIGALRM) when the handler runs on the main thread, as Lambda's
Python runtime runs it: the signal interrupts pure-Python loops and regular-expression matching alike
(CPython checks for signals while it matches). A thread cannot be interrupted that way (the local stack
runs handlers in moto's threads), so there the budget is checked when the stage returns and the same
error is raised.
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Final

from talent.pipeline.registry import label, stage

MARGIN_S: Final = 5.0
MIN_BUDGET_S: Final = 0.1


class StageTimeBudgetExceeded(Exception):
    """A stage ran past its time budget and was stopped. The message is for the recruiter."""


def stage_budget_s(name: str, time_left_s: float | None) -> float:
    """Seconds stage `name` may run, given the seconds left in its invocation (None: unknown; then
    search_github has no budget, math.inf)."""
    budget = stage(name).budget_s
    if time_left_s is not None:
        budget = min(budget, time_left_s - MARGIN_S)
    return max(budget, MIN_BUDGET_S)


def exceeded_message(name: str, budget_s: float) -> str:
    seconds = f"{round(budget_s, 1):g}"
    return (
        f"{label(name)} took more than its {seconds}-second time budget and was stopped. Run the pipeline "
        "again; if it is stopped again, shorten or simplify the job description, or ask for fewer candidates."
    )


@contextmanager
def time_budget(name: str, time_left_s: float | None) -> Iterator[float]:
    """Run the block within stage `name`'s budget (yields it); StageTimeBudgetExceeded past it."""
    budget = stage_budget_s(name, time_left_s)
    message = exceeded_message(name, budget)
    started = time.monotonic()
    with _alarm(budget, message):
        yield budget
    if time.monotonic() - started > budget:
        raise StageTimeBudgetExceeded(message)


@contextmanager
def _alarm(budget_s: float, message: str) -> Iterator[None]:
    """SIGALRM after `budget_s`, on the main thread only; an earlier timer already set is left alone
    (and restored afterwards, less the time spent)."""
    if math.isinf(budget_s) or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        raise StageTimeBudgetExceeded(message)

    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if 0 < outer_delay <= budget_s:
        yield  # an outer timer fires first; the budget is checked when the block returns
        return
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, budget_s)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay > 0:
            remaining = max(outer_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, outer_interval)

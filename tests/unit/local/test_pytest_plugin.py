"""talent_local.pytest_plugin's schedule under pytest-xdist: each group of the local stack's tests runs on
one worker, in serial order, and unit-test files go to whichever worker is free."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from talent_local.pytest_plugin import (
    STACK_SCOPES,
    pytest_collection_modifyitems,
    pytest_xdist_make_scheduler,
    work_unit,
)

COLLECTION = [
    "tests/e2e/test_full_journey.py::test_full_journey",
    "tests/integration/api/test_cors.py::test_preflight",
    "tests/integration/pipeline/test_pipeline_executions.py::test_a_full_run",
    "tests/integration/pipeline/test_pipeline_executions.py::test_two_runs",
    "tests/unit/jd/test_corpus.py::test_floor[a]",
    "tests/unit/jd/test_corpus.py::test_floor[b]",
    "tests/unit/jd/test_corpus.py::test_floor[c]",
    "tests/unit/jd/test_corpus.py::test_floor[d]",
    "tests/unit/jd/test_corpus.py::test_floor[e]",
    "tests/unit/jd/test_corpus.py::test_later_half_floor[a]",
    "tests/unit/jd/test_corpus.py::test_later_half_floor[b]",
    "tests/unit/test_limits.py::test_one",
    "tests/unit/test_settings.py::test_two",
]


class Worker:
    """What the scheduler drives of a pytest-xdist worker: it records the tests it is sent."""

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.shutting_down = False
        self.sent: list[str] = []

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent += [COLLECTION[i] for i in indices]

    def shutdown(self) -> None:
        self.shutting_down = True


def test_the_local_stacks_tests_are_two_units_and_each_other_file_its_own() -> None:
    assert [work_unit(nodeid) for nodeid in COLLECTION[:4]] == [STACK_SCOPES[0]] * 2 + [STACK_SCOPES[1]] * 2
    assert work_unit("tests/integration/tracing/test_traced_handlers.py::test_x") == STACK_SCOPES[1]
    assert work_unit("tests/unit/jd/test_corpus.py::test_floor[a::b]") == "tests/unit/jd/test_corpus.py"
    # the corpus file is two units: its "later_half" tests (by name, not by parameter) and the rest
    later = "tests/unit/jd/test_corpus.py::later_half"
    assert work_unit("tests/unit/jd/test_corpus.py::test_later_half_floor[x]") == later
    assert work_unit("tests/unit/jd/test_corpus.py::test_floor[later_half]") == "tests/unit/jd/test_corpus.py"
    assert work_unit("tests/unit/test_limits.py::test_later_half") == "tests/unit/test_limits.py"


def test_the_halved_files_come_right_after_the_stacks_tests() -> None:
    order = [COLLECTION[i] for i in (11, 0, 4, 9, 2, 12, 5)]
    items: Any = [SimpleNamespace(nodeid=nodeid) for nodeid in order]
    pytest_collection_modifyitems(items)
    assert [item.nodeid for item in items] == [COLLECTION[i] for i in (0, 2, 4, 9, 5, 11, 12)]


def test_each_worker_runs_one_group_of_stack_tests_in_order_then_unit_files() -> None:
    option = SimpleNamespace(loadscopereorder=True)  # xdist's default: the biggest unit first
    config: Any = SimpleNamespace(option=option, getvalue=lambda name: ["2*popen"] if name == "tx" else None)
    scheduler = pytest_xdist_make_scheduler(config, None)
    workers = [Worker("gw0"), Worker("gw1")]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, COLLECTION)
    scheduler.schedule()

    # each worker starts with a group of the stack's tests, not the unit-test file with more tests
    assert (workers[0].sent[:2], workers[1].sent[:2]) == (COLLECTION[:2], COLLECTION[2:4])
    # then each takes one half of the corpus file
    assert {workers[0].sent[2], workers[1].sent[2]} == {COLLECTION[4], COLLECTION[9]}
    for _ in range(len(COLLECTION)):  # each worker reports its tests done, taking more when low
        for worker in workers:
            done = [t for t in worker.sent if not scheduler.assigned_work[worker][work_unit(t)][t]]
            if done:
                scheduler.mark_test_complete(worker, COLLECTION.index(done[0]))
    assert scheduler.tests_finished
    assert sorted(workers[0].sent[2:] + workers[1].sent[2:]) == sorted(COLLECTION[4:])

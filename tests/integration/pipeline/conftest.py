"""Fixtures for real executions of the pipeline on the local stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent_local.stack import LocalStack
from tests.sfn_runs import Pipeline


@pytest.fixture(scope="module")
def pipeline(local_stack: LocalStack) -> Pipeline:
    from talent.aws import client
    from talent.settings import get_settings

    # The test process shares these caches with the in-process handlers: make them follow the stack.
    client.cache_clear()
    get_settings.cache_clear()
    local_stack.forget_github()  # the module's own runs (completed_run) ask GitHub, whatever ran before
    return Pipeline(local_stack)


@pytest.fixture(autouse=True)
def no_faults_left_behind(local_stack: LocalStack) -> Iterator[None]:
    # Each test's runs ask the emulator (where its faults are), not the answers cached by earlier runs.
    local_stack.forget_github()
    yield
    local_stack.clear_faults()
    if local_stack.github is not None:
        local_stack.github.clear_faults()
    # And after: a rate limit a test injected pushes the shared limiter's queue back (by its reset, up
    # to 30 minutes); module fixtures of the next test module run before this fixture's first half.
    local_stack.forget_github()

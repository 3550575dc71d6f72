"""pytest fixture: the whole local stack on free ports, once per test session.

The stack records every AWS call each function makes; when the session ends, each one is checked
against the function's IAM role as SAM generates it, and the session fails on a call AWS would deny.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from talent_local.github_emulator import Limits
from talent_local.iam import RolePolicy, StackArns, denials, stack_arns, stack_roles, template_roles
from talent_local.stack import LocalStack
from talent_local.template import ACCOUNT_ID, REGION, Template

# One stack serves every test of the session, so dozens of pipeline runs search within a minute or two:
# GitHub's per-minute search limit would make them wait on each other. The emulator's own tests
# (tests/integration/github) exercise the real limits on emulators of their own.
SESSION_GITHUB_LIMITS = Limits(
    core=1_000_000, core_anonymous=1_000_000, search=1_000_000, search_anonymous=1_000_000, graphql=10_000_000
)

# Every test signs its users up from 127.0.0.1: the registration throttle (10 an hour per address) would
# refuse all but the first ten. Its own tests set the deployed limit again, from addresses of their own.
SESSION_ENV = {"REGISTER_ADDRESS_MAX": "1000000"}


# Tests that use the session's local stack, in two groups of about equal time (`--durations`). Under
# pytest-xdist each group runs on one worker, in serial order, on a stack of its own. Handed out file by
# file, a test met what another subset of files had left (a GitHub cache it expects empty); and a unit
# test's mock_aws() would reset the moto backends of a stack in its process.
STACK_TEST_DIRS = ("tests/e2e/", "tests/integration/")
LATER_STACK_DIRS = ("tests/integration/pipeline/", "tests/integration/tracing/")  # the last two, in order
STACK_SCOPES = ("the local stack", "the local stack: pipeline and tracing")


# Files of two units: the tests whose name holds `LATER_HALF` are one, the rest the other. The tuning
# corpus's floors parse about 3,000 postings per half in a module fixture (80 s or more each), the longest
# units after the stack's groups: handed out right after them (longest first), to whichever worker frees
# up, so the short files fill the end. When one stack group runs much longer, one worker takes both.
HALVED_FILES = ("tests/unit/jd/test_corpus.py",)
LATER_HALF = "later_half"


def work_unit(nodeid: str) -> str:
    """The unit of work a test belongs to under pytest-xdist: one of the two groups of the local stack's
    tests (`STACK_SCOPES`), a half of a file in `HALVED_FILES`, or its own file."""
    if nodeid.startswith(LATER_STACK_DIRS):
        return STACK_SCOPES[1]
    if nodeid.startswith(STACK_TEST_DIRS):
        return STACK_SCOPES[0]
    path, _, test = nodeid.partition("::")
    if path in HALVED_FILES and LATER_HALF in test.split("[", 1)[0]:
        return f"{path}::{LATER_HALF}"
    return path


def _rank(item: pytest.Item) -> int:
    if item.nodeid.startswith(STACK_TEST_DIRS):
        return 0
    return 1 if item.nodeid.split("::", 1)[0] in HALVED_FILES else 2


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The stack's tests first, then the halved files (the longest units), then the rest in collection
    order: under pytest-xdist the halves go to the first workers to finish their stack group, and the
    short files fill the end."""
    items.sort(key=_rank)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """pytest-xdist's schedule for `pytest -n N`: the local stack's two groups of tests handed out first,
    to two workers; then each unit-test file, to whichever worker is free. With one worker the order is
    the serial one."""
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

    class StackApart(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

    config.option.loadscopereorder = False  # collection order: the stack's tests (e2e, integration) first
    return StackApart(config, log)


def denied_calls_report(stack: LocalStack, arns: StackArns) -> str:
    """'' if the role of each function allows every call it made, else one paragraph per denial."""
    denied = denials(stack.aws_calls.calls(), stack_roles(stack, arns), arns)
    return "\n".join(denial.message() for denial in denied)


@pytest.fixture(scope="session")
def local_stack() -> Iterator[LocalStack]:
    stack = LocalStack(
        api_port=0,
        moto_port=0,
        github_limits=SESSION_GITHUB_LIMITS,
        record_aws_calls=True,
        extra_env=SESSION_ENV,
    ).start()
    # Read now: unit tests' mock_aws() resets moto's backends in this process, the stack's included.
    arns = stack_arns(stack)
    yield stack
    try:
        report = denied_calls_report(stack, arns)
    finally:
        stack.stop()
    if report:
        pytest.fail(f"AWS would deny calls the functions made during this session:\n{report}", pytrace=False)


@pytest.fixture(scope="session")
def sam_roles() -> dict[str, RolePolicy]:
    """Each function's role from template.yaml as SAM generates it, with the local stack's names (and
    made-up secret ARNs: `arn:...:secret:<name>-AbCdEf`). Needs .venv-sam, not a running stack."""
    template = Template()
    names = [
        template.physical_name(logical_id) for logical_id in template.of_type("AWS::SecretsManager::Secret")
    ]
    return template_roles(
        template,
        {name: f"arn:aws:secretsmanager:{REGION}:{ACCOUNT_ID}:secret:{name}-AbCdEf" for name in names},
    )

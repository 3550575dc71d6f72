"""Signed-up API clients against the session's local stack."""

from collections.abc import Callable

import pytest
from api_client import ApiClient

from talent_local.stack import LocalStack

PYTHON_JD = """Senior Python Engineer

We build data tools for recruiters. You will design APIs and data pipelines.

Requirements:
- 5+ years of professional experience with Python
- PostgreSQL and SQL
- Docker

Nice to have:
- Kubernetes
- AWS

This position is fully remote.
"""

NOBODY_JD = """Staff COBOL Engineer

Requirements:
- 10+ years of COBOL on mainframes
- Location: Reykjavik, Iceland (onsite)
"""


@pytest.fixture
def new_user(local_stack: LocalStack) -> Callable[[], ApiClient]:
    return lambda: ApiClient(local_stack.api_url).sign_up()


@pytest.fixture
def alice(new_user: Callable[[], ApiClient]) -> ApiClient:
    return new_user()


@pytest.fixture
def bob(new_user: Callable[[], ApiClient]) -> ApiClient:
    return new_user()

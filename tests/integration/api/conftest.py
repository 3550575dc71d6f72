"""Signed-up API clients against the session's local stack."""

from collections.abc import Callable

import pytest

from talent_local.stack import LocalStack
from tests.api_client import ApiClient


@pytest.fixture
def new_user(local_stack: LocalStack) -> Callable[[], ApiClient]:
    return lambda: ApiClient(local_stack.api_url).sign_up()


@pytest.fixture
def alice(new_user: Callable[[], ApiClient]) -> ApiClient:
    return new_user()


@pytest.fixture
def bob(new_user: Callable[[], ApiClient]) -> ApiClient:
    return new_user()

"""Session-wide test setup."""

import os
from collections.abc import Iterator

import pytest

# Lambda sets these before any import; so do we, so that module-level Loggers created while tests are
# collected get the real service name, whatever the import order.
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "talent-pipeline")
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "TalentPipeline")


def _required_settings() -> None:
    """Lambda starts a function with its template environment, and a function refuses to start without
    its required settings (talent.settings.require). Tests that import handlers outside the local stack
    get each required variable as the template sets it (fixtures set the names they use);
    tests/unit/test_settings.py starts each function with exactly its own template environment."""
    from talent.settings import required_variables
    from talent_local.template import Template

    required = required_variables()
    for spec in Template().functions():
        for name in required & set(spec.environment):
            os.environ.setdefault(name, spec.environment[name])


_required_settings()

pytest_plugins = ["talent_local.pytest_plugin"]


@pytest.fixture(autouse=True)
def _no_github_token_state_between_tests() -> Iterator[None]:
    """A 401 in one test leaves a container's memory of rejected tokens and a pending re-read of the secret
    (talent.github.limiter, talent.github.config); each test starts as a fresh container would."""
    from talent.github import config, limiter

    limiter._rejected.clear()
    config._refetch = False
    yield
    limiter._rejected.clear()
    config._refetch = False

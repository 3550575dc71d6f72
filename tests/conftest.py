"""Session-wide test setup."""

import os

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

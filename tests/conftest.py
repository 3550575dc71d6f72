"""Session-wide test setup."""

import os

# Lambda sets these before any import; so do we, so that module-level Loggers created while tests are
# collected get the real service name, whatever the import order.
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "talent-pipeline")
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "TalentPipeline")

pytest_plugins = ["talent_local.pytest_plugin"]

pytest_plugins = ["talent_local.pytest_plugin"]

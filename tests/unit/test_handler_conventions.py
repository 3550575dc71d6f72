"""Every function in template.yaml is traced and logs with the Lambda context (issue 7: Tracer on all)."""

import pytest

from talent_local.template import FunctionSpec, Template

FUNCTIONS = Template().functions()


@pytest.mark.parametrize("function", FUNCTIONS, ids=[f.logical_id for f in FUNCTIONS])
def test_handler_is_traced_and_logged(function: FunctionSpec) -> None:
    module, handler = function.handler.rsplit(".", 1)
    source = (function.code_dir / f"{module}.py").read_text()
    decorators = source.split(f"def {handler}(")[0].rsplit("\n\n", 1)[-1]
    assert "tracer.capture_lambda_handler" in decorators
    assert "logger.inject_lambda_context" in decorators


@pytest.mark.parametrize(
    "function", [f for f in FUNCTIONS if f.routes], ids=[f.logical_id for f in FUNCTIONS if f.routes]
)
def test_api_handlers_go_through_the_shared_request_path(function: FunctionSpec) -> None:
    source = (function.code_dir / "app.py").read_text()
    assert "serve(app, event, context)" in source  # body checks, correlation id, request log line

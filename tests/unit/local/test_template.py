"""The local stack reads template.yaml itself: resolving intrinsics, discovering routes, and refusing
what it would not create."""

import re
from pathlib import Path

import pytest

from talent_local.front import ApiFront
from talent_local.runtime import FunctionRuntime
from talent_local.stack import LocalStack
from talent_local.template import (
    EMULATED_RESOURCES,
    IGNORED_RESOURCES,
    TEMPLATE_PATH,
    Template,
    TemplateError,
)


@pytest.fixture(scope="module")
def template() -> Template:
    return Template()


def test_ref_and_getatt_give_local_physical_names(template: Template) -> None:
    assert template.resolve({"Ref": "UsersTable"}) == "talent-local-UsersTable"
    assert template.resolve({"Fn::GetAtt": "ResultsBucket.Arn"}) == "arn:aws:s3:::talent-local-resultsbucket"
    assert template.resolve({"Ref": "StageName"}) == "v1"


def test_sub_resolves_refs_attributes_and_pseudo_parameters(template: Template) -> None:
    text = "${ResultsBucket.Arn}/*|${AWS::Region}|${UsersTable}|${x}"
    assert template.resolve({"Fn::Sub": [text, {"x": {"Ref": "StageName"}}]}) == (
        "arn:aws:s3:::talent-local-resultsbucket/*|us-east-1|talent-local-UsersTable|v1"
    )


def test_unsupported_intrinsic_is_a_clear_error(template: Template) -> None:
    with pytest.raises(TemplateError, match="Fn::ImportValue"):
        template.resolve({"Fn::ImportValue": "x"})
    with pytest.raises(TemplateError, match="unknown name"):
        template.resolve({"Ref": "NoSuchThing"})


def test_functions_carry_global_environment_and_routes(template: Template) -> None:
    health = next(f for f in template.functions() if f.logical_id == "HealthFunction")
    auth = next(f for f in template.functions() if f.logical_id == "AuthFunction")
    assert health.environment["POWERTOOLS_SERVICE_NAME"] == "talent-pipeline"  # from Globals
    assert auth.environment["USERS_TABLE"] == "talent-local-UsersTable"  # its own, resolved
    assert health.code_dir == (TEMPLATE_PATH.parent / "functions" / "health").resolve()
    assert [(r.path, r.method) for r in health.routes] == [("/health", "GET")]


def with_extra(tmp_path: Path, extra: str) -> Path:
    """template.yaml with `extra` (YAML of more resources) added to its Resources."""
    path = tmp_path / "template.yaml"
    path.write_text(TEMPLATE_PATH.read_text().replace("\nOutputs:", extra + "\nOutputs:"))
    return path


def test_a_function_added_to_the_template_is_routed_with_no_stack_change(tmp_path: Path) -> None:
    extra = """
  EchoFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: functions/echo/
      Handler: app.lambda_handler
      Events:
        Echo:
          Type: Api
          Properties:
            Path: /echo/{word}
            Method: post
"""
    path = with_extra(tmp_path, extra)
    echo_dir = tmp_path / "functions" / "echo"
    echo_dir.mkdir(parents=True)
    (echo_dir / "app.py").write_text(
        "def lambda_handler(event, context):\n"
        "    return {'statusCode': 200, 'body': event['pathParameters']['word'] + ':' + event['body']}\n"
    )
    functions = Template(path).functions()
    front = ApiFront(functions, FunctionRuntime(functions))
    from werkzeug.test import Client

    response = Client(front).post("/echo/hello", data="there")
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "hello:there"
    assert Client(front).get("/echo/hello").status_code == 405


def test_the_real_template_is_supported_and_each_deliberate_omission_is_still_needed(
    template: Template,
) -> None:
    assert template.unsupported() == []
    used = {resource["Type"] for resource in template.resources.values()}
    assert set(IGNORED_RESOURCES) <= used  # an exception the template no longer needs goes
    assert set(EMULATED_RESOURCES) <= used


QUEUE = """
  JobsQueue:
    Type: AWS::SQS::Queue
"""
SCHEDULED = """
  NightlyFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: functions/health/
      Handler: app.lambda_handler
      Events:
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
"""


@pytest.mark.parametrize(
    ("extra", "named"),
    [(QUEUE, "JobsQueue (AWS::SQS::Queue)"), (SCHEDULED, "NightlyFunction event Nightly (Schedule)")],
)
def test_a_resource_or_event_the_stack_does_not_create_fails_start_up_naming_it(
    tmp_path: Path, extra: str, named: str
) -> None:
    stack = LocalStack(api_port=0, template_path=with_extra(tmp_path, extra))
    try:
        with pytest.raises(TemplateError, match=re.escape(named)):
            stack.start()
        assert (stack.api_port, stack.moto_port, stack.github) == (0, 0, None)  # nothing was started
    finally:
        stack.stop()

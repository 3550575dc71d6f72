"""The local stack's dev-only knobs: template parameter overrides, Lambda fault injection and holds."""

import json
from pathlib import Path

import pytest

from talent_local.runtime import FunctionRuntime
from talent_local.template import TEMPLATE_PATH, Template, TemplateError


def test_parameter_overrides_replace_defaults_like_sam() -> None:
    template = Template(parameter_overrides={"PipelineRetryIntervalSeconds": "5", "LogLevel": "DEBUG"})
    assert template.ref("PipelineRetryIntervalSeconds") == "5"
    assert template.resolve({"Ref": "LogLevel"}) == "DEBUG"
    assert Template().ref("PipelineRetryIntervalSeconds") == "2"


def test_an_override_of_no_parameter_is_an_error() -> None:
    with pytest.raises(TemplateError, match="NoSuchParameter"):
        Template(parameter_overrides={"NoSuchParameter": "1"})


@pytest.fixture
def runtime(tmp_path: Path) -> FunctionRuntime:
    """A template with one extra function that appends each event to a file."""
    extra = """
  RecorderFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: functions/recorder/
      Handler: app.lambda_handler
"""
    (tmp_path / "template.yaml").write_text(
        TEMPLATE_PATH.read_text().replace("\nOutputs:", extra + "\nOutputs:")
    )
    code = tmp_path / "functions" / "recorder"
    code.mkdir(parents=True)
    (code / "app.py").write_text(
        "import json, pathlib\n"
        "def lambda_handler(event, context):\n"
        "    with (pathlib.Path(__file__).parent / 'calls.jsonl').open('a') as f:\n"
        "        f.write(json.dumps(event) + '\\n')\n"
        "    return {'ok': event['project_id']}\n"
    )
    return FunctionRuntime(Template(tmp_path / "template.yaml").functions())


def invoke(runtime: FunctionRuntime, project_id: str) -> tuple[dict[str, str], bool]:
    payload, errored, _ = runtime.invoke_for_moto("talent-local-RecorderFunction", {"project_id": project_id})
    return json.loads(payload), errored


def calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "functions" / "recorder" / "calls.jsonl"
    return [json.loads(line)["project_id"] for line in log.read_text().splitlines()] if log.exists() else []


def test_a_fault_fails_the_next_invocations_with_its_error_type_then_stops(
    runtime: FunctionRuntime, tmp_path: Path
) -> None:
    fault = runtime.inject_fault("RecorderFunction", "Lambda.ServiceException", "try later", times=2)

    results = [invoke(runtime, "p") for _ in range(3)]

    assert results == [
        ({"errorMessage": "try later", "errorType": "Lambda.ServiceException"}, True),
        ({"errorMessage": "try later", "errorType": "Lambda.ServiceException"}, True),
        ({"ok": "p"}, False),
    ]
    assert fault.fired == 2
    assert calls(tmp_path) == ["p"]  # before=the default: the handler never ran for the failures


def test_a_fault_can_target_one_project_and_fail_after_the_handler_ran(
    runtime: FunctionRuntime, tmp_path: Path
) -> None:
    runtime.inject_fault("RecorderFunction", "StageCrashed", times=None, project_id="p-1", after=True)

    assert invoke(runtime, "p-2") == ({"ok": "p-2"}, False)
    assert invoke(runtime, "p-1")[1] is True
    assert invoke(runtime, "p-1")[1] is True  # times=None: until cleared
    runtime.clear_faults()
    assert invoke(runtime, "p-1") == ({"ok": "p-1"}, False)
    assert calls(tmp_path) == ["p-2", "p-1", "p-1", "p-1"]  # after=True: side effects happened


def test_a_fault_for_an_unknown_function_is_refused(runtime: FunctionRuntime) -> None:
    with pytest.raises(ValueError, match="NoSuchFunction"):
        runtime.inject_fault("NoSuchFunction", "X")


def test_a_hold_pauses_the_matching_invocation_until_released(
    runtime: FunctionRuntime, tmp_path: Path
) -> None:
    import threading

    hold = runtime.hold("RecorderFunction", project_id="p-held")
    assert invoke(runtime, "p-other") == ({"ok": "p-other"}, False)  # not matching: runs at once
    held = threading.Thread(target=invoke, args=(runtime, "p-held"))
    held.start()
    assert hold.wait_reached(timeout_s=10) == {"project_id": "p-held"}
    assert calls(tmp_path) == ["p-other"]  # paused before its handler
    with pytest.raises(TimeoutError):
        runtime.wait_idle(timeout_s=0.05)  # an invocation is in flight
    hold.release()
    runtime.wait_idle(timeout_s=10)
    held.join()
    assert calls(tmp_path) == ["p-other", "p-held"]
    assert invoke(runtime, "p-held") == ({"ok": "p-held"}, False)  # a hold pauses one invocation


def test_clearing_faults_releases_every_hold(runtime: FunctionRuntime) -> None:
    hold = runtime.hold("RecorderFunction")
    runtime.clear_faults()
    assert hold.released.is_set()
    with pytest.raises(ValueError, match="NoSuchFunction"):
        runtime.hold("NoSuchFunction")

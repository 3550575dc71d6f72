"""statemachine/pipeline.asl.json against template.yaml and against the stages' contracts (its task
states, Retry and Catch lists against the stage registry: test_stage_registry.py).

The data-flow tests walk the definition the way Step Functions does (Parameters, ResultPath, Catch) and
feed every payload to the real handlers, so a JSONPath that names a field a stage does not return, or a
payload a stage would reject, fails here before any execution runs.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from talent.models import Candidate, SearchMetadata, SearchResult
from talent.pipeline.registry import AWS_TRANSIENT, LAMBDA_TRANSIENT, MARK_FAILED, STAGES
from talent_local.template import Template
from tests.unit.pipeline.pipeline_support import ROOT, Aws, context, event, load_handler

ASL = ROOT / "statemachine" / "pipeline.asl.json"
STATES = {stage.state_name: stage for stage in STAGES}
TASKS = {task.function_id: task for task in [*STAGES, MARK_FAILED]}


def machine(template: Template) -> dict[str, Any]:
    return template.resources["PipelineStateMachine"]["Properties"]  # type: ignore[no-any-return]


def definition(template: Template) -> dict[str, Any]:
    """The ASL as Step Functions receives it: DefinitionSubstitutions applied to the file's text."""
    text = ASL.read_text()
    for name, value in template.resolve(machine(template)["DefinitionSubstitutions"]).items():
        text = text.replace("${" + name + "}", str(value))
    loaded: dict[str, Any] = json.loads(text)
    return loaded


# ---------- shape ----------
def test_the_last_stage_ends_the_run_and_mark_failed_fails_it(template: Template) -> None:
    states = definition(template)["States"]
    assert states[STAGES[-1].state_name]["End"] is True
    assert states["MarkFailed"]["Next"] == "PipelineFailed"
    assert states["PipelineFailed"]["Type"] == "Fail"


@pytest.mark.parametrize("state_name", [*STATES, "MarkFailed"])
def test_every_task_retries_transient_lambda_errors_with_backoff(template: Template, state_name: str) -> None:
    state = definition(template)["States"][state_name]
    # AWS's list (Step Functions guide, "Handle Lambda service exceptions"), throttling, and an AWS call's
    # transient failure inside the stage (an operator's review: neither was retried)
    assert {"Lambda.ClientExecutionTimeoutException", "Lambda.TooManyRequestsException"} <= set(
        LAMBDA_TRANSIENT
    )
    transient = {*LAMBDA_TRANSIENT, *AWS_TRANSIENT}
    (retry,) = [r for r in state["Retry"] if set(r["ErrorEquals"]) == transient]
    assert retry["IntervalSeconds"] == 2  # the template parameter's default
    assert retry["MaxAttempts"] == 3
    assert retry["BackoffRate"] > 1


def test_search_retries_github_rate_limits_for_a_minute_and_more(template: Template) -> None:
    retries = definition(template)["States"]["SearchGitHub"]["Retry"]
    (github,) = [r for r in retries if "GitHubRateLimited" in r["ErrorEquals"]]
    assert github["IntervalSeconds"] >= 60
    assert github["MaxAttempts"] >= 1


def test_substitutions_match_the_placeholders_and_resolve_to_the_template_functions(
    template: Template,
) -> None:
    placeholders = set(re.findall(r"\$\{(\w+)\}", ASL.read_text()))
    substitutions = machine(template)["DefinitionSubstitutions"]
    assert placeholders == set(substitutions)
    states = definition(template)["States"]
    for task in TASKS.values():
        assert states[task.state_name]["Resource"] == template.get_att(task.function_id, "Arn")


def test_local_parameter_overrides_shorten_the_retry_intervals() -> None:
    from talent_local.stack import LOCAL_PARAMETER_OVERRIDES

    local = Template(parameter_overrides=LOCAL_PARAMETER_OVERRIDES)
    for state in definition(local)["States"].values():
        for retry in state.get("Retry", []):
            assert retry["IntervalSeconds"] == 1


def test_the_state_machine_is_standard_logged_traced_and_may_invoke_only_its_functions(
    template: Template,
) -> None:
    props = machine(template)
    assert props["Type"] == "STANDARD"  # keeps the execution history the status endpoint reads
    assert props["Logging"]["Level"] == "ALL"
    assert props["Logging"]["IncludeExecutionData"] is False  # no job descriptions or people in logs
    assert props["Tracing"] == {"Enabled": True}
    invoked = {
        p["LambdaInvokePolicy"]["FunctionName"]["Ref"] for p in props["Policies"] if "LambdaInvokePolicy" in p
    }
    assert invoked == set(TASKS)


@pytest.mark.parametrize("function_id", sorted(TASKS))
def test_every_pipeline_function_has_its_log_group_and_handler(template: Template, function_id: str) -> None:
    props = template.resources[function_id]["Properties"]
    task = TASKS[function_id]
    assert Path(props["CodeUri"]) == Path("functions") / task.code_dir
    assert props["Handler"] == f"app.{task.handler}"
    assert hasattr(load_handler(task.code_dir), task.handler)
    logs = template.resources[f"{function_id}Logs"]
    assert logs["Type"] == "AWS::Logs::LogGroup"
    assert logs["Properties"]["LogGroupName"] == {"Fn::Sub": f"/aws/lambda/${{{function_id}}}"}


def test_the_state_machine_arn_is_a_stack_output(template: Template) -> None:
    assert template.body["Outputs"]["PipelineStateMachineArn"]["Value"] == {"Ref": "PipelineStateMachine"}


# ---------- data flow ----------
def read_path(document: Any, path: str, execution: dict[str, Any]) -> Any:
    if path.startswith("$$."):
        document, path = {"Execution": execution}, "$" + path[2:]
    for part in path.removeprefix("$").split(".")[1:]:
        document = document[part]  # KeyError = a States.Runtime error in Step Functions
    return document


def parameters(template_: Any, state: Any, execution: dict[str, Any]) -> Any:
    if isinstance(template_, dict):
        return {
            key.removesuffix(".$"): read_path(state, value, execution)
            if key.endswith(".$")
            else parameters(value, state, execution)
            for key, value in template_.items()
        }
    return template_


def with_result(state: dict[str, Any], result_path: str, result: Any) -> Any:
    if result_path == "$":
        return result
    merged = copy.deepcopy(state)
    *parents, last = result_path.removeprefix("$.").split(".")
    target = merged
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = result
    return merged


class Walk:
    """Runs the definition's Task states with the real handlers, as Step Functions would."""

    def __init__(self, template: Template, execution_input: dict[str, Any]) -> None:
        self.states = definition(template)["States"]
        self.execution = {"Name": execution_input["project_id"], "Input": execution_input}
        self.functions = {template.get_att(f, "Arn"): f for f in TASKS}
        self.payloads: dict[str, Any] = {}
        self.state_sizes: dict[str, int] = {}

    def run(self, state: Any, *, until: str | None = None) -> Any:
        """The stage states in order, from the execution input, stopping before `until`."""
        for name in STATES:
            if name == until:
                break
            state = self.task(name, state)
        return state

    def task(self, name: str, state: dict[str, Any]) -> Any:
        spec = self.states[name]
        payload = parameters(spec["Parameters"], state, self.execution) if "Parameters" in spec else state
        self.payloads[name] = payload
        task = TASKS[self.functions[spec["Resource"]]]
        handler = getattr(load_handler(task.code_dir), task.handler)
        result = handler(json.loads(json.dumps(payload)), context())
        state = with_result(state, spec.get("ResultPath", "$"), result)
        self.state_sizes[name] = len(json.dumps(state))
        return state

    def fail(self, name: str, state: dict[str, Any], error: str, cause: str) -> Any:
        (catch,) = self.states[name]["Catch"]
        return with_result(state, catch["ResultPath"], {"Error": error, "Cause": cause})


@pytest.fixture
def fake_search(monkeypatch: pytest.MonkeyPatch) -> None:
    candidates_file = ROOT / "events" / "stages" / "s3" / "projects" / "01JDEMO0SAMPLEPROJECT00001"
    people = json.loads((candidates_file / "candidates.json").read_text())["candidates"]

    async def search(
        requirement: Any, *, max_candidates: int, config: Any, transport: Any = None, **shared: Any
    ) -> SearchResult:
        return SearchResult(
            candidates=[Candidate.model_validate(c) for c in people][:max_candidates],
            metadata=SearchMetadata(queries=["type:user language:Go"], api_calls=1, total_count=len(people)),
        )

    monkeypatch.setattr("talent.github.search_github", search)


@pytest.fixture
def walk(template: Template, seeded: Aws) -> Walk:
    execution_input = event("parse_jd.json")
    seeded.put_project(execution_input["project_id"])
    return Walk(template, execution_input)


@pytest.mark.usefixtures("fake_search")
def test_each_stage_output_feeds_the_next_stage_through_the_definition(walk: Walk, seeded: Aws) -> None:
    execution_input = walk.execution["Input"]

    state = walk.run(execution_input)

    assert state["status"] == "completed"
    assert max(walk.state_sizes.values()) < 16_000
    assert "job_description_text" not in json.dumps(walk.payloads["SearchGitHub"])
    assert walk.payloads["GenerateOutreach"]["user_id"] == execution_input["user_id"]
    assert walk.payloads["GenerateOutreach"]["top_n"] == execution_input["top_n"]
    project = seeded.project(execution_input["project_id"])
    assert project is not None
    assert project["status"] == "completed"


@pytest.mark.usefixtures("fake_search")
@pytest.mark.parametrize("failing", [*STATES])
def test_a_caught_error_at_any_stage_is_a_valid_mark_failed_input(
    walk: Walk, seeded: Aws, failing: str
) -> None:
    project_id = walk.execution["Name"]
    state = walk.run(walk.execution["Input"], until=failing)

    cause = json.dumps({"errorMessage": "x", "errorType": "RuntimeError"})
    walk.task("MarkFailed", walk.fail(failing, state, "RuntimeError", cause))

    project = seeded.project(project_id)
    assert project is not None
    assert project["status"] == "failed"
    assert project["error"]["stage"] == STATES[failing].name
    assert seeded.keys(project_id) == []

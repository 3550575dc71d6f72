"""The stage registry (talent.pipeline.registry) against what cannot import it and what must agree with
it: the state machine's task states, their Retry and Catch lists, the template's functions and
DefinitionSubstitutions, and the stored models whose per-stage fields stay explicit (the project item,
the state SaveResults receives). Adding or renaming a stage fails here until every copy agrees."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import pytest

from talent.pipeline.contracts import CompletedRun, FailureInput, ParsedRun, StageTiming
from talent.pipeline.registry import (
    MARK_FAILED,
    STAGES,
    TRACKED_NAMES,
    TRACKED_STAGES,
    RetryRule,
    StageName,
    Task,
)
from talent.projects.records import ProjectRecord, StageRecord, stage_attribute
from talent_local.template import Template
from tests.unit.pipeline.pipeline_support import ROOT, load_handler

ASL = ROOT / "statemachine" / "pipeline.asl.json"
TASKS = [*STAGES, MARK_FAILED]


def raw_definition() -> dict[str, Any]:
    """The ASL file as written, every ${placeholder} kept as the string "${placeholder}"."""
    loaded: dict[str, Any] = json.loads(re.sub(r'"?(\$\{\w+\})"?', r'"\1"', ASL.read_text()))
    return loaded


def written(rule: RetryRule) -> dict[str, Any]:
    """How the ASL writes a registry retry rule."""
    retry: dict[str, Any] = {
        "ErrorEquals": list(rule.errors),
        "IntervalSeconds": "${" + rule.interval_substitution + "}",
        "MaxAttempts": "${" + rule.attempts_substitution + "}",
        "BackoffRate": rule.backoff_rate,
    }
    if rule.full_jitter:
        retry["JitterStrategy"] = "FULL"
    return retry


def test_the_task_states_are_the_stages_in_order_then_mark_failed() -> None:
    definition = raw_definition()
    states = definition["States"]
    tasks = {name for name, state in states.items() if state["Type"] == "Task"}
    assert tasks == {task.state_name for task in TASKS}
    order, name = [], definition["StartAt"]
    while name:
        order.append(name)
        name = states[name].get("Next")
    assert order == [stage.state_name for stage in STAGES]
    assert states[MARK_FAILED.state_name]["Next"] == "PipelineFailed"
    assert {name for name in states if name not in tasks} == {"PipelineFailed"}


@pytest.mark.parametrize("task", TASKS, ids=lambda task: task.state_name)
def test_each_task_invokes_its_function_and_retries_what_the_registry_says(task: Task) -> None:
    state = raw_definition()["States"][task.state_name]
    assert state["Resource"] == "${" + task.arn_substitution + "}"
    assert state["Retry"] == [written(rule) for rule in task.retries]


@pytest.mark.parametrize("stage", STAGES, ids=lambda stage: stage.name)
def test_each_stage_catches_everything_into_mark_failed_under_its_name(stage: Any) -> None:
    state = raw_definition()["States"][stage.state_name]
    assert state["Catch"] == [
        {
            "ErrorEquals": ["States.ALL"],
            "ResultPath": f"$.failed.{stage.name}",
            "Next": MARK_FAILED.state_name,
        }
    ]


def test_the_substitutions_are_the_tasks_functions_and_their_retry_parameters(template: Template) -> None:
    props = template.resources["PipelineStateMachine"]["Properties"]
    substitutions = props["DefinitionSubstitutions"]
    rules = {rule for task in TASKS for rule in task.retries}
    expected = {task.arn_substitution for task in TASKS} | {
        name for rule in rules for name in (rule.interval_substitution, rule.attempts_substitution)
    }
    assert set(substitutions) == expected
    for task in TASKS:
        assert template.resolve(substitutions[task.arn_substitution]) == template.get_att(
            task.function_id, "Arn"
        )
    invoked = {
        p["LambdaInvokePolicy"]["FunctionName"]["Ref"] for p in props["Policies"] if "LambdaInvokePolicy" in p
    }
    assert invoked == {task.function_id for task in TASKS}


@pytest.mark.parametrize("task", TASKS, ids=lambda task: task.function_id)
def test_each_task_function_has_the_registry_code_folder_and_handler(template: Template, task: Task) -> None:
    props = template.resources[task.function_id]["Properties"]
    assert Path(props["CodeUri"]) == Path("functions") / task.code_dir
    assert props["Handler"] == f"app.{task.handler}"
    assert callable(getattr(load_handler(task.code_dir), task.handler))


def test_the_stage_name_type_lists_the_registry_stages() -> None:
    assert get_args(StageName) == tuple(stage.name for stage in STAGES)
    for stage in STAGES:
        failure = {"project_id": "p1", "failed": {stage.name: {"Error": "E"}}}
        assert FailureInput.model_validate(failure).failure()[0] == stage.name


def test_the_project_item_has_one_progress_attribute_per_tracked_stage() -> None:
    attributes = {
        name
        for name in ProjectRecord.model_fields
        if name.startswith("stage_") and name != "stage_estimates_s"
    }
    assert attributes == {stage_attribute(name) for name in TRACKED_NAMES}
    for name in TRACKED_NAMES:
        assert ProjectRecord.model_fields[stage_attribute(name)].annotation == StageRecord | None


def test_the_completed_run_carries_each_tracked_stage_output_under_its_name() -> None:
    """Each tracked stage's ResultPath in the ASL is its name (the first stage's output is the state,
    with its timing under its name), and CompletedRun reads a duration from each."""
    states = raw_definition()["States"]
    first, *others = TRACKED_STAGES
    assert "ResultPath" not in states[first.state_name]
    assert ParsedRun.model_fields[first.name].annotation is StageTiming
    for stage in others:
        assert states[stage.state_name]["ResultPath"] == f"$.{stage.name}"
    outputs = set(CompletedRun.model_fields) - set(ParsedRun.model_fields)
    assert outputs == set(TRACKED_NAMES) - {first.name}


def test_the_status_reports_the_tracked_stages_and_their_fallbacks() -> None:
    from talent.api.models.runs import PROGRESS_PER_STAGE
    from talent.projects import status

    assert set(status.fallback_stage_seconds()) == set(TRACKED_NAMES)
    assert all(seconds > 0 for seconds in status.fallback_stage_seconds().values())
    assert PROGRESS_PER_STAGE * len(TRACKED_STAGES) <= 100

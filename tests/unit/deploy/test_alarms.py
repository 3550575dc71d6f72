"""An operator's review: nothing in the stack told an on-call engineer that runs were failing. Every alarm
tells AlarmTopic, and each alarm on our own metrics watches one the code emits, under the dimensions
powertools gives it (a wrong name or dimension is an alarm that never fires)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from talent_local.template import Template

ROOT = Path(__file__).resolve().parents[3]


def alarms() -> dict[str, dict[str, Any]]:
    return {
        name: resource["Properties"]
        for name, resource in Template().of_type("AWS::CloudWatch::Alarm").items()
    }


def emitted_metrics() -> set[str]:
    """Every metric name a put_metric call of ours writes (the code's only way to emit one)."""
    sources = [*(ROOT / "layers/talent/talent").rglob("*.py"), *(ROOT / "functions").rglob("app.py")]
    calls = (re.findall(r'put_metric\(\s*"(\w+)"', path.read_text(encoding="utf-8")) for path in sources)
    return {name for found in calls for name in found}


def test_the_stack_has_alarms_for_failing_runs_the_api_and_throttling() -> None:
    watched = {(props["Namespace"], props["MetricName"]) for props in alarms().values()}
    assert {
        ("TalentPipeline", "PipelineRunsFailedOperational"),
        ("TalentPipeline", "PipelineRunsEndedWithoutMarkFailed"),
        ("AWS/ApiGateway", "5XXError"),
        ("AWS/Lambda", "Throttles"),
    } <= watched


@pytest.mark.parametrize("name", sorted(alarms()))
def test_each_alarm_tells_the_alarm_topic(name: str) -> None:
    assert alarms()[name]["AlarmActions"] == [{"Ref": "AlarmTopic"}]
    assert alarms()[name]["TreatMissingData"] == "notBreaching"  # no runs is no failure


def test_each_alarm_on_our_metrics_watches_one_the_code_emits_as_powertools_names_it() -> None:
    template = Template()
    service = template.resolve(template.body["Globals"]["Function"]["Environment"]["Variables"])
    ours = {
        name: props
        for name, props in alarms().items()
        if props["Namespace"] == service["POWERTOOLS_METRICS_NAMESPACE"]
    }
    assert ours
    for props in ours.values():
        assert props["MetricName"] in emitted_metrics()
        # powertools adds the service dimension to every metric; put_metric adds only the ones it is given
        assert props["Dimensions"] == [{"Name": "service", "Value": service["POWERTOOLS_SERVICE_NAME"]}]


def test_the_alarm_topic_is_a_stack_output_to_subscribe_to() -> None:
    template = Template()
    assert template.body["Outputs"]["AlarmTopic"]["Value"] == {"Ref": "AlarmTopic"}
    assert template.resources["AlarmTopic"]["Type"] == "AWS::SNS::Topic"


def test_cloudwatch_can_publish_to_the_alarm_topic() -> None:
    """An attack review's: under the AWS managed SNS key (alias/aws/sns) CloudWatch's publish is denied,
    so no alarm would reach anyone; its key policy cannot be changed to allow it."""
    key = Template().resources["AlarmTopic"].get("Properties", {}).get("KmsMasterKeyId")
    assert key is None

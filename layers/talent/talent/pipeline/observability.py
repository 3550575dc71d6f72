"""Metrics and log lines shared by the pipeline's handlers (CloudWatch EMF through powertools).

Each metric is its own EMF document (`single_metric`): powertools' `Metrics` keeps one metric set per
process, which concurrent invocations in the local stack's single process would otherwise share.
Logs carry counts and durations only: never job description text, logins, names or messages.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit, single_metric


def put_metric(name: str, value: float, unit: MetricUnit = MetricUnit.Count, **dimensions: str) -> None:
    with single_metric(name=name, unit=unit, value=value) as metric:
        for dimension, dimension_value in dimensions.items():
            metric.add_dimension(name=dimension, value=dimension_value)


def stage_finished(logger: Logger, stage: str, duration_ms: int, **counts: Any) -> None:
    logger.info("Stage finished", extra={"stage": stage, "duration_ms": duration_ms, **counts})
    put_metric("StageDuration", duration_ms, MetricUnit.Milliseconds, stage=stage)

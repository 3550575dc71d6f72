"""SaveResults and MarkFailed, the two bookkeeping states (two functions sharing this code).

SaveResults: the results document to S3, the project to completed (only if it is still running).
MarkFailed: the partial outputs deleted, the project to failed with {stage, type, message}; also called
by EventBridge when an execution ends without succeeding, for a run that ended without MarkFailed.
"""

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.pipeline.contracts import CompletedRun, ExecutionStatusChange, FailureInput, parse_event
from talent.pipeline.errors import operational
from talent.pipeline.finalize import mark_ended, mark_failed, save_results
from talent.pipeline.observability import put_metric
from talent.settings import ProjectsSettings, ResultsSettings, RunQuotaSettings, SuppressionsSettings, require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require(ProjectsSettings, ResultsSettings, SuppressionsSettings, RunQuotaSettings)
logger = Logger()
tracer = make_tracer()


@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def save_results_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    run = parse_event(CompletedRun, event)
    logger.append_keys(project_id=run.project_id)
    saved = save_results(run)
    if saved.status == "completed":
        put_metric("PipelineRunsCompleted", 1)
        put_metric("CandidatesPerRun", saved.candidate_count)
        logger.info(
            "Run completed",
            extra={
                "candidate_count": saved.candidate_count,
                "ranked_count": saved.ranked_count,
                "draft_count": saved.draft_count,
            },
        )
    else:
        put_metric("PipelineRunsDiscarded", 1)
        logger.warning("Project deleted or no longer running during its run; results discarded")
    response: dict[str, Any] = saved.model_dump(mode="json")
    return response


@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def mark_failed_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if "detail-type" in event:  # EventBridge: an execution ended without succeeding
        return _execution_ended(parse_event(ExecutionStatusChange, event))
    request = parse_event(FailureInput, event)
    logger.append_keys(project_id=request.project_id)
    failed = mark_failed(request)
    put_metric("PipelineRunsFailed", 1, stage=failed.error.stage)
    if failed.status == "failed" and operational(failed.error.type):
        put_metric("PipelineRunsFailedOperational", 1)  # RunsFailingAlarm (template.yaml)
    logger.warning(
        "Run failed",
        extra={
            "stage": failed.error.stage,
            "error_type": failed.error.type,
            "recorded": failed.status == "failed",
            "deleted_objects": failed.deleted_objects,
        },
    )
    response: dict[str, Any] = failed.model_dump(mode="json")
    return response


def _execution_ended(change: ExecutionStatusChange) -> dict[str, Any]:
    failed = mark_ended(change)
    if failed is None:
        return {"status": "already_ended"}
    logger.append_keys(project_id=failed.project_id)
    put_metric("PipelineRunsFailed", 1, stage=failed.error.stage)
    put_metric("PipelineRunsEndedWithoutMarkFailed", 1)
    logger.warning(
        "Run ended without MarkFailed",
        extra={"stage": failed.error.stage, "error_type": failed.error.type, "status": change.detail.status},
    )
    response: dict[str, Any] = failed.model_dump(mode="json")
    return response

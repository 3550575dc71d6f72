"""Custom resource EmptyResultsBucketOnDelete: empties the results bucket when the stack is deleted, so
that `sam delete` can delete the bucket (talent.bucket_cleanup)."""

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from talent.bucket_cleanup import handle_request
from talent.settings import require
from talent.tracing import make_tracer

# The settings groups this code reads, checked at cold start (talent.settings).
SETTINGS = require()
logger = Logger()
tracer = make_tracer()


@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response = handle_request(event, context.log_stream_name)
    logger.info(
        "Answered CloudFormation",
        extra={
            "request_type": event.get("RequestType"),
            "status": response.Status,
            "reason": response.Reason,
        },
    )
    answer: dict[str, Any] = response.model_dump()
    return answer

"""talent.pipeline.transient: an AWS call's transient failure inside a stage becomes `AwsUnavailable`,
which every Task retries; anything else stays itself. The failures are botocore's own, made by a real
client against botocore's Stubber (the shape of AWS's answer), or raised as botocore raises them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import boto3
import pytest
from aws_lambda_powertools.utilities.parameters import SecretsProvider
from botocore.exceptions import ClientError, EndpointConnectionError, ReadTimeoutError
from botocore.stub import Stubber

from talent.pipeline.transient import AwsUnavailable, retried_when_transient


def _answered(service: str, operation: str, code: str, status: int) -> Callable[[], Any]:
    """A stage whose one AWS call is answered with error `code` and HTTP `status`."""
    client = boto3.client(service, region_name="eu-west-1", aws_access_key_id="x", aws_secret_access_key="x")
    stubber = Stubber(client)
    stubber.add_client_error(operation, service_error_code=code, http_status_code=status)
    stubber.activate()
    request = {"TableName": "t", "Item": {}} if service == "dynamodb" else {"Bucket": "b", "Key": "k"}
    return lambda: getattr(client, operation)(**request)


@pytest.mark.parametrize(
    ("service", "operation", "code", "status", "transient"),
    [
        ("dynamodb", "put_item", "ProvisionedThroughputExceededException", 400, True),
        ("dynamodb", "put_item", "ThrottlingException", 400, True),
        ("dynamodb", "put_item", "InternalServerError", 500, True),
        ("s3", "get_object", "SlowDown", 503, True),
        ("s3", "get_object", "InternalError", 500, True),
        # an answer that would be the same again is raised as it is
        ("dynamodb", "put_item", "ConditionalCheckFailedException", 400, False),
        ("dynamodb", "put_item", "ResourceNotFoundException", 400, False),
        ("s3", "get_object", "NoSuchKey", 404, False),
        ("s3", "get_object", "AccessDenied", 403, False),
    ],
)
def test_throttling_and_server_errors_are_run_again_and_nothing_else(
    service: str, operation: str, code: str, status: int, transient: bool
) -> None:
    stage = retried_when_transient(_answered(service, operation, code, status))
    with pytest.raises((AwsUnavailable, ClientError)) as raised:
        stage()
    if transient:
        assert isinstance(raised.value, AwsUnavailable)
        assert str(raised.value) == f"AWS kept failing ({code})"
        assert isinstance(raised.value.__cause__, ClientError)
    else:
        assert isinstance(raised.value, ClientError)
        assert raised.value.response["Error"]["Code"] == code


@pytest.mark.parametrize(
    "error",
    [
        ReadTimeoutError(endpoint_url="https://dynamodb.eu-west-1.amazonaws.com/"),
        EndpointConnectionError(endpoint_url="https://s3.eu-west-1.amazonaws.com/"),
    ],
)
def test_a_broken_connection_is_run_again(error: Exception) -> None:
    def stage() -> None:
        raise error

    with pytest.raises(AwsUnavailable, match=type(error).__name__):
        retried_when_transient(stage)()


def test_a_throttle_inside_powertools_parameters_is_run_again() -> None:
    """The GitHub token's and the JWT key's secrets: powertools raises GetParameterError(str(error))
    while handling botocore's error, without `from`."""
    client = boto3.client(
        "secretsmanager", region_name="eu-west-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    stubber = Stubber(client)
    stubber.add_client_error(
        "get_secret_value", service_error_code="ThrottlingException", http_status_code=400
    )
    stubber.activate()
    provider = SecretsProvider(boto3_client=client)

    with pytest.raises(AwsUnavailable, match="ThrottlingException"):
        retried_when_transient(lambda: provider.get("github-token", force_fetch=True))()


def test_an_error_raised_while_handling_a_throttle_is_not_the_throttle() -> None:
    """A review's: a bug in an except block (or a deliberate error) was read as the throttle it handled."""

    def buggy() -> None:
        try:
            _answered("dynamodb", "put_item", "ThrottlingException", 400)()
        except ClientError:
            raise KeyError("results_key") from None

    def careless() -> None:
        try:
            _answered("dynamodb", "put_item", "ThrottlingException", 400)()
        except ClientError:
            missing: dict[str, str] = {}
            missing["results_key"]  # the bug

    for stage in (buggy, careless):
        with pytest.raises(KeyError):
            retried_when_transient(stage)()


def test_other_errors_and_results_pass_through() -> None:
    def failing() -> None:
        raise ValueError("not AWS")

    with pytest.raises(ValueError, match="not AWS"):
        retried_when_transient(failing)()
    assert retried_when_transient(lambda: 42)() == 42

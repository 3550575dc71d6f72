"""The AWS call recorder (talent_local.aws_calls) on an in-process moto: what it records, and what not."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from talent_local.aws_calls import AwsCall, AwsCallLog, acting_as, recording

REGION = "us-east-1"


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)  # the session's stack may have set it
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    with mock_aws():
        yield


def ops(log: AwsCallLog) -> list[tuple[str, str, dict[str, Any], str]]:
    return [(c.function, f"{c.iam_prefix}:{c.operation}", dict(c.params), c.error) for c in log.calls()]


@pytest.mark.usefixtures("aws")
def test_calls_inside_a_function_are_recorded_with_their_resources_and_errors() -> None:
    log = AwsCallLog()
    with recording(log):
        dynamodb = boto3.client("dynamodb", region_name=REGION)  # created after the hooks, like the stack's
        dynamodb.create_table(  # outside any function: the test's own setup, not recorded
            TableName="t",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        with acting_as("AuthFunction"):
            dynamodb.put_item(TableName="t", Item={"pk": {"S": "a"}})
            with pytest.raises(dynamodb.exceptions.ConditionalCheckFailedException):
                dynamodb.put_item(
                    TableName="t", Item={"pk": {"S": "a"}}, ConditionExpression="attribute_not_exists(pk)"
                )
            dynamodb.transact_write_items(
                TransactItems=[{"Delete": {"TableName": "t", "Key": {"pk": {"S": "a"}}}}]
            )

    assert ops(log) == [
        ("AuthFunction", "dynamodb:PutItem", {"TableName": "t"}, ""),  # item keys are not resources
        ("AuthFunction", "dynamodb:PutItem", {"TableName": "t"}, "ConditionalCheckFailedException"),
        ("AuthFunction", "dynamodb:TransactWriteItems", {"TransactItems": (("Delete", "t"),)}, ""),
    ]


@pytest.mark.usefixtures("aws")
def test_s3_calls_keep_bucket_keys_and_versions() -> None:
    log = AwsCallLog()
    with recording(log):
        s3 = boto3.client("s3", region_name=REGION)
        s3.create_bucket(Bucket="results")
        with acting_as("ProjectsFunction"):
            with pytest.raises(s3.exceptions.NoSuchKey):
                s3.get_object(Bucket="results", Key="projects/p/results.json")
            objects = [{"Key": "k1"}, {"Key": "k2", "VersionId": "v"}]
            s3.delete_objects(Bucket="results", Delete={"Objects": objects})

    deleted = {"Bucket": "results", "Delete": (("k1", ""), ("k2", "v"))}
    missing = {"Bucket": "results", "Key": "projects/p/results.json"}
    assert ops(log) == [
        ("ProjectsFunction", "s3:DeleteObjects", deleted, ""),
        ("ProjectsFunction", "s3:GetObject", missing, "NoSuchKey"),
    ]


@pytest.mark.usefixtures("aws")
def test_a_secret_cached_by_one_function_is_still_a_read_of_the_next() -> None:
    from aws_lambda_powertools.utilities.parameters import SecretsProvider

    boto3.client("secretsmanager", region_name=REGION).create_secret(Name="key", SecretString="value")
    log = AwsCallLog()
    with recording(log):
        provider = SecretsProvider()  # one process-wide cache, as powertools keeps it
        for function in ("AuthFunction", "ProjectsFunction"):
            with acting_as(function):
                assert provider.get("key", max_age=300) == "value"

    assert [(c.function, c.operation, c.param("SecretId")) for c in log.calls()] == [
        ("AuthFunction", "GetSecretValue", "key"),
        ("ProjectsFunction", "GetSecretValue", "key"),
    ]


@pytest.mark.usefixtures("aws")
def test_a_nested_recording_gives_the_calls_back_to_the_outer_log_when_it_ends() -> None:
    outer, inner = AwsCallLog(), AwsCallLog()
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket="results")
    with recording(outer):
        with recording(inner), acting_as("Fn"):
            s3.list_buckets()
        with acting_as("Fn"):
            s3.head_bucket(Bucket="results")

    assert [c.operation for c in inner.calls()] == ["ListBuckets"]
    assert [c.operation for c in outer.calls()] == ["HeadBucket"]


def test_describe_names_the_function_call_resources_and_outcome() -> None:
    recorded = AwsCall("Fn", "dynamodb", "dynamodb", "GetItem", REGION, (("TableName", "t"),), "Boom")
    assert recorded.describe() == "Fn: dynamodb.GetItem TableName=t -> Boom"

"""moto-backed AWS for the pipeline's unit tests: the template's projects and suppressions tables and the
results bucket, the environment the functions get, and the sample stage events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pipeline_support import EVENTS, Aws

from talent_local.stack import TABLE_KEYS
from talent_local.template import REGION, Template


@pytest.fixture(scope="session")
def template() -> Template:
    return Template()


@pytest.fixture
def aws(template: Template, monkeypatch: pytest.MonkeyPatch) -> Iterator[Aws]:
    import boto3
    from moto import mock_aws

    from talent.aws import client
    from talent.settings import get_settings

    # The session's local stack (if started) points every client at its moto server; these tests own
    # an in-process mock instead, with fresh clients and settings.
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": REGION,
        "AWS_REGION": REGION,
        "PROJECTS_TABLE": "unit-projects",
        "SUPPRESSIONS_TABLE": "unit-suppressions",
        "RESULTS_BUCKET": "unit-results",
        "GITHUB_TOKEN_SECRET_ID": "",
        "POWERTOOLS_SERVICE_NAME": "talent-pipeline",
        "POWERTOOLS_METRICS_NAMESPACE": "TalentPipeline",
        "POWERTOOLS_TRACE_DISABLED": "true",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    client.cache_clear()
    get_settings.cache_clear()
    with mock_aws():
        dynamodb = boto3.client("dynamodb", region_name=REGION)
        for logical_id, name in (
            ("ProjectsTable", "unit-projects"),
            ("SuppressionsTable", "unit-suppressions"),
        ):
            props: dict[str, Any] = template.resources[logical_id]["Properties"]
            dynamodb.create_table(TableName=name, **{key: props[key] for key in TABLE_KEYS if key in props})
        s3 = boto3.client("s3", region_name=REGION)
        s3.create_bucket(Bucket="unit-results")
        yield Aws(s3=s3, dynamodb=dynamodb, bucket="unit-results", projects="unit-projects")
    client.cache_clear()
    get_settings.cache_clear()


@pytest.fixture
def seeded(aws: Aws) -> Aws:
    """The sample project's stage documents (events/stages/s3) in the bucket, and the sample user's
    do-not-contact list in SuppressionsTable."""
    aws.upload_tree(EVENTS / "s3")
    aws.add_suppressions(EVENTS / "suppressions.json")
    return aws

"""moto-backed AWS for the pipeline's unit tests: the template's projects and suppressions tables and the
results bucket, the environment the functions get, and the sample stage events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talent_local.template import REGION, Template
from tests.in_process_aws import in_process_aws
from tests.unit.pipeline.pipeline_support import EVENTS, Aws


@pytest.fixture(scope="session")
def template() -> Template:
    return Template()


@pytest.fixture
def aws(template: Template, monkeypatch: pytest.MonkeyPatch) -> Iterator[Aws]:
    import boto3

    env = {
        "PROJECTS_TABLE": "unit-projects",
        "SUPPRESSIONS_TABLE": "unit-suppressions",
        "RESULTS_BUCKET": "unit-results",
        "GITHUB_TOKEN_SECRET_ID": "",
    }
    tables = {"ProjectsTable": "unit-projects", "SuppressionsTable": "unit-suppressions"}
    with in_process_aws(monkeypatch, template, env, tables) as dynamodb:
        s3 = boto3.client("s3", region_name=REGION)
        s3.create_bucket(Bucket="unit-results")
        yield Aws(s3=s3, dynamodb=dynamodb, bucket="unit-results", projects="unit-projects")


@pytest.fixture
def seeded(aws: Aws) -> Aws:
    """The sample project's stage documents (events/stages/s3) in the bucket, and the sample user's
    do-not-contact list in SuppressionsTable."""
    aws.upload_tree(EVENTS / "s3")
    aws.add_suppressions(EVENTS / "suppressions.json")
    return aws

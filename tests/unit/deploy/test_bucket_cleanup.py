"""The custom resource that empties the results bucket on stack deletion (talent.bucket_cleanup), on an
in-process moto; CloudFormation's ResponseURL is replaced by a list of the answers sent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from talent_local.aws_calls import AwsCallLog, acting_as, recording
from talent_local.iam import RolePolicy, StackArns, denials, unused_grants
from talent_local.template import REGION, Template
from tests.in_process_aws import in_process_aws

BUCKET = "talent-local-resultsbucket"  # the local name, so the template's role applies as written
URL = "https://cloudformation-custom-resource-response.s3.amazonaws.com/signed"


def request(kind: str, bucket: str = BUCKET, **extra: Any) -> dict[str, Any]:
    return {
        "RequestType": kind,
        "ResponseURL": URL,
        "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/talent-pipeline/1",
        "RequestId": "req-1",
        "LogicalResourceId": "EmptyResultsBucketOnDelete",
        "ResourceType": "Custom::EmptyBucket",
        "ResourceProperties": {"ServiceToken": "arn:aws:lambda:...", "BucketName": bucket},
        **extra,
    }


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    import boto3

    with in_process_aws(monkeypatch, Template(), {}, {}):
        yield boto3.client("s3", region_name=REGION)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    answers: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(
        "talent.bucket_cleanup.send_response",
        lambda url, response: answers.append((url, response.model_dump())),
    )
    return answers


def fill(s3: Any, objects: int) -> None:
    """A bucket whose versioning was on at some time (the template leaves it suspended): objects with
    several versions, and a delete marker. (moto 5.2 deletes every version of a key when one is deleted
    from a suspended bucket, so versioning stays on here; the local stack's test covers "null" versions.)"""
    s3.create_bucket(Bucket=BUCKET)
    s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})
    for number in range(objects):
        s3.put_object(Bucket=BUCKET, Key=f"projects/p{number}/results.json", Body=b"{}")
    s3.put_object(Bucket=BUCKET, Key="projects/p0/results.json", Body=b"{}")  # a second version
    s3.delete_object(Bucket=BUCKET, Key="projects/p1/results.json")  # a delete marker


def all_versions(s3: Any) -> list[tuple[str, str]]:
    pages = s3.get_paginator("list_object_versions").paginate(Bucket=BUCKET)
    return sorted(
        (entry["Key"], entry["VersionId"])
        for page in pages
        for entry in [*page.get("Versions", []), *page.get("DeleteMarkers", [])]
    )


def test_delete_removes_every_version_and_marker_and_answers_success(
    s3: Any, sent: list[tuple[str, dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from talent import bucket_cleanup

    monkeypatch.setattr(bucket_cleanup, "_DELETE_BATCH", 4)  # S3's 1,000 per call, scaled down
    fill(s3, 12)  # more than one DeleteObjects batch
    versions = len(all_versions(s3))

    response = bucket_cleanup.handle_request(request("Delete", PhysicalResourceId=BUCKET), "stream")

    assert all_versions(s3) == [], response.Reason
    s3.delete_bucket(Bucket=BUCKET)  # what CloudFormation does next, now possible
    assert response.Status == "SUCCESS"
    assert response.Data == {"Deleted": versions}
    assert versions == 12 + 1 + 1  # with the second version and the delete marker
    assert sent == [(URL, response.model_dump())]
    assert (response.PhysicalResourceId, response.RequestId, response.LogicalResourceId) == (
        BUCKET,
        "req-1",
        "EmptyResultsBucketOnDelete",
    )


@pytest.mark.parametrize("kind", ["Create", "Update"])
def test_create_and_update_touch_nothing(s3: Any, sent: list[tuple[str, dict[str, Any]]], kind: str) -> None:
    from talent.bucket_cleanup import handle_request

    fill(s3, 3)
    before = all_versions(s3)

    response = handle_request(request(kind), "stream")

    assert (response.Status, response.PhysicalResourceId, response.Data) == (
        "SUCCESS",
        BUCKET,
        {"Deleted": 0},
    )
    assert all_versions(s3) == before
    assert [url for url, _ in sent] == [URL]


def test_a_bucket_already_gone_is_empty(s3: Any, sent: list[tuple[str, dict[str, Any]]]) -> None:
    from talent.bucket_cleanup import handle_request

    response = handle_request(request("Delete", bucket="talent-local-gone"), "stream")

    assert (response.Status, response.Data) == ("SUCCESS", {"Deleted": 0})


def test_a_failure_is_answered_with_the_reason_and_the_log_stream(
    s3: Any, sent: list[tuple[str, dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from talent import bucket_cleanup

    def refuse(bucket: str) -> int:
        raise RuntimeError(f"Could not delete projects/p/results.json: AccessDenied ({bucket})")

    monkeypatch.setattr(bucket_cleanup, "empty_bucket", refuse)

    response = bucket_cleanup.handle_request(request("Delete"), "2026/11/30/[$LATEST]abc")

    assert response.Status == "FAILED"
    assert "AccessDenied" in response.Reason
    assert "2026/11/30/[$LATEST]abc" in response.Reason
    assert sent[0][1]["Status"] == "FAILED"


def test_a_malformed_request_is_still_answered_and_one_without_a_url_raises(
    sent: list[tuple[str, dict[str, Any]]],
) -> None:
    from talent.bucket_cleanup import handle_request

    response = handle_request({"RequestType": "Delete", "ResponseURL": URL}, "stream")
    assert response.Status == "FAILED"
    assert sent[0][0] == URL
    with pytest.raises(ValueError, match="Not a CloudFormation custom resource request"):
        handle_request({"RequestType": "Delete"}, "stream")


@pytest.mark.parametrize("url", ["http://example.com/signed", "file:///etc/passwd", "ftp://x/y"])
def test_answers_go_to_https_only(url: str) -> None:
    from talent.bucket_cleanup import CustomResourceResponse, send_response

    response = CustomResourceResponse(
        Status="SUCCESS",
        Reason="",
        PhysicalResourceId="b",
        StackId="s",
        RequestId="r",
        LogicalResourceId="l",
        Data={},
    )
    with pytest.raises(ValueError, match="https"):
        send_response(url, response)


def test_its_role_allows_exactly_what_it_calls(
    s3: Any, sent: list[tuple[str, dict[str, Any]]], sam_roles: dict[str, RolePolicy]
) -> None:
    from talent.bucket_cleanup import handle_request

    fill(s3, 3)
    log = AwsCallLog()
    with recording(log), acting_as("EmptyResultsBucketFunction"):
        assert handle_request(request("Delete"), "stream").Status == "SUCCESS"

    calls, arns = log.calls(), StackArns()
    assert not denials(calls, sam_roles, arns)
    assert not [
        g
        for g in unused_grants(calls, sam_roles, arns)
        if g.function == "EmptyResultsBucketFunction" and g.grant.startswith("s3:")
    ]


def _depends_on(resource: dict[str, Any]) -> set[str]:
    found = resource.get("DependsOn", [])
    return {found} if isinstance(found, str) else set(found)


def test_a_custom_resources_function_has_its_log_group_before_the_first_invocation() -> None:
    """An operator's review: the log group depended on the custom resource, so CloudFormation invoked the
    function (Create) before creating its log group; Lambda made the group on that first invocation, and
    CloudFormation's own create of it then failed ("already exists"), rolling the first deploy back. The
    custom resource must depend on the log group: created after it, deleted before it, so its last
    invocation (Delete) logs into the managed group and none comes after."""
    resources = Template().resources
    groups = {
        res["Properties"]["LogGroupName"]["Fn::Sub"].removeprefix("/aws/lambda/${").rstrip("}"): lid
        for lid, res in resources.items()
        if res["Type"] == "AWS::Logs::LogGroup"
        and "/aws/lambda/" in str(res["Properties"].get("LogGroupName", ""))
    }
    custom = {lid: res for lid, res in resources.items() if res["Type"].startswith("Custom::")}
    assert custom
    for lid, res in custom.items():
        function = res["Properties"]["ServiceToken"]["Fn::GetAtt"][0]
        group = groups[function]
        assert group in _depends_on(res), lid
        assert lid not in _depends_on(resources[group]), group

"""The custom resource that empties the results bucket when the stack is deleted.

CloudFormation does not delete a bucket that still holds objects, so `sam delete` would fail as soon as
one project had run. The resource depends on the bucket, so on stack deletion CloudFormation sends it
Delete first: then every object version and delete marker is removed, and the bucket can go. Create and
Update do nothing. CloudFormation waits for the answer, a PUT of the outcome to the request's presigned
ResponseURL, so one is sent whatever happens.
"""

from __future__ import annotations

import urllib.parse
import urllib.request
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from talent.aws import client, error_code

_DELETE_BATCH = 1000  # DeleteObjects' limit per call
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class BucketProperties(BaseModel):
    model_config = ConfigDict(extra="ignore")  # ServiceToken comes along

    BucketName: str


class CustomResourceRequest(BaseModel):
    """What CloudFormation sends a custom resource (the fields this one reads)."""

    model_config = ConfigDict(extra="ignore")

    RequestType: Literal["Create", "Update", "Delete"]
    ResponseURL: str
    StackId: str
    RequestId: str
    LogicalResourceId: str
    PhysicalResourceId: str | None = None
    ResourceProperties: BucketProperties


class CustomResourceResponse(BaseModel):
    """The answer CloudFormation reads from ResponseURL. Data.Deleted counts object versions."""

    Status: Literal["SUCCESS", "FAILED"]
    Reason: str
    PhysicalResourceId: str
    StackId: str
    RequestId: str
    LogicalResourceId: str
    Data: dict[str, int]


def empty_bucket(bucket: str) -> int:
    """Delete every object version and delete marker in `bucket`; returns how many. A bucket that no
    longer exists is empty. Raises RuntimeError if S3 refuses to delete one."""
    from botocore.exceptions import ClientError  # lazy, as boto3 is

    s3 = client("s3")
    try:
        # Listed in full first: deleting while paging would move the pages under the listing.
        entries = [
            {"Key": entry["Key"], "VersionId": entry["VersionId"]}
            for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket)
            for entry in [*page.get("Versions", []), *page.get("DeleteMarkers", [])]
        ]
    except ClientError as error:
        if error_code(error) != "NoSuchBucket":
            raise
        return 0
    for start in range(0, len(entries), _DELETE_BATCH):
        batch = entries[start : start + _DELETE_BATCH]
        answer = s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
        if answer.get("Errors"):
            failed = answer["Errors"][0]
            raise RuntimeError(f"Could not delete {failed['Key']}: {failed.get('Code')}")
    return len(entries)


def handle_request(event: dict[str, Any], log_stream: str) -> CustomResourceResponse:
    """Act on one CloudFormation request and send the answer to its ResponseURL (FAILED, with the
    reason and where the log is, if anything went wrong). Raises ValueError only for an event without
    a ResponseURL, which no answer can reach."""
    try:
        request = CustomResourceRequest.model_validate(event)
    except ValidationError as error:
        if not isinstance(event.get("ResponseURL"), str):
            raise ValueError("Not a CloudFormation custom resource request") from error
        response = _answer(event, "FAILED", f"Malformed request: {error.error_count()} errors", 0)
    else:
        bucket = request.ResourceProperties.BucketName
        try:
            deleted = empty_bucket(bucket) if request.RequestType == "Delete" else 0
            response = _answer(event, "SUCCESS", f"{deleted} object versions deleted from {bucket}", deleted)
        except Exception as error:  # CloudFormation must hear back whatever failed
            reason = f"Emptying {bucket} failed ({type(error).__name__}: {error}); log stream {log_stream}"
            response = _answer(event, "FAILED", reason, 0)
    send_response(str(event["ResponseURL"]), response)
    return response


def _answer(
    event: dict[str, Any], status: Literal["SUCCESS", "FAILED"], reason: str, deleted: int
) -> CustomResourceResponse:
    properties = event.get("ResourceProperties") or {}
    # The bucket names the resource, so a new bucket is a new resource and the old one's Delete empties it.
    physical = (
        event.get("PhysicalResourceId") or properties.get("BucketName") or event.get("LogicalResourceId")
    )
    return CustomResourceResponse(
        Status=status,
        Reason=reason[:1000],
        PhysicalResourceId=str(physical),
        StackId=str(event.get("StackId", "")),
        RequestId=str(event.get("RequestId", "")),
        LogicalResourceId=str(event.get("LogicalResourceId", "")),
        Data={"Deleted": deleted},
    )


def send_response(url: str, response: CustomResourceResponse) -> None:
    """PUT the answer to CloudFormation's presigned S3 URL (no Content-Type, as signed). Raises
    ValueError for a URL that is not https (plain http only to this machine: the local stack's S3)."""
    parts = urllib.parse.urlsplit(url)
    if not (parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOOPBACK)):
        raise ValueError("ResponseURL must be an https URL")
    body = response.model_dump_json().encode("utf-8")
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": ""})  # noqa: S310 - checked above
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
        answer.read()

"""The results bucket: one prefix per project, JSON documents validated by pydantic on the way in and out.

    projects/{project_id}/candidates.json   SearchGitHub      CandidatesDocument
    projects/{project_id}/ranked.json       RankCandidates    RankedDocument
    projects/{project_id}/outreach.json     GenerateOutreach  OutreachDocument
    projects/{project_id}/results.json      SaveResults       ProjectResults (what the API serves)

Only results.json is ever shown; the stage documents are working files, deleted when the run ends:
SaveResults deletes them once results.json is saved, MarkFailed deletes the whole prefix.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from functools import cache
from typing import Any, Final
from urllib.parse import urlsplit

from pydantic import BaseModel

from talent.aws import client, error_code
from talent.models import Candidate, Contract, OutreachMessage, RankedCandidate
from talent.settings import ResultsSettings, get_settings

PREFIX: Final = "projects"
CANDIDATES: Final = "candidates.json"
RANKED: Final = "ranked.json"
OUTREACH: Final = "outreach.json"
RESULTS: Final = "results.json"
_PROJECT_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
_DELETE_BATCH = 1000  # DeleteObjects' limit per call


class ProjectObjectMissing(LookupError):
    """A key a state points at has no object (deleted with its project, or never written)."""


class CandidatesDocument(Contract):
    project_id: str
    candidates: list[Candidate]


class RankedDocument(Contract):
    project_id: str
    ranked: list[RankedCandidate]


class OutreachDocument(Contract):
    project_id: str
    messages: list[OutreachMessage]


def project_prefix(project_id: str) -> str:
    # The id becomes a prefix that is deleted recursively: never let "" or "a/.." through.
    if not _PROJECT_ID.match(project_id):
        raise ValueError("project_id must be 1-80 letters, digits, '-' or '_'")
    return f"{PREFIX}/{project_id}/"


def object_key(project_id: str, name: str) -> str:
    return project_prefix(project_id) + name


def _bucket() -> str:
    bucket = get_settings(ResultsSettings).results_bucket
    if not bucket:
        raise RuntimeError("RESULTS_BUCKET is not set")
    return bucket


def put_document(key: str, document: BaseModel) -> None:
    client("s3").put_object(
        Bucket=_bucket(),
        Key=key,
        Body=document.model_dump_json().encode("utf-8"),
        ContentType="application/json",
    )


def delete_object(key: str) -> None:
    client("s3").delete_object(Bucket=_bucket(), Key=key)


def delete_objects(keys: list[str]) -> None:
    """Delete these objects (one DeleteObjects call for up to 1,000 keys); missing ones are no error."""
    s3 = client("s3")
    for start in range(0, len(keys), _DELETE_BATCH):
        batch = keys[start : start + _DELETE_BATCH]
        response = s3.delete_objects(
            Bucket=_bucket(), Delete={"Objects": [{"Key": key} for key in batch], "Quiet": True}
        )
        if response.get("Errors"):
            failed = response["Errors"][0]
            raise RuntimeError(f"Could not delete {failed['Key']}: {failed.get('Code')}")


def get_document[D: BaseModel](key: str, model: type[D]) -> D:
    """The document at `key`, validated as `model`. Raises ProjectObjectMissing if there is none."""
    return get_versioned_document(key, model)[0]


def get_versioned_document[D: BaseModel](key: str, model: type[D]) -> tuple[D, str]:
    """`get_document`, and the version read (S3's ETag: it changes whenever the content does)."""
    from botocore.exceptions import ClientError  # lazy, as boto3 is

    try:
        found = client("s3").get_object(Bucket=_bucket(), Key=key)
    except ClientError as error:
        if error_code(error) != "NoSuchKey":
            raise
        raise ProjectObjectMissing(f"No object at {key}") from None
    return model.model_validate_json(found["Body"].read()), str(found["ETag"])


def current_version(key: str) -> str | None:
    """The version (ETag) of the object at `key` now, or None if there is none."""
    from botocore.exceptions import ClientError  # lazy, as boto3 is

    try:
        return str(client("s3").head_object(Bucket=_bucket(), Key=key)["ETag"])
    except ClientError as error:
        if error_code(error) not in ("NoSuchKey", "404", "NotFound"):
            raise
        return None


EXPORTS: Final = "exports/"  # under a project's prefix: deleted with it, and on an erasure
EXPORT_LINK_SECONDS: Final = 300
# The bucket's lifecycle expires objects so tagged a day after they are written, rounded up to the next
# midnight UTC by S3: within two days (template.yaml)
EXPORT_TAG: Final = "talent-kind=export"


def put_export(project_id: str, filename: str, body: bytes, content_type: str) -> str:
    """Store a download under the project's prefix, at a key of its own (`exports/<uuid>/<filename>`: one
    request's file is never another's), tagged to expire; returns the key."""
    key = object_key(project_id, f"{EXPORTS}{uuid.uuid4()}/{filename}")
    client("s3").put_object(
        Bucket=_bucket(), Key=key, Body=body, ContentType=content_type, Tagging=EXPORT_TAG
    )
    return key


def download_link(key: str, filename: str, content_type: str) -> str:
    """A presigned GET URL for the object at `key`, valid EXPORT_LINK_SECONDS, answering as a download
    named `filename` of `content_type`, never cached."""
    url: str = _presigner().generate_presigned_url(
        "get_object",
        Params={
            "Bucket": _bucket(),
            "Key": key,
            "ResponseContentDisposition": f'attachment; filename="{filename}"',
            "ResponseContentType": content_type,
            "ResponseCacheControl": "no-store",  # as every answer of the API
        },
        ExpiresIn=EXPORT_LINK_SECONDS,
    )
    return url


def _presigner() -> Any:
    """An S3 client for links: SigV4, which buckets made since June 2020 require (botocore presigns with
    SigV2 in older regions by default), on AWS at the bucket's regional virtual host (the global host may
    redirect a new bucket's request, which breaks the signature); path style on a local endpoint. One
    per endpoint: the local stack's tests start stacks anew."""
    meta = client("s3").meta
    return _presigning_client(meta.endpoint_url, meta.region_name)


@cache
def _presigning_client(endpoint_url: str, region: str) -> Any:
    import boto3  # lazy, as in talent.aws
    from botocore.config import Config

    on_aws = (urlsplit(endpoint_url).hostname or "").endswith((".amazonaws.com", ".amazonaws.com.cn"))
    style = "virtual" if on_aws else "path"
    return boto3.client(
        "s3",
        region_name=region,
        endpoint_url=endpoint_url,
        config=Config(signature_version="s3v4", s3={"addressing_style": style}),
    )


def delete_project_exports(project_id: str) -> int:
    """Delete the project's stored downloads (`put_export`); returns how many there were."""
    return _delete_under(object_key(project_id, EXPORTS))


def delete_stage_documents(project_id: str) -> int:
    """Delete the stages' documents of the project (candidates, ranked, outreach), which a completed
    run no longer needs; returns how many there were."""
    stages = {object_key(project_id, name) for name in (CANDIDATES, RANKED, OUTREACH)}
    return _delete_under(project_prefix(project_id), keep=lambda key: key not in stages)


def delete_project_objects(project_id: str) -> int:
    """Delete every object under the project's prefix; returns how many were deleted."""
    return _delete_under(project_prefix(project_id))


def _delete_under(prefix: str, keep: Callable[[str], bool] = lambda _key: False) -> int:
    s3 = client("s3")
    keys = [
        entry["Key"]
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=_bucket(), Prefix=prefix)
        for entry in page.get("Contents", [])
        if not keep(entry["Key"])
    ]
    delete_objects(keys)
    return len(keys)

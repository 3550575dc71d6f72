"""An export over the inline limit: stored under its project and linked (talent.projects.detail,
talent.pipeline.storage), on moto with the template's bucket and tables."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from talent.api.models.projects import ExportLink
from talent.aws import client
from talent.errors import ConflictError, NotFoundError
from talent.pipeline import storage
from talent.pipeline.storage import download_link
from talent.projects import detail
from talent.projects.detail import export_project
from talent.projects.store import projects_store
from talent.settings import get_settings
from tests.unit.pipeline.pipeline_support import SAMPLE_PROJECT, Aws, context, event, load_handler


@pytest.fixture
def completed(seeded: Aws, monkeypatch: pytest.MonkeyPatch) -> Aws:
    seeded.put_project(SAMPLE_PROJECT)
    load_handler("finalize").save_results_handler(event("save_results.json"), context())
    monkeypatch.setenv("EXPORT_INLINE_MAX_BYTES", "100")
    get_settings.cache_clear()
    return seeded


def _exports(aws: Aws) -> list[str]:
    return [key for key in aws.keys(SAMPLE_PROJECT) if "/exports/" in key]


def test_a_large_export_is_stored_tagged_to_expire_and_linked_with_sigv4_at_the_regional_host(
    completed: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An attack review's: botocore presigns with SigV2 by default in older regions, which buckets made
    since June 2020 refuse, and at the global host, which may redirect a new bucket (breaking the
    signature). The link is SigV4 at the bucket's regional virtual host."""
    project = projects_store().get_project(SAMPLE_PROJECT)
    assert project is not None

    link = export_project(project, "csv")

    assert isinstance(link, ExportLink)
    (key,) = _exports(completed)
    assert re.fullmatch(rf"projects/{SAMPLE_PROJECT}/exports/[0-9a-f-]{{36}}/{re.escape(link.filename)}", key)
    tags = completed.s3.get_object_tagging(Bucket=completed.bucket, Key=key)["TagSet"]
    assert tags == [{"Key": "talent-kind", "Value": "export"}]  # the lifecycle rule's filter
    url = urlsplit(link.url)
    assert completed.s3.meta.region_name == "us-east-1"  # whose regional host is the global one
    assert url.hostname == f"{completed.bucket}.s3.amazonaws.com"
    query = parse_qs(url.query)
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    assert query["X-Amz-Expires"] == ["300"]
    assert query["response-content-disposition"] == [f'attachment; filename="{link.filename}"']
    assert query["response-cache-control"] == ["no-store"]
    # in another region, its own host
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    client.cache_clear()
    elsewhere = urlsplit(download_link(key, link.filename, "text/csv"))
    assert elsewhere.hostname == f"{completed.bucket}.s3.eu-west-1.amazonaws.com"
    assert parse_qs(elsewhere.query)["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]


def test_an_export_racing_an_erasure_or_a_delete_keeps_nothing(
    completed: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attack reviews': an erasure or a DELETE between the export's read of the results and its write
    left the file, with the erased person in it. The results' version (ETag) is checked after the write:
    the count of candidates is no version (two erasures can bring it back to where it was)."""
    project = projects_store().get_project(SAMPLE_PROJECT)
    assert project is not None
    real_put = storage.put_export
    rewrite = {"results": lambda: None}

    def put_then(*args: Any) -> str:
        key = real_put(*args)
        rewrite["results"]()  # what happens between the write and the check
        return key

    monkeypatch.setattr(detail, "put_export", put_then)
    results_key = f"projects/{SAMPLE_PROJECT}/results.json"
    same_content = completed.s3.get_object(Bucket=completed.bucket, Key=results_key)["Body"].read()
    # an erasure's rewrite, even one that leaves the same counts
    rewrite["results"] = lambda: completed.s3.put_object(
        Bucket=completed.bucket, Key=results_key, Body=same_content + b"\n"
    )
    with pytest.raises(ConflictError, match="ask again"):
        export_project(project, "json")
    assert _exports(completed) == []

    fresh = projects_store().get_project(SAMPLE_PROJECT)
    assert fresh is not None
    rewrite["results"] = lambda: completed.dynamodb.delete_item(
        TableName=completed.projects, Key={"project_id": {"S": SAMPLE_PROJECT}}
    )
    with pytest.raises(NotFoundError):
        export_project(fresh, "json")
    assert _exports(completed) == []


def test_a_failure_after_the_write_deletes_the_file(completed: Aws, monkeypatch: pytest.MonkeyPatch) -> None:
    """An attack review's: a throttled check after the write left the file (a 500)."""
    project = projects_store().get_project(SAMPLE_PROJECT)
    assert project is not None

    def throttled(_key: str) -> str:
        raise RuntimeError("the check failed")

    monkeypatch.setattr(detail, "current_version", throttled)
    with pytest.raises(RuntimeError):
        export_project(project, "csv")
    assert _exports(completed) == []

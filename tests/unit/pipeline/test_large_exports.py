"""An export over the inline limit: stored under its project and linked (talent.projects.detail,
talent.pipeline.storage), on moto with the template's bucket and tables."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from talent.api.models.projects import ExportLink
from talent.aws import client
from talent.errors import ConflictError
from talent.pipeline.storage import download_link
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
    assert key == f"projects/{SAMPLE_PROJECT}/exports/{link.filename}"
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


def test_an_export_racing_an_erasure_or_a_delete_keeps_nothing(completed: Aws) -> None:
    """An attack review's: an erasure (which lowers the counts) or a DELETE between the export's read of
    the results and its write left the file, with the erased person in it, for the project's lifetime."""
    project = projects_store().get_project(SAMPLE_PROJECT)
    assert project is not None
    read_before_the_erasure = project.model_copy(update={"ranked_count": (project.ranked_count or 0) + 1})

    with pytest.raises(ConflictError, match="ask for the export again"):
        export_project(read_before_the_erasure, "json")
    assert _exports(completed) == []

    completed.dynamodb.delete_item(TableName=completed.projects, Key={"project_id": {"S": SAMPLE_PROJECT}})
    with pytest.raises(ConflictError):
        export_project(project, "json")
    assert _exports(completed) == []

"""In-process moto for unit tests that touch AWS: fresh clients, settings and caches, tables from
template.yaml, restored afterwards. (Integration tests use the local stack's moto server instead.)"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from talent_local.stack import TABLE_KEYS
from talent_local.template import REGION, Template

BASE_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": REGION,
    "AWS_REGION": REGION,
    "POWERTOOLS_SERVICE_NAME": "talent-pipeline",
    "POWERTOOLS_METRICS_NAMESPACE": "TalentPipeline",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_LOG_LEVEL": "INFO",
}


def _clear_caches() -> None:
    from aws_lambda_powertools.utilities.parameters.constants import DEFAULT_PROVIDERS

    from talent.aws import client
    from talent.settings import get_settings

    client.cache_clear()
    get_settings.cache_clear()
    DEFAULT_PROVIDERS.clear()  # powertools' secrets provider holds a client and cached values


@contextmanager
def in_process_aws(
    monkeypatch: pytest.MonkeyPatch, template: Template, env: dict[str, str], tables: dict[str, str]
) -> Iterator[Any]:
    """moto's mock_aws with `env` set and each template table (logical id -> name) created.

    The session's local stack (if started) points every client at its moto server through
    AWS_ENDPOINT_URL; these tests own an in-process mock instead. Yields a boto3 DynamoDB client."""
    import boto3
    from aws_lambda_powertools.utilities.parameters.constants import DEFAULT_PROVIDERS
    from moto import mock_aws

    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    for name, value in {**BASE_ENV, **env}.items():
        monkeypatch.setenv(name, value)
    saved_providers = dict(DEFAULT_PROVIDERS)
    _clear_caches()
    try:
        with mock_aws():
            dynamodb = boto3.client("dynamodb", region_name=REGION)
            for logical_id, name in tables.items():
                props: dict[str, Any] = template.resources[logical_id]["Properties"]
                dynamodb.create_table(
                    TableName=name, **{key: props[key] for key in TABLE_KEYS if key in props}
                )
            yield dynamodb
    finally:
        _clear_caches()
        DEFAULT_PROVIDERS.update(saved_providers)

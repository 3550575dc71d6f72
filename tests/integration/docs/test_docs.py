"""Swagger UI at /docs and the OpenAPI document, served offline by the local stack."""

import json

import urllib3

from talent_local.stack import LocalStack


def test_docs_serve_swagger_ui_with_the_whole_api(local_stack: LocalStack) -> None:
    response = urllib3.request("GET", f"{local_stack.api_url}/docs")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/html")
    page = response.data.decode()
    assert "SwaggerUIBundle" in page  # the bundle is inlined: no CDN needed
    assert "<script src=" not in page
    assert '"/health"' in page


def test_openapi_document_points_at_the_server_it_came_from(local_stack: LocalStack) -> None:
    response = urllib3.request("GET", f"{local_stack.api_url}/openapi.json")
    assert response.status == 200
    spec = json.loads(response.data)
    assert spec["openapi"].startswith("3.1")
    assert spec["servers"] == [{"url": local_stack.api_url}]
    assert "/health" in spec["paths"]

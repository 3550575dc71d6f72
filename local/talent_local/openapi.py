"""Build the API's one OpenAPI document from the code of every routed function in template.yaml.

    python -m talent_local.openapi           # write layers/talent/talent/api/openapi.json
    python -m talent_local.openapi --check   # exit 1 when the committed document is stale (CI)

Each function's resolver describes its own routes (pydantic models, validation limits); powertools'
OpenAPIMerge joins them and fails on a path+method defined twice. The docs function serves the result.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from talent_local.template import TEMPLATE_PATH, Template

SPEC_PATH = Path(__file__).resolve().parents[2] / "layers" / "talent" / "talent" / "api" / "openapi.json"


def _description() -> str:
    """The document's description; its limits read from the product's constants and deployed defaults."""
    from talent.api.limits import MAX_BODY_BYTES
    from talent.api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
    from talent.jd.limits import MAX_JD_CHARS
    from talent.settings import AccountPolicy, RunQuotaSettings

    login = AccountPolicy()
    quota = RunQuotaSettings(quotas_table="-")
    return (
        "Turns a job description into a ranked shortlist of GitHub developers with outreach drafts for a "
        "person to review. Register, log in, then send `Authorization: Bearer <access_token>`.\n\n"
        f"Limits: request body {MAX_BODY_BYTES // (1024 * 1024)} MB; job description {MAX_JD_CHARS:,} "
        f"characters; page size 1-{MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}); after "
        f"{login.login_free_failures} failed logins for an email from one address, a wait of "
        f"{login.login_delay_base_seconds} s, doubling after each further failure (at most "
        f"{login.login_delay_max_seconds // 60} minutes), and {login.login_address_max_failures} failures "
        f"from one address in {login.login_address_window_seconds // 60} minutes refuse its logins "
        f"(only failures count; 429 with Retry-After); {quota.runs_in_progress_max} runs in progress and "
        f"{quota.runs_per_hour_max} started an hour per user.\n\n"
        'Every error is `{"error": {"code", "message", "details", "request_id"}}`; a 422 lists each '
        "bad field in `details` with `field`, `message` and `type`."
    )


# (path, method, status) of a response naming a resource -> the body field that holds its id, named as
# the path parameter of the operations that take it.
RESOURCE_LINKS = {
    ("/pipeline/run", "post", "202"): "project_id",
    ("/suppressions", "post", "201"): "github_login",
    ("/suppressions", "post", "200"): "github_login",
}


def build_spec(template_path: Path = TEMPLATE_PATH) -> dict[str, Any]:
    from aws_lambda_powertools.event_handler.openapi.merge import OpenAPIMerge
    from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer

    template = Template(template_path)
    # The version /health reports (talent.settings.ServiceSettings, set on the function that reads it).
    version = next(
        (f.environment["APP_VERSION"] for f in template.functions() if "APP_VERSION" in f.environment),
        "0.0.0",
    )
    merge = OpenAPIMerge(
        title="Talent Pipeline API",
        version=version,
        description=_description(),
        security_schemes={"bearerAuth": HTTPBearer(scheme="bearer", bearerFormat="JWT")},
        on_conflict="error",
    )
    routed = [function for function in template.functions() if function.routes]
    for function in routed:
        module = function.handler.rsplit(".", 1)[0]
        merge.add_file(function.code_dir / f"{module}.py")
    # Each module checks its settings when it is imported (talent.settings.require), as at a cold start:
    # import them with the environment the template gives them.
    with _environment({name: value for function in routed for name, value in function.environment.items()}):
        spec: dict[str, Any] = json.loads(merge.get_openapi_json_schema())
    spec.pop("servers", None)  # the docs function sets the server to the URL it is called on
    _use_our_error_model(spec)
    _link_resources(spec)
    return spec


@contextmanager
def _environment(variables: dict[str, str]) -> Iterator[None]:
    """os.environ with `variables` set, restored afterwards."""
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _link_resources(spec: dict[str, Any]) -> None:
    """OpenAPI links from each response that names a resource to every operation taking it as a path
    parameter: clients (and the fuzzer's stateful phase) can follow a new project or suppression to the
    routes that read and delete it."""
    paths = spec["paths"]
    for (path, method, status), parameter in RESOURCE_LINKS.items():
        links = paths[path][method]["responses"][status].setdefault("links", {})
        for target_path, operations in paths.items():
            if f"{{{parameter}}}" in target_path:
                for target_method, target in operations.items():
                    links[target["operationId"]] = {
                        "operationId": target["operationId"],
                        "parameters": {parameter: f"$response.body#/{parameter}"},
                        "description": f"{target_method.upper()} {target_path} with this {parameter}",
                    }


def _use_our_error_model(spec: dict[str, Any]) -> None:
    """Every 4xx/5xx is documented with the error model the resolver really returns.

    powertools documents 422 with FastAPI's `{"detail": [...]}`; ours is ErrorResponse."""
    from talent.api.errors import ErrorResponse

    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(error_schema.pop("$defs", {}))
    schemas["ErrorResponse"] = error_schema
    error_content = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
    for operations in spec.get("paths", {}).values():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            _document_shared_errors(method, operation, responses)
            for status, response in responses.items():
                if status[0] in "45":
                    if status == "422":
                        response["description"] = "Invalid request: each bad field is listed in error.details"
                    response["content"] = error_content
    for name in ("HTTPValidationError", "ValidationError", "ResponseValidationError"):
        if f'"#/components/schemas/{name}"' not in json.dumps(spec):
            schemas.pop(name, None)


def _document_shared_errors(method: str, operation: dict[str, Any], responses: dict[str, Any]) -> None:
    """The answers every function gives through the shared request path (talent.api.requests), which no
    route declares itself; without them a client (or the fuzzer) meets undocumented status codes."""
    from talent.api.limits import MAX_BODY_BYTES
    from talent.api.requests import BODY_METHODS

    if "204" in responses:
        responses["204"].pop("content", None)  # powertools describes `Response[None]` as a JSON null
    if operation.get("security"):
        responses.setdefault("401", {"description": "Missing, malformed, expired or revoked bearer token"})
    if "requestBody" in operation:
        responses.setdefault("400", {"description": "The body is not valid JSON (or not UTF-8)"})
    if method.upper() in BODY_METHODS:
        responses.setdefault("415", {"description": "A body sent without Content-Type: application/json"})
    responses.setdefault("413", {"description": f"The request body is over {MAX_BODY_BYTES // 1024} KB"})
    responses.setdefault("500", {"description": "Unexpected error (generic message and request id)"})


def render(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=2, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed document is stale")
    args = parser.parse_args()
    text = render(build_spec())
    if args.check:
        if not SPEC_PATH.exists() or SPEC_PATH.read_text() != text:
            print(f"{SPEC_PATH} is stale: run `make openapi` and commit it", file=sys.stderr)
            return 1
        print(f"{SPEC_PATH} is up to date")
        return 0
    SPEC_PATH.write_text(text)
    print(f"wrote {SPEC_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make sam-env`'s file, checked with SAM CLI's own code: the environment `sam local start-api` gives
each function's container points at the local stack (its names, its AWS endpoint), no logical id left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talent_local.sam_env import env_vars
from talent_local.sam_venv import function_environments
from talent_local.template import REGION, Template

AWS_URL = "http://host.docker.internal:4566"


@pytest.fixture(scope="module")
def template() -> Template:
    return Template()


def test_with_the_file_every_function_gets_the_local_names_and_endpoint(
    template: Template, tmp_path: Path
) -> None:
    file = tmp_path / "local-env.json"
    file.write_text(json.dumps(env_vars(template, AWS_URL)), encoding="utf-8")

    resolved = function_environments(template.path, REGION, file, {})

    logical_ids = set(template.resources)
    assert set(resolved) == {spec.logical_id for spec in template.functions()}
    for spec in template.functions():
        env = resolved[spec.logical_id]
        assert env["AWS_ENDPOINT_URL"] == AWS_URL, spec.logical_id
        local = {name: value for name, value in spec.environment.items() if name != "AWS_ENDPOINT_URL"}
        assert {name: env[name] for name in local} == local, spec.logical_id
        # (sam local names the function itself by its logical id: AWS_LAMBDA_FUNCTION_NAME is SAM's.)
        assert not {name: env[name] for name in spec.environment if env[name] in logical_ids}, spec.logical_id
    assert resolved["RunsFunction"]["USERS_TABLE"] == "talent-local-UsersTable"


def test_without_it_sam_local_gives_logical_ids_and_real_aws(template: Template) -> None:
    # What the file is for: this is what every route but /health and /docs failed on.
    env = function_environments(template.path, REGION, None, {})["ProjectsFunction"]

    assert (env["PROJECTS_TABLE"], env["RESULTS_BUCKET"], env["JWT_SECRET_ID"]) == (
        "ProjectsTable",
        "ResultsBucket",
        "JwtSecret",
    )
    assert env["AWS_ENDPOINT_URL"] == ""  # declared empty: real AWS


def test_the_file_is_what_make_sam_env_writes(
    template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from talent_local import sam_env

    out = tmp_path / "env.json"
    monkeypatch.setattr("sys.argv", ["sam_env", "--aws-url", "http://172.17.0.1:4566", "--out", str(out)])
    sam_env.main()

    assert json.loads(out.read_text(encoding="utf-8")) == env_vars(template, "http://172.17.0.1:4566")

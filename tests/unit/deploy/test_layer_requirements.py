"""layers/talent/requirements.txt (what `sam build` installs into the layer) pins every runtime
dependency, transitive too, exactly as requirements-dev.lock (what the tests run with) does, except
boto3 and its closure, which Lambda's Python runtime provides (a second botocore in the layer would
shadow the runtime's and cost cold starts); layers/talent/Makefile installs it without dependencies."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from talent_local.layer_requirements import (
    LAYER_REQUIREMENTS,
    layer_closure,
    locked_versions,
    render,
    runtime_closure,
    runtime_provided,
)
from talent_local.template import REPO_ROOT


def layer_pins() -> dict[str, str]:
    lines = [
        line
        for line in LAYER_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
        if line and line[0] != "#"
    ]
    assert all(re.fullmatch(r"[a-z0-9-]+==[A-Za-z0-9.+!-]+", line) for line in lines), (
        lines
    )  # exact pins only
    return dict(line.split("==") for line in lines)


def test_every_pin_is_the_locked_version() -> None:
    locked = locked_versions()
    mismatched = {
        name: (version, locked.get(name))
        for name, version in layer_pins().items()
        if locked.get(name) != version
    }
    assert not mismatched, f"layer pin vs lock: {mismatched}"


def test_the_layer_pins_the_whole_runtime_closure_but_what_the_lambda_runtime_provides() -> None:
    closure, provided = runtime_closure(), runtime_provided()
    assert layer_pins() == {name: v for name, v in closure.items() if name not in provided} == layer_closure()
    assert {"pydantic-core", "httpcore", "markupsafe", "wrapt"} <= set(layer_pins())  # transitive ones
    assert LAYER_REQUIREMENTS.read_text(encoding="utf-8") == render(layer_closure()), "run make lock"


def test_no_second_botocore_the_runtime_has_boto3_and_what_it_needs() -> None:
    provided = runtime_provided()
    assert {"boto3", "botocore", "s3transfer", "jmespath", "urllib3"} <= set(provided)
    assert set(provided) <= set(runtime_closure())  # talent does need them, from the runtime
    assert not set(provided) & set(layer_pins())
    # The X-Ray SDK (the tracer extra) requires botocore: only --no-deps keeps it out of the layer.
    makefile = (REPO_ROOT / "layers" / "talent" / "Makefile").read_text(encoding="utf-8")
    assert "--no-deps" in makefile
    assert "-r requirements.txt" in makefile


def test_the_declared_dependencies_are_pinned_as_declared() -> None:
    project = tomllib.loads((REPO_ROOT / "layers" / "talent" / "pyproject.toml").read_text(encoding="utf-8"))
    pins, locked, provided = layer_pins(), locked_versions(), runtime_provided()
    for text in project["project"]["dependencies"]:
        requirement = Requirement(text)
        (specifier,) = requirement.specifier
        name = canonicalize_name(requirement.name)
        # What the runtime provides is pinned for the tests (the lock), not shipped in the layer.
        assert (locked if name in provided else pins)[name] == specifier.version, text

"""layers/talent/requirements.txt (what `sam build` installs into the layer) pins every runtime
dependency, transitive too, exactly as requirements-dev.lock (what the tests run with) does."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from talent_local.layer_requirements import LAYER_REQUIREMENTS, locked_versions, render, runtime_closure
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


def test_the_layer_pins_the_whole_runtime_closure_and_nothing_else() -> None:
    closure = runtime_closure()
    assert layer_pins() == closure
    assert {"pydantic-core", "httpcore", "botocore", "markupsafe"} <= set(closure)  # transitive ones
    assert LAYER_REQUIREMENTS.read_text(encoding="utf-8") == render(closure), "run make lock"


def test_the_declared_dependencies_are_pinned_as_declared() -> None:
    project = tomllib.loads((REPO_ROOT / "layers" / "talent" / "pyproject.toml").read_text(encoding="utf-8"))
    pins = layer_pins()
    for text in project["project"]["dependencies"]:
        requirement = Requirement(text)
        (specifier,) = requirement.specifier
        assert pins[canonicalize_name(requirement.name)] == specifier.version, text

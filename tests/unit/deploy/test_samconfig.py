"""samconfig.toml and the README's Deploy steps agree with what SAM CLI (its own code, in .venv-sam)
makes of them: the stack name, real options only, every parameter named, every guided question."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from typing import Any

import pytest

from talent_local.sam_venv import deploy_config
from talent_local.template import REPO_ROOT, Template

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
SAMCONFIG = tomllib.loads((REPO_ROOT / "samconfig.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sam() -> dict[str, Any]:
    return deploy_config(Template().path)


def test_sam_deploy_and_delete_use_the_stack_the_readme_names(sam: dict[str, Any]) -> None:
    named = set(re.findall(r"--stack-name (\S+)", README))
    assert sam["samconfig"]["deploy"]["stack_name"] == sam["samconfig"]["delete"]["stack_name"]
    assert named == {sam["samconfig"]["deploy"]["stack_name"]}


def test_sam_deploy_runs_without_questions_but_the_change_set(sam: dict[str, Any]) -> None:
    deploy = sam["samconfig"]["deploy"]
    assert deploy["capabilities"] == "CAPABILITY_IAM"  # the stack creates roles, none named
    assert deploy["resolve_s3"] is True  # no bucket to make by hand
    assert deploy["confirm_changeset"] is True


def test_every_configured_key_is_an_option_of_its_command(sam: dict[str, Any]) -> None:
    sections = SAMCONFIG["default"]
    for command, table in sections.items():
        keys = set(table["parameters"])
        commands = ["deploy", "delete"] if command == "global" else [command]
        for name in commands:
            assert keys <= set(sam["options"][name]), (command, name, keys - set(sam["options"][name]))


def test_every_parameter_the_readme_overrides_exists() -> None:
    parameters = set(Template().parameters)
    overridden = set(re.findall(r"\b([A-Z][a-z]+(?:[A-Z][a-z]*)+)=\S", README))  # CamelCase=value
    assert overridden, "the README names no parameter overrides"
    assert overridden <= parameters, overridden - parameters


def test_the_readme_prepares_for_every_guided_authentication_question(sam: dict[str, Any]) -> None:
    asked = Counter(sam["no_authentication"])
    documented = {
        name: int(times) for name, times in re.findall(r"`(\w+Function)` \((\d+)(?: routes)?\)", README)
    }
    assert documented == dict(asked)
    assert f": {sum(asked.values())} times" in README
    assert "has no authentication. Is this okay? [y/N]" in README

"""Settings (talent.settings): each function's template environment (Globals + its own) provides every
required variable of the settings groups its code declares, and nothing our code does not read; a
function whose environment lacks a required variable fails at start-up, naming it; and no code reads
the environment except the settings models."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from talent.settings import RUNTIME_VARIABLES, SettingsError, groups
from talent_local.template import FunctionSpec, Template

ROOT = Path(__file__).resolve().parents[2]
FUNCTIONS = Template().functions()
# Every variable any settings group reads: cleared before a function starts with only its own.
SETTINGS_VARIABLES = {name for group in groups() for name in group.variables()}


def start(spec: FunctionSpec, environment: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Import the function's module (its cold start) with exactly `environment` for our settings."""
    for name in SETTINGS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    module_name = spec.handler.rsplit(".", 1)[0]
    file_spec = importlib.util.spec_from_file_location(
        f"settings_{spec.logical_id}_{module_name}", spec.code_dir / f"{module_name}.py"
    )
    assert file_spec is not None
    assert file_spec.loader is not None
    module = importlib.util.module_from_spec(file_spec)
    file_spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("spec", FUNCTIONS, ids=lambda spec: spec.logical_id)
def test_the_template_provides_exactly_what_the_function_declares(
    spec: FunctionSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    declared = start(spec, spec.environment, monkeypatch).SETTINGS.variables()
    provided = set(spec.environment) - RUNTIME_VARIABLES
    assert provided <= set(declared), f"{spec.logical_id} gets variables its code does not read"
    required = {name for name, needed in declared.items() if needed}
    assert required <= provided, f"{spec.logical_id} lacks variables its code requires"


@pytest.mark.parametrize("spec", FUNCTIONS, ids=lambda spec: spec.logical_id)
def test_a_missing_required_variable_fails_the_start_naming_it(
    spec: FunctionSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    declared = start(spec, spec.environment, monkeypatch).SETTINGS.variables()
    for name in sorted(name for name, needed in declared.items() if needed):
        environment = {key: value for key, value in spec.environment.items() if key != name}
        with pytest.raises(SettingsError, match=f"{name}: required, not set"):
            start(spec, environment, monkeypatch)


def test_the_auth_function_without_users_table_fails_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    (auth,) = [spec for spec in FUNCTIONS if spec.logical_id == "AuthFunction"]
    environment = {key: value for key, value in auth.environment.items() if key != "USERS_TABLE"}
    with pytest.raises(SettingsError, match="USERS_TABLE: required, not set"):
        start(auth, environment, monkeypatch)


def environment_reads(path: Path) -> list[int]:
    """Lines of `path` that read os.environ or os.getenv."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv", "environb", "putenv"}:
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "os":
            lines += [node.lineno for alias in node.names if alias.name in {"environ", "getenv"}]
    return lines


def test_only_the_settings_models_read_the_environment() -> None:
    settings = ROOT / "layers" / "talent" / "talent" / "settings.py"
    sources = [*(ROOT / "layers" / "talent" / "talent").rglob("*.py"), *(ROOT / "functions").rglob("*.py")]
    readers = {
        str(path.relative_to(ROOT)): lines
        for path in sources
        if path != settings and (lines := environment_reads(path))
    }
    assert readers == {}
    assert environment_reads(settings)  # the check finds a read where there is one

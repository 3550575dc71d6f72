"""talent_local ships every file it reads besides its modules (the emulator's GraphQL schema, its
recorded answers and personas, schemathesis' configuration): pyproject's package-data names each one,
so an installed (non-editable) talent_local finds them too."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "local" / "talent_local"


def test_every_data_file_of_the_package_is_declared_package_data() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    patterns = declared["package-data"]["talent_local"]
    data = sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    )
    assert "github_emulator/schema.graphql" in data
    assert [name for name in data if not any(fnmatch(name, pattern) for pattern in patterns)] == []


def test_every_data_file_of_the_layer_is_declared_package_data() -> None:
    # a second review's: geo/regions.tsv was missing from a non-editable build of talent (*.tsv undeclared)
    layer = ROOT / "layers" / "talent"
    package = layer / "talent"
    declared = tomllib.loads((layer / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    patterns = declared["package-data"]["talent"]
    data = sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc", ".typed"} and "__pycache__" not in path.parts
    )
    assert "geo/regions.tsv" in data
    assert [name for name in data if not any(fnmatch(name, pattern) for pattern in patterns)] == []

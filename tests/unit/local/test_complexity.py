"""The complexity ratchet (talent_local.complexity): what it lets through and what it stops."""

from __future__ import annotations

from pathlib import Path

from talent_local.complexity import Block, measure, read_offenders, violations

CASES = "".join(f"    if x == {n}:\n        return {n}\n" for n in range(25))
BRANCHY = "def branchy(x):\n" + CASES + "    return -1\n"
SIMPLE = "def simple(x):\n    return x + 1\n"


def _tree(tmp_path: Path, source: str) -> list[Block]:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "module.py").write_text(source, "utf-8")
    return measure(tmp_path, ["pkg"])


def test_a_new_function_worse_than_c_fails(tmp_path: Path) -> None:
    blocks = _tree(tmp_path, BRANCHY + SIMPLE)
    assert [(block.key, block.rank) for block in blocks] == [
        ("pkg/module.py::branchy", "D"),
        ("pkg/module.py::simple", "A"),
    ]
    assert violations(blocks, {}) == ["pkg/module.py::branchy is D (26): split it (worse than C)"]


def test_a_listed_offender_passes_until_it_grows(tmp_path: Path) -> None:
    blocks = _tree(tmp_path, BRANCHY)
    assert violations(blocks, {"pkg/module.py::branchy": 26}) == []
    assert violations(blocks, {"pkg/module.py::branchy": 25}) == [
        "pkg/module.py::branchy grew from 25 to 26: split it"
    ]


def test_an_offender_split_or_gone_must_leave_the_list(tmp_path: Path) -> None:
    blocks = _tree(tmp_path, SIMPLE)
    listed = {"pkg/module.py::simple": 30, "pkg/module.py::removed": 22}
    assert violations(blocks, listed) == [
        "pkg/module.py::simple is no longer an offender: remove its line from complexity-offenders.txt",
        "pkg/module.py::removed is no longer an offender: remove its line from complexity-offenders.txt",
    ]


def test_methods_are_named_by_their_class(tmp_path: Path) -> None:
    source = "class Thing:\n    " + BRANCHY.replace("\n", "\n    ").replace("(x)", "(self, x)")
    assert [block.key for block in _tree(tmp_path, source)] == ["pkg/module.py::Thing.branchy"]


def test_the_repository_holds_the_ratchet() -> None:
    assert violations(measure(), read_offenders()) == []

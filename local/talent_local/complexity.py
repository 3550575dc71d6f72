"""The complexity ratchet run by `make lint`: no function or method worse than radon's grade C.

Today's offenders are listed by name in `complexity-offenders.txt` (`path::qualified.name complexity`,
one per line) and may only shrink:
- a block graded D or worse that is not listed fails;
- a listed block whose complexity grew fails;
- a listed block that is gone or graded C or better fails too, until its line is removed, so the list
  always names exactly what is left to split.

Complexity is radon's cyclomatic complexity (grades: A 1-5, B 6-10, C 11-20, D 21-30, E 31-40, F 41+).
`python -m talent_local.complexity` checks and prints the offenders and the average; `--write` rewrites
the list from the code (only to record a reduction; review the diff).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from radon.complexity import cc_rank, cc_visit
from radon.visitors import Function

ROOT = Path(__file__).resolve().parents[2]
SCOPE = ("layers/talent/talent", "local/talent_local", "functions", "bench")
OFFENDERS = ROOT / "complexity-offenders.txt"
WORST_ALLOWED = "C"


@dataclass(frozen=True)
class Block:
    """One function or method: `key` is `path::qualified.name`, `complexity` radon's number."""

    key: str
    complexity: int

    @property
    def rank(self) -> str:
        return str(cc_rank(self.complexity))

    @property
    def offends(self) -> bool:
        return self.rank > WORST_ALLOWED


def _python_files(root: Path, scope: Iterable[str]) -> Iterator[Path]:
    for part in scope:
        yield from sorted(path for path in (root / part).rglob("*.py") if ".aws-sam" not in path.parts)


def _blocks_of(source: str, relative: str) -> Iterator[Block]:
    for visited in cc_visit(source):  # functions and methods (a class is the sum of its methods)
        if isinstance(visited, Function):
            name = f"{visited.classname}.{visited.name}" if visited.is_method else visited.name
            yield Block(f"{relative}::{name}", visited.complexity)


def measure(root: Path = ROOT, scope: Iterable[str] = SCOPE) -> list[Block]:
    """Every function and method in `scope` (paths under `root`), with its complexity."""
    blocks: list[Block] = []
    for path in _python_files(root, scope):
        blocks.extend(_blocks_of(path.read_text("utf-8"), path.relative_to(root).as_posix()))
    return blocks


def read_offenders(path: Path = OFFENDERS) -> dict[str, int]:
    """The listed offenders: key -> the complexity recorded for it."""
    if not path.exists():
        return {}
    listed: dict[str, int] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, complexity = line.rsplit(maxsplit=1)
            listed[key] = int(complexity)
    return listed


def violations(blocks: list[Block], listed: dict[str, int]) -> list[str]:
    """What breaks the ratchet, one sentence each; empty when it holds."""
    found = {block.key: block for block in blocks}
    problems = [
        f"{block.key} is {block.rank} ({block.complexity}): split it (worse than {WORST_ALLOWED})"
        for block in blocks
        if block.offends and block.key not in listed
    ]
    for key, recorded in listed.items():
        block = found.get(key)
        if block is None or not block.offends:
            problems.append(f"{key} is no longer an offender: remove its line from {OFFENDERS.name}")
        elif block.complexity > recorded:
            problems.append(f"{key} grew from {recorded} to {block.complexity}: split it")
    return problems


def _offender_lines(blocks: list[Block]) -> list[str]:
    worst_first = sorted((block for block in blocks if block.offends), key=lambda b: (-b.complexity, b.key))
    return [f"{block.key} {block.complexity}" for block in worst_first]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the offender list from the code")
    args = parser.parse_args(argv)
    blocks = measure()
    average = sum(block.complexity for block in blocks) / len(blocks)
    lines = _offender_lines(blocks)
    if args.write:
        header = "# Functions worse than radon grade C, worst first: split them, then remove the line.\n"
        OFFENDERS.write_text(header + "".join(f"{line}\n" for line in lines), "utf-8")
    grades = Counter(block.rank for block in blocks)
    spread = ", ".join(f"{grade} {grades[grade]}" for grade in "ABCDEF")
    print(f"{len(blocks)} blocks, average complexity {average:.2f} ({cc_rank(round(average))}); {spread}")
    print(f"worse than {WORST_ALLOWED}: {len(lines)}" + "".join(f"\n  {line}" for line in lines))
    problems = violations(blocks, read_offenders())
    for problem in problems:
        print(f"complexity: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

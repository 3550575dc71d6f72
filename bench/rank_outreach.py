"""Bench: rank_candidates on 1,000 synthetic candidates, and template outreach drafting per message.

    .venv/bin/python bench/rank_outreach.py [--candidates 1000] [--runs 15]

The synthetic population comes from tests/unit/factories.py (10 repositories per candidate, every one
with a description, so the description matcher is exercised hard). Prints, never asserts; the
ranking target is 50 ms for 1,000 candidates.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from talent.outreach import generate_outreach_batch
from talent.ranking import rank_candidates

RANK_TARGET_MS = 50.0


def _factories() -> ModuleType:
    # Loaded by file path: the benches run as scripts (bench/ on sys.path, not the root), unpatched.
    path = Path(__file__).resolve().parents[1] / "tests" / "unit" / "factories.py"
    spec = importlib.util.spec_from_file_location("talent_test_factories", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timings_ms(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm-up: imports, template compilation, lookup caches
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_rank(candidates: int = 1_000, runs: int = 15) -> list[float]:
    """Milliseconds per rank_candidates call over `candidates` synthetic candidates, one per run."""
    factories = _factories()
    people = factories.synthetic_candidates(candidates)
    requirement = factories.make_requirement()
    return _timings_ms(lambda: rank_candidates(people, requirement, now=factories.NOW), runs)


def bench_outreach(messages: int = 100, runs: int = 15) -> list[float]:
    """Milliseconds per drafted message (template generator), one figure per run of `messages` drafts."""
    factories = _factories()
    requirement = factories.make_requirement()
    ranked = rank_candidates(factories.synthetic_candidates(messages), requirement, now=factories.NOW)
    timings = _timings_ms(lambda: generate_outreach_batch(ranked, requirement, top_n=messages), runs)
    return [t / messages for t in timings]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--candidates", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    rank = bench_rank(args.candidates, args.runs)
    print(
        f"rank_candidates, {args.candidates} candidates: median {statistics.median(rank):.1f} ms, "
        f"best {min(rank):.1f} ms, worst {max(rank):.1f} ms over {args.runs} runs "
        f"(target {RANK_TARGET_MS:.0f} ms for 1,000)"
    )
    outreach = bench_outreach(runs=args.runs)
    print(
        f"generate_outreach_batch (template): median {statistics.median(outreach) * 1000:.0f} us/message, "
        f"best {min(outreach) * 1000:.0f} us/message"
    )


if __name__ == "__main__":
    main()

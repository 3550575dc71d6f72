"""Bench: per-stage timings and quality numbers. Prints, never asserts.

    .venv/bin/python bench/stages.py

One function per stage section; `main()` runs them in order, so other stages can add theirs.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from talent.jd import parse_jd
from talent.jd.evaluate import load_devset, score

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "fixtures" / "jd_devset"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_parse_jd(rounds: int = 50) -> None:
    postings = load_devset(DEVSET)
    for _, text, _ in postings:  # warm up: imports, regex caches
        parse_jd(text)
    timings: list[float] = []
    for _ in range(rounds):
        for _, text, _ in postings:
            started = time.perf_counter()
            parse_jd(text)
            timings.append((time.perf_counter() - started) * 1000)
    sizes = [len(text) for _, text, _ in postings]
    print(f"parse_jd: {len(postings)} dev-set postings ({min(sizes)}-{max(sizes)} chars), {rounds} rounds")
    median, p99 = statistics.median(timings), _percentile(timings, 0.99)
    print(f"  time per JD   median {median:.2f} ms   p99 {p99:.2f} ms")

    report = score((name, parse_jd(text), expected) for name, text, expected in postings)
    scores = report.scores()
    print(f"  {'metric':<22}{'value':>8}")
    for key, value in scores.items():
        print(f"  {key:<22}{value:>8.3f}")


def main() -> None:
    bench_parse_jd()


if __name__ == "__main__":
    main()

"""Bench: the CPU a search invocation spends opening its GitHub session, beside the baseline.

    .venv/bin/python bench/github_session.py [--rounds 30]

Every search invocation opens a GitHubSession (an httpx client). The baseline is what each invocation
did before: build a TLS context of its own, loading the CA bundle. Now a warm process builds one
(talent.github.http.tls_context) and every session shares it. Rounds alternate between the two, so
whatever else the machine does falls on both. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from support import print_table

from talent.github import GitHubConfig, SearchBudget
from talent.github.http import GitHubSession, tls_context

CONFIG = GitHubConfig(api_url="https://api.github.com", token="bench")  # noqa: S106 - no request is sent


async def open_and_close(fresh_context: bool) -> float:
    """CPU milliseconds to open and close one session; `fresh_context` clears the shared context first."""
    if fresh_context:
        tls_context.cache_clear()
    started = time.process_time()
    async with GitHubSession(CONFIG, SearchBudget()):
        pass
    return (time.process_time() - started) * 1000


async def measure(rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"baseline: a TLS context per invocation": [], "shared TLS context": []}
    tls_context()  # the warm process's one context, built during its first invocation
    for _ in range(rounds):
        times["baseline: a TLS context per invocation"].append(await open_and_close(fresh_context=True))
        tls_context()
        times["shared TLS context"].append(await open_and_close(fresh_context=False))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    times = asyncio.run(measure(args.rounds))
    print(f"GitHub session open + close, CPU ms per search invocation ({args.rounds} rounds, alternating)")
    rows = [
        (name, f"{statistics.median(values):.2f}", f"{max(values):.2f}") for name, values in times.items()
    ]
    print_table(("session", "median ms", "max ms"), rows)


if __name__ == "__main__":
    main()

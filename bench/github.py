"""Bench: enrich a pool of GitHub candidates with search_github vs a naive REST loop, on the emulator.

    .venv/bin/python bench/github.py [--latency-ms 50] [--candidates 300]

The emulator adds the latency to every request, so wall time reflects round trips. The naive
baseline is what a first version usually does: one search, then GET /users/{login} and
GET /users/{login}/repos for every candidate, one after the other. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import time

import httpx
from support import print_table

from talent.github import GitHubConfig, SearchBudget, search_github
from talent.models import JobRequirement, SearchHints
from talent_local.github_emulator import generate_corpus, start_emulator

REQUIREMENT = JobRequirement(
    title="Backend engineer", search=SearchHints(languages=["Python", "JavaScript", "TypeScript"])
)
HEADERS = {"Authorization": "Bearer bench", "Accept": "application/vnd.github+json"}


def naive(url: str, wanted: int) -> tuple[int, int]:
    """1 search + 2 REST calls per candidate; returns (api calls, candidates)."""
    calls = 0
    with httpx.Client(base_url=url, headers=HEADERS, timeout=30) as client:
        found = client.get("/search/users", params={"q": "type:user repos:>=3", "per_page": 100}).json()
        calls += 1
        enriched = 0
        for item in found["items"][:wanted]:
            client.get(f"/users/{item['login']}").json()
            client.get(f"/users/{item['login']}/repos", params={"per_page": 100}).json()
            calls += 2
            enriched += 1
    return calls, enriched


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--candidates", type=int, default=300)
    args = parser.parse_args()

    with start_emulator(latency_ms=args.latency_ms) as github:
        config = GitHubConfig(api_url=github.url, token="bench")  # noqa: S106 - the emulator takes any token
        started = time.perf_counter()
        result = asyncio.run(
            search_github(REQUIREMENT, max_candidates=args.candidates, config=config, budget=SearchBudget())
        )
        client_s = time.perf_counter() - started
        meta = result.metadata
        server_calls = len(github.requests)
        server_enrich = github.calls("/graphql", "EnrichUsers")

        github.reset()
        started = time.perf_counter()
        naive_calls, naive_found = naive(github.url, args.candidates)
        naive_s = time.perf_counter() - started

    enrich_calls = server_enrich
    found = len(result.candidates)
    print(f"emulator latency {args.latency_ms} ms/request, {args.candidates} candidates wanted")
    print_table(
        [
            "",
            "candidates",
            "API calls",
            "enrichment calls",
            "per enriched candidate",
            "all calls per cand.",
            "s",
        ],
        [
            [
                "search_github (GraphQL, 100 users a call)",
                found,
                f"{meta.api_calls} (server saw {server_calls})",
                enrich_calls,
                f"{enrich_calls / max(found, 1):.3f}",
                f"{meta.api_calls / max(found, 1):.3f}",
                f"{client_s:.2f}",
            ],
            [
                "naive REST loop (2 GETs per candidate)",
                naive_found,
                naive_calls,
                naive_calls - 1,
                f"{(naive_calls - 1) / max(naive_found, 1):.3f}",
                f"{naive_calls / max(naive_found, 1):.3f}",
                f"{naive_s:.2f}",
            ],
        ],
    )
    print(
        f"  target <= 0.030 enrichment calls per enriched candidate (floor 0.010: 100 users per call); "
        f"{meta.graphql_points} GraphQL points, incomplete={meta.incomplete}"
    )
    print(
        f"  {naive_calls / max(meta.api_calls, 1):.1f}x fewer calls than naive, "
        f"{naive_s / max(client_s, 1e-9):.1f}x faster"
    )
    started = time.perf_counter()
    corpus = generate_corpus()
    corpus_ms = (time.perf_counter() - started) * 1000
    print(f"demo corpus   : {len(corpus.users)} accounts generated in {corpus_ms:.0f} ms")


if __name__ == "__main__":
    main()

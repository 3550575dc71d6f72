"""Offline GitHub emulator for development and tests (never deployed).

    from talent_local.github_emulator import start_emulator
    with start_emulator(latency_ms=50) as github:
        config = GitHubConfig(api_url=github.url, token="any")
        github.inject("rate_limit_429", times=1, retry_after=3)

CLI: python -m talent_local.github_emulator --port 8765
"""

from talent_local.github_emulator.corpus import Corpus, cached_corpus, generate_corpus
from talent_local.github_emulator.faults import FAULT_KINDS
from talent_local.github_emulator.graphql_api import SDL
from talent_local.github_emulator.limits import Limits
from talent_local.github_emulator.server import EmulatorHandle, GitHubEmulator, start_emulator

__all__ = [
    "FAULT_KINDS",
    "SDL",
    "Corpus",
    "EmulatorHandle",
    "GitHubEmulator",
    "Limits",
    "cached_corpus",
    "generate_corpus",
    "start_emulator",
]

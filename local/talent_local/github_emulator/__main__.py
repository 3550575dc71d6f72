"""python -m talent_local.github_emulator --port 8765 [--latency-ms 50] [--dump corpus.json]"""

from __future__ import annotations

import argparse
import json
import threading
from pathlib import Path

from talent_local.github_emulator.corpus import DEFAULT_SEED, DEFAULT_SIZE, cached_corpus, summary
from talent_local.github_emulator.faults import FAULT_KINDS
from talent_local.github_emulator.limits import Limits
from talent_local.github_emulator.server import start_emulator


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m talent_local.github_emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="keep it on loopback (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency-ms", type=int, default=0, help="added to every API response")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="accounts in the synthetic corpus")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--search-limit", type=int, default=30, help="search requests per minute")
    parser.add_argument("--dump", type=Path, help="write the corpus as JSON to this file and exit")
    args = parser.parse_args(argv)

    if args.dump:
        corpus = cached_corpus(args.size, args.seed)
        args.dump.write_text(corpus.to_json(), encoding="utf-8")
        print(json.dumps(summary(corpus)))
        return
    handle = start_emulator(
        args.host, args.port, args.latency_ms, corpus_size=args.size, seed=args.seed,
        limits=Limits(search=args.search_limit),
    )  # fmt: skip
    print(f"GitHub emulator on {handle.url}  (GITHUB_API_URL={handle.url})")
    print(f"corpus: {json.dumps(summary(handle.app.corpus))}")
    print(
        f'faults: POST {handle.url}/_emulator/faults {{"kind": ..., "times": N}}',
        f"kinds: {', '.join(FAULT_KINDS)}",
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        handle.stop()


if __name__ == "__main__":
    main()

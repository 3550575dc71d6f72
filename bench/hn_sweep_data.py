"""Build bench/data/hn_who_is_hiring.json.gz, the real postings of parse_jd's robustness sweep.

    .venv/bin/python bench/hn_sweep_data.py /path/to/gantryops/hn-jobs-data   # a clone of the repository

Source: the public repository gantryops/hn-jobs-data, which stores every top-level comment of Hacker
News' monthly "Ask HN: Who is hiring?" threads (`runs/<date>/raw.json`, field `text`, HN's HTML).
Each distinct text is kept as posted, except email addresses and phone numbers, which are replaced
by [email] and [phone] (the corpus's rule); commenters' handles are not kept. The sweep only checks
that parse_jd never raises and how long it takes: these postings carry no labels.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Final

OUTPUT: Final = Path(__file__).with_name("data") / "hn_who_is_hiring.json.gz"
RUNS: Final = (
    "2026-01-01",
    "2026-02-01",
    "2026-03-15",
    "2026-04-17",
    "2026-04-28",
    "2026-05-03",
    "2026-05-05",
)
# Any word with an "@" in it (reversed or split addresses too), and "name [at] host.tld".
_EMAIL = re.compile(
    r"[^\s\"'&;<>()]{0,64}@[^\s\"'&;<>()]{0,100}"
    r"|[\w.+-]{1,64}\s?(?:\[at\]|\(at\)|&#x40;)\s?[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}"
    r"|\w{1,30}(?: dot \w{1,30}){0,3} ?(?:@|at) ?\w{1,40}(?: dot \w{1,30}){1,3}"
)
_PHONE = re.compile(r"(?<![\w/=-])\+?\d[\d\s().-]{7,18}\d(?![\w/-])")


MIN_PHONE_DIGITS: Final = 9  # "2024-2025" and "150 000" are no phone numbers


def _phone(found: re.Match[str]) -> str:
    return "[phone]" if sum(c.isdigit() for c in found.group()) >= MIN_PHONE_DIGITS else found.group()


def scrubbed(text: str) -> str:
    """A posting without email addresses and phone numbers."""
    return _PHONE.sub(_phone, _EMAIL.sub("[email]", text))


def build(repository: Path) -> dict[str, object]:
    commit = subprocess.check_output(["git", "-C", str(repository), "rev-parse", "HEAD"], text=True).strip()
    texts: dict[str, None] = {}
    for run in RUNS:
        raw = subprocess.check_output(["git", "-C", str(repository), "show", f"HEAD:runs/{run}/raw.json"])
        for job in json.loads(raw)["jobs"]:
            if (job.get("text") or "").strip():
                texts[scrubbed(job["text"])] = None
    return {
        "source": {
            "repo": "gantryops/hn-jobs-data",
            "commit": commit,
            "paths": [f"runs/{r}/raw.json" for r in RUNS],
        },
        "postings": list(texts),
    }


if __name__ == "__main__":
    data = build(Path(sys.argv[1]))
    OUTPUT.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), mtime=0))
    print(f"{len(data['postings'])} postings -> {OUTPUT}")  # type: ignore[arg-type]

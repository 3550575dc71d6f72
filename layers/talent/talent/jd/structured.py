"""Pass 0: schema.org JobPosting data that career pages embed for search engines.

A career page pasted as HTML often carries `<script type="application/ld+json">` with a JobPosting
(https://schema.org/JobPosting; Google's job search reads the same fields): whether the job is remote
(`jobLocationType: TELECOMMUTE`), the countries an applicant may live in
(`applicantLocationRequirements`), the office (`jobLocation.address`) and the experience asked
(`experienceRequirements.monthsOfExperience`). The posting's prose is read first; these fill only
what the prose leaves unsaid (a labeller reads the prose too).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from talent.models import RemotePolicy

MAX_BLOCKS: Final = 3
MAX_BLOCK_CHARS: Final = 50_000  # a JobPosting is a few KB; larger blocks are not read
MONTHS_PER_YEAR: Final = 12
MAX_DEPTH: Final = 4  # a JobPosting sits in the document, a list or an "@graph"
# A block's opening tag; its end is found with str.find (no pattern spans the block).
_OPENING = re.compile(r"<script[^>]{0,200}application/ld\+json[^>]{0,200}>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PostingData:
    """What a page's JobPosting data says; empty when it has none."""

    remote: RemotePolicy | None = None
    locations: list[str] = field(default_factory=list)
    min_years: int | None = None


def _blocks(text: str) -> Iterator[str]:
    position = 0
    for _ in range(MAX_BLOCKS):
        opening = _OPENING.search(text, position)
        if opening is None:
            return
        end = text.find("</script>", opening.end(), opening.end() + MAX_BLOCK_CHARS)
        if end < 0:
            return
        yield text[opening.end() : end]
        position = end


def _postings(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """JobPosting objects in a JSON-LD document: the document itself, a list, or an "@graph"."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data[:20]:
            yield from _postings(item, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
            yield data
        yield from _postings(data.get("@graph"), depth + 1)


def _names(value: Any) -> list[str]:
    """Place names of a schema.org value: "US", ["US", "CA"], {"name": ...}, {"address": {...}}."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [name for item in value[:20] for name in _names(item)]
    if not isinstance(value, dict):
        return []
    address = value.get("address")
    if isinstance(address, dict):
        parts = [address.get(key) for key in ("addressLocality", "addressRegion", "addressCountry")]
        parts = [p.get("name") if isinstance(p, dict) else p for p in parts]
        joined = ", ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        return [joined] if joined else []
    return _names(value.get("name"))


def _years(value: Any) -> int | None:
    months = value.get("monthsOfExperience") if isinstance(value, dict) else None
    if isinstance(months, int | float) and not isinstance(months, bool) and 0 < months < 600:
        return max(1, round(months / MONTHS_PER_YEAR))
    return None


def _read(posting: dict[str, Any]) -> PostingData:
    remote: RemotePolicy | None = None
    if str(posting.get("jobLocationType", "")).upper() == "TELECOMMUTE":
        remote = "remote"
    wanted = _names(posting.get("applicantLocationRequirements"))
    offices = _names(posting.get("jobLocation"))
    return PostingData(
        remote=remote,
        locations=list(dict.fromkeys(wanted if remote else offices or wanted)),
        min_years=_years(posting.get("experienceRequirements")),
    )


def posting_data(text: str) -> PostingData:
    """The first JobPosting of the page's JSON-LD blocks; empty when there is none or it is not JSON.

    Input: the posting as pasted (before markup is normalised). Reads at most 3 blocks of 50 KB.
    """
    if "ld+json" not in text:
        return PostingData()  # nearly every posting: one C-level scan
    for block in _blocks(text):
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue  # not JSON, or nested deeper than the parser goes
        for posting in _postings(data):
            return _read(posting)
    return PostingData()

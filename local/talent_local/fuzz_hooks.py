"""schemathesis hooks for `make fuzz` and the CI-sized fuzz test: hostile JSON bodies.

schemathesis generates bodies from the OpenAPI schemas, so it never sends what broke every JSON route
with a 500 before authentication (issue 15). These hooks turn about half of the generated cases of each
operation with a JSON body into one of four hostile classes, drawn by hypothesis (so a seed replays them):

- `deep-nesting`: 100,000 nested arrays (json.loads raised RecursionError);
- `huge-number`: a 5,000-digit integer in the body (over Python's int-string conversion limit);
- `header-case`: the generated body with `Content-Type: Application/Json` and the like (media types are
  case-insensitive; the resolver refused what our 415 check accepted);
- `unpaired-surrogate`: a lone surrogate escape such as `\\ud800` in a string field (not UTF-8-encodable).

Every check still runs on the answer (no 5xx, documented status and body). With TALENT_FUZZ_HOSTILE_LOG
set, each hostile case sent is appended there as a JSON line (class, operation, status), so a test can
prove the classes were really generated. Loaded through SCHEMATHESIS_HOOKS (`talent_local.fuzz`).
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

import schemathesis
from hypothesis import strategies as st

HOSTILE_LOG_VARIABLE = "TALENT_FUZZ_HOSTILE_LOG"
HOSTILE_CLASSES = ("deep-nesting", "huge-number", "header-case", "unpaired-surrogate")
DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE_DIGITS = 5_000
MIXED_CASE_JSON = ("Application/Json", "APPLICATION/JSON", "application/JSON; charset=UTF-8")
LONE_SURROGATES = ("\ud800", "\udbff", "\udc00", "\udfff")

_sent: dict[str, str] = {}  # case id -> hostile class, for the log
_lock = threading.Lock()


def hostile_body(kind: str, body: Any, surrogate: str = "\ud800") -> bytes:
    """The raw bytes of a `kind` body derived from the generated `body` (header-case keeps the body)."""
    if kind == "deep-nesting":
        return DEEP
    document = body if isinstance(body, dict) else {"value": body}
    if kind == "huge-number":
        text = json.dumps(document, default=_as_text)
        return ('{"n": ' + "9" * HUGE_DIGITS + (", " + text[1:] if text != "{}" else "}")).encode()
    if kind == "unpaired-surrogate":
        fields = [name for name, value in document.items() if isinstance(value, str)] or ["value"]
        # ensure_ascii (the default) writes the lone surrogate as the escape \udXXX: valid JSON text.
        hostile = {**document, fields[0]: f"{document.get(fields[0], '')}{surrogate}"}
        return json.dumps(hostile, default=_as_text).encode()
    raise ValueError(f"{kind} has no body of its own")


def _as_text(value: Any) -> str:
    """What a generated body holds that JSON cannot (bytes of a negative case), as text."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _is_json_body(case: schemathesis.Case[Any]) -> bool:
    return (case.media_type or "").split(";")[0].strip().lower() == "application/json"


def _hostile(
    case: schemathesis.Case[Any], original: tuple[Any, dict[str, Any]], kind: str | None, variant: int
) -> schemathesis.Case[Any]:
    """`case` as drawn: hypothesis may draw again for the same case (shrinking), so each draw starts
    from the generated body and headers in `original`."""
    body, headers = original
    case.body = body
    case.headers.clear()
    case.headers.update(headers)
    if kind == "header-case":
        case.headers["Content-Type"] = MIXED_CASE_JSON[variant % len(MIXED_CASE_JSON)]
    elif kind is not None:
        case.body = hostile_body(kind, body, LONE_SURROGATES[variant % len(LONE_SURROGATES)])
    with _lock:
        if kind is None:
            _sent.pop(case.id, None)
        else:
            _sent[case.id] = kind
    return case


@schemathesis.hook
def flatmap_case(context: schemathesis.HookContext, case: schemathesis.Case[Any]) -> Any:
    if not _is_json_body(case):
        return st.just(case)
    original = (case.body, dict(case.headers))
    kinds = st.one_of(st.none(), st.sampled_from(HOSTILE_CLASSES))
    return st.tuples(kinds, st.integers(0, 11)).map(lambda drawn: _hostile(case, original, *drawn))


@schemathesis.hook
def after_call(context: schemathesis.HookContext, case: schemathesis.Case[Any], response: Any) -> None:
    path = os.environ.get(HOSTILE_LOG_VARIABLE)
    with _lock:
        kind = _sent.get(case.id)
    if not path or kind is None:
        return
    line = {"class": kind, "operation": f"{case.method} {case.path}", "status": response.status_code}
    with _lock, open(path, "a", encoding="utf-8") as log:
        log.write(json.dumps(line) + "\n")

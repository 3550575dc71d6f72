"""Request bodies parsed as strict JSON: what `json.loads` lets through but the rest of the stack cannot
take is refused here, before any route sees it (the resolver's `json_body_deserializer`).

- Nesting deeper than MAX_DEPTH levels: 400 malformed_json. (`json.loads` itself raises RecursionError
  at about 1,000 levels, which was a 500; no body of this API nests more than three.)
- An integer of more than MAX_INTEGER_DIGITS digits: 400 malformed_json. (Python refuses to convert
  one over 4,300 digits, a ValueError that was a 500; no field of this API takes more than a few.)
- NaN, Infinity, -Infinity and numbers beyond a float's range: 400 malformed_json (not JSON, RFC 8259
  section 6).
- A byte-order mark before the document: 400 malformed_json saying so (a JSON text has none).
- A key given twice in one object (`{"top_n": 5, "top_n": 50}`): 400 malformed_json naming it. `json.loads`
  keeps the last one silently, so a client's mistake would run with a value it may not have meant.
- A lone surrogate (`"\\ud800"`) in a string or a key: 422 naming the field. It is a valid JSON escape
  but not Unicode text, so it cannot be encoded as UTF-8: the password pre-hash, DynamoDB and S3 would
  each fail on it (a 500).

A syntax error stays a `json.JSONDecodeError`, which powertools turns into the usual 400.
"""

from __future__ import annotations

import json
import math
from typing import Any

from talent.api.errors import InvalidField, MalformedJson

MAX_DEPTH = 32
MAX_INTEGER_DIGITS = 100


def load_json_body(text: str) -> Any:
    """The JSON document in `text`; MalformedJson (400) or InvalidField (422) as described above."""
    if text.startswith("\ufeff"):  # RFC 8259 8.1: a JSON text has none; say so, not just "not valid JSON"
        raise MalformedJson(
            "The request body is not valid JSON: it starts with a byte-order mark (U+FEFF); send UTF-8 "
            "without one"
        )
    try:
        document = json.loads(
            text, parse_int=_integer, parse_float=_float, parse_constant=_constant, object_pairs_hook=_object
        )
    except RecursionError:
        raise _too_deep() from None
    check_document(document)
    return document


def check_document(document: Any, root: str = "body") -> None:
    """Refuse a document nested deeper than MAX_DEPTH or holding a string that is not Unicode text.

    Iterative, so a deep document cannot exhaust the stack here either."""
    pending: list[tuple[Any, str, int]] = [(document, root, 0)]
    while pending:
        value, where, depth = pending.pop()
        if isinstance(value, str):
            _check_text(value, where)
        elif isinstance(value, dict | list):
            if depth >= MAX_DEPTH:
                raise _too_deep()
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, inner in items:
                name = f"{where}.{_printable(key) if isinstance(key, str) else key}"
                if isinstance(key, str):
                    _check_text(key, name)
                pending.append((inner, name, depth + 1))


def is_unicode_text(value: str) -> bool:
    """False if `value` holds a lone surrogate code point (U+D800-U+DFFF), which UTF-8 cannot encode."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_text(value: str, where: str) -> None:
    if not is_unicode_text(value):
        raise InvalidField(
            where,
            "is not valid Unicode text: it contains a lone surrogate code point (U+D800 to U+DFFF)",
            "unpaired_surrogate",
        )


def _printable(key: str) -> str:
    return key if is_unicode_text(key) else key.encode("utf-8", "backslashreplace").decode("ascii")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            name = _printable(key)[:100]
            raise MalformedJson(
                f"The request body is not valid JSON for this API: the key {name!r} appears twice in one"
                " object"
            )
        document[key] = value
    return document


def _integer(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        raise MalformedJson(
            f"The request body is not valid JSON for this API: a number has {digits} digits "
            f"(at most {MAX_INTEGER_DIGITS})"
        )
    return int(literal)


def _float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise MalformedJson("The request body is not valid JSON for this API: a number is out of range")
    return value


def _constant(literal: str) -> float:
    raise MalformedJson(f"The request body is not valid JSON: {literal} is not a JSON value")


def _too_deep() -> MalformedJson:
    return MalformedJson(
        f"The request body is not valid JSON for this API: it nests more than {MAX_DEPTH} levels"
    )

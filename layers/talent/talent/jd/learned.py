"""Names outside the vocabulary, read by a sequence model learned from the labelled postings.

Most skills the parser misses on postings it has never seen are names its vocabulary lacks ("ITIL",
"SAP FI/CO", "Visualforce", "PgBouncer", "IIS"): about two thirds of the missed names on the 231
postings t163-t168 before they were tuned on. A list reader (`skills.listed_names`) finds some by
their shape, but not short capitals ("IIS", "WCF", mostly concepts elsewhere: "SRE", "MVC") nor names
in prose. This pass tags them.

The model: a linear-chain conditional random field (python-crfsuite) over each content line's tokens,
tags B/I (a technology's name) or O. Each token's features: the token (lower case, shape, first and
last three letters, case, digits, dots), the two tokens on each side, whether the vocabulary matches
it (`find_skills`), whether it is a common word, whether the line is a bullet or the token follows a
colon, the line's section kind and its heading's words. Trained by `python -m
talent_local.train_names` on tests/fixtures/jd_corpus/tuning only (never the held-out set); its
weights ship as `names.crfsuite.gz`, the training's record as `names.json`.

The parser takes from it only what the vocabulary does not know, with a marginal probability of at
least MIN_MARGINAL for every token of the name, and files it by its clause like any other name.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from talent.jd.taxonomy import canonical_name
from talent.jd.words import common_words

if TYPE_CHECKING:
    from talent.jd.sections import Line
    from talent.jd.skills import Found

# The features' version: bump it when line_features changes, and retrain (names.json records it; a test
# compares). The vocabulary's files are recorded by their digest for the same reason ("known=").
FEATURES: Final = 2
VOCABULARY_FILES: Final = ("taxonomy.txt", "vocabulary.txt", "common_words.txt")
_TAGGING: Final = threading.Lock()  # the local stack serves requests on threads of one process
MODEL_FILE: Final = "names.crfsuite.gz"  # gzip: 0.9 MB, not 2
# Every token of a name must be tagged so with at least this probability. Chosen on a fifth of the
# tuning postings that the model was not trained on (`talent_local.train_names --validate`).
MIN_MARGINAL = 0.7  # not Final: train_names --validate tries others
MAX_LINE_TOKENS: Final = 200  # a longer line is read for its first 200 tokens: linear, bounded work
HEADING_WORDS: Final = 6
NEIGHBOURS: Final = (-2, -1, 1, 2)

# A name's token: letters and digits with inner ".+#'/&-" ("Node.js", "S/4HANA", "C++", "AT&T"), or
# one character with its "+"/"#" ("C#", "R").
TOKEN: Final = re.compile(r"\.?\w[\w.+#'/&-]*[\w+#]|\.?\w[+#]*")
_CLASSES: Final = str.maketrans(
    {**dict.fromkeys(range(ord("A"), ord("Z") + 1), "X"), **dict.fromkeys(range(ord("a"), ord("z") + 1), "x"),
     **dict.fromkeys(range(0xE0, 0x100), "x"), **dict.fromkeys(range(ord("0"), ord("9") + 1), "d")}
)  # fmt: skip
_DIGIT: Final = re.compile(r"\d")
_REPEAT: Final = re.compile(r"(.)\1{2,}")
_BULLET: Final = re.compile(r"\s*[-*•·]")
# "3.1+", "2019", "v4": a version after a name is no part of it ("SCCM 2012", "ITIL v4")
_VERSION: Final = re.compile(r"v?\d+(?:\.\d+)*\+?", re.IGNORECASE)
# "IEC 62304", "ISO 13485", "Studio 5000": a standard's or product's number (four or more digits, not a year)
# is part of the name, no version (a trial's firmware role listed "IEC"; the labels name the standard)
_STANDARD_NUMBER: Final = re.compile(r"(?!(?:19|20)\d\d\b)\d{4,}")


class Token(NamedTuple):
    """A token of a line: its text and its span in the line."""

    text: str
    start: int
    end: int


class LearnedName(NamedTuple):
    """A name the model tags: as written, its span in `Line.text`, and its least token marginal."""

    name: str
    start: int
    end: int
    marginal: float


def tokens(text: str) -> list[Token]:
    """The first MAX_LINE_TOKENS tokens of a line."""
    found = []
    for match in TOKEN.finditer(text):
        found.append(Token(match.group(0), match.start(), match.end()))
        if len(found) == MAX_LINE_TOKENS:
            break
    return found


def _shape(token: str) -> str:
    """ "PgBouncer" -> "XxXxx", "S/4HANA" -> "X/dXX": capitals, small letters and digits as classes, a
    run of three or more as two."""
    return _REPEAT.sub(r"\1\1", token.translate(_CLASSES))


def _known_tags(toks: Sequence[Token], known: Sequence[Found]) -> list[str]:
    """B/I/O per token: whether a vocabulary name (not a concept) covers it."""
    tags = ["O"] * len(toks)
    spans = [(f.offset, f.end) for f in known if not f.concept]
    for start, end in spans:
        inside = [i for i, t in enumerate(toks) if t.start >= start and t.end <= end]
        for order, index in enumerate(inside):
            tags[index] = "I" if order else "B"
    return tags


def line_features(
    line: Line, heading: Sequence[str], known: Sequence[Found], toks: Sequence[Token]
) -> list[list[str]]:
    """The features of each token of `line.text` (`toks`, from `tokens`), as crfsuite reads them: names
    of binary features.

    `heading`: the lower-case words of the section's heading; `known`: `find_skills(line.text)`.
    """
    kinds = _known_tags(toks, known)
    own = _own_features(line.text, toks, kinds)
    near = [
        [f"w={t.text.lower()}", f"known={kind}", *(["cap"] if t.text[:1].isupper() else [])]
        for t, kind in zip(toks, kinds, strict=True)
    ]
    marks = [""] + [_mark(line.text[a.end : b.start]) for a, b in pairwise(toks)]  # before each token
    shared = [f"kind={line.kind.name}", *(f"h={word}" for word in heading[:HEADING_WORDS])]
    shared += ["bullet"] if _BULLET.match(line.text) else []
    return [
        own[i] + shared + (["first"] if i == 0 else []) + _neighbours(i, near, marks)
        for i in range(len(toks))
    ]


def _own_features(text: str, toks: Sequence[Token], kinds: Sequence[str]) -> list[list[str]]:
    """Each token's own features: the word, its shape, first and last letters, the vocabulary's tag."""
    common = common_words()
    colon = text.find(":")
    own = []
    for tok, kind in zip(toks, kinds, strict=True):
        word, low = tok.text, tok.text.lower()
        shape = [f"w={low}", f"shape={_shape(word)}", f"p3={low[:3]}", f"s3={low[-3:]}"]
        own.append(
            [
                *shape,
                f"known={kind}",
                f"len={min(len(word), 8)}",
                *_flags(word, low in common, 0 <= colon < tok.start),
            ]
        )
    return own


def _neighbours(i: int, near: Sequence[list[str]], marks: Sequence[str]) -> list[str]:
    """The features of the tokens NEIGHBOURS places from token `i`, and the list mark between."""
    row = []
    for step in NEIGHBOURS:
        j = i + step
        if not 0 <= j < len(near):
            row.append(f"{step}:{'BOS' if step < 0 else 'EOS'}")
            continue
        row += [f"{step}:{feature}" for feature in near[j]]
        mark = "".join(marks[min(i, j) + 1 : max(i, j) + 1])
        row += [f"{step}:sep={mark[0]}"] if mark else []
    return row


def _mark(gap: str) -> str:
    """The list mark between two tokens: a comma, a bracket or a slash, or nothing."""
    return next((mark for mark in ",(/" if mark in gap), "")


def _flags(word: str, common: bool, after_colon: bool) -> list[str]:
    flags = {
        "upper": word.isupper(),
        "title": word.istitle(),
        "digit": _DIGIT.search(word) is not None,
        "dot": "." in word,
        "common": common,
        "after_colon": after_colon,
    }
    return [name for name, on in flags.items() if on]


@lru_cache(maxsize=1)
def _model() -> bytes:
    """The model's bytes. crfsuite reads an in-memory model where it lies, without a copy: these must
    live as long as the tagger (cached here for the process)."""
    return gzip.decompress(_package_file(MODEL_FILE))


def _package_file(name: str) -> bytes:
    """A data file of this package (the model, the vocabulary's files)."""
    return resources.files(__package__ or "talent.jd").joinpath(name).read_bytes()


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """The model, opened once per process (its C extension loads only when a posting is read)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(_model())
    return tagger


def tag_line(features: list[list[str]], toks: Sequence[Token], text: str) -> list[LearnedName]:
    """The names the model tags on one line, each with its least token marginal."""
    if not toks:
        return []
    tagger = _tagger()
    with _TAGGING:  # set, tag and marginal share the tagger's state: one line at a time per process
        tagger.set(features)
        tags = tagger.tag()
        spans = _tagged_spans(tags)
        marginals = [min(tagger.marginal(tags[k], k) for k in range(i, j)) for i, j in spans]
    return [
        LearnedName(text[toks[i].start : toks[j - 1].end], toks[i].start, toks[j - 1].end, marginal)
        for (i, j), marginal in zip(spans, marginals, strict=True)
    ]


def _tagged_spans(tags: Sequence[str]) -> list[tuple[int, int]]:
    """The token spans [i, j) of the names in B/I/O tags."""
    spans = []
    i = 0
    while i < len(tags):
        if tags[i] != "B":
            i += 1
            continue
        j = i + 1
        while j < len(tags) and tags[j] == "I":
            j += 1
        spans.append((i, j))
        i = j
    return spans


def _candidates(toks: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[Token]:
    """The tokens that can start or be part of an unknown name: not covered by a vocabulary name, and
    not an ordinary word in lower case (nor the line's first word capitalised): "ITIL", "pgBouncer",
    "Service" in "… and Service Cloud"."""
    common = common_words()
    return [
        t
        for i, t in enumerate(toks)
        if not any(start <= t.start and t.end <= end for start, end in spans)
        and (t.text.lower() not in common or not t.text.isalpha() or (i > 0 and t.text[:1].isupper()))
    ]


def unknown_names(line: Line, heading: Sequence[str], known: Sequence[Found]) -> list[LearnedName]:
    """The names on `line` that the model tags surely enough (MIN_MARGINAL) and the vocabulary does
    not know, nor covers in part: what `skills.find_skills` cannot give. A line with no candidate
    token (`_candidates`: most prose) is not tagged at all.

    `known`: `find_skills(line.text)`; `heading`: the section heading's lower-case words.
    """
    if MIN_MARGINAL > 1:
        return []  # no marginal reaches it: the model is off, and not run
    toks = tokens(line.text)
    spans = [(f.offset, f.end) for f in known]
    starts = {t.start for t in _candidates(toks, spans)}
    if not starts:
        return []
    tagged = [
        _without_version(found)
        for found in tag_line(line_features(line, heading, known, toks), toks, line.text)
    ]
    return [found for found in tagged if found is not None and _new_name(found, spans, starts)]


def _without_version(found: LearnedName) -> LearnedName | None:
    """The name without the version after it ("SCCM 2012" -> "SCCM", "ITIL v4" -> "ITIL"); None when
    nothing else is left. A standard's number stays ("IEC 62304")."""
    words = found.name.split(" ")
    cut = next((i for i, word in enumerate(words) if _VERSION.fullmatch(word)), len(words))
    if cut == len(words) or _STANDARD_NUMBER.fullmatch(words[cut]):
        return found
    name = " ".join(words[:cut]).rstrip()
    return found._replace(name=name, end=found.start + len(name)) if name else None


# A word's full stop and a space: the end of a sentence, which no name spans ("Systemlandschaft. Deine")
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?]\s")


def _new_name(found: LearnedName, spans: Sequence[tuple[int, int]], starts: set[int]) -> bool:
    """Sure enough, unknown to the vocabulary and clear of its matches, within one sentence, and holding
    a candidate token (`_candidates`)."""
    return (
        found.marginal >= MIN_MARGINAL
        and not _SENTENCE_END.search(found.name)
        and canonical_name(found.name) is None
        and not any(start < found.end and found.start < end for start, end in spans)
        and any(found.start <= start < found.end for start in starts)
    )


def vocabulary_digest() -> str:
    """SHA-256 of the vocabulary's files, which the features read (`VOCABULARY_FILES`)."""
    digest = hashlib.sha256()
    for name in VOCABULARY_FILES:
        digest.update(_package_file(name))
    return digest.hexdigest()

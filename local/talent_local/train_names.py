"""Train `talent.jd.learned`'s model on the tuning postings: writes names.crfsuite.gz and names.json.

    PYTHONPATH=layers/talent:local .venv/bin/python -m talent_local.train_names             # train, write
    PYTHONPATH=layers/talent:local .venv/bin/python -m talent_local.train_names --validate  # pick the bar

Each tuning posting is read into lines as parse_jd reads it (`sections.read_lines`); every token of a
content line that parse_jd tags (not a boilerplate one) gets the pass's features and a tag: B/I where
the labels' required or preferred skill names are written (token by token, any case, but not a one-word
name on an ordinary word in lower case: `_gold_tags`), O elsewhere. Lines with no such name and no
vocabulary name are sampled (one in SAMPLE_OTHERS, chosen by the posting id: the same each run).

`--validate` trains on four fifths of the postings and prints, on the last fifth, the skill F1 of the
parser alone and with the model's names at several bars: MIN_MARGINAL is chosen there, never on the
held-out set, which this script refuses to read. It then trains on every posting, as without it (the
four-fifths model it wrote meanwhile is replaced).

Training is deterministic: the same postings, features and vocabulary give the same bytes (gzip without
a time stamp), so a retrain shows in the diff only when something changed.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any, Final

from talent.jd.evaluate import Counts, canonical_skills, load_corpus, parse_whole
from talent.jd.learned import FEATURES, MODEL_FILE, line_features, tokens, vocabulary_digest
from talent.jd.markup import normalise
from talent.jd.parser import content_lines
from talent.jd.places import capitalised_places
from talent.jd.sections import Kind, read_lines
from talent.jd.skills import find_skills, names_a_skill
from talent.jd.words import common_words

ROOT: Final = Path(__file__).resolve().parents[2]
TUNING: Final = ROOT / "tests" / "fixtures" / "jd_corpus" / "tuning"
OUTPUT: Final = ROOT / "layers" / "talent" / "talent" / "jd"
SAMPLE_OTHERS: Final = 2  # one line in two without a name (one in ten let more acronyms through)
PARAMS: Final = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
BARS: Final = (0.5, 0.6, 0.7, 0.8, 0.9)

Sequence = tuple[list[list[str]], list[str]]


def _gold_tags(words: list[str], names: list[list[str]]) -> list[str]:
    """B/I/O per token: where a labelled name is written, token by token, any case; but not a one-word
    name on an ordinary word written in lower case when the label is not ("Go" in "learn as you go")."""
    lows = [word.lower() for word in words]
    common = common_words()
    tags = ["O"] * len(words)
    for name in names:
        low, size = [part.lower() for part in name], len(name)
        for i in range(len(words) - size + 1):
            if not size or lows[i : i + size] != low or any(tag != "O" for tag in tags[i : i + size]):
                continue
            if size == 1 and words[i].islower() and lows[i] in common and not name[0].islower():
                continue
            tags[i : i + size] = ["B", *["I"] * (size - 1)]
    return tags


def posting_sequences(posting: tuple[str, str, dict[str, Any]]) -> list[Sequence]:
    """The training sequences of one posting: its content lines as parse_jd tags them (no boilerplate
    line: `parser._learned_names`), sampled."""
    pid, text, labels = posting
    names = [
        [t.text for t in tokens(name)]
        for name in labels.get("required_skills", []) + labels.get("preferred_skills", [])
    ]
    sample = random.Random(pid)  # noqa: S311 - a sample of lines, not a secret
    sequences = []
    for line, heading in content_lines(read_lines(capitalised_places(normalise(text)), names_a_skill)):
        if line.kind == Kind.BOILERPLATE:
            continue
        known = find_skills(line.text)
        toks = tokens(line.text)
        tags = _gold_tags([t.text for t in toks], names)
        named = "B" in tags or any(not f.concept for f in known)
        if named or sample.randrange(SAMPLE_OTHERS) == 0:
            sequences.append((line_features(line, heading, known, toks), tags))
    return sequences


def _sequences(postings: list[tuple[str, str, dict[str, Any]]]) -> Iterator[Sequence]:
    with Pool(2) as pool:
        for sequences in pool.imap(posting_sequences, postings, chunksize=20):
            yield from sequences


def train(postings: list[tuple[str, str, dict[str, Any]]], model: Path) -> int:
    """Train on `postings`, write the model to `model`; the number of training lines."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    lines = 0
    for features, tags in _sequences(postings):
        trainer.append(features, tags)
        lines += 1
    trainer.set_params(PARAMS)
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "model.crfsuite"
        trainer.train(str(raw))
        model.write_bytes(gzip.compress(raw.read_bytes(), mtime=0))  # the same model, the same bytes
    return lines


def _skill_f1(postings: list[tuple[str, str, dict[str, Any]]]) -> float:
    """F1 of required and preferred skills together, as the evaluator counts a set (`Counts`)."""
    counts = Counts()
    for _, text, labels in postings:
        parsed = parse_whole(text)
        counts.add(
            canonical_skills(parsed.required_skills + parsed.preferred_skills),
            canonical_skills(labels.get("required_skills", []) + labels.get("preferred_skills", [])),
        )
    return counts.f1


def validate(postings: list[tuple[str, str, dict[str, Any]]]) -> None:
    """Train on 4/5 of the postings; print the last fifth's skill F1 at each bar (and without the model)."""
    from talent.jd import learned

    ordered = sorted(postings, key=lambda p: hashlib.sha256(p[0].encode()).hexdigest())
    cut = len(ordered) * 4 // 5
    model = OUTPUT / MODEL_FILE
    train(ordered[:cut], model)
    learned._model.cache_clear()
    learned._tagger.cache_clear()
    rest = ordered[cut:]
    print(f"validation: {len(rest)} tuning postings the model was not trained on")
    for bar in (2.0, *BARS):  # 2.0: no name passes, the parser alone
        learned.MIN_MARGINAL = bar
        print(f"  bar {bar:.1f}: skill F1 {_skill_f1(rest):.4f}" + (" (parser alone)" if bar > 1 else ""))


def main(argv: list[str]) -> None:
    postings = load_corpus(TUNING)
    assert all("heldout" not in pid for pid, _, _ in postings)
    if "--validate" in argv:
        validate(postings)  # then trains on them all, below
    lines = train(postings, OUTPUT / MODEL_FILE)
    record = {
        "trained_on": "tests/fixtures/jd_corpus/tuning",
        "postings": len(postings),
        "posting_ids_sha256": hashlib.sha256("\n".join(p[0] for p in postings).encode()).hexdigest(),
        "lines": lines,
        "features": FEATURES,
        "vocabulary_sha256": vocabulary_digest(),
        "params": PARAMS,
        "sample_others": SAMPLE_OTHERS,
    }
    (OUTPUT / "names.json").write_text(json.dumps(record, indent=2) + "\n", "utf-8")
    print(f"trained on {len(postings)} postings ({lines} lines): {OUTPUT / MODEL_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])

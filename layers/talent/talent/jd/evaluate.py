"""Scores for parse_jd against labelled postings: skill precision/recall/F1 and field accuracies.

Labels use canonical skill names; a label spelled as an alias ("Postgres", "k8s") is mapped to its
canonical name first, so labellers need not know the taxonomy by heart.

    .venv/bin/python -m talent.jd.evaluate tests/fixtures/jd_devset
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from talent.jd.parser import parse_jd
from talent.jd.taxonomy import canonical_name
from talent.models import JobRequirement


@dataclass(slots=True)
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: Iterable[str], expected: Iterable[str]) -> None:
        got, want = set(predicted), set(expected)
        self.true_positives += len(got & want)
        self.false_positives += len(got - want)
        self.false_negatives += len(want - got)


@dataclass(slots=True)
class Report:
    postings: int = 0
    required: Counts = field(default_factory=Counts)
    preferred: Counts = field(default_factory=Counts)
    seniority_correct: int = 0
    min_years_correct: int = 0
    remote_correct: int = 0
    title_correct: int = 0
    locations_correct: int = 0
    errors: list[str] = field(default_factory=list)  # one line per wrong field, for tuning

    def ratio(self, correct: int) -> float:
        return correct / self.postings if self.postings else 0.0

    def scores(self) -> dict[str, float]:
        return {
            "required_precision": self.required.precision,
            "required_recall": self.required.recall,
            "required_f1": self.required.f1,
            "preferred_precision": self.preferred.precision,
            "preferred_recall": self.preferred.recall,
            "preferred_f1": self.preferred.f1,
            "seniority_accuracy": self.ratio(self.seniority_correct),
            "min_years_exact": self.ratio(self.min_years_correct),
            "remote_accuracy": self.ratio(self.remote_correct),
            "title_accuracy": self.ratio(self.title_correct),
            "locations_exact": self.ratio(self.locations_correct),
        }


def _canonical(names: Iterable[str]) -> list[str]:
    return [canonical_name(name) or name for name in names]


def score(pairs: Iterable[tuple[str, JobRequirement, Mapping[str, Any]]]) -> Report:
    """Score (name, predicted, expected) triples; `expected` follows the JobRequirement field names."""
    report = Report()
    for name, got, want in pairs:
        report.postings += 1
        want_required = _canonical(want.get("required_skills", []))
        want_preferred = _canonical(want.get("preferred_skills", []))
        report.required.add(got.required_skills, want_required)
        report.preferred.add(got.preferred_skills, want_preferred)
        for label, ok in (
            ("seniority", got.seniority == want.get("seniority")),
            ("min_years", got.min_years == want.get("min_years")),
            ("remote", got.remote == want.get("remote")),
            ("title", got.title.casefold() == str(want.get("title", "")).casefold()),
            ("locations", sorted(got.locations) == sorted(want.get("locations", []))),
        ):
            if ok:
                setattr(report, f"{label}_correct", getattr(report, f"{label}_correct") + 1)
            else:
                report.errors.append(f"{name}: {label} got {getattr(got, label)!r}, want {want.get(label)!r}")
        for label, got_skills, want_skills in (
            ("required", got.required_skills, want_required),
            ("preferred", got.preferred_skills, want_preferred),
        ):
            extra = sorted(set(got_skills) - set(want_skills))
            missing = sorted(set(want_skills) - set(got_skills))
            if extra or missing:
                report.errors.append(f"{name}: {label} extra {extra} missing {missing}")
    return report


def load_devset(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(file stem, text, expected) for every NN_slug.json in `folder`, in name order."""
    postings = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        postings.append((path.stem, data["text"], data["expected"]))
    return postings


def evaluate_folder(folder: Path) -> Report:
    return score((name, parse_jd(text), expected) for name, text, expected in load_devset(folder))


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else Path("tests/fixtures/jd_devset")
    report = evaluate_folder(folder)
    for line in report.errors:
        print(line)
    print(f"\n{report.postings} postings")
    for key, value in report.scores().items():
        print(f"{key:22} {value:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])

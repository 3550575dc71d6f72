"""The labelled dev set (tests/fixtures/jd_devset) meets the quality bar set for held-out postings."""

from __future__ import annotations

from pathlib import Path

import pytest

from talent.jd import parse_jd
from talent.jd.evaluate import Counts, evaluate_folder, load_devset, score
from talent.models import JobRequirement

DEVSET = Path(__file__).resolve().parents[2] / "fixtures" / "jd_devset"


def test_devset_is_big_and_varied_enough() -> None:
    postings = load_devset(DEVSET)
    assert len(postings) >= 25
    expected = [e for _, _, e in postings]
    assert {e["remote"] for e in expected} == {"remote", "hybrid", "onsite", None}
    assert {"intern", "junior", "mid", "senior", "staff"} <= {e["seniority"] for e in expected}


def test_devset_scores_meet_the_bar() -> None:
    report = evaluate_folder(DEVSET)
    scores = report.scores()
    detail = "\n".join(report.errors)
    assert scores["required_f1"] >= 0.85, detail
    assert scores["seniority_accuracy"] >= 0.85, detail
    assert scores["min_years_exact"] >= 0.9, detail
    assert scores["remote_accuracy"] >= 0.85, detail
    assert scores["preferred_f1"] >= 0.7, detail


def test_score_counts_precision_recall_and_aliases() -> None:
    got = JobRequirement(title="x", required_skills=["Go", "Python", "Java"], seniority="senior", min_years=3)
    want = {"required_skills": ["golang", "Python", "k8s"], "seniority": "senior", "min_years": 5}
    report = score([("one", got, want)])
    assert (report.required.true_positives, report.required.false_positives) == (2, 1)
    assert report.required.false_negatives == 1
    assert report.scores()["required_f1"] == pytest.approx(2 / 3)
    assert report.scores()["seniority_accuracy"] == 1.0
    assert report.scores()["min_years_exact"] == 0.0
    assert Counts().f1 == 1.0  # nothing expected, nothing found


def test_every_devset_posting_parses() -> None:
    for _, text, _ in load_devset(DEVSET):
        assert parse_jd(text).title

"""The labelled tuning corpus (tests/fixtures/jd_corpus/tuning): scores stay above a floor.

Only the tuning set is read here. The held-out set is scored in aggregate by bench/stages.py and by
nobody who changes the parser; the floors below guard against regressions, they are not the targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from talent.jd import parse_jd
from talent.jd.evaluate import Counts, as_pasted, evaluate_folder, load_corpus, score
from talent.models import JobRequirement

TUNING = Path(__file__).resolve().parents[2] / "fixtures" / "jd_corpus" / "tuning"
FLOORS = {
    "required_f1": 0.80,
    "preferred_f1": 0.75,
    "seniority_accuracy": 0.90,
    "min_years_exact": 0.93,
    "remote_accuracy": 0.90,
    "locations_exact": 0.60,
}


def test_tuning_set_is_varied() -> None:
    postings = load_corpus(TUNING)
    assert len(postings) >= 90
    labels = [labels for _, _, labels in postings]
    assert {label["remote"] for label in labels} == {"remote", "hybrid", "onsite", None}
    assert {pid[:2] for pid, _, _ in postings} == {"en", "de", "fr", "es"}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return evaluate_folder(TUNING).scores()


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_tuning_scores_stay_above_their_floor(scores: dict[str, float], metric: str) -> None:
    assert scores[metric] >= FLOORS[metric], f"{metric} {scores[metric]:.3f} < {FLOORS[metric]}"


def test_every_tuning_posting_parses_to_a_valid_requirement() -> None:
    for _, text, _ in load_corpus(TUNING):
        requirement = parse_jd(as_pasted(text))
        JobRequirement.model_validate(requirement.model_dump())
        assert requirement.title
        assert len(requirement.title) <= 200


def test_score_counts_precision_recall_aliases_and_places() -> None:
    got = JobRequirement(
        title="X",
        required_skills=["Go", "Python", "Java"],
        seniority="senior",
        min_years=3,
        locations=["München"],
    )
    want = {
        "title": "x",
        "required_skills": ["golang", "Python", "k8s"],
        "seniority": "senior",
        "min_years": 5,
        "locations": ["Munich, Germany"],
    }
    report = score([("one", got, want)])
    assert (report.required.true_positives, report.required.false_positives) == (2, 1)
    assert report.required.false_negatives == 1
    assert report.scores()["required_f1"] == pytest.approx(2 / 3)
    assert report.scores()["seniority_accuracy"] == 1.0
    assert report.scores()["min_years_exact"] == 0.0
    assert report.scores()["locations_exact"] == 1.0
    assert report.scores()["title_accuracy"] == 1.0
    assert Counts().f1 == 1.0  # nothing expected, nothing found

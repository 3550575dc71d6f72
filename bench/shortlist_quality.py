"""Bench: shortlist quality on blind relevance judgments, our pipeline beside two baselines.

    .venv/bin/python bench/shortlist_quality.py [--tuning-only] [--per-jd] [--corrected]

Data: bench/shortlist/ holds 18 real job postings split once into tuning (8) and held-out (10), the
rubric, and grades 0-3 a blind judge gave the offline corpus's developers for each posting
(qrels.json; unlisted users are 0). The pipeline runs as deployed: parse_jd, the search plan against
the offline GitHub emulator (GraphQL and REST, GitHub's limits lifted), ranking, top 50 kept.
Baselines, same run, same data:
- naive: users whose top language (most own-code bytes) is the job's first required language, by
  followers (a "top language, by followers" tool);
- random: 10 (or 50) users drawn at random, averaged over 20 seeds.
Metrics per posting, then averaged: NDCG@10 (gain 2^grade - 1, ideal from all judged users),
precision@10 (grade >= 2 counts as relevant), recall of grade >= 2 users in the top 50 (out of as
many as 50 can hold: min(good, 50)), empty shortlists. Prints, never asserts. Held-out numbers
are for reporting only: never tune on them.
With --corrected, a fourth row runs our pipeline on each posting with its parse corrected to blind
labels of its requirement (requirements.json, by the corpus's labelling guide; the run request's
`requirement`), and parse_jd's reading is scored against those labels: what a recruiter who corrects the
whole parse gets, beside what the parse alone gets, in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from talent.github import GitHubConfig, search_github
from talent.jd import parse_jd
from talent.jd.evaluate import score
from talent.jd.reading import requirement_from_text, run_requirement
from talent.models import JobRequirement, RequirementOverride
from talent.ranking import rank_candidates
from talent.roles import linguist_of
from talent_local.github_emulator import Limits, cached_corpus, start_emulator
from talent_local.github_emulator.corpus import NOW, User, fingerprint

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "shortlist"
TOP = 10
SHORTLIST = 50
RANDOM_SEEDS = 20
UNLIMITED = Limits(core=10**9, core_anonymous=10**9, search=10**9, search_anonymous=10**9, graphql=10**9)
_ = parse_jd  # the pipeline's parse stage wraps it (requirement_from_text)


@dataclass(frozen=True)
class Scores:
    ndcg: float
    precision: float
    recall: float
    empty: bool


def posting(jd_id: str) -> str:
    """The posting's text, without the source comment line the data set adds."""
    lines = (DATA / "jds" / f"{jd_id}.md").read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("<!-- source:")).strip()


def ndcg(ranked: Sequence[str], grades: dict[str, int], k: int = TOP) -> float:
    gains = [2 ** grades.get(login.lower(), 0) - 1 for login in ranked[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in grades.values()), reverse=True)[:k]
    best = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best else 0.0


def scores(ranked: Sequence[str], grades: dict[str, int]) -> Scores:
    good = {login for login, grade in grades.items() if grade >= 2}
    top = [login.lower() for login in ranked]
    precision = sum(1 for login in top[:TOP] if login in good) / TOP
    # A shortlist of 50 cannot hold 90 good people: recall counts against what it could hold.
    recall = len(good & set(top[:SHORTLIST])) / min(len(good), SHORTLIST) if good else 1.0
    return Scores(ndcg(ranked, grades), precision, recall, not ranked)


def own_bytes(user: User) -> dict[str, int]:
    totals: dict[str, int] = {}
    for repo in user.repos:
        if not repo.fork:
            for language, size in repo.languages.items():
                totals[language] = totals.get(language, 0) + size
    return totals


def naive(requirement: JobRequirement, people: list[User], k: int) -> list[str]:
    language = next((lang for s in requirement.required_skills if (lang := linguist_of(s))), None)
    if language is None:
        return []
    tops = [(u, own_bytes(u)) for u in people]
    chosen = [u for u, b in tops if b and max(b, key=lambda lang: b[lang]) == language]
    chosen.sort(key=lambda u: -u.followers)
    return [u.login for u in chosen[:k]]


def random_scores(people: list[User], grades: dict[str, int]) -> Scores:
    runs = []
    for seed in range(RANDOM_SEEDS):
        drawn = [u.login for u in random.Random(seed).sample(people, SHORTLIST)]
        runs.append(scores(drawn, grades))
    return _mean(runs)


def _mean(runs: Sequence[Scores]) -> Scores:
    return Scores(
        statistics.fmean(r.ndcg for r in runs),
        statistics.fmean(r.precision for r in runs),
        statistics.fmean(r.recall for r in runs),
        any(r.empty for r in runs),
    )


@dataclass
class Cost:
    enriched: int = 0
    api_calls: int = 0
    points: int = 0
    pool: set[str] = field(default_factory=set)  # the last search's enriched logins


def ours(requirement: JobRequirement, url: str, cost: Cost) -> list[str]:
    config = GitHubConfig(api_url=url, token="bench")  # noqa: S106 - the emulator accepts any token
    found = asyncio.run(search_github(requirement, max_candidates=SHORTLIST, config=config, today=NOW.date()))
    cost.pool = {c.login.lower() for c in found.candidates}
    cost.enriched += len(found.candidates)
    cost.api_calls += found.metadata.api_calls
    cost.points += found.metadata.graphql_points
    ranked = rank_candidates(found.candidates, requirement, now=NOW, limit=SHORTLIST)
    return [r.candidate.login for r in ranked]


def _row(name: str, s: Scores) -> str:
    return f"  {name:<38}{s.ndcg:>8.3f}{s.precision:>8.2f}{s.recall:>8.2f}{'  EMPTY' if s.empty else ''}"


def corrected(jd_id: str) -> JobRequirement:
    """The posting's requirement with every field a recruiter may correct set to its blind label
    (requirements.json: what a recruiter who fixes the whole parse with `requirement` would run)."""
    labels = json.loads((DATA / "requirements.json").read_text())[jd_id]
    return run_requirement(posting(jd_id), RequirementOverride.model_validate(labels))


def run_split(
    name: str, ids: list[str], url: str, people: list[User], per_jd: bool, with_labels: bool = False
) -> dict[str, Scores]:
    qrels: dict[str, dict[str, int]] = json.loads((DATA / "qrels.json").read_text())
    rows: dict[str, list[Scores]] = {"ours": [], "naive": [], "random": []}
    if with_labels:
        rows["ours, parse corrected"] = []
    cost = Cost()
    for jd_id in ids:
        grades = {login.lower(): grade for login, grade in qrels[jd_id].items()}
        requirement = requirement_from_text(posting(jd_id))
        ranked = ours(requirement, url, cost)
        results = {
            "ours": scores(ranked, grades),
            "naive": scores(naive(requirement, people, SHORTLIST), grades),
            "random": random_scores(people, grades),
        }
        if with_labels:  # its own cost: the pool printed per posting stays the parse's
            results["ours, parse corrected"] = scores(ours(corrected(jd_id), url, Cost()), grades)
        for key, value in results.items():
            rows[key].append(value)
        if per_jd:
            good = {login for login, grade in grades.items() if grade >= 2}
            print(f"  {jd_id}: {len(good & cost.pool)} of {len(good)} good profiles in the searched pool")
            for key, value in results.items():
                print(_row(f"  {key}", value))
    averaged = {key: _mean(values) for key, values in rows.items()}
    empties = {key: sum(v.empty for v in values) for key, values in rows.items()}
    print(f"\n{name}: {len(ids)} job descriptions")
    print(f"  {'system':<38}{'NDCG@10':>8}{'P@10':>8}{'R@50':>8}  empty shortlists")
    for key, value in averaged.items():
        print(f"{_row(key, value)}  {empties[key]}")
    if cost.enriched:
        calls, points = cost.api_calls / cost.enriched, cost.points / cost.enriched
        print(f"  GitHub cost per enriched candidate: {calls:.3f} API calls, {points:.3f} GraphQL points")
    return averaged


def parse_against_labels(ids: list[str]) -> None:
    """parse_jd's reading of these postings scored against their blind labels (requirements.json), as
    bench/stages.py scores the corpus: how much the corrected row had to correct."""
    labels = json.loads((DATA / "requirements.json").read_text())
    report = score((jd_id, requirement_from_text(posting(jd_id)), labels[jd_id]) for jd_id in ids)
    shown = ("required_f1", "preferred_f1", "seniority_accuracy", "min_years_exact", "remote_accuracy",
             "locations_exact", "title_accuracy")  # fmt: skip
    print(f"\nparse_jd on these {len(ids)} postings against their blind labels (requirements.json)")
    print("  " + "  ".join(f"{key} {report.scores()[key]:.3f}" for key in shown))


def judge_agreement() -> None:
    """How far a second blind judge agrees with the first on a sample stratified by grade
    (second_judge.json, graded without seeing qrels.json): the judgments' own reliability."""
    qrels: dict[str, dict[str, int]] = json.loads((DATA / "qrels.json").read_text())
    second = json.loads((DATA / "second_judge.json").read_text())
    pairs = [(qrels[p["jd"]].get(p["login"], 0), int(p["grade"])) for p in second]
    n = len(pairs)
    exact = sum(a == b for a, b in pairs) / n
    relevant = sum((a >= 2) == (b >= 2) for a, b in pairs) / n
    first_counts = [sum(a == g for a, _ in pairs) for g in range(4)]
    second_counts = [sum(b == g for _, b in pairs) for g in range(4)]
    observed = sum((a - b) ** 2 for a, b in pairs)
    expected = sum((i - j) ** 2 * first_counts[i] * second_counts[j] / n for i in range(4) for j in range(4))
    kappa = 1 - observed / expected if expected else 1.0
    print(f"judges: a second blind judge on {n} pairs agrees exactly {exact:.2f}, on relevant (grade >= 2) "
          f"{relevant:.2f}, quadratic-weighted kappa {kappa:.2f}")  # fmt: skip


JUDGED_FINGERPRINT = DATA / "judged_corpus.sha256"


def judged_fingerprint() -> str:
    """`corpus.fingerprint` of every developer qrels.json grades: the pool the judge saw."""
    qrels: dict[str, dict[str, int]] = json.loads((DATA / "qrels.json").read_text())
    judged = {login for grades in qrels.values() for login in grades}
    return fingerprint([user for user in cached_corpus().users if user.login in judged])


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tuning-only", action="store_true", help="score the tuning postings only")
    parser.add_argument("--per-jd", action="store_true", help="print each posting's scores too")
    parser.add_argument(
        "--corrected",
        action="store_true",
        help="also run each posting with its parse corrected to its blind labels (requirements.json)",
    )
    args = parser.parse_args(argv)
    split = json.loads((DATA / "split.json").read_text())
    people = [u for u in cached_corpus().users if u.type == "User"]
    print(f"shortlist quality: corpus of {len(people)} developers, run {datetime.now(UTC):%Y-%m-%d}")
    if (found := judged_fingerprint()) != JUDGED_FINGERPRINT.read_text().strip():
        sys.exit(
            f"the judged developers are not the ones the judge graded (fingerprint {found[:12]}): the "
            "emulator's corpus was redrawn (it reads the taxonomy's topics); judge again or restore it"
        )
    judge_agreement()
    with start_emulator(limits=UNLIMITED, as_of=NOW) as github:  # the world the judge graded
        run_split("tuning", split["tuning"], github.url, people, args.per_jd, args.corrected)
        if not args.tuning_only:
            heldout = split["heldout"]
            run_split("held-out (never tuned on)", heldout, github.url, people, args.per_jd, args.corrected)
        if args.corrected:
            parse_against_labels(split["tuning"] + ([] if args.tuning_only else split["heldout"]))


if __name__ == "__main__":
    main(sys.argv[1:])

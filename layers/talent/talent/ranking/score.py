"""rank_candidates: a transparent 0-100 score per candidate, with every factor shown in the breakdown.

score = sum over factors of weight * value * 100, where value is 0-1 and the weights below sum to 1.
A factor that cannot apply to the job (no preferred skills, a remote role, no listed locations, no
required skills) gets weight 0 and its weight is shared out proportionally among the others, so a
perfect candidate still scores 100.

Why these weights: skills are what the recruiter asked for, so required skills dominate (45) and
preferred skills add a tiebreak-sized 10. Recent activity (15) matters next: an inactive account is
unlikely to respond or to reflect current skills. Experience, community and location are proxies or
constraints worth 10 each; community is log-scaled so a famous account cannot outweigh missing skills.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from types import MappingProxyType
from typing import Final, TypedDict

from talent.models import Candidate, JobRequirement, RankedCandidate, Seniority
from talent.ranking.skills import SkillMatcher

REQUIRED_SKILLS_WEIGHT: Final = 0.45
PREFERRED_SKILLS_WEIGHT: Final = 0.10
ACTIVITY_WEIGHT: Final = 0.15
EXPERIENCE_WEIGHT: Final = 0.10
COMMUNITY_WEIGHT: Final = 0.10
LOCATION_WEIGHT: Final = 0.10

WEIGHTS: Final = MappingProxyType(
    {
        "required_skills": REQUIRED_SKILLS_WEIGHT,
        "preferred_skills": PREFERRED_SKILLS_WEIGHT,
        "activity": ACTIVITY_WEIGHT,
        "experience": EXPERIENCE_WEIGHT,
        "community": COMMUNITY_WEIGHT,
        "location": LOCATION_WEIGHT,
    }
)

# Activity: full credit for a push within the last month, then halves every six months
# (a year idle is worth 1/4, three years 1/64).
ACTIVITY_GRACE_MONTHS: Final = 1.0
ACTIVITY_HALF_LIFE_MONTHS: Final = 6.0

# Experience: account age and the number of distinct years with pushes, against the years asked for.
# Without min_years the seniority implies a target. Only top repos are known, so distinct push years
# are capped low: a long-time developer whose repos are all fresh should not look like a beginner.
SENIORITY_YEARS: Final[dict[Seniority, int]] = {
    "intern": 0,
    "junior": 1,
    "mid": 3,
    "senior": 5,
    "staff": 8,
    "principal": 10,
    "lead": 7,
    "manager": 7,
}
DEFAULT_TARGET_YEARS: Final = 2
ACCOUNT_AGE_SHARE: Final = 0.6
SUSTAINED_YEARS_CAP: Final = 3

# Community: log10 scale, full credit at these counts; followers and stars count half each.
FOLLOWERS_FOR_FULL: Final = 1_000
STARS_FOR_FULL: Final = 1_000
_LOG_FOLLOWERS_FOR_FULL: Final = math.log1p(FOLLOWERS_FOR_FULL)
_LOG_STARS_FOR_FULL: Final = math.log1p(STARS_FOR_FULL)

# Location: a city match is a full fit, a region/country-only match ("Munich, Germany" for a Berlin
# role) a partial one.
COUNTRY_MATCH_VALUE: Final = 0.7
_NOT_PLACES: Final = frozenset({"remote", "anywhere", "worldwide", "hybrid", "onsite", "on-site", "on site"})
_PLACE_SEPARATORS = re.compile(r"\s*(?:[,;/|()]|\s-\s)\s*")

_DAYS_PER_MONTH: Final = 30.44
_DAYS_PER_YEAR: Final = 365.25


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _rounded(number: float, per_unit: int) -> float:
    """`number` (never negative here) to the nearest 1/per_unit; round() is three times slower."""
    return int(number * per_unit + 0.5) / per_unit


def _join(names: Sequence[str]) -> str:
    return ", ".join(names) if names else "none"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class _Factor(TypedDict):
    weight: float
    value: float
    contribution: float
    explanation: str


# A factor's value (0-1) and its one-sentence explanation.
type _Value = tuple[float, str]


class _Scored(TypedDict):
    """RankedCandidate's fields as plain dicts, validated in one call per candidate: six ScoreFactor
    constructors per candidate cost more than the scoring.
    """

    candidate: Candidate
    score: float
    rank: int
    breakdown: dict[str, _Factor]
    matched_skills: list[str]
    missing_skills: list[str]
    evidence: dict[str, tuple[str, ...]]  # validation makes the lists


class _LocationFit:
    """Case-insensitive city/country token match against the job's locations, compiled once."""

    def __init__(self, locations: Iterable[str]) -> None:
        self.values: dict[str, float] = {}
        self.wanted: list[str] = []
        for location in locations:
            places = [p.lower() for p in _PLACE_SEPARATORS.split(location.strip()) if p.strip()]
            places = [p for p in places if p not in _NOT_PLACES]
            if places:
                self.wanted.append(location)
            for position, place in enumerate(places):
                value = 1.0 if position == 0 or len(places) == 1 else COUNTRY_MATCH_VALUE
                self.values[place] = max(self.values.get(place, 0.0), value)
        alternatives = "|".join(re.escape(p) for p in sorted(self.values, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if self.values else None
        self._fits: dict[str | None, _Value] = {}  # a thousand candidates share a few hundred locations

    def fit(self, location: str | None) -> _Value:
        if (known := self._fits.get(location)) is None:
            known = self._fits[location] = self._fit(location)
        return known

    def _fit(self, location: str | None) -> _Value:
        if not location:
            return 0.0, "No location on the profile."
        assert self._pattern is not None  # fit is only called when the factor applies
        matches = [m.group(0) for m in self._pattern.finditer(location.lower())]
        if not matches:
            return 0.0, f'Profile location "{location}" is not in {_join(self.wanted)}.'
        best = max(matches, key=lambda place: self.values[place])
        kind = "city" if self.values[best] == 1.0 else "country/region"
        return self.values[best], f'Profile location "{location}" matches {kind} "{best}".'


@dataclass(frozen=True, slots=True)
class _SkillFacts:
    """The skill factors' lists and texts for one set of matched skills, shared by the candidates with
    that set (a job has a handful of skills, so a thousand candidates have only a few sets).
    """

    required: list[str]  # matched, in the job's order
    missing: list[str]
    required_explanation: str
    preferred: list[str]
    preferred_explanation: str


class _Ranker:
    """Everything that depends only on the requirement, computed once for all candidates."""

    def __init__(self, requirement: JobRequirement, now: datetime) -> None:
        self.now = _as_utc(now)
        self.required = list(dict.fromkeys(requirement.required_skills))
        self.preferred = [s for s in dict.fromkeys(requirement.preferred_skills) if s not in self.required]
        self.matcher = SkillMatcher([*self.required, *self.preferred])
        self.location = _LocationFit(requirement.locations)
        if requirement.min_years is not None:
            self.target_years = requirement.min_years
        elif requirement.seniority:
            self.target_years = SENIORITY_YEARS[requirement.seniority]
        else:
            self.target_years = DEFAULT_TARGET_YEARS
        self.sustained_years = min(self.target_years, SUSTAINED_YEARS_CAP)
        self.years_asked = (
            f"; the role asks for {_plural(self.target_years, 'year')}."
            if self.target_years
            else "; no minimum experience asked."
        )

        skipped = {}
        if not self.required:
            skipped["required_skills"] = "Not scored: the job lists no required skills."
        if not self.preferred:
            skipped["preferred_skills"] = "Not scored: the job lists no preferred skills."
        if requirement.remote == "remote":
            skipped["location"] = "Not scored: the role is remote."
        elif not self.location.values:
            skipped["location"] = "Not scored: the job lists no locations."
        active_total = sum(w for name, w in WEIGHTS.items() if name not in skipped)
        self.weights = {name: 0.0 if name in skipped else w / active_total for name, w in WEIGHTS.items()}
        self.scored = [(name, self.weights[name]) for name in WEIGHTS if name not in skipped]
        self.scores_location = "location" not in skipped
        self.not_scored = {
            name: _Factor(weight=0.0, value=0.0, contribution=0.0, explanation=reason)
            for name, reason in skipped.items()
        }
        self._skill_facts: dict[tuple[str, ...], _SkillFacts] = {}

    def score(self, candidate: Candidate) -> tuple[tuple[float, int, str, str], _Scored]:
        """The candidate's sort key and RankedCandidate fields."""
        strengths, evidence = self.matcher.evidence(candidate)
        facts = self._skill_facts.get(matched := tuple(evidence)) or self._facts(matched)
        repos = candidate.repos
        pushes = [
            (pushed if pushed.tzinfo else pushed.replace(tzinfo=UTC), repo.name)
            for repo in repos
            if (pushed := repo.pushed_at)
        ]

        values: list[_Value] = []  # the scored factors', in WEIGHTS order
        if self.required:
            strength = sum([strengths[s] for s in facts.required])
            values.append((strength / len(self.required), facts.required_explanation))
        if self.preferred:
            strength = sum([strengths[s] for s in facts.preferred])
            values.append((strength / len(self.preferred), facts.preferred_explanation))
        values.append(self._activity(pushes))
        values.append(self._experience(candidate.created_at, pushes))
        values.append(self._community(candidate.followers, sum([repo.stars for repo in repos])))
        if self.scores_location:
            values.append(self.location.fit(candidate.location))

        breakdown: dict[str, _Factor] = {}
        total = 0.0
        for (name, weight), (value, explanation) in zip(self.scored, values, strict=True):
            contribution = int(weight * value * 100 * 100 + 0.5) / 100  # _rounded(..., 100), inlined
            total += contribution
            breakdown[name] = {
                "weight": weight,
                "value": int(value * 10_000 + 0.5) / 10_000,
                "contribution": contribution,
                "explanation": explanation,
            }
        breakdown.update(self.not_scored)
        # Rounded contributions can overshoot 100 by a few hundredths when everything is perfect.
        score = min(100.0, _rounded(total, 100))
        key = (-score, -len(matched), candidate.login.lower(), candidate.login)
        return key, {
            "candidate": candidate,
            "score": score,
            "rank": 1,  # set once sorted
            "breakdown": breakdown,
            "matched_skills": list(matched),
            "missing_skills": facts.missing,  # validation copies lists and dicts: sharing is safe
            "evidence": evidence,
        }

    def _facts(self, matched: tuple[str, ...]) -> _SkillFacts:
        required = [s for s in self.required if s in matched]
        preferred = [s for s in self.preferred if s in matched]
        facts = self._skill_facts[matched] = _SkillFacts(
            required,
            [s for s in self.required if s not in matched],
            self._explain(self.required, required, "required"),
            preferred,
            self._explain(self.preferred, preferred, "preferred"),
        )
        return facts

    @staticmethod
    def _explain(skills: list[str], matched: list[str], kind: str) -> str:
        explanation = f"{len(matched)} of {len(skills)} {kind} skills with evidence: {_join(matched)}."
        if len(matched) < len(skills):
            explanation += f" No evidence for {_join([s for s in skills if s not in matched])}."
        return explanation

    def _activity(self, pushes: list[tuple[datetime, str]]) -> _Value:
        if not pushes:
            return 0.0, "No repository pushes on record."
        last, repo = max(pushes)
        months = max(0.0, (self.now - last).days / _DAYS_PER_MONTH)
        value = 0.5 ** (max(0.0, months - ACTIVITY_GRACE_MONTHS) / ACTIVITY_HALF_LIFE_MONTHS)
        return value, f"Last push {months:.0f} months ago ({repo})."

    def _experience(self, created_at: datetime, pushes: list[tuple[datetime, str]]) -> _Value:
        age = max(0.0, (self.now - _as_utc(created_at)).days / _DAYS_PER_YEAR)
        push_years = len({pushed.year for pushed, _ in pushes})
        explanation = (
            f"Account {age:.1f} years old, pushes in {_plural(push_years, 'distinct year')}{self.years_asked}"
        )
        if self.target_years == 0:
            return 1.0, explanation
        age_part = min(1.0, age / self.target_years)
        sustained_part = min(1.0, push_years / self.sustained_years)
        return ACCOUNT_AGE_SHARE * age_part + (1 - ACCOUNT_AGE_SHARE) * sustained_part, explanation

    @staticmethod
    def _community(followers: int, stars: int) -> _Value:
        followers_part = min(1.0, math.log1p(followers) / _LOG_FOLLOWERS_FOR_FULL)
        stars_part = min(1.0, math.log1p(stars) / _LOG_STARS_FOR_FULL)
        explanation = (
            f"{_plural(followers, 'follower')} and {_plural(stars, 'star')} on top repos (log-scaled)."
        )
        return (followers_part + stars_part) / 2, explanation


def rank_candidates(
    candidates: Iterable[Candidate], requirement: JobRequirement, *, now: datetime | None = None
) -> list[RankedCandidate]:
    """Score, sort and rank candidates for a job: best first, ranks 1..n, deterministic order.

    Ties break on score, then the number of matched skills, then login (case-insensitive).
    `now` defaults to the current UTC time; tests pass a fixed one.
    """
    ranker = _Ranker(requirement, now or datetime.now(UTC))
    # Each model is validated as soon as its candidate is scored, so the plain dicts die young: less
    # for the garbage collector to scan than keeping them all until the order is known. Ranks last.
    scored = []
    for candidate in candidates:
        key, fields = ranker.score(candidate)
        scored.append((key, RankedCandidate.model_validate(fields)))
    scored.sort(key=itemgetter(0))
    ranked = []
    for rank, (_, result) in enumerate(scored, start=1):
        result.rank = rank
        ranked.append(result)
    return ranked

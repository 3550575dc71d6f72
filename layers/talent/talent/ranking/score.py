"""rank_candidates: a transparent 0-100 score per candidate, every factor shown in the breakdown.

The score is a table of factors (`FACTORS`): each row has a name, a weight, a cap, when it applies,
and how its value (0-1) and one-sentence explanation are read off the candidate. score = sum of
weight * value * 100 over the factors that apply. Adding a factor is adding a row.

Why these weights, the way a senior sourcer reads a profile:
- `core_skills` (half the score) is a gate: does the person's own work show the role's core
  languages or key technologies at all? Everyone who does scores 50 or more, everyone who does not
  scores 50 or less, so followers, stars or recency can never lift someone with no evidence for the
  core skills above someone with it.
- Within each half, fit decides: how much of their code is in the core languages (`core_language`),
  how clearly their repositories show the key technologies (`domain`), and where they live against
  the role's location policy (`location`). Recent activity follows; the other required skills and
  the preferred ones add little each (a long, noisy skill list must not decide the order);
  followers and stars (`community`, capped at 1 point) only break ties.
Factors that cannot apply (a remote-anywhere role has no location factor) give their weight to the
others of their half in proportion, so a perfect candidate still scores 100.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from types import MappingProxyType
from typing import Final

from talent.models import Candidate, JobRequirement, RankedCandidate, Repository
from talent.ranking.skills import (
    MIN_LANGUAGE_SHARE,
    TOPIC_STRENGTH,
    SkillMatcher,
    is_link_list,
    language_strength,
)
from talent.roles import Choices, RoleProfile, choices, family_topics, is_concept, role_profile

GATE_SHARE: Final = 0.10  # a core language must be 10% of someone's own code to pass the gate
RELATIVE_GATE_SHARE: Final = 0.20  # a close relative must be 20%
RELATIVE_CREDIT: Final = 0.6  # a close relative's share counts this much of a core language's
FAMILY_CREDIT: Final = 0.6  # the family's other technologies (STM32 for an RTOS role) count this much
FAMILY_TOPIC_STRENGTH: Final = 0.5
KIN_CITED: Final = 3  # of those, named in the domain explanation
SKILL_LIST_CAP: Final = 5  # other/preferred skills: a fraction of at most this many, however long the list
ACTIVE_MONTHS: Final = 12  # a push within a year: active
QUIET_MONTHS: Final = 24
DORMANT_MONTHS: Final = 36
# No push to their own repositories for this long: the public work says little about them now. Capped
# like someone outside the role's area (OUTSIDE_AREA_CAP): listed, below everyone active who passes the gate.
ABANDONED_MONTHS: Final = 60
FOLLOWERS_FOR_FULL: Final = 1_000
STARS_FOR_FULL: Final = 1_000
# Someone whose public location is outside the role's area (a region-limited remote role, an onsite city
# with no relocation) scores at most this: below everyone in the area who passes the core gate (>= 50).
OUTSIDE_AREA_CAP: Final = 49.0
MAX_SHOWN_REPOS: Final = 10  # repositories kept on a ranked candidate beyond its evidence: the most starred
_DAYS_PER_MONTH: Final = 30.44

type Value = tuple[float, str]


@dataclass(slots=True)
class _Context:
    """One candidate as the factors read them."""

    candidate: Candidate
    role: RoleProfile
    required: list[str]
    preferred: list[str]
    strengths: dict[str, float]
    evidence: dict[str, tuple[str, ...]]
    now: datetime
    family_topics: frozenset[str] = frozenset()  # topics of the role family's technologies
    choices: Choices = MappingProxyType({})  # each member of a choice the posting offers -> its group

    def units(self, skills: Iterable[str]) -> list[tuple[str, ...]]:
        """`skills` as requirements: a choice ("Django, Flask or FastAPI") is one, met by any member."""
        units: dict[tuple[str, ...], None] = {}
        listed = list(skills)
        for skill in listed:
            units[tuple(s for s in self.choices.get(skill, (skill,)) if s in listed)] = None
        return list(units)

    def strength(self, unit: tuple[str, ...]) -> float:
        return max(self.strengths.get(s, 0.0) for s in unit)


def _named(unit: tuple[str, ...]) -> str:
    """ "Django", "Flask or FastAPI", "Django, Flask or FastAPI"."""
    return unit[0] if len(unit) == 1 else f"{', '.join(unit[:-1])} or {unit[-1]}"


@dataclass(frozen=True, slots=True)
class Factor:
    """One row of the score table."""

    name: str
    weight: float  # of the whole score; see the module docstring for how weights are shared out
    cap: str  # what the factor can add at most, in words, for the documentation
    applies: Callable[[RoleProfile, JobRequirement], str | None]  # None, or why it is not scored
    value: Callable[[_Context], Value]
    gate: bool = False  # the core-skills gate keeps its weight; the others share what is left


def _share_text(language: str, share: float, repos: int) -> str:
    counted = f"{repos} repositor{'y' if repos == 1 else 'ies'}"
    return f"{language} is {round(share * 100)}% of their own code ({counted})"


def _repo_count(candidate: Candidate, language: str) -> int:
    return sum(1 for repo in candidate.repos if repo.primary_language == language)


def _core_skills(ctx: _Context) -> Value:
    shown = []
    shares = ctx.candidate.language_share
    for language in ctx.role.accepted:
        if shares.get(language, 0.0) >= GATE_SHARE:
            shown.append(f"{language} ({round(shares[language] * 100)}% of own code)")
    for language in ctx.role.relatives:
        if shares.get(language, 0.0) >= RELATIVE_GATE_SHARE:
            shown.append(f"{language}, a close relative ({round(shares[language] * 100)}%)")
    for technology in ctx.role.gate_technologies:
        if (
            ctx.strengths.get(technology, 0.0) >= TOPIC_STRENGTH - 1e-9
            or len(ctx.evidence.get(technology, ())) >= 2
        ):
            shown.append(f"{technology} ({', '.join(ctx.evidence[technology][:2])})")
    if not shown:
        return 0.0, _no_core_evidence(ctx.role, ctx.evidence)
    return 1.0, f"Their own work shows the role's core skills: {'; '.join(shown)}."


def _no_core_evidence(role: RoleProfile, evidence: Mapping[str, Sequence[str]]) -> str:
    """Why the gate is not passed, by what it measures: a repository may still show a core language or
    technology (then listed among the matched skills) without meeting the gate."""
    parts = []
    share = f"{round(GATE_SHARE * 100)}% of their own code"
    if len(role.accepted) == 1:
        parts.append(f"{role.accepted[0]} is under {share}")
    elif role.accepted:
        parts.append(f"none of {_named(role.accepted)} is {share}")
    if role.gate_technologies:
        # "Tokio only in tokio-engine": one repository naming it, not the tag or the two the gate needs
        weak = [f"{t} only in {evidence[t][0]}" for t in role.gate_technologies if evidence.get(t)]
        tagged = f"no repository of theirs is tagged with {_named(role.gate_technologies)}"
        parts.append(f"{tagged}, nor do two of them name it" + (f" ({'; '.join(weak)})" if weak else ""))
    return f"Not enough evidence for the role's core skills: {' and '.join(parts)}."


def _core_language(ctx: _Context) -> Value:
    candidate = ctx.candidate
    options = [(lang, 1.0) for lang in ctx.role.accepted] + [(r, RELATIVE_CREDIT) for r in ctx.role.relatives]
    best = max(options, key=lambda o: language_strength(candidate.language_share.get(o[0], 0.0)) * o[1])
    language, credit = best
    share = candidate.language_share.get(language, 0.0)
    value = language_strength(share) * credit
    if not value:
        accepted, limit = ctx.role.accepted, f"over {round(MIN_LANGUAGE_SHARE * 100)}% of their own code"
        if len(accepted) == 1:
            return 0.0, f"{accepted[0]} is not {limit}."
        return 0.0, f"None of {', '.join(accepted)} is {limit}."
    text = _share_text(language, share, _repo_count(candidate, language))
    if credit < 1:
        return (
            value,
            f"{text}, a close relative of {ctx.role.languages[0]} (counted at {round(credit * 100)}%).",
        )
    return value, f"{text}."


def _kin(ctx: _Context) -> list[Repository]:
    """Own repositories tagged with a technology of the role's family (STM32 and FreeRTOS for an
    embedded role, whatever exact technologies it names), but not lists of links to others' work."""
    return [
        r for r in ctx.candidate.repos if ctx.family_topics.intersection(r.topics) and not is_link_list(r)
    ]


def _kin_value(kin: list[Repository]) -> float:
    return FAMILY_CREDIT * (1 - (1 - FAMILY_TOPIC_STRENGTH) ** len(kin))


def _domain(ctx: _Context) -> Value:
    value, parts = 0.0, []
    if ctx.role.technologies:
        units = ctx.units(ctx.role.technologies)
        strengths = [ctx.strength(unit) for unit in units]
        value = 0.6 * max(strengths) + 0.4 * sum(strengths) / len(strengths)
        for unit in units:
            shown = [t for t in unit if ctx.evidence.get(t)]
            parts += [f"{t}: {', '.join(ctx.evidence[t][:3])}" for t in shown[:1]]
            parts += [] if shown else [f"no own repository shows {_named(unit)}"]
    kin = _kin(ctx)
    if _kin_value(kin) > value:
        topics = sorted({t for r in kin for t in r.topics if t in ctx.family_topics})[:4]
        names = ", ".join(r.name for r in kin[:KIN_CITED])
        parts.append(f"{ctx.role.family.name} work in {names} (topics {', '.join(topics)})")
        value = _kin_value(kin)
    elif not parts:
        parts.append(f"no own repository shows {ctx.role.family.name} work")
    return value, "; ".join(parts) + "."


def _location(ctx: _Context) -> Value:
    fit = ctx.role.policy.fit(ctx.candidate.location, ctx.candidate.bio)
    return fit.value, fit.explanation


def _last_push(candidate: Candidate) -> tuple[datetime, str] | None:
    pushes = [(_utc(r.pushed_at), r.name) for r in candidate.repos if r.pushed_at]
    return max(pushes) if pushes else None


def _months_since_push(candidate: Candidate, now: datetime) -> tuple[float, str] | None:
    """Months since their last push to an own repository, and that repository; None with no push dates."""
    last = _last_push(candidate)
    return None if last is None else (max(0.0, (now - last[0]).days / _DAYS_PER_MONTH), last[1])


def _activity(ctx: _Context) -> Value:
    since = _months_since_push(ctx.candidate, ctx.now)
    if since is None:
        return 0.0, "No pushes to their own repositories on record."
    months, repo = since
    if months <= ACTIVE_MONTHS:
        value = 1.0
    elif months <= QUIET_MONTHS:
        value = 0.6
    else:
        value = 0.2 if months <= DORMANT_MONTHS else 0.05
    return value, f"Last push to their own repositories {_months_ago(months)} ({repo})."


def _months_ago(months: float) -> str:
    """ "this month", "1 month ago", "13 months ago" (rounded to whole months)."""
    whole = round(months)
    return "this month" if whole == 0 else f"{whole} month{'' if whole == 1 else 's'} ago"


def _fraction(ctx: _Context, skills: list[str], kind: str) -> Value:
    """The share of `skills` (a choice counted once, by its best member) the candidate's work shows."""
    units = ctx.units(skills)
    shown = [unit for unit in units if ctx.strength(unit)]
    value = min(1.0, sum(ctx.strength(unit) for unit in shown) / min(len(units), SKILL_LIST_CAP))
    names = [next(s for s in unit if ctx.strengths.get(s)) for unit in shown]
    text = f"{len(shown)} of {len(units)} {kind} skills with evidence: {', '.join(names) or 'none'}."
    missing = [_named(unit) for unit in units if unit not in shown]
    if missing:
        more = " and more" if len(missing) > SKILL_LIST_CAP else ""
        text += f" No evidence for {', '.join(missing[:SKILL_LIST_CAP])}{more}."
    return value, text


def _other_skills(ctx: _Context) -> Value:
    return _fraction(ctx, _others(ctx.role, ctx.required), "other required")


def _preferred(ctx: _Context) -> Value:
    return _fraction(ctx, ctx.preferred, "preferred")


def _community(ctx: _Context) -> Value:
    candidate = ctx.candidate
    stars = sum(repo.stars for repo in candidate.repos)
    followers_part = min(1.0, math.log1p(candidate.followers) / math.log1p(FOLLOWERS_FOR_FULL))
    stars_part = min(1.0, math.log1p(stars) / math.log1p(STARS_FOR_FULL))
    return (followers_part + stars_part) / 2, (
        f"{candidate.followers} followers and {stars} stars on own repositories (log-scaled, ties only)."
    )


def _others(role: RoleProfile, required: list[str]) -> list[str]:
    core = {*role.core, *role.languages}
    return [s for s in required if s not in core and s not in role.technologies]


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# Every GitHub account shows these and none more than another: "No evidence for Git" beside every
# candidate (a new user's finding) says nothing, so they are neither matched nor missing.
ON_EVERY_ACCOUNT: Final = frozenset({"git", "github"})


def _tells(skill: str) -> bool:
    """Whether a skill can tell candidates apart: not a concept, not what every account shows."""
    return not is_concept(skill) and skill.lower() not in ON_EVERY_ACCOUNT


def _needs_core(role: RoleProfile, _requirement: JobRequirement) -> str | None:
    return None if role.core else "Not scored: the job names no core language or technology."


def _needs_language(role: RoleProfile, _requirement: JobRequirement) -> str | None:
    return None if role.languages else "Not scored: the job names no language."


def _needs_technology(role: RoleProfile, _requirement: JobRequirement) -> str | None:
    if role.technologies or role.family.led_by == "technology":  # its family's work still shows
        return None
    return "Not scored: the job names no key technology."


def _needs_policy(role: RoleProfile, _requirement: JobRequirement) -> str | None:
    return None if role.policy.scored else f"Not scored: {role.policy.unscored_reason}."


def _needs_others(role: RoleProfile, requirement: JobRequirement) -> str | None:
    required = [s for s in requirement.required_skills if _tells(s)]
    return None if _others(role, required) else "Not scored: no other required skills."


def _needs_preferred(_role: RoleProfile, requirement: JobRequirement) -> str | None:
    required = set(requirement.required_skills)  # a skill named both ways is required (the guide)
    preferred = [s for s in requirement.preferred_skills if _tells(s) and s not in required]
    return None if preferred else "Not scored: the job lists no preferred skills."


def _always(_role: RoleProfile, _requirement: JobRequirement) -> str | None:
    return None


FACTORS: Final = (
    Factor(
        "core_skills", 0.50, "50 points: shows the core skills at all", _needs_core, _core_skills, gate=True
    ),
    Factor(
        "core_language",
        0.15,
        "15 points: 40%+ of own code in a core language",
        _needs_language,
        _core_language,
    ),
    Factor(
        "domain",
        0.13,
        "13 points: own repositories tagged with every key technology",
        _needs_technology,
        _domain,
    ),
    Factor("location", 0.10, "10 points: lives where the location policy allows", _needs_policy, _location),
    Factor("activity", 0.07, "7 points: a push within the last year", _always, _activity),
    Factor(
        "other_skills", 0.03, "3 points: evidence for 5 other required skills", _needs_others, _other_skills
    ),
    Factor(
        "preferred_skills", 0.01, "1 point: evidence for 5 preferred skills", _needs_preferred, _preferred
    ),
    Factor("community", 0.01, "1 point: 1,000 followers and stars, log-scaled", _always, _community),
)
WEIGHTS: Final = MappingProxyType({factor.name: factor.weight for factor in FACTORS})
# A technology-led role (DevOps, data, ML, embedded: talent.roles.FAMILIES) is defined by what it
# runs more than by the language it is scripted in: the domain weighs more than the language.
TECHNOLOGY_LED: Final = MappingProxyType(
    {"core_language": WEIGHTS["domain"], "domain": WEIGHTS["core_language"]}
)
# An onsite or hybrid role in a city: someone who lives far away is a marginal fit however good their
# work (bench/shortlist/RUBRIC.md grades them below an unknown location), so where they live weighs
# more than the core language: 19 of the 50 points after sharing, not 10.
CITY_LOCATION_WEIGHT: Final = 0.25


def _weight(factor: Factor, role: RoleProfile) -> float:
    if factor.name == "location" and role.policy.kind == "city":
        return CITY_LOCATION_WEIGHT
    if role.family.led_by == "technology":
        return TECHNOLOGY_LED.get(factor.name, factor.weight)
    return factor.weight


@dataclass(frozen=True, slots=True)
class _Scored:
    factor: Factor
    weight: float  # after sharing out the weight of the factors that do not apply


def _shared_weights(active: list[Factor], role: RoleProfile) -> list[_Scored]:
    """The applicable factors with their weights: the gate keeps its own, the others share the rest in
    proportion, so the weights sum to 1."""
    base = {f.name: _weight(f, role) for f in active}
    gate = sum(base[f.name] for f in active if f.gate)
    rest = sum(base[f.name] for f in active if not f.gate)
    return [_Scored(f, base[f.name] if f.gate else base[f.name] * (1 - gate) / rest) for f in active]


class _Ranker:
    """Everything that depends only on the requirement, computed once for all candidates."""

    def __init__(self, requirement: JobRequirement, now: datetime) -> None:
        self.now = _utc(now)
        self.requirement = requirement
        self.role = role_profile(requirement)
        self.family_topics = family_topics(self.role)
        self.required = [s for s in dict.fromkeys(requirement.required_skills) if _tells(s)]
        preferred = dict.fromkeys(requirement.preferred_skills)
        self.preferred = [s for s in preferred if s not in self.required and _tells(s)]
        self.matcher = SkillMatcher([*self.required, *self.preferred, *self.role.technologies])
        self.choices = choices(requirement)
        skipped = {f.name: reason for f in FACTORS if (reason := f.applies(self.role, requirement))}
        self.scored = _shared_weights([f for f in FACTORS if f.name not in skipped], self.role)
        self.scored_names = {scored.factor.name for scored in self.scored}
        self.not_scored = {
            name: {"weight": 0.0, "value": 0.0, "contribution": 0.0, "explanation": reason}
            for name, reason in skipped.items()
        }

    def score(self, candidate: Candidate) -> tuple[tuple[float, float, int, str], dict[str, object]]:
        strengths, evidence = self.matcher.evidence(candidate)
        ctx = _Context(
            candidate,
            self.role,
            self.required,
            self.preferred,
            strengths,
            evidence,
            self.now,
            self.family_topics,
            self.choices,
        )
        breakdown: dict[str, object] = {}
        total = 0.0
        core_value = None  # the gate's value, when it is scored
        for scored in self.scored:
            value, explanation = scored.factor.value(ctx)
            core_value = value if scored.factor.gate else core_value
            contribution = round(scored.weight * value * 100, 2)
            total += contribution
            breakdown[scored.factor.name] = {
                "weight": round(scored.weight, 4),
                "value": round(value, 4),
                "contribution": contribution,
                "explanation": explanation,
            }
        # the gate is scored and not passed: listed, but no evidence to write a draft from
        no_core = core_value == 0.0
        breakdown.update(self.not_scored)
        score = min(100.0, round(total, 2))
        outside = (
            "location" in self.scored_names
            and self.role.policy.fit(candidate.location, candidate.bio).outside
        )
        abandoned = _abandoned(breakdown, candidate, self.now)
        if outside:
            _note_outside(breakdown)
        if outside or abandoned:
            score = min(score, OUTSIDE_AREA_CAP)
        matched = [s for s in (*self.required, *self.preferred) if s in evidence]
        fields = {
            "candidate": _shown(ctx),
            "score": score,
            "rank": 1,  # set once sorted
            "breakdown": breakdown,
            "matched_skills": matched,
            "missing_skills": [
                s for s in self.required if not any(c in evidence for c in self.choices.get(s, (s,)))
            ],
            "evidence": {s: list(evidence[s]) for s in matched},
            "outside_area": outside,
            "screened_out": _screened_out(
                no_core=no_core,
                no_skill=bool(self.required) and not matched,
                outside=outside,
                abandoned=abandoned,
            ),
        }
        # Ties (capped people all score 49) break on the uncapped total, then the matched skills and login
        return (-score, -round(total, 2), -len(matched), candidate.login.lower()), fields


def _screened_out(*, no_core: bool, no_skill: bool, outside: bool, abandoned: bool) -> str | None:
    """Why no draft is written for this candidate (`RankedCandidate.screened_out`), or None. Passing the
    gate on a language alone (JavaScript for a React Native role) with none of the posting's skills
    shown leaves a draft nothing true and specific to say: a trial's such drafts read as a mass mailing."""
    reasons = [
        "their own work does not show the role's core skills" if no_core else "",
        "past the core-skills gate on a language alone, their own work shows none of the posting's skills"
        if no_skill and not no_core
        else "",
        "they live outside the role's area" if outside else "",
        f"no push to their own repositories for over {ABANDONED_MONTHS // 12} years" if abandoned else "",
    ]
    shown = "; ".join(reason for reason in reasons if reason)
    return f"{shown[0].upper()}{shown[1:]}." if shown else None


def _abandoned(breakdown: dict[str, object], candidate: Candidate, now: datetime) -> bool:
    """Whether their last push is over ABANDONED_MONTHS old; the activity explanation then says so."""
    since = _months_since_push(candidate, now)
    if since is None or since[0] <= ABANDONED_MONTHS:
        return False
    activity = breakdown["activity"]
    assert isinstance(activity, dict)
    activity["explanation"] += (
        f" No push for over {ABANDONED_MONTHS // 12} years: the score is at most {OUTSIDE_AREA_CAP:g}."
    )
    return True


def _note_outside(breakdown: dict[str, object]) -> None:
    """The location explanation says what living outside the role's area does to the score and draft."""
    location = breakdown["location"]
    assert isinstance(location, dict)
    location["explanation"] += (
        f" Outside the role's area: the score is at most {OUTSIDE_AREA_CAP:g} and no draft is written."
    )


def _shown(ctx: _Context) -> Candidate:
    """The candidate with the repositories a recruiter needs: every one cited as evidence (a draft may
    cite any of them) or in an explanation (the family's work, the last push), then the most starred up
    to MAX_SHOWN_REPOS in all."""
    candidate = ctx.candidate
    cited_names = {item for items in ctx.evidence.values() for item in items}
    cited_names.update(r.name for r in _kin(ctx)[:KIN_CITED])
    if last := _last_push(candidate):
        cited_names.add(last[1])
    cited = [r for r in candidate.repos if r.name in cited_names]
    others = [r for r in candidate.repos if r.name not in cited_names]
    starred = sorted(others, key=lambda r: (-r.stars, r.name))[: max(0, MAX_SHOWN_REPOS - len(cited))]
    kept: list[Repository] = [*sorted(cited, key=lambda r: (-r.stars, r.name)), *starred]
    return candidate.model_copy(update={"repos": kept})


def rank_candidates(
    candidates: Iterable[Candidate],
    requirement: JobRequirement,
    *,
    now: datetime | None = None,
    limit: int | None = None,
) -> list[RankedCandidate]:
    """Score, sort and rank candidates for a job: best first, ranks 1..n, deterministic order.

    Ties break on the number of matched skills, then login (case-insensitive). `limit` keeps the best
    n (the search enriches a larger pool than the recruiter asked for). `now` defaults to the current
    UTC time; tests pass a fixed one. A ranked candidate keeps every repository cited as evidence
    (at most MAX_EVIDENCE_ITEMS per matched skill), then the most starred up to 10 in all; language
    shares still cover every repository read.
    """
    ranker = _Ranker(requirement, now or datetime.now(UTC))
    scored = [ranker.score(candidate) for candidate in candidates]
    scored.sort(key=itemgetter(0))
    return [
        RankedCandidate.model_validate({**fields, "rank": rank})
        for rank, (_, fields) in enumerate(scored[:limit] if limit else scored, start=1)
    ]

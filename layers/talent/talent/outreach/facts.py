"""The facts an outreach draft may state, gathered from the ranked candidate and the job, and nothing else.

Both the Jinja templates and the Bedrock prompt are built from `OutreachFacts`, so neither can cite a
repository, language or skill that the ranking did not show as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, cast

from talent.geo.places import resolve, without_country_code
from talent.geo.policy import LocationPolicy, location_policy, us_states
from talent.jd.taxonomy import get_skill
from talent.models import DraftLanguage, JobRequirement, RankedCandidate, Seniority
from talent.outreach.wording import WORDING, area_name
from talent.ranking import parse_language_evidence

MAX_CITATIONS: Final = 2
MAX_LISTED_SKILLS: Final = 6  # per list: keeps the body inside its word budget however long the job is
MAX_LISTED_LOCATIONS: Final = 3
# A language under this share of someone's public code is no reason to write ("What caught my attention
# was your Go code (8% …)" read as a bot's pick); it still shows the skill in the ranking.
MIN_CITED_SHARE: Final = 30

# The English drafts' fixed lines (talent.outreach.wording has every language's).
SOURCE_LINE: Final = WORDING["en"].source_line
OPT_OUT_LINE: Final = WORDING["en"].opt_out_line
SIGN_OFF: Final = WORDING["en"].sign_off

_LETTERS = re.compile(r"[^\W\d_]")
_HANDLE = re.compile(r"@([\w.-]+)")


@dataclass(frozen=True, slots=True)
class Citation:
    """One piece of evidence the message cites: a repository or a language share."""

    evidence: str  # the evidence string exactly as ranking produced it
    skills: tuple[str, ...]  # the job's skills this evidence shows
    repo: str | None = None
    language: str | None = None
    percent: int | None = None


MoveSupport = Literal["relocation", "visa", "relocation and visa"]


@dataclass(frozen=True, slots=True)
class OutreachFacts:
    login: str
    draft_language: DraftLanguage  # the posting's language (JobRequirement.language), else English
    first_name: str | None  # None: greeted without a name
    title: str
    seniority: Seniority | None  # None when absent or already named by the title
    remote: str | None
    locations: tuple[str, ...]
    # where a remote role is limited to ("Remote (US only)"), every place of it; () for offices named beside
    # a remote-anywhere role
    remote_within: tuple[str, ...]
    # what an onsite or hybrid role offers someone moving there: help with moving, a visa, or both
    relocation: MoveSupport | None
    # the register asked for (JobRequirement.informal): True German du, False Spanish usted, None (or any
    # other language) the language's usual one (talent.outreach.wording.wording_for)
    informal: bool | None
    required_skills: tuple[str, ...]  # the job's required skills the candidate shows evidence for
    preferred_skills: tuple[str, ...]  # the same for the preferred ones
    citations: tuple[Citation, ...]
    # Names from the candidate's data that the message must not mention: repos and languages that are
    # not cited and not asked for, and @-handles from the bio (usually employers).
    off_limits: frozenset[str]

    @property
    def evidence_used(self) -> list[str]:
        return [c.evidence for c in self.citations]


MAX_REMEMBERED_AREAS: Final = 64  # roles' place lists `_outermost` keeps resolved


def _remote_area(
    requirement: JobRequirement, policy: LocationPolicy, language: DraftLanguage
) -> tuple[str, ...]:
    """Where a region-limited remote role may be done, all of it (a shortened list would state a limit the
    posting does not): the US (named in `language`) for a run of states."""
    if policy.kind != "region":
        return ()
    states = us_states(requirement.locations)
    others = _outermost(tuple(place for place in requirement.locations if place not in states))
    named = tuple(area_name(language, place) for place in others)
    return (WORDING[language].the_us, *named) if states else named


@lru_cache(maxsize=MAX_REMEMBERED_AREAS)
def _outermost(places: tuple[str, ...]) -> tuple[str, ...]:
    """The places but those inside another of them: "New York, NY" beside "US" is the US's (a trial's
    drafts had said "fully remote within New York, NY or the US"). Remembered: a run drafts every
    candidate for the same role's places."""
    resolved = {place: resolve(place) for place in places}
    countries = {found.country for found in resolved.values() if found and not (found.city or found.region)}
    return tuple(
        place
        for place, found in resolved.items()
        if not (found and (found.city or found.region) and found.country in countries)
    )


def _titled_level(title: str) -> bool:
    """Whether the title names a level, in any language: "Senior Go Engineer", "Développeur Java sénior",
    "Desarrollador Backend Sr.", "Ingénieur·e DevOps confirmé·e". The draft then names no other: a
    corrected level beside "Senior …" would contradict the title."""
    from talent.jd.experience import title_seniority  # only for a requirement that has a level

    return title_seniority(title) is not None


# Words before a name that are no first name: "Herr Müller" is greeted so, "Dr. Anna Schmidt" as Anna.
_HONORIFICS: Final = frozenset(
    {
        "herr",
        "frau",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sr",
        "sra",
        "srta",
        "m",
        "mme",
        "mlle",
        "don",
        "doña",
    }
)


def first_name(name: str | None) -> str | None:
    """The first word of the display name when it looks like a name ("MARIA" written "Maria"), after an
    honorific ("Dr. Anna Schmidt": Anna; "Herr Müller" stays whole), else None: the draft greets without
    a name (a login read as one, "Hallo java-anon,", struck two readers as a bot's)."""
    words = (name or "").split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    if len(words) == 2 and words[0].lower().rstrip(".") in _HONORIFICS:
        return " ".join(words)
    first = words[0] if words else ""
    if not _LETTERS.search(first) or first.endswith("."):
        return None
    return first.capitalize() if first.isupper() and len(first) > 1 else first


def _citable(item: str) -> bool:
    """A repository, or a language of at least MIN_CITED_SHARE percent of the person's public code."""
    language = parse_language_evidence(item)
    return language is None or language[1] >= MIN_CITED_SHARE


# Practice and configuration repositories: no hook for a message to someone's work (two trials' drafts
# opened with "your leetcode-python repository", 0 stars, beside projects with a hundred)
_PRACTICE: Final = re.compile(
    r"leetcode|hackerrank|codewars|exercism|exercises?\b|kata|homework|tutorial|practice|advent.?of.?code"
    r"|dotfiles|playground|sandbox|scratch",
    re.IGNORECASE,
)


def _citations(ranked: RankedCandidate, skills: list[str]) -> tuple[Citation, ...]:
    """Up to MAX_CITATIONS evidence items, greedily covering the most not-yet-cited skills.

    Anything wins ties over a practice or configuration repository (`_PRACTICE`), repositories over
    language shares (a named project is more specific and easier to check), then the one more people
    starred.
    """
    shows: dict[str, list[str]] = {}  # evidence item -> skills it shows, in skill order
    for skill in skills:
        for item in ranked.evidence.get(skill, []):
            if _citable(item):
                shows.setdefault(item, []).append(skill)
    stars = {repo.name: repo.stars for repo in ranked.candidate.repos}
    chosen: list[Citation] = []
    covered: set[str] = set()
    for _ in range(MAX_CITATIONS):
        best = max(
            shows.items(),
            key=lambda entry: (
                len(set(entry[1]) - covered),
                not _PRACTICE.search(entry[0]),
                parse_language_evidence(entry[0]) is None,
                stars.get(entry[0], 0),
            ),
            default=None,
        )
        if best is None or not set(best[1]) - covered:
            break
        item, item_skills = best
        del shows[item]
        covered.update(item_skills)
        language = parse_language_evidence(item)
        if language:
            chosen.append(Citation(item, tuple(item_skills), language=language[0], percent=language[1]))
        else:
            chosen.append(Citation(item, tuple(item_skills), repo=item))
    return tuple(chosen)


def _allowed_names(requirement: JobRequirement, citations: tuple[Citation, ...]) -> set[str]:
    allowed = {*requirement.required_skills, *requirement.preferred_skills}
    for skill in list(allowed):
        known = get_skill(skill)
        if known and known.linguist:
            allowed.add(known.linguist)
    for citation in citations:
        allowed.update(name for name in (citation.repo, citation.language) if name)
    return {name.lower() for name in allowed}


def _relocation_offered(
    requirement: JobRequirement, policy: LocationPolicy, location: str | None
) -> MoveSupport | None:
    """What an onsite or hybrid role offers someone living at `location` to move there (nobody moves
    for a remote one): "relocation", "visa" or "relocation and visa", as the posting offers them (a
    trial's drafts promised a visa for postings that offered only help with moving). An offer limited to
    an area ("moving from elsewhere in the EU") is not made to people outside it, nor to people whose
    location is unknown."""
    offered = [
        name
        for name, value in (("relocation", requirement.relocation), ("visa", requirement.visa_sponsorship))
        if value is True
    ]
    if not offered or requirement.remote == "remote":
        return None
    if not policy.offers_relocation_to(resolve(location)):
        return None
    return cast(MoveSupport, " and ".join(offered))


def build_facts(ranked: RankedCandidate, requirement: JobRequirement) -> OutreachFacts:
    candidate = ranked.candidate
    policy = location_policy(requirement)  # once per draft: the remote area and the relocation offer
    required = [s for s in requirement.required_skills if s]
    preferred = [s for s in requirement.preferred_skills if s and s not in required]
    # The job's own skills first; evidence for other skills (ranked against an older version of the job)
    # is still true of the candidate, so it may be cited after them.
    citations = _citations(ranked, list(dict.fromkeys([*required, *preferred, *ranked.evidence])))
    seniority = requirement.seniority
    if seniority and _titled_level(requirement.title):
        seniority = None

    allowed = _allowed_names(requirement, citations)
    mentioned = {
        *(r.name for r in candidate.repos),
        *(r.primary_language for r in candidate.repos if r.primary_language),
        *candidate.language_share,
        *_HANDLE.findall(candidate.bio or ""),
    }
    language = requirement.language or "en"
    return OutreachFacts(
        login=candidate.login,
        draft_language=language,
        first_name=first_name(candidate.name),
        title=requirement.title.strip(),
        seniority=seniority,
        remote=requirement.remote,
        locations=tuple(map(without_country_code, requirement.locations[:MAX_LISTED_LOCATIONS])),
        remote_within=_remote_area(requirement, policy, language),
        relocation=_relocation_offered(requirement, policy, candidate.location),
        informal=requirement.informal,
        # Only skills the candidate's own work shows: a draft never tells someone they have a skill
        # nothing on their profile supports.
        required_skills=tuple([s for s in required if s in ranked.evidence][:MAX_LISTED_SKILLS]),
        preferred_skills=tuple([s for s in preferred if s in ranked.evidence][:MAX_LISTED_SKILLS]),
        citations=citations,
        off_limits=frozenset(name for name in mentioned if name.lower() not in allowed),
    )

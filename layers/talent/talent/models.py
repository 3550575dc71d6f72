"""Pydantic contracts passed between the pipeline stages and returned by the API.

Every stage validates its input with these models, so a stage's output must validate as the next
stage's input (see tests/unit/test_contracts.py).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    StringConstraints,
    field_validator,
)

Seniority = Literal["intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager"]
RemotePolicy = Literal["remote", "hybrid", "onsite"]
# The languages outreach drafts are written in (ISO 639-1), parse_jd's four.
DraftLanguage = Literal["en", "de", "fr", "es"]


class Contract(BaseModel):
    """Base for all boundary models: unknown fields are errors, so contract drift fails loudly.

    defer_build: a model's validator is built when it is first used, not when its module is imported,
    so a cold start pays only for the models its request needs (a handler module imports many).
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)


class SearchHints(Contract):
    """What search_github should ask GitHub for, derived from the skills."""

    languages: list[str] = Field(default_factory=list, description="GitHub linguist language names")
    topics: list[str] = Field(default_factory=list, description="GitHub repository topics")


class TimeZoneBand(Contract):
    """The UTC offsets a hire must work within ("European time zones", "UTC-5 to UTC+1")."""

    earliest: float = Field(ge=-12, le=14, description="Hours east of UTC (standard time), inclusive")
    latest: float = Field(ge=-12, le=14, description="Hours east of UTC (standard time), inclusive")


class JobRequirement(Contract):
    title: str = Field(description="Job title as written in the posting")
    seniority: Seniority | None = None
    min_years: int | None = Field(default=None, ge=0, le=50)
    required_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    preferred_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    alternatives: list[list[str]] = Field(
        default_factory=list,
        description="Groups of required skills the posting offers as a choice ('Django, Flask or FastAPI'): "
        "any one of a group meets that requirement. Every member is also in required_skills",
    )
    locations: list[str] = Field(default_factory=list)
    remote: RemotePolicy | None = None
    utc_band: TimeZoneBand | None = Field(
        default=None, description="The time zones the hire must work within, when the posting names them"
    )
    relocation: bool | None = Field(
        default=None,
        description="Help with moving (relocation) offered (true), ruled out (false), or not mentioned",
    )
    visa_sponsorship: bool | None = Field(
        default=None, description="Visa sponsorship offered (true), ruled out (false), or not mentioned"
    )
    relocation_from: list[str] = Field(
        default_factory=list,
        description="The countries or regions an offered relocation or visa is limited to, as the posting "
        "names them ('moving from elsewhere in the EU': ['EU']); empty: anyone may take it",
    )
    language: DraftLanguage | None = Field(
        default=None,
        description="The language the posting is written in (ISO 639-1), and so its drafts; null: another "
        "language, drafted in English",
    )
    informal: bool | None = Field(
        default=None,
        description="The register the drafts address the reader in: true informal (German du, Spanish tú), "
        "false formal (German Sie, Spanish usted), null the language's usual one (German Sie, Spanish tú). "
        "Read from the posting: true for German that says du more than Sie (else false), false for Spanish "
        "that says usted more than tú (else null). French drafts say vous and English ones have one "
        "register, whatever it says",
    )
    search: SearchHints = Field(default_factory=SearchHints)


# What a recruiter may set in a run request instead of what parse_jd reads (`RequirementOverride`).
MAX_SET_SKILLS: Final = 30
MAX_SET_LOCATIONS: Final = 10
# Control characters (C0, DEL, C1), zero-width and text-direction marks, line and paragraph separators:
# a name or a title is one line of printed text (the API's other free-text fields refuse the same).
_UNPRINTED: Final = (
    "\x00-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\U000e0000-\U000e007f"
)
_UNPRINTED_CHARACTER: Final = re.compile(f"[{_UNPRINTED}]")
NOT_ONE_LINE: Final = (
    "must be one line of printed text with a letter or digit: no line break, control, zero-width or "
    "text-direction character"
)


def _one_line(value: str) -> str:
    if _UNPRINTED_CHARACTER.search(value) or not any(c.isalnum() for c in value):
        raise ValueError(NOT_ONE_LINE)
    return value


def _one_skill(value: str) -> str:
    """A list of names in one item ("Java, Spring Boot, Kafka") would be searched as one odd name."""
    if "," in value or ";" in value:
        raise ValueError('one skill per item: send ["Java", "Spring Boot"], not ["Java, Spring Boot"]')
    return value


# Documented in the schema; `_one_line` checks it, with a message people read.
_PRINTED_PATTERN: Final = {"pattern": f"^[^{_UNPRINTED}]+$"}
_ONE_LINE_CHECK: Final = AfterValidator(_one_line)
SkillName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=60),
    _ONE_LINE_CHECK,
    AfterValidator(_one_skill),
    Field(json_schema_extra=_PRINTED_PATTERN),
]
PlaceName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    _ONE_LINE_CHECK,
    Field(json_schema_extra=_PRINTED_PATTERN),
]
RoleTitle = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), _ONE_LINE_CHECK
]


def _printed_title(schema: dict[str, Any]) -> None:
    """The title's schema: the printed-text pattern, and no default (its "" is never sent)."""
    schema.update(_PRINTED_PATTERN)
    schema.pop("default", None)


class SetTimeZoneBand(TimeZoneBand):
    """A time-zone band as a request sends it: JSON numbers only (not `true` or "1"), earliest first."""

    earliest: float = Field(ge=-12, le=14, strict=True, description="Hours east of UTC, inclusive")
    latest: float = Field(ge=-12, le=14, strict=True, description="Hours east of UTC, inclusive")


class RequirementOverride(Contract):
    """Fields of the JobRequirement a recruiter sets in `POST /pipeline/run` or `POST /jd/parse`
    (`requirement`): each field sent replaces what parse_jd reads from the posting, the others are
    parsed (talent.jd.override). `null` clears seniority, min_years, remote, utc_band, relocation,
    visa_sponsorship, language or informal (no other field takes null); `[]` clears a list (`"locations": []`:
    anywhere). Skill names are read as parse_jd writes them ("k8s" is Kubernetes); a name the
    vocabulary lacks is kept as sent. What counts as set is what the request sent (`model_fields_set`;
    serialised so, `sent`): `{}` changes nothing.
    Limits:
    MAX_SET_SKILLS names per skill list (60 characters each), MAX_SET_LOCATIONS places (100 characters
    each), a title of 200; every value one line of printed text (`_one_line`)."""

    # "" stands for a title not sent, never read then (`sent`); the schema shows no default
    title: RoleTitle = Field(
        default="", description="The role's title, as the drafts name it", json_schema_extra=_printed_title
    )
    seniority: Seniority | None = None
    min_years: int | None = Field(default=None, ge=0, le=50, strict=True)
    required_skills: list[SkillName] = Field(
        default_factory=list,
        max_length=MAX_SET_SKILLS,
        description="The skills the search and the ranking ask for",
    )
    preferred_skills: list[SkillName] = Field(
        default_factory=list,
        max_length=MAX_SET_SKILLS,
        description="Nice to have; a skill also required is required",
    )
    remote: RemotePolicy | None = None
    locations: list[PlaceName] = Field(
        default_factory=list,
        max_length=MAX_SET_LOCATIONS,
        description="Where the hire works: cities, states, countries or regions ('Berlin', 'Texas', "
        "'EMEA'), one place per item; not a work mode ('Remote': that is `remote`)",
    )
    utc_band: SetTimeZoneBand | None = Field(
        default=None,
        description="The time zones the hire must work within, earliest <= latest (no band wraps the date "
        "line); null drops the one the posting names",
    )
    relocation: bool | None = Field(
        default=None,
        strict=True,
        description="Help with moving offered (true) or ruled out (false); null: the posting says "
        "nothing. Someone elsewhere scores more when it or a visa is offered, more still when open to moving",
    )
    visa_sponsorship: bool | None = Field(
        default=None,
        strict=True,
        description="Visa sponsorship offered (true) or ruled out (false); null: the posting says nothing. "
        "Drafts promise only what is offered",
    )
    relocation_from: list[PlaceName] = Field(
        default_factory=list,
        max_length=MAX_SET_LOCATIONS,
        description="The countries or regions an offered relocation or visa is limited to ('EU', "
        "'Germany'); `[]`: open to anyone. Drafts promise it only to people there",
    )
    language: DraftLanguage | None = Field(
        default=None,
        description="The language of the drafts (ISO 639-1) instead of the posting's; null: English",
    )
    informal: bool | None = Field(
        default=None,
        strict=True,
        description="The drafts' register instead of what the posting says: true informal (German du, "
        "Spanish tú), false formal (German Sie, Spanish usted), null the language's usual one (German Sie, "
        "Spanish tú); French drafts say vous and English ones have one register, whatever it says",
    )

    @field_validator("utc_band")
    @classmethod
    def _in_order(cls, band: SetTimeZoneBand | None) -> SetTimeZoneBand | None:
        if band is not None and band.earliest > band.latest:
            raise ValueError("earliest must not be after latest (hours east of UTC: -5 to -4 is US Eastern)")
        return band

    def sent(self) -> dict[str, Any]:
        """The fields the request sent, as JSON: a field left out is not there, one sent as null is."""
        return self.model_dump(mode="json", exclude_unset=True)


class Repository(Contract):
    name: str
    description: str | None = None
    stars: int = Field(default=0, ge=0)
    topics: list[str] = Field(default_factory=list)
    primary_language: str | None = None
    size_kb: int | None = Field(default=None, ge=0, description="GitHub's disk usage of the repository, KB")
    pushed_at: datetime | None = None
    url: HttpUrl | None = None


class Candidate(Contract):
    login: str
    name: str | None = None
    profile_url: HttpUrl
    location: str | None = None
    bio: str | None = None
    followers: int = Field(default=0, ge=0)
    created_at: datetime
    language_share: dict[str, float] = Field(
        default_factory=dict,
        description="Share (0-1) of the user's own code per GitHub language: each own, non-fork "
        "repository's primary language weighted by its size, over up to 100 repositories",
    )
    repos: list[Repository] = Field(
        default_factory=list,
        description="Own public, non-fork repositories (up to 100 from GitHub, most recently pushed "
        "first; a ranked candidate keeps the ones that show the role's skills, then the most starred)",
    )


class ScoreFactor(Contract):
    """One line of the transparent score: contribution = weight * value * 100."""

    weight: float = Field(ge=0, le=1)
    value: float = Field(ge=0, le=1, description="How well the candidate meets this factor (0-1)")
    contribution: float = Field(ge=0, le=100, description="Points this factor adds to the score")
    explanation: str


class RankedCandidate(Contract):
    candidate: Candidate
    score: float = Field(ge=0, le=100)
    rank: int = Field(ge=1)
    breakdown: dict[str, ScoreFactor]
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    evidence: dict[str, list[str]] = Field(
        default_factory=dict, description="Per matched skill: the repos or languages that show it"
    )
    outside_area: bool = Field(
        default=False,
        description="The profile's location is outside where the role lets the hire work (and no "
        "relocation applies): the score is capped below everyone in the area who shows the core skills, "
        "and no outreach draft is written",
    )
    screened_out: str | None = Field(
        default=None,
        description="Why the candidate is listed but gets no outreach draft, or null: their own work "
        "does not show the role's core skills or shows none of the posting's skills, they live outside the "
        "role's area, or they have not pushed "
        "for years. The best `top_n` get drafts, less anyone screened out (their places are not handed "
        "down to candidates below them)",
    )


class OutreachMessage(Contract):
    candidate_login: str
    subject: str | None = None
    body: str | None = None
    evidence_used: list[str] = Field(default_factory=list)
    status: Literal["draft"] = "draft"
    suppressed: bool = False
    generator: Literal["template", "bedrock"] = "template"


class SearchStep(Contract):
    """One step of the search plan as it ran: what was asked of GitHub and how many new people it found."""

    name: str = Field(description="core, relatives, without location or broader (see talent.github.plan)")
    searches: list[str] = Field(default_factory=list, description="GitHub search queries of this step")
    reasons: list[str] = Field(default_factory=list, description="Why each search, in the same order")
    found: int = Field(default=0, ge=0, description="People this step added to the pool")


class SearchMetadata(Contract):
    queries: list[str] = Field(default_factory=list)
    plan: list[SearchStep] = Field(
        default_factory=list, description="The plan's steps that ran, in order; later ones only if needed"
    )
    profiles_read: int = Field(
        default=0, ge=0, description="Developers whose public work was read: the pool ranking chose from"
    )
    api_calls: int = 0
    cached: int = Field(
        default=0,
        ge=0,
        description="Answers reused from the cross-run cache of public GitHub data (no request)",
    )
    not_modified: int = Field(default=0, ge=0, description="Conditional requests GitHub answered 304 (free)")
    queue_wait_s: float = Field(
        default=0.0, ge=0, description="Seconds waited for turns on the GitHub budget all runs share"
    )
    graphql_points: int = 0
    rate_limit_remaining: int | None = None
    total_count: int = 0
    left_out_listed: int = Field(
        default=0,
        ge=0,
        description="Found by the searches but on the user's do-not-contact list: not read, not ranked",
    )
    incomplete: bool = False
    incomplete_reason: str | None = None
    duration_ms: int = 0


class SearchResult(Contract):
    candidates: list[Candidate] = Field(default_factory=list)
    metadata: SearchMetadata = Field(default_factory=SearchMetadata)

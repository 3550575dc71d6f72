"""What a run works from: a posting's JobRequirement as the parse stage reads it, with the recruiter's
corrections. Shared by the parse stage (talent.pipeline.stages) and POST /jd/parse (functions/jd_preview),
so the preview is the requirement a run would use."""

from __future__ import annotations

from talent.models import JobRequirement, RequirementOverride


def requirement_from_text(text: str) -> JobRequirement:
    """What the parse stage reads off a posting: parse_jd's requirement, plus the location terms a
    sourcer also reads (a time-zone band, a relocation or visa offer, and the area an offer is limited to)
    where parse_jd left them unset, and the posting's language (talent.jd.language), read from the text
    as parse_jd reads it: an HTML posting's "CET &plusmn; 2 hours" is "CET ± 2 hours".

    Raises InvalidJobDescription (talent.jd.errors) for a text that is no job description."""
    from talent.geo.terms import relocation, relocation_from, utc_band, visa_sponsorship
    from talent.jd.language import informal_address, posting_language
    from talent.jd.parser import parse_jd_reading

    requirement, plain = parse_jd_reading(text)
    language = posting_language(plain)
    terms = {
        "utc_band": requirement.utc_band or utc_band(plain),
        "relocation": requirement.relocation if requirement.relocation is not None else relocation(plain),
        "relocation_from": requirement.relocation_from or relocation_from(plain),
        "visa_sponsorship": visa_sponsorship(plain),
        "language": language,
        "informal": informal_address(plain, language),
    }
    return requirement.model_copy(update=terms)


def run_requirement(text: str, corrections: RequirementOverride | None = None) -> JobRequirement:
    """The requirement a run works from: `requirement_from_text`, each field `corrections` sets in place
    of what was read (talent.jd.override)."""
    requirement = requirement_from_text(text)
    if corrections is None:
        return requirement
    from talent.jd.override import with_override

    return with_override(requirement, corrections)

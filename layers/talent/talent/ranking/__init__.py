"""Stage 003: rank candidates against a job requirement with a transparent, weighted score."""

from talent.ranking.score import WEIGHTS, rank_candidates
from talent.ranking.skills import SkillEvidence, SkillMatcher, language_evidence, parse_language_evidence

__all__ = [
    "WEIGHTS",
    "SkillEvidence",
    "SkillMatcher",
    "language_evidence",
    "parse_language_evidence",
    "rank_candidates",
]

"""generate_outreach_batch: draft messages for the top ranked candidates. Drafts only; nothing is sent."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from typing import Protocol

from talent.models import JobRequirement, OutreachMessage, RankedCandidate
from talent.outreach.bedrock import BedrockGenerator
from talent.outreach.facts import OutreachFacts, build_facts
from talent.outreach.render import Draft, render, signed
from talent.settings import OutreachSettings

logger = logging.getLogger(__name__)


class Generator(Protocol):
    """Something that drafts a message from facts, raising on any failure (the template then steps in)."""

    def draft(self, facts: OutreachFacts) -> Draft: ...


@functools.cache
def _bedrock(model_id: str) -> BedrockGenerator:
    # One generator, hence one boto3 client, per model for the life of the Lambda container.
    return BedrockGenerator(model_id)


def generator_from_env() -> Generator | None:
    """The generator the environment asks for (OUTREACH_GENERATOR, BEDROCK_MODEL_ID: OutreachSettings, read
    per batch); None means templates only."""
    settings = OutreachSettings.from_environment()
    if settings.outreach_generator.strip().lower() != "bedrock":
        return None
    model_id = settings.bedrock_model_id.strip()
    if not model_id:
        logger.warning("OUTREACH_GENERATOR=bedrock but BEDROCK_MODEL_ID is not set; using templates")
        return None
    return _bedrock(model_id)


def _message(facts: OutreachFacts, generator: Generator | None) -> OutreachMessage:
    if generator is not None:
        try:
            subject, body = generator.draft(facts)
            return OutreachMessage(
                candidate_login=facts.login,
                subject=subject,
                body=signed(body, facts.draft_language),
                evidence_used=facts.evidence_used,
                generator="bedrock",
            )
        except Exception as error:  # any failure at all: the template is always there
            logger.warning("outreach generator failed for %s, using the template: %r", facts.login, error)
    subject, body = render(facts)
    return OutreachMessage(
        candidate_login=facts.login,
        subject=subject,
        body=signed(body, facts.draft_language),
        evidence_used=facts.evidence_used,
    )


def generate_outreach_batch(
    ranked: Iterable[RankedCandidate],
    requirement: JobRequirement,
    top_n: int = 10,
    *,
    suppressed_logins: Iterable[str] = frozenset(),
    generator: Generator | None = None,
) -> list[OutreachMessage]:
    """Draft messages for the `top_n` best-ranked candidates, best first.

    A login in `suppressed_logins` (do-not-contact; compared case-insensitively) keeps its slot in
    the top n, so the recruiter sees that the person was skipped, but gets an empty message with
    `suppressed=True`: no subject, no body, no evidence. `generator=None` follows the environment
    (OUTREACH_GENERATOR, BEDROCK_MODEL_ID); whatever the generator, failures fall back to the template.
    """
    suppressed = {login.lower() for login in suppressed_logins}
    chosen = generator if generator is not None else generator_from_env()
    messages = []
    for entry in sorted(ranked, key=lambda r: r.rank)[: max(top_n, 0)]:
        if entry.candidate.login.lower() in suppressed:
            messages.append(OutreachMessage(candidate_login=entry.candidate.login, suppressed=True))
        else:
            messages.append(_message(build_facts(entry, requirement), chosen))
    return messages

"""generate_outreach_batch: draft messages for the top ranked candidates. Drafts only; nothing is sent."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterable
from typing import Protocol

from talent.models import JobRequirement, OutreachMessage, RankedCandidate
from talent.outreach.bedrock import BedrockGenerator
from talent.outreach.facts import OutreachFacts, build_facts
from talent.outreach.render import Draft, render

logger = logging.getLogger(__name__)

GENERATOR_ENV = "OUTREACH_GENERATOR"  # "template" (default) or "bedrock"
MODEL_ID_ENV = "BEDROCK_MODEL_ID"


class Generator(Protocol):
    """Something that drafts a message from facts, raising on any failure (the template then steps in)."""

    def draft(self, facts: OutreachFacts) -> Draft: ...


@functools.cache
def _bedrock(model_id: str) -> BedrockGenerator:
    # One generator, hence one boto3 client, per model for the life of the Lambda container.
    return BedrockGenerator(model_id)


def generator_from_env() -> Generator | None:
    """The generator the environment asks for; None means templates only."""
    if os.environ.get(GENERATOR_ENV, "template").strip().lower() != "bedrock":
        return None
    model_id = os.environ.get(MODEL_ID_ENV, "").strip()
    if not model_id:
        logger.warning("%s=bedrock but %s is not set; using templates", GENERATOR_ENV, MODEL_ID_ENV)
        return None
    return _bedrock(model_id)


def _message(facts: OutreachFacts, generator: Generator | None) -> OutreachMessage:
    if generator is not None:
        try:
            subject, body = generator.draft(facts)
            return OutreachMessage(
                candidate_login=facts.login,
                subject=subject,
                body=body,
                evidence_used=facts.evidence_used,
                generator="bedrock",
            )
        except Exception as error:  # any failure at all: the template is always there
            logger.warning("outreach generator failed for %s, using the template: %r", facts.login, error)
    subject, body = render(facts)
    return OutreachMessage(
        candidate_login=facts.login, subject=subject, body=body, evidence_used=facts.evidence_used
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

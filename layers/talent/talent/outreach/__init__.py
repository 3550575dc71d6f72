"""Stage 004: personalised outreach DRAFTS for ranked candidates (templates, optionally Amazon Bedrock).

Nothing here sends email. Every message names where the data came from and how to opt out, and ends
with a sign-off placeholder (`SIGN_OFF`) the recruiter fills in.
"""

from talent.outreach.batch import Generator, generate_outreach_batch, generator_from_env
from talent.outreach.bedrock import BedrockGenerator, GenerationError
from talent.outreach.facts import OPT_OUT_LINE, SIGN_OFF, SOURCE_LINE, OutreachFacts, build_facts
from talent.outreach.render import Draft, render, signed

__all__ = [
    "OPT_OUT_LINE",
    "SIGN_OFF",
    "SOURCE_LINE",
    "BedrockGenerator",
    "Draft",
    "GenerationError",
    "Generator",
    "OutreachFacts",
    "build_facts",
    "generate_outreach_batch",
    "generator_from_env",
    "render",
    "signed",
]

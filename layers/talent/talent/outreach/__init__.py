"""Stage 004: personalised outreach DRAFTS for ranked candidates (templates, optionally Amazon Bedrock).

Nothing here sends email. Every message names where the data came from and how to opt out.
"""

from talent.outreach.batch import Generator, generate_outreach_batch, generator_from_env
from talent.outreach.bedrock import BedrockGenerator, GenerationError
from talent.outreach.facts import OPT_OUT_LINE, SOURCE_LINE, OutreachFacts, build_facts
from talent.outreach.render import Draft, render

__all__ = [
    "OPT_OUT_LINE",
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
]

"""Optional Amazon Bedrock drafting (Converse API), grounded in the same facts as the templates.

The model only rewords: the prompt lists the facts it may use, and the reply is checked before use
(format, length, opt-out and source lines, no ungrounded names, no praise). Any failure raises
`GenerationError` or a botocore error; the caller then falls back to the template.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from talent.models import DraftLanguage
from talent.outreach.facts import OutreachFacts
from talent.outreach.render import MAX_BODY_WORDS, MIN_BODY_WORDS, Draft, tidy, word_count
from talent.outreach.wording import wording_for

MAX_SUBJECT_CHARS: Final = 150
MAX_TOKENS: Final = 700
TEMPERATURE: Final = 0.3
CONNECT_TIMEOUT_S: Final = 3
READ_TIMEOUT_S: Final = 20  # one slow draft must not eat the Lambda's whole timeout

# Flattery the data cannot support; a draft using any of these is rejected.
PRAISE_WORDS: Final = frozenset(
    {"amazing", "awesome", "brilliant", "exceptional", "excellent", "extraordinary", "fantastic", "genius",
     "great", "impressive", "incredible", "ninja", "outstanding", "passionate", "remarkable", "rockstar",
     "stellar", "superb", "talented", "top-notch", "world-class", "passionately"}
)  # fmt: skip
# The same in German, French and Spanish, matched with their endings ("beeindruckendes", "talentosa",
# "impressionnants"); English words are matched whole ("Greater Boston" is a place, not "great").
INFLECTED_PRAISE: Final = frozenset(
    {"beeindruckend", "brillant", "exzellent", "genial", "großartig", "grossartig", "herausragend",
     "hervorragend", "talentiert", "leidenschaftlich",
     "exceptionnel", "excellent", "fantastique", "génial", "géniaux", "impressionnant", "incroyable",
     "remarquable", "talentueu", "passionné", "brillamment",
     "brillante", "excepcional", "excelente", "impresionante", "increíble", "increible", "talentoso",
     "talentosa", "apasionad", "sobresaliente"}
)  # fmt: skip
# German, French and Spanish endings, French adverbs ("remarquablement"); not English "-ly" ("Genially")
_ENDING: Final = r"(?:e|es|en|er|em|s|x|se|ses|le|les|ment|a|as|o|os)?"
# Sources a reply may claim that are not where the person was found (GDPR Art. 14: say where it was)
_OTHER_SOURCE: Final = re.compile(
    r"\b(?:linkedin|xing|twitter|stack\s?overflow|facebook|instagram|reddit|meetup)\b", re.IGNORECASE
)

_EXAMPLE_PRAISE: Final = ", ".join(sorted(PRAISE_WORDS)[:8])


def system_prompt(language: DraftLanguage, informal: bool | None = None) -> str:
    """The rules a model drafts by, with the fixed lines in `language`, the language it writes in, in the
    register `informal` asks for (talent.outreach.wording.wording_for): German du when True, Spanish
    usted when False, said in the prompt too; the language's usual one otherwise."""
    wording = wording_for(language, informal)
    address = (
        f"\n- Address the reader {wording.address} in every sentence, as the job asks."
        if wording.address
        else ""
    )
    return f"""You write short, factual recruiting outreach drafts in plain text, in {wording.name}.
Rules:{address}
- Use only the facts in the user's JSON. Never invent skills, projects, employers, salaries or company names.
- Cite at most the repositories and languages listed under "citations", and only as described there.
- Mention no skill outside the "..._their_work_shows" lists: their public work shows nothing else.
- No flattery and no praise adjectives (for example: {_EXAMPLE_PRAISE}).
- Greet the person by "first_name", or without a name when there is none.
- Name the role, its seniority and its location or remote policy when given.
- Mention help with moving only as "offered_for_moving_here" gives it: no visa unless it names one.
- Name the employer only as {wording.company}, a placeholder the recruiter fills in.
- Include this sentence verbatim: {wording.source_line}
- End with this sentence verbatim: {wording.opt_out_line}
- The body is {MIN_BODY_WORDS + 10} to {MAX_BODY_WORDS - 30} words.
Reply with exactly one line "Subject: <subject>", then a blank line, then the body. Nothing else."""


_SUBJECT_LINE = re.compile(r"\s*subject:[ \t]*(?P<subject>[^\n]*)\n(?P<body>.*)", re.IGNORECASE | re.DOTALL)


class GenerationError(ValueError):
    """The model's reply was unusable."""


def prompt(facts: OutreachFacts) -> str:
    """The user message: the facts as JSON, so the model sees exactly what the template would use."""
    citations = [
        {"repository": c.repo, "shows": list(c.skills)}
        if c.repo
        else {"language": c.language, "share_of_public_code_percent": c.percent, "shows": list(c.skills)}
        for c in facts.citations
    ]
    payload = {
        "first_name": facts.first_name,
        "role_title": facts.title,
        "seniority": facts.seniority,
        "remote_policy": facts.remote,
        "locations": list(facts.locations),
        "offered_for_moving_here": facts.relocation,  # "relocation", "visa", "relocation and visa" or null
        "required_skills_their_work_shows": list(facts.required_skills),
        "preferred_skills_their_work_shows": list(facts.preferred_skills),
        "citations": citations,
    }
    return "Write the outreach draft from these facts:\n" + json.dumps(
        {k: v for k, v in payload.items() if v not in (None, [])}, indent=2
    )


def _mentions(text: str, name: str, ending: str = "") -> bool:
    # A letter before an apostrophe is French elision ("c'est", "d'exclusion"), not the language C or D.
    elision = r"(?!['\u2019]\w)" if len(name) == 1 else ""
    pattern = rf"(?<![\w-]){re.escape(name)}{ending}(?![\w-]){elision}"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _letters(text: str) -> str:
    """`text`'s words in lower case, one space apart: quotes and commas aside ("Nein, danke",
    «non merci», "no, thanks" all read as the reply words)."""
    return " " + " ".join(re.findall(r"[^\W\d_]+", text.lower())) + " "


def parse_reply(text: str, facts: OutreachFacts) -> Draft:
    """Subject and body from the model's reply, with the mandatory lines ensured; raises if unusable."""
    wording = wording_for(facts.draft_language, facts.informal)
    found = _SUBJECT_LINE.match(text)
    if not found:
        raise GenerationError("reply does not start with a Subject: line")
    subject = " ".join(found["subject"].split())
    if not subject or len(subject) > MAX_SUBJECT_CHARS:
        raise GenerationError(f"subject is empty or longer than {MAX_SUBJECT_CHARS} characters")
    body = tidy(found["body"])
    if _OTHER_SOURCE.search(body):
        raise GenerationError("the reply names a source other than the public GitHub profile")
    # the statement itself (in any case: German goes on in lower case after the salutation), not a
    # mention of the profile
    if _letters(wording.source_line) not in _letters(body):
        body = f"{body}\n\n{wording.source_line}"
    # An opt-out in the model's own words may promise what does not happen, beside the verbatim one too.
    if _letters(wording.opt_out_reply) in _letters(body.replace(wording.opt_out_line, "")):
        raise GenerationError("the opt-out sentence is not the verbatim one")
    if wording.opt_out_line not in body:
        body = f"{body}\n\n{wording.opt_out_line}"
    words = word_count(body)
    if not MIN_BODY_WORDS <= words <= MAX_BODY_WORDS:
        raise GenerationError(f"body has {words} words, outside {MIN_BODY_WORDS}-{MAX_BODY_WORDS}")
    draft = f"{subject}\n{body}"
    ungrounded = sorted(name for name in facts.off_limits if _mentions(draft, name))
    if ungrounded:
        raise GenerationError(f"names not backed by the cited evidence: {ungrounded}")
    praise = sorted(word for word in PRAISE_WORDS if _mentions(draft, word))
    praise += sorted(word for word in INFLECTED_PRAISE if _mentions(draft, word, _ENDING))
    if praise:
        raise GenerationError(f"praise not derived from data: {praise}")
    return Draft(subject, body)


class BedrockGenerator:
    """Drafts with a Bedrock model through the Converse API; the boto3 client is created on first use."""

    def __init__(self, model_id: str, client: Any = None) -> None:
        self.model_id = model_id
        self._client = client

    @property
    def client(self) -> Any:
        if self._client is None:
            # Imported here: template-only runs, and cold starts before the first draft, never load boto3.
            import boto3
            from botocore.config import Config

            config = Config(
                connect_timeout=CONNECT_TIMEOUT_S,
                read_timeout=READ_TIMEOUT_S,
                retries={"max_attempts": 2, "mode": "standard"},
            )
            self._client = boto3.client("bedrock-runtime", config=config)
        return self._client

    def draft(self, facts: OutreachFacts) -> Draft:
        response = self.client.converse(
            modelId=self.model_id,
            system=[{"text": system_prompt(facts.draft_language, facts.informal)}],
            messages=[{"role": "user", "content": [{"text": prompt(facts)}]}],
            inferenceConfig={"maxTokens": MAX_TOKENS, "temperature": TEMPERATURE},
        )
        try:
            blocks = response["output"]["message"]["content"]
            text = "".join(block["text"] for block in blocks if "text" in block)
        except (KeyError, TypeError) as error:
            raise GenerationError(f"unexpected Converse response shape: {error!r}") from error
        if response.get("stopReason") == "max_tokens":
            raise GenerationError("reply was cut off at the token limit")
        return parse_reply(text, facts)

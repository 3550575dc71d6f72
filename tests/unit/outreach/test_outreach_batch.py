from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import botocore.session
import pytest
from botocore.stub import Stubber

from talent.models import RankedCandidate
from talent.outreach import (
    OPT_OUT_LINE,
    SIGN_OFF,
    SOURCE_LINE,
    BedrockGenerator,
    GenerationError,
    build_facts,
    generate_outreach_batch,
    generator_from_env,
)
from talent.outreach.bedrock import parse_reply, prompt, system_prompt
from talent.outreach.wording import WORDING
from talent.ranking import rank_candidates
from tests.unit.factories import NOW, go_kubernetes_developer, make_requirement, ranked, synthetic_candidates

MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"
GOOD_BODY = (
    "Hi Ada,\n\nI came across kube-autoscaler-lab, your Go and Kubernetes autoscaler, while looking for "
    "engineers for a Senior Backend Engineer role. The role is hybrid and based in Berlin, Germany. It "
    "calls for Go and Kubernetes, and PostgreSQL would be a plus, which your pgx-migrate repository shows. "
    "If this sounds relevant, would you be open to a short call? Happy to share details first.\n\n"
    f"{SOURCE_LINE}\n\n{OPT_OUT_LINE}"
)


@pytest.fixture
def entries() -> list[RankedCandidate]:
    people = [go_kubernetes_developer(), *synthetic_candidates(30, seed=21)]
    return rank_candidates(people, make_requirement(), now=NOW)


@pytest.fixture
def bedrock() -> Iterator[tuple[BedrockGenerator, Stubber]]:
    client = botocore.session.get_session().create_client(
        "bedrock-runtime",
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    with Stubber(client) as stubber:
        yield BedrockGenerator(MODEL_ID, client), stubber
        stubber.assert_no_pending_responses()


def converse_reply(text: str, stop_reason: str = "end_turn") -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": stop_reason,
        "usage": {"inputTokens": 400, "outputTokens": 150, "totalTokens": 550},
        "metrics": {"latencyMs": 900},
    }


def gopher_entry() -> RankedCandidate:
    return ranked(go_kubernetes_developer())


# --- the batch ---------------------------------------------------------------------------------


def test_drafts_the_top_n_in_rank_order(entries: list[RankedCandidate]) -> None:
    messages = generate_outreach_batch(list(reversed(entries)), make_requirement(), top_n=5)
    assert [m.candidate_login for m in messages] == [e.candidate.login for e in entries[:5]]
    assert all(m.status == "draft" and m.generator == "template" and m.body for m in messages)


@pytest.mark.parametrize("top_n", [0, -3])
def test_non_positive_top_n_drafts_nothing(entries: list[RankedCandidate], top_n: int) -> None:
    assert generate_outreach_batch(entries, make_requirement(), top_n=top_n) == []


def test_suppressed_logins_keep_their_slot_with_an_empty_message(entries: list[RankedCandidate]) -> None:
    second = entries[1].candidate.login
    messages = generate_outreach_batch(
        entries, make_requirement(), top_n=3, suppressed_logins={second.upper()}
    )

    assert [m.candidate_login for m in messages] == [e.candidate.login for e in entries[:3]]
    blocked = messages[1]
    assert blocked.suppressed is True
    assert (blocked.subject, blocked.body, blocked.evidence_used) == (None, None, [])
    assert not messages[0].suppressed
    assert not messages[2].suppressed


def test_suppressed_candidates_never_reach_the_generator(bedrock: tuple[BedrockGenerator, Stubber]) -> None:
    generator, _ = bedrock  # no stubbed response: any converse call would fail the stubber
    entry = gopher_entry()
    [message] = generate_outreach_batch(
        [entry], make_requirement(), suppressed_logins=["SYNTH-gopher"], generator=generator
    )
    assert message.suppressed
    assert message.generator == "template"


# --- Bedrock ----------------------------------------------------------------------------------


def test_bedrock_draft_is_used_when_it_passes_validation(bedrock: tuple[BedrockGenerator, Stubber]) -> None:
    generator, stubber = bedrock
    entry = gopher_entry()
    facts = build_facts(entry, make_requirement())
    stubber.add_response(
        "converse",
        converse_reply(f"Subject: Senior Backend Engineer role in Berlin\n\n{GOOD_BODY}"),
        expected_params={
            "modelId": MODEL_ID,
            "system": [{"text": system_prompt("en")}],
            "messages": [{"role": "user", "content": [{"text": prompt(facts)}]}],
            "inferenceConfig": {"maxTokens": 700, "temperature": 0.3},
        },
    )

    [message] = generate_outreach_batch([entry], make_requirement(), generator=generator)

    assert message.generator == "bedrock"
    assert message.subject == "Senior Backend Engineer role in Berlin"
    assert message.body == f"{GOOD_BODY}\n\n{SIGN_OFF}"
    assert message.evidence_used == ["kube-autoscaler-lab", "pgx-migrate"]


def test_prompt_carries_only_the_grounded_facts() -> None:
    text = prompt(build_facts(gopher_entry(), make_requirement()))
    assert '"repository": "kube-autoscaler-lab"' in text
    assert "dotfiles" not in text  # an unmatched repo is not offered to the model
    assert "Berlin, Germany" in text
    assert SOURCE_LINE in system_prompt("en")
    assert OPT_OUT_LINE in system_prompt("en")


def test_missing_source_and_opt_out_lines_are_appended(bedrock: tuple[BedrockGenerator, Stubber]) -> None:
    generator, stubber = bedrock
    bare = GOOD_BODY.replace(f"\n\n{SOURCE_LINE}\n\n{OPT_OUT_LINE}", "")
    stubber.add_response("converse", converse_reply(f"Subject: Hello\n\n{bare}"))

    [message] = generate_outreach_batch([gopher_entry()], make_requirement(), generator=generator)

    assert message.generator == "bedrock"
    assert message.body == f"{bare}\n\n{SOURCE_LINE}\n\n{OPT_OUT_LINE}\n\n{SIGN_OFF}"


GERMAN_BODY = (
    "Hallo Ada,\n\nIhr Repository kube-autoscaler-lab zeigt Go und Kubernetes, und ich suche für eine Stelle "
    "als Senior Backend Engineer, hybrid in Berlin, Germany. Die Stelle verlangt Go und Kubernetes, "
    "PostgreSQL wäre ein Plus, das Ihr Repository pgx-migrate zeigt. Wenn das für Sie interessant klingt, "
    "hätten Sie Zeit für ein kurzes Gespräch? Ich schicke Ihnen gern vorab Details zur Stelle."
)


def test_a_german_posting_is_drafted_in_german_with_the_german_lines(
    bedrock: tuple[BedrockGenerator, Stubber],
) -> None:
    generator, stubber = bedrock
    german = WORDING["de"]
    requirement = make_requirement(language="de")
    stubber.add_response(
        "converse",
        converse_reply(f"Subject: Stelle als Backend Engineer\n\n{GERMAN_BODY}"),
        {
            "modelId": MODEL_ID,
            "system": [{"text": system_prompt("de")}],
            "messages": [
                {"role": "user", "content": [{"text": prompt(build_facts(gopher_entry(), requirement))}]}
            ],
            "inferenceConfig": {"maxTokens": 700, "temperature": 0.3},
        },
    )

    [message] = generate_outreach_batch([gopher_entry()], requirement, generator=generator)

    assert message.generator == "bedrock"
    assert (
        message.body == f"{GERMAN_BODY}\n\n{german.source_line}\n\n{german.opt_out_line}\n\n{german.sign_off}"
    )
    assert "in German." in system_prompt("de").splitlines()[0]
    assert german.source_line in system_prompt("de")
    assert german.opt_out_line in system_prompt("de")


def test_an_opt_out_in_the_models_own_words_falls_back_to_the_template(
    bedrock: tuple[BedrockGenerator, Stubber],
) -> None:
    # Issue 15: the opt-out must say what really happens; a paraphrase may promise something else.
    generator, stubber = bedrock
    promise = 'Just reply "no thanks" and we will delete all your data at once.'
    stubber.add_response(
        "converse", converse_reply(f"Subject: Hello\n\n{GOOD_BODY.replace(OPT_OUT_LINE, promise)}")
    )

    [message] = generate_outreach_batch([gopher_entry()], make_requirement(), generator=generator)

    assert message.generator == "template"
    assert message.body is not None
    assert message.body.endswith(f"{OPT_OUT_LINE}\n\n{SIGN_OFF}")


def test_throttling_falls_back_to_the_template(bedrock: tuple[BedrockGenerator, Stubber]) -> None:
    generator, stubber = bedrock
    stubber.add_client_error(
        "converse",
        service_error_code="ThrottlingException",
        service_message="Rate exceeded",
        http_status_code=429,
    )
    template = generate_outreach_batch([gopher_entry()], make_requirement())[0]

    [message] = generate_outreach_batch([gopher_entry()], make_requirement(), generator=generator)

    assert message == template
    assert message.generator == "template"


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(GOOD_BODY, id="no-subject-line"),
        pytest.param("Subject: Hi\n\nToo short.", id="too-short"),
        pytest.param("Subject: Hi\n\n" + "word " * 200, id="too-long"),
        pytest.param("Subject: Hi\n\n" + GOOD_BODY.replace("Go and Kubernetes", "impressive"), id="praise"),
        pytest.param(
            "Subject: Hi\n\n" + GOOD_BODY.replace("kube-autoscaler-lab", "dotfiles"), id="uncited-repo"
        ),
        pytest.param("Subject: Hi\n\n" + GOOD_BODY.replace("Go and", "Python and"), id="uncited-language"),
        pytest.param("", id="empty"),
    ],
)
def test_malformed_output_falls_back_to_the_template(
    bedrock: tuple[BedrockGenerator, Stubber], reply: str
) -> None:
    generator, stubber = bedrock
    stubber.add_response("converse", converse_reply(reply))

    [message] = generate_outreach_batch([gopher_entry()], make_requirement(), generator=generator)

    assert message.generator == "template"
    assert message.body is not None
    assert message.body.startswith("Hi Ada,")


def test_a_reply_cut_off_at_the_token_limit_is_rejected(bedrock: tuple[BedrockGenerator, Stubber]) -> None:
    generator, stubber = bedrock
    stubber.add_response("converse", converse_reply(f"Subject: Hi\n\n{GOOD_BODY}", stop_reason="max_tokens"))
    with pytest.raises(GenerationError, match="token limit"):
        generator.draft(build_facts(gopher_entry(), make_requirement()))


def test_parse_reply_rejects_a_reply_without_subject() -> None:
    with pytest.raises(GenerationError, match="Subject"):
        parse_reply(GOOD_BODY, build_facts(gopher_entry(), make_requirement()))


# --- configuration ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"OUTREACH_GENERATOR": "template", "BEDROCK_MODEL_ID": MODEL_ID}, None),
        ({"OUTREACH_GENERATOR": "bedrock"}, None),  # no model: warn and use templates
        ({"OUTREACH_GENERATOR": "Bedrock", "BEDROCK_MODEL_ID": MODEL_ID}, MODEL_ID),
    ],
)
def test_generator_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str | None
) -> None:
    for name in ("OUTREACH_GENERATOR", "BEDROCK_MODEL_ID"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    generator = generator_from_env()

    if expected is None:
        assert generator is None
    else:
        assert isinstance(generator, BedrockGenerator)
        assert generator.model_id == expected
        assert generator._client is None  # created on the first draft, not before
        assert generator_from_env() is generator  # one client per container


def test_importing_outreach_does_not_import_boto3() -> None:
    code = "import sys, talent.outreach; sys.exit('boto3' in sys.modules or 'botocore' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], env={**os.environ}, check=False)
    assert result.returncode == 0


def test_the_opt_out_line_does_not_stand_in_for_the_source_line() -> None:
    """A review's finding: every opt-out line names the public GitHub profile, so a reply with the
    opt-out but no source statement (GDPR Art. 14) passed without one."""
    for language in ("en", "de"):
        wording = WORDING[language]
        facts = build_facts(gopher_entry(), make_requirement(language=language))
        body = GOOD_BODY.replace(f"\n\n{SOURCE_LINE}", "").replace(OPT_OUT_LINE, wording.opt_out_line)
        _, kept = parse_reply(f"Subject: Hello\n\n{body}", facts)
        assert wording.source_line in kept


@pytest.mark.parametrize(
    ("language", "own_words"),
    [
        ("fr", "Répondez «non merci» et j'effacerai tout immédiatement."),  # quotes without spaces
        ("de", 'Antworten Sie "nein danke", dann ist alles sofort weg.'),  # ASCII quotes
        ("es", "Responde no, gracias y lo borro todo al instante."),  # none at all
        # a second review's: a comma, or none, around the same words
        ("de", 'Antworten Sie "Nein, danke", dann melde ich mich nie wieder.'),
        ("es", "Responde «no gracias» y no vuelvo a escribirte."),
        ("en", 'Reply "no, thanks" and everything is deleted at once.'),
    ],
)
def test_an_opt_out_in_the_models_own_words_is_refused_whatever_its_quotes(
    language: str, own_words: str
) -> None:
    facts = build_facts(gopher_entry(), make_requirement(language=language))
    body = GOOD_BODY.replace(OPT_OUT_LINE, own_words)
    with pytest.raises(GenerationError, match="verbatim"):
        parse_reply(f"Subject: Hello\n\n{body}", facts)


def test_an_opt_out_of_the_models_own_beside_the_verbatim_one_is_refused() -> None:
    """A second review's: the exact line present, the model's extra promise went out with it."""
    facts = build_facts(gopher_entry(), make_requirement(language="de"))
    promise = "Antworten Sie „nein danke“ und ich lösche sofort alle Daten und informiere [Firma]."
    body = GOOD_BODY.replace(OPT_OUT_LINE, f"{promise} {WORDING['de'].opt_out_line}")
    with pytest.raises(GenerationError, match="verbatim"):
        parse_reply(f"Subject: Hallo\n\n{body}", facts)


@pytest.mark.parametrize(
    "claim",
    ["I found you on LinkedIn, and your public GitHub profile shows Go.", "Saw your Stack Overflow answers."],
)
def test_a_reply_naming_another_source_is_refused(claim: str) -> None:
    """A second review's: a false source beside a mention of the GitHub profile passed (GDPR Art. 14)."""
    body = GOOD_BODY.replace(SOURCE_LINE, claim)
    with pytest.raises(GenerationError, match="source"):
        parse_reply(f"Subject: Hello\n\n{body}", build_facts(gopher_entry(), make_requirement()))


@pytest.mark.parametrize(
    "ordinary",
    ["la adquisición de talentos", "horas extraordinarias", "slides made in Genially"],
)
def test_ordinary_words_near_praise_are_no_praise(ordinary: str) -> None:
    facts = build_facts(gopher_entry(), make_requirement())
    body = GOOD_BODY.replace("while looking for", f"({ordinary}) while looking for")
    assert parse_reply(f"Subject: Hello\n\n{body}", facts)


@pytest.mark.parametrize(
    "praise",
    ["beeindruckendes", "impressionnants", "talentosa", "excelentes", "exceptionnelle", "remarquablement"],
)
def test_praise_is_refused_with_its_endings_in_every_language(praise: str) -> None:
    facts = build_facts(gopher_entry(), make_requirement(language="de"))
    body = GOOD_BODY.replace("your Go and Kubernetes autoscaler", f"your {praise} autoscaler")
    with pytest.raises(GenerationError, match="praise"):
        parse_reply(f"Subject: Hello\n\n{body}", facts)


def test_a_place_named_like_a_praise_word_is_no_praise() -> None:
    facts = build_facts(gopher_entry(), make_requirement(locations=["Greater Boston"]))
    body = GOOD_BODY.replace("based in Berlin, Germany", "based in Greater Boston")
    assert parse_reply(f"Subject: Hello\n\n{body}", facts)

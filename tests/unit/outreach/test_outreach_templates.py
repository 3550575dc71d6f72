from __future__ import annotations

import re

import pytest

from talent.jd.language import DRAFT_LANGUAGES
from talent.jd.taxonomy import SKILLS
from talent.models import (
    Candidate,
    DraftLanguage,
    JobRequirement,
    OutreachMessage,
    RankedCandidate,
    Seniority,
)
from talent.outreach import OPT_OUT_LINE, SIGN_OFF, SOURCE_LINE, build_facts, generate_outreach_batch
from talent.outreach.bedrock import PRAISE_WORDS, parse_reply
from talent.outreach.wording import WORDING, joined
from talent.ranking import rank_candidates
from tests.unit.factories import (
    NOW,
    go_kubernetes_developer,
    make_candidate,
    make_repo,
    make_requirement,
    ranked,
    synthetic_candidates,
)


def draft(candidate: Candidate, requirement: JobRequirement | None = None) -> OutreachMessage:
    requirement = requirement or make_requirement()
    return generate_outreach_batch([ranked(candidate, requirement)], requirement)[0]


def body_of(message: OutreachMessage) -> str:
    assert message.body is not None
    return message.body


def mentions(text: str, name: str, *, ignore_case: bool = False) -> bool:
    flags = re.IGNORECASE if ignore_case else 0
    # Most of the vocabulary is not in a message: no pattern to compile (re caches 512). Case-folded only
    # in ASCII, where lower() and IGNORECASE agree (IGNORECASE also matches the dotless i to "i").
    ascii_only = text.isascii() and name.isascii()
    if (name.lower() not in text.lower() and ascii_only) if ignore_case else (name not in text):
        return False
    elision = r"(?!['\u2019]\w)" if len(name) == 1 else ""  # French "C'est" is not the language C
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]){elision}", text, flags) is not None


def test_greets_by_first_name() -> None:
    assert body_of(draft(go_kubernetes_developer(name="Ada Lovelace Synthetic"))).startswith("Hi Ada,")


@pytest.mark.parametrize("name", [None, "", "   ", "Dr.", "1234"])
def test_greets_without_a_name_when_there_is_no_usable_one(name: str | None) -> None:
    """Two readers' finding: a login as a name ("Hallo java-anon,") read as a bot's; no name is better."""
    person = go_kubernetes_developer("synth-noname", name=name)
    assert body_of(draft(person)).startswith("Hi,\n\n")
    for language, greeting in (("de", "Hallo,"), ("fr", "Bonjour,"), ("es", "Hola:")):
        assert body_of(draft(person, make_requirement(language=language))).startswith(f"{greeting}\n\n")
    assert "synth-noname" not in body_of(draft(person))


def test_cites_matched_repositories_and_names_the_role_and_workplace() -> None:
    message = draft(go_kubernetes_developer())
    body = body_of(message)

    assert "kube-autoscaler-lab repository (Kubernetes)" in body
    assert "pgx-migrate repository (PostgreSQL)" in body
    assert "the Senior Backend Engineer role" in body
    assert (
        "Your public work shows experience with Go and Kubernetes, which the role calls for, "
        "and with PostgreSQL" in body
    )
    assert "hybrid, based in Berlin, Germany" in body
    assert message.evidence_used == ["kube-autoscaler-lab", "pgx-migrate"]
    assert (
        message.subject
        == "Senior Backend Engineer role (Berlin, Germany) - about your kube-autoscaler-lab repository"
    )


def test_never_mentions_a_skill_the_candidate_shows_no_evidence_for() -> None:
    """Outreach about Kubernetes and Terraform went to a JavaScript developer and a dormant account."""
    requirement = make_requirement(title="DevOps Engineer", required_skills=["Go", "Kubernetes", "Terraform"])
    person = make_candidate("synth-js", name="Kim Example", languages={"JavaScript": 0.8, "Go": 0.2})
    body = body_of(draft(person, requirement))
    assert mentions(body, "Go")
    assert not mentions(body, "Kubernetes")
    assert not mentions(body, "Terraform")


def test_cites_a_language_share_when_no_repository_shows_the_skill() -> None:
    person = make_candidate("synth-polyglot", name="Kim Example", languages={"Go": 0.42, "Ruby": 0.58})
    message = draft(person)
    assert "your Go code (42% of your public code)" in body_of(message)
    assert message.evidence_used == ["language share 42% Go"]


def test_seniority_is_named_when_the_title_does_not_say_it() -> None:
    requirement = make_requirement(title="Platform Engineer", seniority="staff")
    assert "the Platform Engineer role (staff level)" in body_of(
        draft(go_kubernetes_developer(), requirement)
    )


@pytest.mark.parametrize(
    ("remote", "locations", "expected"),
    [
        ("remote", [], "It is fully remote."),
        ("remote", ["EU"], "It is fully remote within the EU."),
        ("remote", ["US", "Canada"], "It is fully remote within the US or Canada."),
        # every place of the limit, not the first three; a run of states is the US (a review's findings)
        (
            "remote",
            ["US", "Canada", "UK", "Germany"],
            "It is fully remote within the US, Canada, the UK or Germany.",
        ),
        ("remote", ["WA", "CA", "NY", "OR"], "It is fully remote within the US."),
        # a city inside a listed country is the country's (a trial: "within New York, NY or the US")
        ("remote", ["New York, NY", "US"], "It is fully remote within the US."),
        ("remote", ["Austin, TX", "United States"], "It is fully remote within the United States."),
        # a new user's "Remote (worldwide) or in our Amsterdam office": an office, not a limit
        # ... the place as the posting gives it, not an office it may not say it has (a trial's "Austin, TX
        # (Remote)" had become "offices in Austin, TX")
        ("remote", ["Amsterdam"], "It is fully remote; the posting also gives Amsterdam as its location."),
        ("onsite", ["Lisbon, Portugal", "Porto"], "It is on-site in Lisbon, Portugal or Porto."),
        (None, ["Austin, TX"], "It is based in Austin, TX."),
    ],
)
def test_names_the_remote_policy_and_locations(
    remote: str | None, locations: list[str], expected: str
) -> None:
    requirement = make_requirement(remote=remote, locations=locations)
    assert expected in body_of(draft(go_kubernetes_developer(), requirement))


def test_omits_what_the_job_does_not_say() -> None:
    requirement = JobRequirement(title="Developer")
    body = body_of(draft(make_candidate("synth-blank"), requirement))

    for invented in ("None", "level", "remote", "hybrid", "on-site", "based in", "calls for", "caught my"):
        assert invented not in body
    assert "the Developer role at [Company]." in body


def test_every_message_says_where_we_found_them_and_ends_with_the_opt_out_and_a_sign_off() -> None:
    body = body_of(draft(go_kubernetes_developer()))
    assert SOURCE_LINE in body
    assert "your public GitHub profile" in body
    # The recruiter signs it: a placeholder on lines of its own, never a made-up sender.
    assert body.endswith(f"{OPT_OUT_LINE}\n\nBest regards,\n[Your name]")
    assert SIGN_OFF == "Best regards,\n[Your name]"
    assert '"no thanks"' in OPT_OUT_LINE
    # Issue 15: it promised "we will delete your data" while listing a login deleted nothing. It now
    # says what listing does (talent.erasure, tested in tests/integration/api/test_do_not_contact.py).
    assert "do-not-contact list" in OPT_OUT_LINE
    assert "deletes the details I saved from your public GitHub profile" in OPT_OUT_LINE
    assert "leaves you out of my future searches" in OPT_OUT_LINE
    # The list is the sender's own (one per account): a colleague's runs still find the person, so the
    # line promises nothing on behalf of "us".
    assert not re.search(r"\b(?:we|us|our)\b", OPT_OUT_LINE, re.IGNORECASE)


REQUIREMENTS = [
    JobRequirement(title="Developer"),
    make_requirement(),
    make_requirement(
        title="Principal Distributed Systems and Developer Productivity Platform Engineer for Payments",
        seniority="principal",
        required_skills=["Go", "Kubernetes", "PostgreSQL", "Python", "AWS", "React", "JavaScript", "Zig"],
        preferred_skills=["Rust", "Terraform", "Kafka", "gRPC", "Redis", "Elixir", "Scala"],
        locations=["Berlin, Germany", "Lisbon, Portugal", "Amsterdam, Netherlands", "Warsaw, Poland"],
        remote="remote",
    ),
]


@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=["minimal", "typical", "maximal"])
def test_bodies_stay_between_60_and_180_words(requirement: JobRequirement) -> None:
    people = [make_candidate("synth-empty"), *synthetic_candidates(40, seed=3)]
    for message in generate_outreach_batch(rank_candidates(people, requirement, now=NOW), requirement, 50):
        assert 60 <= len(body_of(message).split()) <= 180, message.body


def allowed_names(entry: RankedCandidate, requirement: JobRequirement) -> set[str]:
    allowed = {*requirement.required_skills, *requirement.preferred_skills, *entry.evidence, "GitHub"}
    allowed |= {s.linguist for name in allowed if (s := SKILLS.get(name)) and s.linguist}
    for items in entry.evidence.values():
        allowed |= set(items)
    return allowed


@pytest.mark.parametrize("language", DRAFT_LANGUAGES)
@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=["minimal", "typical", "maximal"])
def test_every_named_repo_language_and_skill_comes_from_evidence_or_the_job(
    requirement: JobRequirement, language: DraftLanguage
) -> None:
    requirement = requirement.model_copy(update={"language": language})
    decoy = go_kubernetes_developer(
        "synth-decoy",
        bio="Staff engineer @initech-corp, ex-Globex",
        languages={"Go": 0.3, "Java": 0.5, "COBOL": 0.2},
        repos=[
            *go_kubernetes_developer().repos,
            make_repo("legacy-billing", language="Java", topics=["spring"], stars=900),
            make_repo("mainframe-tools", language="COBOL", description="Batch jobs"),
        ],
    )
    people = [decoy, *synthetic_candidates(30, seed=9)]
    entries = rank_candidates(people, requirement, now=NOW)
    for entry, message in zip(entries, generate_outreach_batch(entries, requirement, 50), strict=True):
        text = f"{message.subject}\n{message.body}"
        allowed = allowed_names(entry, requirement)
        candidate = entry.candidate
        repos = {r.name for r in candidate.repos}
        languages = {
            *candidate.language_share,
            *(r.primary_language for r in candidate.repos if r.primary_language),
        }
        for name in repos | languages | set(SKILLS):
            if mentions(text, name, ignore_case=name in repos) and not mentions(requirement.title, name):
                assert name in allowed, f"{name!r} in the message for {candidate.login} has no evidence"
        assert set(message.evidence_used) <= {item for items in entry.evidence.values() for item in items}
        for employer in ("initech", "Globex"):
            assert employer.lower() not in text.lower()
        assert not [w for w in PRAISE_WORDS if mentions(text, w, ignore_case=True)]


@pytest.mark.parametrize("language", DRAFT_LANGUAGES)
def test_template_drafts_pass_the_checks_applied_to_model_output(language: DraftLanguage) -> None:
    """In every draft language: the fixed lines, the word budget, no praise, nothing ungrounded."""
    requirement = make_requirement(language=language)
    entries = rank_candidates([go_kubernetes_developer(), *synthetic_candidates(20)], requirement, now=NOW)
    for entry, message in zip(entries, generate_outreach_batch(entries, requirement, 50), strict=True):
        assert message.body is not None
        sign_off = f"\n\n{WORDING[language].sign_off}"
        assert message.body.endswith(f"{WORDING[language].opt_out_line}{sign_off}")
        body = message.body.removesuffix(sign_off)  # the sign-off is added after the checks
        reply = f"Subject: {message.subject}\n\n{body}"
        assert parse_reply(reply, build_facts(entry, requirement)) == (message.subject, body)


def test_a_posting_in_german_french_or_spanish_is_drafted_in_it() -> None:
    """A new user's finding: a German posting's drafts read "I'm reaching out about the Backend-Entwickler
    role", its subject mixed both languages."""
    person = go_kubernetes_developer()
    drafts = {
        language: draft(person, make_requirement(title="Backend-Entwickler", language=language))
        for language in ("de", "fr", "es")
    }
    assert (
        drafts["de"].subject
        == "Stelle „Backend-Entwickler“ (Berlin, Germany) \u2013 zu Ihrem Repository kube-autoscaler-lab"
    )
    # after the salutation's comma a German letter goes on in lower case (a trial's native reader)
    assert body_of(drafts["de"]).startswith("Hallo Ada,\n\nich bin über Ihr öffentliches GitHub-Profil")
    assert (
        "Ich schreibe Ihnen wegen der Stelle als „Backend-Entwickler“ (Senior-Level) bei [Firma]. "
        "Die Stelle ist hybrid mit Standort Berlin" in body_of(drafts["de"])
    )
    assert (
        "Projekte zeigen Erfahrung mit Go und Kubernetes, wie sie die Stelle verlangt, sowie mit PostgreSQL"
        in body_of(drafts["de"])
    )
    assert "témoignent d'une expérience en Go et Kubernetes, compétences requises pour le poste" in body_of(
        drafts["fr"]
    )
    assert "Le poste est hybride (lieu de travail : Berlin, Germany)." in body_of(drafts["fr"])
    assert "muestra experiencia con Go y Kubernetes, que el puesto requiere, y con PostgreSQL" in body_of(
        drafts["es"]
    )
    assert body_of(drafts["es"]).startswith("Hola, Ada:")
    assert body_of(drafts["es"]).endswith("[Tu nombre]")
    assert "au sujet du poste « Backend-Entwickler » (niveau senior) chez [Entreprise]." in body_of(
        drafts["fr"]
    )
    assert "Te escribo por el puesto «Backend-Entwickler» (nivel senior) en [Empresa]." in body_of(
        drafts["es"]
    )
    for message in drafts.values():
        assert "role" not in body_of(message)


def test_a_posting_in_another_language_is_drafted_in_english() -> None:
    assert body_of(draft(go_kubernetes_developer(), make_requirement(language=None))).startswith("Hi Ada,")


def test_levels_and_a_remote_area_of_states_are_named_in_the_drafts_language() -> None:
    requirement = make_requirement(
        title="Data Engineer",
        remote="remote",
        locations=["Texas", "Ohio", "Utah", "Canada"],
        language="de",
        seniority="mid",
    )
    body = body_of(draft(go_kubernetes_developer(), requirement))
    assert "„Data Engineer“ (Mid-Level)" in body
    assert "Die Stelle ist vollständig remote möglich (Region: USA oder Canada)." in body


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Développeur Java sénior", "fr"),
        ("Desarrollador/a Backend Sr. (Node.js)", "es"),
        ("Senior Backend-Entwickler", "de"),
    ],
)
def test_a_level_the_title_names_in_its_language_is_not_named_again(
    title: str, language: DraftLanguage
) -> None:
    """A review's finding: « Développeur(se) Java sénior » (niveau senior) repeated the level."""
    body = body_of(draft(go_kubernetes_developer(), make_requirement(title=title, language=language)))
    for level in WORDING[language].levels.values():
        assert f"({level})" not in body


@pytest.mark.parametrize(
    ("language", "names", "choice", "text"),
    [
        ("es", ["Go", "Istio"], False, "Go e Istio"),  # "y" before an /i/ sound
        ("es", ["Go", "Hibernate"], False, "Go y Hibernate"),  # not before an English name's sounded "h"
        ("es", ["Go", "Oracle"], True, "Go u Oracle"),  # "o" before an /o/
        ("es", ["Go", "Java"], True, "Go o Java"),
        ("de", ["Go", "Java", "Rust"], False, "Go, Java und Rust"),
        ("fr", ["Lyon", "Paris"], True, "Lyon ou Paris"),
        ("en", ["Go"], False, "Go"),
    ],
)
def test_lists_are_joined_as_each_language_joins_them(
    language: DraftLanguage, names: list[str], choice: bool, text: str
) -> None:
    assert joined(language, names, choice=choice) == text


def test_a_level_word_inside_another_word_is_no_level_of_the_title() -> None:
    """A second review's: "Middleware Engineer" hid the mid level, "Internal Tools Engineer" the intern."""
    cases: list[tuple[str, Seniority]] = [
        ("Middleware Engineer", "mid"),
        ("Internal Tools Engineer", "intern"),
    ]
    for title, level in cases:
        requirement = make_requirement(title=title, seniority=level)
        assert f"({WORDING['en'].levels[level]})" in body_of(draft(go_kubernetes_developer(), requirement))


@pytest.mark.parametrize(
    ("name", "greeting"),
    [
        # a native reader's: an honorific is no first name ("Hallo Herr," / "Hi Mr,")
        ("Dr. Anna Schmidt", "Anna"),
        ("Herr Müller", "Herr Müller"),
        ("Mr Smith", "Mr Smith"),
        ("MARIA LOPEZ", "Maria"),  # written as a name
        ("Ada Lovelace", "Ada"),
    ],
)
def test_greets_by_the_first_name_after_an_honorific(name: str, greeting: str) -> None:
    assert body_of(draft(go_kubernetes_developer(name=name))).startswith(f"Hi {greeting},")


def test_a_small_share_of_the_persons_code_is_not_what_caught_attention() -> None:
    """A native reader's: "What caught my attention was your Go code (8% of your public code)"."""
    person = make_candidate("synth-side", name="Kim Example", languages={"Go": 0.08, "Ruby": 0.92})
    body = body_of(draft(person))
    assert "caught my attention" not in body
    assert "Go code" not in body


def test_the_subject_names_two_places_and_a_remote_roles_area() -> None:
    """A native reader's: the subject named Berlin alone for "Berlin oder München"."""
    two = make_requirement(locations=["Berlin", "München"], language="de", remote="hybrid")
    assert "(Berlin/München)" in (draft(go_kubernetes_developer(), two).subject or "")
    area = make_requirement(locations=["España", "Portugal"], language="es", remote="remote")
    assert "(remoto, España/Portugal)" in (draft(go_kubernetes_developer(), area).subject or "")


def test_the_subject_names_an_area_without_the_article_of_running_text() -> None:
    """A trial's subjects read "(remote, the US/Canada)"; the body keeps "fully remote within the US"."""
    area = make_requirement(locations=["US", "Canada"], remote="remote")
    message = draft(go_kubernetes_developer(), area)
    assert "(remote, US/Canada)" in (message.subject or "")
    assert "fully remote within the US or Canada" in body_of(message)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Es handelt sich um eine Präsenzstelle in Berlin."),
        ("es", "Es presencial, en Berlin."),
        ("fr", "Le poste est en présentiel (lieu de travail : Berlin)."),
        ("en", "It is on-site in Berlin."),
    ],
)
def test_an_onsite_role_is_said_as_each_language_says_it(language: DraftLanguage, sentence: str) -> None:
    requirement = make_requirement(locations=["Berlin"], remote="onsite", language=language)
    assert sentence in body_of(draft(go_kubernetes_developer(), requirement))


def test_a_corrected_level_beside_a_title_naming_another_is_left_out() -> None:
    """A native reader's: "Senior Backend Engineer role (mid level)" contradicted itself."""
    requirement = make_requirement(title="Senior Backend Engineer", seniority="mid")
    assert "(mid level)" not in body_of(draft(go_kubernetes_developer(), requirement))


@pytest.mark.parametrize("language", DRAFT_LANGUAGES)
def test_an_office_role_s_relocation_or_visa_support_is_told(language: DraftLanguage) -> None:
    """A trial's: a Munich role offering relocation and a visa was drafted to people in London and South
    America as only "It is hybrid, based in Munich" (read as "not for you")."""
    lines = WORDING[language].relocation_lines
    offered = make_requirement(locations=["Munich"], remote="hybrid", relocation=True, language=language)
    assert lines["relocation"] in body_of(draft(go_kubernetes_developer(), offered))
    for requirement in (
        offered.model_copy(update={"relocation": None}),
        offered.model_copy(update={"relocation": False}),
        offered.model_copy(update={"remote": "remote"}),  # nobody moves for a remote role
    ):
        body = body_of(draft(go_kubernetes_developer(), requirement))
        assert not any(line in body for line in lines.values())


@pytest.mark.parametrize("language", DRAFT_LANGUAGES)
@pytest.mark.parametrize(
    ("relocation", "visa", "told"),
    [(True, None, "relocation"), (True, False, "relocation"), (None, True, "visa"),
     (True, True, "relocation and visa")],
)  # fmt: skip
def test_a_draft_promises_only_what_the_posting_offers_for_moving(
    language: DraftLanguage, relocation: bool | None, visa: bool | None, told: str
) -> None:
    """Two trials': "relocation or visa support" went into drafts of postings that offered only help with
    moving, one of them saying "we cannot sponsor work visas"."""
    requirement = make_requirement(
        locations=["Munich"], remote="hybrid", relocation=relocation, visa_sponsorship=visa, language=language
    )
    body = body_of(draft(go_kubernetes_developer(), requirement))
    assert [kind for kind, line in WORDING[language].relocation_lines.items() if line in body] == [told]


@pytest.mark.parametrize(
    ("location", "told"),
    [("Berlin, Germany", True), ("Lagos, Nigeria", False), ("Austin, TX", False), (None, False)],
)
def test_a_relocation_offer_limited_to_an_area_is_told_only_to_people_there(
    location: str | None, told: bool
) -> None:
    """A trial's: "Relocation package available for candidates moving from elsewhere in the EU" became
    "The role comes with relocation or visa support" in drafts to Lagos, Austin and San Jose."""
    limited = make_requirement(
        locations=["Barcelona"], remote="hybrid", relocation=True, relocation_from=["EU"], language="en"
    )
    body = body_of(draft(go_kubernetes_developer(location=location), limited))
    assert (WORDING["en"].relocation_lines["relocation"] in body) is told


def test_a_german_posting_that_says_du_is_drafted_with_du() -> None:
    """A trial's: a du posting's drafts said Sie throughout, opt-out included, so no draft was a light
    edit away from sending."""
    informal = make_requirement(language="de", informal=True, locations=["Hamburg"], remote="hybrid")
    body = body_of(draft(go_kubernetes_developer(), informal))
    assert "dein öffentliches GitHub-Profil" in body
    assert WORDING["de"].informal is not None
    assert body.rstrip().split("\n\n")[-2] == WORDING["de"].informal["opt_out_line"]
    assert not re.search(r"\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b", body.replace("[Ihr Name]", ""))
    formal = body_of(draft(go_kubernetes_developer(), informal.model_copy(update={"informal": None})))
    assert "Ihr öffentliches GitHub-Profil" in formal
    # English, French and Spanish drafts keep their one register whatever the flag says
    english = body_of(draft(go_kubernetes_developer(), informal.model_copy(update={"language": "en"})))
    assert SOURCE_LINE in english


def test_an_informal_model_draft_is_checked_against_the_informal_lines() -> None:
    from talent.outreach import build_facts
    from talent.outreach.bedrock import system_prompt

    requirement = make_requirement(language="de", informal=True)
    facts = build_facts(ranked(go_kubernetes_developer(), requirement), requirement)
    lines = WORDING["de"].informal
    assert lines is not None
    prompt = system_prompt("de", informal=True)
    assert "informally (du)" in prompt
    assert lines["opt_out_line"] in prompt
    reply = parse_reply("Subject: Stelle\n\nHallo Ada,\n\n" + " ".join(["Wort"] * 70), facts)
    assert reply.body.endswith(lines["opt_out_line"])


# tú in any form a draft might use: pronouns, possessives and the verbs of the tú templates and lines
_TU_FORMS = re.compile(
    r"\b(?:tú|tu|tus|te|ti|contigo|tuyos?|tuyas?|tienes|tendrías|puedes|prefieres|quieres|eres|estás|"
    r"responde)\b",
    re.IGNORECASE,
)


def test_a_spanish_requirement_that_asks_for_usted_is_drafted_with_usted() -> None:
    """A recruiter's trial: `"informal": false` for a senior role at a Mexican corporate client was
    accepted, and every Spanish draft still said tú."""
    formal = make_requirement(language="es", informal=False, locations=["Ciudad de México"], remote="hybrid")
    message = draft(go_kubernetes_developer(), formal)
    sign_off = f"\n\n{WORDING['es'].sign_off}"  # the recruiter's own placeholder, replaced before sending
    body = body_of(message).removesuffix(sign_off)
    assert not _TU_FORMS.search(body), _TU_FORMS.findall(body)
    assert message.subject is not None
    assert not _TU_FORMS.search(message.subject)
    assert "Le escribo" in body
    assert "¿Tendría un momento" in body
    lines = WORDING["es"].formal
    assert lines is not None
    assert lines["source_line"] in body
    assert body.split("\n\n")[-1] == lines["opt_out_line"]
    # null and true keep tú, word for word
    usual = body_of(draft(go_kubernetes_developer(), formal.model_copy(update={"informal": None})))
    informal = body_of(draft(go_kubernetes_developer(), formal.model_copy(update={"informal": True})))
    assert usual == informal
    assert WORDING["es"].source_line in usual
    assert WORDING["es"].opt_out_line in usual
    assert _TU_FORMS.search(usual)
    # French keeps vous whatever the flag says
    french = formal.model_copy(update={"language": "fr"})
    assert body_of(draft(go_kubernetes_developer(), french)) == body_of(
        draft(go_kubernetes_developer(), french.model_copy(update={"informal": None}))
    )


def test_a_formal_spanish_model_draft_is_asked_for_and_checked_against_the_usted_lines() -> None:
    from talent.outreach.bedrock import system_prompt

    requirement = make_requirement(language="es", informal=False)
    facts = build_facts(ranked(go_kubernetes_developer(), requirement), requirement)
    prompt = system_prompt("es", informal=False)
    assert "formally (usted" in prompt
    lines = WORDING["es"].formal
    assert lines is not None
    assert lines["source_line"] in prompt
    assert lines["opt_out_line"] in prompt
    assert WORDING["es"].opt_out_line not in prompt
    assert "usted" not in system_prompt("es")
    assert "usted" not in system_prompt("es", informal=True)
    reply = parse_reply("Subject: Puesto\n\nHola, Ada:\n\n" + " ".join(["palabra"] * 70), facts)
    assert reply.body.endswith(lines["opt_out_line"])
    assert lines["source_line"] in reply.body


def test_the_hook_is_no_practice_folder() -> None:
    """Two trials': drafts opened with "your leetcode-python repository" (0 stars); the share of their
    code in Python says more, and so does any project tagged with a skill."""
    person = go_kubernetes_developer(
        languages={"Python": 1.0},
        repos=[
            make_repo("leetcode-python", language="Python", stars=0),
            make_repo("payments-webhooks", language="Python", topics=["python"], stars=133),
        ],
    )
    requirement = make_requirement(required_skills=["Python"], preferred_skills=[], language="en")
    body = body_of(draft(person, requirement))
    assert "payments-webhooks" in body
    assert "leetcode-python" not in body
    alone = person.model_copy(update={"repos": person.repos[:1]})
    body = body_of(draft(alone, requirement))
    assert "leetcode-python" not in body
    assert "Python code" in body

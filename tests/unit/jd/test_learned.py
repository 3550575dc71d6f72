"""The learned names (talent.jd.learned): what the model adds to parse_jd, and how it was trained."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from talent.jd import learned
from talent.jd.learned import MAX_LINE_TOKENS, tokens, unknown_names
from talent.jd.parser import parse_jd
from talent.jd.sections import Kind, Line
from talent.jd.taxonomy import canonical_name
from talent_local.train_names import _gold_tags

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "jd_corpus"
MODEL_RECORD = Path(learned.__file__).with_name("names.json")


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "MIN_MARGINAL", 2.0)  # no marginal reaches it: the parser alone


ASKS = (
    "Systems Engineer\n\nRequirements:\n- 5+ years running Windows Server\n"
    "- Hands-on experience with SCCM, WSUS and Group Policy\n- ITIL Foundation\n"
)


def test_names_the_vocabulary_lacks_are_asked_for() -> None:
    assert canonical_name("SCCM") is None
    assert canonical_name("ITIL") is None
    parsed = parse_jd(ASKS)
    assert {"SCCM", "ITIL"} <= set(parsed.required_skills)


def test_a_standards_number_is_part_of_its_name_and_a_version_is_not() -> None:
    """A trial's firmware role listed "IEC" for "IEC 62304"; the labels name the standard."""
    parsed = parse_jd(
        "Firmware Engineer\n\nRequirements\n- Knowledge of ISO 13485 and IEC 62304\n"
        "- Hands-on experience with SCCM 2012"
    )
    assert {"ISO 13485", "IEC 62304", "SCCM"} <= set(parsed.required_skills)
    assert not {"IEC", "ISO", "SCCM 2012"} & set(parsed.required_skills)


def test_without_the_model_the_parser_misses_them(without_model: None) -> None:
    parsed = parse_jd(ASKS)
    assert not {"SCCM", "ITIL"} & set(parsed.required_skills)
    assert "Windows Server" in parsed.required_skills


def test_a_learned_name_is_filed_by_its_clause() -> None:
    parsed = parse_jd(
        "Backend Engineer\n\nRequirements:\n- Go and PostgreSQL\n\n"
        "Nice to have:\n- Experience with PgBouncer\n"
    )
    assert canonical_name("PgBouncer") is None
    assert "PgBouncer" in parsed.preferred_skills
    assert "PgBouncer" not in parsed.required_skills


def test_a_name_in_the_benefits_is_not_read() -> None:
    parsed = parse_jd(
        "Backend Engineer\n\nRequirements:\n- Go and PostgreSQL\n\n"
        "Benefits:\n- Free Headspace and ClassPass\n"
    )
    assert not {"Headspace", "ClassPass"} & {*parsed.required_skills, *parsed.preferred_skills}


def test_a_known_name_is_left_to_the_vocabulary() -> None:
    line = Line("Tools: Python, ITIL, Kubernetes", Kind.REQUIRED)
    from talent.jd.skills import find_skills

    names = [found.name for found in unknown_names(line, ("requirements",), find_skills(line.text))]
    assert "ITIL" in names
    assert not {"Python", "Kubernetes"} & set(names)


def test_a_line_of_ordinary_words_is_not_tagged(monkeypatch: pytest.MonkeyPatch) -> None:
    def tag_line(*_: object) -> list[learned.LearnedName]:
        raise AssertionError("tagged")

    monkeypatch.setattr(learned, "tag_line", tag_line)
    assert unknown_names(Line("you write clearly and care about your team", Kind.REQUIRED), (), []) == []


def test_a_long_line_is_read_for_its_first_tokens_only() -> None:
    assert len(tokens("word " * 5000)) == MAX_LINE_TOKENS
    assert [t.text for t in tokens("C#, C++, .NET, Node.js, S/4HANA and AT&T.")] == [
        "C#", "C++", ".NET", "Node.js", "S/4HANA", "and", "AT&T",
    ]  # fmt: skip


def test_gold_tags_mark_each_labelled_name_token_by_token() -> None:
    words = ["Experience", "with", "REST", "Assured", "and", "ITIL", "or", "rest"]
    assert _gold_tags(words, [["REST", "Assured"], ["ITIL"]]) == ["O", "O", "B", "I", "O", "B", "O", "O"]


def test_gold_tags_skip_an_ordinary_word_in_lower_case() -> None:
    words = ["Go", "services", ",", "learning", "as", "you", "go", "and", "make"]
    assert _gold_tags(words, [["Go"], ["Make"]]) == ["B", *["O"] * 8]
    assert _gold_tags(["written", "in", "go"], [["go"]]) == ["O", "O", "B"]  # the label's own spelling


def test_the_model_was_trained_on_the_tuning_set_as_it_is_now() -> None:
    """Retrain (`python -m talent_local.train_names`) whenever postings join the tuning set, the features
    change or the vocabulary does; the held-out set is never read for it (its ids are read here only to
    check that)."""
    record = json.loads(MODEL_RECORD.read_text("utf-8"))
    ids = sorted(json.loads(path.read_text("utf-8"))["id"] for path in (CORPUS / "tuning").glob("*.json"))
    heldout = {json.loads(path.read_text("utf-8"))["id"] for path in (CORPUS / "heldout").glob("*.json")}
    assert record["trained_on"] == "tests/fixtures/jd_corpus/tuning"
    assert record["features"] == learned.FEATURES
    assert record["vocabulary_sha256"] == learned.vocabulary_digest()
    assert record["postings"] == len(ids)
    assert record["posting_ids_sha256"] == hashlib.sha256("\n".join(ids).encode()).hexdigest()
    assert not heldout & set(ids)


def test_the_model_stays_readable_after_its_bytes_would_be_collected() -> None:
    """crfsuite reads an in-memory model without copying it: the bytes must outlive the call that opened
    it (they once did not, and tags turned random after a garbage collection)."""
    import gc

    learned._tagger.cache_clear()
    learned._model.cache_clear()
    first = parse_jd(ASKS).required_skills
    gc.collect()
    _ = [b"\xff" * 4096 for _ in range(4096)]  # 16 MB of small blocks: they take any freed heap
    assert parse_jd(ASKS).required_skills == first
    assert {"SCCM", "ITIL"} <= set(first)
    assert learned._model() is learned._model()  # one buffer, held by the cache for the process


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # a short line of " • " items is one item: its cue weighs them all
        (
            "Dev\n\nRequirements:\n- Go\n- Kafka • Redis • RabbitMQ (nice to have)",
            ["Go"],
            ["Apache Kafka", "Redis", "RabbitMQ"],
        ),
        # a long one is a list whose line breaks were lost: each item its own clause
        (
            "Dev\n\nRequirements: 5 years of C# .NET • WCF, Web API, SharePoint is a plus • Visual Studio"
            " • IIS and SQL Server • Aptitude for programming and learning new technologies • Develop"
            " solutions from functional specifications",
            ["C#", ".NET", "Visual Studio", "Microsoft SQL Server"],  # model off: WCF and IIS unknown
            ["Microsoft SharePoint"],
        ),
    ],
)
def test_bullets_in_one_line(
    text: str, required: list[str], preferred: list[str], without_model: None
) -> None:
    parsed = parse_jd(text)
    assert (parsed.required_skills, parsed.preferred_skills) == (required, preferred)


def test_a_name_from_a_list_is_not_read_again_in_parts() -> None:
    parsed = parse_jd("Dev\n\nRequirements:\n- Tools: Splunk, Tenable Nessus, Qualys Guard")
    assert "Tenable Nessus" in parsed.required_skills
    assert not {"Tenable", "Nessus"} & set(parsed.required_skills)


def test_the_model_is_off_and_not_run_above_a_marginal_of_one(
    without_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "tag_line", lambda *_: pytest.fail("tagged"))
    assert parse_jd(ASKS).required_skills == ["Windows Server"]


def test_the_tagger_is_shared_by_threads_safely() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [ASKS, "Dev\n\nRequirements:\n- Experience with PgBouncer, Patroni and pgBackRest\n"] * 20
    alone = [parse_jd(text) for text in texts]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(parse_jd, texts * 5))
    assert together == alone * 5


def test_a_token_shape_keeps_case_digits_and_marks() -> None:
    assert [learned._shape(t) for t in ("PgBouncer", "S/4HANA", "Node.js", "ITIL", "x86_64")] == [
        "XxXxx", "X/dXX", "Xxx.xx", "XX", "xdd_dd",
    ]  # fmt: skip


def test_a_tagged_name_never_spans_a_sentence_end(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Du bist der Architekt unserer Systemlandschaft. Deine Expertise hilft uns mit Zizmor"

    def tag_line(*_: object) -> list[learned.LearnedName]:
        spans = [
            (text.index("Systemlandschaft"), text.index(" Expertise")),
            (text.index("Zizmor"), len(text)),
        ]
        return [learned.LearnedName(text[start:end], start, end, 0.99) for start, end in spans]

    monkeypatch.setattr(learned, "tag_line", tag_line)
    names = [found.name for found in unknown_names(Line(text, Kind.REQUIRED), (), [])]
    assert names == ["Zizmor"]


def test_token_features_are_those_the_model_was_trained_on() -> None:
    # FEATURES = 2: each token's own features, the line's, and its two neighbours on each side with the
    # list mark between ("BOS"/"EOS" past the ends). The shipped weights read these names.
    from talent.jd.skills import find_skills

    text = "- Tools: Splunk, IIS/WCF"
    toks = tokens(text)
    rows = learned.line_features(Line(text, Kind.REQUIRED), ("what", "you", "bring"), find_skills(text), toks)
    shared = ["kind=REQUIRED", "h=what", "h=you", "h=bring", "bullet"]
    assert rows == [
        ["w=tools", "shape=Xxx", "p3=too", "s3=ols", "known=O", "len=5", "title", "common", *shared,
         "first", "-2:BOS", "-1:BOS", "1:w=splunk", "1:known=B", "1:cap", "2:w=iis/wcf", "2:known=O",
         "2:cap", "2:sep=,"],
        ["w=splunk", "shape=Xxx", "p3=spl", "s3=unk", "known=B", "len=6", "title", "after_colon", *shared,
         "-2:BOS", "-1:w=tools", "-1:known=O", "-1:cap", "1:w=iis/wcf", "1:known=O", "1:cap", "1:sep=,",
         "2:EOS"],
        ["w=iis/wcf", "shape=XX/XX", "p3=iis", "s3=wcf", "known=O", "len=7", "upper", "after_colon", *shared,
         "-2:w=tools", "-2:known=O", "-2:cap", "-2:sep=,", "-1:w=splunk", "-1:known=B", "-1:cap", "-1:sep=,",
         "1:EOS", "2:EOS"],
    ]  # fmt: skip

"""The four stage handlers with their sample events (events/stages) on moto S3 and DynamoDB.

Only search_github's GitHub call is replaced (by a fake search returning the sample candidates); the
real search runs against the offline emulator in tests/integration/pipeline.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from talent.github import GitHubConfig, GitHubRateLimited
from talent.jd import EmptyJobDescription
from talent.models import Candidate, JobRequirement, SearchMetadata, SearchResult
from talent.pipeline.contracts import (
    OutreachOutput,
    ParsedRun,
    RankOutput,
    SearchOutput,
    StageInputError,
)
from talent.pipeline.guard import ProjectDeleted, RunEnded
from talent.pipeline.storage import ProjectObjectMissing
from tests.unit.pipeline.pipeline_support import EVENTS, SAMPLE_PROJECT, Aws, context, event, load_handler


@pytest.fixture(autouse=True)
def running_project(aws: Aws) -> None:
    """The sample project exists and is running, as when its stages run (they keep their output only
    while it exists: talent.pipeline.guard)."""
    aws.put_project(SAMPLE_PROJECT)


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """Every log record with its extra fields, as text."""
    return "\n".join(json.dumps(record.__dict__, default=str) for record in caplog.records)


def sample_candidates() -> list[Candidate]:
    document = json.loads((EVENTS / "s3" / "projects" / SAMPLE_PROJECT / "candidates.json").read_text())
    return [Candidate.model_validate(c) for c in document["candidates"]]


# ---------- parse_jd ----------
def test_parse_jd_returns_the_run_with_the_requirement_and_drops_the_text(
    aws: Aws, caplog: pytest.LogCaptureFixture
) -> None:
    sample = event("parse_jd.json")

    output = load_handler("parse_jd").lambda_handler(sample, context())

    parsed = ParsedRun.model_validate(output)
    assert parsed.project_id == sample["project_id"]
    assert (parsed.user_id, parsed.max_candidates, parsed.top_n) == (sample["user_id"], 50, 10)
    assert "Go" in parsed.requirement.required_skills
    assert "job_description_text" not in output
    assert "Kreuzberg" not in json.dumps(output)
    (finished,) = [r for r in caplog.records if r.getMessage() == "Stage finished"]
    assert finished.__dict__["stage"] == "parse_jd"
    assert "Kreuzberg" not in logged(caplog)  # no job description text in logs


def test_the_parse_stage_names_the_running_project(aws: Aws) -> None:
    """A new user's finding: three runs under way were listed with `"title": null` until they completed,
    so they could not be told apart. The parse stage's end records the requirement's title."""
    sample = event("parse_jd.json")
    aws.put_project(sample["project_id"])
    project = aws.project(sample["project_id"])
    assert project is not None
    assert project.get("title") is None

    output = load_handler("parse_jd").lambda_handler(sample, context())

    project = aws.project(sample["project_id"])
    assert project is not None
    assert project["title"] == ParsedRun.model_validate(output).requirement.title
    assert project["status"] == "running"
    assert project["stage_parse_jd"]["finished_at"]


def test_parse_jd_defaults_max_candidates_and_top_n(aws: Aws) -> None:
    sample = event("parse_jd.json")
    del sample["max_candidates"], sample["top_n"]

    parsed = ParsedRun.model_validate(load_handler("parse_jd").lambda_handler(sample, context()))

    assert (parsed.max_candidates, parsed.top_n) == (50, 10)


def test_parse_jd_takes_the_fields_the_run_request_set_over_the_parse(aws: Aws) -> None:
    sample = event("parse_jd.json")
    parsed_alone = ParsedRun.model_validate(load_handler("parse_jd").lambda_handler(sample, context()))
    corrected = sample | {"requirement_set": {"locations": ["Hamburg"], "required_skills": ["Rust"]}}

    parsed = ParsedRun.model_validate(load_handler("parse_jd").lambda_handler(corrected, context()))

    assert parsed.requirement.locations == ["Hamburg"] != parsed_alone.requirement.locations
    assert parsed.requirement.required_skills == ["Rust"]
    assert parsed.requirement.search.languages[:1] == ["Rust"]
    assert parsed.requirement.title == parsed_alone.requirement.title  # a field not sent is parsed


def test_parse_jd_raises_the_library_error_by_name(aws: Aws) -> None:
    sample = event("parse_jd.json") | {"job_description_text": "   "}
    with pytest.raises(EmptyJobDescription):
        load_handler("parse_jd").lambda_handler(sample, context())


@pytest.mark.parametrize(
    ("change", "field"),
    [({"max_candidates": 501}, "max_candidates"), ({"project_id": "../other"}, "project_id")],
)
def test_an_invalid_run_names_the_field_but_never_the_text(
    aws: Aws, change: dict[str, Any], field: str
) -> None:
    sample = event("parse_jd.json") | change
    with pytest.raises(StageInputError) as raised:
        load_handler("parse_jd").lambda_handler(sample, context())
    message = str(raised.value)
    assert field in message
    assert "Kreuzberg" not in message
    assert "../other" not in message


# ---------- search_github ----------
class FakeSearch:
    def __init__(self, result: SearchResult | None = None, error: Exception | None = None) -> None:
        self.result, self.error = result, error
        self.calls: list[dict[str, Any]] = []

    async def __call__(
        self,
        requirement: JobRequirement,
        *,
        max_candidates: int,
        config: GitHubConfig,
        transport: Any = None,
        **shared: Any,
    ) -> SearchResult:
        self.calls.append({"requirement": requirement, "max_candidates": max_candidates, "config": config})
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


def test_search_writes_candidates_to_s3_and_returns_the_key(
    aws: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    metadata = SearchMetadata(queries=["type:user language:Go location:Berlin"], api_calls=2, total_count=4)
    fake = FakeSearch(SearchResult(candidates=sample_candidates(), metadata=metadata))
    monkeypatch.setattr("talent.github.search_github", fake)
    sample = event("search_github.json")
    aws.put_project(sample["project_id"])

    output = load_handler("search_github").lambda_handler(sample, context(timeout_s=45))

    found = SearchOutput.model_validate(output)
    assert found.candidates_key == f"projects/{sample['project_id']}/candidates.json"
    assert found.candidate_count == 4
    assert found.metadata == metadata
    stored = aws.read(found.candidates_key)
    assert stored["project_id"] == sample["project_id"]
    assert [c["login"] for c in stored["candidates"]] == [c.login for c in sample_candidates()]
    (call,) = fake.calls
    assert call["max_candidates"] == 50
    assert call["requirement"] == JobRequirement.model_validate(sample["requirement"])
    assert call["config"].token is None  # no secret configured: anonymous
    assert call["config"].max_total_wait_s <= 45 - 30  # leaves the Lambda time to write its output


def test_search_rate_limited_propagates_by_class_name_and_writes_nothing(
    aws: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("talent.github.search_github", FakeSearch(error=GitHubRateLimited("limits")))
    sample = event("search_github.json")

    with pytest.raises(GitHubRateLimited):
        load_handler("search_github").lambda_handler(sample, context())

    assert aws.keys(sample["project_id"]) == []


# ---------- rank_candidates ----------
def test_rank_reads_candidates_and_writes_the_ranking(seeded: Aws) -> None:
    sample = event("rank_candidates.json")

    ranked = RankOutput.model_validate(load_handler("rank_candidates").lambda_handler(sample, context()))

    assert ranked.ranked_key == f"projects/{SAMPLE_PROJECT}/ranked.json"
    assert ranked.ranked_count == 4
    entries = seeded.read(ranked.ranked_key)["ranked"]
    assert [e["rank"] for e in entries] == [1, 2, 3, 4]
    scores = [e["score"] for e in entries]
    assert scores == sorted(scores, reverse=True)
    assert entries[0]["candidate"]["login"] == "synth-ada-gopher"


def test_rank_refuses_a_key_of_another_project(seeded: Aws) -> None:
    sample = event("rank_candidates.json") | {"candidates_key": "projects/someone-else/candidates.json"}
    with pytest.raises(StageInputError, match="candidates_key"):
        load_handler("rank_candidates").lambda_handler(sample, context())


def test_rank_without_the_candidates_object_fails_clearly(aws: Aws) -> None:
    with pytest.raises(ProjectObjectMissing):
        load_handler("rank_candidates").lambda_handler(event("rank_candidates.json"), context())


# The stages after the search, each with its sample event and the output it writes
STAGES_THAT_WRITE = [
    ("rank_candidates", "rank_candidates.json", "ranked.json"),
    ("generate_outreach", "generate_outreach.json", "outreach.json"),
]


@pytest.mark.parametrize(("function", "sample", "output"), STAGES_THAT_WRITE)
def test_a_stage_whose_project_was_deleted_meanwhile_removes_its_output(
    seeded: Aws, function: str, sample: str, output: str
) -> None:
    # Issue 15: DELETE stops the execution, not the invocation in flight, which went on to write.
    before = seeded.keys(SAMPLE_PROJECT)
    seeded.dynamodb.delete_item(TableName=seeded.projects, Key={"project_id": {"S": SAMPLE_PROJECT}})
    seeded.s3.delete_object(Bucket=seeded.bucket, Key=f"projects/{SAMPLE_PROJECT}/{output}")
    with pytest.raises(ProjectDeleted, match=output):
        load_handler(function).lambda_handler(event(sample), context())
    assert f"projects/{SAMPLE_PROJECT}/{output}" not in seeded.keys(SAMPLE_PROJECT)
    assert len(seeded.keys(SAMPLE_PROJECT)) == len(before) - 1  # the other documents are DELETE's to remove


@pytest.mark.parametrize(("function", "sample", "output"), STAGES_THAT_WRITE)
def test_a_stage_whose_run_was_stopped_meanwhile_removes_its_output(
    seeded: Aws, function: str, sample: str, output: str
) -> None:
    """An operator's stop fails the project at once (MarkFailed, told by EventBridge) while the stage's
    invocation runs on: what it writes then is not kept."""
    seeded.put_project(SAMPLE_PROJECT, status="failed")
    seeded.s3.delete_object(Bucket=seeded.bucket, Key=f"projects/{SAMPLE_PROJECT}/{output}")
    with pytest.raises(RunEnded, match=f"ended during its run; {output} was removed"):
        load_handler(function).lambda_handler(event(sample), context())
    assert f"projects/{SAMPLE_PROJECT}/{output}" not in seeded.keys(SAMPLE_PROJECT)


# ---------- generate_outreach ----------
def test_outreach_drafts_the_top_n_leaving_out_the_users_do_not_contact_logins(
    seeded: Aws, caplog: pytest.LogCaptureFixture
) -> None:
    sample = event("generate_outreach.json") | {"top_n": 3}

    drafted = OutreachOutput.model_validate(
        load_handler("generate_outreach").lambda_handler(sample, context())
    )

    # Issue 15: the listed person is left out (no placeholder with their login); the top 3 are the others.
    assert (drafted.draft_count, drafted.suppressed_count) == (3, 1)
    messages = seeded.read(drafted.outreach_key)["messages"]
    assert [m["candidate_login"] for m in messages] == [
        "synth-ada-gopher",
        "synth-jo-javanaut",
        "synth-kim-pythonista",
    ]
    assert all(m["body"] and not m["suppressed"] for m in messages)
    assert "Stage finished" in caplog.text
    assert "synth-" not in logged(caplog)  # no logins in logs


@pytest.mark.parametrize(
    ("login", "field", "value", "drafted"),
    [
        # a new user's "Remote (US only)" run drafted people in London and Berlin
        ("synth-ada-gopher", "outside_area", True, ["synth-jo-javanaut", "synth-kim-pythonista"]),
        # a new user's run drafted two people below the core-skills gate and one with no push for 94 months
        (
            "synth-jo-javanaut",
            "screened_out",
            "Their own work does not show the role's core skills.",
            ["synth-ada-gopher", "synth-kim-pythonista"],
        ),
    ],
)
def test_outreach_drafts_nobody_screened_out_or_outside_the_area(
    seeded: Aws, login: str, field: str, value: object, drafted: list[str]
) -> None:
    sample = event("generate_outreach.json") | {"top_n": 3}
    ranked = seeded.read(sample["ranked_key"])
    (entry,) = [entry for entry in ranked["ranked"] if entry["candidate"]["login"] == login]
    entry[field] = value  # listed, but no draft; their place is not handed down
    seeded.s3.put_object(Bucket=seeded.bucket, Key=sample["ranked_key"], Body=json.dumps(ranked))

    output = OutreachOutput.model_validate(
        load_handler("generate_outreach").lambda_handler(sample, context())
    )

    messages = seeded.read(output.outreach_key)["messages"]
    assert [m["candidate_login"] for m in messages] == drafted
    assert output.draft_count == 2


def test_outreach_uses_only_the_runs_users_list(seeded: Aws) -> None:
    sample = event("generate_outreach.json") | {"user_id": "someone-else"}

    drafted = OutreachOutput.model_validate(
        load_handler("generate_outreach").lambda_handler(sample, context())
    )

    assert drafted.suppressed_count == 0


def test_outreach_top_n_bounds_the_drafts(seeded: Aws) -> None:
    sample = event("generate_outreach.json") | {"top_n": 1}

    drafted = OutreachOutput.model_validate(
        load_handler("generate_outreach").lambda_handler(sample, context())
    )

    assert [m["candidate_login"] for m in seeded.read(drafted.outreach_key)["messages"]] == [
        "synth-ada-gopher"
    ]


def test_every_stage_emits_its_duration_metric(seeded: Aws, capsys: pytest.CaptureFixture[str]) -> None:
    load_handler("rank_candidates").lambda_handler(event("rank_candidates.json"), context())

    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    (metric,) = [d for d in documents if "StageDuration" in d]
    assert metric["stage"] == "rank_candidates"
    assert metric["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "TalentPipeline"


def test_the_parse_stage_reads_location_terms_from_the_text_as_parse_jd_reads_it() -> None:
    """An HTML posting's "CET &plusmn; 2 hours" gave no time-zone band while "CET ± 2 hours" gave UTC-1 to
    UTC+3 (a new user's finding): the band and the relocation offer are read after the markup pass."""
    from talent.jd.reading import requirement_from_text

    html = (
        "<h1>Senior Go Developer</h1><p>Remote (Europe only, CET &plusmn; 2 hours).</p>"
        "<p>We offer relocation&nbsp;support &amp; visa sponsorship.</p>"
        "<ul><li>Go</li><li>PostgreSQL</li></ul>"
    )
    requirement = requirement_from_text(html)
    assert requirement.utc_band is not None
    assert (requirement.utc_band.earliest, requirement.utc_band.latest) == (-1.0, 3.0)
    assert requirement.relocation is True


@pytest.mark.parametrize(
    ("stage", "service", "event_name", "code", "status"),
    [
        ("rank_candidates", "s3", "before-call.s3.GetObject", "SlowDown", 503),
        (
            "parse_jd",
            "dynamodb",
            "before-call.dynamodb.UpdateItem",
            "ProvisionedThroughputExceededException",
            400,
        ),
    ],
)
def test_a_stage_whose_aws_calls_keep_failing_is_run_again_by_the_state_machine(
    seeded: Aws, stage: str, service: str, event_name: str, code: str, status: int
) -> None:
    """An operator's review: a throttle that outlasted botocore's retries reached Step Functions as
    `ClientError`, which no Retry names, and the run failed at once. Now `AwsUnavailable`, which every
    Task retries (test_pipeline_state_machine)."""
    from botocore.awsrequest import AWSResponse

    from talent.aws import client
    from talent.pipeline.transient import AwsUnavailable

    answer = {"Error": {"Code": code, "Message": "Slow down"}, "ResponseMetadata": {"HTTPStatusCode": status}}
    events = client(service).meta.events
    # botocore takes what a before-call handler returns as the service's answer
    events.register(
        event_name, lambda **_: (AWSResponse("https://aws", status, {}, None), answer), "throttle"
    )
    try:
        with pytest.raises(AwsUnavailable, match=code):
            load_handler(stage).lambda_handler(event(f"{stage}.json"), context())
    finally:
        events.unregister(event_name, unique_id="throttle")

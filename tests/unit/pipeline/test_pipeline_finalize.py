"""SaveResults and MarkFailed (functions/finalize) with their sample events, on moto S3 and DynamoDB."""

from __future__ import annotations

import json
from typing import Any

import pytest

from talent.pipeline.contracts import FailureOutput, SaveOutput
from talent.pipeline.results import ProjectResults, load_project_results
from tests.unit.pipeline.pipeline_support import EVENTS, SAMPLE_PROJECT, Aws, context, event, load_handler

STAGE_KEYS = [
    f"projects/{SAMPLE_PROJECT}/{name}" for name in ("candidates.json", "outreach.json", "ranked.json")
]
RESULTS_KEY = f"projects/{SAMPLE_PROJECT}/results.json"


def emf(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith('{"_aws"')]


def test_save_results_completes_the_project_with_counts_metadata_and_results(
    seeded: Aws, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded.put_project(SAMPLE_PROJECT)
    state = event("save_results.json")

    saved = SaveOutput.model_validate(load_handler("finalize").save_results_handler(state, context()))

    assert saved.status == "completed"
    assert saved.results_key == RESULTS_KEY
    project = seeded.project(SAMPLE_PROJECT)
    assert project is not None
    assert project["status"] == "completed"
    assert project["completed_at"].endswith("Z")
    assert project["title"] == "Senior Backend Engineer (Go/Kubernetes)"
    assert project["requirement"] == state["requirement"]
    # The sample user's do-not-contact login is not stored (issue 15): 3 of the 4 ranked are kept.
    assert (project["candidate_count"], project["ranked_count"], project["draft_count"]) == (3, 3, 3)
    assert project["logins"] == ["synth-ada-gopher", "synth-jo-javanaut", "synth-kim-pythonista"]
    assert project["results_key"] == RESULTS_KEY
    assert project["metadata"] == {
        "stage_durations_ms": {
            "parse_jd": 7,
            "search_github": 455,
            "rank_candidates": 18,
            "generate_outreach": 25,
        },
        "github": state["search_github"]["metadata"],
        # The sample run asked for 50 and the search found 4: the recruiter is told why the list is short,
        # and that one of the 4 is on their do-not-contact list (the shortlist holds 3).
        "message": (
            "GitHub's searches found 4 developers for this role, fewer than the 50 asked for: every step "
            "of the search plan ran (2 searches); 1 is on your do-not-contact list and left out"
        ),
    }
    assert project["job_description_text"]  # the item's other attributes are kept
    results = load_project_results(RESULTS_KEY)
    assert isinstance(results, ProjectResults)
    assert results.completed_at == project["completed_at"]
    assert [r.rank for r in results.ranked] == [1, 2, 3]
    assert "synth-optout-dev" not in results.model_dump_json()
    assert [d.suppressed for d in results.drafts] == [False, False, False]
    assert seeded.keys(SAMPLE_PROJECT) == [RESULTS_KEY]  # the stage documents end with the run
    assert results.metadata.model_dump(mode="json") == project["metadata"]
    metrics = {name: d for d in emf(capsys.readouterr().out) for name in d if name[0].isupper()}
    assert metrics["PipelineRunsCompleted"]["PipelineRunsCompleted"] == [1.0]
    assert metrics["CandidatesPerRun"]["CandidatesPerRun"] == [3.0]


def _saved_message(seeded: Aws, state: dict[str, Any]) -> str | None:
    """SaveResults run on `state`: the completed project's metadata.message."""
    load_handler("finalize").save_results_handler(state, context())
    project = seeded.project(SAMPLE_PROJECT)
    assert project is not None
    message: str | None = project["metadata"]["message"]
    return message


def _run_that_found_nobody(seeded: Aws) -> dict[str, Any]:
    """The sample SaveResults state of a run whose stages found, ranked and drafted nobody."""
    seeded.put_project(SAMPLE_PROJECT)
    for name, field in (
        ("candidates.json", "candidates"),
        ("ranked.json", "ranked"),
        ("outreach.json", "messages"),
    ):
        body = json.dumps({"project_id": SAMPLE_PROJECT, field: []})
        seeded.s3.put_object(Bucket=seeded.bucket, Key=f"projects/{SAMPLE_PROJECT}/{name}", Body=body)
    state: dict[str, Any] = event("save_results.json")
    state["search_github"] |= {"candidate_count": 0}
    state["rank_candidates"] |= {"ranked_count": 0}
    state["generate_outreach"] |= {"draft_count": 0, "suppressed_count": 0}
    return state


def test_zero_candidates_complete_with_empty_lists_and_the_reason(seeded: Aws) -> None:
    state = _run_that_found_nobody(seeded)
    state["search_github"]["metadata"]["queries"] = [
        "type:user repos:>=3 language:Rust location:Iceland",
        "type:user repos:>=3 language:Rust location:Iceland created:2008-01-01..2016-12-31",
    ]

    load_handler("finalize").save_results_handler(state, context())

    project = seeded.project(SAMPLE_PROJECT)
    assert project is not None
    assert project["status"] == "completed"
    assert (project["candidate_count"], project["ranked_count"], project["draft_count"]) == (0, 0, 0)
    assert project["metadata"]["message"] == "No GitHub users matched language:Rust location:Iceland"
    results = load_project_results(project["results_key"])
    assert (results.ranked, results.drafts) == ([], [])
    assert results.metadata.message == project["metadata"]["message"]


def test_nobody_left_because_everyone_found_is_listed_is_not_told_to_name_other_technologies(
    seeded: Aws,
) -> None:
    # The second review's: the search found two people, both on the list, so it passed on nobody.
    state = _run_that_found_nobody(seeded)
    state["search_github"]["metadata"] |= {"queries": ["type:user language:Python"], "left_out_listed": 2}

    assert _saved_message(seeded, state) == (
        "GitHub's searches found 2 developers for this role, fewer than the 50 asked for: every step of the "
        "search plan ran (1 search); 2 are on your do-not-contact list and left out"
    )


def test_a_posting_with_nothing_to_search_by_says_so_and_what_to_add(seeded: Aws) -> None:
    state = _run_that_found_nobody(seeded)
    state["requirement"] |= {"required_skills": ["Jira"], "preferred_skills": ["Confluence"]}
    state["search_github"]["metadata"] |= {"queries": [], "total_count": 0}

    assert _saved_message(seeded, state) == (
        "Nothing was searched for: the job description names no programming language or technology to "
        "search GitHub by (it names Jira, Confluence, which GitHub's searches cannot find developers by). "
        "Talent Pipeline finds developers by their public work on GitHub; for a developer role, name the "
        'languages and tools it needs, e.g. "Python, PostgreSQL", and run it again. POST /jd/parse shows a '
        "posting's search plan before a run."
    )


def _ranked_away_from_the_places(seeded: Aws) -> None:
    """The sample ranked document with nobody in Berlin or Lisbon: Ada's and Jo's profiles say nothing
    of where they live, Kim lives in Austin (outside, no draft)."""
    key = f"projects/{SAMPLE_PROJECT}/ranked.json"
    document = json.loads(seeded.s3.get_object(Bucket=seeded.bucket, Key=key)["Body"].read())
    for entry in document["ranked"]:
        login = entry["candidate"]["login"]
        if login in ("synth-ada-gopher", "synth-jo-javanaut"):
            entry["candidate"]["location"] = None
            entry["breakdown"]["location"] |= {"value": 0.4, "contribution": 4.0}
        entry["outside_area"] = login == "synth-kim-pythonista"
    seeded.s3.put_object(Bucket=seeded.bucket, Key=key, Body=json.dumps(document))


def test_a_shortlist_with_nobody_in_the_roles_places_says_so(seeded: Aws) -> None:
    # A hybrid Berlin/Lisbon role whose searches there found too few: the searches anywhere filled the
    # list, and the recruiter is told why so few drafts (a new user's finding: it said nothing)
    seeded.put_project(SAMPLE_PROJECT)
    _ranked_away_from_the_places(seeded)

    # the opted-out developer (who lives in Berlin) is not counted: 3 on the shortlist
    assert _saved_message(seeded, event("save_results.json")) == (
        "GitHub's searches found 4 developers for this role, fewer than the 50 asked for: every step of the "
        "search plan ran (2 searches); 1 is on your do-not-contact list and left out. Nobody on the "
        "shortlist is known to live in the role's area (onsite/hybrid in Berlin, DE or Lisbon, PT): 1 of the "
        "3 lives outside it and gets no draft, and 2 give no location it can place. GitHub's searches found "
        "too few developers there who show the role's skills; allow remote work or offer relocation, or "
        "correct the places, and run it again"
    )


def test_a_role_without_places_gets_no_word_on_them(seeded: Aws) -> None:
    seeded.put_project(SAMPLE_PROJECT)
    _ranked_away_from_the_places(seeded)
    state = event("save_results.json")
    state["requirement"] |= {"locations": [], "remote": "remote"}

    assert "Nobody on the shortlist" not in (_saved_message(seeded, state) or "")


def test_save_results_never_resurrects_a_deleted_project(
    seeded: Aws, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = SaveOutput.model_validate(
        load_handler("finalize").save_results_handler(event("save_results.json"), context())
    )

    assert saved.status == "discarded"
    assert saved.results_key is None
    assert seeded.project(SAMPLE_PROJECT) is None
    assert seeded.keys(SAMPLE_PROJECT) == []  # results and stage documents removed with it
    assert "PipelineRunsDiscarded" in capsys.readouterr().out


def test_save_results_leaves_a_project_that_is_no_longer_running(seeded: Aws) -> None:
    seeded.put_project(SAMPLE_PROJECT, status="failed")

    saved = SaveOutput.model_validate(
        load_handler("finalize").save_results_handler(event("save_results.json"), context())
    )

    assert saved.status == "discarded"
    project = seeded.project(SAMPLE_PROJECT)
    assert project is not None
    assert project["status"] == "failed"
    assert "results_key" not in project


def test_a_retried_save_after_success_is_still_completed(seeded: Aws) -> None:
    seeded.put_project(SAMPLE_PROJECT)
    handler = load_handler("finalize").save_results_handler
    handler(event("save_results.json"), context())

    again = SaveOutput.model_validate(handler(event("save_results.json"), context()))

    assert (again.status, again.results_key, again.ranked_count) == ("completed", RESULTS_KEY, 3)
    assert seeded.keys(SAMPLE_PROJECT) == [RESULTS_KEY]


def test_a_save_retried_after_its_clean_up_failed_cleans_up_and_erases(seeded: Aws) -> None:
    """An attack review's: the first attempt completed the project, then botocore's retries ran out on
    deleting the stage documents (AwsUnavailable, which the state machine retries); the retry saw the
    project saved and returned, leaving the whole candidate pool and a login listed meanwhile."""
    from botocore.awsrequest import AWSResponse

    from talent.aws import client
    from talent.pipeline.transient import AwsUnavailable

    seeded.put_project(SAMPLE_PROJECT)
    handler = load_handler("finalize").save_results_handler
    slow_down = {
        "Error": {"Code": "SlowDown", "Message": "Slow down"},
        "ResponseMetadata": {"HTTPStatusCode": 503},
    }
    events = client("s3").meta.events
    events.register(
        "before-call.s3.DeleteObjects",
        lambda **_: (AWSResponse("https://s3", 503, {}, None), slow_down),
        "slow",
    )
    try:
        with pytest.raises(AwsUnavailable):
            handler(event("save_results.json"), context())
    finally:
        events.unregister("before-call.s3.DeleteObjects", unique_id="slow")
    assert seeded.project(SAMPLE_PROJECT)["status"] == "completed"  # type: ignore[index]
    assert len(seeded.keys(SAMPLE_PROJECT)) == 4
    listed = seeded.read(RESULTS_KEY)["ranked"][0]["candidate"]["login"]
    user = event("save_results.json")["user_id"]
    seeded.dynamodb.put_item(
        TableName="unit-suppressions", Item={"user_id": {"S": user}, "github_login": {"S": listed}}
    )

    again = SaveOutput.model_validate(handler(event("save_results.json"), context()))

    assert (again.status, again.ranked_count) == ("completed", 2)
    assert seeded.keys(SAMPLE_PROJECT) == [RESULTS_KEY]
    assert listed not in {entry["candidate"]["login"] for entry in seeded.read(RESULTS_KEY)["ranked"]}


def test_mark_failed_records_a_readable_error_and_deletes_partial_outputs(
    seeded: Aws, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded.put_project(SAMPLE_PROJECT)
    assert seeded.keys(SAMPLE_PROJECT) == STAGE_KEYS

    failed = FailureOutput.model_validate(
        load_handler("finalize").mark_failed_handler(event("mark_failed.json"), context())
    )

    assert failed.status == "failed"
    assert failed.deleted_objects == 3
    assert seeded.keys(SAMPLE_PROJECT) == []
    project = seeded.project(SAMPLE_PROJECT)
    assert project is not None
    assert project["status"] == "failed"
    assert project["failed_at"].endswith("Z")
    assert project["error"] == {
        "stage": "search_github",
        "module": "search_github",  # the deprecated alias, stored one more version for readers of the item
        "type": "GitHubRateLimited",
        "message": (
            "GitHub's rate limit stopped the search before it found anyone. Run the pipeline again in "
            "about a minute."
        ),
    }
    assert "results_key" not in project
    (metric,) = [d for d in emf(capsys.readouterr().out) if "PipelineRunsFailed" in d]
    assert metric["stage"] == "search_github"
    dimensions = metric["_aws"]["CloudWatchMetrics"][0]["Dimensions"][0]
    assert "stage" in dimensions
    assert "module" not in dimensions  # renamed; no documented dashboard used it (README: Observability)


def test_mark_failed_never_resurrects_a_deleted_project(seeded: Aws) -> None:
    failed = FailureOutput.model_validate(
        load_handler("finalize").mark_failed_handler(event("mark_failed.json"), context())
    )

    assert failed.status == "discarded"
    assert seeded.project(SAMPLE_PROJECT) is None
    assert seeded.keys(SAMPLE_PROJECT) == []


def test_mark_failed_after_a_save_that_did_complete_keeps_the_project_and_its_results(seeded: Aws) -> None:
    # SaveResults wrote everything, then its invocation failed (e.g. timed out after the write).
    seeded.put_project(SAMPLE_PROJECT)
    load_handler("finalize").save_results_handler(event("save_results.json"), context())
    state = event("mark_failed.json")
    state["failed"] = {"save_results": {"Error": "Sandbox.Timedout", "Cause": "Task timed out after 60 s"}}

    failed = FailureOutput.model_validate(load_handler("finalize").mark_failed_handler(state, context()))

    assert (failed.status, failed.deleted_objects) == ("discarded", 0)
    project = seeded.project(SAMPLE_PROJECT)
    assert project is not None
    assert project["status"] == "completed"
    assert "error" not in project
    assert load_project_results(project["results_key"]).project_id == SAMPLE_PROJECT


def test_mark_failed_after_a_save_that_crashed_before_its_clean_up_does_the_clean_up(seeded: Aws) -> None:
    """An attack review's: SaveResults completed the project and crashed before deleting the stages'
    documents (the whole candidate pool), and MarkFailed kept them for the project's lifetime."""
    seeded.put_project(SAMPLE_PROJECT)
    load_handler("finalize").save_results_handler(event("save_results.json"), context())
    seeded.upload_tree(EVENTS / "s3")  # as before the clean-up
    assert len(seeded.keys(SAMPLE_PROJECT)) == 4
    state = event("mark_failed.json")
    state["failed"] = {"save_results": {"Error": "StageCrashed", "Cause": "{}"}}

    failed = FailureOutput.model_validate(load_handler("finalize").mark_failed_handler(state, context()))

    assert (failed.status, failed.deleted_objects) == ("discarded", 3)
    assert seeded.keys(SAMPLE_PROJECT) == [RESULTS_KEY]
    assert seeded.project(SAMPLE_PROJECT)["status"] == "completed"  # type: ignore[index]


def test_a_retried_mark_failed_still_deletes_the_partial_outputs(seeded: Aws) -> None:
    seeded.put_project(SAMPLE_PROJECT, status="failed")  # the first attempt recorded it, then crashed

    failed = FailureOutput.model_validate(
        load_handler("finalize").mark_failed_handler(event("mark_failed.json"), context())
    )

    assert failed.deleted_objects == 3
    assert seeded.keys(SAMPLE_PROJECT) == []


def test_mark_failed_needs_exactly_one_failed_module(aws: Aws) -> None:
    from talent.pipeline.contracts import StageInputError

    broken = event("mark_failed.json")
    broken["failed"]["rank_candidates"] = broken["failed"]["search_github"]
    with pytest.raises(StageInputError, match="failed"):
        load_handler("finalize").mark_failed_handler(broken, context())


def test_an_execution_stopped_without_mark_failed_fails_its_still_running_project(
    seeded: Aws, capsys: pytest.CaptureFixture[str]
) -> None:
    """An operator's review: a run stopped by an operator (or whose MarkFailed failed in an outage) stayed
    "running" until its TTL and held the user's run slot for hours. EventBridge tells MarkFailed."""
    started = {"started_at": "2026-11-24T19:25:03Z", "finished_at": "2026-11-24T19:25:04Z"}
    seeded.put_project(
        SAMPLE_PROJECT, stage_parse_jd=started, stage_search_github={"started_at": "2026-11-24T19:25:04Z"}
    )

    failed = FailureOutput.model_validate(
        load_handler("finalize").mark_failed_handler(event("execution_ended.json"), context())
    )

    assert (failed.status, failed.deleted_objects) == ("failed", 3)
    assert seeded.keys(SAMPLE_PROJECT) == []
    project = seeded.project(SAMPLE_PROJECT)
    assert project is not None
    assert project["status"] == "failed"
    assert project["error"]["stage"] == "search_github"  # where it was when stopped
    assert project["error"]["type"] == "ExecutionAborted"
    assert "an operator stopped the run" in project["error"]["message"]
    assert any("PipelineRunsEndedWithoutMarkFailed" in d for d in emf(capsys.readouterr().out))


@pytest.mark.parametrize("status", ["failed", "completed"])
def test_an_execution_that_ended_by_its_own_states_is_left_as_they_recorded_it(
    seeded: Aws, status: str
) -> None:
    # Every failed run ends FAILED after its own MarkFailed: EventBridge's word then changes nothing.
    seeded.put_project(SAMPLE_PROJECT, status=status)
    ended = event("execution_ended.json")
    ended["detail"]["status"] = "FAILED"
    ended["detail"]["error"] = "PipelineFailed"

    assert load_handler("finalize").mark_failed_handler(ended, context()) == {"status": "already_ended"}
    assert seeded.project(SAMPLE_PROJECT)["status"] == status  # type: ignore[index]
    # a failed run keeps nothing (its MarkFailed deleted it, or this finishes it); a completed one its all
    assert len(seeded.keys(SAMPLE_PROJECT)) == (0 if status == "failed" else 3)
    assert "error" not in seeded.project(SAMPLE_PROJECT)  # type: ignore[operator]


def test_an_execution_status_change_is_read_as_aws_sends_it(aws: Aws) -> None:
    from talent.pipeline.contracts import ExecutionStatusChange, StageInputError

    change = ExecutionStatusChange.model_validate(event("execution_ended.json"))
    assert (change.run().project_id, change.run().user_id) == (SAMPLE_PROJECT, "demo-user-0001")
    succeeded = event("execution_ended.json")
    succeeded["detail"]["status"] = "SUCCEEDED"  # the rule's pattern leaves these out
    with pytest.raises(StageInputError, match="status"):
        load_handler("finalize").mark_failed_handler(succeeded, context())
    foreign = event("execution_ended.json")
    foreign["detail"]["input"] = '{"something": "else"}'
    with pytest.raises(StageInputError, match="project_id"):
        load_handler("finalize").mark_failed_handler(foreign, context())


@pytest.mark.parametrize(
    ("error", "operational"),
    [("GitHubAuthError", True), ("AwsUnavailable", True), ("Lambda.ServiceException", True),
     ("InvalidJobDescription", False), ("JobDescriptionNotText", False)],
)  # fmt: skip
def test_only_a_failure_of_the_operator_s_kind_counts_for_the_runs_failing_alarm(
    seeded: Aws, capsys: pytest.CaptureFixture[str], error: str, operational: bool
) -> None:
    seeded.put_project(SAMPLE_PROJECT)
    state = event("mark_failed.json")
    state["failed"] = {"search_github": {"Error": error, "Cause": "{}"}}
    load_handler("finalize").mark_failed_handler(state, context())
    counted = [d for d in emf(capsys.readouterr().out) if "PipelineRunsFailedOperational" in d]
    assert len(counted) == operational


def test_a_retried_execution_ended_event_finishes_the_clean_up_its_first_try_could_not(
    seeded: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An attack review's: the first try failed the project, then S3 throttled its deletion; Lambda's retry
    saw the project failed and left candidates.json (logins, names, bios) for the lifecycle rule."""
    from botocore.exceptions import ClientError

    import talent.pipeline.finalize as finalize
    from talent.pipeline.storage import delete_project_objects as real

    seeded.put_project(SAMPLE_PROJECT, stage_search_github={"started_at": "2026-11-24T19:25:04Z"})
    tries: list[str] = []

    def throttled_once(project_id: str) -> int:
        tries.append(project_id)
        if len(tries) == 1:
            raise ClientError(
                {"Error": {"Code": "SlowDown", "Message": "Reduce your request rate."}}, "DeleteObjects"
            )
        return real(project_id)

    monkeypatch.setattr(finalize, "delete_project_objects", throttled_once)
    handler = load_handler("finalize").mark_failed_handler
    with pytest.raises(ClientError):
        handler(event("execution_ended.json"), context())
    assert seeded.project(SAMPLE_PROJECT)["status"] == "failed"  # type: ignore[index]
    assert handler(event("execution_ended.json"), context()) == {"status": "already_ended"}
    assert seeded.keys(SAMPLE_PROJECT) == []
    assert len(tries) == 2


def test_a_delete_whose_stop_event_arrives_before_the_item_is_gone_is_no_failed_run(
    seeded: Aws, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An attack review's: DELETE stopped the execution, then removed the item, and EventBridge's event could
    reach MarkFailed in between: the user's deletion was counted as a run that ended without MarkFailed
    (an alarm) and briefly shown as failed. The item goes first now (and AWS's event names the stop's
    error, ProjectDeleted, which MarkFailed leaves alone)."""
    import talent.projects.detail as detail
    from talent.projects.store import projects_store

    arn = f"arn:aws:states:eu-west-1:123456789012:execution:talent-pipeline:{SAMPLE_PROJECT}"
    seeded.put_project(SAMPLE_PROJECT, execution_arn=arn)
    answers: list[dict[str, Any]] = []

    class DeliveredAtOnce:
        def stop(self, execution_arn: str, *, error: str, cause: str) -> None:
            ended = event("execution_ended.json")
            ended["detail"].update(executionArn=execution_arn, error=error, cause=cause)
            assert seeded.project(SAMPLE_PROJECT) is None  # DELETE removes the item before it stops the run
            answers.append(load_handler("finalize").mark_failed_handler(ended, context()))

    monkeypatch.setattr(detail, "executions", lambda: DeliveredAtOnce())
    capsys.readouterr()
    project = projects_store().get_project(SAMPLE_PROJECT)
    assert project is not None
    detail.delete_project(project)

    assert answers == [{"status": "already_ended"}]
    assert seeded.project(SAMPLE_PROJECT) is None
    assert not [d for d in emf(capsys.readouterr().out) if "PipelineRunsEndedWithoutMarkFailed" in d]

"""Readable project errors from what a Catch records; the bucket layout and its cleanup; suppressions."""

from __future__ import annotations

import json
from typing import Any

import pytest

from talent.models import JobRequirement, SearchMetadata, SearchStep
from talent.pipeline import storage
from talent.pipeline.errors import describe_failure
from talent.pipeline.results import no_match_message, short_list_message
from talent.suppressions import suppressed_logins
from tests.unit.pipeline.pipeline_support import Aws

LAMBDA_CAUSE = json.dumps(
    {
        "errorMessage": "The job description is empty. Paste the full text of the job posting.",
        "errorType": "EmptyJobDescription",
        "requestId": "r-1",
        "stackTrace": ['  File "/var/task/app.py", line 22, in lambda_handler\n'],
    }
)


def test_a_user_facing_error_keeps_its_message_without_the_stack_trace() -> None:
    error = describe_failure("parse_jd", "EmptyJobDescription", LAMBDA_CAUSE, "p-1")

    assert error.model_dump() == {
        "stage": "parse_jd",
        "type": "EmptyJobDescription",
        "message": "The job description is empty. Paste the full text of the job posting.",
    }


def test_a_traceback_inside_a_message_is_cut() -> None:
    cause = json.dumps(
        {"errorMessage": "No words\nTraceback (most recent call last):\n  File x", "errorType": "X"}
    )
    assert describe_failure("parse_jd", "InvalidJobDescription", cause, "p").message == "No words"


@pytest.mark.parametrize(
    ("error", "cause", "expected"),
    [
        (
            "KeyError",
            json.dumps({"errorMessage": "'secret internals'", "errorType": "KeyError"}),
            "unexpectedly",
        ),
        (
            "Lambda.ServiceException",
            "Lambda is unavailable (Service: Lambda, Status Code: 500)",
            "after retries",
        ),
        ("Lambda.Unknown", "The cause could not be determined (Status Code: 200)", "AWS Lambda error"),
        (
            "AwsUnavailable",
            json.dumps({"errorMessage": "AWS kept failing (SlowDown)", "errorType": "AwsUnavailable"}),
            "AWS kept throttling or failing its calls after retries",
        ),
        ("States.Timeout", None, "took too long"),
        ("Sandbox.Timedout", "Task timed out after 300.00 seconds", "took too long"),
    ],
)
def test_other_errors_get_a_plain_message_naming_the_stage(
    error: str, cause: str | None, expected: str
) -> None:
    described = describe_failure("rank_candidates", error, cause, "p-42")

    assert described.type == error
    assert described.message.startswith("Ranking the candidates")
    assert expected in described.message
    assert "internals" not in described.message
    assert "Status Code" not in described.message


def test_a_long_message_is_shortened() -> None:
    cause = json.dumps({"errorMessage": "x" * 5000, "errorType": "InvalidJobDescription"})
    assert len(describe_failure("parse_jd", "InvalidJobDescription", cause, "p").message) <= 600


def test_no_match_message_names_what_a_recruiter_can_change() -> None:
    metadata = SearchMetadata(
        queries=[
            "type:user repos:>=3 followers:>=5 language:COBOL location:Reykjavik",
            "type:user repos:>=3 followers:>=5 language:Fortran location:Reykjavik",
        ]
    )
    assert no_match_message(metadata) == (
        "No GitHub users matched language:COBOL location:Reykjavik or language:Fortran location:Reykjavik"
    )
    incomplete = metadata.model_copy(update={"incomplete": True, "incomplete_reason": "budget spent"})
    assert no_match_message(incomplete).endswith("(the search was incomplete: budget spent)")
    assert no_match_message(SearchMetadata()) == "No GitHub users matched the job's skills and locations"


def test_no_match_message_reads_the_plans_searches_in_words() -> None:
    metadata = SearchMetadata(
        queries=["type:user repos:>=3 language:COBOL location:Reykjavik", "topic:db2 fork:false"],
        plan=[
            SearchStep(
                name="core", searches=["…", "…"], reasons=["COBOL developers in Reykjavik", "owners of db2"]
            ),
            SearchStep(name="broader", searches=["…"], reasons=["COBOL developers"]),
        ],
    )
    assert no_match_message(metadata) == (
        "No GitHub users matched the searches for this role: COBOL developers in Reykjavik; owners of db2; "
        "COBOL developers. Name more widely used technologies, or allow other locations or remote work, "
        "and run it again."
    )


def test_a_remote_anywhere_role_is_not_told_to_allow_remote_work_and_one_search_is_one() -> None:
    metadata = SearchMetadata(
        queries=["type:user language:Zig"],
        plan=[SearchStep(name="core", searches=["…"], reasons=["Zig developers"])],
    )
    anywhere = JobRequirement(title="Zig developer", required_skills=["Zig"], remote="remote")
    assert no_match_message(metadata, anywhere) == (
        "No GitHub users matched the searches for this role: Zig developers. Name more widely used "
        "technologies and run it again."
    )
    assert short_list_message(metadata, 3, 50) == (
        "GitHub's searches found 3 developers for this role, fewer than the 50 asked for: every step of the "
        "search plan ran (1 search)"
    )


def test_a_short_list_is_explained_and_a_full_one_is_not() -> None:
    metadata = SearchMetadata(queries=["type:user repos:>=3 language:Go", "type:user language:Go"])
    assert short_list_message(metadata, 50, 50) is None
    assert short_list_message(metadata, 268, 500) == (
        "GitHub's searches found 268 developers for this role, fewer than the 500 asked for: every step "
        "of the search plan ran (2 searches)"
    )
    stopped = metadata.model_copy(update={"incomplete": True, "incomplete_reason": "time budget spent"})
    assert short_list_message(stopped, 30, 500) == (
        "The search stopped with 30 of the 500 developers asked for "
        "(the search was incomplete: time budget spent)"
    )


def test_people_left_out_for_the_do_not_contact_list_are_counted_in_the_message() -> None:
    """30 asked for, 30 ranked, 3 of them on the user's list: the shortlist held 27 with no message
    (a new user's finding); a short search says both why it is short and who was left out."""
    metadata = SearchMetadata(queries=["type:user language:Go"])
    assert short_list_message(metadata, 30, 30, left_out=3) == (
        "27 of the 30 developers asked for are shortlisted: the searches found 30, and 3 of them are on "
        "your do-not-contact list and left out"
    )
    assert short_list_message(metadata, 318, 500, left_out=1) == (
        "GitHub's searches found 318 developers for this role, fewer than the 500 asked for: every step "
        "of the search plan ran (1 search); 1 is on your do-not-contact list and left out"
    )
    assert short_list_message(metadata, 33, 30, left_out=3) is None
    # singular and none (a second review)
    assert short_list_message(metadata, 2, 2, left_out=1) == (
        "1 of the 2 developers asked for is shortlisted: the searches found 2, and 1 of them is on your "
        "do-not-contact list and left out"
    )
    assert short_list_message(metadata, 1, 1, left_out=1) == (
        "0 of the 1 developer asked for are shortlisted: the searches found 1, and 1 of them is on your "
        "do-not-contact list and left out"
    )


def test_people_the_search_left_out_for_the_list_count_among_those_found() -> None:
    # The search drops listed people as it finds them and others fill their places; when the search
    # runs dry they still explain part of the gap.
    searched = SearchMetadata(queries=["type:user language:Go"], left_out_listed=2)
    assert short_list_message(searched, 30, 30) is None
    assert short_list_message(searched, 4, 50) == (
        "GitHub's searches found 6 developers for this role, fewer than the 50 asked for: every step of the "
        "search plan ran (1 search); 2 are on your do-not-contact list and left out"
    )
    assert short_list_message(searched, 4, 50, left_out=1) == (  # and one listed while the run went on
        "GitHub's searches found 6 developers for this role, fewer than the 50 asked for: every step of the "
        "search plan ran (1 search); 3 are on your do-not-contact list and left out"
    )
    # The second review's: enough were found, and the list alone made the shortlist short ...
    assert short_list_message(searched, 48, 50) == (
        "48 of the 50 developers asked for are shortlisted: the searches found 50, and 2 of them are on "
        "your do-not-contact list and left out"
    )
    # a new user's: one found listed by the search, one listed while the run went on; the counts add up
    assert short_list_message(searched.model_copy(update={"left_out_listed": 1}), 50, 50, left_out=1) == (
        "49 of the 50 developers asked for are shortlisted: the searches found 51, and 2 of them are on "
        "your do-not-contact list and left out"
    )
    stopped = searched.model_copy(update={"incomplete": True, "incomplete_reason": "API call budget spent"})
    assert short_list_message(stopped, 98, 100) == (
        "98 of the 100 developers asked for are shortlisted: the searches found 100, and 2 of them are on "
        "your do-not-contact list and left out"
    )
    # ... and a search that stopped counts whom it read, not every listed person its pages showed.
    assert short_list_message(stopped.model_copy(update={"left_out_listed": 5}), 10, 50) == (
        "The search stopped with 10 of the 50 developers asked for (the search was incomplete: API call "
        "budget spent); 5 are on your do-not-contact list and left out"
    )


@pytest.mark.parametrize("project_id", ["", "a/b", "..", "x" * 81, "p 1"])
def test_a_project_id_that_is_not_a_safe_prefix_is_refused(project_id: str) -> None:
    with pytest.raises(ValueError, match="project_id"):
        storage.project_prefix(project_id)


def test_delete_project_objects_deletes_the_whole_prefix_in_batches_and_nothing_else(
    aws: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "_DELETE_BATCH", 2)
    for key in [
        "projects/abc/a.json",
        "projects/abc/b.json",
        "projects/abc/c/d.json",
        "projects/abcd/keep.json",
    ]:
        aws.s3.put_object(Bucket=aws.bucket, Key=key, Body=b"{}")

    assert storage.delete_project_objects("abc") == 3

    assert aws.keys("abc") == []
    assert aws.keys("abcd") == ["projects/abcd/keep.json"]
    assert storage.delete_project_objects("abc") == 0


def test_suppressed_logins_reads_every_page_of_one_users_list(aws: Aws) -> None:
    for number in range(23):
        item = {"user_id": {"S": "u-1"}, "github_login": {"S": f"synth-{number:02d}"}}
        aws.dynamodb.put_item(TableName="unit-suppressions", Item=item)
    aws.dynamodb.put_item(
        TableName="unit-suppressions", Item={"user_id": {"S": "u-2"}, "github_login": {"S": "synth-other"}}
    )
    aws.dynamodb.put_item(
        TableName="unit-suppressions",
        Item={"user_id": {"S": "u-1"}, "github_login": {"S": "Synth-MixedCase"}},
    )

    logins = suppressed_logins("u-1", page_size=5)

    assert logins == {f"synth-{n:02d}" for n in range(23)} | {"synth-mixedcase"}
    assert suppressed_logins("nobody") == set()


# Issue 15 (second round): GitHub's own error text reached users verbatim ("API rate limit exceeded for
# 1.2.3.4", "for user ID 42"). A GitHub failure is told in our words: its kind and when to try again.
def _lambda_cause(error_type: str, message: str) -> str:
    return json.dumps({"errorMessage": message, "errorType": error_type, "stackTrace": []})


@pytest.mark.parametrize(
    ("error", "raw", "expected"),
    [
        (
            "GitHubRateLimited",
            "GitHub rate limits left no candidates: rate limited: GET /search/users -> 403 API rate limit "
            "exceeded for 1.2.3.4. (retry after 1800 s)",
            "GitHub's rate limit stopped the search before it found anyone. Run the pipeline again in "
            "about 30 minutes.",
        ),
        (
            "GitHubRateLimited",
            "GitHub rate limits left no candidates: API rate limit already exceeded for user ID 42.",
            "GitHub's rate limit stopped the search before it found anyone. Run the pipeline again later.",
        ),
        (
            "GitHubRateLimited",
            "GitHub rate limits left no candidates (retry after 20 s)",
            "GitHub's rate limit stopped the search before it found anyone. Run the pipeline again in "
            "about a minute.",
        ),
        (
            "GitHubUnavailable",
            "GitHub failed and no candidates were found: Something went wrong. Please include "
            "`A39E:65C2:1A9544` when reporting this issue.",
            "GitHub kept failing (server errors, timeouts or its per-query resource limits) and the search "
            "found nobody. Run the pipeline again in a few minutes.",
        ),
        (
            "GitHubAuthError",
            "GitHub rejected the token in secret x (401 Bad credentials for user ID 42).",
            "GitHub refused our access token, so nobody could be searched. An operator must put a valid "
            "token in the GitHub token secret; running again will not help until then.",
        ),
        (
            "GitHubRequestError",
            "GitHub answered 422: Validation Failed for user ID 42",
            "GitHub refused the searches for this job description (HTTP 422). Check the skills and "
            "locations it names, then run it again.",
        ),
    ],
)
def test_a_github_failure_is_told_in_our_words_with_its_kind_and_retry_time(
    error: str, raw: str, expected: str
) -> None:
    described = describe_failure("search_github", error, _lambda_cause(error, raw), "p-1")
    assert (described.stage, described.type, described.message) == ("search_github", error, expected)


class _OtherBuildErrors:
    """A results bucket whose answers carry botocore exception classes built by another session than the
    client's own `exceptions` (boto/botocore#2238): how a NoSuchKey escaped `except s3.exceptions.NoSuchKey`
    as a 500 when a fuzz run's DELETE raced an export on the local stack under load."""

    def __init__(self, code: str) -> None:
        import boto3

        def s3() -> Any:
            return boto3.session.Session().client(
                "s3", region_name="us-east-1", aws_access_key_id="k", aws_secret_access_key="s"
            )

        self.exceptions = s3().exceptions
        answer: Any = {"Error": {"Code": code, "Message": "The specified key does not exist."}}
        self.error = s3().exceptions.from_code(code)(answer, "GetObject")

    def get_object(self, **_: Any) -> Any:
        raise self.error


def test_a_missing_document_is_project_object_missing_whichever_build_its_error_class_is(
    aws: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = _OtherBuildErrors("NoSuchKey")
    assert not isinstance(answers.error, answers.exceptions.NoSuchKey)  # the two builds differ
    monkeypatch.setattr(storage, "client", lambda service: answers)

    with pytest.raises(storage.ProjectObjectMissing):
        storage.get_document("projects/p-1/results.json", SearchMetadata)


def test_a_document_that_fails_otherwise_is_not_called_missing(
    aws: Aws, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "client", lambda service: _OtherBuildErrors("AccessDenied"))

    with pytest.raises(Exception, match="AccessDenied") as raised:
        storage.get_document("projects/p-1/results.json", SearchMetadata)
    assert not isinstance(raised.value, storage.ProjectObjectMissing)


def test_a_document_that_is_not_there_is_project_object_missing(aws: Aws) -> None:
    with pytest.raises(storage.ProjectObjectMissing, match=r"projects/p-1/results\.json"):
        storage.get_document("projects/p-1/results.json", SearchMetadata)


@pytest.mark.parametrize(
    ("response", "code"),
    [
        ({"Error": {"Code": "NoSuchKey", "Message": "m"}}, "NoSuchKey"),
        ({"Error": {"Code": 404}}, None),  # not a code AWS writes
        ({"Error": "NoSuchKey"}, None),
        ({}, None),
        (None, None),  # an error that carries no AWS answer (requests' HTTPError has response=None)
    ],
)
def test_error_code_reads_only_an_aws_answer(response: Any, code: str | None) -> None:
    from botocore.exceptions import ClientError

    from talent.aws import error_code

    error = ClientError({"Error": {"Code": "X"}}, "GetObject")
    error.response = response
    assert error_code(error) == code
    assert error_code(ValueError("no answer")) is None


def test_the_do_not_contact_list_is_read_strongly_consistent(aws: Aws) -> None:
    """An operator's review: DynamoDB's default (eventually consistent) Query could miss a login listed a
    moment before a run's results were saved (moto is always consistent, so the request itself is read)."""
    from talent.suppression_store import SuppressionsStore

    sent: list[dict[str, object]] = []
    aws.dynamodb.meta.events.register(
        "before-parameter-build.dynamodb.Query", lambda params, **_: sent.append(dict(params))
    )
    SuppressionsStore(aws.dynamodb, "unit-suppressions").logins("u-1")
    assert sent
    assert all(params.get("ConsistentRead") is True for params in sent)

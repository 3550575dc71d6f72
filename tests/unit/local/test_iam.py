"""The IAM checker (talent_local.iam): wildcards, evaluation, call mapping, and that it fails a role that
lacks one action, including the real template's MarkFailed role without its GetItem."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from talent_local.aws_calls import AwsCall
from talent_local.iam import (
    Permission,
    RolePolicy,
    StackArns,
    Statement,
    UnmappedCall,
    action_matches,
    denials,
    function_policies,
    permissions,
    resource_matches,
    unused_grants,
)

REGION = "us-east-1"
TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/talent-local-ProjectsTable"
USERS = "arn:aws:dynamodb:us-east-1:123456789012:table/talent-local-UsersTable"
BUCKET = "arn:aws:s3:::talent-local-resultsbucket"
JWT = "arn:aws:secretsmanager:us-east-1:123456789012:secret:talent-local-JwtSecret-AbCdEf"
ARNS = StackArns(secret_arns={"talent-local-JwtSecret": JWT})


def call(function: str, service: str, operation: str, error: str = "", **params: Any) -> AwsCall:
    prefix = {"stepfunctions": "states"}.get(service, service)
    return AwsCall(function, service, prefix, operation, REGION, tuple(sorted(params.items())), error)


def allow(actions: list[str], resources: list[str], **extra: Any) -> Statement:
    return Statement.parse("Policy0", {"Effect": "Allow", "Action": actions, "Resource": resources, **extra})


# ---------- wildcards ----------
@pytest.mark.parametrize(
    ("pattern", "action", "matches"),
    [
        ("dynamodb:GetItem", "dynamodb:GetItem", True),
        ("DynamoDB:getitem", "dynamodb:GetItem", True),  # actions ignore case
        ("dynamodb:Get*", "dynamodb:GetItem", True),
        ("dynamodb:Get*", "dynamodb:BatchGetItem", False),
        ("s3:*Object", "s3:PutObject", True),
        ("s3:?etObject", "s3:GetObject", True),
        ("s3:?etObject", "s3:GetObjectAcl", False),
        ("*", "states:StartExecution", True),
    ],
)
def test_action_wildcards(pattern: str, action: str, matches: bool) -> None:
    assert action_matches(pattern, action) is matches


@pytest.mark.parametrize(
    ("pattern", "resource", "matches"),
    [
        (f"{BUCKET}/projects/*", f"{BUCKET}/projects/p1/results.json", True),
        (f"{BUCKET}/projects/*", f"{BUCKET}/other/p1", False),
        (f"{BUCKET}/projects/*", BUCKET, False),  # the bucket is not one of its objects
        (f"{TABLE}/index/*", f"{TABLE}/index/by_user", True),
        (TABLE, f"{TABLE}/index/by_user", False),
        (TABLE.upper(), TABLE, False),  # ARNs are case-sensitive
        ("arn:aws:s3:::a.b", "arn:aws:s3:::axb", False),  # only * and ? are special
    ],
)
def test_resource_wildcards(pattern: str, resource: str, matches: bool) -> None:
    assert resource_matches(pattern, resource) is matches


# ---------- evaluation ----------
def test_an_explicit_deny_wins_over_an_allow() -> None:
    role = RolePolicy(
        "Fn",
        (
            allow(["dynamodb:*"], [TABLE]),
            Statement.parse("Policy1", {"Effect": "Deny", "Action": "dynamodb:Scan", "Resource": "*"}),
        ),
    )
    assert role.allows(Permission("dynamodb:GetItem", TABLE))
    assert not role.allows(Permission("dynamodb:Scan", TABLE))


def test_not_action_and_not_resource_allow_everything_else() -> None:
    role = RolePolicy(
        "Fn",
        (Statement.parse("P", {"Effect": "Allow", "NotAction": "dynamodb:Scan", "NotResource": USERS}),),
    )
    assert role.allows(Permission("dynamodb:GetItem", TABLE))
    assert not role.allows(Permission("dynamodb:Scan", TABLE))
    assert not role.allows(Permission("dynamodb:GetItem", USERS))


def test_an_allow_with_a_condition_is_not_counted() -> None:
    conditional = allow(["s3:ListBucket"], [BUCKET], Condition={"StringLike": {"s3:prefix": "projects/*"}})
    assert not RolePolicy("Fn", (conditional,)).allows(Permission("s3:ListBucket", BUCKET))


def test_nothing_is_allowed_without_a_statement() -> None:
    assert not RolePolicy("Fn", ()).allows(Permission("dynamodb:GetItem", TABLE))


# ---------- what calls need ----------
@pytest.mark.parametrize(
    ("recorded", "needed"),
    [
        (
            call("F", "dynamodb", "GetItem", TableName="talent-local-ProjectsTable"),
            [("dynamodb:GetItem", TABLE)],
        ),
        (
            call("F", "dynamodb", "Query", TableName="talent-local-ProjectsTable", IndexName="by_user"),
            [("dynamodb:Query", f"{TABLE}/index/by_user")],
        ),
        (
            call(
                "F",
                "dynamodb",
                "TransactWriteItems",
                TransactItems=(("Put", "talent-local-UsersTable"), ("Delete", "talent-local-UsersTable")),
            ),
            [("dynamodb:PutItem", USERS), ("dynamodb:DeleteItem", USERS)],
        ),
        (
            call(
                "F",
                "dynamodb",
                "BatchGetItem",
                RequestItems=("talent-local-ProjectsTable", "talent-local-UsersTable"),
            ),
            [("dynamodb:BatchGetItem", TABLE), ("dynamodb:BatchGetItem", USERS)],
        ),
        (
            call("F", "s3", "PutObject", Bucket="talent-local-resultsbucket", Key="projects/p/a.json"),
            [("s3:PutObject", f"{BUCKET}/projects/p/a.json")],
        ),
        (
            call("F", "s3", "GetObject", Bucket="talent-local-resultsbucket", Key="k"),
            [("s3:GetObject", f"{BUCKET}/k")],
        ),
        # Without s3:ListBucket, S3 would have answered AccessDenied instead of NoSuchKey.
        (
            call("F", "s3", "GetObject", "NoSuchKey", Bucket="talent-local-resultsbucket", Key="k"),
            [("s3:GetObject", f"{BUCKET}/k"), ("s3:ListBucket", BUCKET)],
        ),
        (call("F", "s3", "ListObjectsV2", Bucket="talent-local-resultsbucket"), [("s3:ListBucket", BUCKET)]),
        (
            call(
                "F",
                "s3",
                "DeleteObjects",
                Bucket="talent-local-resultsbucket",
                Delete=(("a", ""), ("b", "v1")),
            ),
            [("s3:DeleteObject", f"{BUCKET}/a"), ("s3:DeleteObjectVersion", f"{BUCKET}/b")],
        ),
        (
            call("F", "secretsmanager", "GetSecretValue", SecretId="talent-local-JwtSecret"),
            [("secretsmanager:GetSecretValue", JWT)],
        ),
        (
            call("F", "stepfunctions", "StopExecution", executionArn="arn:x:execution:m:p"),
            [("states:StopExecution", "arn:x:execution:m:p")],
        ),
        (
            call("F", "stepfunctions", "StartExecution", stateMachineArn="arn:x:stateMachine:m"),
            [("states:StartExecution", "arn:x:stateMachine:m")],
        ),
    ],
)
def test_each_call_maps_to_its_actions_and_resources(
    recorded: AwsCall, needed: list[tuple[str, str]]
) -> None:
    assert permissions(recorded, ARNS) == [Permission(action, resource) for action, resource in needed]


def test_a_call_without_a_mapping_is_an_error_that_says_what_to_do() -> None:
    with pytest.raises(
        UnmappedCall, match=r"no IAM mapping for F: dynamodb.CreateTable .*teach talent_local.iam"
    ):
        permissions(call("F", "dynamodb", "CreateTable", TableName="t"), ARNS)
    with pytest.raises(UnmappedCall, match=r"no IAM mapping for F: sqs\.SendMessage"):
        permissions(call("F", "sqs", "SendMessage"), ARNS)
    with pytest.raises(UnmappedCall, match="secret 'elsewhere' is not a secret of the stack"):
        permissions(call("F", "secretsmanager", "GetSecretValue", SecretId="elsewhere"), ARNS)


# ---------- the checks fail when they should ----------
def test_a_role_lacking_one_action_is_reported_with_the_function_action_resource_and_statements() -> None:
    role = RolePolicy("MarkFailedFunction", (allow(["dynamodb:UpdateItem"], [TABLE]),))
    calls = [
        call(
            "MarkFailedFunction",
            "dynamodb",
            "UpdateItem",
            "ConditionalCheckFailedException",
            TableName="talent-local-ProjectsTable",
        ),
        call("MarkFailedFunction", "dynamodb", "GetItem", TableName="talent-local-ProjectsTable"),
    ]

    (denied,) = denials(calls, {"MarkFailedFunction": role}, ARNS)

    message = denied.message()
    assert message.startswith(f"MarkFailedFunction may not dynamodb:GetItem on {TABLE}")
    assert "call: MarkFailedFunction: dynamodb.GetItem TableName=talent-local-ProjectsTable" in message
    assert f"Policy0: Allow dynamodb:UpdateItem on {TABLE}" in message


def test_a_function_without_a_role_is_denied_everything() -> None:
    (denied,) = denials([call("Ghost", "dynamodb", "GetItem", TableName="t")], {}, ARNS)
    assert "(the function has no role)" in denied.message()


def test_grants_no_call_uses_are_reported_per_action_and_resource() -> None:
    role = RolePolicy(
        "Fn",
        (allow(["s3:GetObject", "s3:PutLifecycleConfiguration"], [f"{BUCKET}/projects/*", BUCKET]),),
        ("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",),
    )
    calls = [call("Fn", "s3", "GetObject", Bucket="talent-local-resultsbucket", Key="projects/p/r.json")]

    unused = {(grant.grant, grant.resource) for grant in unused_grants(calls, {"Fn": role}, ARNS)}

    assert unused == {
        ("s3:GetObject", BUCKET),
        ("s3:PutLifecycleConfiguration", f"{BUCKET}/projects/*"),
        ("s3:PutLifecycleConfiguration", BUCKET),
        ("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "*"),
    }


def test_roles_are_read_from_a_translated_template_with_intrinsics_resolved() -> None:
    translated = {
        "Resources": {
            "Fn": {
                "Type": "AWS::Lambda::Function",
                "Properties": {"Role": {"Fn::GetAtt": ["FnRole", "Arn"]}},
            },
            "FnRole": {
                "Type": "AWS::IAM::Role",
                "Properties": {
                    "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
                    "Policies": [
                        {
                            "PolicyName": "FnRolePolicy0",
                            "PolicyDocument": {
                                "Statement": [
                                    {
                                        "Effect": "Allow",
                                        "Action": "dynamodb:GetItem",
                                        "Resource": {"Ref": "T"},
                                    }
                                ]
                            },
                        }
                    ],
                },
            },
        }
    }

    def resolve(value: Any) -> Any:  # what Template.resolve does for this one Ref
        if value == {"Ref": "T"}:
            return TABLE
        if isinstance(value, dict):
            return {key: resolve(item) for key, item in value.items()}
        return [resolve(item) for item in value] if isinstance(value, list) else value

    roles = function_policies(translated, resolve)

    assert roles["Fn"].allows(Permission("dynamodb:GetItem", TABLE))
    assert roles["Fn"].managed_policy_arns == (
        "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    )


# ---------- the real template, as SAM generates it ----------
def test_mark_failed_may_read_the_project_it_could_not_update(sam_roles: dict[str, RolePolicy]) -> None:
    read = call("MarkFailedFunction", "dynamodb", "GetItem", TableName="talent-local-ProjectsTable")
    assert not denials([read], sam_roles, ARNS)

    # The role as it was before the fix (no GetItem): the checker catches it.
    role = sam_roles["MarkFailedFunction"]
    without = tuple(
        replace(s, actions=tuple(a for a in s.actions if a != "dynamodb:GetItem")) for s in role.statements
    )
    (denied,) = denials([read], {"MarkFailedFunction": replace(role, statements=without)}, ARNS)
    assert denied.permission == Permission("dynamodb:GetItem", TABLE)


def test_no_function_may_scan_or_query_the_users_table(sam_roles: dict[str, RolePolicy]) -> None:
    for function, role in sam_roles.items():
        for action in ("dynamodb:Scan", "dynamodb:Query"):
            for resource in (USERS, f"{USERS}/index/any"):
                assert not role.allows(Permission(action, resource)), (function, action, resource)


def test_no_function_may_change_the_buckets_lifecycle_or_policy(sam_roles: dict[str, RolePolicy]) -> None:
    for function, role in sam_roles.items():
        for action in ("s3:PutLifecycleConfiguration", "s3:PutBucketPolicy", "s3:DeleteBucket"):
            assert not role.allows(Permission(action, BUCKET)), (function, action)

"""IAM for the template's functions, evaluated the way AWS does, against the calls they really make.

- `function_policies`: each function's role as SAM generates it (template.yaml translated by SAM's own
  translator, policy templates expanded), with Ref/GetAtt/Sub resolved to the local stack's names/ARNs.
- `permissions`: what one recorded call (talent_local.aws_calls) needs: IAM action(s) and resource ARN(s).
- `denials`: the calls no statement allows (explicit Deny wins; Action/NotAction, Resource/NotResource
  with IAM wildcards; an Allow with a Condition is not counted, since it cannot be evaluated here).
- `unused_grants`: the converse, every (action, resource) an Allow grants that no recorded call used.

AWS-managed policies (attached by ARN, e.g. AWSLambdaBasicExecutionRole) cannot be read offline: they
allow nothing here and are reported by `unused_grants`, so the test lists them as documented exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from talent_local.aws_calls import AwsCall
from talent_local.template import ACCOUNT_ID, REGION, STACK_NAME, Template

if TYPE_CHECKING:
    from talent_local.stack import LocalStack


class UnmappedCall(LookupError):
    """A recorded call whose IAM action and resource this module does not know yet."""


# ---------- IAM wildcards ----------
@cache
def _pattern(text: str, ignore_case: bool) -> re.Pattern[str]:
    # IAM: `*` is any run of characters (none included), `?` one character; nothing else is special.
    body = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in text)
    return re.compile(f"^{body}$", re.IGNORECASE | re.DOTALL if ignore_case else re.DOTALL)


def action_matches(pattern: str, action: str) -> bool:
    return bool(_pattern(pattern, True).match(action))  # actions are case-insensitive


def resource_matches(pattern: str, resource: str) -> bool:
    return bool(_pattern(pattern, False).match(resource))  # ARNs are case-sensitive


# ---------- policies ----------
@dataclass(frozen=True)
class Permission:
    action: str  # dynamodb:GetItem
    resource: str  # arn:aws:dynamodb:us-east-1:123456789012:table/talent-local-ProjectsTable


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (str(value),) if not isinstance(value, list) else tuple(str(item) for item in value)


@dataclass(frozen=True)
class Statement:
    policy: str  # the inline policy it belongs to, e.g. MarkFailedFunctionRolePolicy1
    effect: str  # Allow | Deny
    actions: tuple[str, ...] = ()
    not_actions: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    not_resources: tuple[str, ...] = ()
    conditional: bool = False

    @classmethod
    def parse(cls, policy: str, statement: Mapping[str, Any]) -> Statement:
        return cls(
            policy=policy,
            effect=str(statement.get("Effect")),
            actions=_strings(statement.get("Action")),
            not_actions=_strings(statement.get("NotAction")),
            resources=_strings(statement.get("Resource")),
            not_resources=_strings(statement.get("NotResource")),
            conditional="Condition" in statement,
        )

    def applies_to(self, permission: Permission) -> bool:
        """Whether the statement's Action/NotAction and Resource/NotResource cover the permission."""
        if self.actions:
            action = any(action_matches(p, permission.action) for p in self.actions)
        else:
            action = not any(action_matches(p, permission.action) for p in self.not_actions)
        if self.resources:
            resource = any(resource_matches(p, permission.resource) for p in self.resources)
        else:
            resource = not any(resource_matches(p, permission.resource) for p in self.not_resources)
        return action and resource

    def describe(self) -> str:
        actions = ", ".join(self.actions) or "NotAction " + ", ".join(self.not_actions)
        resources = ", ".join(self.resources) or "NotResource " + ", ".join(self.not_resources)
        condition = " (with a Condition, not evaluated)" if self.conditional else ""
        return f"{self.policy}: {self.effect} {actions} on {resources}{condition}"


@dataclass(frozen=True)
class RolePolicy:
    """Everything a function's execution role holds."""

    function: str
    statements: tuple[Statement, ...]
    managed_policy_arns: tuple[str, ...] = ()

    def allows(self, permission: Permission) -> bool:
        applying = [s for s in self.statements if s.applies_to(permission)]
        if any(s.effect == "Deny" for s in applying):
            return False  # a Deny wins, with or without a Condition (the conservative reading)
        return any(s.effect == "Allow" and not s.conditional for s in applying)

    def describe(self) -> str:
        lines = [statement.describe() for statement in self.statements]
        lines += [f"managed policy {arn} (not readable offline)" for arn in self.managed_policy_arns]
        return "\n".join(f"    {line}" for line in lines) or "    (none)"


def function_policies(
    cloudformation: Mapping[str, Any], resolve: Callable[[Any], Any]
) -> dict[str, RolePolicy]:
    """Each AWS::Lambda::Function's role in a translated template, by the function's logical id.

    `resolve` turns Ref/GetAtt/Sub into names and ARNs (Template.resolve). Raises ValueError if a
    function's Role is not a role of the template."""
    resources: Mapping[str, Any] = cloudformation["Resources"]
    policies = {}
    for logical_id, resource in resources.items():
        if resource["Type"] != "AWS::Lambda::Function":
            continue
        role = resource["Properties"].get("Role")
        if not (isinstance(role, dict) and "Fn::GetAtt" in role):
            raise ValueError(f"{logical_id}: Role {role!r} is not a role of the template")
        role_id = role["Fn::GetAtt"][0]
        properties = resources[role_id]["Properties"]
        statements = [
            Statement.parse(policy["PolicyName"], statement)
            for policy in properties.get("Policies", [])
            for statement in _strings_or_dicts(resolve(policy["PolicyDocument"]).get("Statement"))
        ]
        managed = tuple(str(resolve(arn)) for arn in properties.get("ManagedPolicyArns", []))
        policies[logical_id] = RolePolicy(logical_id, tuple(statements), managed)
    return policies


def _strings_or_dicts(value: Any) -> list[dict[str, Any]]:
    return value if isinstance(value, list) else [value] if isinstance(value, dict) else []


# ---------- what each call needs ----------
@dataclass(frozen=True)
class StackArns:
    """ARNs of the stack's resources, from the names calls use."""

    account: str = ACCOUNT_ID
    secret_arns: Mapping[str, str] = field(default_factory=dict)  # secret name -> ARN

    def table(self, region: str, name: str, index: str | None = None) -> str:
        arn = name if name.startswith("arn:") else f"arn:aws:dynamodb:{region}:{self.account}:table/{name}"
        return f"{arn}/index/{index}" if index else arn

    def bucket(self, name: str) -> str:
        return f"arn:aws:s3:::{name}"

    def secret(self, secret_id: str) -> str:
        if secret_id.startswith("arn:"):
            return secret_id
        if secret_id not in self.secret_arns:
            raise UnmappedCall(f"secret {secret_id!r} is not a secret of the stack")
        return self.secret_arns[secret_id]

    def function(self, region: str, name: str) -> str:
        return name if name.startswith("arn:") else f"arn:aws:lambda:{region}:{self.account}:function:{name}"


_DYNAMODB_TABLE_OPERATIONS = {
    "GetItem",
    "PutItem",
    "UpdateItem",
    "DeleteItem",
    "Query",
    "Scan",
    "DescribeTable",
}
# Transactions have no IAM action of their own: each item needs the action of its kind.
_DYNAMODB_TRANSACT_ITEMS = {
    "Put": "PutItem",
    "Update": "UpdateItem",
    "Delete": "DeleteItem",
    "ConditionCheck": "ConditionCheckItem",
    "Get": "GetItem",
}
_S3_OBJECT_ACTIONS = {  # operation -> (action, action when a VersionId is given)
    "GetObject": ("s3:GetObject", "s3:GetObjectVersion"),
    "HeadObject": ("s3:GetObject", "s3:GetObjectVersion"),
    "PutObject": ("s3:PutObject", "s3:PutObject"),
    "DeleteObject": ("s3:DeleteObject", "s3:DeleteObjectVersion"),
}
_S3_BUCKET_ACTIONS = {
    "ListObjectsV2": "s3:ListBucket",
    "ListObjects": "s3:ListBucket",
    "ListObjectVersions": "s3:ListBucketVersions",
}
# Without s3:ListBucket, S3 answers a missing key with 403 AccessDenied instead of 404 NoSuchKey.
_S3_MISSING_KEY = {"NoSuchKey", "404", "NotFound"}
_STATES_RESOURCE_PARAMETER = {
    "StartExecution": "stateMachineArn",
    "StartSyncExecution": "stateMachineArn",
    "DescribeStateMachine": "stateMachineArn",
    "DescribeExecution": "executionArn",
    "GetExecutionHistory": "executionArn",
    "StopExecution": "executionArn",
}


def _dynamodb(call: AwsCall, arns: StackArns) -> list[Permission]:
    operation = call.operation
    if operation in ("TransactWriteItems", "TransactGetItems"):
        return [
            Permission(f"dynamodb:{_DYNAMODB_TRANSACT_ITEMS[kind]}", arns.table(call.region, table))
            for kind, table in call.param("TransactItems")
        ]
    if operation in ("BatchWriteItem", "BatchGetItem"):
        return [
            Permission(f"dynamodb:{operation}", arns.table(call.region, t))
            for t in call.param("RequestItems")
        ]
    if operation in _DYNAMODB_TABLE_OPERATIONS:
        arn = arns.table(call.region, call.param("TableName"), call.param("IndexName"))
        return [Permission(f"dynamodb:{operation}", arn)]
    raise UnmappedCall(operation)


def _s3(call: AwsCall, arns: StackArns) -> list[Permission]:
    operation, bucket = call.operation, call.param("Bucket")
    if operation in _S3_OBJECT_ACTIONS:
        plain, versioned = _S3_OBJECT_ACTIONS[operation]
        action = versioned if call.param("VersionId") else plain
        needed = [Permission(action, f"{arns.bucket(bucket)}/{call.param('Key')}")]
        if operation in ("GetObject", "HeadObject") and call.error in _S3_MISSING_KEY:
            needed.append(Permission("s3:ListBucket", arns.bucket(bucket)))
        if operation == "PutObject" and call.param("Tagging"):
            # S3's PutObject docs: tags sent with the object need s3:PutObjectTagging too
            needed.append(Permission("s3:PutObjectTagging", f"{arns.bucket(bucket)}/{call.param('Key')}"))
        return needed
    if operation == "DeleteObjects":
        return [
            Permission(
                "s3:DeleteObjectVersion" if version else "s3:DeleteObject", f"{arns.bucket(bucket)}/{key}"
            )
            for key, version in call.param("Delete")
        ]
    if operation in _S3_BUCKET_ACTIONS:
        return [Permission(_S3_BUCKET_ACTIONS[operation], arns.bucket(bucket))]
    raise UnmappedCall(operation)


def _secretsmanager(call: AwsCall, arns: StackArns) -> list[Permission]:
    if call.operation in ("GetSecretValue", "DescribeSecret"):
        return [Permission(f"secretsmanager:{call.operation}", arns.secret(call.param("SecretId")))]
    raise UnmappedCall(call.operation)


def _states(call: AwsCall, arns: StackArns) -> list[Permission]:
    if call.operation in _STATES_RESOURCE_PARAMETER:
        return [
            Permission(f"states:{call.operation}", call.param(_STATES_RESOURCE_PARAMETER[call.operation]))
        ]
    raise UnmappedCall(call.operation)


def _lambda(call: AwsCall, arns: StackArns) -> list[Permission]:
    if call.operation == "Invoke":
        return [Permission("lambda:InvokeFunction", arns.function(call.region, call.param("FunctionName")))]
    raise UnmappedCall(call.operation)


_SERVICES: dict[str, Callable[[AwsCall, StackArns], list[Permission]]] = {
    "dynamodb": _dynamodb,
    "s3": _s3,
    "secretsmanager": _secretsmanager,
    "stepfunctions": _states,
    "lambda": _lambda,
}


def permissions(call: AwsCall, arns: StackArns) -> list[Permission]:
    """The IAM action(s) and resource ARN(s) the call needs. Raises UnmappedCall for a call this module
    cannot map yet (add it to the table of its service)."""
    mapper = _SERVICES.get(call.service)
    try:
        if mapper is None:
            raise UnmappedCall(call.operation)
        return mapper(call, arns)
    except UnmappedCall as error:
        raise UnmappedCall(
            f"no IAM mapping for {call.describe()} ({error}): teach talent_local.iam"
        ) from None


# ---------- the checks ----------
@dataclass(frozen=True)
class Denial:
    call: AwsCall
    permission: Permission
    role: RolePolicy | None

    def message(self) -> str:
        statements = self.role.describe() if self.role else "    (the function has no role)"
        return (
            f"{self.call.function} may not {self.permission.action} on {self.permission.resource}\n"
            f"  call: {self.call.describe()}\n  its statements:\n{statements}"
        )


def denials(calls: Iterable[AwsCall], roles: Mapping[str, RolePolicy], arns: StackArns) -> list[Denial]:
    """Every (call, permission) that the calling function's role does not allow."""
    found = []
    for call in calls:
        role = roles.get(call.function)
        for permission in permissions(call, arns):
            if role is None or not role.allows(permission):
                found.append(Denial(call, permission, role))
    return found


@dataclass(frozen=True)
class UnusedGrant:
    function: str
    grant: str  # an action pattern, a managed policy ARN, or "NotAction ..." for a NotAction Allow
    resource: str
    statement: Statement | None = None

    def message(self) -> str:
        where = f" (statement {self.statement.describe()})" if self.statement else ""
        return f"{self.function} is granted {self.grant} on {self.resource} but never uses it{where}"


def unused_grants(
    calls: Iterable[AwsCall], roles: Mapping[str, RolePolicy], arns: StackArns
) -> list[UnusedGrant]:
    """Every Allow (action pattern x resource pattern) no recorded call of its function used."""
    used: dict[str, list[Permission]] = {}
    for call in calls:
        used.setdefault(call.function, []).extend(permissions(call, arns))
    found = []
    for function, role in sorted(roles.items()):
        needed = used.get(function, [])
        for statement in role.statements:
            if statement.effect != "Allow":
                continue
            if statement.not_actions or statement.not_resources:
                found.append(
                    UnusedGrant(
                        function, f"NotAction/NotResource Allow in {statement.policy}", "*", statement
                    )
                )
                continue
            for action in statement.actions:
                for resource in statement.resources:
                    if not any(
                        action_matches(action, p.action) and resource_matches(resource, p.resource)
                        for p in needed
                    ):
                        found.append(UnusedGrant(function, action, resource, statement))
        found += [UnusedGrant(function, arn, "*") for arn in role.managed_policy_arns]
    return found


# ---------- the local stack's view ----------
class StackNames(Template):
    """The template's names as IAM sees them on the local stack: a Ref to a secret is its ARN."""

    def __init__(
        self, template: Template, secret_arns: Mapping[str, str], generated: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(template.path, template.parameters)
        self.secret_arns = dict(secret_arns)
        self.generated = dict(generated or {})  # the resources SAM adds (a function's on-failure queue)

    def get_att(self, logical_id: str, attribute: str) -> str:
        kind = self.generated.get(logical_id, {}).get("Type")
        if logical_id not in self.resources and kind == "AWS::SQS::Queue" and attribute == "Arn":
            return f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{STACK_NAME}-{logical_id}"
        return super().get_att(logical_id, attribute)

    def ref(self, logical_id: str) -> str:
        name = super().ref(logical_id)
        if self.resources.get(logical_id, {}).get("Type") == "AWS::SecretsManager::Secret":
            return self.secret_arns[name]
        return name


def stack_arns(stack: LocalStack) -> StackArns:
    """The running stack's ARNs (secret ARNs end in a random suffix, so they are read from moto)."""
    listed = stack.client("secretsmanager").get_paginator("list_secrets").paginate()
    return StackArns(secret_arns={s["Name"]: s["ARN"] for page in listed for s in page["SecretList"]})


def template_roles(template: Template, secret_arns: Mapping[str, str]) -> dict[str, RolePolicy]:
    """Each function's role as SAM generates it from the template and its parameters, with the local
    stack's names; `secret_arns` maps each secret's name to its ARN."""
    from talent_local.sam_venv import translate

    translated = translate(template.path, REGION, template.parameters)
    names = StackNames(template, secret_arns, translated["Resources"])
    return function_policies(translated, names.resolve)


def stack_roles(stack: LocalStack, arns: StackArns) -> dict[str, RolePolicy]:
    """Each function's role on the running stack."""
    return template_roles(stack.template, arns.secret_arns)

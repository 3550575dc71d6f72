"""Read template.yaml and resolve the intrinsics the local stack needs.

The local stack builds every resource from this file, so it cannot drift from what gets deployed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cfnlint.decode import cfn_yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_PATH = REPO_ROOT / "template.yaml"

REGION = "us-east-1"
ACCOUNT_ID = "123456789012"
STACK_NAME = "talent-local"


# What the local stack builds for each resource type of template.yaml (stack.py, front.py, runtime.py).
EMULATED_RESOURCES: dict[str, str] = {
    "AWS::DynamoDB::Table": "a moto table with its keys, indexes and TTL",
    "AWS::S3::Bucket": "a moto bucket",
    "AWS::SecretsManager::Secret": "a moto secret: its SecretString, else a random value",
    "AWS::Serverless::Function": "a moto function whose handler runs in-process (runtime.py)",
    "AWS::Serverless::StateMachine": "a moto state machine that executes for real",
    "AWS::Serverless::Api": "the HTTP front: the functions' Api events, its Cors and GatewayResponses",
}
# What it deliberately leaves out, and why: no handler's behaviour depends on them.
IGNORED_RESOURCES: dict[str, str] = {
    "AWS::Logs::LogGroup": "handlers log to the local stack's output",
    "AWS::Serverless::LayerVersion": "the layer's package is installed in the virtualenv (-e layers/talent)",
    "AWS::IAM::Role": "deploy-only (API Gateway's CloudWatch Logs role); each function's calls are"
    " checked against the role SAM generates from its Policies instead (talent_local.iam)",
    "AWS::ApiGateway::Account": "deploy-only: an account-wide setting for API Gateway's logs",
    "AWS::S3::BucketPolicy": "it denies plain HTTP; the local stack's AWS is plain HTTP on loopback",
    "Custom::EmptyBucket": "runs only when the stack is deleted; its function is created and tested"
    " like any other (tests/integration/iam)",
    "AWS::CloudWatch::Alarm": "deploy-only: alarms watch CloudWatch's metrics, which the local stack has"
    " none of; tests/unit/test_alarms.py checks each watches a metric the code emits",
    "AWS::SNS::Topic": "deploy-only: where the alarms are sent",
}
# The function and state machine event types the local stack delivers, and those it leaves out.
EMULATED_EVENTS: dict[str, str] = {
    "Api": "a route of the HTTP front",
    "EventBridgeRule": "an execution's end, delivered when the rule's pattern matches (moto's EventPattern;"
    " talent_local.patches.publish_execution_ends)",
}
IGNORED_EVENTS: dict[str, str] = {}
EVENT_SOURCES = ("AWS::Serverless::Function", "AWS::Serverless::StateMachine")


class TemplateError(ValueError):
    """The template uses something the local stack cannot resolve or does not support."""


@dataclass(frozen=True)
class Route:
    function_id: str
    path: str  # API Gateway path, e.g. /projects/{project_id}
    method: str  # upper case, or ANY


@dataclass(frozen=True)
class FunctionSpec:
    logical_id: str
    name: str
    code_dir: Path
    handler: str  # module.function
    environment: dict[str, str]
    timeout: int
    memory: int
    routes: list[Route] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)  # its EventBridge rules' patterns, resolved

    @property
    def arn(self) -> str:
        return f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{self.name}"


class Template:
    def __init__(
        self, path: Path = TEMPLATE_PATH, parameter_overrides: Mapping[str, str] | None = None
    ) -> None:
        """`parameter_overrides` replace parameter defaults, like `sam ... --parameter-overrides`."""
        self.path = path
        self.body: dict[str, Any] = cfn_yaml.load(str(path))
        self.resources: dict[str, dict[str, Any]] = self.body.get("Resources", {})
        self.parameters = {
            name: str(spec.get("Default", "")) for name, spec in self.body.get("Parameters", {}).items()
        }
        unknown = sorted(set(parameter_overrides or {}) - set(self.parameters))
        if unknown:
            raise TemplateError(f"parameter overrides name no template parameter: {', '.join(unknown)}")
        self.parameters.update({name: str(value) for name, value in (parameter_overrides or {}).items()})

    # ---- naming: what Ref / GetAtt give for each resource locally ----
    def physical_name(self, logical_id: str) -> str:
        kind = self.resources[logical_id]["Type"]
        if kind == "AWS::S3::Bucket":
            return f"{STACK_NAME}-{logical_id}".lower()
        return f"{STACK_NAME}-{logical_id}"

    def ref(self, logical_id: str) -> str:
        pseudo = {
            "AWS::Region": REGION,
            "AWS::AccountId": ACCOUNT_ID,
            "AWS::StackName": STACK_NAME,
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
        }
        if logical_id in pseudo:
            return pseudo[logical_id]
        if logical_id in self.parameters:
            return self.parameters[logical_id]
        if logical_id not in self.resources:
            raise TemplateError(f"Ref to unknown name {logical_id!r}")
        kind = self.resources[logical_id]["Type"]
        name = self.physical_name(logical_id)
        if kind == "AWS::SecretsManager::Secret":
            # Real Refs give an ARN with a random suffix; the name works for every read API.
            return name
        if kind in ("AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine"):
            return f"arn:aws:states:{REGION}:{ACCOUNT_ID}:stateMachine:{name}"
        return name

    def get_att(self, logical_id: str, attribute: str) -> str:
        kind = self.resources[logical_id]["Type"]
        name = self.physical_name(logical_id)
        arns = {
            "AWS::DynamoDB::Table": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{name}",
            "AWS::S3::Bucket": f"arn:aws:s3:::{name}",
            "AWS::Serverless::Function": f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{name}",
            "AWS::Logs::LogGroup": f"arn:aws:logs:{REGION}:{ACCOUNT_ID}:log-group:{name}",
        }
        if attribute == "Arn" and kind in arns:
            return arns[kind]
        if attribute == "Name":
            return name
        raise TemplateError(f"GetAtt {logical_id}.{attribute} is not supported locally")

    def resolve(self, value: Any) -> Any:
        """Resolve Ref, GetAtt, Sub and Join inside any value."""
        if isinstance(value, list):
            return [self.resolve(item) for item in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            ((key, arg),) = value.items()
            if key == "Ref":
                return self.ref(arg)
            if key == "Fn::GetAtt":
                logical_id, attribute = arg.split(".", 1) if isinstance(arg, str) else arg
                return self.get_att(logical_id, attribute)
            if key == "Fn::Sub":
                text, variables = (arg, {}) if isinstance(arg, str) else arg
                return self._sub(text, {k: self.resolve(v) for k, v in variables.items()})
            if key == "Fn::Join":
                separator, items = arg
                return separator.join(str(item) for item in self.resolve(items))
            if key.startswith("Fn::"):
                raise TemplateError(f"{key} is not supported by the local stack")
        return {key: self.resolve(item) for key, item in value.items()}

    def _sub(self, text: str, variables: dict[str, Any]) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in variables:
                return str(variables[name])
            if "." in name:
                logical_id, attribute = name.split(".", 1)
                return self.get_att(logical_id, attribute)
            return self.ref(name)

        return re.sub(r"\$\{([^}!]+)\}", replace, text)

    # ---- what the local stack supports ----
    def unsupported(self) -> list[str]:
        """Each resource and event the local stack neither builds nor deliberately ignores, as
        `Name (Type)` or `Name event Event (Type)`; [] when it supports the whole template."""
        known = EMULATED_RESOURCES.keys() | IGNORED_RESOURCES.keys()
        known_events = EMULATED_EVENTS.keys() | IGNORED_EVENTS.keys()
        found = [f"{lid} ({res['Type']})" for lid, res in self.resources.items() if res["Type"] not in known]
        for logical_id, resource in self.of_type(*EVENT_SOURCES).items():
            events = (resource.get("Properties") or {}).get("Events") or {}
            found += [
                f"{logical_id} event {name} ({event.get('Type')})"
                for name, event in events.items()
                if event.get("Type") not in known_events
            ]
        return found

    def check_supported(self) -> None:
        """Raise TemplateError naming everything in the template the local stack would silently miss."""
        missing = self.unsupported()
        if missing:
            raise TemplateError(
                f"{self.path.name} has what the local stack does not create: {', '.join(missing)}."
                " Build it in talent_local.stack, or list it with its reason in talent_local.template's"
                " IGNORED_RESOURCES or IGNORED_EVENTS"
            )

    # ---- typed views ----
    def of_type(self, *kinds: str) -> dict[str, dict[str, Any]]:
        return {lid: res for lid, res in self.resources.items() if res["Type"] in kinds}

    def functions(self) -> list[FunctionSpec]:
        globals_ = self.body.get("Globals", {}).get("Function", {})
        global_env = self.resolve(globals_.get("Environment", {}).get("Variables", {}))
        specs = []
        for logical_id, resource in self.of_type("AWS::Serverless::Function").items():
            props = resource.get("Properties", {})
            env = dict(global_env)
            env.update(self.resolve(props.get("Environment", {}).get("Variables", {})))
            routes = [
                Route(logical_id, event["Properties"]["Path"], event["Properties"]["Method"].upper())
                for event in props.get("Events", {}).values()
                if event.get("Type") == "Api"
            ]
            rules = [
                self.resolve(event["Properties"]["Pattern"])
                for event in props.get("Events", {}).values()
                if event.get("Type") == "EventBridgeRule"
            ]
            specs.append(
                FunctionSpec(
                    logical_id=logical_id,
                    name=self.physical_name(logical_id),
                    code_dir=(self.path.parent / props["CodeUri"]).resolve(),
                    handler=props.get("Handler", globals_.get("Handler", "app.lambda_handler")),
                    environment={k: str(v) for k, v in env.items()},
                    timeout=int(props.get("Timeout", globals_.get("Timeout", 3))),
                    memory=int(props.get("MemorySize", globals_.get("MemorySize", 128))),
                    routes=routes,
                    rules=rules,
                )
            )
        return specs

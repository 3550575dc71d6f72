"""Print template.yaml translated to CloudFormation JSON by the aws-sam-translator SAM CLI ships.

Runs in .venv-sam (`python translate.py TEMPLATE REGION [NAME=VALUE ...]`), never imports talent_local.
Local code paths become placeholder S3 URIs first, as `sam package` would make them: the translator
accepts nothing else, and the IAM roles do not depend on them.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import boto3
from samtranslator.parser.parser import Parser
from samtranslator.translator.translator import Translator
from samtranslator.yaml_helper import yaml_parse

LOCAL_PATHS = {
    "AWS::Serverless::Function": "CodeUri",
    "AWS::Serverless::LayerVersion": "ContentUri",
    "AWS::Serverless::StateMachine": "DefinitionUri",
    "AWS::Serverless::Api": "DefinitionUri",
}


def main(template_path: str, region: str, overrides: list[str]) -> None:
    with open(template_path, encoding="utf-8") as file:
        body: dict[str, Any] = yaml_parse(file.read())
    for resource in body.get("Resources", {}).values():
        key = LOCAL_PATHS.get(resource.get("Type", ""))
        properties = resource.get("Properties", {})
        if key and isinstance(properties.get(key), str) and not properties[key].startswith("s3://"):
            properties[key] = f"s3://talent-local-packaging/{properties[key].strip('/')}"
    parameters = dict(pair.split("=", 1) for pair in overrides)
    translator = Translator(None, Parser(), boto_session=boto3.Session(region_name=region))
    # No managed policy names in our Policies: the map (an IAM call) is never needed.
    translated = translator.translate(body, parameter_values=parameters, get_managed_policy_map=dict)
    json.dump(translated, sys.stdout, indent=1, sort_keys=True, default=str)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])

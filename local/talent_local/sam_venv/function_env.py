"""Print the environment `sam local invoke/start-api` would give each function, by SAM CLI's own code.

Runs in .venv-sam: `python function_env.py TEMPLATE REGION ENV_VARS_FILE|- [NAME=VALUE ...]` (the file
as for `--env-vars`, the pairs as for `--parameter-overrides`). Prints {logical id: {name: value}} and
never imports talent_local. Template values SAM CLI cannot resolve (a Ref to a resource) come out as it
gives them to the container: the logical id.
"""

from __future__ import annotations

import json
import os
import sys

from samcli.commands.local.cli_common.invoke_context import InvokeContext
from samcli.commands.local.lib.local_lambda import LocalLambdaRunner
from samcli.lib.providers.sam_function_provider import SamFunctionProvider
from samcli.lib.providers.sam_stack_provider import SamLocalStackProvider


def main(template: str, region: str, env_vars_file: str, overrides: list[str]) -> None:
    parameters = dict(pair.split("=", 1) for pair in overrides)
    stacks, _ = SamLocalStackProvider.get_stacks(template, parameter_overrides=parameters)
    provider = SamFunctionProvider(stacks)
    runner = LocalLambdaRunner(
        local_runtime=None,  # nothing is run
        function_provider=provider,
        cwd=os.path.dirname(os.path.abspath(template)),
        real_path=os.path.dirname(os.path.abspath(template)),
        aws_region=region,
        env_vars_values=InvokeContext._get_env_vars_value(None if env_vars_file == "-" else env_vars_file),
    )
    resolved = {
        function.name: runner.get_invoke_config(function).env_vars.resolve()
        for function in provider.get_all()
    }
    json.dump(resolved, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])

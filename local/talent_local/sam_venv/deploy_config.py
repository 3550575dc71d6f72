"""Print what `sam deploy` makes of samconfig.toml and template.yaml, by SAM CLI's own code.

Runs in .venv-sam: `python deploy_config.py TEMPLATE CONFIG_DIR`. Prints {"samconfig": {command:
{option: value}} as SAM CLI reads the default environment, "options": {command: [option names]} of
the commands configured, "no_authentication": [the resources `sam deploy --guided` asks about, in
order, once per question]}.
"""

from __future__ import annotations

import json
import sys

from samcli.commands.delete.command import cli as delete
from samcli.commands.deploy.auth_utils import auth_per_resource
from samcli.commands.deploy.command import cli as deploy
from samcli.commands.validate.validate import cli as validate
from samcli.lib.config.samconfig import SamConfig
from samcli.lib.providers.sam_stack_provider import SamLocalStackProvider

COMMANDS = {"deploy": deploy, "delete": delete, "validate": validate}


def main(template: str, config_dir: str) -> None:
    stacks, _ = SamLocalStackProvider.get_stacks(template)
    json.dump(
        {
            # One SamConfig per command, as per `sam` run: get_all() merges into the global section it caches.
            "samconfig": {name: SamConfig(config_dir).get_all([name], "parameters") for name in COMMANDS},
            "options": {
                name: sorted(str(p.name) for p in command.params) for name, command in COMMANDS.items()
            },
            "no_authentication": [
                resource for resource, required in auth_per_resource(stacks) if not required
            ],
        },
        sys.stdout,
        indent=1,
        sort_keys=True,
        default=str,
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""layers/talent/requirements.txt: every runtime dependency of the layer, transitive too, pinned exactly
as requirements-dev.lock pins it, so `sam build` ships what the tests ran (`make lock` rewrites it).

The set is the `talent` package's dependency closure as installed in .venv (from the lock), with each
requirement's environment markers evaluated for Lambda: Linux on arm64 (Globals' Architectures),
CPython 3.13, less what Lambda's Python runtime already provides: boto3 and its own closure (botocore,
s3transfer, jmespath, python-dateutil, six, urllib3). The layer shadows the runtime, so shipping them
would load a second, 24 MB botocore (the X-Ray SDK requires botocore; the layer's Makefile installs
with --no-deps so it cannot bring it). `python -m talent_local.layer_requirements` writes the file;
`--check` compares.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib.metadata import distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from talent_local.template import REPO_ROOT

LAYER_REQUIREMENTS = REPO_ROOT / "layers" / "talent" / "requirements.txt"
LOCK = REPO_ROOT / "requirements-dev.lock"
LAMBDA_ENVIRONMENT = {
    "python_version": "3.13",
    "python_full_version": "3.13.0",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": "aarch64",
    "os_name": "posix",
}
# Lambda's Python runtime ships boto3 with its dependencies; the layer must not ship them again.
RUNTIME_PROVIDED_ROOT = "boto3"
HEADER = """\
# Installed into the layer by `sam build` (layers/talent/Makefile, --no-deps): every runtime dependency
# of talent, transitive too, pinned as in requirements-dev.lock, except boto3 and its dependencies, which
# Lambda's Python runtime provides. Written by `python -m talent_local.layer_requirements` (make lock);
# a test fails if it and the lock disagree.
"""


def runtime_closure(package: str = "talent") -> dict[str, str]:
    """{canonical name: installed version} of everything `package` needs at run time on Lambda."""
    return _closure(package)


def runtime_provided() -> dict[str, str]:
    """What Lambda's Python runtime provides: boto3 and everything it needs."""
    return {canonicalize_name(RUNTIME_PROVIDED_ROOT): distribution(RUNTIME_PROVIDED_ROOT).version} | _closure(
        RUNTIME_PROVIDED_ROOT
    )


def layer_closure(package: str = "talent") -> dict[str, str]:
    """What the layer must ship: the runtime closure less what the runtime provides."""
    provided = runtime_provided()
    return {name: version for name, version in runtime_closure(package).items() if name not in provided}


def _closure(package: str) -> dict[str, str]:
    found: dict[str, str] = {}
    pending: list[tuple[str, frozenset[str]]] = [(package, frozenset())]
    visited: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, extras = pending.pop()
        if (name, extras) in visited:
            continue
        visited.add((name, extras))
        for text in distribution(name).requires or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker and not any(
                marker.evaluate({**LAMBDA_ENVIRONMENT, "extra": e}) for e in extras or {""}
            ):
                continue
            dependency = canonicalize_name(requirement.name)
            found[dependency] = distribution(requirement.name).version
            pending.append((dependency, frozenset(requirement.extras)))
    return dict(sorted(found.items()))


def locked_versions(lock: Path = LOCK) -> dict[str, str]:
    """{canonical name: version} of every `name==version` line of a uv/pip-compile lock file."""
    pins = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", lock.read_text(encoding="utf-8"), re.MULTILINE)
    return {canonicalize_name(name): version for name, version in pins}


def render(closure: dict[str, str]) -> str:
    return HEADER + "".join(f"{name}=={version}\n" for name, version in closure.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not what it should be")
    args = parser.parse_args()
    expected = render(layer_closure())
    if args.check:
        current = LAYER_REQUIREMENTS.read_text(encoding="utf-8")
        if current != expected:
            sys.exit(f"{LAYER_REQUIREMENTS} is stale: run `python -m talent_local.layer_requirements`")
        print(f"{LAYER_REQUIREMENTS} is up to date")
        return
    LAYER_REQUIREMENTS.write_text(expected, encoding="utf-8")
    print(f"Wrote {LAYER_REQUIREMENTS}")


if __name__ == "__main__":
    main()

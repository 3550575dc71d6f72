"""`make run`: serve the whole system on this machine, no Docker. Ctrl-C stops it cleanly."""

from __future__ import annotations

import argparse
import logging
import signal
import threading

from talent_local.demo import seed_demo
from talent_local.stack import LOCAL_PARAMETER_OVERRIDES, LocalStack
from talent_local.template import TemplateError


def main() -> None:
    parser = argparse.ArgumentParser(description="Talent Pipeline local stack (moto + in-process Lambdas)")
    parser.add_argument("--port", type=int, default=3000, help="API port (sam local start-api uses 3000)")
    parser.add_argument("--moto-port", type=int, default=0, help="moto server port (0 = any free port)")
    parser.add_argument(
        "--aws-host",
        default=None,
        help="address moto listens on (default 127.0.0.1); 0.0.0.0 for sam local's containers (make sam-env)",
    )
    parser.add_argument(
        "--parameter-overrides",
        nargs="*",
        default=[],
        metavar="NAME=VALUE",
        help="template parameter values, as for sam (default: 1 s pipeline retry intervals)",
    )
    parser.add_argument("--no-demo", action="store_true", help="start empty: no demo account or project")
    args = parser.parse_args()
    overrides = dict(LOCAL_PARAMETER_OVERRIDES)
    for pair in args.parameter_overrides:
        name, separator, value = pair.partition("=")
        if not separator:
            parser.error(f"--parameter-overrides takes NAME=VALUE pairs, got {pair!r}")
        overrides[name] = value
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's own access log drowns the API's
    logging.getLogger("botocore").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per GitHub call is noise here

    try:
        stack = LocalStack(
            api_port=args.port,
            moto_port=args.moto_port,
            aws_host=args.aws_host,
            parameter_overrides=overrides,
        ).start()
    except TemplateError as error:  # a bad override, or what the local stack does not create
        parser.error(str(error))
    stopped = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    print(f"API       {stack.api_url}", flush=True)
    print(f"Docs      {stack.api_url}/docs  (OpenAPI: {stack.api_url}/openapi.json)", flush=True)
    print(f"Health    {stack.api_url}/health", flush=True)
    print(f"AWS(moto) {stack.moto_url}", flush=True)
    if stack.github is not None:
        print(f"GitHub    {stack.github.url}  (offline emulator, synthetic demo corpus)", flush=True)
    if not args.no_demo:
        demo = seed_demo(stack.api_url)
        print(
            f"Demo      {demo.email} / {demo.password}: project {demo.project_id} ({demo.status})",
            flush=True,
        )
    print("Ctrl-C to stop.", flush=True)
    stopped.wait()
    stack.stop()
    print("Stopped.", flush=True)


if __name__ == "__main__":
    main()

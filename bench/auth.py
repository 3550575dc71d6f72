"""Bench: accounts on the local stack, in-process (the auth function's handler called directly, no HTTP
front; DynamoDB and Secrets Manager are moto over loopback). Prints, never asserts.

    .venv/bin/python bench/auth.py [--calls 300] [--logins 5] [--rounds 12]

- the login handler's time, dominated by bcrypt: the cost factor is printed with it;
- an authenticated GET /auth/me, p50 and p99 over --calls calls, and the DynamoDB share of it;
- DynamoDB calls per request of each route, counted with a botocore `before-call` hook, and the
  Secrets Manager reads once warm (the signing key is cached).
Local numbers: no Lambda cold start, no real network; a Lambda at 1024 MB has about 0.6 of a vCPU,
so bcrypt there takes roughly 1.5x the time printed here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import uuid
from typing import Any

from support import Calls, event, per_request, percentile, quiet_stack_env

PASSWORD = "bench passphrase for the accounts"  # noqa: S105 - a throwaway local account


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300, help="GET /auth/me calls (at least 200)")
    parser.add_argument("--logins", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=12, help="bcrypt cost factor (deployed: 12)")
    args = parser.parse_args()

    from talent_local.stack import LocalStack

    quiet = quiet_stack_env(args.rounds)
    with LocalStack(api_port=0, moto_port=0, with_github_emulator=False, extra_env=quiet) as stack:
        from aws_lambda_powertools.utilities.parameters.constants import DEFAULT_PROVIDERS

        from talent.aws import client

        auth = next(spec for spec in stack.functions if spec.logical_id == "AuthFunction")

        def invoke(request: dict[str, Any]) -> dict[str, Any]:
            response: dict[str, Any] = stack.runtime.invoke(auth, request)
            return response

        def new_credentials() -> dict[str, str]:
            return {"email": f"bench-{uuid.uuid4().hex[:8]}@example.com", "password": PASSWORD}

        assert invoke(event("auth_register", new_credentials()))["statusCode"] == 201  # loads the handler
        credentials = new_credentials()
        started = time.perf_counter()
        assert invoke(event("auth_register", credentials))["statusCode"] == 201
        register_ms = (time.perf_counter() - started) * 1000
        token = json.loads(invoke(event("auth_login", credentials))["body"])["access_token"]
        assert invoke(event("auth_me", token=token))["statusCode"] == 200  # warm: clients, key cached

        dynamodb, secrets = Calls(), Calls()
        dynamodb.attach(client("dynamodb"))
        secrets.attach(DEFAULT_PROVIDERS["secrets"].client)

        login_ms = []
        for _ in range(args.logins):
            started = time.perf_counter()
            response = invoke(event("auth_login", credentials))
            login_ms.append((time.perf_counter() - started) * 1000)
            assert response["statusCode"] == 200
        login_calls, _ = dynamodb.take()

        wrong = {**credentials, "email": f"nobody-{uuid.uuid4().hex[:8]}@example.com"}
        started = time.perf_counter()
        assert invoke(event("auth_login", wrong))["statusCode"] == 401
        unknown_ms = (time.perf_counter() - started) * 1000
        dynamodb.take()

        me_ms = []
        for _ in range(args.calls):
            started = time.perf_counter()
            response = invoke(event("auth_me", token=token))
            me_ms.append((time.perf_counter() - started) * 1000)
            assert response["statusCode"] == 200
        me_calls, me_dynamodb_s = dynamodb.take()
        me_secret_calls, _ = secrets.take()

        assert invoke(event("auth_logout", token=token))["statusCode"] == 200
        logout_calls, _ = dynamodb.take()

    print(f"accounts on the local stack, in-process; bcrypt cost factor {args.rounds}")
    print(f"  register (hash)                 {register_ms:8.1f} ms")
    print(
        f"  login handler (verify)          {statistics.median(login_ms):8.1f} ms median of {args.logins}"
        f"  (min {min(login_ms):.1f}, max {max(login_ms):.1f})"
    )
    print(f"  login, unknown email (dummy)    {unknown_ms:8.1f} ms")
    print(
        f"  GET /auth/me                    {percentile(me_ms, 0.50):8.2f} ms p50, "
        f"{percentile(me_ms, 0.99):.2f} ms p99 over {args.calls} calls"
    )
    print(f"    of which DynamoDB             {statistics.median(me_dynamodb_s) * 1000:8.2f} ms p50")
    print("DynamoDB calls per request")
    print(f"  GET /auth/me (require_user)     {per_request(me_calls, args.calls)}")
    print(f"  POST /auth/login                {per_request(login_calls, args.logins)}")
    print(f"  POST /auth/logout               {per_request(logout_calls, 1)}")
    print(f"Secrets Manager calls over the {args.calls} warm GET /auth/me: {sum(me_secret_calls.values())}")


if __name__ == "__main__":
    main()

"""example_api_usage.py's sign-in, one unit, against a fake transport that answers as the API does."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "example_api_usage.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("example_api_usage", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


script = load_script()
TOKEN = {"access_token": "t", "token_type": "Bearer", "expires_in": 86400}
QUOTA_429 = {
    "error": {
        "code": "rate_limited",
        "message": "too many requests",
        "details": [{"field": "quota.registrations_per_address", "message": "10 per hour"}],
        "request_id": "r-1",
    }
}


class FakeApi(script.Api):  # type: ignore[misc,name-defined]
    """Answers from a table of (method, path) -> list of (status, body); records every call."""

    def __init__(self, answers: dict[tuple[str, str], list[tuple[int, dict[str, Any]]]]) -> None:
        super().__init__("http://api.invalid")
        self.answers = answers
        self.calls: list[tuple[str, str]] = []

    def _send(self, method: str, path: str, data: bytes | None, headers: dict[str, str]) -> Any:
        self.calls.append((method, path))
        status, body = self.answers[(method, path)].pop(0)
        return script.Reply(status, {"retry-after": "3600"}, json.dumps(body).encode())


ME = ("GET", "/auth/me")


def me_answers() -> list[tuple[int, dict[str, Any]]]:
    return [(200, {"user_id": "u-1", "email": "ada@example.com"})]


def test_an_existing_account_logs_in_without_spending_a_registration() -> None:
    api = FakeApi({("POST", "/auth/login"): [(200, TOKEN)], ME: me_answers()})
    assert script.sign_in(api, "ada@example.com", "correct horse battery") == "ada@example.com"
    assert ("POST", "/auth/register") not in api.calls


def test_an_unknown_account_is_registered_then_logged_in() -> None:
    api = FakeApi({
        ("POST", "/auth/login"): [(401, {"error": {"code": "unauthorized", "message": "no"}}), (200, TOKEN)],
        ("POST", "/auth/register"): [(201, {"user_id": "u-1"})],
        ME: me_answers(),
    })  # fmt: skip
    script.sign_in(api, "new@example.com", "correct horse battery")
    assert api.calls[:3] == [("POST", "/auth/login"), ("POST", "/auth/register"), ("POST", "/auth/login")]


def test_the_registration_limit_says_what_to_do_instead() -> None:
    api = FakeApi({
        ("POST", "/auth/login"): [(401, {"error": {"code": "unauthorized", "message": "no"}})],
        ("POST", "/auth/register"): [(429, QUOTA_429)],
    })  # fmt: skip
    with pytest.raises(script.ApiError) as raised:
        script.sign_in(api, None, None)
    message = str(raised.value)
    assert "quota.registrations_per_address" in message
    assert "wait 3600 seconds" in message
    assert "--email" in message
    assert "demo@example.com" in message


def test_a_wrong_password_for_an_existing_account_is_said_plainly() -> None:
    api = FakeApi({
        ("POST", "/auth/login"): [(401, {"error": {"code": "unauthorized", "message": "no"}})],
        ("POST", "/auth/register"): [(409, {"error": {"code": "conflict", "message": "exists"}})],
    })  # fmt: skip
    with pytest.raises(script.ApiError, match="password is not its password"):
        script.sign_in(api, "ada@example.com", "wrong password here")


def test_a_redirected_download_does_not_carry_the_token() -> None:
    """A large export is a 303 to a presigned S3 link, which refuses a second credential (and must not
    see the token): `_send` follows it without the Authorization header. Two real local HTTP servers."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: dict[str, str | None] = {}

    class Storage(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen["storage"] = self.headers.get("Authorization")
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.end_headers()
            self.wfile.write(b"rank,login\n")

        def log_message(self, *_: Any) -> None:
            return

    storage = ThreadingHTTPServer(("127.0.0.1", 0), Storage)

    class Api(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen["api"] = self.headers.get("Authorization")
            self.send_response(303)
            self.send_header("Location", f"http://127.0.0.1:{storage.server_port}/file.csv?X-Amz-Signature=s")
            self.end_headers()

        def log_message(self, *_: Any) -> None:
            return

    api = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    for server in (storage, api):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = script.Api(f"http://127.0.0.1:{api.server_port}")
        reply = client._send("GET", "/projects/p/export?format=csv", None, {"Authorization": "Bearer t"})
    finally:
        for server in (storage, api):
            server.shutdown()
    assert (reply.status, reply.data) == (200, b"rank,login\n")
    assert seen == {"api": "Bearer t", "storage": None}

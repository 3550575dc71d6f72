"""A small HTTP client for the auth routes of the local stack, and test data helpers."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import urllib3

PASSWORD = "correct horse battery staple"
http = urllib3.PoolManager(retries=False, maxsize=32)


def new_email() -> str:
    return f"user-{uuid.uuid4().hex[:12]}@example.com"


def new_address() -> str:
    """A loopback address of its own (all of 127.0.0.0/8 reaches the local stack), so what a test does to
    the per-address budgets touches no other test: they all call from 127.0.0.1."""
    octets = [random.randrange(256), random.randrange(256), random.randrange(1, 255)]
    return "127." + ".".join(map(str, octets))


@cache
def _pool(source_ip: str | None) -> urllib3.PoolManager:
    if source_ip is None:
        return http
    return urllib3.PoolManager(retries=False, maxsize=64, source_address=(source_ip, 0))


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]

    def without_request_id(self) -> dict[str, Any]:
        error = dict(self.body["error"])
        error.pop("request_id")
        return error


@dataclass(frozen=True)
class AuthApi:
    base_url: str
    source_ip: str | None = field(default=None)  # the client's address (default: 127.0.0.1)

    def from_address(self, source_ip: str) -> AuthApi:
        return AuthApi(self.base_url, source_ip)

    def call(
        self, method: str, path: str, body: Any = None, token: str | None = None, **headers: str
    ) -> Reply:
        sent = {"Content-Type": "application/json", **headers}
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        response = _pool(self.source_ip).request(
            method, self.base_url + path, body=None if body is None else json.dumps(body), headers=sent
        )
        return Reply(response.status, response.json() if response.data else {}, dict(response.headers))

    def register(self, email: str, password: str = PASSWORD) -> Reply:
        return self.call("POST", "/auth/register", {"email": email, "password": password})

    def login(self, email: str, password: str = PASSWORD) -> Reply:
        return self.call("POST", "/auth/login", {"email": email, "password": password})

    def me(self, token: str | None) -> Reply:
        return self.call("GET", "/auth/me", token=token)

    def logout(self, token: str | None) -> Reply:
        return self.call("POST", "/auth/logout", token=token)

    def new_user(self) -> tuple[str, str, str]:
        """(email, user_id, access_token) of a freshly registered and logged-in user."""
        email = new_email()
        registered = self.register(email)
        assert registered.status == 201, registered
        login = self.login(email)
        assert login.status == 200, login
        return email, registered.body["user_id"], login.body["access_token"]

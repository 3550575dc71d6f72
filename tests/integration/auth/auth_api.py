"""A small HTTP client for the auth routes of the local stack, and test data helpers."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import urllib3

PASSWORD = "correct horse battery staple"
http = urllib3.PoolManager(retries=False, maxsize=32)


def new_email() -> str:
    return f"user-{uuid.uuid4().hex[:12]}@example.com"


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

    def call(
        self, method: str, path: str, body: Any = None, token: str | None = None, **headers: str
    ) -> Reply:
        sent = {"Content-Type": "application/json", **headers}
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        response = http.request(
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

"""A small HTTP client for the tests that call the API over real HTTP (local stack)."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import urllib3

_http = urllib3.PoolManager(retries=False, maxsize=32)
PASSWORD = "a long test passphrase"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    data: bytes

    def json(self) -> Any:
        return json.loads(self.data)


@dataclass
class ApiClient:
    base_url: str
    token: str | None = None
    email: str = field(default_factory=lambda: f"user-{uuid.uuid4().hex[:12]}@example.com")

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
    ) -> Reply:
        sent = {"Content-Type": "application/json", **(headers or {})}
        if self.token:
            sent.setdefault("Authorization", f"Bearer {self.token}")
        payload = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        response = _http.request(method, f"{self.base_url}{path}", body=payload, headers=sent, timeout=60)
        return Reply(response.status, dict(response.headers), response.data)

    def sign_up(self) -> ApiClient:
        """Register and log in; the client then sends the bearer token."""
        credentials = {"email": self.email, "password": PASSWORD}
        registered = self.request("POST", "/auth/register", credentials)
        assert registered.status == 201, registered.data
        logged_in = self.request("POST", "/auth/login", credentials)
        assert logged_in.status == 200, logged_in.data
        self.token = logged_in.json()["access_token"]
        return self

    def start_run(self, job_description: str, **options: Any) -> str:
        reply = self.request("POST", "/pipeline/run", {"job_description_text": job_description, **options})
        assert reply.status == 202, reply.data
        project_id: str = reply.json()["project_id"]
        return project_id

    def wait_for_run(self, project_id: str, timeout_s: float = 60) -> list[dict[str, Any]]:
        """Every status seen while polling, the last one final (completed or failed)."""
        seen: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            reply = self.request("GET", f"/pipeline/status/{project_id}")
            assert reply.status == 200, reply.data
            seen.append(reply.json())
            if seen[-1]["status"] != "running":
                return seen
            time.sleep(0.05)
        raise AssertionError(f"run {project_id} still running after {timeout_s} s: {seen[-1]}")

"""Demo data for `make run`: a demo account with one completed project, made through the real API.

Everything goes over HTTP to the local stack's own routes (register, login, run, status), so the demo
exercises the same path a client does. The GitHub side is the emulator's synthetic corpus.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 - a local demo account, printed on start
DEMO_JD = Path(__file__).resolve().parents[2] / "examples" / "job_description.txt"


@dataclass(frozen=True)
class DemoData:
    email: str
    password: str
    project_id: str
    status: str


def _call(base_url: str, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{base_url}{path}", data=data, headers=headers, method=method)  # noqa: S310
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - our own local URL
        return json.loads(response.read() or b"null")


def seed_demo(base_url: str, timeout_s: float = 60) -> DemoData:
    credentials = {"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    try:
        _call(base_url, "POST", "/auth/register", credentials)
    except urllib.error.HTTPError as error:
        if error.code != 409:  # already there: a second seed keeps the account
            raise
    token = _call(base_url, "POST", "/auth/login", credentials)["access_token"]
    run = _call(
        base_url,
        "POST",
        "/pipeline/run",
        {"job_description_text": DEMO_JD.read_text(), "max_candidates": 50, "top_n": 10},
        token,
    )
    deadline = time.monotonic() + timeout_s
    status = run["status"]
    while status == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
        status = _call(base_url, "GET", f"/pipeline/status/{run['project_id']}", token=token)["status"]
    return DemoData(DEMO_EMAIL, DEMO_PASSWORD, run["project_id"], status)

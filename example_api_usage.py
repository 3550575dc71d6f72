#!/usr/bin/env python3
"""Talent Pipeline, end to end from a client's point of view.

    make run                                   # in one terminal: the local stack on :3000
    .venv/bin/python example_api_usage.py      # in another

What it does, one HTTP call at a time (urllib from the standard library; rich for the display):

1. registers a throwaway account (or uses --email/--password) and logs in for a bearer token;
2. shows how POST /jd/parse reads examples/job_description.txt (or --jd FILE): what a run would search
   for, and what to correct in the run's `requirement` if it is wrong;
3. starts a pipeline run on it;
4. polls GET /pipeline/status/{project_id} and draws a live progress bar per stage;
5. prints the ranked shortlist as a table and the first outreach draft;
6. downloads the CSV export to --out (default: out/<the file name the API suggests>);
7. logs out.

Against a deployed stack: --base-url https://<api-id>.execute-api.<region>.amazonaws.com/v1
Exit status: 0 when the run completed and the CSV was written, 1 on any API or run error.
"""

from __future__ import annotations

import argparse
import json
import re
import secrets
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.progress import BarColumn, Progress, SpinnerColumn, Task, TextColumn
from rich.progress_bar import ProgressBar
from rich.table import Table

HERE = Path(__file__).resolve().parent
DEFAULT_JD = HERE / "examples" / "job_description.txt"
console = Console()
errors = Console(stderr=True)


# ---------------------------------------------------------------------------------------------------
# A tiny JSON-over-HTTP client. Every error body of the API has the same shape:
#   {"error": {"code": "...", "message": "...", "details": [...], "request_id": "..."}}
# ---------------------------------------------------------------------------------------------------
class ApiError(Exception):
    """The API answered with an unexpected status, or could not be reached."""


@dataclass
class Reply:
    status: int
    headers: dict[str, str]  # lower-case names
    data: bytes

    def json(self) -> Any:
        return json.loads(self.data)


class Api:
    RETRYABLE = frozenset({429, 502, 503, 504})  # throttled or briefly unavailable: worth a retry for reads

    def __init__(self, base_url: str, timeout_s: float = 30) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self.token: str | None = None

    def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        expect: tuple[int, ...] = (200,),
        headers: dict[str, str] | None = None,
    ) -> Reply:
        sent = {"Accept": "application/json", **(headers or {})}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        for attempt in range(4):
            reply = self._send(method, path, data, sent)
            if not (method == "GET" and reply.status in self.RETRYABLE and attempt < 3):
                break
            time.sleep(float(reply.headers.get("retry-after") or 2**attempt))
        if reply.status not in expect:
            raise ApiError(f"{method} {path} answered {reply.status}: {describe_error(reply)}")
        return reply

    def _send(self, method: str, path: str, data: bytes | None, headers: dict[str, str]) -> Reply:
        sent = {name: value for name, value in headers.items() if name.lower() != "authorization"}
        request = urllib.request.Request(  # noqa: S310 - the URL is the API's, http(s) only
            self.base_url + path, data=data, headers=sent, method=method
        )
        if "Authorization" in headers:  # not forwarded by a redirect: a large export's S3 link is presigned
            request.add_unredirected_header("Authorization", headers["Authorization"])
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:  # noqa: S310
                return Reply(response.status, lower_keys(response.headers), response.read())
        except urllib.error.HTTPError as error:  # 4xx and 5xx still carry the API's JSON error body
            return Reply(error.code, lower_keys(error.headers), error.read())
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise ApiError(
                f"cannot reach {self.base_url} ({reason}). Is the local stack running? Start it with "
                "`make run`, or pass --base-url for a deployed API."
            ) from None


def lower_keys(headers: Any) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def describe_error(reply: Reply) -> str:
    try:
        error = reply.json()["error"]
    except (ValueError, KeyError, TypeError):
        return reply.data[:200].decode("utf-8", "replace") or "(no body)"
    problems = "; ".join(f"{d['field']}: {d['message']}" for d in error.get("details") or [])
    text = f"{error['code']}: {error['message']}" + (f" ({problems})" if problems else "")
    return text + f" [request_id {error.get('request_id')}]"


# ---------------------------------------------------------------------------------------------------
# 1. Register and log in
# ---------------------------------------------------------------------------------------------------
def sign_in(api: Api, email: str | None, password: str | None) -> str:
    if email is None:
        # A fresh account per run: example.com is reserved for examples, so nothing is ever sent there.
        email = f"demo-{uuid.uuid4().hex[:10]}@example.com"
        password = secrets.token_urlsafe(18)  # 24 characters; the policy asks for 10 to 128
    assert password is not None
    credentials = {"email": email, "password": password}
    # An existing account logs straight in: registrations are limited per address and hour.
    login = api.call("POST", "/auth/login", credentials, expect=(200, 401))
    if login.status == 200:
        console.print(f"[bold]1.[/] existing account {email}")
    else:
        register(api, credentials)
        console.print(f"[bold]1.[/] registered {email}")
        login = api.call("POST", "/auth/login", credentials)
    token = login.json()
    api.token = token["access_token"]  # sent as "Authorization: Bearer <token>" from now on
    me = api.call("GET", "/auth/me").json()
    hours = token["expires_in"] // 3600
    console.print(f"   logged in as user {me['user_id']} (token valid {hours} h)")
    return email


def register(api: Api, credentials: dict[str, str]) -> None:
    """POST /auth/register; a 409 (the account exists, so the password was wrong) and a 429 (too many
    registrations from this address) end the script with what to do instead."""
    reply = api.call("POST", "/auth/register", credentials, expect=(201, 409, 429))
    if reply.status == 409:
        raise ApiError(f"{credentials['email']} exists and the password is not its password")
    if reply.status == 429:
        wait = reply.headers.get("retry-after", "some")
        raise ApiError(
            f"{describe_error(reply)}. This address made too many registrations: wait {wait} seconds, or "
            "reuse an account with --email and --password (make run seeds demo@example.com / "
            "demo-password-2026)."
        )


# ---------------------------------------------------------------------------------------------------
# 2. How the posting is read, before a run spends anything on it
# ---------------------------------------------------------------------------------------------------
def show_reading(api: Api, jd_text: str) -> None:
    reading = api.call("POST", "/jd/parse", {"job_description_text": jd_text}, expect=(200,)).json()
    requirement = reading["requirement"]
    level = requirement["seniority"] or "no level"
    years = f", {requirement['min_years']}+ years" if requirement["min_years"] is not None else ""
    places = ", ".join(requirement["locations"]) or "no place named"
    places += f" (searched as {reading['location_policy']})"
    console.print(f"[bold]2.[/] read as: {escape(requirement['title'])} ({level}{years})")
    for kind in ("required", "preferred"):
        named = first(requirement[f"{kind}_skills"], 6) or "none"
        console.print(f"   {kind} {escape(named)}", soft_wrap=True)
    console.print(f"   where {escape(places)}; work mode {requirement['remote'] or 'not stated'}")
    console.print('   (wrong? send the run a correction, e.g. "requirement": {"locations": ["Berlin"]})')


# ---------------------------------------------------------------------------------------------------
# 3. Start a run
# ---------------------------------------------------------------------------------------------------
def start_run(api: Api, jd_text: str, max_candidates: int, top_n: int) -> str:
    body = {"job_description_text": jd_text, "max_candidates": max_candidates, "top_n": top_n}
    # An Idempotency-Key makes a retried POST (a timeout, a dropped connection) return the same
    # project instead of starting a second run.
    accepted = api.call(
        "POST", "/pipeline/run", body, expect=(202,), headers={"Idempotency-Key": str(uuid.uuid4())}
    ).json()
    console.print(f"[bold]3.[/] run started: project {accepted['project_id']} ({accepted['status']})")
    console.print(f"   status_url {accepted['status_url']}", soft_wrap=True)
    project_id: str = accepted["project_id"]
    return project_id


# ---------------------------------------------------------------------------------------------------
# 4. Follow it: one bar per stage, from GET /pipeline/status/{project_id}
# ---------------------------------------------------------------------------------------------------
class StageBar(BarColumn):
    """Empty while pending, animated while running, full when done."""

    def render(self, task: Task) -> ProgressBar:
        bar = super().render(task)
        bar.pulse = task.fields.get("state") == "running"
        return bar


STATE_STYLE = {"pending": "dim", "running": "yellow", "succeeded": "green", "failed": "bold red"}


def follow_run(api: Api, project_id: str, poll_s: float, timeout_s: float) -> dict[str, Any]:
    console.print("[bold]4.[/] progress")
    status = api.call("GET", f"/pipeline/status/{project_id}").json()
    progress = Progress(
        SpinnerColumn(finished_text="[green]✓"),
        TextColumn("{task.description:<18}"),
        StageBar(bar_width=30),
        TextColumn("{task.fields[label]}"),
        console=console,
    )
    # The stages come back in pipeline order: parse_jd, search_github, rank_candidates, generate_outreach.
    bars = {stage["name"]: progress.add_task(stage["name"], total=1, state="pending", label="")
            for stage in status["stages"]}  # fmt: skip
    overall = progress.add_task("overall", total=100, state="", label="")
    deadline = time.monotonic() + timeout_s
    with progress:
        while True:
            for stage in status["stages"]:
                state = stage["status"]
                label = f"[{STATE_STYLE[state]}]{state}[/]"
                if stage["duration_ms"] is not None:
                    label += f" in {stage['duration_ms'] / 1000:.2f} s"
                done = state in {"succeeded", "failed"}
                progress.update(bars[stage["name"]], completed=1 if done else 0, state=state, label=label)
            left = status["estimated_seconds_remaining"]
            progress.update(
                overall,
                completed=status["progress"],
                label=f"{status['progress']}%  {status['status']}" + (f", ~{left} s left" if left else ""),
            )
            if status["status"] != "running":
                break
            if time.monotonic() > deadline:
                raise ApiError(f"the run is still running after {timeout_s:.0f} s (see {project_id})")
            time.sleep(poll_s)
            status = api.call("GET", f"/pipeline/status/{project_id}").json()
    if status["status"] != "completed":
        error = status.get("error") or {}
        raise ApiError(
            f"the run {status['status']}: {error.get('stage')} {error.get('type')}: {error.get('message')}"
        )
    return dict(status)


# ---------------------------------------------------------------------------------------------------
# 5. The shortlist and a draft
# ---------------------------------------------------------------------------------------------------
def first(skills: list[str], shown: int = 3) -> str:
    """The first few skills (the API lists them in the job description's order), then how many more."""
    more = len(skills) - shown
    return ", ".join(skills[:shown]) + (f" +{more}" if more > 0 else "")


def show_results(api: Api, project_id: str, rows: int) -> None:
    project = api.call("GET", f"/projects/{project_id}").json()
    ranked = project["ranked_candidates"]
    github = project["metadata"].get("github") or {}
    console.print(
        # the first page (up to 100) of them: `ranked_total` counts all
        f"[bold]5.[/] {escape(project['title'] or '')}: {project['ranked_total']} candidates ranked "
        f"({github.get('api_calls', '?')} GitHub API calls, {len(project['outreach_drafts'])} drafts)"
    )
    table = Table(title=f"Top {min(rows, len(ranked))} candidates", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("login", no_wrap=True)
    table.add_column("name")
    table.add_column("score", justify="right")
    table.add_column("location")
    table.add_column("matched skills", style="green")
    table.add_column("missing skills", style="red")
    for entry in ranked[:rows]:
        person = entry["candidate"]
        table.add_row(
            str(entry["rank"]),
            # Names and locations come from public profiles: escape them, they are not rich markup.
            f"[link={person['profile_url']}]{escape(person['login'])}[/link]",
            escape(person.get("name") or ""),
            f"{entry['score']:.1f}",
            escape(person.get("location") or ""),
            escape(first(entry["matched_skills"])),
            escape(first(entry["missing_skills"])),
        )
    console.print(table)

    # Drafts only: nothing is ever sent. Nobody on your do-not-contact list (POST /suppressions) is in
    # the results at all (older projects may still carry drafts marked suppressed=true).
    draft = next((d for d in project["outreach_drafts"] if not d["suppressed"]), None)
    if draft is None:
        console.print("   no outreach draft (every top candidate is on the do-not-contact list)")
        return
    console.print(
        Panel(
            f"[bold]Subject:[/] {escape(draft['subject'])}\n\n{escape(draft['body'])}",
            title=f"First outreach draft, to {draft['candidate_login']}",
            title_align="left",
            subtitle=f"status: {draft['status']} (nothing is sent)",
        )
    )


# ---------------------------------------------------------------------------------------------------
# 6. Export
# ---------------------------------------------------------------------------------------------------
def export_csv(api: Api, project_id: str, out: Path | None) -> Path:
    reply = api.call("GET", f"/projects/{project_id}/export?format=csv", headers={"Accept": "text/csv"})
    if out is None:
        # Content-Disposition: attachment; filename="<title>-<id>.csv". Keep the bare name only.
        match = re.search(r'filename="([^"]+)"', reply.headers.get("content-disposition", ""))
        out = Path("out") / Path(match.group(1) if match else f"{project_id}.csv").name  # out/ is git-ignored
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(reply.data)  # UTF-8 with a BOM, so spreadsheet apps read the accents right
    rows = reply.data.decode("utf-8-sig").count("\r\n") - 1
    console.print(f"[bold]6.[/] CSV export: {rows} rows written to {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Run the Talent Pipeline API end to end.",
        epilog="Start the local stack first with `make run`.",
    )
    parser.add_argument("--base-url", default="http://127.0.0.1:3000", help="the API (default: make run)")
    parser.add_argument("--email", help="an existing or new account (default: a fresh one per run)")
    parser.add_argument("--password", help="its password (with --email)")
    parser.add_argument("--jd", type=Path, default=DEFAULT_JD, help="job description file (plain text)")
    parser.add_argument("--max-candidates", type=int, default=100, help="developers to source (1-500)")
    parser.add_argument("--top-n", type=int, default=10, help="top candidates that get a draft (1-50)")
    parser.add_argument("--rows", type=int, default=10, help="shortlist rows to print")
    parser.add_argument("--out", type=Path, help="CSV file (default: out/<the name the API suggests>)")
    parser.add_argument("--poll", type=float, default=0.5, help="seconds between status polls")
    parser.add_argument("--timeout", type=float, default=300, help="give up on the run after this")
    args = parser.parse_args(argv)
    if (args.email is None) != (args.password is None):
        parser.error("--email and --password go together")

    api = Api(args.base_url)
    try:
        health = api.call("GET", "/health").json()
        console.print(f"API {api.base_url} is up (version {health['version']})")
        sign_in(api, args.email, args.password)
        jd_text = args.jd.read_text(encoding="utf-8")
        show_reading(api, jd_text)
        project_id = start_run(api, jd_text, args.max_candidates, args.top_n)
        follow_run(api, project_id, args.poll, args.timeout)
        show_results(api, project_id, args.rows)
        export_csv(api, project_id, args.out)
        api.call("POST", "/auth/logout")  # the token is refused from now on
        console.print("[bold]7.[/] logged out. Done.")
    except ApiError as error:
        errors.print(f"[bold red]error:[/] {escape(str(error))}", soft_wrap=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

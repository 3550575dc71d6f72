"""example_api_usage.py runs to the end against the local stack, so the README's example cannot rot."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from talent.pipeline.registry import TRACKED_NAMES
from talent_local.stack import LocalStack
from tests.api_client import PASSWORD, ApiClient

pytestmark = pytest.mark.integration
SCRIPT = Path(__file__).resolve().parents[3] / "example_api_usage.py"


def run_script(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "120", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def csv_rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")  # BOM, for spreadsheet apps
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_example_runs_the_whole_journey_and_writes_the_csv(local_stack: LocalStack, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "shortlist.csv"
    result = run_script("--base-url", local_stack.api_url, "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    # the posting as POST /jd/parse reads it, before the run (examples/job_description.txt)
    assert "2. read as: Backend Engineer (Python) - Fernway Analytics (no level, 3+ years)" in result.stdout
    assert "   required Python, PostgreSQL, SQL, Docker, GitHub Actions, AWS Lambda +4" in result.stdout
    for stage in TRACKED_NAMES:
        assert stage in result.stdout
    assert "100%  completed" in result.stdout
    assert "Top 10 candidates" in result.stdout
    assert "First outreach draft" in result.stdout
    rows = csv_rows(out)
    assert len(rows) >= 50  # the sample JD finds plenty on the offline corpus (100 asked for)
    assert [int(row["rank"]) for row in rows] == list(range(1, len(rows) + 1))
    assert all(row["login"] and row["profile_url"].startswith("https://github.com/") for row in rows)
    assert sum(bool(row["outreach_subject"]) for row in rows) == 10  # --top-n default
    assert f"{len(rows)} rows written to" in result.stdout
    assert "logged out" in result.stdout


def test_example_uses_an_existing_account_and_the_suggested_file_name(
    new_user: Callable[[], ApiClient], local_stack: LocalStack, tmp_path: Path
) -> None:
    user = new_user()
    result = run_script(
        "--base-url", local_stack.api_url, "--email", user.email, "--password", PASSWORD,
        "--max-candidates", "20", "--top-n", "3",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"existing account {user.email}" in result.stdout
    # In out/ (git-ignored), named after Content-Disposition: <title>-<id>.csv; nothing else is written.
    (written,) = tmp_path.glob("out/*.csv")
    assert [path.name for path in tmp_path.iterdir()] == ["out"]
    assert written.name.startswith("backend-engineer")
    assert 1 <= len(csv_rows(written)) <= 20
    projects = user.request("GET", "/projects").json()["items"]
    assert projects[0]["status"] == "completed"


def test_example_says_how_to_start_the_stack_when_nothing_listens(tmp_path: Path) -> None:
    result = run_script("--base-url", "http://127.0.0.1:9", cwd=tmp_path)
    assert result.returncode == 1
    assert "Start it with `make run`" in result.stderr
    assert not list(tmp_path.iterdir())

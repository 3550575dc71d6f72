"""`make run` seeds a demo account with a completed project, through the real API."""

import pytest

from talent_local.demo import DEMO_EMAIL, DEMO_PASSWORD, seed_demo
from talent_local.stack import LocalStack
from tests.api_client import ApiClient

pytestmark = pytest.mark.integration


def test_demo_account_has_a_completed_project(local_stack: LocalStack) -> None:
    demo = seed_demo(local_stack.api_url)
    assert demo.status == "completed"
    client = ApiClient(local_stack.api_url, email=DEMO_EMAIL)
    login = client.request("POST", "/auth/login", {"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
    assert login.status == 200
    client.token = login.json()["access_token"]
    project = client.request("GET", f"/projects/{demo.project_id}").json()
    assert project["status"] == "completed"
    assert len(project["ranked_candidates"]) >= 10
    # Seeding again keeps the account and adds a project.
    assert seed_demo(local_stack.api_url).project_id != demo.project_id

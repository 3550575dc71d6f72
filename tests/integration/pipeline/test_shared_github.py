"""Runs of different users share one GitHub budget and one cache of public GitHub data: the second run
of a job description asks GitHub nothing, and neither user sees the other's project."""

from __future__ import annotations

import pytest

from talent.pipeline.results import load_project_results
from talent_local.stack import LocalStack
from tests.sfn_runs import PYTHON_JD, Pipeline

pytestmark = pytest.mark.integration


def test_a_second_user_running_the_same_job_description_costs_no_github_request(
    pipeline: Pipeline, local_stack: LocalStack
) -> None:
    github = local_stack.github
    assert github is not None
    github.reset()
    first = pipeline.start(PYTHON_JD, max_candidates=30, top_n=3)
    assert pipeline.wait(first, timeout_s=90)["status"] == "SUCCEEDED"
    asked = len(github.requests)

    second = pipeline.start(PYTHON_JD, max_candidates=30, top_n=3)  # another user
    assert pipeline.wait(second, timeout_s=90)["status"] == "SUCCEEDED"

    assert asked > 0
    assert len(github.requests) == asked
    projects = [pipeline.project(run.project_id) for run in (first, second)]
    assert [p["user_id"] for p in projects if p] == [first.user_id, second.user_id]
    results = [load_project_results(p["results_key"]) for p in projects if p]
    assert results[1].metadata.github is not None
    assert results[1].metadata.github.api_calls == 0
    assert results[1].metadata.github.cached > 0
    assert [r.candidate.login for r in results[1].ranked] == [r.candidate.login for r in results[0].ranked]

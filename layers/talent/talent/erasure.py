"""Do-not-contact means erased (issue 15): a person on a user's do-not-contact list has no data in that
user's stored projects, and later runs leave them out.

- Adding a login (POST /suppressions) erases the person from every completed project of the user that
  holds them: the results document (which GET /projects/{id} and both exports are made from) is
  rewritten without their ranked entry and draft, ranks are renumbered, and the project item's counts
  and `logins` are updated. The project's stage documents are kept no longer than its run (SaveResults
  deletes them), so the results document is all a completed project keeps.
- A run leaves listed logins out: the outreach stage drafts nobody on the list, SaveResults stores
  nobody on the list, then erases again against the list as it is after the project completed, so a
  login added during the run is erased too (the request that added it saw the project still running).

Each erasure re-reads the list and the results after writing and repeats until nobody listed is left,
so two erasures racing on one project (a stale list on one side) cannot bring anyone back. Writes keep
to a project that exists (talent.pipeline.guard): an erasure racing DELETE leaves nothing behind.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger

from talent.pipeline.guard import ProjectDeleted, put_while_project_exists
from talent.pipeline.results import ProjectObjectMissing, ProjectResults, load_project_results
from talent.pipeline.storage import delete_project_exports
from talent.projects.store import projects_store
from talent.suppressions import suppressed_logins

logger = Logger()
MAX_PASSES = 5


def without(results: ProjectResults, suppressed: set[str]) -> ProjectResults:
    """`results` with no ranked entry or draft of a login in `suppressed` (lower case); ranks 1..n."""
    kept = [entry for entry in results.ranked if entry.candidate.login.lower() not in suppressed]
    ranked = [entry.model_copy(update={"rank": rank}) for rank, entry in enumerate(kept, start=1)]
    drafts = [draft for draft in results.drafts if draft.candidate_login.lower() not in suppressed]
    return results.model_copy(update={"ranked": ranked, "drafts": drafts})


def stored_logins(results: ProjectResults) -> list[str]:
    """Every login the results hold, lower case: the project item's `logins`, which lets an erasure
    find the projects that hold a person without reading every results document."""
    logins = {entry.candidate.login.lower() for entry in results.ranked}
    logins |= {draft.candidate_login.lower() for draft in results.drafts}
    return sorted(logins)


def project_summary(results: ProjectResults) -> dict[str, Any]:
    """What the project item says about its results (counts and logins)."""
    ranked = len(results.ranked)
    drafts = sum(not draft.suppressed for draft in results.drafts)
    return {
        "candidate_count": ranked,
        "ranked_count": ranked,
        "draft_count": drafts,
        "logins": stored_logins(results),
    }


def erase_from_project(project_id: str, user_id: str, results_key: str) -> bool:
    """Make one completed project hold nobody on the user's list; True if anything was erased.

    Results already clean whose item still disagrees with them (its `logins` or counts) are an erasure
    that stopped after its rewrite (a throttle, a timeout), or one whose summary a concurrent erasure's
    overtook: the summary is written and the exports deleted now (attack reviews': a retry, a retried
    SaveResults or MarkFailed left both as they were)."""
    erased = False
    for _ in range(MAX_PASSES):
        suppressed = suppressed_logins(user_id)
        try:
            results = load_project_results(results_key)
        except ProjectObjectMissing:
            return erased  # deleted meanwhile
        cleaned = without(results, suppressed)
        if cleaned == results:
            if _summary_differs(project_id, results):
                _finish(project_id, results)
                return True
            return erased
        # A stored download holds them too: deleted before the rewrite, and again after the summary (an
        # export written from the old results meanwhile; talent.projects.detail also checks the version)
        delete_project_exports(project_id)
        try:
            put_while_project_exists(project_id, results_key, cleaned)
        except ProjectDeleted:
            return erased
        _finish(project_id, cleaned)
        erased = True  # and read again: a concurrent erasure may have written since
    raise RuntimeError(f"project {project_id} kept changing during {MAX_PASSES} erasure passes")


def _summary_differs(project_id: str, results: ProjectResults) -> bool:
    """Whether the project's item holds another summary than `results` give (False once deleted)."""
    summary = project_summary(results)
    stored = projects_store().attributes(project_id, tuple(summary))
    return stored is not None and any(stored.get(name) != value for name, value in summary.items())


def _finish(project_id: str, results: ProjectResults) -> None:
    """The item's summary (counts, logins) from the results, then the project's exports deleted."""
    projects_store().update_project(project_id, project_summary(results))  # False: deleted meanwhile
    delete_project_exports(project_id)


def erase_login(user_id: str, login: str) -> int:
    """Erase `login` from every completed project of the user that holds it; how many changed."""
    erased = 0
    for project_id, results_key in projects_store().completed_projects_holding(user_id, login.lower()):
        erased += erase_from_project(project_id, user_id, results_key)
    logger.info("do-not-contact erasure", extra={"user_id": user_id, "projects_changed": erased})
    return erased

"""The pipeline's stages, written out once. Everything that lists stages derives from `STAGES`: the
contracts' stage names, the project item's `stage_<name>` attributes, the status endpoint's stages and
estimate, the time budgets, the readable error labels and what the state machine retries.

statemachine/pipeline.asl.json and template.yaml cannot import this, so a test ties them to it
(tests/unit/pipeline/test_stage_registry.py): each stage's task state, its Retry list and Catch, and
its function in the template (code folder, handler, DefinitionSubstitutions).

A *stage* is a step of a run that can fail into MarkFailed (`$.failed.<name>`). The first four do the
work: they record their start and end on the project item and report a duration (`tracked`); SaveResults
is bookkeeping.

Plain dataclasses, no pydantic: every function's cold start may import this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

StageName = Literal["parse_jd", "search_github", "rank_candidates", "generate_outreach", "save_results"]


@dataclass(frozen=True)
class RetryRule:
    """One entry of a task state's Retry list; interval and attempts are DefinitionSubstitutions of
    template parameters."""

    errors: tuple[str, ...]
    interval_substitution: str
    attempts_substitution: str
    backoff_rate: float = 2
    full_jitter: bool = False


@dataclass(frozen=True, kw_only=True)
class Task:
    """A Lambda task of the state machine and the function behind it."""

    state_name: str  # the state's name in statemachine/pipeline.asl.json and the console
    function_id: str  # its function's logical id in template.yaml
    code_dir: str  # functions/<code_dir>/
    handler: str  # app.<handler>
    retries: tuple[RetryRule, ...]

    @property
    def arn_substitution(self) -> str:
        """The DefinitionSubstitutions name of the function's ARN: "${<function_id>Arn}" in the ASL."""
        return f"{self.function_id}Arn"


@dataclass(frozen=True, kw_only=True)
class Stage(Task):
    name: StageName
    label: str  # what the recruiter reads in an error: "Searching GitHub failed ..."
    # Tracked stages only: seconds the status estimate assumes until the user has completed runs to
    # learn from (measured on the offline corpus, rounded up for real GitHub latency), and how long the
    # stage may run before it is stopped (talent.pipeline.budget; inf: its own clock).
    fallback_s: float = 0.0
    budget_s: float = 0.0
    tracked: bool = True
    # What the stage's work grows with: the run's candidates (max_candidates) or drafts (top_n); the
    # estimate scales its typical seconds by that count (talent.projects.status). None: a fixed cost.
    scales_with: Literal["candidates", "drafts"] | None = None


# Every Task retries these (statemachine/pipeline.asl.json): reaching MarkFailed means retries ran out.
# Lambda's own, as AWS's Step Functions guide lists them (bp-lambda-serviceexception), and the throttle
# or server error an AWS call inside a stage kept getting (talent.pipeline.transient).
LAMBDA_TRANSIENT: Final = (
    "Lambda.ClientExecutionTimeoutException",
    "Lambda.ServiceException",
    "Lambda.AWSLambdaException",
    "Lambda.SdkClientException",
    "Lambda.TooManyRequestsException",
)
AWS_TRANSIENT: Final = ("AwsUnavailable",)
TRANSIENT_RETRY: Final = RetryRule(
    errors=(*LAMBDA_TRANSIENT, *AWS_TRANSIENT),
    interval_substitution="RetryIntervalSeconds",
    attempts_substitution="RetryMaxAttempts",
    full_jitter=True,
)
GITHUB_RETRY: Final = RetryRule(
    errors=("GitHubRateLimited", "GitHubUnavailable"),
    interval_substitution="GitHubRetryIntervalSeconds",
    attempts_substitution="GitHubRetryMaxAttempts",
)

STAGES: Final[tuple[Stage, ...]] = (
    Stage(
        name="parse_jd",
        state_name="ParseJobDescription",
        function_id="ParseJdFunction",
        code_dir="parse_jd",
        handler="lambda_handler",
        retries=(TRANSIENT_RETRY,),
        label="Reading the job description",
        fallback_s=1.0,
        budget_s=10.0,
    ),
    Stage(
        name="search_github",
        state_name="SearchGitHub",
        function_id="SearchGitHubFunction",
        code_dir="search_github",
        handler="lambda_handler",
        retries=(TRANSIENT_RETRY, GITHUB_RETRY),
        label="Searching GitHub",
        fallback_s=10.0,
        budget_s=float("inf"),  # capped by the time left in its invocation (talent.pipeline.budget)
        scales_with="candidates",
    ),
    Stage(
        name="rank_candidates",
        state_name="RankCandidates",
        function_id="RankCandidatesFunction",
        code_dir="rank_candidates",
        handler="lambda_handler",
        retries=(TRANSIENT_RETRY,),
        label="Ranking the candidates",
        fallback_s=1.0,
        budget_s=45.0,
        scales_with="candidates",
    ),
    Stage(
        name="generate_outreach",
        state_name="GenerateOutreach",
        function_id="GenerateOutreachFunction",
        code_dir="generate_outreach",
        handler="lambda_handler",
        retries=(TRANSIENT_RETRY,),
        label="Drafting the outreach messages",
        fallback_s=2.0,
        budget_s=240.0,
        scales_with="drafts",
    ),
    Stage(
        name="save_results",
        state_name="SaveResults",
        function_id="SaveResultsFunction",
        code_dir="finalize",
        handler="save_results_handler",
        retries=(TRANSIENT_RETRY,),
        label="Saving the results",
        tracked=False,
    ),
)
# Where any stage's error goes: it records the failure on the project item.
MARK_FAILED: Final = Task(
    state_name="MarkFailed",
    function_id="MarkFailedFunction",
    code_dir="finalize",
    handler="mark_failed_handler",
    retries=(TRANSIENT_RETRY,),
)

TRACKED_STAGES: Final = tuple(stage for stage in STAGES if stage.tracked)
TRACKED_NAMES: Final = tuple(stage.name for stage in TRACKED_STAGES)
BY_NAME: Final[dict[str, Stage]] = {stage.name: stage for stage in STAGES}
# What the status reports when a run ended before any stage started.
NO_STAGE: Final = "pipeline"


def stage(name: str) -> Stage:
    """The stage called `name`; KeyError names it when there is none."""
    return BY_NAME[name]


def label(name: str) -> str:
    """How an error message names the stage: "Searching GitHub", or "The <name> stage"."""
    found = BY_NAME.get(name)
    return found.label if found is not None else f"The {name} stage"


def names_text(stages: tuple[Stage, ...] = TRACKED_STAGES) -> str:
    """ "parse_jd, search_github, rank_candidates or generate_outreach", for field descriptions."""
    names = [stage.name for stage in stages]
    return f"{', '.join(names[:-1])} or {names[-1]}"

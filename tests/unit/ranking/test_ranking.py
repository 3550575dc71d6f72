"""rank_candidates: the factor table, the core-skills gate, evidence from the whole profile and the
location policy (issue 14, faults 4-7), on synthetic candidates at a fixed NOW."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from talent.geo.policy import location_policy
from talent.models import Candidate, JobRequirement
from talent.ranking import WEIGHTS, SkillMatcher, rank_candidates
from talent.ranking.score import FACTORS, MAX_SHOWN_REPOS
from talent.ranking.skills import MIN_LANGUAGE_SHARE
from talent.roles import role_profile
from tests.unit.factories import (
    NOW,
    days_ago,
    go_kubernetes_developer,
    make_candidate,
    make_repo,
    make_requirement,
)


def rank(candidates: list[Candidate], requirement: JobRequirement | None = None) -> list[str]:
    return [
        r.candidate.login for r in rank_candidates(candidates, requirement or make_requirement(), now=NOW)
    ]


def scored(candidate: Candidate, requirement: JobRequirement | None = None) -> dict[str, float]:
    (result,) = rank_candidates([candidate], requirement or make_requirement(), now=NOW)
    return {name: factor.contribution for name, factor in result.breakdown.items()} | {"score": result.score}


# ---------- the table ----------
def test_every_factor_is_one_row_with_a_documented_weight_and_cap() -> None:
    assert [f.name for f in FACTORS] == list(WEIGHTS)
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)
    assert all(f.cap and f.weight > 0 for f in FACTORS)
    (result,) = rank_candidates([go_kubernetes_developer()], make_requirement(), now=NOW)
    assert list(result.breakdown) == [f.name for f in FACTORS if result.breakdown[f.name].weight] + [
        f.name for f in FACTORS if not result.breakdown[f.name].weight
    ]
    assert sum(f.contribution for f in result.breakdown.values()) == pytest.approx(result.score, abs=0.05)


@pytest.mark.parametrize(
    "overrides",
    [{}, {"remote": "remote", "locations": []}, {"preferred_skills": []}, {"required_skills": []}],
)
def test_weights_of_factors_that_do_not_apply_are_shared_so_a_perfect_score_is_100(
    overrides: dict[str, object],
) -> None:
    requirement = make_requirement(**overrides)
    perfect = go_kubernetes_developer(followers=100_000, languages={"Go": 1.0}, repos=[
        make_repo(f"k8s-{i}", language="Go", topics=["kubernetes", "postgresql"], stars=500) for i in range(6)
    ])  # fmt: skip
    (result,) = rank_candidates([perfect], requirement, now=NOW)
    assert sum(f.weight for f in result.breakdown.values()) == pytest.approx(1.0, abs=1e-3)  # rounded weights
    assert result.score == pytest.approx(100.0, abs=0.5)


def test_no_candidates_gives_an_empty_list_and_limit_keeps_the_best() -> None:
    assert rank_candidates([], make_requirement(), now=NOW) == []
    people = [go_kubernetes_developer(f"synth-{i}", followers=i) for i in range(5)]
    top = rank_candidates(people, make_requirement(), now=NOW, limit=2)
    assert [r.rank for r in top] == [1, 2]
    assert [r.candidate.login for r in top] == ["synth-4", "synth-3"]


def test_ranking_is_deterministic_whatever_the_input_order() -> None:
    people = [go_kubernetes_developer(f"synth-{i}", followers=i % 3) for i in range(9)]
    assert rank(people) == rank(list(reversed(people)))


# ---------- fault 5: non-skill factors never decide against the core skills ----------
def test_a_famous_developer_without_the_core_skills_never_outranks_one_with_them() -> None:
    """For a C/C++ embedded role, #1 was a Rust/Python/Elixir developer with no C at all."""
    embedded = JobRequirement(title="Embedded Firmware Engineer", required_skills=["C", "C++", "RTOS"],
                              locations=["Szczecin, Poland"], remote="onsite")  # fmt: skip
    hits = [make_repo(f"hit-{i}", language="Rust", stars=20_000) for i in range(5)]
    famous = make_candidate("synth-famous", location="Szczecin", followers=80_000,
                            languages={"Rust": 0.5, "Python": 0.3, "Elixir": 0.2}, repos=hits)  # fmt: skip
    firmware = [make_repo("fw", language="C", topics=["stm32"], pushed_at=days_ago(800))]
    # Warsaw: the role's country, not its city (someone abroad is outside the area: the test below)
    quiet = make_candidate("synth-embedded", location="Warsaw, Poland", followers=1, languages={"C": 0.9},
                           repos=firmware)  # fmt: skip
    assert rank([famous, quiet], embedded) == ["synth-embedded", "synth-famous"]
    assert scored(famous, embedded)["score"] <= 50 <= scored(quiet, embedded)["score"]


def test_someone_outside_a_region_limited_role_ranks_below_everyone_in_it_with_the_core_skills() -> None:
    """A new user's "Remote (US only)" role drafted people in London and Berlin in its top 10."""
    us_only = JobRequirement(
        title="Backend Engineer", required_skills=["Go"], locations=["US"], remote="remote"
    )
    strong = [make_repo(f"svc-{i}", language="Go", stars=5_000, pushed_at=days_ago(3)) for i in range(4)]
    london = make_candidate("synth-london", location="London, UK", followers=9_000, languages={"Go": 0.9},
                            repos=strong)  # fmt: skip
    modest = [make_repo("api", language="Go", pushed_at=days_ago(200))]
    ohio = make_candidate("synth-ohio", location="Columbus, Ohio", followers=2, languages={"Go": 0.4},
                          repos=modest)  # fmt: skip
    nowhere = make_candidate("synth-unknown", location=None, followers=2, languages={"Go": 0.4}, repos=modest)
    ranked = rank_candidates([london, ohio, nowhere], us_only, now=NOW)
    assert [r.candidate.login for r in ranked] == ["synth-ohio", "synth-unknown", "synth-london"]
    outside = ranked[-1]
    assert (outside.outside_area, outside.score) == (True, 49.0)
    assert "Outside the role's area: the score is at most 49" in outside.breakdown["location"].explanation
    assert [r.outside_area for r in ranked] == [False, False, True]  # an unknown location is not outside


def test_followers_only_break_ties_between_equal_fits() -> None:
    twin = go_kubernetes_developer("synth-a", followers=0)
    famous_twin = go_kubernetes_developer("synth-b", followers=50_000)
    assert rank([twin, famous_twin]) == ["synth-b", "synth-a"]
    assert scored(famous_twin)["score"] - scored(twin)["score"] <= WEIGHTS["community"] * 100 + 0.01


def test_an_active_developer_outranks_the_same_developer_dormant_for_three_years() -> None:
    active = go_kubernetes_developer("synth-active")
    dormant_repos = [r.model_copy(update={"pushed_at": days_ago(3 * 365)}) for r in active.repos]
    dormant = go_kubernetes_developer("synth-dormant", repos=dormant_repos)
    assert rank([dormant, active]) == ["synth-active", "synth-dormant"]
    assert (
        "36 months ago"
        in rank_candidates([dormant], make_requirement(), now=NOW)[0].breakdown["activity"].explanation
    )


# ---------- fault 4: invented requirements never score people ----------
def test_concepts_in_a_noisy_requirement_are_neither_matched_nor_missing() -> None:
    """ "Automated testing" was matched by a generic `testing` topic on unrelated repositories."""
    requirement = make_requirement(required_skills=["Go", "Kubernetes", "Automated testing", "CI/CD"])
    # "Automated testing" is a testing technique; CI/CD a concept. Neither shows through a generic topic.
    tester = go_kubernetes_developer(
        repos=[make_repo("todo-app", language="Go", topics=["testing", "kubernetes"])]
    )
    (result,) = rank_candidates([tester], requirement, now=NOW)
    assert "Automated testing" not in result.matched_skills
    assert "CI/CD" not in result.missing_skills  # a concept: not a skill at all


def test_git_and_github_are_on_every_account_so_neither_matched_nor_missing() -> None:
    # a new user's: "No evidence for Git" beside every candidate, and Git in every missing_skills cell
    requirement = make_requirement(required_skills=["Go", "Kubernetes", "Git"], preferred_skills=["GitHub"])
    (result,) = rank_candidates([go_kubernetes_developer()], requirement, now=NOW)
    assert (result.missing_skills, result.matched_skills) == ([], ["Go", "Kubernetes"])
    assert "Git" not in result.breakdown["other_skills"].explanation
    assert "GitHub" not in result.breakdown["preferred_skills"].explanation


def test_a_skill_both_required_and_preferred_is_required_and_ranks() -> None:
    # a second review's: required ["Go"] with preferred ["Go"] divided by zero in the preferred factor
    requirement = make_requirement(required_skills=["Go"], preferred_skills=["Go"])
    (result,) = rank_candidates([go_kubernetes_developer()], requirement, now=NOW)
    assert result.matched_skills == ["Go"]
    assert result.breakdown["preferred_skills"].weight == 0


def test_a_long_noisy_skill_list_does_not_drown_the_core_skills() -> None:
    """One JD ended with 17 required skills: the people who do the core work must still lead."""
    noise = ["Jira", "Confluence", "Excel", "Firmware", "Blockchain", "Kong", "Solidity", "Salesforce",
             "SAP", "Tableau", "Figma", "Photoshop", "Zapier", "Notion", "Slack"]  # fmt: skip
    requirement = make_requirement(title="Senior Go Engineer", required_skills=["Go", "Kubernetes", *noise])
    core = go_kubernetes_developer("synth-core")
    collector = make_candidate("synth-collector", location="Berlin", languages={"Solidity": 0.6, "Go": 0.06},
                               repos=[make_repo(n.lower(), topics=[n.lower()]) for n in noise])  # fmt: skip
    assert rank([collector, core], requirement) == ["synth-core", "synth-collector"]
    assert scored(core, requirement)["score"] >= 85


def test_any_language_a_technology_led_role_names_counts_as_core() -> None:
    """ "Scripting with bash, Python, Ruby, Go" in a DevOps role: the languages are tools, so a Go
    developer whose repositories run Kubernetes and Terraform is as much in the running as a Python one;
    a language-led role keeps its own languages."""
    devops = make_requirement(
        title="DevOps Engineer",
        required_skills=["Kubernetes", "Terraform", "Docker", "Shell", "Python", "Ruby", "Go"],
        remote="remote",
        locations=[],
    )
    infra_repos = [
        make_repo("eks-platform", language="Go", topics=["kubernetes", "terraform"]),
        make_repo("cluster-operator", language="Go", topics=["kubernetes", "docker"]),
    ]
    gopher = make_candidate("synth-go-ops", languages={"Go": 0.9, "Shell": 0.1}, repos=infra_repos)
    pythonista = make_candidate("synth-py-ops", languages={"Python": 0.9, "Shell": 0.1}, repos=infra_repos)
    go_language, python_language = (scored(c, devops)["core_language"] for c in (gopher, pythonista))
    assert go_language == pytest.approx(python_language)
    assert go_language > 0
    backend = make_requirement(title="Backend Engineer", required_skills=["Python", "Django", "Kubernetes"])
    assert scored(pythonista, backend)["core_language"] > scored(gopher, backend)["core_language"] == 0


# ---------- fault 6: evidence from the whole profile, above thresholds ----------
def test_a_language_share_counts_every_own_repository_not_just_the_most_starred() -> None:
    """28 PHP repositories and one Kotlin one were shown as "18% Kotlin" (3% of their own code)."""
    from talent.github.profiles import candidate_from_graphql

    repos = [{"name": f"shop-{i}", "isFork": False, "stargazerCount": 1, "diskUsage": 900,
              "primaryLanguage": {"name": "PHP"}} for i in range(28)]  # fmt: skip
    repos.append({"name": "android-toy", "isFork": False, "stargazerCount": 500, "diskUsage": 800,
                  "primaryLanguage": {"name": "Kotlin"}})  # fmt: skip
    node = {"login": "synth-php", "url": "https://github.com/synth-php", "createdAt": "2015-01-01T00:00:00Z",
            "repositories": {"nodes": repos}}  # fmt: skip
    person = candidate_from_graphql(node)
    assert person is not None
    assert person.language_share["Kotlin"] == pytest.approx(800 / (28 * 900 + 800), abs=1e-4)
    android = JobRequirement(title="Android Engineer", required_skills=["Kotlin", "Android"])
    (result,) = rank_candidates([person], android, now=NOW)
    assert "Kotlin" not in result.matched_skills  # 3% of their code: incidental, not evidence
    assert result.candidate.language_share["Kotlin"] < MIN_LANGUAGE_SHARE


def test_incidental_bytes_are_never_cited_as_a_skill() -> None:
    """1-3% of incidental HTML in a Python repository was cited as a matched skill."""
    person = make_candidate("synth-py", languages={"Python": 0.97, "HTML": 0.03},
                            repos=[make_repo("api", language="Python")])  # fmt: skip
    (result,) = rank_candidates(
        [person], JobRequirement(title="Web Developer", required_skills=["Python", "HTML"]), now=NOW
    )
    assert result.matched_skills == ["Python"]
    assert "HTML" in result.missing_skills


def test_work_outside_the_most_starred_repositories_is_evidence() -> None:
    """A developer whose Android work was not among the 10 most-starred showed "no evidence for Android"."""
    starred = [make_repo(f"web-{i}", language="PHP", stars=1000 - i) for i in range(12)]
    recent = [
        make_repo(f"app-{i}", language="Kotlin", topics=["android", "jetpack-compose"]) for i in range(3)
    ]
    person = make_candidate(
        "synth-mobile", languages={"Kotlin": 0.35, "PHP": 0.65}, repos=[*starred, *recent]
    )
    (result,) = rank_candidates(
        [person], JobRequirement(title="Android Engineer", required_skills=["Kotlin", "Android"]), now=NOW
    )
    assert result.matched_skills == ["Kotlin", "Android"]
    assert result.evidence["Android"][:3] == ["app-0", "app-1", "app-2"]
    assert len(result.candidate.repos) <= MAX_SHOWN_REPOS
    assert {"app-0", "app-1", "app-2"} <= {r.name for r in result.candidate.repos}  # evidence kept first


def test_a_language_the_title_names_is_the_only_core_language() -> None:
    """ "Senior Scala Engineer (Spark, Kafka)" took Python too (Spark is also written in Python), so
    Python developers with none of the skills passed the core gate and ranked above Scala engineers
    (found by a new-user trial: ranks 5-12 had no matched skill)."""
    requirement = JobRequirement(
        title="Senior Scala Engineer (Spark, Kafka)",
        required_skills=["Scala", "Apache Spark", "Apache Kafka"],
        remote="remote",
    )
    pythonista = make_candidate(
        "synth-django", followers=5_000, languages={"Python": 0.95, "HTML": 0.05},
        repos=[make_repo(f"django-{i}", language="Python", topics=["django"], stars=900) for i in range(5)],
    )  # fmt: skip
    scala = make_candidate(
        "synth-scala", followers=10, languages={"Scala": 0.9, "Java": 0.1},
        repos=[make_repo("stream-jobs", language="Scala", topics=["apache-spark", "kafka"], stars=3)],
    )  # fmt: skip
    assert role_profile(requirement).accepted == ("Scala",)
    ranked = rank_candidates([pythonista, scala], requirement, now=NOW)
    assert [r.candidate.login for r in ranked] == ["synth-scala", "synth-django"]
    assert ranked[1].breakdown["core_skills"].contribution == 0
    # a title naming no language still takes its technologies' languages ("Android" -> Kotlin, Java)
    android = JobRequirement(title="Senior Android Engineer", required_skills=["Kotlin", "Android"])
    assert role_profile(android).accepted == ("Kotlin", "Java")


def test_a_choice_the_posting_offers_is_met_by_any_one_of_it() -> None:
    """ "Python (Django, Flask or FastAPI)": Django specialists ranked 41-50 of 50, under profiles naming
    all three, and read "no own repository shows Flask; … FastAPI" (found by a new-user trial)."""
    skills = ["Python", "PostgreSQL", "Django", "Flask", "FastAPI"]
    choice = JobRequirement(
        title="Backend Engineer (Python)",
        required_skills=skills,
        alternatives=[["Django", "Flask", "FastAPI"]],
    )
    specialist = make_candidate(
        "synth-django", languages={"Python": 1.0},
        repos=[make_repo(f"app-{i}", language="Python", topics=["django", "postgresql"]) for i in range(3)],
    )  # fmt: skip
    (result,) = rank_candidates([specialist], choice, now=NOW)
    assert result.missing_skills == []
    assert "Flask" not in result.breakdown["domain"].explanation
    django_alone = choice.model_copy(update={"required_skills": skills[:3], "alternatives": []})
    assert result.score == rank_candidates([specialist], django_alone, now=NOW)[0].score
    (each_asked,) = rank_candidates([specialist], choice.model_copy(update={"alternatives": []}), now=NOW)
    assert each_asked.missing_skills == ["Flask", "FastAPI"]
    assert each_asked.score < result.score


def test_an_unmet_choice_is_named_once_as_a_choice() -> None:
    requirement = JobRequirement(
        title="Backend Engineer",
        required_skills=["Python", "Docker", "AWS", "Google Cloud", "Azure"],
        alternatives=[["AWS", "Google Cloud", "Azure"]],
    )
    person = make_candidate(
        "synth-py", languages={"Python": 1.0}, repos=[make_repo("api", language="Python")]
    )
    (result,) = rank_candidates([person], requirement, now=NOW)
    explanation = result.breakdown["other_skills"].explanation
    assert "0 of 2 other required skills with evidence" in explanation
    assert "No evidence for Docker, AWS, Google Cloud or Azure." in explanation


def test_for_a_hybrid_role_in_a_city_a_local_developer_ranks_above_a_stronger_one_far_away() -> None:
    """A hybrid role two days a week in Munich had nobody near Munich in its top 20: Sydney, Manila and
    Bogotá ranked 5-10 on 10 location points (found by a new-user trial)."""
    requirement = JobRequirement(
        title="Senior Backend Engineer (Go)", required_skills=["Go", "PostgreSQL"], remote="hybrid",
        locations=["Munich, Germany"],
    )  # fmt: skip
    local = make_candidate(
        "synth-local", location="München", languages={"Go": 0.2, "Python": 0.8},
        repos=[make_repo("ledger", language="Go", topics=["postgresql"])],
    )  # fmt: skip
    far = make_candidate(
        "synth-far", location="Sydney, Australia", languages={"Go": 0.95, "Shell": 0.05}, followers=3_000,
        repos=[make_repo(f"pg-{i}", language="Go", topics=["postgresql"], stars=400) for i in range(4)],
    )  # fmt: skip
    ranked = rank_candidates([far, local], requirement, now=NOW)
    assert [r.candidate.login for r in ranked] == ["synth-local", "synth-far"]
    assert ranked[0].breakdown["location"].weight > ranked[0].breakdown["core_language"].weight


@pytest.mark.parametrize(
    ("title", "skills", "languages"),
    [
        ("Full-Stack Developer (Python/React)", ["Python", "React"], ("Python", "TypeScript", "JavaScript")),
        ("DevOps Engineer (Python, Terraform)", ["Python", "Terraform"], ("Python", "HCL")),
        ("Python-Entwickler:in Data Engineering (Spark)", ["Python", "Apache Spark"], ("Python",)),
        # a language the role is named after decides alone (a second review)
        ("Go Engineer (Terraform providers)", ["Go", "Terraform"], ("Go",)),
        ("Senior Python Engineer (Django, React)", ["Python", "Django", "React"], ("Python",)),
        ("Senior Kotlin Engineer (Android/iOS)", ["Kotlin", "Android", "iOS"], ("Kotlin",)),
    ],
)
def test_a_title_technology_written_in_another_language_keeps_that_language(
    title: str, skills: list[str], languages: tuple[str, ...]
) -> None:
    """A review of the first version of the title rule: "(Python/React)" lost TypeScript; a second
    one: "Go Engineer (Terraform providers)" must not accept HCL alone."""
    assert role_profile(JobRequirement(title=title, required_skills=skills)).accepted == languages


def test_location_explanations_read_as_sentences() -> None:
    """A new-user trial read "Not scored: the role is no location given." and '"Berlin" is remote
    within 54 countries'."""
    person = make_candidate("synth-py", location="Berlin", languages={"Python": 1.0})
    nowhere = JobRequirement(title="Python Developer", required_skills=["Python"])
    (unscored,) = rank_candidates([person], nowhere, now=NOW)
    assert unscored.breakdown["location"].explanation == "Not scored: the posting gives no location."
    europe = nowhere.model_copy(update={"remote": "remote", "locations": ["Europe"]})
    (inside,) = rank_candidates([person], europe, now=NOW)
    assert inside.breakdown["location"].explanation == '"Berlin" is in DE: the role is remote within Europe.'


def test_every_repository_cited_as_evidence_stays_on_the_ranked_candidate() -> None:
    """A candidate whose evidence named more than 10 repositories lost some of them, and the outreach
    draft then cited repositories a recruiter could not find in the candidate's data."""
    skills = ["Python", "Django", "Flask", "FastAPI"]
    repos = [
        make_repo(f"{skill.lower()}-{i}", language="Python", topics=[skill.lower()], stars=10 - i)
        for skill in skills
        for i in range(4)
    ]
    person = make_candidate("synth-wide", languages={"Python": 1.0}, repos=repos)
    (result,) = rank_candidates(
        [person], JobRequirement(title="Backend Engineer", required_skills=skills), now=NOW
    )
    cited = {item for items in result.evidence.values() for item in items if not item.startswith("language")}
    assert len(cited) > MAX_SHOWN_REPOS
    assert cited <= {r.name for r in result.candidate.repos}


def test_every_repository_an_explanation_names_stays_on_the_ranked_candidate() -> None:
    """A new user read "backend work in rael2-cli, laravel, aws" with no laravel or aws repository in the
    candidate's data: the family's work and the last push were named but not kept."""
    popular = [make_repo(f"web-{i}", language="C", stars=500 + i, pushed_at=days_ago(400)) for i in range(12)]
    kin = [make_repo(f"fw-{i}", language="C", topics=["stm32"], pushed_at=days_ago(300)) for i in range(3)]
    latest = make_repo("scratch", language="C", pushed_at=days_ago(3))
    person = make_candidate("synth-fw", languages={"C": 1.0}, repos=[*popular, *kin, latest])
    role = JobRequirement(
        title="Embedded Software Engineer", required_skills=["C", "Zephyr"], remote="remote"
    )
    (result,) = rank_candidates([person], role, now=NOW)
    kept = {r.name for r in result.candidate.repos}
    assert "fw-0" in result.breakdown["domain"].explanation
    assert {"fw-0", "fw-1", "fw-2"} <= kept
    assert "(scratch)" in result.breakdown["activity"].explanation
    assert "scratch" in kept


def test_every_claim_in_an_explanation_names_its_evidence() -> None:
    (result,) = rank_candidates([go_kubernetes_developer()], make_requirement(), now=NOW)
    assert result.evidence["Go"] == ["language share 62% Go (2 repositories)"]
    assert result.evidence["Kubernetes"] == ["kube-autoscaler-lab"]
    assert "Go (62% of own code)" in result.breakdown["core_skills"].explanation
    assert "kube-autoscaler-lab" in result.breakdown["domain"].explanation


def test_topics_names_and_descriptions_grade_evidence() -> None:
    matcher = SkillMatcher(["Kubernetes"])
    topic = make_candidate("synth-t", repos=[make_repo("a", topics=["k8s"])])
    named = make_candidate("synth-n", repos=[make_repo("kubernetes-lab")])
    described = make_candidate("synth-d", repos=[make_repo("a", description="Runs on Kubernetes clusters")])
    strengths = [matcher.match(c)["Kubernetes"].strength for c in (topic, named, described)]
    assert strengths == sorted(strengths, reverse=True)
    assert matcher.match(make_candidate("synth-x", repos=[make_repo("a", description="kubernetess")])) == {}


def test_a_role_of_no_known_family_takes_credit_only_from_its_own_kinds_of_work() -> None:
    """For "Python Developer" (Django, FastAPI, PostgreSQL), PyTorch repositories counted as the role's
    work and ranked ML researchers above Django developers of unknown location."""
    skills = ["Python", "PostgreSQL", "MySQL", "MongoDB", "Django", "FastAPI", "Docker", "Git"]
    web = JobRequirement(title="Python Developer", required_skills=skills, remote="remote")
    assert role_profile(web).family.name == "general"  # a long list of mixed kinds names no family
    nets = [make_repo(f"net-{i}", language="Python", topics=["pytorch"]) for i in range(3)]
    ml = make_candidate("synth-ml", languages={"Python": 0.9}, repos=nets)
    api = make_repo("api", language="Python", topics=["flask", "sqlalchemy"])
    flask = make_candidate("synth-flask", languages={"Python": 0.9}, repos=[api])
    assert scored(ml, web)["domain"] == 0
    assert scored(flask, web)["domain"] > 0  # another web framework is the same kind of work
    assert rank([ml, flask], web) == ["synth-flask", "synth-ml"]


def test_ordinary_words_in_names_and_descriptions_are_not_skill_evidence() -> None:
    matcher = SkillMatcher(["Go", "Spring"])
    person = make_candidate(
        "synth-w", repos=[make_repo("go-to-market", description="spring cleaning, ready to go")]
    )
    assert matcher.match(person) == {}


def test_repositories_on_a_sql_database_show_sql() -> None:
    """A Django developer with PostgreSQL and MySQL repositories read "No evidence for SQL": SQL was
    shown only by SQL files leading a repository, which almost no one's do."""
    skills = ["Python", "Django", "SQL"]
    role = JobRequirement(title="Python Developer", required_skills=skills, remote="remote")
    repos = [make_repo("clinic", language="Python", topics=["django", "postgresql"]),
             make_repo("shop", language="Python", description="A Flask shop on MySQL")]  # fmt: skip
    person = make_candidate("synth-sql", languages={"Python": 0.9}, repos=repos)
    (result,) = rank_candidates([person], role, now=NOW)
    assert result.evidence["SQL"] == ["clinic", "shop"]
    assert "SQL" not in result.breakdown["other_skills"].explanation.partition("No evidence")[2]
    no_database = make_candidate("synth-nosql", languages={"Python": 0.9}, repos=[repos[0].model_copy(
        update={"topics": ["django", "mongodb"]})])  # fmt: skip
    (other,) = rank_candidates([no_database], role, now=NOW)
    assert "SQL" not in other.evidence
    assert scored(person, role)["other_skills"] > scored(no_database, role)["other_skills"]


def test_code_in_a_dialect_shows_its_language() -> None:
    """A trial's data engineers had a tenth of their code in PL/pgSQL and read "missing: SQL"."""
    matcher = SkillMatcher(["SQL", "Verilog", "Python"])
    person = make_candidate(
        "synth-pg", languages={"Python": 0.8, "PLpgSQL": 0.06, "TSQL": 0.04, "SystemVerilog": 0.1}
    )
    found = matcher.match(person)
    assert found["SQL"].items == ("language share 6% PLpgSQL", "language share 4% TSQL")
    assert found["SQL"].strength == pytest.approx(0.1 / 0.4)  # the dialects' shares add up
    assert found["Verilog"].items == ("language share 10% SystemVerilog",)
    # a dialect of nothing asked for shows nothing: SQL's dialects are no Python
    assert found["Python"].items == ("language share 80% Python",)
    assert "SQL" not in SkillMatcher(["SQL"]).match(make_candidate("synth-py", languages={"Python": 1.0}))


def test_a_language_a_repository_shows_is_matched_and_the_gate_says_what_it_measures() -> None:
    """A new user read matched_skills ["Python"] beside "No evidence for the role's core skills (Python,
    …)": a repository tagged python shows the skill, but the gate asks for a tenth of their code."""
    role = JobRequirement(title="Python Developer", required_skills=["Python"], remote="remote")
    person = make_candidate("synth-js", languages={"JavaScript": 0.95, "Python": 0.05},
                            repos=[make_repo("notes", language="JavaScript", topics=["python"])])  # fmt: skip
    (result,) = rank_candidates([person], role, now=NOW)
    assert "Python" in result.matched_skills
    assert result.breakdown["core_skills"].value == 0
    assert result.breakdown["core_skills"].explanation == (
        "Not enough evidence for the role's core skills: Python is under 10% of their own code."
    )


def test_a_technology_one_repository_names_is_matched_and_the_gate_says_why_that_is_not_enough() -> None:
    """A new user read the gate's "no repository of theirs clearly shows Tokio" beside the domain's
    "Tokio: tokio-engine" and matched_skills ["Tokio"]."""
    role = JobRequirement(title="Backend Engineer", required_skills=["Tokio"], remote="remote")
    person = make_candidate("synth-go", languages={"Go": 1.0},
                            repos=[make_repo("tokio-engine", language="Go")])  # fmt: skip
    (result,) = rank_candidates([person], role, now=NOW)
    assert "Tokio" in result.matched_skills
    assert result.breakdown["core_skills"].explanation.endswith(
        "no repository of theirs is tagged with Tokio, nor do two of them name it "
        "(Tokio only in tokio-engine)."
    )


def test_portland_alone_is_oregons_city_not_jamaicas_parish() -> None:
    """A small country's subdivision no longer outranks a city of its name (`geo.places._meant`)."""
    us_only = JobRequirement(
        title="Backend Engineer", required_skills=["Go"], locations=["US"], remote="remote"
    )
    person = make_candidate("synth-somewhere", location="Portland", languages={"Go": 0.9},
                            repos=[make_repo("svc", language="Go", pushed_at=days_ago(3))])  # fmt: skip
    (result,) = rank_candidates([person], us_only, now=NOW)
    assert not result.outside_area
    assert result.breakdown["location"].explanation == '"Portland" is in US: the role is remote within US.'


@pytest.mark.parametrize("location", ["Georgia", "Cambridge"])
def test_a_bare_name_that_is_also_a_place_in_the_area_is_not_outside(location: str) -> None:
    """A reviewer's finding: the gazetteer reads "Portland" as Jamaica, and the cap made that cost the
    person their place and their draft for a US-only role."""
    us_only = JobRequirement(
        title="Backend Engineer", required_skills=["Go"], locations=["US"], remote="remote"
    )
    person = make_candidate("synth-somewhere", location=location, languages={"Go": 0.9},
                            repos=[make_repo("svc", language="Go", pushed_at=days_ago(3))])  # fmt: skip
    (result,) = rank_candidates([person], us_only, now=NOW)
    assert not result.outside_area
    assert result.breakdown["location"].explanation == (
        f'"{location}" is also the name of a place in US: cannot tell whether they are in the role\'s area.'
    )


def test_a_time_zone_band_alone_never_puts_someone_outside_the_area() -> None:
    """A band is read from free text ("fuseau horaire est UTC+1" once read as US Eastern): it scores,
    but only the role's cities or region cap and withhold the draft."""
    role = JobRequirement(title="Go Developer", required_skills=["Go"], remote="remote",
                          utc_band={"earliest": -8, "latest": -2})  # fmt: skip
    person = make_candidate("synth-berlin", location="Berlin, Germany", languages={"Go": 0.9},
                            repos=[make_repo("svc", language="Go", pushed_at=days_ago(3))])  # fmt: skip
    (result,) = rank_candidates([person], role, now=NOW)
    assert result.breakdown["location"].value == 0
    assert not result.outside_area
    assert result.score > 49


def test_capped_people_keep_their_order_by_the_uncapped_total() -> None:
    us_only = JobRequirement(
        title="Backend Engineer", required_skills=["Go"], locations=["US"], remote="remote"
    )
    strong = [make_repo(f"svc-{i}", language="Go", stars=900, pushed_at=days_ago(3)) for i in range(3)]
    aa = make_candidate("aa-weak", location="London, UK", languages={"Go": 0.2},
                        repos=[make_repo("old", language="Go", pushed_at=days_ago(1400))])  # fmt: skip
    zz = make_candidate("zz-strong", location="London, UK", languages={"Go": 0.9}, repos=strong)
    ranked = rank_candidates([aa, zz], us_only, now=NOW)
    assert [r.score for r in ranked] == [49.0, 49.0]
    assert [r.candidate.login for r in ranked] == ["zz-strong", "aa-weak"]


def test_an_account_untouched_for_over_five_years_ranks_below_everyone_active_with_the_core_skills() -> None:
    """A new user's iOS shortlist had at #2 someone whose one repository was last pushed 94 months ago."""
    role = JobRequirement(title="iOS Engineer", required_skills=["Swift"], remote="remote")
    old = [make_repo("swift-demo", language="Swift", stars=3_000, pushed_at=days_ago(94 * 30))]
    dormant = make_candidate("synth-dormant", followers=5_000, languages={"Swift": 1.0}, repos=old)
    recent = [make_repo("app", language="Swift", pushed_at=days_ago(20))]
    active = make_candidate("synth-active", followers=3, languages={"Swift": 0.3}, repos=recent)
    ranked = rank_candidates([dormant, active], role, now=NOW)
    assert [r.candidate.login for r in ranked] == ["synth-active", "synth-dormant"]
    assert ranked[1].score == 49.0
    assert (
        ranked[1]
        .breakdown["activity"]
        .explanation.endswith("No push for over 5 years: the score is at most 49.")
    )


def test_an_unknown_time_zone_is_said_plainly() -> None:
    role = JobRequirement(title="Go Developer", required_skills=["Go"], remote="remote",
                          utc_band={"earliest": -1, "latest": 3})  # fmt: skip
    person = make_candidate("synth-nowhere", location=None, languages={"Go": 1.0})
    (result,) = rank_candidates([person], role, now=NOW)
    assert result.breakdown["location"].explanation == (
        "No location on the profile: the time zone is unknown; the role works within UTC-1 to UTC+3."
    )


def test_a_language_shown_by_its_share_and_its_repositories_cites_both() -> None:
    matcher = SkillMatcher(["Shell"])
    person = make_candidate("synth-sh", languages={"Shell": 0.1, "Go": 0.9},
                            repos=[make_repo("dotfiles", language="Go", topics=["shell"])])  # fmt: skip
    evidence = matcher.match(person)["Shell"]
    assert evidence.items == ("language share 10% Shell", "dotfiles")
    share_only = matcher.match(make_candidate("synth-sh2", languages={"Shell": 0.1, "Go": 0.9}))["Shell"]
    assert share_only.strength < evidence.strength < 1.0


# ---------- fault 7: the location policy is scored and stated ----------
def test_a_us_only_role_ranks_people_outside_the_us_below_equal_people_inside() -> None:
    """ "US only, no visa sponsorship" became "remote, location not scored"; the top 10 had London."""
    us_only = make_requirement(remote="remote", locations=["United States"], relocation=False)
    assert location_policy(us_only).kind == "region"
    people = [go_kubernetes_developer(f"synth-{i}", location=where)
              for i, where in enumerate(["London, UK", "Bangalore", "Berlin", "Austin, TX"])]  # fmt: skip
    order = rank(people, us_only)
    assert order[0] == "synth-3"
    (london,) = rank_candidates([people[0]], us_only, now=NOW)
    assert london.breakdown["location"].value == 0
    assert "outside the role's area (remote within US)" in london.breakdown["location"].explanation


def test_an_onsite_city_counts_commuting_distance_and_relocation_offers() -> None:
    onsite = make_requirement(remote="onsite", locations=["New York, NY"], relocation=True)
    brooklyn = go_kubernetes_developer("synth-bk", location="Brooklyn, NY")
    boston = go_kubernetes_developer("synth-bos", location="Boston, MA")
    lisbon = go_kubernetes_developer("synth-lis", location="Lisbon")
    unknown = go_kubernetes_developer("synth-none", location=None)
    values = {c.login: rank_candidates([c], onsite, now=NOW)[0].breakdown["location"].value
              for c in (brooklyn, boston, lisbon, unknown)}  # fmt: skip
    assert values["synth-bk"] > values["synth-bos"] > values["synth-none"] > values["synth-lis"] > 0
    assert rank([lisbon, boston, brooklyn], onsite) == ["synth-bk", "synth-bos", "synth-lis"]


def test_relocation_counts_most_for_people_open_to_it_when_the_role_offers_it() -> None:
    """ "Visa sponsorship available" lifted every Go developer in the US alike; the rubric (and a
    sourcer) wants those who say they would move first."""
    onsite = make_requirement(remote="hybrid", locations=["Amsterdam, Netherlands"], relocation=True)
    willing = go_kubernetes_developer("synth-willing", location="Austin, TX", bio="Open to relocation")
    silent = go_kubernetes_developer("synth-silent", location="Austin, TX")
    local = go_kubernetes_developer("synth-local", location="Amsterdam")
    assert rank([silent, willing, local], onsite) == ["synth-local", "synth-willing", "synth-silent"]
    (result,) = rank_candidates([willing], onsite, now=NOW)
    assert "open to it" in result.breakdown["location"].explanation


def test_a_time_zone_band_is_scored() -> None:
    band = make_requirement(remote="remote", locations=[], utc_band={"earliest": -1, "latest": 3})
    inside = go_kubernetes_developer("synth-in", location="Warsaw")
    outside = go_kubernetes_developer("synth-out", location="San Francisco, CA")
    assert rank([outside, inside], band) == ["synth-in", "synth-out"]
    (result,) = rank_candidates([outside], band, now=NOW)
    assert "outside the role's UTC-1 to UTC+3" in result.breakdown["location"].explanation


def test_a_remote_anywhere_role_does_not_score_location() -> None:
    anywhere = make_requirement(remote="remote", locations=[])
    (result,) = rank_candidates([go_kubernetes_developer(location="Lagos")], anywhere, now=NOW)
    assert result.breakdown["location"].weight == 0
    assert result.breakdown["location"].explanation == "Not scored: the role is remote anywhere."


def test_now_defaults_to_the_current_time() -> None:
    (result,) = rank_candidates([go_kubernetes_developer()], make_requirement())
    months = round((datetime.now(UTC) - days_ago(10)).days / 30.44)
    assert f"repositories {months} month" in result.breakdown["activity"].explanation


@pytest.mark.parametrize(("days", "said"), [(10, "this month"), (30, "1 month ago"), (400, "13 months ago")])
def test_the_last_push_is_told_in_whole_months(days: int, said: str) -> None:
    # A new user read "0 months ago" and "1 months ago" in the README's own example.
    person = go_kubernetes_developer(repos=[make_repo("svc", language="Go", pushed_at=days_ago(days))])
    (result,) = rank_candidates([person], make_requirement(), now=NOW)
    assert result.breakdown["activity"].explanation == f"Last push to their own repositories {said} (svc)."


def test_a_language_the_posting_lists_only_as_a_plus_is_no_core_language() -> None:
    """A new user's Data Engineer posting (Python, Spark, Airflow, dbt; "Bonus: Scala") searched
    language:Scala first, and Java developers passed the gate as Scala's close relatives."""
    data = JobRequirement(
        title="Data Engineer",
        required_skills=["Python", "Apache Spark", "Apache Airflow", "dbt", "SQL"],
        preferred_skills=["Scala"],
    )
    profile = role_profile(data)
    assert profile.languages[0] == "Python"
    assert "Scala" not in profile.accepted
    assert "Java" not in profile.relatives
    java = make_candidate("synth-java", languages={"Java": 0.9}, repos=[make_repo("svc", language="Java")])
    assert scored(java, data)["core_skills"] == 0
    # a Spark role that asks for Scala keeps it first
    scala = JobRequirement(title="Data Engineer", required_skills=["Scala", "Apache Spark"])
    assert role_profile(scala).languages[0] == "Scala"


def test_who_is_screened_out_of_the_drafts_and_why() -> None:
    """A new user's run drafted two people below the gate (scores 39 and 38) and one with no push for 94
    months; `screened_out` says why each gets none."""
    us_only = JobRequirement(
        title="Backend Engineer", required_skills=["Go"], locations=["US"], remote="remote"
    )
    recent = [make_repo("svc", language="Go", pushed_at=days_ago(20))]
    fit = make_candidate("synth-fit", location="Austin, TX", languages={"Go": 0.9}, repos=recent)
    java = [make_repo("bank-api", language="Java", pushed_at=days_ago(20))]
    no_go = make_candidate("synth-java", location="Austin, TX", languages={"Java": 1.0}, repos=java)
    berlin = make_candidate("synth-berlin", location="Berlin, Germany", languages={"Go": 0.9}, repos=recent)
    old = [make_repo("svc", language="Go", pushed_at=days_ago(94 * 30))]
    dormant = make_candidate("synth-dormant", location="Austin, TX", languages={"Go": 1.0}, repos=old)
    ranked = {r.candidate.login: r for r in rank_candidates([fit, no_go, berlin, dormant], us_only, now=NOW)}
    assert ranked["synth-fit"].screened_out is None
    assert ranked["synth-java"].screened_out == "Their own work does not show the role's core skills."
    assert ranked["synth-berlin"].screened_out == "They live outside the role's area."
    assert ranked["synth-dormant"].screened_out == "No push to their own repositories for over 5 years."


def test_passing_the_gate_on_a_language_alone_with_no_skill_shown_gets_no_draft() -> None:
    """A trial's React Native run drafted a Java/JavaScript developer (JavaScript passed the gate) whose work
    showed none of the posting's skills: the draft had nothing specific to say."""
    role = JobRequirement(
        title="Mobile Developer", required_skills=["React Native", "TypeScript"], remote="remote"
    )
    shown = [make_repo("app", language="TypeScript", topics=["react-native"], pushed_at=days_ago(5))]
    fit = make_candidate("synth-rn", languages={"TypeScript": 0.9}, repos=shown)
    plain = [make_repo("api", language="JavaScript", pushed_at=days_ago(5))]
    javascript = make_candidate("synth-js", languages={"JavaScript": 0.6, "Java": 0.4}, repos=plain)
    ranked = {r.candidate.login: r for r in rank_candidates([fit, javascript], role, now=NOW)}
    assert ranked["synth-rn"].screened_out is None
    assert ranked["synth-js"].breakdown["core_skills"].value > 0  # the gate passed, on JavaScript
    assert ranked["synth-js"].matched_skills == []
    assert ranked["synth-js"].screened_out == (
        "Past the core-skills gate on a language alone, their own work shows none of the posting's skills."
    )


def test_with_no_core_skills_to_gate_on_nobody_is_screened_out_for_them() -> None:
    role = JobRequirement(title="Engineer", required_skills=[], remote="remote")
    person = make_candidate("synth-any", languages={"Java": 1.0},
                            repos=[make_repo("svc", language="Java", pushed_at=days_ago(3))])  # fmt: skip
    (result,) = rank_candidates([person], role, now=NOW)
    assert result.screened_out is None


@pytest.mark.parametrize(
    ("bio", "outside"),
    [
        ("Relocating to Spain.", True),  # a new user's finding: any "relocat…" passed the area limit
        ("Happy to relocate within Spain.", True),
        ("Open to relocation (NL/ES)", True),
        ("Open to relocation", False),  # anywhere
        ("Open to relocation to the US or Canada", False),
        # a review's findings: every wish is read, a refusal is none, a metro area is its country's
        ("Relocated to Lisbon. Open to relocation to the US.", False),
        ("Open to relocation in Europe or the US", False),
        ("Open to relocation to the Bay Area", False),
        ("Not open to relocation.", True),
        # a second review's: a list of destinations, and wishes that are no refusal
        ("Open to relocation to Germany, Netherlands, and the US", False),
        ("No problem relocating to the US.", False),
        # a new user's: a date after the place made it no place, so the wish counted for anywhere
        ("Relocating to London in 2026.", True),
        ("Relocating to New York City by summer.", False),
        # a review's: a town and its state without a comma is not the best-known town of its name, and
        # a season is no town
        ("Relocating to Cambridge MA.", False),
        ("Relocating to Paris Texas.", False),
        ("Relocating to Dublin Ohio.", False),
        ("Relocating in Spring 2026.", False),  # anywhere
        ("Relocating to London Ontario.", True),
        ("Relocating to Cambridge, MA.", False),  # and with the comma (a second review's)
        ("Relocating to Portland, OR in March.", False),
    ],
)
def test_a_wish_to_move_counts_only_where_it_goes(bio: str, outside: bool) -> None:
    us_only = JobRequirement(
        title="Backend Engineer", required_skills=["Go"], locations=["US"], remote="remote"
    )
    person = make_candidate("synth-kyiv", location="Kyiv, Ukraine", bio=bio, languages={"Go": 0.9},
                            repos=[make_repo("svc", language="Go", pushed_at=days_ago(3))])  # fmt: skip
    (result,) = rank_candidates([person], us_only, now=NOW)
    assert result.outside_area is outside


@pytest.mark.parametrize(
    "locations",
    [
        ["AZ", "CA", "CO", "GA"],
        ["Arizona", "California", "Colorado", "Georgia"],  # t150en-08: "hiring in the following states:"
    ],
)
def test_a_run_of_states_limits_the_role_to_the_us(locations: list[str]) -> None:
    """A review's finding: "AZ, CA, CO, GA" read as Azerbaijan, Canada, Colombia and Gabon put Phoenix
    outside and Baku inside; "Georgia" among states' names is the state, not the country."""
    states = JobRequirement(title="Go Engineer", required_skills=["Go"], locations=locations, remote="remote")
    repos = [make_repo("svc", language="Go", pushed_at=days_ago(3))]
    phoenix = make_candidate("synth-phoenix", location="Phoenix, AZ", languages={"Go": 0.9}, repos=repos)
    baku = make_candidate("synth-baku", location="Baku, Azerbaijan", languages={"Go": 0.9}, repos=repos)
    ranked = {r.candidate.login: r for r in rank_candidates([phoenix, baku], states, now=NOW)}
    assert not ranked["synth-phoenix"].outside_area
    assert ranked["synth-baku"].outside_area


def test_a_code_led_role_is_not_passed_on_a_technology_any_language_uses() -> None:
    """A new user's finding: for "Desarrollador/a Backend Java Senior" a developer whose code is all
    TypeScript passed the core-skills gate on two PostgreSQL repositories and got a draft. For a role
    defined by its code, only a technology written in its languages (Spring Boot for Java) passes it
    without the language."""
    java = JobRequirement(
        title="Desarrollador/a Backend Java Senior",
        required_skills=["Java", "Spring Boot", "PostgreSQL", "Kafka"],
        remote="remote",
    )
    postgres = [make_repo(f"pg-{i}", language="TypeScript", topics=["postgresql"]) for i in range(2)]
    spring = [make_repo(f"svc-{i}", language="Kotlin", topics=["spring-boot"]) for i in range(2)]
    typescript = make_candidate("synth-ts", languages={"TypeScript": 1.0}, repos=postgres)
    kotlin = make_candidate("synth-kotlin", languages={"Kotlin": 0.15, "Go": 0.85}, repos=spring)
    ranked = {r.candidate.login: r for r in rank_candidates([typescript, kotlin], java, now=NOW)}

    assert ranked["synth-ts"].screened_out == "Their own work does not show the role's core skills."
    assert ranked["synth-ts"].score < 50
    assert "PostgreSQL" in ranked["synth-ts"].matched_skills  # still scored as a skill
    # one language is named as one ("None of Java is over 5%" read oddly)
    assert (
        ranked["synth-ts"].breakdown["core_language"].explanation == "Java is not over 5% of their own code."
    )
    assert ranked["synth-kotlin"].screened_out is None
    assert ranked["synth-kotlin"].score >= 50


def test_a_role_defined_by_what_it_runs_is_passed_on_any_key_technology() -> None:
    platform = JobRequirement(
        title="Platform Engineer", required_skills=["Python", "Kubernetes", "Terraform"], remote="remote"
    )
    clusters = [make_repo(f"k8s-{i}", language="Go", topics=["kubernetes"]) for i in range(2)]
    gopher = make_candidate("synth-go", languages={"Go": 1.0}, repos=clusters)
    (result,) = rank_candidates([gopher], platform, now=NOW)
    assert result.screened_out is None


def test_a_role_whose_languages_are_only_a_plus_is_passed_on_its_technologies() -> None:
    """A review's finding: "Requirements: PostgreSQL and Kafka … Nice to have: Java or Kotlin" made Java
    or Kotlin the gate, screening out a Go engineer whose repositories are tagged with both."""
    backend = JobRequirement(
        title="Backend Engineer (Payments)",
        required_skills=["PostgreSQL", "Kafka"],
        preferred_skills=["Java", "Kotlin"],
        remote="remote",
    )
    repos = [make_repo(f"svc-{i}", language="Go", topics=["postgresql", "kafka"]) for i in range(2)]
    gopher = make_candidate("synth-go", languages={"Go": 1.0}, repos=repos)
    (result,) = rank_candidates([gopher], backend, now=NOW)
    assert result.screened_out is None


def test_a_role_whose_languages_come_from_its_technologies_is_passed_on_any_of_them() -> None:
    """A review's: Node.js, Django and Ruby on Rails give TypeScript, JavaScript and Python (three at
    most); a Rails developer must still pass on Rails."""
    backend = JobRequirement(
        title="Backend Developer",
        required_skills=["Node.js", "Django", "Ruby on Rails", "PostgreSQL"],
        remote="remote",
    )
    repos = [make_repo(f"app-{i}", language="Ruby", topics=["rails"]) for i in range(2)]
    rubyist = make_candidate("synth-rails", languages={"Ruby": 0.8, "JavaScript": 0.05}, repos=repos)
    (result,) = rank_candidates([rubyist], backend, now=NOW)
    assert result.screened_out is None


def test_a_list_of_links_shows_none_of_the_skills_it_is_tagged_with() -> None:
    """A second new user's finding: a curated link list tagged "kubernetes" passed a DevOps role's gate
    and was cited in the draft as the person's Kubernetes work."""
    devops = JobRequirement(
        title="DevOps Engineer", required_skills=["Kubernetes", "Terraform"], remote="remote"
    )
    lists = [
        make_repo(
            "awesome-rust-links", description="A curated list of links", topics=["awesome", "kubernetes"]
        ),
        make_repo("k8s-reading", description="Curated list of Kubernetes articles", topics=["kubernetes"]),
    ]
    clusters = [make_repo(f"k8s-{i}", language="Go", topics=["kubernetes"]) for i in range(2)]
    # a second review's: lists without the word "awesome" are lists too, and code named so is code
    lists.append(make_repo("kubernetes-learning", description="Kubernetes bookmarks", topics=["kubernetes"]))
    clusters.append(make_repo("awesome-operator", language="Go", description="A Kubernetes operator"))
    curator = make_candidate("synth-lists", languages={"Markdown": 1.0}, repos=lists)
    operator = make_candidate("synth-ops", languages={"Go": 1.0}, repos=clusters)
    ranked = {r.candidate.login: r for r in rank_candidates([curator, operator], devops, now=NOW)}
    assert "Kubernetes" not in ranked["synth-lists"].matched_skills
    assert ranked["synth-lists"].screened_out == "Their own work does not show the role's core skills."
    assert ranked["synth-ops"].evidence["Kubernetes"] == ["k8s-0", "k8s-1", "awesome-operator"]


def test_work_with_a_platforms_services_shows_the_platform() -> None:
    """A second new user's finding: a candidate's "Reusable Terraform modules (VPC, RDS, EKS, IAM)" had
    Amazon EKS and Amazon RDS matched and AWS listed as missing."""
    devops = JobRequirement(
        title="DevOps Engineer", required_skills=["Terraform", "AWS", "Amazon EKS"], remote="remote"
    )
    modules = make_repo(
        "terraform-modules", language="HCL", description="Reusable Terraform modules (VPC, RDS, EKS)"
    )
    named_aurora = make_repo("aurora", language="Go", description="A static site generator")
    person = make_candidate("synth-tf", languages={"HCL": 0.7, "Go": 0.3}, repos=[modules, named_aurora])
    (result,) = rank_candidates([person], devops, now=NOW)
    assert "AWS" in result.matched_skills
    assert "AWS" not in result.missing_skills
    assert result.evidence["AWS"] == ["terraform-modules"]  # not the "aurora" project: an ordinary word


@pytest.mark.parametrize(
    "required",
    [
        # a second review's: with no language named, a database any language uses let a TypeScript
        # developer through a Django or Spring Boot role
        ["Django", "PostgreSQL", "Redis"],
        ["Spring Boot", "Kafka", "PostgreSQL"],
        ["React", "Node.js", "PostgreSQL"],
    ],
)
def test_a_code_led_role_naming_no_language_gates_on_its_frameworks(required: list[str]) -> None:
    backend = JobRequirement(title="Senior Backend Developer", required_skills=required, remote="remote")
    repos = [make_repo(f"db-{i}", language="Python", topics=["postgresql", "redis"]) for i in range(2)]
    outsider = make_candidate("synth-db", languages={"Python": 0.05, "Haskell": 0.95}, repos=repos)
    (result,) = rank_candidates([outsider], backend, now=NOW)
    assert result.screened_out == "Their own work does not show the role's core skills."


def test_a_skill_shows_by_its_other_names_but_not_by_an_ordinary_word() -> None:
    """A trial's: "Expense tracker: Compose + Hilt + coroutines" was listed as missing Dagger (Hilt is
    the vocabulary's other name for it)."""
    matcher = SkillMatcher(["Dagger", "Jetpack Compose", "PostgreSQL"])
    android = make_candidate(
        "synth-droid",
        languages={"Kotlin": 1.0},
        repos=[
            make_repo("expense-tracker", language="Kotlin", description="Expense tracker: Compose + Hilt")
        ],
    )
    assert set(matcher.evidence(android)[1]) == {"Dagger"}
    ops = make_candidate(
        "synth-ops",
        languages={"Shell": 1.0},
        repos=[
            make_repo("stack", language="Shell", description="docker compose files for postgres and node")
        ],
    )
    assert set(matcher.evidence(ops)[1]) == {"PostgreSQL"}  # "postgres" names it; "compose" is a word

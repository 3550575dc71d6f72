"""The emulator's synthetic corpus: deterministic, fast, and shaped like GitHub."""

from __future__ import annotations

import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

from talent_local.github_emulator.corpus import (
    DEFAULT_SIZE,
    MIN_LANGUAGE_BYTES,
    NOW,
    TOPICS,
    _topic_pool,
    fingerprint,
    generate_corpus,
    load_personas,
    main,
)

_FINGERPRINT = (
    "from talent_local.github_emulator import cached_corpus;"
    "from talent_local.github_emulator.corpus import fingerprint;"
    "print(fingerprint(cached_corpus().users))"
)


def test_is_the_same_corpus_in_every_process() -> None:
    # A bio's second language came from a set, whose order changes with each process's string hashing, so
    # the shortlist bench graded another pool on every run.
    runs = {
        subprocess.run(
            [sys.executable, "-c", _FINGERPRINT],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1


def test_the_developers_the_shortlist_judge_graded_are_the_ones_generated() -> None:
    # bench/shortlist_quality.py refuses to score another pool; a taxonomy edit that redraws it fails here.
    shortlist = Path(__file__).resolve().parents[3] / "bench" / "shortlist"
    qrels = json.loads((shortlist / "qrels.json").read_text())
    judged = {login for grades in qrels.values() for login in grades}
    users = [user for user in generate_corpus().users if user.login in judged]
    assert fingerprint(users) == (shortlist / "judged_corpus.sha256").read_text().strip()


def test_is_deterministic() -> None:
    # Its generation time is printed by bench/github.py; tests never assert on time.
    first = generate_corpus()
    digest = hashlib.sha256(first.to_json().encode()).hexdigest()
    assert hashlib.sha256(generate_corpus().to_json().encode()).hexdigest() == digest
    assert generate_corpus(seed=1).to_json() != first.to_json()


def test_has_realistic_distributions() -> None:
    corpus = generate_corpus()
    people = [u for u in corpus.users if u.type == "User"]
    repos = [r for u in people for r in u.repos]
    assert len(people) >= 500
    assert len(corpus.users) > len(people)
    assert len({u.login.lower() for u in corpus.users}) == len(corpus.users)

    followers = sorted(u.followers for u in people)
    assert followers[-1] > 50 * max(statistics.median(followers), 1)  # long tail
    assert 0.15 < sum(u.location is None for u in people) / len(people) < 0.45
    assert 0.3 < sum(not u.bio for u in people) / len(people) < 0.6
    assert 0.1 < sum(r.fork for r in repos) / len(repos) < 0.3
    inactive = [
        u for u in people if u.repos and max(r.pushed_at for r in u.repos) < NOW - timedelta(days=700)
    ]
    assert len(inactive) > 30
    years = Counter(u.created_at.year for u in people)
    assert min(years) == 2008
    assert max(years) == 2025
    assert years[2024] > years[2009]
    assert all(u.created_at <= r.created_at <= r.pushed_at <= NOW for u in people for r in u.repos)

    languages = Counter(r.language for r in repos if r.language and not r.fork)
    top = [name for name, _ in languages.most_common(4)]
    assert {"Python", "JavaScript", "TypeScript"} & set(top)
    # Random accounts draw topics from the repo language's pool (taxonomy + framework table);
    # the hand-written personas carry their own topics, checked in test_personas_are_valid.
    random_repos = [r for u in generate_corpus(personas=False).users for r in u.repos]
    assert random_repos
    for repo in random_repos:
        if repo.language and repo.topics:
            assert set(repo.topics) <= set(_topic_pool(repo.language)), (repo.language, repo.topics)
    assert "django" in TOPICS["Python"]


def test_cli_dumps_json(tmp_path: Path) -> None:
    out = tmp_path / "corpus.json"
    main(["--size", "50", "--dump", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == 50 + len(load_personas())  # 50 random accounts, then the personas
    assert {"login", "repos", "followers"} <= set(data[0])
    main(["--size", "50", "--no-personas", "--dump", str(out)])
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 50


def test_personas_follow_the_random_accounts() -> None:
    with_personas, without = generate_corpus(), generate_corpus(personas=False)
    personas = load_personas()
    assert 200 <= len(personas) <= 300
    assert len(with_personas.users) == DEFAULT_SIZE + len(personas)
    # The random accounts are untouched; ids and node ids continue after the last random ones.
    assert with_personas.to_json().startswith(without.to_json()[:-2])
    random_part = with_personas.users[:DEFAULT_SIZE]
    assert [u.login for u in random_part] == [u.login for u in without.users]
    last_user = without.users[-1].id
    last_repo = max(r.id for u in without.users for r in u.repos)
    added = with_personas.users[DEFAULT_SIZE:]
    assert [u.login for u in added] == [p["login"] for p in personas]
    assert [u.id for u in added] == list(range(last_user + 1, last_user + 1 + len(added)))
    repo_ids = [r.id for u in added for r in u.repos]
    assert repo_ids == list(range(last_repo + 1, last_repo + 1 + len(repo_ids)))
    assert len({u.node_id for u in with_personas.users}) == len(with_personas.users)
    for user in added:
        assert with_personas.by_login[user.login.lower()] is user
        assert with_personas.by_node_id[user.node_id] is user
    # Logins are unique across the whole corpus (GitHub logins are case-insensitive).
    assert len({u.login.lower() for u in with_personas.users}) == len(with_personas.users)


def test_personas_are_valid() -> None:
    corpus = generate_corpus()
    personas = corpus.users[DEFAULT_SIZE:]
    topic_slug = re.compile(r"^[a-z0-9][a-z0-9-]{0,49}$")
    for user in personas:
        assert user.type in {"User", "Organization"}
        assert 1 <= len(user.repos) <= 100, user.login
        assert user.created_at <= user.updated_at <= NOW, user.login
        assert len({r.name for r in user.repos}) == len(user.repos), user.login  # unique per owner
        for repo in user.repos:
            where = (user.login, repo.name)
            assert user.created_at <= repo.created_at < repo.pushed_at < NOW, where
            assert all(isinstance(b, int) and b > 0 for b in repo.languages.values()), where
            total = sum(repo.languages.values())
            if total >= MIN_LANGUAGE_BYTES:
                biggest = max(repo.languages.values())
                assert repo.language is not None, where
                assert repo.languages[repo.language] == biggest, where
            else:
                assert repo.language is None, where
            assert repo.size_kb >= total / 1024, where
            assert len(repo.topics) <= 6, where
            assert len(set(repo.topics)) == len(repo.topics), where
            assert all(topic_slug.match(t) for t in repo.topics), where
            assert repo.stars >= 0, where
            assert repo.forks_count >= 0, where
            if repo.fork:
                assert repo.stars == 0, where
                assert not repo.topics, where

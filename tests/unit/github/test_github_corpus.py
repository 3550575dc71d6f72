"""The emulator's synthetic corpus: deterministic, fast, and shaped like GitHub."""

from __future__ import annotations

import hashlib
import json
import statistics
from collections import Counter
from datetime import timedelta
from pathlib import Path

from talent_local.github_emulator.corpus import NOW, TOPICS, _topic_pool, generate_corpus, main


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
    for repo in repos:  # topics come from the repo language's pool (taxonomy + framework table)
        if repo.language and repo.topics:
            assert set(repo.topics) <= set(_topic_pool(repo.language)), (repo.language, repo.topics)
    assert "django" in TOPICS["Python"]


def test_cli_dumps_json(tmp_path: Path) -> None:
    out = tmp_path / "corpus.json"
    main(["--size", "50", "--dump", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == 50
    assert {"login", "repos", "followers"} <= set(data[0])

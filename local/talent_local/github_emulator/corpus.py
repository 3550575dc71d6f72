"""A deterministic, synthetic corpus of GitHub developers for the offline emulator.

Nobody in it is real: names and logins are built from invented syllables and every bio, repo and
location is drawn from seeded random tables. Distributions are shaped like GitHub's: languages
weighted by popularity, follower and star counts with a long tail, forks, inactive accounts, empty
bios and locations, account creation 2008-2025.

After the random accounts come the hand-designed personas of personas.json (about 250 invented
developers who make the corpus realistic for the roles in bench/shortlist/jds: people who fit, people
who partly fit, and decoys). Pass personas=False for the random accounts alone.

    python -m talent_local.github_emulator.corpus --dump corpus.json
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import random
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from talent.jd.taxonomy import get_skill

DEFAULT_SIZE = 600
DEFAULT_SEED = 20_250_101
# A fixed "now" keeps the corpus identical whatever day it is generated.
NOW = datetime(2025, 11, 1, tzinfo=UTC)
PERSONAS_PATH = Path(__file__).with_name("personas.json")
# GitHub leaves a repository without a primary language below a few KB of code.
MIN_LANGUAGE_BYTES = 3 * 1024

# Rough share of active developers per primary language (Octoverse-like ordering).
LANGUAGES: dict[str, float] = {
    "Python": 17, "JavaScript": 15, "TypeScript": 13, "Java": 9, "C#": 6, "C++": 6, "Go": 5,
    "PHP": 4.5, "Shell": 3, "C": 3.5, "Jupyter Notebook": 3.5, "Ruby": 2.5, "Rust": 2.5,
    "Kotlin": 2, "Swift": 2, "HTML": 2.5, "Dart": 1.5, "Vue": 1.2, "R": 1, "Scala": 0.8,
    "Lua": 0.6, "Elixir": 0.5, "Haskell": 0.4, "Objective-C": 0.4, "Perl": 0.3, "Julia": 0.3,
    "Zig": 0.2, "Clojure": 0.2, "OCaml": 0.2,
}  # fmt: skip

# Languages that show up next to a primary one inside the same repository.
COMPANIONS: dict[str, tuple[str, ...]] = {
    "Python": ("Shell", "Dockerfile", "HTML", "Makefile"),
    "JavaScript": ("HTML", "CSS", "Shell"),
    "TypeScript": ("JavaScript", "CSS", "HTML"),
    "Java": ("Kotlin", "Shell", "HTML"),
    "C#": ("PowerShell", "HTML", "CSS"),
    "C++": ("C", "CMake", "Python"),
    "Go": ("Makefile", "Shell", "Dockerfile"),
    "PHP": ("Blade", "JavaScript", "CSS"),
    "C": ("Makefile", "Assembly", "Shell"),
    "Jupyter Notebook": ("Python",),
    "Ruby": ("HTML", "JavaScript", "SCSS"),
    "Rust": ("Shell", "Nix"),
    "Kotlin": ("Java",),
    "Swift": ("Objective-C", "Ruby"),
    "Dart": ("Swift", "Kotlin", "C++"),
    "Vue": ("JavaScript", "TypeScript", "CSS"),
    "Scala": ("Java", "Shell"),
    "Elixir": ("JavaScript", "HTML"),
}

TOPICS: dict[str, tuple[str, ...]] = {
    "Python": ("django", "flask", "fastapi", "pandas", "machine-learning", "data-science", "pytorch",
               "automation", "cli", "scraping", "aws", "postgresql"),
    "JavaScript": ("react", "nodejs", "vue", "express", "webpack", "frontend", "discord-bot",
                   "chrome-extension"),
    "TypeScript": ("react", "nextjs", "angular", "nodejs", "graphql", "nestjs", "vite", "aws"),
    "Java": ("spring-boot", "android", "maven", "microservices", "kafka", "hibernate"),
    "C#": ("dotnet", "unity", "aspnet-core", "blazor", "wpf"),
    "C++": ("cpp", "opengl", "game-engine", "cmake", "robotics", "embedded"),
    "Go": ("kubernetes", "docker", "grpc", "cli", "microservices", "terraform", "prometheus"),
    "PHP": ("laravel", "wordpress", "symfony", "mysql"),
    "C": ("linux", "embedded", "kernel", "arduino"),
    "Jupyter Notebook": ("machine-learning", "deep-learning", "data-analysis", "kaggle", "nlp"),
    "Ruby": ("rails", "ruby-on-rails", "jekyll", "sidekiq"),
    "Rust": ("wasm", "cli", "tokio", "embedded", "webassembly"),
    "Kotlin": ("android", "jetpack-compose", "ktor", "coroutines"),
    "Swift": ("ios", "swiftui", "macos", "xcode"),
    "Shell": ("bash", "dotfiles", "linux", "devops"),
    "Dart": ("flutter", "mobile", "firebase"),
    "Vue": ("vuejs", "nuxt", "vuex", "frontend"),
    "R": ("rstats", "shiny", "ggplot2", "bioinformatics"),
    "HTML": ("css", "portfolio", "website", "bootstrap"),
}  # fmt: skip

PLACES: tuple[tuple[str, str, float], ...] = (
    ("San Francisco", "CA", 3), ("New York", "NY", 3), ("Seattle", "WA", 2), ("Austin", "TX", 1.5),
    ("Boston", "MA", 1), ("Toronto", "Canada", 2), ("Vancouver", "Canada", 1), ("London", "UK", 3),
    ("Berlin", "Germany", 2.5), ("Munich", "Germany", 1), ("Paris", "France", 2),
    ("Amsterdam", "Netherlands", 1.2), ("Stockholm", "Sweden", 0.8), ("Warsaw", "Poland", 1.2),
    ("Kyiv", "Ukraine", 1), ("Madrid", "Spain", 1), ("Barcelona", "Spain", 1), ("Lisbon", "Portugal", 0.8),
    ("Zurich", "Switzerland", 0.6), ("Bangalore", "India", 4), ("Hyderabad", "India", 1.5),
    ("Pune", "India", 1.2), ("Beijing", "China", 3), ("Shanghai", "China", 2.5), ("Shenzhen", "China", 1.5),
    ("Tokyo", "Japan", 2), ("Seoul", "South Korea", 1.5), ("Singapore", "Singapore", 1),
    ("Sydney", "Australia", 1), ("Melbourne", "Australia", 0.8), ("São Paulo", "Brazil", 2.5),
    ("Buenos Aires", "Argentina", 1), ("Mexico City", "Mexico", 1), ("Bogotá", "Colombia", 0.7),
    ("Lagos", "Nigeria", 1.2), ("Nairobi", "Kenya", 0.8), ("Cairo", "Egypt", 0.8),
    ("Cape Town", "South Africa", 0.5), ("Tel Aviv", "Israel", 0.8), ("Istanbul", "Turkey", 1),
    ("Jakarta", "Indonesia", 1.2), ("Ho Chi Minh City", "Vietnam", 1), ("Manila", "Philippines", 0.8),
    ("Dhaka", "Bangladesh", 0.8), ("Dubai", "UAE", 0.5), ("Helsinki", "Finland", 0.5),
)  # fmt: skip
JOKE_PLACES = ("Earth", "localhost", "Remote", "The Internet", "127.0.0.1")

_FIRST = ("Ar", "Be", "Cor", "Da", "El", "Fen", "Gal", "Hal", "Is", "Jor", "Ka", "Lio", "Mar", "Ne",
          "Or", "Pel", "Quin", "Ra", "Sel", "Tam", "Ul", "Vey", "Wyn", "Xan", "Yor", "Zel")  # fmt: skip
_FIRST_END = ("a", "en", "ia", "o", "ix", "el", "an", "is", "ey", "ra", "um", "ette")
_LAST = ("Brom", "Cald", "Dov", "Fars", "Grin", "Holt", "Jask", "Kerr", "Lund", "Mov", "Nost", "Pry",
         "Quor", "Rast", "Sov", "Thal", "Ved", "Wex", "Yarr", "Zorn")  # fmt: skip
_LAST_END = ("vik", "mora", "stone", "ley", "ander", "ovic", "ssen", "ardi", "quist", "ton", "ek", "ash")
_ROLES = ("Software engineer", "Backend developer", "Frontend developer", "Full-stack developer",
          "Data scientist", "ML engineer", "SRE", "Platform engineer", "Mobile developer",
          "Student", "Indie hacker", "Security researcher", "Game developer", "DevOps engineer")  # fmt: skip
_BIOS = ("{role} · {lang} and {lang2}", "Building things with {lang}.", "{role}. Open source when I can.",
         "{role} at a {kind} startup", "I like {topic} and coffee", "PhD student, {topic}",
         "{lang} / {lang2} / {topic}", "Maintainer of small {lang} tools", "{role} ✨ {topic}")  # fmt: skip
_KINDS = ("fintech", "healthtech", "climate", "logistics", "gaming", "edtech", "e-commerce")
_REPO_WORDS = ("api", "bot", "cli", "dashboard", "engine", "kit", "lab", "notes", "parser", "sdk", "server",
               "toolbox", "tracker", "viz", "worker", "sync", "client", "scraper", "app")  # fmt: skip
_LICENSES = (None, "mit", "apache-2.0", "gpl-3.0", "bsd-3-clause")


@dataclass(slots=True)
class Repo:
    id: int
    node_id: str
    name: str
    description: str | None
    fork: bool
    language: str | None
    languages: dict[str, int]  # bytes per language, like GET /repos/{o}/{r}/languages
    stars: int
    forks_count: int
    topics: list[str]
    size_kb: int
    created_at: datetime
    pushed_at: datetime
    archived: bool
    license: str | None


@dataclass(slots=True)
class User:
    id: int
    node_id: str
    login: str
    type: str  # "User" or "Organization"
    name: str | None
    location: str | None
    bio: str | None
    company: str | None
    blog: str
    hireable: bool | None
    followers: int
    following: int
    public_gists: int
    created_at: datetime
    updated_at: datetime
    repos: list[Repo] = field(default_factory=list)

    @property
    def own_languages(self) -> set[str]:
        """Primary languages of the user's non-fork repositories (what `language:` matches)."""
        return {r.language.lower() for r in self.repos if r.language and not r.fork}


@dataclass(slots=True)
class Corpus:
    users: list[User]
    by_login: dict[str, User]
    by_node_id: dict[str, User | tuple[User, Repo]]
    now: datetime = NOW  # the moment the corpus describes: no push, signup or update after it

    def to_json(self) -> str:
        return json.dumps([asdict(u) for u in self.users], default=str, ensure_ascii=False, indent=1)


def node_id(kind: str, number: int) -> str:
    """GitHub's legacy global id: base64 of "<len>:<Type><id>", e.g. MDQ6VXNlcjE= for user 1."""
    raw = f"0{len(kind)}:{kind}{number}".encode()
    return base64.b64encode(raw).decode()


def _pick[T](rng: random.Random, weights: dict[T, float]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _topic_pool(language: str) -> tuple[str, ...]:
    skill = get_skill(language)
    own = skill.topics if skill else (language.lower().replace(" ", "-").replace("#", "sharp"),)
    return own + TOPICS.get(language, ())


def _created_at(rng: random.Random) -> datetime:
    # Signups grow over the years: weight a year by its distance from 2007, to the power 1.3.
    years = list(range(2008, 2026))
    year = rng.choices(years, weights=[(y - 2007) ** 1.3 for y in years])[0]
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = min(datetime(year + 1, 1, 1, tzinfo=UTC), NOW - timedelta(days=30))
    return start + timedelta(seconds=rng.uniform(0, (end - start).total_seconds()))


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    seconds = max((end - start).total_seconds(), 60)
    return (start + timedelta(seconds=rng.uniform(0, seconds))).replace(microsecond=0)


def _location(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.28:
        return None
    if roll < 0.31:
        return rng.choice(JOKE_PLACES)
    city, region, _ = rng.choices(PLACES, weights=[p[2] for p in PLACES])[0]
    style = rng.random()
    if style < 0.45:
        return f"{city}, {region}"
    if style < 0.85:
        return city
    return region if style < 0.95 else city.lower()


def _languages(rng: random.Random, primary: str, size_kb: int) -> dict[str, int]:
    total = size_kb * 1024 * rng.uniform(0.2, 0.8)
    companions = COMPANIONS.get(primary, ())
    extra = rng.sample(companions, k=rng.randint(0, min(3, len(companions))))
    shares = [rng.uniform(0.6, 0.97)]
    rest = 1 - shares[0]
    for _ in extra:
        part = rest * rng.uniform(0.3, 0.8)
        shares.append(part)
        rest -= part
    return {lang: max(1, int(total * share)) for lang, share in zip([primary, *extra], shares, strict=True)}


def _topics(rng: random.Random, pool: tuple[str, ...]) -> list[str]:
    return sorted(set(rng.sample(pool, k=min(len(pool), rng.randint(1, 5)))))


def _repo(rng: random.Random, ids: dict[str, int], user: User, language: str, active: bool) -> Repo:
    ids["repo"] += 1
    pool = _topic_pool(language)
    words = rng.sample(_REPO_WORDS, k=2)
    topic = rng.choice(pool)
    name = rng.choice(
        (f"{topic}-{words[0]}", f"{words[0]}-{words[1]}", f"{user.login[:5]}-{words[0]}", topic)
    )
    fork = rng.random() < 0.2
    size_kb = int(rng.lognormvariate(6, 1.6))
    created = _between(rng, user.created_at, NOW - timedelta(days=10))
    # Inactive accounts stopped pushing at least two years before NOW.
    last_push = (
        NOW
        if active
        else min(NOW - timedelta(days=730), user.created_at + timedelta(days=rng.randint(30, 2000)))
    )
    pushed = _between(rng, created, max(created, last_push))
    fame = 1 + user.followers / 25
    stars = 0 if fork else min(90_000, int((rng.paretovariate(1.4) - 1) * fame * rng.uniform(0.5, 3)))
    return Repo(
        id=ids["repo"],
        node_id=node_id("Repository", ids["repo"]),
        name=name,
        description=None if rng.random() < 0.3 else f"A {language} {words[0]} for {topic.replace('-', ' ')}",
        fork=fork,
        language=language if size_kb > 3 else None,  # GitHub leaves tiny repos without a language
        languages=_languages(rng, language, size_kb) if size_kb > 3 else {},
        stars=stars,
        forks_count=int(stars * rng.uniform(0, 0.25)),
        topics=[] if fork or rng.random() < 0.35 else _topics(rng, pool),
        size_kb=size_kb,
        created_at=created,
        pushed_at=pushed,
        archived=not active and rng.random() < 0.3,
        license=rng.choice(_LICENSES),
    )  # fmt: skip


def _followers(rng: random.Random) -> int:
    # Log-normal body (median ~4) plus a Pareto tail of well-known developers.
    if rng.random() < 0.02:
        return min(80_000, int(rng.paretovariate(1.0) * 800))
    return int(rng.lognormvariate(1.4, 1.7))


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_FIRST) + rng.choice(_FIRST_END), rng.choice(_LAST) + rng.choice(_LAST_END)


def _login(rng: random.Random, first: str, last: str, taken: set[str]) -> str:
    f, la = first.lower(), last.lower()
    base = rng.choice(
        (f"{f}{la[:3]}", f"{f}-{la}", f"{f[0]}{la}", f"{f}{rng.randint(7, 99)}", f"{la}-dev", f"{f}-codes")
    )
    login, n = base, 1
    while login in taken:
        n += 1
        login = f"{base}{n}"
    taken.add(login)
    return login  # fmt: skip


@lru_cache(maxsize=1)
def load_personas() -> tuple[dict[str, Any], ...]:
    """The hand-designed personas (see personas.json), parsed once per process."""
    data = json.loads(PERSONAS_PATH.read_text(encoding="utf-8"))
    return tuple(data)


def primary_language(languages: dict[str, int]) -> str | None:
    """The largest language by bytes, or None for a repository with under ~3 KB of code."""
    if sum(languages.values()) < MIN_LANGUAGE_BYTES:
        return None
    return max(languages.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _persona_users(ids: dict[str, int], taken: set[str]) -> list[User]:
    """Users and repositories from personas.json, numbered after the random accounts."""
    users: list[User] = []
    for spec in load_personas():
        login = spec["login"]
        if login.lower() in taken:
            raise ValueError(f"persona login {login!r} collides with a generated account")
        taken.add(login.lower())
        ids["user"] += 1
        kind = spec.get("type", "User")
        user = User(
            id=ids["user"],
            node_id=node_id("Organization" if kind == "Organization" else "User", ids["user"]),
            login=login,
            type=kind,
            name=spec["name"],
            location=spec["location"],
            bio=spec["bio"],
            company=spec["company"],
            blog=spec["blog"],
            hireable=spec["hireable"],
            followers=spec["followers"],
            following=spec["following"],
            public_gists=spec["public_gists"],
            created_at=datetime.fromisoformat(spec["created_at"]),
            updated_at=datetime.fromisoformat(spec["updated_at"]),
        )
        for r in spec["repos"]:
            ids["repo"] += 1
            languages = {k: int(v) for k, v in r["languages"].items()}
            total = sum(languages.values())
            user.repos.append(
                Repo(
                    id=ids["repo"],
                    node_id=node_id("Repository", ids["repo"]),
                    name=r["name"],
                    description=r["description"],
                    fork=r["fork"],
                    language=primary_language(languages),
                    languages=languages,
                    stars=r["stars"],
                    forks_count=r["forks_count"],
                    topics=list(r["topics"]),
                    # A repository holds more than its code (docs, assets, history): about 1.6x.
                    size_kb=max(1, math.ceil(total * 1.6 / 1024)),
                    created_at=datetime.fromisoformat(r["created_at"]),
                    pushed_at=datetime.fromisoformat(r["pushed_at"]),
                    archived=r["archived"],
                    license=r["license"],
                )
            )
        users.append(user)
    return users


def generate_corpus(size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED, personas: bool = True) -> Corpus:
    """`size` random accounts (about 3 % organisations), identical for the same size and seed, then
    (unless personas=False) the personas of personas.json, numbered after them."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, reproducibility is the point
    ids = {"user": 1000, "repo": 50_000}
    taken: set[str] = set()
    users: list[User] = []
    for _ in range(size):
        ids["user"] += 1
        first, last = _name(rng)
        is_org = rng.random() < 0.03
        active = rng.random() > 0.15
        created = _created_at(rng)
        primary = _pick(rng, LANGUAGES)
        langs = {primary: 0.7}
        for _ in range(rng.randint(0, 3)):
            langs.setdefault(_pick(rng, LANGUAGES), 0.3 / 3)
        # the second language in the account's own order: a set's order changes with every process
        first_lang, second_lang = primary, next((lang for lang in langs if lang != primary), primary)
        topic = rng.choice(_topic_pool(primary))
        bio = rng.choice(_BIOS).format(
            role=rng.choice(_ROLES), lang=first_lang, lang2=second_lang, kind=rng.choice(_KINDS), topic=topic
        )
        user = User(
            id=ids["user"],
            node_id=node_id("Organization" if is_org else "User", ids["user"]),
            login=_login(rng, first, last, taken),
            type="Organization" if is_org else "User",
            name=None if rng.random() < 0.18 else (f"{first} {last} Labs" if is_org else f"{first} {last}"),
            location=_location(rng),
            bio=None if rng.random() < 0.4 else ("" if rng.random() < 0.05 else bio),
            company=None if rng.random() < 0.6 else f"@{rng.choice(_LAST).lower()}{rng.choice(_KINDS)}",
            blog="" if rng.random() < 0.7 else f"https://{first.lower()}.example.dev",
            hireable=None if rng.random() < 0.7 else True,
            followers=_followers(rng),
            following=int(rng.lognormvariate(1.5, 1.3)),
            public_gists=int(rng.lognormvariate(0.3, 1.2)),
            created_at=created,
            updated_at=_between(rng, created, NOW),
        )
        count = int(rng.lognormvariate(2.0 if active else 1.2, 0.9))
        user.repos = [_repo(rng, ids, user, _pick(rng, langs), active) for _ in range(min(count, 120))]
        seen: Counter[str] = Counter()
        for repo in user.repos:  # names are unique per owner on GitHub
            seen[repo.name] += 1
            if seen[repo.name] > 1:
                repo.name = f"{repo.name}-{seen[repo.name]}"
        users.append(user)
    if personas:
        users.extend(_persona_users(ids, taken))
    return _index(users, NOW)


def _index(users: list[User], now: datetime) -> Corpus:
    by_node: dict[str, User | tuple[User, Repo]] = {u.node_id: u for u in users}
    by_node.update({r.node_id: (u, r) for u in users for r in u.repos})
    return Corpus(users=users, by_login={u.login.lower(): u for u in users}, by_node_id=by_node, now=now)


def as_of(corpus: Corpus, now: datetime) -> Corpus:
    """The same corpus with every date moved so that it describes `now` instead of corpus.now: a
    repository pushed "3 months ago" stays 3 months old whatever day the emulator runs."""
    shift = now - corpus.now

    def moved(repo: Repo) -> Repo:
        return replace(repo, created_at=repo.created_at + shift, pushed_at=repo.pushed_at + shift)

    users = [
        replace(
            u, created_at=u.created_at + shift, updated_at=u.updated_at + shift, repos=[*map(moved, u.repos)]
        )
        for u in corpus.users
    ]
    return _index(users, now)


@lru_cache(maxsize=4)
def cached_corpus(
    size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED, personas: bool = True, now: datetime = NOW
) -> Corpus:
    """Shared by emulators in one process; treat it as read-only. `now` other than NOW moves its dates."""
    corpus = generate_corpus(size, seed, personas)
    return corpus if now == NOW else as_of(corpus, now)


def fingerprint(users: list[User]) -> str:
    """SHA-256 of these accounts as generated (profile and repositories, in login order): what a judge
    graded. The corpus is drawn from seeded tables that read the skill taxonomy's topics, so an edit there
    can redraw everyone; the shortlist bench pins this to know it ranks the pool its judge saw."""
    ordered = sorted(users, key=lambda user: user.login)
    payload = json.dumps([asdict(user) for user in ordered], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def summary(corpus: Corpus) -> dict[str, object]:
    people = [u for u in corpus.users if u.type == "User"]
    followers = sorted(u.followers for u in people)
    return {
        "users": len(people),
        "organizations": len(corpus.users) - len(people),
        "repos": sum(len(u.repos) for u in corpus.users),
        "median_followers": followers[len(followers) // 2],
        "max_followers": followers[-1],
        "no_location": sum(u.location is None for u in people),
        "no_bio": sum(not u.bio for u in people),
        "log10_followers_spread": round(math.log10(followers[-1] + 1), 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--dump", type=Path, help="write the corpus as JSON to this file")
    parser.add_argument("--no-personas", action="store_true", help="leave out the personas of personas.json")
    args = parser.parse_args(argv)
    corpus = generate_corpus(args.size, args.seed, personas=not args.no_personas)
    if args.dump:
        args.dump.write_text(corpus.to_json(), encoding="utf-8")
    print(json.dumps(summary(corpus)))


if __name__ == "__main__":
    main()

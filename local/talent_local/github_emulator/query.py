"""Parse and apply GitHub search queries to the corpus: users the way /search/users does, repositories
the way GraphQL's `search(type: REPOSITORY)` (and /search/repositories) does."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from talent_local.github_emulator.corpus import Repo, User

MAX_QUERY_CHARS = 256
MAX_OPERATORS = 5
_TOKEN = re.compile(
    r'(?P<key>[A-Za-z_]+):(?:"(?P<quoted>[^"]*)"|(?P<bare>\S+))|"(?P<phrase>[^"]*)"|(?P<word>\S+)'
)
_RANGE = re.compile(r"^(?P<op>>=|<=|>|<)?(?P<a>[^.]+?)(?:\.\.(?P<b>.+))?$")
# A few linguist aliases GitHub accepts in `language:`.
_LANGUAGE_ALIASES = {"csharp": "c#", "cpp": "c++", "golang": "go", "js": "javascript", "ts": "typescript"}


class QueryError(ValueError):
    """The query is one GitHub would answer with 422 Validation Failed."""


@dataclass(slots=True)
class UserQuery:
    keywords: list[str] = field(default_factory=list)
    tests: list[Callable[[User], bool]] = field(default_factory=list)

    def matches(self, user: User) -> bool:
        if self.keywords:
            haystack = f"{user.login} {user.name or ''}".lower()
            if not all(k in haystack for k in self.keywords):
                return False
        return all(test(user) for test in self.tests)


def _number(text: str) -> int:
    if not text.isdigit():
        raise QueryError(f"not a number: {text!r}")
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise QueryError(f"not a date: {text!r}") from exc


def _range[T: (int, date)](text: str, parse: Callable[[str], T]) -> Callable[[T], bool]:
    """`N`, `>N`, `>=N`, `<N`, `<=N`, `N..M`, `N..*`, `*..M` as a predicate."""
    match = _RANGE.match(text)
    if not match:
        raise QueryError(f"bad range: {text!r}")
    op, a, b = match["op"], match["a"], match["b"]
    if b is not None:
        if op:
            raise QueryError(f"bad range: {text!r}")
        low = None if a == "*" else parse(a)
        high = None if b == "*" else parse(b)
        return lambda v: (low is None or v >= low) and (high is None or v <= high)
    bound = parse(a)
    return {
        ">=": lambda v: v >= bound,
        "<=": lambda v: v <= bound,
        ">": lambda v: v > bound,
        "<": lambda v: v < bound,
        None: lambda v: v == bound,
    }[op]


def _public_repos(user: User) -> int:
    return len(user.repos)


def parse_user_query(q: str) -> UserQuery:
    """Parse `q`; raise QueryError for what GitHub rejects (too long, too many operators, bad ranges)."""
    if not q.strip():
        raise QueryError("q is missing")
    if len(q) > MAX_QUERY_CHARS:
        raise QueryError(f"The search is longer than {MAX_QUERY_CHARS} characters.")
    query = UserQuery()
    operators = 0
    for token in _TOKEN.finditer(q):
        key = (token["key"] or "").lower()
        value = token["quoted"] if token["quoted"] is not None else token["bare"]
        if not key:
            word = token["phrase"] if token["phrase"] is not None else token["word"]
            if word in {"AND", "OR", "NOT"}:
                operators += 1  # boolean logic itself is not emulated, only counted
            elif word:
                query.keywords.append(word.lower())
            continue
        assert value is not None
        query.tests.append(_qualifier(key, value))
    if operators > MAX_OPERATORS:
        raise QueryError(f"The search contains more than {MAX_OPERATORS} AND / OR / NOT operators.")
    return query


def _qualifier(key: str, value: str) -> Callable[[User], bool]:
    text = value.lower()
    if key == "type":
        if text not in {"user", "org"}:
            raise QueryError(f"type must be user or org, not {value!r}")
        wanted = "User" if text == "user" else "Organization"
        return lambda u: u.type == wanted
    if key == "language":
        language = _LANGUAGE_ALIASES.get(text, text)
        return lambda u: language in u.own_languages
    if key == "location":
        return lambda u: text in (u.location or "").lower()
    if key in {"in", "fullname"}:
        return lambda u: True  # accepted by GitHub, not needed by the client: no-op
    if key == "followers":
        followers = _range(value, _number)
        return lambda u: followers(u.followers)
    if key == "repos":
        repos = _range(value, _number)
        return lambda u: repos(_public_repos(u))
    if key == "created":
        created = _range(value, _day)
        return lambda u: created(u.created_at.date())
    raise QueryError(f"unsupported qualifier {key}: (the emulator knows type, language, location, ...)")


SORT_KEYS: dict[str, Callable[[User], tuple[int, int]]] = {
    "followers": lambda u: (u.followers, -u.id),
    "repositories": lambda u: (_public_repos(u), -u.id),
    "joined": lambda u: (int(u.created_at.timestamp()), -u.id),
}


def search_users(users: list[User], q: str, sort: str | None, order: str) -> list[User]:
    """Every matching user, in GitHub's order. Best match is approximated by followers."""
    query = parse_user_query(q)
    found = [u for u in users if query.matches(u)]
    key = SORT_KEYS.get(sort or "followers", SORT_KEYS["followers"])
    found.sort(key=key, reverse=not (sort and order == "asc"))
    return found


# ---- repository search (GraphQL `search(type: REPOSITORY)`, the same syntax as /search/repositories) ----
RepoHit = tuple[User, Repo]


@dataclass(slots=True)
class RepoQuery:
    keywords: list[str] = field(default_factory=list)
    tests: list[Callable[[User, Repo], bool]] = field(default_factory=list)
    forks: str = "false"  # GitHub leaves forks out unless fork:true / fork:only
    sort: str = "best-match"

    def matches(self, user: User, repo: Repo) -> bool:
        if (self.forks == "false" and repo.fork) or (self.forks == "only" and not repo.fork):
            return False
        if self.keywords:
            haystack = " ".join([repo.name, repo.description or "", *repo.topics]).lower()
            if not all(k in haystack for k in self.keywords):
                return False
        return all(test(user, repo) for test in self.tests)


def _repo_qualifier(query: RepoQuery, key: str, value: str) -> None:
    text = value.lower()
    if key == "fork":
        if text not in {"true", "false", "only"}:
            raise QueryError(f"fork must be true, false or only, not {value!r}")
        query.forks = "true" if text == "true" else text
    elif key == "sort":
        query.sort = text
    elif key == "topic":
        query.tests.append(lambda _u, r: text in r.topics)
    elif key == "language":
        language = _LANGUAGE_ALIASES.get(text, text)
        query.tests.append(lambda _u, r: (r.language or "").lower() == language)
    elif key == "user":
        query.tests.append(lambda u, _r: u.login.lower() == text)
    elif key == "stars":
        stars = _range(value, _number)
        query.tests.append(lambda _u, r: stars(r.stars))
    elif key == "pushed":
        pushed = _range(value, _day)
        query.tests.append(lambda _u, r: pushed(r.pushed_at.date()))
    elif key == "archived":
        query.tests.append(lambda _u, r: r.archived == (text == "true"))
    elif key != "in":  # in:name,description,topics: where keywords match, which is all three here
        raise QueryError(f"unsupported qualifier {key}: in a repository search")


def parse_repo_query(q: str) -> RepoQuery:
    """Parse a repository search; raise QueryError where GitHub would refuse the query."""
    if not q.strip() or len(q) > MAX_QUERY_CHARS:
        raise QueryError("The search is empty or longer than 256 characters.")
    query = RepoQuery()
    for token in _TOKEN.finditer(q):
        key = (token["key"] or "").lower()
        if key:
            value = token["quoted"] if token["quoted"] is not None else token["bare"]
            _repo_qualifier(query, key, value or "")
        elif word := token["phrase"] if token["phrase"] is not None else token["word"]:
            query.keywords.append(word.lower())
    return query


REPO_SORT_KEYS: dict[str, Callable[[RepoHit], tuple[Any, int]]] = {
    "stars": lambda hit: (hit[1].stars, -hit[1].id),
    "updated": lambda hit: (hit[1].pushed_at, -hit[1].id),
    "best-match": lambda hit: (hit[1].stars, -hit[1].id),  # approximated by stars
}


def search_repositories(users: list[User], q: str) -> list[RepoHit]:
    """Every matching (owner, repository), in GitHub's order for the query's `sort:` (default stars)."""
    query = parse_repo_query(q)
    found = [(u, r) for u in users for r in u.repos if query.matches(u, r)]
    field_name, _, direction = query.sort.partition("-")
    key = REPO_SORT_KEYS.get(field_name, REPO_SORT_KEYS["best-match"])
    found.sort(key=key, reverse=direction != "asc")
    return found

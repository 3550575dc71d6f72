"""A scripted fake of GitHub's REST user search and GraphQL (enrichment and repository search) for
httpx.MockTransport."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

Responder = Callable[[httpx.Request], httpx.Response]


def user_node(
    login: str, *, languages: dict[str, int] | None = None, repos: int = 2, topics: list[str] | None = None
) -> dict[str, Any]:
    """A GraphQL User node as EnrichUsers returns it: `languages` maps each repository's primary
    language to its disk usage in KB, one repository per language (or `repos` Python ones)."""
    sizes = languages or {"Python": 1000}
    names = list(sizes) if languages else ["Python"] * repos
    nodes = [
        {
            "name": f"{login}-repo{i}",
            "description": None,
            "url": f"https://github.com/{login}/{login}-repo{i}",
            "stargazerCount": 10 - i,
            "pushedAt": "2025-01-01T00:00:00Z",
            "diskUsage": sizes[language],
            "isFork": False,
            "primaryLanguage": {"name": language},
        }
        for i, language in enumerate(names)
    ]
    recent = [
        {
            "name": n["name"],
            "repositoryTopics": {"nodes": [{"topic": {"name": t}} for t in (topics or ["python"])]},
        }
        for n in nodes
    ]
    return {
        "login": login,
        "name": f"{login.title()} Example",
        "url": f"https://github.com/{login}",
        "location": "Berlin",
        "bio": "",
        "createdAt": "2015-03-04T05:06:07Z",
        "followers": {"totalCount": 12},
        "repositories": {"totalCount": len(nodes), "nodes": nodes},
        "recent": {"nodes": recent},
    }


@dataclass
class FakeGitHub:
    """Answers /search/users from `logins_by_language`, GraphQL repository searches from
    `owners_by_topic`, and enrichment from the node ids it handed out.

    `script` holds responders to use first, per path, one per request: that is how tests inject
    429s, 502s and rate-limit payloads.
    """

    logins_by_language: dict[str, list[str]] = field(default_factory=lambda: {"Python": ["ada", "bob", "cy"]})
    owners_by_topic: dict[str, list[str]] = field(default_factory=dict)
    script: dict[str, list[Responder]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    graphql_cost: int = 1
    remaining: int = 4999

    def add(self, path: str, *responders: Responder) -> None:
        self.script.setdefault(path, []).extend(responders)

    def calls(self, path: str) -> int:
        return sum(1 for r in self.requests if r.url.path == path)

    def enrich_calls(self) -> list[list[str]]:
        """The ids of each enrichment call, in order."""
        bodies = [json.loads(r.content) for r in self.requests if r.url.path == "/graphql"]
        return [b["variables"]["ids"] for b in bodies if "ids" in b["variables"]]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.script.get(request.url.path)
        if queue:
            return queue.pop(0)(request)
        if request.url.path == "/search/users":
            return self.search(request)
        if request.url.path == "/graphql":
            return self.graphql(request)
        return httpx.Response(404, json={"message": "Not Found"})

    def search(self, request: httpx.Request) -> httpx.Response:
        q = request.url.params["q"]
        language = next((t.split(":", 1)[1].strip('"') for t in q.split() if t.startswith("language:")), "")
        logins = self.logins_by_language.get(language, [])
        page = int(request.url.params.get("page", 1))
        per_page = int(request.url.params.get("per_page", 30))
        chunk = logins[(page - 1) * per_page : page * per_page]
        items = [{"login": x, "node_id": f"ID_{x}", "type": "User"} for x in chunk]
        body = {"total_count": len(logins), "incomplete_results": False, "items": items}
        headers = {"x-ratelimit-remaining": "29", "x-ratelimit-resource": "search"}
        return httpx.Response(200, json=body, headers=headers)

    def graphql(self, request: httpx.Request) -> httpx.Response:
        variables = json.loads(request.content)["variables"]
        rate = {"cost": self.graphql_cost, "remaining": self.remaining, "resetAt": "2030-01-01T00:00:00Z"}
        if "q" in variables:  # FindRepositories
            topic = next((t.split(":", 1)[1] for t in variables["q"].split() if t.startswith("topic:")), "")
            owners = self.owners_by_topic.get(topic, [])
            nodes = [
                {"name": f"{o}-{topic}", "owner": {"__typename": "User", "id": f"ID_{o}", "login": o},
                 "repositoryTopics": {"nodes": [{"topic": {"name": topic}}]}}
                for o in owners
            ]  # fmt: skip
            search = {"repositoryCount": len(nodes), "nodes": nodes}
            return httpx.Response(200, json={"data": {"search": search, "rateLimit": rate}})
        nodes = [user_node(i.removeprefix("ID_")) for i in variables["ids"]]
        return httpx.Response(200, json={"data": {"nodes": nodes, "rateLimit": rate}})


class Sleeps:
    """An injectable sleep that records instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

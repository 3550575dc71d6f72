"""POST /graphql for the emulator: a subset of GitHub's schema, resolved against the corpus.

The schema (schema.graphql, loaded into SDL) is a strict subset of GitHub's published schema (a test
checks every type, field and argument against ../shared/github/schema.graphql), so a query that works
here works on GitHub.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from typing import Any

import graphql
from graphql import (
    FieldNode,
    GraphQLError,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    SelectionSetNode,
)

from talent_local.github_emulator.corpus import Corpus, Repo, User
from talent_local.github_emulator.query import QueryError, search_repositories, search_users

# Package data, not ../shared: the emulator must run from a clone without it.
SDL = resources.files(__package__).joinpath("schema.graphql").read_text("utf-8")

MAX_FIRST = 100
MAX_NODE_IDS = 100  # nodes(ids:) takes at most 100 ids on GitHub
SEARCH_RESULT_CAP = 1000  # GitHub serves at most 1,000 results of any search
MAX_NODES = 500_000
_PAGE_INFO = {"endCursor": None, "hasNextPage": False, "hasPreviousPage": False, "startCursor": None}
_REPO_ORDER: dict[str, Callable[[Repo], Any]] = {
    "CREATED_AT": lambda r: r.created_at,
    "NAME": lambda r: r.name.lower(),
    "PUSHED_AT": lambda r: r.pushed_at,
    "STARGAZERS": lambda r: r.stars,
    "UPDATED_AT": lambda r: r.pushed_at,
}


def build_emulator_schema() -> GraphQLSchema:
    return graphql.build_schema(SDL)


@dataclass(slots=True)
class Cost:
    requests: int = 0
    nodes: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def points(self) -> int:
        """GitHub's rule: requests over all connections / 100, rounded, at least 1."""
        return max(1, math.floor(self.requests / 100 + 0.5))


def _argument(node: FieldNode, name: str, variables: dict[str, Any]) -> Any:
    for arg in node.arguments or ():
        if arg.name.value == name:
            return graphql.value_from_ast_untyped(arg.value, variables)
    return None


def query_cost(
    schema: GraphQLSchema, document: graphql.DocumentNode, variables: dict[str, Any], operation: str | None
) -> Cost:
    """Requests and nodes as GitHub counts them: a connection costs one request per parent object
    (so nested connections multiply), and `first`/`last` must be 1..100 when nodes are asked for."""
    cost = Cost()
    op = graphql.get_operation_ast(document, operation)
    if op is None:
        cost.errors.append("No operation to run")
        return cost
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, graphql.FragmentDefinitionNode)
    }

    def walk(selections: SelectionSetNode, parent: Any, multiplier: int) -> None:
        for sel in selections.selections:
            if isinstance(sel, InlineFragmentNode):
                kind = schema.type_map[sel.type_condition.name.value] if sel.type_condition else parent
                walk(sel.selection_set, kind, multiplier)
                continue
            if isinstance(sel, graphql.FragmentSpreadNode):
                frag = fragments[sel.name.value]
                walk(frag.selection_set, schema.type_map[frag.type_condition.name.value], multiplier)
                continue
            assert isinstance(sel, FieldNode)
            if sel.selection_set is None or not isinstance(
                parent, GraphQLObjectType | graphql.GraphQLInterfaceType
            ):
                continue
            definition = parent.fields.get(sel.name.value)
            if definition is None:
                continue
            named = graphql.get_named_type(definition.type)
            child = multiplier
            if named.name.endswith("Connection"):
                size = _argument(sel, "first", variables) or _argument(sel, "last", variables)
                paged = any(
                    isinstance(s, FieldNode) and s.name.value in {"nodes", "edges"}
                    for s in sel.selection_set.selections or ()
                )
                if paged and size is None:
                    cost.errors.append(
                        "You must provide a `first` or `last` value to properly paginate the "
                        f"`{sel.name.value}` connection."
                    )
                elif size is not None and not 1 <= int(size) <= MAX_FIRST:
                    cost.errors.append(
                        f"Requesting {size} records on the `{sel.name.value}` connection exceeds the `first` "
                        f"limit of {MAX_FIRST} records."
                    )
                cost.requests += multiplier
                child = multiplier * int(size or 1)
                cost.nodes += child
            elif sel.name.value == "nodes" and parent is schema.query_type:
                child = multiplier * len(_argument(sel, "ids", variables) or [])
                if child > MAX_NODE_IDS:
                    cost.errors.append(f"You may not request more than {MAX_NODE_IDS} nodes at once.")
            walk(sel.selection_set, named, child)

    walk(op.selection_set, schema.query_type, 1)
    if cost.nodes > MAX_NODES:
        cost.errors.append(
            f"This query requests up to {cost.nodes:,} possible nodes which exceeds the maximum "
            f"limit of {MAX_NODES:,}."
        )
    return cost


class NotFound(GraphQLError):
    """GitHub's NOT_FOUND error, which it reports next to a null field."""


def _iso(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _connection(items: list[Any], first: int | None, last: int | None) -> dict[str, Any]:
    chosen = items[:first] if first is not None else items[-last:] if last else items
    return {
        "nodes": chosen,
        "totalCount": len(items),
        "pageInfo": dict(_PAGE_INFO, hasNextPage=len(chosen) < len(items)),
    }


def _language(name: str) -> dict[str, Any]:
    return {"__typename": "Language", "id": f"LANG_{name}", "name": name, "color": None}


def repo_view(owner: User, repo: Repo) -> dict[str, Any]:
    def topics(_info: Any, first: int | None = None, last: int | None = None, **_: Any) -> dict[str, Any]:
        nodes = [
            {
                "__typename": "RepositoryTopic",
                "id": f"RT_{t}",
                "url": f"https://github.com/topics/{t}",
                "topic": {"__typename": "Topic", "id": f"T_{t}", "name": t},
            }
            for t in repo.topics
        ]
        return _connection(nodes, first, last)

    def languages(
        _info: Any, first: int | None = None, last: int | None = None, orderBy: Any = None, **_: Any
    ) -> dict[str, Any]:
        ordered = sorted(repo.languages.items(), key=lambda kv: -kv[1])
        if orderBy and orderBy.get("direction") == "ASC":
            ordered.reverse()
        page = _connection(
            [{"cursor": name, "size": size, "node": _language(name)} for name, size in ordered], first, last
        )
        page["edges"] = page.pop("nodes")
        page["nodes"] = [e["node"] for e in page["edges"]]
        page["totalSize"] = sum(repo.languages.values())
        return page

    return {
        "__typename": "Repository",
        "id": repo.node_id,
        "name": repo.name,
        "nameWithOwner": f"{owner.login}/{repo.name}",
        "owner": lambda _info: user_view(owner),
        "description": repo.description,
        "url": f"https://github.com/{owner.login}/{repo.name}",
        "stargazerCount": repo.stars,
        "forkCount": repo.forks_count,
        "diskUsage": repo.size_kb,
        "createdAt": _iso(repo.created_at),
        "pushedAt": _iso(repo.pushed_at),
        "isFork": repo.fork,
        "isArchived": repo.archived,
        "primaryLanguage": _language(repo.language) if repo.language else None,
        "repositoryTopics": topics,
        "languages": languages,
    }


def user_view(user: User) -> dict[str, Any]:
    if user.type == "Organization":
        return {
            "__typename": "Organization",
            "id": user.node_id,
            "login": user.login,
            "name": user.name,
            "url": f"https://github.com/{user.login}",
        }

    def repositories(
        _info: Any,
        first: int | None = None,
        last: int | None = None,
        isFork: bool | None = None,
        orderBy: dict[str, str] | None = None,
        ownerAffiliations: list[str] | None = None,
        affiliations: list[str] | None = None,
        **_: Any,
    ) -> dict[str, Any]:
        # Every corpus repository is owned by its user, so OWNER is the only affiliation that matters.
        wanted = set(ownerAffiliations or ["OWNER"]) | set(affiliations or [])
        repos = [r for r in user.repos if "OWNER" in wanted and (isFork is None or r.fork == isFork)]
        if orderBy:
            repos.sort(key=_REPO_ORDER[orderBy["field"]], reverse=orderBy.get("direction") == "DESC")
        return _connection([repo_view(user, r) for r in repos], first, last)

    return {
        "__typename": "User",
        "id": user.node_id,
        "login": user.login,
        "name": user.name,
        "url": f"https://github.com/{user.login}",
        "avatarUrl": lambda _info, size=None: f"https://avatars.githubusercontent.com/u/{user.id}?v=4",
        "location": user.location,
        "bio": user.bio,
        "company": user.company,
        "websiteUrl": user.blog or None,
        "createdAt": _iso(user.created_at),
        "updatedAt": _iso(user.updated_at),
        "followers": {"totalCount": user.followers},
        "repositories": repositories,
    }


def _node(corpus: Corpus, node_id: str) -> dict[str, Any] | None:
    found = corpus.by_node_id.get(node_id)
    if found is None:
        return None
    return repo_view(*found) if isinstance(found, tuple) else user_view(found)


@dataclass(slots=True)
class GraphQLEngine:
    corpus: Corpus
    schema: GraphQLSchema = field(default_factory=build_emulator_schema)

    def prepare(
        self, query: str, variables: dict[str, Any], operation: str | None
    ) -> tuple[graphql.DocumentNode | None, Cost, list[dict[str, Any]]]:
        """Parse, validate and price a query. Errors come back in GitHub's shape."""
        try:
            document = graphql.parse(query)
        except GraphQLError as exc:
            return None, Cost(), [{"message": exc.message, "locations": _locations(exc)}]
        problems = graphql.validate(self.schema, document)
        if problems:
            return None, Cost(), [{"message": e.message, "locations": _locations(e)} for e in problems]
        cost = query_cost(self.schema, document, variables, operation)
        if cost.errors:
            return (
                None,
                cost,
                [
                    {
                        "type": "EXCESSIVE_PAGINATION"
                        if "first" in m or "at once" in m
                        else "MAX_NODE_LIMIT_EXCEEDED",
                        "message": m,
                    }
                    for m in cost.errors
                ],
            )
        return document, cost, []

    def execute(
        self,
        document: graphql.DocumentNode,
        variables: dict[str, Any],
        operation: str | None,
        rate: dict[str, Any],
    ) -> dict[str, Any]:
        missing: list[dict[str, Any]] = []

        def nodes(_info: Any, ids: list[str]) -> list[dict[str, Any] | None]:
            found = [_node(self.corpus, i) for i in ids]
            for index, (node_id, node) in enumerate(zip(ids, found, strict=True)):
                if node is None:
                    missing.append(
                        {
                            "type": "NOT_FOUND",
                            "path": ["nodes", index],
                            "message": f"Could not resolve to a node with the global id of '{node_id}'.",
                        }
                    )
            return found

        def user(_info: Any, login: str) -> dict[str, Any] | None:
            found = self.corpus.by_login.get(login.lower())
            if found is None or found.type != "User":
                raise NotFound(f"Could not resolve to a User with the login of '{login}'.")
            return user_view(found)

        def search(_info: Any, query: str, type: str, first: int | None = None, **_: Any) -> dict[str, Any]:
            try:
                if type == "REPOSITORY":
                    hits = [repo_view(*hit) for hit in search_repositories(self.corpus.users, query)]
                else:
                    hits = [user_view(u) for u in search_users(self.corpus.users, query, None, "desc")]
            except QueryError as exc:
                raise GraphQLError(str(exc)) from exc
            page = _connection(hits[:SEARCH_RESULT_CAP], first, None)
            counts = {"repositoryCount": len(hits) if type == "REPOSITORY" else 0}
            counts["userCount"] = len(hits) if type == "USER" else 0
            return {**page, **counts}

        root = {
            "search": search,
            "nodes": nodes,
            "node": lambda _info, id: _node(self.corpus, id),
            "user": user,
            "rateLimit": lambda _info, dryRun=False: rate,
        }
        result = graphql.execute_sync(
            self.schema, document, root_value=root, variable_values=variables, operation_name=operation
        )
        body: dict[str, Any] = {"data": result.data}
        errors = [
            {"type": "NOT_FOUND", **e.formatted}
            if isinstance(e.original_error, NotFound)
            else dict(e.formatted)
            for e in result.errors or []
        ] + missing
        if errors:
            body["errors"] = errors
        return body


def _locations(error: GraphQLError) -> list[dict[str, int]]:
    return [{"line": loc.line, "column": loc.column} for loc in error.locations or []]

"""Every GraphQL document the client sends is valid against GitHub's published schema, and the
emulator's schema is a faithful subset of it (so passing against the emulator means something)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import graphql
import pytest

from talent.github import GRAPHQL_QUERIES
from talent_local.github_emulator import SDL

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "github"


@cache
def github_schema() -> graphql.GraphQLSchema:
    path = SHARED / "schema.graphql"
    if not path.exists():
        pytest.skip(f"GitHub's schema is not at {path.resolve()} (../shared is absent in this clone)")
    return graphql.build_schema(path.read_text(encoding="utf-8"), assume_valid=True)


@pytest.mark.parametrize("name", sorted(GRAPHQL_QUERIES))
def test_client_queries_validate_against_githubs_schema(name: str) -> None:
    document = graphql.parse(GRAPHQL_QUERIES[name])
    assert graphql.validate(github_schema(), document) == []


def test_client_queries_validate_against_the_emulators_schema() -> None:
    schema = graphql.build_schema(SDL)
    for query in GRAPHQL_QUERIES.values():
        assert graphql.validate(schema, graphql.parse(query)) == []


def test_validation_catches_a_bogus_field() -> None:
    bad = GRAPHQL_QUERIES["EnrichUsers"].replace("stargazerCount", "starCount")
    errors = graphql.validate(github_schema(), graphql.parse(bad))
    assert any("starCount" in e.message for e in errors)


def test_emulator_schema_is_a_subset_of_githubs() -> None:
    github = github_schema()
    ours = graphql.build_schema(SDL)
    problems: list[str] = []
    for name, kind in ours.type_map.items():
        if name.startswith("__") or name in {"String", "Int", "Boolean", "ID", "Float"}:
            continue
        theirs = github.type_map.get(name)
        if theirs is None or type(theirs) is not type(kind):
            problems.append(f"type {name} missing or of another kind")
            continue
        if isinstance(kind, graphql.GraphQLEnumType):
            assert isinstance(theirs, graphql.GraphQLEnumType)
            problems += [f"{name}.{v}" for v in kind.values if v not in theirs.values]
        if isinstance(
            kind, graphql.GraphQLObjectType | graphql.GraphQLInterfaceType | graphql.GraphQLInputObjectType
        ):
            assert isinstance(
                theirs,
                graphql.GraphQLObjectType | graphql.GraphQLInterfaceType | graphql.GraphQLInputObjectType,
            )
            for field_name, field in kind.fields.items():
                other = theirs.fields.get(field_name)
                if other is None or str(other.type) != str(field.type):
                    problems.append(f"{name}.{field_name}: {field.type} vs {other and other.type}")
                    continue
                for arg, spec in getattr(field, "args", {}).items():
                    if arg not in other.args or str(other.args[arg].type) != str(spec.type):
                        problems.append(f"{name}.{field_name}({arg}): {spec.type}")
        if isinstance(kind, graphql.GraphQLObjectType):
            assert isinstance(theirs, graphql.GraphQLObjectType)
            theirs_interfaces = {i.name for i in theirs.interfaces}
            problems += [
                f"{name} implements {i.name}" for i in kind.interfaces if i.name not in theirs_interfaces
            ]
    assert problems == []

from __future__ import annotations

from typing import Any

from talent.github.profiles import candidate_from_graphql, candidate_from_rest, language_share


def test_language_share_is_normalised_sorted_and_trimmed() -> None:
    weights = [("Python", 50.0), ("Go", 30.0), ("Python", 10.0), ("", 5.0), ("Shell", 0.0)]
    weights += [(f"L{i}", 1.0) for i in range(10)]
    share = language_share(weights)
    assert list(share)[:2] == ["Python", "Go"]
    assert len(share) == 8
    assert share["Python"] == round(60 / 100, 4)
    assert language_share([]) == {}


def test_graphql_nodes_that_are_not_users_or_are_broken_are_skipped() -> None:
    assert candidate_from_graphql(None) is None
    assert candidate_from_graphql({}) is None  # an Organization matched by `... on User`
    assert candidate_from_graphql({"login": "x", "url": "https://github.com/x"}) is None  # no createdAt
    assert (
        candidate_from_graphql({"login": "x", "url": "not a url", "createdAt": "2020-01-01T00:00:00Z"})
        is None
    )


def test_forks_are_dropped_even_if_github_returns_them() -> None:
    node = {
        "login": "x", "url": "https://github.com/x", "createdAt": "2020-01-01T00:00:00Z", "name": "  ",
        "repositories": {"nodes": [
            {"name": "mine", "isFork": False, "stargazerCount": 1, "primaryLanguage": {"name": "Go"}},
            {"name": "theirs", "isFork": True, "stargazerCount": 9, "primaryLanguage": {"name": "C"}},
        ]},
    }  # fmt: skip
    candidate = candidate_from_graphql(node)
    assert candidate is not None
    assert candidate.name is None
    assert [r.name for r in candidate.repos] == ["mine"]
    assert candidate.language_share == {"Go": 1.0}


def test_an_email_address_in_a_bio_is_not_kept() -> None:
    """ "Go dev. Reach me: jane.doe@gmail.com" was stored, shown and exported as it was (a new user's
    finding); the product collects no email addresses. A handle ("@acme") is no address and stays."""
    node: dict[str, Any] = {
        "login": "x", "url": "https://github.com/x", "createdAt": "2020-01-01T00:00:00Z",
        "bio": "Go dev at @acme. Reach me: jane.doe+jobs@gmail.com or JD@mail.example.co.uk!",
    }  # fmt: skip
    candidate = candidate_from_graphql(node)
    assert candidate is not None
    assert candidate.bio == "Go dev at @acme. Reach me: [email] or [email]!"
    # not a package's version or a picture's scale (a second review), in the name and repositories too
    node["bio"] = "npm i lodash@4.17.21 and @scope/pkg@1.2.3, python@3.12, logo@2x.png"
    node["name"] = "Jane (jane@example.org)"
    node["repositories"] = {
        "nodes": [{"name": "r", "isFork": False, "description": "Mail me: jane@gmail.com"}]
    }
    candidate = candidate_from_graphql(node)
    assert candidate is not None
    assert candidate.bio == "npm i lodash@4.17.21 and @scope/pkg@1.2.3, python@3.12, logo@2x.png"
    assert candidate.name == "Jane ([email])"
    assert [repo.description for repo in candidate.repos] == ["Mail me: [email]"]
    assert candidate_from_rest(
        {"login": "x", "html_url": "https://github.com/x", "created_at": "2020-01-01T00:00:00Z",
         "bio": "mail: a@b.io"}, []
    ).bio == "mail: [email]"  # type: ignore[union-attr]  # fmt: skip

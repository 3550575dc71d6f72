"""REST payloads shaped like GitHub's (user search items, public users, minimal repositories)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from talent_local.github_emulator.corpus import Repo, User


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _user_links(api: str, user: User) -> dict[str, Any]:
    base = f"{api}/users/{user.login}"
    return {
        "login": user.login,
        "id": user.id,
        "node_id": user.node_id,
        "avatar_url": f"https://avatars.githubusercontent.com/u/{user.id}?v=4",
        "gravatar_id": "",
        "url": base,
        "html_url": f"https://github.com/{user.login}",
        "followers_url": f"{base}/followers",
        "following_url": f"{base}/following{{/other_user}}",
        "gists_url": f"{base}/gists{{/gist_id}}",
        "starred_url": f"{base}/starred{{/owner}}{{/repo}}",
        "subscriptions_url": f"{base}/subscriptions",
        "organizations_url": f"{base}/orgs",
        "repos_url": f"{base}/repos",
        "events_url": f"{base}/events{{/privacy}}",
        "received_events_url": f"{base}/received_events",
        "type": user.type,
        "user_view_type": "public",
        "site_admin": False,
    }


def search_item(api: str, user: User) -> dict[str, Any]:
    """One `items` entry of GET /search/users: links only, like GitHub (no name, bio or counts)."""
    return {**_user_links(api, user), "score": 1.0}


def public_user(api: str, user: User) -> dict[str, Any]:
    """GET /users/{username} for someone else's account (the `public-user` schema)."""
    return {
        **_user_links(api, user),
        "name": user.name,
        "company": user.company,
        "blog": user.blog,
        "location": user.location,
        "email": None,
        "hireable": user.hireable,
        "bio": user.bio,
        "twitter_username": None,
        "public_repos": len(user.repos),
        "public_gists": user.public_gists,
        "followers": user.followers,
        "following": user.following,
        "created_at": _iso(user.created_at),
        "updated_at": _iso(user.updated_at),
    }


_REPO_LINKS = {
    "archive_url": "/{archive_format}{/ref}",
    "assignees_url": "/assignees{/user}",
    "blobs_url": "/git/blobs{/sha}",
    "branches_url": "/branches{/branch}",
    "collaborators_url": "/collaborators{/collaborator}",
    "comments_url": "/comments{/number}",
    "commits_url": "/commits{/sha}",
    "compare_url": "/compare/{base}...{head}",
    "contents_url": "/contents/{+path}",
    "contributors_url": "/contributors",
    "deployments_url": "/deployments",
    "downloads_url": "/downloads",
    "events_url": "/events",
    "forks_url": "/forks",
    "git_commits_url": "/git/commits{/sha}",
    "git_refs_url": "/git/refs{/sha}",
    "git_tags_url": "/git/tags{/sha}",
    "hooks_url": "/hooks",
    "issue_comment_url": "/issues/comments{/number}",
    "issue_events_url": "/issues/events{/number}",
    "issues_url": "/issues{/number}",
    "keys_url": "/keys{/key_id}",
    "labels_url": "/labels{/name}",
    "languages_url": "/languages",
    "merges_url": "/merges",
    "milestones_url": "/milestones{/number}",
    "notifications_url": "/notifications{?since,all,participating}",
    "pulls_url": "/pulls{/number}",
    "releases_url": "/releases{/id}",
    "stargazers_url": "/stargazers",
    "statuses_url": "/statuses/{sha}",
    "subscribers_url": "/subscribers",
    "subscription_url": "/subscription",
    "tags_url": "/tags",
    "teams_url": "/teams",
    "trees_url": "/git/trees{/sha}",
}


def minimal_repository(api: str, owner: User, repo: Repo) -> dict[str, Any]:
    """One entry of GET /users/{username}/repos (the `minimal-repository` schema)."""
    full = f"{owner.login}/{repo.name}"
    url = f"{api}/repos/{full}"
    owner_links = _user_links(api, owner)
    return {
        "id": repo.id,
        "node_id": repo.node_id,
        "name": repo.name,
        "full_name": full,
        "owner": owner_links,
        "private": False,
        "html_url": f"https://github.com/{full}",
        "description": repo.description,
        "fork": repo.fork,
        "url": url,
        **{key: url + suffix for key, suffix in _REPO_LINKS.items()},
        "git_url": f"git://github.com/{full}.git",
        "ssh_url": f"git@github.com:{full}.git",
        "clone_url": f"https://github.com/{full}.git",
        "svn_url": f"https://github.com/{full}",
        "mirror_url": None,
        "homepage": None,
        "language": repo.language,
        "forks_count": repo.forks_count,
        "stargazers_count": repo.stars,
        "watchers_count": repo.stars,
        "size": repo.size_kb,
        "default_branch": "main",
        "open_issues_count": 0,
        "is_template": False,
        "topics": repo.topics,
        "has_issues": True,
        "has_projects": True,
        "has_wiki": True,
        "has_pages": False,
        "has_downloads": True,
        "has_discussions": False,
        "archived": repo.archived,
        "disabled": False,
        "visibility": "public",
        "pushed_at": _iso(repo.pushed_at),
        "created_at": _iso(repo.created_at),
        "updated_at": _iso(repo.pushed_at),
        "forks": repo.forks_count,
        "open_issues": 0,
        "watchers": repo.stars,
        "allow_forking": True,
        "web_commit_signoff_required": False,
        **(
            {
                "license": {
                    "key": repo.license,
                    "name": repo.license.upper(),
                    "spdx_id": repo.license.upper(),
                    "url": f"{api}/licenses/{repo.license}",
                    "node_id": f"L_{repo.license}",
                }
            }
            if repo.license
            else {}
        ),
    }


def rate_resource(limit: int, remaining: int, reset: int) -> dict[str, int]:
    return {"limit": limit, "remaining": remaining, "reset": reset, "used": limit - remaining}

"""The do-not-contact list: GitHub logins whose people a user must neither contact nor keep data about.

SuppressionsTable holds one item per (user_id, github_login), logins lower-cased. Adding a login erases
the person from the user's stored projects and later runs leave them out (talent.erasure).
"""

from __future__ import annotations

import time
from typing import ClassVar

from talent.api.models.suppressions import Suppression, SuppressionAdded, SuppressionList, SuppressionRequest
from talent.api.pagination import CursorKey, KeyText, decode_cursor, encode_cursor
from talent.clock import iso_utc
from talent.errors import NotFoundError
from talent.suppression_store import suppressions_store


def suppressed_logins(user_id: str, *, page_size: int | None = None) -> set[str]:
    """Every login on the user's list, lower-cased."""
    return suppressions_store().logins(user_id, page_size=page_size)


# ---- The API's side: add, list and remove entries (functions/suppressions) ----

STORED_LOGIN_PATTERN = r"[a-z0-9](?:[a-z0-9-]{0,37}[a-z0-9])?"  # as stored: lower-cased


class SuppressionsCursor(CursorKey):
    """A LastEvaluatedKey of the suppressions table."""

    patterns: ClassVar[dict[str, str]] = {"github_login": STORED_LOGIN_PATTERN}

    github_login: KeyText


def add_suppression(user_id: str, request: SuppressionRequest) -> tuple[Suppression, bool]:
    """The entry, and whether it is new. Adding a login twice keeps the first entry (no error)."""
    entry = Suppression(
        github_login=request.github_login.lower(),
        reason=request.reason.strip(),
        created_at=iso_utc(time.time()),
    )
    return suppressions_store().add(user_id, entry)


def suppress(user_id: str, request: SuppressionRequest) -> tuple[SuppressionAdded, bool]:
    """List the login (if it is not listed yet; `True` if it is new) and erase the person from every
    stored project of the user, whether or not the login was listed already (a retry finishes an
    erasure an earlier request could not)."""
    from talent.erasure import erase_login

    entry, created = add_suppression(user_id, request)
    erased = erase_login(user_id, entry.github_login)
    return SuppressionAdded(**entry.model_dump(), projects_erased=erased), created


def list_suppressions(user_id: str, limit: int, cursor: str | None) -> SuppressionList:
    """One page of the user's list, alphabetical (`limit` items)."""
    start_key = decode_cursor(cursor, SuppressionsCursor, user_id) if cursor else None
    items, last_key = suppressions_store().page(user_id, limit, start_key)
    return SuppressionList(items=items, next_cursor=encode_cursor(last_key) if last_key else None)


def remove_suppression(user_id: str, github_login: str) -> None:
    if not suppressions_store().remove(user_id, github_login.lower()):
        raise NotFoundError(f"{github_login} is not on your do-not-contact list")

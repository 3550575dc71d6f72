"""The query parameters and documentation of a paged route (GET /projects, GET /suppressions):

    def get_things(limit: PageSize = DEFAULT_PAGE_SIZE, cursor: PageCursor = None) -> ThingPage: ...

Apart from `talent.api.pagination` (the cursors), which the pipeline's stages import: this module loads
powertools' event handler, which only API functions need.
"""

from __future__ import annotations

from typing import Annotated, Any

from aws_lambda_powertools.event_handler.openapi.params import Query

from talent.api.pagination import DEFAULT_PAGE_SIZE, MAX_CURSOR_LENGTH, MAX_PAGE_SIZE

__all__ = ["DEFAULT_PAGE_SIZE", "PAGING_422", "PAGING_HELP", "PageCursor", "PageSize"]

PAGING_HELP = (
    f"`limit` is 1-{MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}); pass `next_cursor` back as `cursor` for "
    "the next page."
)
PAGING_422: Any = {"description": "limit out of range or a foreign cursor"}
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")]
PageCursor = Annotated[
    str | None, Query(max_length=MAX_CURSOR_LENGTH, description="next_cursor of the previous page")
]

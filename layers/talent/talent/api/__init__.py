"""Shared API Gateway resolver setup: one error model for every function.

`make_resolver` pulls in powertools' event handler, so it loads on first use: stage functions that
only need `talent.api.errors` do not pay for it at cold start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from talent.api.resolver import error_body, make_resolver

__all__ = ["error_body", "make_resolver"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from talent.api import resolver

        return getattr(resolver, name)
    raise AttributeError(name)

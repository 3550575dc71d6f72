"""Make powertools' resolvers safe to run concurrently in one process (local stack only).

powertools keeps the request being resolved in *class* attributes (`BaseRouter.current_event = ...`
in `resolve`), shared by every resolver in the process. Lambda runs one request per process, so that
is fine there; the local stack serves concurrent requests from threads, where one request would read
another's event (and user). This patch makes those two attributes per-thread, for both the class-level
assignment powertools does and the instance-level reads handlers do.

tests/unit/local/test_powertools_contract.py fails if powertools changes what this relies on.
"""

from __future__ import annotations

import threading
from typing import Any

PER_REQUEST_ATTRIBUTES = ("current_event", "lambda_context")
_state = threading.local()


class _PerThread:
    """A data descriptor whose value is private to the current thread."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return getattr(_state, self.name, None)

    def __set__(self, instance: object, value: Any) -> None:
        setattr(_state, self.name, value)


def make_resolvers_thread_safe() -> None:
    from aws_lambda_powertools.event_handler.api_gateway import BaseRouter

    if getattr(type(BaseRouter), "_talent_per_thread", False):
        return
    for name in PER_REQUEST_ATTRIBUTES:
        if name in BaseRouter.__dict__:
            delattr(BaseRouter, name)
        # Instance reads (`app.current_event`) find this descriptor on the class.
        setattr(BaseRouter, name, _PerThread(name))
    # Class-level writes (`BaseRouter.current_event = event`) go through the metaclass's descriptor.
    namespace: dict[str, Any] = {name: _PerThread(name) for name in PER_REQUEST_ATTRIBUTES}
    namespace["_talent_per_thread"] = True
    setattr(BaseRouter, "__class__", type("PerThreadRouterMeta", (type(BaseRouter),), namespace))  # noqa: B010

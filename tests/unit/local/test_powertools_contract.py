"""The local stack's thread-safety patch of powertools: what it relies on, and that it works."""

import inspect
import threading

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.event_handler.api_gateway import ApiGatewayResolver, BaseRouter

from talent_local.powertools_patch import PER_REQUEST_ATTRIBUTES, make_resolvers_thread_safe


def test_powertools_still_keeps_the_request_in_class_attributes() -> None:
    # If this changes, the patch may be unnecessary or no longer cover what resolve() writes.
    source = inspect.getsource(ApiGatewayResolver.resolve)
    for name in PER_REQUEST_ATTRIBUTES:
        assert f"BaseRouter.{name} = " in source


def test_each_thread_sees_its_own_request() -> None:
    make_resolvers_thread_safe()
    make_resolvers_thread_safe()  # idempotent
    apps = [APIGatewayRestResolver(), APIGatewayRestResolver()]
    barrier = threading.Barrier(8)
    seen: dict[int, tuple[object, object, object]] = {}

    def request(number: int) -> None:
        BaseRouter.current_event = f"event-{number}"  # type: ignore[assignment]  # what resolve() does
        barrier.wait()  # every thread has written before any reads
        seen[number] = (apps[0].current_event, apps[1].current_event, BaseRouter.current_event)

    threads = [threading.Thread(target=request, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {n: (f"event-{n}",) * 3 for n in range(8)}

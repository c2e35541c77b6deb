"""Background work of a service: cancelled at shutdown, reported when it dies on its own."""

import asyncio

from pressflow_runtime.lifecycle import background


async def test_work_that_dies_on_its_own_is_reported():
    failures = []

    async def consumer() -> None:
        raise RuntimeError("lost the database")

    async with background(consumer(), "store-consumer", on_failure=lambda n, e: failures.append((n, str(e)))):
        await asyncio.sleep(0.05)
    assert failures == [("store-consumer", "lost the database")]


async def test_work_cancelled_at_shutdown_is_not_a_failure():
    failures = []
    started = asyncio.Event()

    async def watcher() -> None:
        started.set()
        await asyncio.sleep(3600)

    async with background(watcher(), "inbox-watcher", on_failure=lambda n, e: failures.append(n)) as task:
        await started.wait()
    assert task.cancelled()
    assert failures == []

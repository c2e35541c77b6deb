"""Reading a topic back from the beginning, for tests against the real broker."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer


async def read_topic(bootstrap: str, topic: str, count: int, timeout: float = 60) -> list[bytes]:
    """The first `count` values on `topic`; fails with TimeoutError if fewer arrive in time."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(timeout):
            async for record in consumer:
                values.append(record.value)
                if len(values) >= count:
                    break
    finally:
        await consumer.stop()
    return values

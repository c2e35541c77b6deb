"""Reading a topic back from the beginning, for tests against the real broker."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, TopicPartition


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


async def count_messages(bootstrap: str, topic: str, partitions: int) -> int:
    """How many messages `topic` holds, over its `partitions` partitions."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    assigned = [TopicPartition(topic, p) for p in range(partitions)]
    consumer.assign(assigned)  # aiokafka's stop fails on a consumer that never had partitions
    try:
        ends = await consumer.end_offsets(assigned)
        starts = await consumer.beginning_offsets(assigned)
        return sum(ends[tp] - starts[tp] for tp in assigned)
    finally:
        await consumer.stop()

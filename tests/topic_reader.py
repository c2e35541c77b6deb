"""Reading a topic back from the beginning, for tests against the real broker."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition


async def read_topic(bootstrap: str, topic: str, count: int, timeout: float = 60) -> list[bytes]:
    """The first `count` values on `topic`; fails with TimeoutError if fewer arrive in time."""
    return [record.value for record in await read_records(bootstrap, topic, count, timeout)]


async def read_records(bootstrap: str, topic: str, count: int, timeout: float = 60) -> list[ConsumerRecord]:
    """The first `count` records on `topic`, headers and all; TimeoutError if fewer arrive in time."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    records: list[ConsumerRecord] = []
    try:
        async with asyncio.timeout(timeout):
            async for record in consumer:
                records.append(record)
                if len(records) >= count:
                    break
    finally:
        await consumer.stop()
    return records


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

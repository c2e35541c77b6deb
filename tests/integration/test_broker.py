"""The Kafka 4.x broker with our clients: aiokafka producing and committing, a faust agent forwarding."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from pathlib import Path

import faust
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from pressflow.broker import (
    BrokerError,
    LocalBroker,
    LocalCluster,
    TopicTooWeak,
    configured_replication,
    create_topics,
)

pytestmark = pytest.mark.kafka

KEYS = [f"release-{n}" for n in range(6)]
PER_KEY = 20


async def produce_interleaved(bootstrap: str, topic: str) -> dict[bytes, list[bytes]]:
    """Send PER_KEY values for each key, keys interleaved; return what was sent per key."""
    sent: dict[bytes, list[bytes]] = defaultdict(list)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        for seq in range(PER_KEY):
            for key in KEYS:
                value = f"{key} #{seq}".encode()
                await producer.send(topic, value, key=key.encode())
                sent[key.encode()].append(value)
        await producer.flush()
    finally:
        await producer.stop()
    return sent


async def consume(
    consumer: AIOKafkaConsumer, count: int, timeout: float = 60
) -> list[ConsumerRecord[bytes, bytes]]:
    records: list[ConsumerRecord[bytes, bytes]] = []
    async with asyncio.timeout(timeout):
        while len(records) < count:
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                records.extend(batch)
    return records


def by_key(records: list[ConsumerRecord[bytes, bytes]]) -> dict[bytes, list[bytes]]:
    grouped: dict[bytes, list[bytes]] = defaultdict(list)
    for record in records:
        assert record.key is not None and record.value is not None
        grouped[record.key].append(record.value)
    return grouped


async def committed_offsets(bootstrap: str, group_id: str) -> dict[TopicPartition, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group_id)
    finally:
        await admin.close()
    return {tp: meta.offset for tp, meta in offsets.items()}


async def test_idempotent_producer_and_manual_commit_keep_order_per_key(
    kafka_bootstrap: str, topic_prefix: str
) -> None:
    topic, group = f"{topic_prefix}releases", f"{topic_prefix}reader"
    await create_topics(kafka_bootstrap, [topic], partitions=4)
    sent = await produce_interleaved(kafka_bootstrap, topic)

    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        records = await consume(consumer, len(KEYS) * PER_KEY)
        await consumer.commit()
        end_offsets = await consumer.end_offsets(list(consumer.assignment()))
    finally:
        await consumer.stop()

    assert by_key(records) == sent
    partitions_of = defaultdict(set)
    for record in records:
        partitions_of[record.key].add(record.partition)
    assert all(len(partitions) == 1 for partitions in partitions_of.values())
    assert len(end_offsets) == 4
    assert await committed_offsets(kafka_bootstrap, group) == end_offsets


def forwarding_app(bootstrap: str, app_id: str, source: str, sink: str, datadir: Path) -> faust.App:
    """A faust worker with one agent that forwards each value upper-cased, under its key."""
    app = faust.App(
        app_id,
        broker=f"kafka://{bootstrap}",
        store="memory://",
        datadir=str(datadir),  # not the working directory
        web_enabled=False,
        topic_partitions=4,
        # Commit often so the test sees the offsets without waiting out the 2.8 s default.
        broker_commit_interval=0.2,
    )
    source_topic = app.topic(source, key_serializer="raw", value_serializer="raw")
    sink_topic = app.topic(sink, key_serializer="raw", value_serializer="raw")

    @app.agent(source_topic)
    async def shout(stream: faust.StreamT[bytes]) -> None:
        async for key, value in stream.items():
            await sink_topic.send(key=key, value=value.upper())

    return app


async def test_faust_agent_consumes_produces_and_commits(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    source, sink, app_id = f"{topic_prefix}in", f"{topic_prefix}out", f"{topic_prefix}shouter"
    # faust only creates its internal topics; an agent's source must exist when it subscribes.
    await create_topics(kafka_bootstrap, [source, sink], partitions=4)
    sent = await produce_interleaved(kafka_bootstrap, source)
    total = len(KEYS) * PER_KEY

    app = forwarding_app(kafka_bootstrap, app_id, source, sink, tmp_path)
    await app.start()
    try:
        reader = AIOKafkaConsumer(sink, bootstrap_servers=kafka_bootstrap, auto_offset_reset="earliest")
        await reader.start()
        try:
            forwarded = await consume(reader, total)
        finally:
            await reader.stop()
        async with asyncio.timeout(30):
            while sum((await committed_offsets(kafka_bootstrap, app_id)).values()) < total:
                await asyncio.sleep(0.2)
    finally:
        await app.stop()

    assert by_key(forwarded) == {key: [value.upper() for value in values] for key, values in sent.items()}
    committed = await committed_offsets(kafka_bootstrap, app_id)
    assert {tp.topic for tp in committed} == {source}


async def test_local_broker_auto_creates_topics_with_its_partition_count(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    data_dir = tmp_path_factory.mktemp("kafka-2-partitions")
    broker = LocalBroker(data_dir=data_dir, partitions=2)
    # Starting blocks for seconds: keep it off the event loop the other tests share.
    await asyncio.to_thread(broker.start)
    try:
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap_servers)
        await producer.start()
        try:
            await producer.send_and_wait("auto-created", b"hello")
            partitions = producer.client.cluster.partitions_for_topic("auto-created")
        finally:
            await producer.stop()
    finally:
        await asyncio.to_thread(broker.stop)
    assert partitions == {0, 1}
    assert "Kafka Server started" in (data_dir / "broker.log").read_text()


async def test_a_killed_broker_accepts_its_own_restart_and_keeps_what_it_acknowledged(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    broker = LocalBroker(data_dir=tmp_path_factory.mktemp("kafka-killed"))
    await asyncio.to_thread(broker.start)
    try:
        await create_topics(broker.bootstrap_servers, ["kept"], partitions=1)
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap_servers, acks="all")
        await producer.start()
        try:
            await producer.send_and_wait("kept", b"acknowledged before the kill")
        finally:
            await producer.stop()
        # a restart on the same data and port, as the fault suite does; how soon the pipeline
        # works again is measured there (broker faults), not timed here
        await asyncio.to_thread(broker.restart_after_kill)
        reader = AIOKafkaConsumer(
            "kept", bootstrap_servers=broker.bootstrap_servers, auto_offset_reset="earliest"
        )
        await reader.start()
        try:
            records = await consume(reader, 1)
        finally:
            await reader.stop()
    finally:
        await asyncio.to_thread(broker.stop)
    assert [r.value for r in records] == [b"acknowledged before the kill"]


async def _described_with_partitions(admin: AIOKafkaAdminClient, topic: str) -> dict:
    """The topic as the cluster describes it, once the broker answering knows its partitions: a
    topic just created reaches the other brokers' metadata a moment later (on a loaded machine,
    the first answer listed none)."""
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        [described] = await admin.describe_topics([topic])
        if described["partitions"] or asyncio.get_running_loop().time() > deadline:
            return described
        await asyncio.sleep(0.2)


async def test_topics_keep_three_copies_on_three_brokers_and_weaker_existing_ones_stop_the_start(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    # one broker: one copy, whatever the default
    assert await create_topics(kafka_bootstrap, [f"{topic_prefix}single"]) == 1
    with pytest.raises(BrokerError, match="needs at least 3 brokers"):
        await create_topics(kafka_bootstrap, [f"{topic_prefix}single"], replication_factor=3)
    with pytest.raises(BrokerError, match="at least 1"):
        configured_replication({"PRESSFLOW_REPLICATION_FACTOR": "three"})

    cluster = LocalCluster(tmp_path, size=3)
    await asyncio.to_thread(cluster.start)
    try:
        assert await create_topics(cluster.bootstrap_servers, ["releases.raw"]) == 3
        admin = AIOKafkaAdminClient(bootstrap_servers=cluster.bootstrap_servers)
        await admin.start()
        try:
            described = await _described_with_partitions(admin, "releases.raw")
            [configs] = await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, "releases.raw", {"min.insync.replicas": None})]
            )
        finally:
            await admin.close()
        assert {len(p["replicas"]) for p in described["partitions"]} == {3}
        entries = {e[0]: e[1] for resource in configs.resources for e in resource[4]}
        assert entries["min.insync.replicas"] == "2"
        # a topic made elsewhere with one copy is refused, and the message says what to do
        await create_topics(cluster.bootstrap_servers, ["releases.enriched"], replication_factor=1)
        # one copy, or min.insync.replicas=1: whichever the cluster's metadata shows first
        with pytest.raises(TopicTooWeak, match="releases.enriched has .*PRESSFLOW_REPLICATION_FACTOR"):
            await create_topics(cluster.bootstrap_servers, ["releases.raw", "releases.enriched"])
    finally:
        await asyncio.to_thread(cluster.stop)

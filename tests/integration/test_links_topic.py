"""releases.linked against the real broker: links published after the store's commit, once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaProducer
from store_releases import release
from topic_reader import read_topic

from pressflow.broker import create_topics
from pressflow_runtime.kafka_publisher import KafkaPublisher
from pressflow_runtime.lifecycle import background
from pressflow_schemas import ArchiveLink, Topics
from pressflow_store.db.engine import connect, create_schema
from pressflow_store.read.queries import count_releases
from pressflow_store.write.consumer import StoreConsumer

pytestmark = pytest.mark.kafka

TEXT = (
    "Nantes, le 2 juin 2025. La Ville de Nantes ouvre un nouveau pont sur la Loire pour les "
    "piétons et les cyclistes, après dix-huit mois de travaux et un budget de 21 millions d'euros.\n\n"
    "« Ce pont relie enfin les deux rives pour ceux qui se déplacent sans voiture », déclare la maire "
    "de Nantes lors de l'inauguration, devant plusieurs centaines d'habitants venus à vélo."
)


async def store_until(bootstrap: str, topics: Topics, engine, releases: int) -> None:
    publisher = KafkaPublisher(bootstrap, client_id="test-store")
    consumer = StoreConsumer(bootstrap, topics, f"{topics.prefix}store", engine, publisher)
    await publisher.start()
    await consumer.start()
    try:
        async with background(consumer.run(), "store-consumer"):
            async with asyncio.timeout(60):
                while True:
                    with engine.connect() as conn:
                        if count_releases(conn) >= releases:
                            break
                    await asyncio.sleep(0.2)
            await asyncio.sleep(1)  # a batch committed is published before its offsets
    finally:
        await consumer.stop()
        await publisher.stop()


async def send(bootstrap: str, topic: str, events) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for event in events:
            await producer.send_and_wait(
                topic, event.model_dump_json().encode(), key=event.release_id.encode()
            )
    finally:
        await producer.stop()


async def test_a_copy_is_announced_on_releases_linked_once_even_when_the_events_are_replayed(
    kafka_bootstrap, topic_prefix, tmp_path
):
    topics = Topics(topic_prefix)
    await create_topics(kafka_bootstrap, topics.all(), 4)
    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    create_schema(engine)
    original = release("1" * 20, "Pont", TEXT, received=datetime(2025, 6, 2, 9, tzinfo=UTC))
    copy = release(
        "2" * 20,
        "Pont",
        "Repris de la Ville de Nantes\n\n" + TEXT,
        received=datetime(2025, 6, 2, 11, tzinfo=UTC),
    )
    await send(kafka_bootstrap, topics.enriched, [original])
    await store_until(kafka_bootstrap, topics, engine, 1)
    await send(kafka_bootstrap, topics.enriched, [copy, original, copy])  # the copy, and a replay
    await store_until(kafka_bootstrap, topics, engine, 2)
    [value] = await read_topic(kafka_bootstrap, topics.linked, 1)
    event = ArchiveLink.model_validate_json(value)
    assert event.action == "added"
    assert (event.release_link.release_id, event.release_link.kind, event.release_link.target_id) == (
        "2" * 20,
        "duplicate_of",
        "1" * 20,
    )
    with pytest.raises(TimeoutError):  # nothing more: the replay published no second event
        await read_topic(kafka_bootstrap, topics.linked, 2, timeout=5)
    engine.dispose()

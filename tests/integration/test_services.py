"""Each service against the real broker: ingest publishes, enrich consumes and produces, store persists."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from metrics_reader import scrape, total
from topic_reader import read_records, read_topic

from pressflow.broker import create_topics, free_port
from pressflow.stack import service_env
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.core.submission import Submission
from pressflow_ingest.intake import Intake
from pressflow_runtime.kafka_publisher import KafkaPublisher
from pressflow_runtime.lifecycle import background
from pressflow_schemas import DateMention, DeadLetter, EnrichedRelease, RawRelease, Source, Topics
from pressflow_schemas.fingerprints import (
    FINGERPRINT_HEADER,
    fingerprint,
    header_signature,
    signature_headers,
)
from pressflow_store.db.engine import connect, create_schema
from pressflow_store.read.queries import count_releases
from pressflow_store.write.consumer import StoreConsumer

pytestmark = pytest.mark.kafka

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "03_orbital_funding.txt"


@contextlib.asynccontextmanager
async def producer(bootstrap: str):
    p = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all")
    await p.start()
    try:
        yield p
    finally:
        await p.stop()


def enriched(rid: str, version: str = "0.1.0") -> EnrichedRelease:
    return EnrichedRelease(
        release_id=rid,
        received_at=datetime(2025, 1, 2, 9, tzinfo=UTC),
        processed_at=datetime.now(UTC),
        enricher_version=version,
        source=Source(kind="http", format="txt", size=5, sha256="0" * 64),
        language="en",
        title=f"Release {rid}",
        text="Some text.",
        published_on=None,
    )


async def test_ingest_publishes_a_release_keyed_by_its_id(kafka_bootstrap, topic_prefix):
    topics = Topics(topic_prefix)
    await create_topics(kafka_bootstrap, topics.all(), 4)
    publisher = KafkaPublisher(kafka_bootstrap, client_id="test-ingest")
    await publisher.start()
    try:
        outcome = await Intake(publisher, topics, Ledger(), Extractor()).accept(
            Submission(
                data=EXAMPLE.read_bytes(), kind="file", received_at=datetime.now(UTC), filename=EXAMPLE.name
            )
        )
    finally:
        await publisher.stop()
    [value] = await read_topic(kafka_bootstrap, topics.raw, 1)
    on_topic = RawRelease.model_validate_json(value)
    assert outcome.receipt is not None and on_topic.release_id == outcome.receipt.release_id
    assert on_topic.text.startswith("PRESS RELEASE")
    assert on_topic.source.filename == EXAMPLE.name


@contextlib.asynccontextmanager
async def running_store(bootstrap: str, topics: Topics, engine):
    """The store's consumer running against `engine` until the block ends."""
    publisher = KafkaPublisher(bootstrap, client_id="test-store")
    consumer = StoreConsumer(bootstrap, topics, f"{topics.prefix}store", engine, publisher)
    await publisher.start()
    await consumer.start()
    try:
        async with background(consumer.run(), "store-consumer") as task:
            yield task
    finally:
        await consumer.stop()
        await publisher.stop()


async def wait_for_count(engine, count: int) -> int:
    for _ in range(100):
        with engine.connect() as conn:
            if count_releases(conn) >= count:
                break
        await asyncio.sleep(0.2)
    with engine.connect() as conn:
        return count_releases(conn)


async def publish_enriched(
    bootstrap: str, topics: Topics, values: list[tuple[bytes, bytes]], headers: dict[int, list] | None = None
) -> None:
    """Publish (key, value) pairs, the i-th with headers[i] if given."""
    await create_topics(bootstrap, topics.all(), 4)
    async with producer(bootstrap) as p:
        for i, (key, value) in enumerate(values):
            await p.send_and_wait(topics.enriched, value, key=key, headers=(headers or {}).get(i))


def as_message(event: EnrichedRelease) -> tuple[bytes, bytes]:
    return event.release_id.encode(), event.model_dump_json().encode()


async def test_store_persists_once_and_dead_letters_what_it_cannot_keep(
    kafka_bootstrap, topic_prefix, tmp_path
):
    topics = Topics(topic_prefix)
    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    create_schema(engine)
    messages = [as_message(enriched(rid)) for rid in ("a", "b", "a")]
    # valid JSON and a valid event, but no such day: the row cannot be built
    impossible = enriched("impossible").model_copy(
        update={
            "dates": [DateMention(text="30 février 2018", start=0, end=15, value="2018-02-30", grain="day")]
        }
    )
    junk = (b"junk", b'{"not": "an event"}')
    # "b" with the signature enrich sends, the first "a" with one the store cannot use
    signed = {1: signature_headers([enriched("b").text]), 0: [(FINGERPRINT_HEADER, b"minhash-v1:?")]}
    await publish_enriched(kafka_bootstrap, topics, [*messages, junk, as_message(impossible)], signed)
    async with running_store(kafka_bootstrap, topics, engine) as task:
        letters = await read_topic(kafka_bootstrap, topics.dead_letter, 2)
        assert await wait_for_count(engine, 2) == 2
        assert not task.done(), "the store must keep consuming after events it cannot keep"
    engine.dispose()
    dead = sorted((DeadLetter.model_validate_json(v) for v in letters), key=lambda d: d.error_type)
    assert [(d.stage, d.source_topic, d.error_type) for d in dead] == [
        ("store", topics.enriched, "ValidationError"),
        ("store", topics.enriched, "ValueError"),
    ]
    assert '"not"' in dead[0].payload
    assert '"impossible"' in dead[1].payload


async def test_an_event_the_database_refuses_is_dead_lettered_and_the_rest_stored(
    kafka_bootstrap, topic_prefix, postgres_engine
):
    topics = Topics(topic_prefix)
    # PostgreSQL refuses a NUL character in text, which SQLite would take
    poisoned = enriched("poisoned").model_copy(update={"title": "bad\x00title"})
    messages = [as_message(enriched("first")), as_message(poisoned), as_message(enriched("last"))]
    await publish_enriched(kafka_bootstrap, topics, messages)
    async with running_store(kafka_bootstrap, topics, postgres_engine) as task:
        [letter] = await read_topic(kafka_bootstrap, topics.dead_letter, 1)
        assert await wait_for_count(postgres_engine, 2) == 2
        assert not task.done(), "the store must keep consuming after a refused event"
    dead = DeadLetter.model_validate_json(letter)
    assert (dead.stage, dead.error_type) == ("store", "DataError")
    assert EnrichedRelease.model_validate_json(dead.payload).release_id == "poisoned"


async def test_enrich_service_turns_raw_releases_into_enriched_ones(kafka_bootstrap, topic_prefix, tmp_path):
    topics = Topics(topic_prefix)
    await create_topics(kafka_bootstrap, topics.all(), 4)
    env = service_env(
        kafka_bootstrap,
        {
            "PRESSFLOW_TOPIC_PREFIX": topic_prefix,
            "PRESSFLOW_ENRICH_GROUP": f"{topic_prefix}enrich",
            "PRESSFLOW_DATA_DIR": str(tmp_path),
            "PRESSFLOW_ENRICH_PORT": str(port := free_port()),
            "PRESSFLOW_LOG_FORMAT": "json",
        },
    )
    log = tmp_path / "enrich.log"
    with log.open("wb") as out:  # a file, not a pipe: nobody reads the log while the worker runs
        worker = subprocess.Popen([sys.executable, "-m", "pressflow_enrich"], env=env, stdout=out, stderr=out)
    try:
        raw = RawRelease(
            release_id="orbital",
            received_at=datetime(2021, 3, 4, 9, tzinfo=UTC),
            source=Source(kind="file", filename=EXAMPLE.name, format="txt", size=1, sha256="0" * 64),
            text=EXAMPLE.read_text(encoding="utf-8"),
        )
        async with producer(kafka_bootstrap) as p:
            await p.send_and_wait(topics.raw, b"this is not json", key=b"broken")
            await p.send_and_wait(topics.raw, raw.model_dump_json().encode(), key=b"orbital")
        [record] = await read_records(kafka_bootstrap, topics.enriched, 1, timeout=120)
        value = record.value
        [letter] = await read_topic(kafka_bootstrap, topics.dead_letter, 1)
        assert worker.poll() is None, "the worker must keep running after a bad message"
        samples = scrape(f"http://127.0.0.1:{port}")
    finally:
        worker.terminate()
        code = worker.wait(30)
    assert total(samples, "pressflow_enrich_releases_total", outcome="enriched") == 1
    assert total(samples, "pressflow_enrich_releases_total", outcome="dead_lettered") == 1
    assert total(samples, "pressflow_dead_letters_total", stage="enrich", error="ValidationError") == 1
    lines = [
        json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.startswith("{")
    ]
    assert {"release_id": "orbital", "outcome": "enriched"}.items() <= next(
        line for line in lines if line.get("outcome") == "enriched"
    ).items()
    event = EnrichedRelease.model_validate_json(value)
    assert event.release_id == "orbital"
    # the MinHash signature the store links by, computed once here and sent beside the event
    [(_, header)] = [(k, v) for k, v in record.headers if k == FINGERPRINT_HEADER]
    assert header_signature(header) == fingerprint(event.text).signature != b""
    assert event.language == "en"
    assert event.source.filename == EXAMPLE.name
    dead = DeadLetter.model_validate_json(letter)
    assert dead.stage == "enrich" and dead.payload == "this is not json"
    assert code == 0, "SIGTERM must stop the worker cleanly"


async def test_a_stopping_store_first_writes_and_commits_the_batch_in_hand(
    kafka_bootstrap, topic_prefix, tmp_path
):
    topics = Topics(topic_prefix)
    path = tmp_path / "store.db"
    engine = connect(f"sqlite:///{path}")
    create_schema(engine)
    await publish_enriched(kafka_bootstrap, topics, [as_message(enriched(f"r{n}")) for n in range(20)])
    # another writer holds the database, so the batch the consumer takes waits in its hands
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    group = f"{topics.prefix}store"
    publisher = KafkaPublisher(kafka_bootstrap, client_id="test-store")
    consumer = StoreConsumer(kafka_bootstrap, topics, group, engine, publisher)
    await publisher.start()
    await consumer.start()
    try:
        async with background(consumer.run(), "store-consumer"):
            async with asyncio.timeout(30):
                while not any(await consumer.fetched()):
                    await asyncio.sleep(0.05)
            finishing = asyncio.create_task(consumer.finish())  # what SIGTERM does
            await asyncio.sleep(0.2)
            assert not finishing.done(), "finish() must wait for the batch in hand"
            blocker.execute("ROLLBACK")
            await finishing
    finally:
        await consumer.stop()
        await publisher.stop()
        blocker.close()
    with engine.connect() as conn:
        stored = count_releases(conn)
    engine.dispose()
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        committed = sum(m.offset for m in (await admin.list_consumer_group_offsets(group)).values())
    finally:
        await admin.close()
    # what was written was committed too: nothing is replayed after the stop, nothing cut halfway
    assert stored == committed > 0

"""The enrich worker in batches against the real broker: nothing lost, nothing doubled, order kept."""

from __future__ import annotations

import asyncio
import re
import signal
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from pressflow.broker import create_topics
from pressflow.stack import service_env
from pressflow_schemas import DeadLetter, EnrichedRelease, RawRelease, Source, Topics

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(300)]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PARTITIONS = 4


def releases(count: int) -> list[RawRelease]:
    """Distinct releases: our English and French examples, each given its own reference line."""
    texts = [
        (EXAMPLES / name).read_text(encoding="utf-8")
        for name in ("01_lyon_hydrogene.txt", "03_orbital_funding.txt")
    ]
    return [
        RawRelease(
            release_id=f"r{i:03d}",
            received_at=datetime(2025, 3, 4, 9, tzinfo=UTC),
            source=Source(kind="http", format="txt", size=1, sha256="0" * 64),
            text=f"{texts[i % 2]}\n\nRef. {i:03d}-{i * 7919 % 1000:03d}",
        )
        for i in range(count)
    ]


async def publish(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> dict[bytes, int]:
    """Publish in order and return the partition each key went to."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        sent = [await producer.send(topic, value, key=key) for key, value in messages]
        return {key: (await future).partition for (key, _), future in zip(messages, sent, strict=True)}
    finally:
        await producer.stop()


async def read_all(bootstrap: str, topic: str) -> dict[int, list[tuple[bytes | None, bytes]]]:
    """Every record now on the topic, by partition, in offset order."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        ends = await consumer.end_offsets(parts)
        found: dict[int, list[tuple[bytes | None, bytes]]] = defaultdict(list)
        async with asyncio.timeout(60):
            while [tp for tp in parts if await consumer.position(tp) < ends[tp]]:
                for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                    found[tp.partition] += [(r.key, r.value) for r in records]
        return found
    finally:
        await consumer.stop()


async def wait_for(bootstrap: str, topic: str, count: int, timeout: float) -> None:
    """Until `count` records are on the topic."""
    async with asyncio.timeout(timeout):
        while sum(map(len, (await read_all(bootstrap, topic)).values())) < count:
            await asyncio.sleep(0.5)


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "pressflow_enrich"], env=env, stdout=out, stderr=out)


def stop_worker(worker: subprocess.Popen[bytes]) -> int:
    worker.send_signal(signal.SIGTERM)
    try:
        return worker.wait(60)
    except subprocess.TimeoutExpired:
        worker.kill()
        return worker.wait()


def work_through(env: dict[str, str], log: Path, bootstrap: str, topics: Topics, releases: int) -> int:
    """Run a worker until the backlog's `releases` are enriched and its two unusable messages
    dead-lettered, then stop it: its exit code."""
    worker = start_worker(env, log)
    try:
        asyncio.run(wait_for(bootstrap, topics.enriched, releases, timeout=180))
        asyncio.run(wait_for(bootstrap, topics.dead_letter, 2, timeout=30))
        assert worker.poll() is None, "the worker keeps running after unusable messages"
    finally:
        code = stop_worker(worker)
    return code


def batch_sizes(log: Path) -> list[int]:
    return [int(n) for n in re.findall(r"enriched \d+ of (\d+) releases", log.read_text(errors="replace"))]


def wait_for_batches(log: Path, count: int, timeout: float) -> None:
    """Until the worker's log says `count` messages are through. Reading the log is cheap, so a
    worker is stopped a batch or two after it, not a whole topic read later."""
    deadline = time.monotonic() + timeout
    while sum(batch_sizes(log)) < count:
        assert time.monotonic() < deadline, f"the worker did not get through {count} messages in {timeout} s"
        time.sleep(0.05)


@pytest.fixture
def setup(kafka_bootstrap, topic_prefix, tmp_path):
    topics = Topics(topic_prefix)
    asyncio.run(create_topics(kafka_bootstrap, topics.all(), PARTITIONS))
    env = service_env(
        kafka_bootstrap,
        {
            "PRESSFLOW_TOPIC_PREFIX": topic_prefix,
            "PRESSFLOW_ENRICH_GROUP": f"{topic_prefix}enrich",
            "PRESSFLOW_DATA_DIR": str(tmp_path),
            "PRESSFLOW_PARTITIONS": str(PARTITIONS),
        },
    )
    return kafka_bootstrap, topics, env, tmp_path


def backlog(bootstrap: str, topics: Topics, count: int) -> tuple[list[tuple[bytes, bytes]], dict[bytes, int]]:
    """`count` releases with two unusable messages among them, published before any worker runs."""
    messages = [(r.release_id.encode(), r.model_dump_json().encode()) for r in releases(count)]
    messages.insert(count // 3, (b"junk", b"this is not json"))
    messages.insert(2 * count // 3, (b"textless", b'{"release_id": "textless"}'))
    return messages, asyncio.run(publish(bootstrap, topics.raw, messages))


def assert_each_once_in_order(
    bootstrap: str, topics: Topics, messages: list[tuple[bytes, bytes]], partition_of: dict[bytes, int]
) -> None:
    expected: dict[int, list[bytes]] = defaultdict(list)
    for key, _ in messages:
        if key not in (b"junk", b"textless"):
            expected[partition_of[key]].append(key)
    found = asyncio.run(read_all(bootstrap, topics.enriched))
    assert {p: [key for key, _ in records] for p, records in found.items()} == dict(expected), (
        "each release once, in its partition, in the order it was published"
    )
    for records in found.values():
        for key, value in records:
            assert EnrichedRelease.model_validate_json(value).release_id.encode() == key
    letters = [
        DeadLetter.model_validate_json(v)
        for records in asyncio.run(read_all(bootstrap, topics.dead_letter)).values()
        for _, v in records
    ]
    assert sorted(letter.payload for letter in letters) == sorted(
        [b'{"release_id": "textless"}'.decode(), "this is not json"]
    )
    assert {letter.stage for letter in letters} == {"enrich"}


def test_a_backlog_is_enriched_in_batches_once_each_in_partition_order(setup) -> None:
    bootstrap, topics, env, tmp_path = setup
    messages, partition_of = backlog(bootstrap, topics, 60)
    log = tmp_path / "enrich.log"
    assert work_through(env, log, bootstrap, topics, 60) == 0
    assert max(batch_sizes(log)) > 1, f"the backlog must be taken in batches: {batch_sizes(log)}"
    assert sum(batch_sizes(log)) == 62
    assert_each_once_in_order(bootstrap, topics, messages, partition_of)


def test_a_worker_stopped_mid_backlog_hands_over_without_loss_or_repeat(setup) -> None:
    bootstrap, topics, env, tmp_path = setup
    messages, partition_of = backlog(bootstrap, topics, 200)
    log = tmp_path / "enrich.log"
    first = start_worker(env, log)
    try:
        wait_for_batches(log, 20, timeout=180)
    finally:
        assert stop_worker(first) == 0
    done_by_first = sum(batch_sizes(log))
    assert done_by_first < len(messages), "the first worker must stop with work left for the second"
    assert work_through(env, log, bootstrap, topics, 200) == 0
    assert_each_once_in_order(bootstrap, topics, messages, partition_of)

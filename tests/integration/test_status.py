"""`pressflow status` against the real broker: the lag of each group, and a non-zero exit when not ready."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from pressflow.broker import create_topics, free_port
from pressflow.cli import main
from pressflow_runtime.metrics import LagSampler
from pressflow_schemas import Topics

pytestmark = pytest.mark.kafka


async def releases_waiting(bootstrap: str, topics: Topics, group: str) -> None:
    """Three messages on partition 0 of the raw topic, of which `group` has committed past one."""
    await create_topics(bootstrap, topics.all(), 2)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for n in range(3):
            await producer.send_and_wait(topics.raw, f"release {n}".encode(), partition=0)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([TopicPartition(topics.raw, 0)])
        await consumer.commit({TopicPartition(topics.raw, 0): OffsetAndMetadata(1, "")})
    finally:
        await consumer.stop()


@pytest.fixture
def backlog(kafka_bootstrap, topic_prefix, monkeypatch):
    topics = Topics(topic_prefix)
    asyncio.run(releases_waiting(kafka_bootstrap, topics, f"{topic_prefix}enrich"))
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    monkeypatch.setenv("PRESSFLOW_TOPIC_PREFIX", topic_prefix)
    monkeypatch.setenv("PRESSFLOW_ENRICH_GROUP", f"{topic_prefix}enrich")
    monkeypatch.setenv("PRESSFLOW_STORE_GROUP", f"{topic_prefix}store")
    # nothing listens on these: every service is down
    for service in ("INGEST", "ENRICH", "STORE"):
        monkeypatch.setenv(f"PRESSFLOW_{service}_URL", f"http://127.0.0.1:{free_port()}")
    return topics


def test_status_prints_each_groups_lag_and_fails_while_services_are_down(backlog, topic_prefix, capsys):
    assert main(["status"]) == 1
    screen = capsys.readouterr().out
    assert "NOT READY" in screen
    enrich_line = next(line for line in screen.splitlines() if line.startswith(f"{topic_prefix}enrich "))
    assert backlog.raw in enrich_line
    assert enrich_line.split()[2] == "2"  # two releases the enrich group has not committed past
    assert enrich_line.endswith(" s")  # and how long the oldest has waited
    store_line = next(line for line in screen.splitlines() if line.startswith(f"{topic_prefix}store "))
    assert store_line.split()[2] == "0"
    assert "ingest   NO" in screen


def test_status_json_has_the_same_for_scripts(backlog, topic_prefix, capsys):
    assert main(["status", "--json"]) == 1
    status = json.loads(capsys.readouterr().out)
    assert status["ready"] is False and status["kafka_answers"] is True
    lag = {(g["group"], g["topic"]): g for g in status["lag"]}
    waiting = lag[(f"{topic_prefix}enrich", backlog.raw)]
    assert waiting["lag"] == 2 and waiting["partitions"] == 2
    assert waiting["oldest_waiting_seconds"] >= 0
    assert lag[(f"{topic_prefix}store", backlog.enriched)]["lag"] == 0
    assert all(not s["up"] and s["missing"] == ["unreachable"] for s in status["services"].values())


async def test_the_lag_sampler_sets_the_gauge_per_partition(kafka_bootstrap, topic_prefix):
    topics = Topics(topic_prefix)
    await releases_waiting(kafka_bootstrap, topics, f"{topic_prefix}enrich")
    sampler = LagSampler(kafka_bootstrap, [(f"{topic_prefix}enrich", topics.raw)])
    lag = await sampler.sample()
    assert lag == {(f"{topic_prefix}enrich", topics.raw, 0): 2, (f"{topic_prefix}enrich", topics.raw, 1): 0}

"""Downstream teams subscribe: `pressflow tail` and examples/consumer.py against the real broker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from store_releases import release

from pressflow.broker import create_topics
from pressflow.cli import main
from pressflow_runtime.metrics import consumer_lag
from pressflow_schemas import Topics

pytestmark = pytest.mark.kafka
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "consumer.py"
RELEASES = [
    release("lyon", "La Région investit", "La Région investit 2 M€.", amounts=(("2 M€", 2_000_000, "EUR"),)),
    release("brest", "Brest accorde", "Brest accorde 50 000 €.", amounts=(("50 000 €", 50_000, "EUR"),)),
]


async def publish_enriched(bootstrap: str, topics: Topics, junk: bool = False) -> None:
    await create_topics(bootstrap, topics.all(), 2)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for event in RELEASES:
            await producer.send_and_wait(
                topics.enriched, event.model_dump_json().encode(), key=event.release_id.encode()
            )
        if junk:
            await producer.send_and_wait(topics.enriched, b"not an event", key=b"junk")
    finally:
        await producer.stop()


async def test_tail_prints_one_validated_line_per_event_and_the_json_on_request(
    kafka_bootstrap, topic_prefix, monkeypatch, capsys
):
    topics = Topics(topic_prefix)
    await publish_enriched(kafka_bootstrap, topics, junk=True)
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    monkeypatch.setenv("PRESSFLOW_TOPIC_PREFIX", topic_prefix)
    from pressflow.ops.tail import tail

    assert await tail(kafka_bootstrap, topics, "enriched", from_beginning=True, limit=3) == 1
    captured = capsys.readouterr()
    lines = sorted(captured.out.splitlines())
    assert [line.split()[0] for line in lines] == ["brest", "lyon"]
    assert "Brest accorde" in lines[0] and "1 amounts" in lines[0]
    assert "not a valid event" in captured.err
    await tail(kafka_bootstrap, topics, "enriched", from_beginning=True, as_json=True, limit=3)
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(e["release_id"] for e in events) == ["brest", "lyon"]


def test_pressflow_tail_is_a_command(kafka_bootstrap, topic_prefix, monkeypatch, capsys):
    import asyncio

    asyncio.run(publish_enriched(kafka_bootstrap, Topics(topic_prefix)))
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    monkeypatch.setenv("PRESSFLOW_TOPIC_PREFIX", topic_prefix)
    assert main(["tail", "enriched", "--from-beginning", "--max", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


async def test_the_example_consumer_does_its_work_and_commits_after_it(kafka_bootstrap, topic_prefix):
    topics = Topics(topic_prefix)
    await publish_enriched(kafka_bootstrap, topics)
    group = f"{topic_prefix}example"
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "PRESSFLOW_TOPIC_PREFIX": topic_prefix}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), "--group", group, "--limit", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = {line["release_id"]: line for line in map(json.loads, done.stdout.splitlines())}
    assert lines["lyon"]["amounts"] == {"EUR": 2_000_000}
    assert lines["brest"]["amounts"] == {"EUR": 50_000}
    # its group committed past both releases: a restart would not redo the work
    lag = await consumer_lag(kafka_bootstrap, [(group, topics.enriched)])
    assert sum(lag.values()) == 0 and lag

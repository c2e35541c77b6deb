"""A service whose background work dies ends with its own exit status and says why on stderr."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from pressflow.broker import create_topics, free_port
from pressflow.stack import service_env
from pressflow_runtime.lifecycle import CRASHED
from pressflow_schemas import RawRelease, Source, Topics

pytestmark = pytest.mark.kafka


def test_a_dead_inbox_watcher_ends_ingest_with_a_crash_status_not_a_stop(kafka_bootstrap, tmp_path):
    blocked = tmp_path / "inbox"
    blocked.write_text("a file where the inbox folder should be", encoding="utf-8")
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "PRESSFLOW_INBOX": str(blocked),
        "PRESSFLOW_INGEST_STATE_FILE": str(tmp_path / "state" / "ingest.sqlite3"),
        "PRESSFLOW_INGEST_PORT": str(free_port()),
    }
    done = subprocess.run(
        [sys.executable, "-m", "pressflow_ingest"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == CRASHED != 143
    assert "stopped because inbox-watcher failed" in done.stderr
    assert "FileExistsError" in done.stderr


async def test_enrich_whose_models_cannot_load_ends_with_a_crash_status_before_taking_a_release(
    kafka_bootstrap, topic_prefix, tmp_path
):
    # The models load while the worker joins its group: a release it is handed meanwhile must wait
    # for them, and when they cannot load it must be neither enriched nor dead-lettered.
    topics = Topics(topic_prefix)
    await create_topics(kafka_bootstrap, topics.all(), 1)
    raw = RawRelease(
        release_id="waiting",
        received_at=datetime(2025, 3, 3, tzinfo=UTC),
        source=Source(kind="http", format="txt", size=1, sha256="0" * 64),
        text="Toulouse, le 3 mars 2025. La Région Occitanie accorde 2 millions d'euros à Airbus.",
    )
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topics.raw, raw.model_dump_json().encode(), key=b"waiting")
    finally:
        await producer.stop()
    env = service_env(
        kafka_bootstrap,
        {
            "PRESSFLOW_TOPIC_PREFIX": topic_prefix,
            "PRESSFLOW_ENRICH_GROUP": f"{topic_prefix}enrich",
            "PRESSFLOW_DATA_DIR": str(tmp_path),
            "PRESSFLOW_ENRICH_PORT": str(free_port()),
            "PRESSFLOW_SPACY_EN": "no_such_pipeline_installed",
        },
    )
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "pressflow_enrich"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == CRASHED, done.stderr[-2000:]
    assert "stopped because the models could not be loaded" in done.stderr
    assert "no_such_pipeline_installed" in done.stderr
    assert await end_offsets(kafka_bootstrap, [topics.enriched, topics.dead_letter]) == 0


async def end_offsets(bootstrap: str, topics: list[str]) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, 0) for topic in topics]
        return sum((await consumer.end_offsets(partitions)).values())
    finally:
        await consumer.stop()

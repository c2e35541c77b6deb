"""Ingest while Kafka is away: a bounded wait, then 503 with Retry-After; the inbox keeps its files
and publishes them once Kafka is back."""

from __future__ import annotations

import asyncio
import signal
import time

import httpx
import pytest
from topic_reader import count_messages, read_topic

from pressflow.broker import LocalBroker, create_topics
from pressflow_ingest.adapters.http.app import create_app
from pressflow_ingest.adapters.inbox.watcher import InboxWatcher
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings
from pressflow_runtime.kafka_publisher import KafkaPublisher
from pressflow_schemas import RawRelease, Topics

pytestmark = pytest.mark.kafka

RELEASE = "Nantes, le 2 juin 2025\n\nLa Ville de Nantes ouvre trois nouvelles crèches."


async def test_with_kafka_gone_http_answers_503_in_seconds_and_files_stay_until_it_returns(tmp_path):
    # a broker of its own: this test takes it away and brings it back
    broker = LocalBroker(data_dir=tmp_path / "kafka", partitions=1).start()
    topics = Topics("outage.")
    await create_topics(broker.bootstrap_servers, topics.all(), 1)
    publisher = KafkaPublisher(broker.bootstrap_servers, client_id="test-outage", ack_timeout_seconds=2.0)
    await publisher.start()
    ledger = Ledger()
    intake = Intake(publisher, topics, ledger, Extractor())
    app = create_app(intake, IngestSettings(ingest_token=None), ledger)
    inbox = tmp_path / "inbox"
    names = [f"cp{i}.txt" for i in range(6)]
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ingest", timeout=60
        ) as client:
            assert (await client.post("/releases", json={"text": "Avant la panne."})).status_code == 202
            broker.kill(signal.SIGTERM)  # port and data kept for the return
            started = time.monotonic()
            single = await client.post("/releases", json={"text": RELEASE})
            batch = await client.post("/releases/batch", json=[{"text": RELEASE + " Lot."}])
            waited = time.monotonic() - started
        inbox.mkdir()
        for i, name in enumerate(names):
            (inbox / name).write_text(f"{RELEASE} Fichier {i}.", encoding="utf-8")
        watcher = InboxWatcher(inbox, intake, settle_seconds=0, concurrency=4)
        await watcher.scan_once()
        during = await watcher.scan_once()
        stayed = sorted(p.name for p in inbox.glob("*.txt"))
        processed_during = list(inbox.glob(".processed/*"))
        broker.start()
        after = await _scan_until_moved(watcher, len(names), timeout=120)
        on_topic = await count_messages(broker.bootstrap_servers, topics.raw, 1)
        values = await read_topic(broker.bootstrap_servers, topics.raw, on_topic)
    finally:
        broker.stop()
        await asyncio.wait_for(publisher.stop(), 30)
        ledger.close()
    assert (single.status_code, single.headers["retry-after"]) == (503, "5")
    assert single.headers["content-type"] == "application/problem+json"
    assert single.json()["type"].endswith("/unavailable")
    assert (batch.status_code, batch.headers["retry-after"]) == (503, "5")
    assert waited < 20  # two bounded waits of 2 s, not the whole outage
    assert (during, stayed, processed_during) == (0, names, [])
    assert after == len(names)
    assert sorted(p.name for p in (inbox / ".processed").iterdir()) == names
    assert not (inbox / ".failed").exists()
    # a send given up during the outage may still be delivered late: the store deduplicates it
    filenames = {RawRelease.model_validate_json(v).source.filename for v in values}
    assert set(names) <= filenames


async def _scan_until_moved(watcher: InboxWatcher, count: int, timeout: float) -> int:
    """Scan as the service does until `count` files were moved; how many were."""
    moved = 0
    deadline = time.monotonic() + timeout
    while moved < count and time.monotonic() < deadline:
        moved += await watcher.scan_once()
        await asyncio.sleep(0.5)
    return moved

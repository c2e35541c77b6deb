"""Ingest while Kafka is away: a bounded wait, then 503 with Retry-After; the inbox keeps its files."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from pressflow.broker import LocalBroker, create_topics
from pressflow_ingest.adapters.http.app import create_app
from pressflow_ingest.adapters.inbox.watcher import InboxWatcher
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings
from pressflow_runtime.kafka_publisher import KafkaPublisher
from pressflow_schemas import Topics

pytestmark = pytest.mark.kafka

RELEASE = "Nantes, le 2 juin 2025\n\nLa Ville de Nantes ouvre trois nouvelles crèches."


async def test_with_kafka_gone_http_answers_503_in_seconds_and_files_stay(tmp_path):
    # a broker of its own: this test takes it away
    broker = LocalBroker(data_dir=tmp_path / "kafka", partitions=1).start()
    topics = Topics("outage.")
    await create_topics(broker.bootstrap_servers, topics.all(), 1)
    publisher = KafkaPublisher(broker.bootstrap_servers, client_id="test-outage", ack_timeout_seconds=2.0)
    await publisher.start()
    ledger = Ledger()
    intake = Intake(publisher, topics, ledger, Extractor())
    app = create_app(intake, IngestSettings(ingest_token=None), ledger)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ingest", timeout=60
        ) as client:
            assert (await client.post("/releases", json={"text": "Avant la panne."})).status_code == 202
            broker.stop()
            started = time.monotonic()
            single = await client.post("/releases", json={"text": RELEASE})
            batch = await client.post("/releases/batch", json=[{"text": RELEASE + " Lot."}])
            waited = time.monotonic() - started
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        (inbox / "cp.txt").write_text(RELEASE + " Fichier.", encoding="utf-8")
        watcher = InboxWatcher(inbox, intake, settle_seconds=0)
        await watcher.scan_once()
        await watcher.scan_once()
    finally:
        broker.stop()
        await asyncio.wait_for(publisher.stop(), 30)
        ledger.close()
    assert (single.status_code, single.headers["retry-after"]) == (503, "5")
    assert single.headers["content-type"] == "application/problem+json"
    assert single.json()["type"].endswith("/unavailable")
    assert (batch.status_code, batch.headers["retry-after"]) == (503, "5")
    assert waited < 20  # two bounded waits of 2 s, not the whole outage
    assert (inbox / "cp.txt").exists() and not list(inbox.glob(".processed/*"))

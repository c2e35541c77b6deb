"""Wires the ingest service: one Kafka publisher and one ledger shared by the inbox watcher and the API."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from pressflow_ingest.adapters.http.app import create_app
from pressflow_ingest.adapters.inbox.watcher import InboxWatcher
from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.adapters.metrics import observe
from pressflow_ingest.intake import Intake
from pressflow_ingest.settings import IngestSettings
from pressflow_runtime.kafka_publisher import KafkaPublisher
from pressflow_runtime.lifecycle import background, configure_logging, serve_http, stop_process
from pressflow_runtime.metrics import LagSampler
from pressflow_runtime.readiness import Readiness

log = logging.getLogger("pressflow.ingest")


def build_app(settings: IngestSettings) -> FastAPI:
    """The ingest app; Kafka is connected and the watcher started in its lifespan, not before."""
    publisher = KafkaPublisher(
        settings.kafka_bootstrap_servers,
        client_id="pressflow-ingest",
        ack_timeout_seconds=settings.publish_timeout_seconds,
    )
    ledger = Ledger(settings.state_file)
    extractor = Extractor(
        timeout_seconds=settings.extract_timeout_seconds,
        memory_bytes=settings.extract_memory_bytes,
        workers=settings.extract_workers,
    )
    intake = Intake(
        publisher,
        settings.topics,
        ledger,
        extractor,
        dead_letter_max_payload_bytes=settings.dead_letter_max_payload_bytes,
        observe=observe,
    )
    watcher = InboxWatcher(
        settings.inbox,
        intake,
        settle_seconds=settings.inbox_settle_seconds,
        poll_seconds=settings.inbox_poll_seconds,
        max_file_bytes=settings.max_file_bytes,
        concurrency=settings.inbox_concurrency,
    )

    kafka = LagSampler(settings.kafka_bootstrap_servers)
    readiness = Readiness({"kafka": lambda: kafka.kafka_answers, "ledger": ledger.writable})

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await publisher.start()
        try:
            async with (
                background(watcher.run(), "inbox-watcher", on_failure=stop_process),
                background(kafka.run(), "kafka-probe", on_failure=stop_process),
            ):
                yield
        finally:
            await publisher.stop()
            ledger.close()

    return create_app(intake, settings, ledger, lifespan=lifespan, readiness=readiness)


def main() -> None:
    settings = IngestSettings()
    configure_logging(settings.log_format)
    log.info("ingest starting: %s", settings.summary())
    serve_http(build_app(settings), settings.ingest_host, settings.ingest_port)

"""Wires the store service: database, Kafka consumer and the query API in one process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from pressflow_runtime.kafka_publisher import KafkaPublisher
from pressflow_runtime.lifecycle import background, configure_logging, serve_http, stop_process
from pressflow_runtime.log_repeats import hold_repeats
from pressflow_runtime.metrics import LagSampler
from pressflow_runtime.readiness import Readiness
from pressflow_store.db.engine import answers, connect, create_schema, optimize
from pressflow_store.http.api import create_app
from pressflow_store.linking.bands import build_band_index
from pressflow_store.settings import StoreSettings
from pressflow_store.write.consumer import StoreConsumer

log = logging.getLogger("pressflow.store")


def build_app(settings: StoreSettings) -> FastAPI:
    """The store app; the consumer starts in its lifespan, after the schema exists."""
    url = settings.effective_database_url()
    if url.startswith("sqlite:///"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(url)
    publisher = KafkaPublisher(settings.kafka_bootstrap_servers, client_id="pressflow-store")
    consumer = StoreConsumer(
        settings.kafka_bootstrap_servers,
        settings.topics,
        settings.store_group,
        engine,
        publisher,
        batch_size=settings.store_batch,
        session_timeout_seconds=settings.session_timeout_seconds,
    )

    lag = LagSampler(settings.kafka_bootstrap_servers, [(settings.store_group, settings.topics.enriched)])
    readiness = Readiness(
        {
            "database": lambda: asyncio.to_thread(answers, engine),
            "kafka": lambda: lag.kafka_answers,
            "assignment": consumer.assigned,
        }
    )

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(create_schema, engine)
        await asyncio.to_thread(optimize, engine)
        await asyncio.to_thread(build_band_index, engine)
        await publisher.start()
        await consumer.start()
        try:
            async with (
                background(consumer.run(), "store-consumer", on_failure=stop_process),
                background(lag.run(), "lag-sampler", on_failure=stop_process),
            ):
                try:
                    yield
                finally:
                    # SIGTERM: the batch in hand is written and committed before the consumer stops.
                    await consumer.finish()
        finally:
            await consumer.stop()
            await publisher.stop()
            engine.dispose()

    return create_app(engine, lifespan=lifespan, readiness=readiness)


def main() -> None:
    settings = StoreSettings()
    configure_logging(settings.log_format)
    hold_repeats(logging.getLogger().handlers)
    log.info("store starting: %s", settings.summary())
    serve_http(build_app(settings), settings.store_host, settings.store_port)

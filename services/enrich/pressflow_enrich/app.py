"""The faust wiring of enrich: releases.raw in, releases.enriched out, failures to the dead letters."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import faust

from pressflow_enrich.ner import Ner
from pressflow_enrich.pipeline import enrich
from pressflow_enrich.settings import EnrichSettings
from pressflow_schemas import DeadLetter, RawRelease

log = logging.getLogger("pressflow.enrich")


def create_app(settings: EnrichSettings, ner: Ner) -> faust.App:
    """A faust app with one agent; nothing connects until its worker starts."""
    app = faust.App(
        settings.pressflow_enrich_group,
        broker=[f"kafka://{server}" for server in settings.kafka_bootstrap_servers.split(",")],
        store="memory://",
        web_enabled=False,
        topic_partitions=settings.pressflow_partitions,
        # A crashed worker's partitions move to a live one after the session timeout: 10 s
        # instead of faust's 60 s. Heartbeats keep flowing while a release is being enriched
        # because the extraction runs in a thread, off the event loop.
        broker_session_timeout=settings.pressflow_session_timeout_seconds,
        broker_heartbeat_interval=settings.pressflow_session_timeout_seconds / 3,
        broker_rebalance_timeout=settings.pressflow_session_timeout_seconds * 2,
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
    )
    topics = settings.topics
    raw = app.topic(topics.raw, key_type=bytes, value_type=bytes, value_serializer="raw")
    enriched = app.topic(topics.enriched, key_type=bytes, value_type=bytes, value_serializer="raw")
    dead_letter = app.topic(topics.dead_letter, value_type=bytes, value_serializer="raw")
    # One thread: spaCy pipelines are not shared across threads, and the process is the unit of scale.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="enrich")

    async def handle(payload: bytes) -> tuple[str, bytes]:
        release = RawRelease.model_validate_json(payload)
        loop = asyncio.get_running_loop()
        event = await loop.run_in_executor(executor, enrich, release, ner, datetime.now(UTC))
        return release.release_id, event.model_dump_json().encode("utf-8")

    @app.agent(raw, name="enrich-releases")
    async def enrich_releases(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            message = event.message
            try:
                release_id, value = await handle(event.value)
                # Wait for Kafka's ack, so the source offset is committed only after the output is safe.
                await (await enriched.send(key=release_id.encode(), value=value))
                log.info("enriched %s", release_id)
            except Exception as exc:  # faust acks a message whose agent raised: never let it raise
                log.exception(
                    "could not enrich message at %s[%s]@%s", message.topic, message.partition, message.offset
                )
                letter = DeadLetter.of_message(
                    "enrich", exc, message.topic, message.partition, message.offset, bytes(event.value)
                )
                await (await dead_letter.send(value=letter.model_dump_json().encode("utf-8")))

    return app

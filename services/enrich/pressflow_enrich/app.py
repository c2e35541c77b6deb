"""The faust wiring of enrich: releases.raw in, releases.enriched out, failures to the dead letters."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import faust
from aiokafka.errors import KafkaError

from pressflow_enrich import metrics
from pressflow_enrich.ner import Ner
from pressflow_enrich.pipeline import enrich
from pressflow_enrich.settings import EnrichSettings
from pressflow_schemas import DeadLetter, RawRelease

log = logging.getLogger("pressflow.enrich")


def create_app(settings: EnrichSettings, ner: Ner) -> faust.App:
    """A faust app with one agent; nothing connects until its worker starts."""
    app = faust.App(
        settings.enrich_group,
        broker=[f"kafka://{server}" for server in settings.kafka_bootstrap_servers.split(",")],
        store="memory://",
        # faust keeps a folder per app even with the memory store; keep it with pressflow's data
        datadir=str(settings.data_dir / "faust"),
        web_enabled=True,
        web_bind=settings.enrich_host,
        web_port=settings.enrich_port,
        topic_partitions=settings.partitions,
        # A crashed worker's partitions move to a live one after the session timeout: 10 s
        # instead of faust's 60 s. Heartbeats keep flowing while a release is being enriched
        # because the extraction runs in a thread, off the event loop.
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=settings.session_timeout_seconds / 3,
        broker_rebalance_timeout=settings.session_timeout_seconds * 2,
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
        with metrics.SECONDS.time():
            event = await loop.run_in_executor(executor, enrich, release, ner, datetime.now(UTC))
        metrics.observe_found(event)
        return release.release_id, event.model_dump_json().encode("utf-8")

    async def deliver(topic: faust.TopicT, key: bytes | None, value: bytes) -> None:
        """Send and wait for Kafka's ack, retrying while Kafka is unreachable: the source offset
        must not be committed before the output is safe, and faust acks a message whose agent
        raised, so giving up here would lose the release."""
        delay = 1.0
        while True:
            try:
                await (await topic.send(key=key, value=value))
                return
            except KafkaError as exc:
                log.warning(
                    "could not publish to %s (%s); retrying in %.0f s", topic.get_topic_name(), exc, delay
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    @app.agent(raw, name="enrich-releases")
    async def enrich_releases(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            message = event.message
            payload = event.value or b""
            try:
                release_id, value = await handle(payload)
            except Exception as exc:  # a release we cannot enrich goes to the dead letters, with why
                log.exception(
                    "could not enrich message at %s[%s]@%s", message.topic, message.partition, message.offset
                )
                letter = DeadLetter.of_message(
                    "enrich", exc, message.topic, message.partition, message.offset, payload
                )
                await deliver(dead_letter, None, letter.model_dump_json().encode("utf-8"))
                metrics.observe_dead_lettered(None, exc)
                continue
            await deliver(enriched, release_id.encode(), value)
            metrics.observe_enriched(release_id)

    return app

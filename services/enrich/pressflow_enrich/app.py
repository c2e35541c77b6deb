"""The faust wiring of enrich: releases.raw in, releases.enriched out, failures to the dead letters."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import UTC, datetime

import faust
from aiokafka.errors import KafkaError

from pressflow_enrich import metrics
from pressflow_enrich.ner import BatchNer
from pressflow_enrich.pipeline import enrich_many
from pressflow_enrich.settings import EnrichSettings
from pressflow_schemas import DeadLetter, EnrichedRelease, RawRelease
from pressflow_schemas.fingerprints import signature_headers

log = logging.getLogger("pressflow.enrich")

# Releases per batch, and how long a batch waits to fill: one NER pass and one round of Kafka
# acks over a few releases cost less per release than one each. The wait is short because a
# release that comes alone pays it (5 ms: half of the 20 ms it was, on average, at half load),
# while in a burst the releases that came during a batch fill the next one at once.
BATCH_RELEASES = 16
BATCH_WITHIN_SECONDS = 0.005


def create_app(settings: EnrichSettings, ner: BatchNer, executor: Executor) -> faust.App:
    """A faust app with one agent; nothing connects until its worker starts. The extraction runs
    on `executor`, one release batch after another: give it one thread, since spaCy pipelines
    are not shared across threads (the process is the unit of scale), and anything it runs
    first (loading the models) is done before the first batch."""
    app = _faust_app(settings)
    topics = settings.topics
    raw = app.topic(topics.raw, key_type=bytes, value_type=bytes, value_serializer="raw")
    batches = _Batches(
        enriched=app.topic(topics.enriched, key_type=bytes, value_type=bytes, value_serializer="raw"),
        dead_letter=app.topic(topics.dead_letter, value_type=bytes, value_serializer="raw"),
        ner=ner,
        executor=executor,
    )

    @app.agent(raw, name="enrich-releases")
    async def enrich_releases(stream: faust.StreamT[bytes]) -> None:
        # take_events acks a batch's messages when the next batch is asked for, after every
        # output of this one was acknowledged by Kafka, so offsets never run ahead of outputs.
        async for events in stream.take_events(BATCH_RELEASES, within=BATCH_WITHIN_SECONDS):  # type: ignore[attr-defined]
            batch = asyncio.ensure_future(batches.run(list(events)))
            try:
                await asyncio.shield(batch)
            except asyncio.CancelledError:
                # Stopping: finish the batch first, or its messages would be acked (and their
                # offsets committed) as the stream closes, without their outputs.
                await batch
                raise

    return app


def _faust_app(settings: EnrichSettings) -> faust.App:
    return faust.App(
        settings.enrich_group,
        broker=[f"kafka://{server}" for server in settings.kafka_bootstrap_servers.split(",")],
        store="memory://",
        # faust keeps a folder per app even with the memory store; keep it with pressflow's data
        datadir=str(settings.data_dir / "faust"),
        web_enabled=True,  # /healthz, /readyz and /metrics (metrics.serve)
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


Headers = list[tuple[str, bytes]]
Output = tuple[faust.TopicT, bytes | None, bytes, Headers]


@dataclass(frozen=True)
class _Batches:
    """What the agent does with each batch: enrich it off the event loop, publish one output
    per message in their order, and wait for every ack before the next batch is asked for."""

    enriched: faust.TopicT
    dead_letter: faust.TopicT
    ner: BatchNer
    executor: Executor

    async def run(self, events: list[faust.EventT]) -> None:
        releases: dict[int, RawRelease] = {}
        outcomes: dict[int, EnrichedRelease | Exception] = {}
        for i, event in enumerate(events):
            try:
                releases[i] = RawRelease.model_validate_json(event.value or b"")
            except Exception as exc:  # dead-lettered below, with why
                outcomes[i] = exc
        started = time.perf_counter()
        loop = asyncio.get_running_loop()
        done = await loop.run_in_executor(self.executor, _enrich_each, releases, self.ner)
        outcomes.update(zip(releases, done, strict=True))
        headers = await loop.run_in_executor(self.executor, _signed, outcomes)
        await _deliver_all(
            [(*self._output(event, outcomes[i]), headers.get(i, [])) for i, event in enumerate(events)]
        )
        took = time.perf_counter() - started
        _observe(outcomes, releases, took / max(1, len(events)))
        enriched_count = sum(isinstance(o, EnrichedRelease) for o in outcomes.values())
        log.info("enriched %d of %d releases in %.2f s", enriched_count, len(events), took)

    def _output(
        self, event: faust.EventT, outcome: EnrichedRelease | Exception
    ) -> tuple[faust.TopicT, bytes | None, bytes]:
        """The enriched event, or the dead letter saying why the message could not be enriched."""
        if isinstance(outcome, EnrichedRelease):
            return (self.enriched, outcome.release_id.encode(), outcome.model_dump_json().encode())
        message = event.message
        log.error(
            "could not enrich message at %s[%s]@%s",
            message.topic,
            message.partition,
            message.offset,
            exc_info=outcome,
        )
        letter = DeadLetter.of_message(
            "enrich", outcome, message.topic, message.partition, message.offset, event.value or b""
        )
        return (self.dead_letter, None, letter.model_dump_json().encode("utf-8"))


def _signed(outcomes: dict[int, EnrichedRelease | Exception]) -> dict[int, Headers]:
    """The header of each enriched release carrying its MinHash signature, computed here once
    for the whole batch so that the store need not (pressflow_schemas.fingerprints). Should it
    fail, the releases go without it and the store computes their signatures itself."""
    enriched = {i: o for i, o in outcomes.items() if isinstance(o, EnrichedRelease)}
    try:
        headers = signature_headers([o.text for o in enriched.values()]) if enriched else []
    except Exception:
        log.exception("could not fingerprint a batch of %d releases; sent without", len(enriched))
        return {}
    return {i: [header] for i, header in zip(enriched, headers, strict=True)}


def _enrich_each(releases: dict[int, RawRelease], ner: BatchNer) -> list[EnrichedRelease | Exception]:
    """The outcome of each release: together when the batch goes through, else one by one."""
    batch, now = list(releases.values()), datetime.now(UTC)
    try:
        return enrich_many(batch, ner, now)
    except Exception:  # a batch that fails as a whole must not fail every release
        log.exception("a batch of %d releases failed; enriching them one by one", len(batch))
        outcomes: list[EnrichedRelease | Exception] = []
        for release in batch:
            try:
                outcomes += enrich_many([release], ner, now)
            except Exception as exc:
                outcomes.append(exc)
        return outcomes


async def _deliver(topic: faust.TopicT, key: bytes | None, value: bytes, headers: Headers) -> None:
    """Send and wait for Kafka's ack, retrying while Kafka is unreachable: the source offset
    must not be committed before the output is safe, and faust acks a message whose agent
    raised, so giving up here would lose the release."""
    delay = 1.0
    while True:
        try:
            await (await topic.send(key=key, value=value, headers=headers))
            return
        except KafkaError as exc:
            log.warning(
                "could not publish to %s (%s); retrying in %.0f s", topic.get_topic_name(), exc, delay
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)


async def _deliver_all(outputs: list[Output]) -> None:
    """Send a batch's outputs in order and wait for every ack. Kafka keeps them in order per
    partition; if one send fails, it and every later output are sent again one by one, so the
    last copy of each still stands in the batch's order (a repeat is harmless downstream)."""
    pending = []
    try:
        for topic, key, value, headers in outputs:
            pending.append(await topic.send(key=key, value=value, headers=headers))
    except KafkaError as exc:
        log.warning("could not queue a batch's outputs (%s)", exc)
    done = 0
    try:
        for future in pending:
            await future
            done += 1
    except KafkaError as exc:
        log.warning("could not publish a batch (%s); sending the rest one by one", exc)
    for topic, key, value, headers in outputs[done:]:
        await _deliver(topic, key, value, headers)


def _observe(
    outcomes: dict[int, EnrichedRelease | Exception], releases: dict[int, RawRelease], each: float
) -> None:
    """Metrics and the log line of each release, once Kafka has its output; a batch's time
    is shared among its releases."""
    for i, outcome in outcomes.items():
        metrics.SECONDS.observe(each)
        if isinstance(outcome, EnrichedRelease):
            metrics.observe_found(outcome)
            metrics.observe_enriched(outcome.release_id)
        else:
            metrics.observe_dead_lettered(releases[i].release_id if i in releases else None, outcome)

"""The store's Kafka consumer: batches from releases.enriched, committed only after the database."""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import IllegalStateError, KafkaError
from pydantic import ValidationError
from sqlalchemy import Engine

from pressflow_runtime.publishing import Publisher
from pressflow_schemas import DeadLetter, EnrichedRelease, Topics
from pressflow_schemas.fingerprints import FINGERPRINT_HEADER, header_signature
from pressflow_store.db.engine import Upkeep
from pressflow_store.db.outages import is_database_away
from pressflow_store.linking.outbox import publish_pending
from pressflow_store.write import metrics
from pressflow_store.write.repository import save_releases, stored_ranks

log = logging.getLogger("pressflow.store")


def parse_batch(
    records: list[ConsumerRecord],
) -> tuple[list[tuple[ConsumerRecord, EnrichedRelease]], list[DeadLetter]]:
    """Valid events with their records, and a dead letter for each record that is not one."""
    events, letters = [], []
    for record in records:
        try:
            events.append((record, EnrichedRelease.model_validate_json(record.value or b"")))
        except ValidationError as exc:
            letters.append(
                DeadLetter.of_message(
                    "store", exc, record.topic, record.partition, record.offset, record.value
                )
            )
    return events, letters


def sent_signature(record: ConsumerRecord) -> bytes | None:
    """The MinHash signature enrich sent with a record (pressflow_schemas.fingerprints), or
    None when it sent none the store can use: linking then computes it."""
    values = [value for key, value in record.headers or () if key == FINGERPRINT_HEADER]
    return header_signature(values[-1]) if values else None


class StoreConsumer:
    """Plain aiokafka rather than faust: the store needs manual commits after its own
    database transaction, which a consumer loop states in three lines."""

    def __init__(
        self,
        bootstrap_servers: str,
        topics: Topics,
        group_id: str,
        engine: Engine,
        publisher: Publisher,
        batch_size: int = 500,
        session_timeout_seconds: float = 6.0,
    ) -> None:
        self._topics = topics
        self._engine = engine
        self._publisher = publisher
        self._batch_size = batch_size
        self._options = {
            "bootstrap_servers": bootstrap_servers,
            "group_id": group_id,
            "client_id": "pressflow-store",
            "enable_auto_commit": False,
            "auto_offset_reset": "earliest",
            "session_timeout_ms": int(session_timeout_seconds * 1000),
            "heartbeat_interval_ms": int(session_timeout_seconds * 1000 / 3),
            "max_partition_fetch_bytes": 8 * 1024 * 1024,
        }
        self._consumer: AIOKafkaConsumer | None = None
        self._upkeep = Upkeep(engine)
        # Held while a batch is in hand; finish() takes it for good, so a stop never cuts a batch.
        self._in_hand = asyncio.Lock()

    async def start(self) -> None:
        # Made here: aiokafka clients belong to the running event loop.
        self._consumer = AIOKafkaConsumer(self._topics.enriched, **self._options)
        await self._consumer.start()

    async def fetched(self) -> list[int]:
        """How far the consumer has read each of its partitions (for tests and diagnostics)."""
        if self._consumer is None:
            return []
        return [await self._consumer.position(tp) for tp in self._consumer.assignment()]

    async def finish(self) -> None:
        """Wait for the batch in hand to be written and committed, and take no other: run() then
        waits on the lock until it is cancelled, and stop() leaves the group."""
        await self._in_hand.acquire()

    def assigned(self) -> bool:
        """Whether the group gave this consumer partitions to read."""
        return self._consumer is not None and bool(self._consumer.assignment())

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()

    async def run(self) -> None:
        """Consume until cancelled; a failed batch is re-read from the last commit."""
        consumer = self._consumer
        if consumer is None:
            raise RuntimeError("the consumer is not started")
        await self._publish_links()  # what a previous run committed but did not publish
        while True:
            async with self._in_hand:
                batches = await consumer.getmany(timeout_ms=1000, max_records=self._batch_size)
                records = [r for part in batches.values() for r in part]
                if not records:
                    continue
                try:
                    with metrics.BATCH_SECONDS.time():
                        await self._handle(consumer, records)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    if is_database_away(exc):  # down, or its disk full: one line, held while it repeats
                        log.error(
                            "the database did not take a batch of %d (%s); nothing is committed, "
                            "re-reading it from the last commit",
                            len(records),
                            getattr(exc, "orig", exc),
                        )
                    else:
                        log.exception("batch of %d failed; re-reading it from the last commit", len(records))
                    await asyncio.sleep(2)
                    await self._rewind(consumer, list(batches))

    async def _rewind(self, consumer: AIOKafkaConsumer, partitions: list[TopicPartition]) -> None:
        """Back to the last commit; a partition lost in a rebalance meanwhile is simply skipped."""
        for partition in partitions:
            try:
                committed = await consumer.committed(partition)
                if committed is None:
                    await consumer.seek_to_beginning(partition)
                else:
                    consumer.seek(partition, committed)
            except (KafkaError, IllegalStateError, AssertionError) as exc:
                log.warning("could not rewind %s: %s", partition, exc)

    async def _handle(self, consumer: AIOKafkaConsumer, records: list[ConsumerRecord]) -> None:
        events, letters = parse_batch(records)
        try:
            written = await asyncio.to_thread(self._save, events) if events else 0
        except Exception as exc:
            if is_database_away(exc):
                raise
            # One event the database refuses must not stop the partition: keep the others,
            # one transaction each, and dead-letter the ones it refuses.
            log.warning("the database refused a batch (%s); storing it event by event", type(exc).__name__)
            written, refused = await self._save_each(events)
            letters += refused
        for letter in letters:
            await self._publisher.publish(self._topics.dead_letter, None, letter)
            metrics.observe_dead_lettered(letter.release_id, letter.error_type)
            log.warning(
                "dead-lettered %s[%s]@%s: %s",
                letter.source_topic,
                letter.partition,
                letter.offset,
                letter.error_type,
            )
        await self._publish_links()
        await consumer.commit()
        log.info("stored %d new of %d events", written, len(events))

    async def _publish_links(self) -> None:
        """releases.linked events of the transactions committed, before the offsets are."""
        sent = await publish_pending(self._engine, self._publisher, self._topics.linked)
        if sent:
            log.info("published %d links", sent)

    async def _save_each(
        self, events: list[tuple[ConsumerRecord, EnrichedRelease]]
    ) -> tuple[int, list[DeadLetter]]:
        written, refused = 0, []
        for record, event in events:
            try:
                written += await asyncio.to_thread(self._save, [(record, event)])
            except Exception as exc:
                if is_database_away(exc):
                    raise
                refused.append(
                    DeadLetter.of_message(
                        "store", exc, record.topic, record.partition, record.offset, record.value
                    )
                )
        return written, refused

    def _save(self, records: list[tuple[ConsumerRecord, EnrichedRelease]]) -> int:
        events = [event for _, event in records]
        with self._engine.begin() as conn:
            ranks = stored_ranks(conn, [event.release_id for event in events])
            written = save_releases(conn, events, [sent_signature(record) for record, _ in records])
        metrics.observe_written(events, metrics.outcomes(events, ranks))
        self._upkeep.written(written)
        return written

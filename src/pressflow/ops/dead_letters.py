"""Dead letters of every stage, listed or replayed from outside the services.

ingest letters are re-submitted to the ingest API (the input again), enrich letters go back on
releases.raw (the raw release again), store letters back on releases.enriched (the event again).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass
from typing import TextIO

import httpx
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from pydantic import BaseModel, ValidationError

from pressflow_runtime.problems import code_of
from pressflow_runtime.publishing import Publisher
from pressflow_schemas import DeadLetter, EnrichedRelease, RawRelease, Topics

STAGES = ("ingest", "enrich", "store")

# Joining the group takes a poll or two; a topic that never gets assigned is given up on.
_ASSIGNMENT_POLLS = 30


@dataclass
class ReplaySummary:
    replayed: int = 0
    skipped: int = 0
    failed: int = 0


class LetterReader:
    """Reads the dead-letter topic from its start, or `group`'s last commit, up to its current end."""

    def __init__(self, bootstrap: str, topics: Topics, group: str | None) -> None:
        self._topic = topics.dead_letter
        self._consumer = AIOKafkaConsumer(
            topics.dead_letter,
            bootstrap_servers=bootstrap,
            group_id=group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        self.said: list[str] = []

    async def records(self) -> AsyncIterator[ConsumerRecord]:
        """Each record up to the end as of the first assignment: later letters wait for the next run."""
        consumer = self._consumer
        await consumer.start()
        try:
            ends: dict[TopicPartition, int] | None = None
            for polls in itertools.count(1):
                batches = await consumer.getmany(timeout_ms=1000, max_records=100)
                if ends is None and consumer.assignment():
                    ends = await consumer.end_offsets(list(consumer.assignment()))
                if ends is None:
                    if polls >= _ASSIGNMENT_POLLS:
                        self.said.append(f"{self._topic}: no partition assigned; nothing read")
                        return
                    continue
                for tp, records in batches.items():
                    for record in records:
                        if record.offset < ends.get(tp, 0):
                            yield record
                if await self._reached(ends):
                    return
        finally:
            await consumer.stop()

    async def commit(self, record: ConsumerRecord) -> None:
        await self._consumer.commit({TopicPartition(record.topic, record.partition): record.offset + 1})

    async def _reached(self, ends: dict[TopicPartition, int]) -> bool:
        return all([await self._consumer.position(tp) >= end for tp, end in ends.items()])


def describe(record: ConsumerRecord) -> str:
    """One line for a letter: where it is, its stage, what failed, and on what."""
    where = f"{record.topic}[{record.partition}]@{record.offset}"
    try:
        letter = DeadLetter.model_validate_json(record.value or b"")
    except ValidationError:
        return f"{where}\t-\tnot a dead letter"
    subject = (
        letter.release_id
        or letter.filename
        or (f"{letter.source_topic}[{letter.partition}]@{letter.offset}" if letter.source_topic else "-")
    )
    error = " ".join(letter.error.split())[:200]
    return f"{where}\t{letter.stage}\t{letter.failed_at.isoformat()}\t{subject}\t{letter.error_type}: {error}"


async def list_letters(
    bootstrap: str, topics: Topics, stages: Collection[str] = STAGES, out: TextIO = sys.stdout
) -> int:
    """Print every letter of `stages`, changing nothing; returns how many."""
    reader, count = LetterReader(bootstrap, topics, group=None), 0
    async for record in reader.records():
        line = describe(record)
        if line.split("\t")[1] in (*stages, "-"):
            out.write(line + "\n")
            count += 1
    for line in reader.said:
        out.write(line + "\n")
    return count


class Replayer:
    """Replays the letters of `stages` with its own consumer group.

    Offsets are committed after each letter is handled (not in a dry run), so a second run
    continues where the first stopped. Each re-submission carries an Idempotency-Key made of
    the letter's position, so a run interrupted and repeated never publishes a release twice;
    republished events are deduplicated downstream (the store keeps one row per release).
    """

    def __init__(
        self,
        bootstrap: str,
        topics: Topics,
        group: str,
        ingest: httpx.AsyncClient,
        publisher: Publisher,
        dry_run: bool = False,
        out: TextIO = sys.stdout,
        stages: Collection[str] = STAGES,
    ) -> None:
        self._reader = LetterReader(bootstrap, topics, group)
        self._topics, self._ingest, self._publisher = topics, ingest, publisher
        self._dry_run, self._out, self._stages = dry_run, out, stages
        self._summary = ReplaySummary()

    async def run(self) -> ReplaySummary:
        async for record in self._reader.records():
            await self._handle(record)
            if not self._dry_run:
                await self._reader.commit(record)
        for line in self._reader.said:
            self._say(line)
        return self._summary

    async def _handle(self, record: ConsumerRecord) -> None:
        where = f"{record.topic}[{record.partition}]@{record.offset}"
        try:
            letter = DeadLetter.model_validate_json(record.value or b"")
        except ValidationError:
            return self._skip(f"{where}: skipped: not a dead letter")
        if letter.stage not in self._stages:
            return self._skip(f"{where}: skipped: a {letter.stage} letter (--stage leaves it out)")
        if letter.stage == "ingest":
            await self._resubmit(where, letter, record)
        elif letter.stage == "enrich":
            await self._republish(where, letter, RawRelease, self._topics.raw)
        else:
            await self._republish(where, letter, EnrichedRelease, self._topics.enriched)

    async def _resubmit(self, where: str, letter: DeadLetter, record: ConsumerRecord) -> None:
        if not letter.payload:
            return self._skip(f"{where}: skipped: the letter carries no payload ({letter.error})")
        data = letter.payload_bytes()
        if self._dry_run:
            self._summary.replayed += 1
            return self._say(f"{where}: would re-submit {len(data)} bytes to ingest ({letter.error_type})")
        response = await self._ingest.post(
            "/releases",
            content=data,
            headers={
                "content-type": letter.content_type or "application/octet-stream",
                "Idempotency-Key": f"replay-{record.topic}-{record.partition}-{record.offset}",
                **({"X-Filename": letter.filename} if letter.filename else {}),
            },
        )
        body = response.json() if "json" in response.headers.get("content-type", "") else {}
        if response.status_code in (200, 202):
            self._summary.replayed += 1
            release = f"release {body.get('release_id')} ({body.get('status')})"
            return self._say(f"{where}: re-submitted to ingest: {release}")
        self._summary.failed += 1
        self._say(
            f"{where}: re-submitted to ingest: refused again, {response.status_code} "
            f"{code_of(body)}: {body.get('detail', response.text[:200])}"
        )

    async def _republish(
        self, where: str, letter: DeadLetter, model: type[RawRelease | EnrichedRelease], topic: str
    ) -> None:
        try:
            event: BaseModel = model.model_validate_json(letter.payload_bytes())
        except (ValidationError, ValueError):
            return self._skip(
                f"{where}: skipped: the {letter.stage} letter's payload is not a {model.__name__}"
            )
        release_id = getattr(event, "release_id", None)
        if not self._dry_run:
            await self._publisher.publish(topic, release_id, event)
        self._summary.replayed += 1
        verb = "would republish" if self._dry_run else "republished"
        self._say(f"{where}: {verb} release {release_id} on {topic}")

    def _skip(self, line: str) -> None:
        self._summary.skipped += 1
        self._say(line)

    def _say(self, line: str) -> None:
        self._out.write(line + "\n")
        self._out.flush()

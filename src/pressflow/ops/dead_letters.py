"""Replaying dead letters: ingest ones re-submitted to the ingest API, enrich ones back on releases.raw."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TextIO

import httpx
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from pydantic import ValidationError

from pressflow_runtime.problems import code_of
from pressflow_runtime.publishing import Publisher
from pressflow_schemas import DeadLetter, RawRelease, Topics

# Joining the group takes a poll or two; a topic that never gets assigned is given up on.
_ASSIGNMENT_POLLS = 30


@dataclass
class ReplaySummary:
    replayed: int = 0
    skipped: int = 0
    failed: int = 0


class Replayer:
    """Reads the dead-letter topic up to its current end with its own consumer group.

    Offsets are committed after each letter is handled (not in a dry run), so a second run
    continues where the first stopped. Each re-submission carries an Idempotency-Key made of
    the letter's position, so a run interrupted and repeated never publishes a release twice.
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
    ) -> None:
        self._bootstrap, self._topics, self._group = bootstrap, topics, group
        self._ingest, self._publisher = ingest, publisher
        self._dry_run, self._out = dry_run, out

    async def run(self) -> ReplaySummary:
        summary = ReplaySummary()
        consumer = AIOKafkaConsumer(
            self._topics.dead_letter,
            bootstrap_servers=self._bootstrap,
            group_id=self._group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            ends: dict[TopicPartition, int] | None = None
            unassigned_polls = 0
            while True:
                batches = await consumer.getmany(timeout_ms=1000, max_records=100)
                if ends is None and consumer.assignment():
                    # the end as of now: letters that arrive while replaying wait for the next run
                    ends = await consumer.end_offsets(list(consumer.assignment()))
                elif ends is None:
                    unassigned_polls += 1
                    if unassigned_polls >= _ASSIGNMENT_POLLS:
                        self._say(f"{self._topics.dead_letter}: no partition assigned; nothing replayed")
                        break
                    continue
                for tp, records in batches.items():
                    for record in records:
                        if record.offset < ends.get(tp, 0):
                            await self._handle(record, summary)
                            if not self._dry_run:
                                await consumer.commit({tp: record.offset + 1})
                if all([await consumer.position(tp) >= end for tp, end in ends.items()]):
                    break
        finally:
            await consumer.stop()
        return summary

    async def _handle(self, record: ConsumerRecord, summary: ReplaySummary) -> None:
        where = f"{record.topic}[{record.partition}]@{record.offset}"
        try:
            letter = DeadLetter.model_validate_json(record.value)
        except ValidationError:
            summary.skipped += 1
            self._say(f"{where}: skipped: not a dead letter")
            return
        if letter.stage == "ingest":
            await self._resubmit(where, letter, record, summary)
        elif letter.stage == "enrich":
            await self._republish(where, letter, summary)
        else:
            summary.skipped += 1
            self._say(f"{where}: skipped: {letter.stage}-stage letters are not replayed by this command")

    async def _resubmit(
        self, where: str, letter: DeadLetter, record: ConsumerRecord, summary: ReplaySummary
    ) -> None:
        if not letter.payload:
            summary.skipped += 1
            self._say(f"{where}: skipped: the letter carries no payload ({letter.error})")
            return
        data = letter.payload_bytes()
        if self._dry_run:
            summary.replayed += 1
            self._say(f"{where}: would re-submit {len(data)} bytes to ingest ({letter.error_type})")
            return
        response = await self._ingest.post(
            "/releases",
            content=data,
            headers={
                "content-type": letter.content_type or "application/octet-stream",
                "Idempotency-Key": f"replay-{record.topic}-{record.partition}-{record.offset}",
                **({"X-Filename": letter.filename} if letter.filename else {}),
            },
        )
        body = (
            response.json() if "json" in response.headers.get("content-type", "") else {}
        )
        if response.status_code in (200, 202):
            summary.replayed += 1
            self._say(
                f"{where}: re-submitted to ingest: release {body.get('release_id')} ({body.get('status')})",
            )
        else:
            summary.failed += 1
            self._say(
                f"{where}: re-submitted to ingest: refused again, {response.status_code} "
                f"{code_of(body)}: {body.get('detail', response.text[:200])}",
            )

    async def _republish(self, where: str, letter: DeadLetter, summary: ReplaySummary) -> None:
        try:
            release = RawRelease.model_validate_json(letter.payload_bytes())
        except (ValidationError, ValueError):
            summary.skipped += 1
            self._say(f"{where}: skipped: the enrich letter's payload is not a raw release")
            return
        if not self._dry_run:
            await self._publisher.publish(self._topics.raw, release.release_id, release)
        summary.replayed += 1
        verb = "would republish" if self._dry_run else "republished"
        self._say(f"{where}: {verb} release {release.release_id} on {self._topics.raw}")

    def _say(self, line: str) -> None:
        self._out.write(line + "\n")
        self._out.flush()

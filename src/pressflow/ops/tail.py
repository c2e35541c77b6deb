"""`pressflow tail`: follow a topic and print each event, validated by its model from `schemas/`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from aiokafka import AIOKafkaConsumer, ConsumerRecord
from pydantic import BaseModel, ValidationError

from pressflow_schemas import ArchiveLink, DeadLetter, EnrichedRelease, RawRelease, Topics


def _raw(event: RawRelease) -> str:
    return (
        f"{event.release_id}  {event.received_at:%Y-%m-%d %H:%M}  {event.source.kind}  {event.title or '-'}"
    )


def _enriched(event: EnrichedRelease) -> str:
    found = f"{len(event.entities)} entities, {len(event.dates)} dates, {len(event.amounts)} amounts"
    return (
        f"{event.release_id}  {event.language}  {event.published_on or '-'}  {event.title or '-'}  ({found})"
    )


def _letter(event: DeadLetter) -> str:
    where = (
        event.release_id or f"{event.source_topic or event.filename or '-'}[{event.partition}]@{event.offset}"
    )
    return f"{event.stage}  {event.error_type}  {where}: {event.error[:120]}"


def _link(event: ArchiveLink) -> str:
    if event.release_link:
        link = event.release_link
        what = f"{link.release_id} {link.kind} {link.target_id} ({link.similarity:.2f})"
    elif event.entity_merge:
        merge = event.entity_merge
        what = f"{merge.type} {merge.name!r} -> entity {merge.entity_id}"
    else:
        what = "-"
    return f"{event.decided_at:%Y-%m-%d %H:%M}  {event.action}  {what}"


# What `pressflow tail` follows: the topic, the model of its events, a one-line summary.
FEEDS: dict[str, tuple[Callable[[Topics], str], type[BaseModel], Callable[..., str]]] = {
    "raw": (lambda t: t.raw, RawRelease, _raw),
    "enriched": (lambda t: t.enriched, EnrichedRelease, _enriched),
    "dead-letter": (lambda t: t.dead_letter, DeadLetter, _letter),
    "linked": (lambda t: t.linked, ArchiveLink, _link),
}


def line_of(feed: str, record: ConsumerRecord, as_json: bool) -> str:
    """The line printed for one record; raises ValidationError when it is not a valid event."""
    _, model, summary = FEEDS[feed]
    event = model.model_validate_json(record.value or b"")
    return event.model_dump_json() if as_json else summary(event)


async def tail(
    bootstrap: str,
    topics: Topics,
    feed: str,
    from_beginning: bool = False,
    group: str | None = None,
    as_json: bool = False,
    limit: int | None = None,
    out: TextIO | None = None,
) -> int:
    """Print each event of `feed` until cancelled or `limit` events; returns how many were invalid.

    With a group, offsets are committed as events are printed, so the next run continues there.
    """
    topic = FEEDS[feed][0](topics)
    out = out or sys.stdout
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=group is not None,
        auto_offset_reset="earliest" if from_beginning else "latest",
    )
    await consumer.start()
    seen = invalid = 0
    try:
        async for record in consumer:
            try:
                out.write(line_of(feed, record, as_json) + "\n")
            except ValidationError as exc:
                invalid += 1
                print(
                    f"not a valid event at {topic}[{record.partition}]@{record.offset}: {exc}",
                    file=sys.stderr,
                )
            out.flush()
            seen += 1
            if limit is not None and seen >= limit:
                break
    finally:
        await consumer.stop()
    return invalid

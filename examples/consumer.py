"""A downstream consumer of pressflow: every enriched release, its amounts summed per currency.

Run it beside pressflow (`python examples/consumer.py`); it reads `releases.enriched` with
its own consumer group, validates each event with pressflow's pydantic model, does its own
work (here: one line per release on stdout), and commits the offset only after that work,
so a crash re-reads what was not finished rather than skipping it. Delivery is at least
once: an event may come twice, identical but for `processed_at`, so the work is keyed by
`release_id`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from collections import defaultdict

from aiokafka import AIOKafkaConsumer
from pydantic import ValidationError

from pressflow_schemas import EnrichedRelease, Topics


def summary(release: EnrichedRelease) -> dict[str, object]:
    """Our own work on one release: what it says, and how much money it mentions per currency."""
    totals: dict[str, float] = defaultdict(float)
    for amount in release.amounts:
        totals[amount.currency] += amount.value
    return {
        "release_id": release.release_id,
        "published_on": str(release.published_on) if release.published_on else None,
        "title": release.title,
        "organisations": [e.name for e in release.entities if e.type == "ORG"],
        "amounts": dict(totals),
    }


async def consume(bootstrap: str, topic: str, group: str, limit: int | None) -> None:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,  # commit after our work, not before
        auto_offset_reset="earliest",  # a new group starts with every release kept
    )
    await consumer.start()
    done: set[str] = set()
    try:
        async for record in consumer:
            try:
                release = EnrichedRelease.model_validate_json(record.value or b"")
            except ValidationError as exc:
                print(f"skipping an invalid event at {record.partition}@{record.offset}: {exc}", flush=True)
            else:
                if release.release_id not in done:  # a repeat of the same release is not new work
                    print(json.dumps(summary(release), ensure_ascii=False), flush=True)
                    done.add(release.release_id)
            await consumer.commit()
            if limit is not None and len(done) >= limit:
                break
    finally:
        await consumer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", default="example-consumer", help="this consumer's own group")
    parser.add_argument("--limit", type=int, help="stop after this many distinct releases")
    args = parser.parse_args()
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    topic = Topics(os.environ.get("PRESSFLOW_TOPIC_PREFIX", "")).enriched
    asyncio.run(consume(bootstrap, topic, args.group, args.limit))


if __name__ == "__main__":
    main()

"""The store's Prometheus metrics and its one log line per release: what each event became, and how late."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from prometheus_client import Counter, Histogram

from pressflow_schemas import EnrichedRelease
from pressflow_store.write.repository import enricher_rank

log = logging.getLogger("pressflow.store.releases")

RELEASES = Counter(
    "pressflow_store_releases_total", "Events the store handled, by what became of them", ["outcome"]
)
BATCH_SECONDS = Histogram(
    "pressflow_store_batch_seconds",
    "Time to handle one batch: validate, write in one transaction, dead-letter, commit",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
END_TO_END_SECONDS = Histogram(
    "pressflow_end_to_end_seconds",
    "From a release's received_at to the database commit that stored it",
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600),
)


def outcomes(events: Sequence[EnrichedRelease], stored_ranks: Mapping[str, int]) -> list[str]:
    """What writing `events` in one batch does to each, given the enricher rank already stored
    per release id: stored (new), replaced (a newer enricher), unchanged (the rest), as
    `save_releases` decides; of repeats within the batch only the first of the newest counts."""
    best: dict[str, int] = {}
    for i, event in enumerate(events):
        kept = best.get(event.release_id)
        if kept is None or enricher_rank(event) > enricher_rank(events[kept]):
            best[event.release_id] = i
    labels = []
    for i, event in enumerate(events):
        if best[event.release_id] != i:
            labels.append("unchanged")
        elif event.release_id not in stored_ranks:
            labels.append("stored")
        elif enricher_rank(event) > stored_ranks[event.release_id]:
            labels.append("replaced")
        else:
            labels.append("unchanged")
    return labels


def observe_written(events: Sequence[EnrichedRelease], labels: Sequence[str]) -> None:
    """Count and log a committed batch; time from arrival for what it wrote."""
    now = datetime.now(UTC)
    for event, label in zip(events, labels, strict=True):
        RELEASES.labels(outcome=label).inc()
        if label != "unchanged":
            END_TO_END_SECONDS.observe(max((now - event.received_at).total_seconds(), 0.0))
        log.info(
            "release %s %s", event.release_id, label, extra={"release_id": event.release_id, "outcome": label}
        )


def observe_dead_lettered(release_id: str | None, error: str) -> None:
    RELEASES.labels(outcome="dead_lettered").inc()
    log.info(
        "release %s dead_lettered",
        release_id or "-",
        extra={"release_id": release_id, "outcome": "dead_lettered", "reason": error},
    )

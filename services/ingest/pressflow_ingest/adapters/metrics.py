"""Ingest's Prometheus counters and its one log line per release, fed by every outcome of the intake."""

from __future__ import annotations

import logging

from prometheus_client import Counter

from pressflow_ingest.core.outcomes import Outcome
from pressflow_ingest.core.submission import Submission

log = logging.getLogger("pressflow.ingest.releases")

RELEASES = Counter(
    "pressflow_ingest_releases_total",
    "Submissions ingest decided on, by source and outcome",
    ["source", "outcome"],
)
BYTES = Counter("pressflow_ingest_bytes_total", "Bytes of the submissions ingest decided on", ["source"])


def outcome_label(outcome: Outcome) -> str | None:
    """accepted, duplicate or refused; None while undecided (Kafka away: the submission is retried)."""
    if outcome.receipt is not None:
        return "duplicate" if outcome.receipt.duplicate else "accepted"
    return None if outcome.kind == "unavailable" else "refused"


def observe(submission: Submission, outcome: Outcome) -> None:
    """Count a decided submission and log one line for it, with its release id and outcome."""
    label = outcome_label(outcome)
    if label is None:
        return
    RELEASES.labels(source=submission.kind, outcome=label).inc()
    BYTES.labels(source=submission.kind).inc(len(submission.data))
    release_id = outcome.receipt.release_id if outcome.receipt is not None else None
    log.info(
        "release %s %s",
        release_id or "-",
        label,
        extra={
            "release_id": release_id,
            "outcome": label,
            "source": submission.kind,
            "reason": outcome.reason if label == "refused" else None,
        },
    )

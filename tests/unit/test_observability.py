"""What an operator reads: counters per outcome, one log line per release (text or JSON), readiness."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime

from fakes import FakePublisher
from prometheus_client import REGISTRY
from store_releases import release

from pressflow_ingest.adapters.isolation import Extractor
from pressflow_ingest.adapters.ledger import Ledger
from pressflow_ingest.adapters.metrics import observe
from pressflow_ingest.core.submission import Submission
from pressflow_ingest.intake import Intake
from pressflow_runtime.lifecycle import JsonLines
from pressflow_runtime.readiness import Readiness
from pressflow_schemas import EnrichedRelease, Topics
from pressflow_store.write.metrics import outcomes

TEXT = "Brest, le 4 juillet 2025\n\nLa Ville de Brest accorde 50 000 € au Festival des marins."


def ingest_count(outcome: str) -> float:
    labels = {"source": "http", "outcome": outcome}
    return REGISTRY.get_sample_value("pressflow_ingest_releases_total", labels) or 0.0


def submission(data: bytes) -> Submission:
    return Submission(data=data, kind="http", received_at=datetime(2025, 7, 4, tzinfo=UTC), filename="cp.txt")


async def test_ingest_counts_each_outcome_and_logs_one_line_per_release_in_json(caplog):
    intake = Intake(FakePublisher(), Topics(), Ledger(), Extractor(), observe=observe)
    before = {o: ingest_count(o) for o in ("accepted", "duplicate", "refused")}
    with caplog.at_level(logging.INFO, logger="pressflow.ingest.releases"):
        accepted = await intake.accept(submission(TEXT.encode()))
        await intake.accept(submission(TEXT.encode()))
        await intake.accept(submission(b""))
    after = {o: ingest_count(o) for o in before}
    assert {o: after[o] - before[o] for o in before} == {"accepted": 1, "duplicate": 1, "refused": 1}
    lines = [
        json.loads(JsonLines().format(r)) for r in caplog.records if r.name == "pressflow.ingest.releases"
    ]
    assert accepted.receipt is not None
    assert [(line.get("release_id"), line["outcome"]) for line in lines] == [
        (accepted.receipt.release_id, "accepted"),
        (accepted.receipt.release_id, "duplicate"),
        (None, "refused"),
    ]
    assert lines[0]["source"] == "http" and lines[0]["level"] == "INFO" and "reason" in lines[2]


def enriched(release_id: str, version: str) -> EnrichedRelease:
    return release(release_id, "Titre", "Texte du communiqué.", version=version)


def test_the_store_tells_stored_replaced_and_unchanged_apart_as_it_writes():
    batch = [
        enriched("new", "1.0.0"),
        enriched("old", "1.1.0"),
        enriched("same", "1.0.0"),
        enriched("new", "1.0.0"),
    ]
    stored = {"old": 1_000_000, "same": 1_000_000}
    assert outcomes(batch, stored) == ["stored", "replaced", "unchanged", "unchanged"]


async def test_readiness_names_what_is_missing_and_a_hanging_check_is_not_ready():
    async def hangs() -> bool:
        await asyncio.sleep(60)
        return True

    readiness = Readiness({"database": lambda: True, "kafka": hangs, "models": lambda: False}, timeout=0.1)
    status, body = await readiness.report()
    assert status == 503 and body["missing"] == ["kafka", "models"]
    assert await Readiness({"database": lambda: True}).report() == (
        200,
        {"status": "ready", "checks": ["database"]},
    )

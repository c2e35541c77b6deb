"""The labelled set of copies, revisions and look-alikes the linking thresholds are chosen on."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select
from store_releases import release

from pressflow_schemas import EnrichedRelease
from pressflow_store.db.tables import release_links, releases
from pressflow_store.write.repository import save_releases

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "fixtures" / "links" / "labels.json"


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    of: str | None  # the original it copies or revises
    kind: str | None  # duplicate_of, revision_of, or None: it must link to nothing


def cases() -> list[Case]:
    """Every labelled release, in the order the store receives them."""
    doc = json.loads(LABELS.read_text(encoding="utf-8"))["releases"]
    return [
        Case(name, (ROOT / item["path"]).read_text(encoding="utf-8"), item["of"], item["kind"])
        for name, item in doc.items()
    ]


def as_events(labelled: list[Case]) -> list[EnrichedRelease]:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        release(f"{i:020x}", c.name, c.text, received=start + timedelta(hours=i))
        for i, c in enumerate(labelled)
    ]


def stored_links(engine: Engine, events: list[EnrichedRelease], labelled: list[Case]) -> dict[str, tuple]:
    """Each linked case: (kind, name of the case it links to)."""
    names = {ev.release_id: c.name for ev, c in zip(events, labelled, strict=True)}
    target = releases.alias("target")
    source = releases.alias("source")
    query = (
        select(source.c.release_id, release_links.c.kind, target.c.release_id)
        .join(source, source.c.id == release_links.c.release_pk)
        .join(target, target.c.id == release_links.c.target_pk)
    )
    with engine.connect() as conn:
        return {names[rid]: (kind, names[tid]) for rid, kind, tid in conn.execute(query)}


def family(case: Case) -> str:
    return case.of or case.name


def score(labelled: list[Case], links: dict[str, tuple]) -> dict[str, float]:
    """Precision and recall of copies and of revisions; links between unrelated releases."""
    by_name = {c.name: c for c in labelled}
    result: dict[str, float] = {}
    for kind, label in (("duplicate_of", "copies"), ("revision_of", "revisions")):
        expected = {c.name for c in labelled if c.kind == kind}
        found = {name for name, (k, _) in links.items() if k == kind}
        right = {
            name for name in found & expected if family(by_name[links[name][1]]) == family(by_name[name])
        }
        result[f"{label}_precision"] = len(right) / len(found) if found else 1.0
        result[f"{label}_recall"] = len(right) / len(expected) if expected else 1.0
    result["unrelated_links"] = sum(
        1 for name, (_, other) in links.items() if family(by_name[name]) != family(by_name[other])
    )
    return result


def run(engine: Engine) -> tuple[dict[str, float], dict[str, tuple]]:
    """Store the labelled set in order, one release per batch as a live stream would, and score it."""
    labelled = cases()
    events = as_events(labelled)
    for event in events:
        with engine.begin() as conn:
            save_releases(conn, [event])
    links = stored_links(engine, events, labelled)
    return score(labelled, links), links

"""The idempotent upsert of enriched releases over SQLAlchemy Core, with their entities and links."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import (
    Connection,
    Insert,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from pressflow_schemas import EnrichedRelease
from pressflow_schemas.date_values import date_bounds
from pressflow_schemas.keys import entity_key
from pressflow_store.db import search
from pressflow_store.db.tables import (
    CHILD_TABLES,
    entities,
    entity_aliases,
    release_amounts,
    release_dates,
    release_entities,
    releases,
)
from pressflow_store.linking.archive import link_written

EntityKey = tuple[str, str]  # (type, folded canonical name)
Usage = defaultdict[int, Counter[str]]  # entity id -> change in its releases and mentions


def version_rank(version: str) -> int:
    """Orders enricher versions: 1.2.3 -> 1_002_003; a newer enricher replaces older rows."""
    parts = [int("".join(ch for ch in p if ch.isdigit()) or 0) for p in version.split(".")[:3]]
    parts += [0] * (3 - len(parts))
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def enricher_rank(event: EnrichedRelease) -> int:
    return version_rank(event.enricher_version)


def release_row(event: EnrichedRelease) -> dict[str, Any]:
    """The `releases` row of an event (without its integer id)."""
    dated_on = event.published_on or event.received_at.astimezone(UTC).date()
    return {
        "release_id": event.release_id,
        "title": event.title,
        "language": event.language,
        "published_on": event.published_on,
        "dated_on": dated_on,
        "dated_month": dated_on.isoformat()[:7],
        # UTC, so that SQLite (which drops the offset) and PostgreSQL sort alike
        "received_at": event.received_at.astimezone(UTC),
        "processed_at": event.processed_at,
        "enricher_version": event.enricher_version,
        "enricher_rank": version_rank(event.enricher_version),
        "source_kind": event.source.kind,
        "source_filename": event.source.filename,
        "event": event.model_dump_json(),
    }


def entity_names(event: EnrichedRelease) -> dict[EntityKey, str]:
    """The entities of an event by identity, with the canonical name each was given."""
    return {(e.type, entity_key(e.name)): e.name for e in event.entities}


def alias_rows(event: EnrichedRelease, entity_ids: dict[EntityKey, int]) -> list[dict[str, Any]]:
    rows = {}
    for e in event.entities:
        key = entity_key(e.name)
        for alias in e.aliases:
            alias_key = entity_key(alias)
            if alias_key and alias_key != key:
                rows[(entity_ids[(e.type, key)], alias_key)] = alias
    return [{"entity_id": eid, "key": k, "alias": a} for (eid, k), a in rows.items()]


def child_rows(event: EnrichedRelease, pk: int, entity_ids: dict[EntityKey, int]) -> dict[Table, list[dict]]:
    """Rows of the tables that hang off release `pk`: its entities, amounts and dates."""
    mentions: dict[int, int] = {}
    for e in event.entities:
        eid = entity_ids[(e.type, entity_key(e.name))]
        # an enricher may list one entity twice; the release mentions it once, as often as both say
        mentions[eid] = mentions.get(eid, 0) + len(e.mentions)
    dates = []
    for i, d in enumerate(event.dates):
        first, last = date_bounds(d.value)
        dates.append(
            {"release_pk": pk, "position": i, "value": d.value, "first_day": first, "last_day": last}
        )
    return {
        release_entities: [{"release_pk": pk, "entity_id": e, "mentions": n} for e, n in mentions.items()],
        release_amounts: [
            {"release_pk": pk, "position": i, "value": a.value, "currency": a.currency}
            for i, a in enumerate(event.amounts)
        ],
        release_dates: dates,
    }


def search_row(event: EnrichedRelease, pk: int) -> dict[str, Any]:
    return {"pk": pk, "language": event.language, "title": event.title, "text": event.text}


def _latest_by_id(events: Sequence[EnrichedRelease]) -> dict[str, EnrichedRelease]:
    """Each release once, as the newest enricher in the batch saw it."""
    latest: dict[str, EnrichedRelease] = {}
    for ev in events:
        kept = latest.get(ev.release_id)
        if kept is None or enricher_rank(ev) > enricher_rank(kept):
            latest[ev.release_id] = ev
    return latest


def _write_children(
    conn: Connection, written: list[EnrichedRelease], pks: dict[str, int], usage: Usage
) -> None:
    """The entities, aliases, mentions, dates, amounts and search rows of the releases written;
    `usage` holds what the rows they replace counted, taken back from each entity's counters."""
    entity_ids = resolve_entities(conn, {k: n for ev in written for k, n in entity_names(ev).items()})
    aliases = [row for ev in written for row in alias_rows(ev, entity_ids)]
    if aliases:
        conn.execute(_ignoring_duplicates(conn, entity_aliases), aliases)
    children = [child_rows(ev, pks[ev.release_id], entity_ids) for ev in written]
    for table in CHILD_TABLES:
        rows = [row for tables in children for row in tables[table]]
        if rows:
            conn.execute(insert(table), rows)
    for tables in children:
        for row in tables[release_entities]:
            # update(), not +=: a Counter sum drops the negative counts a replacement leaves
            usage[row["entity_id"]].update(releases=1, mentions=row["mentions"])
    _count_usage(conn, usage)
    search.index_rows(conn, [search_row(ev, pks[ev.release_id]) for ev in written])


def _count_usage(conn: Connection, usage: Usage) -> None:
    """Add each entity's change in releases and mentions to its counters, in one statement."""
    rows = [
        {"eid": eid, "r": delta["releases"], "m": delta["mentions"]}
        for eid, delta in sorted(usage.items())
        if delta["releases"] or delta["mentions"]
    ]
    if rows:
        counted = entities.update().where(entities.c.id == bindparam("eid"))
        conn.execute(
            counted.values(
                releases=entities.c.releases + bindparam("r"), mentions=entities.c.mentions + bindparam("m")
            ),
            rows,
        )


def stored_ranks(conn: Connection, release_ids: Sequence[str]) -> dict[str, int]:
    """The enricher rank stored for each of `release_ids` that is stored."""
    rows = conn.execute(
        select(releases.c.release_id, releases.c.enricher_rank).where(
            releases.c.release_id.in_(list(set(release_ids)))
        )
    )
    return {rid: rank for rid, rank in rows}


def save_releases(
    conn: Connection, events: Sequence[EnrichedRelease], signatures: Sequence[bytes | None] = ()
) -> int:
    """Upsert a batch in the caller's transaction; returns how many releases were written.

    A release already stored by the same or a newer enricher is left as it is, so replayed
    and duplicated events change nothing; a newer enricher's event replaces the old rows.
    Releases are keyed by id on the topic, so one consumer at a time writes a given id.
    `signatures` holds the MinHash signature enrich sent with each event, in their order (None
    where none came, pressflow_schemas.fingerprints); linking computes the missing ones.
    """
    latest = _latest_by_id(events)
    if not latest:
        return 0
    stored = {
        rid: (pk, rank)
        for pk, rid, rank in conn.execute(
            select(releases.c.id, releases.c.release_id, releases.c.enricher_rank).where(
                releases.c.release_id.in_(list(latest))
            )
        )
    }
    fresh = [ev for rid, ev in latest.items() if rid not in stored]
    newer = [ev for rid, ev in latest.items() if rid in stored and enricher_rank(ev) > stored[rid][1]]
    pks = {rid: pk for rid, (pk, _) in stored.items()}
    if fresh:
        inserted = conn.execute(
            insert(releases).returning(releases.c.id, releases.c.release_id, sort_by_parameter_order=True),
            [release_row(ev) for ev in fresh],
        )
        pks.update({rid: pk for pk, rid in inserted})
    usage: Usage = defaultdict(Counter)
    if newer:
        usage = _clear(conn, [pks[ev.release_id] for ev in newer])
        conn.execute(
            update(releases).where(releases.c.id == bindparam("pk")),
            [{"pk": pks[ev.release_id], **release_row(ev)} for ev in newer],
        )
    written = fresh + newer
    _write_children(conn, written, pks, usage)
    link_written(
        conn,
        [(pks[ev.release_id], ev) for ev in fresh],
        [(pks[ev.release_id], ev) for ev in written],
        resolve_entities,
        _given(latest, events, signatures, pks),
    )
    return len(written)


def _given(
    latest: dict[str, EnrichedRelease],
    events: Sequence[EnrichedRelease],
    signatures: Sequence[bytes | None],
    pks: dict[str, int],
) -> dict[int, bytes]:
    """The signatures sent with the events kept, by release."""
    sent = {id(ev): sig for ev, sig in zip(events, signatures, strict=False) if sig is not None}
    return {pks[rid]: sent[id(ev)] for rid, ev in latest.items() if id(ev) in sent}


def _clear(conn: Connection, pks: list[int]) -> Usage:
    """Remove what an older enrichment found, before the newer one is written; returns the
    releases and mentions it counted, negated, by entity."""
    usage: Usage = defaultdict(Counter)
    counted = (
        select(release_entities.c.entity_id, func.count(), func.sum(release_entities.c.mentions))
        .where(release_entities.c.release_pk.in_(pks))
        .group_by(release_entities.c.entity_id)
    )
    for eid, count, mentions in conn.execute(counted):
        usage[eid] = Counter(releases=-count, mentions=-int(mentions))
    for table in CHILD_TABLES:
        conn.execute(delete(table).where(table.c.release_pk.in_(pks)))
    search.unindex(conn, pks)
    return usage


def resolve_entities(conn: Connection, names: dict[EntityKey, str]) -> dict[EntityKey, int]:
    """Ids of the entities `names`, adding those not seen before."""

    def lookup(keys: Iterable[str]) -> dict[EntityKey, int]:
        query = select(entities.c.id, entities.c.type, entities.c.key).where(entities.c.key.in_(set(keys)))
        return {(t, k): i for i, t, k in conn.execute(query)}

    if not names:
        return {}
    ids = lookup(k for _, k in names)
    missing = [{"type": t, "key": k, "name": n} for (t, k), n in names.items() if (t, k) not in ids]
    if missing:
        # another store process may add the same entity meanwhile: the unique key settles it
        conn.execute(_ignoring_duplicates(conn, entities), missing)
        ids.update(lookup(row["key"] for row in missing))
    return ids


def _ignoring_duplicates(conn: Connection, table: Table) -> Insert:
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    return dialect_insert(table).on_conflict_do_nothing()

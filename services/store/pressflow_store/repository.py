"""Repository functions over SQLAlchemy Core: idempotent upserts and the release queries."""

from __future__ import annotations

import base64
import calendar
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)

from pressflow_schemas import EnrichedRelease
from pressflow_store.tables import (
    CHILD_TABLES,
    metadata,
    release_amounts,
    release_dates,
    release_entities,
    releases,
)


class InvalidCursor(ValueError):
    """A cursor that this store did not hand out."""


def connect(url: str) -> Engine:
    """An engine for `url`; PostgreSQL URLs use psycopg 3, SQLite runs in WAL mode."""
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets the API read while the consumer writes; foreign keys make cascades work.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

    return engine


def create_schema(engine: Engine) -> None:
    metadata.create_all(engine)


def fold(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of a name, for matching."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def version_rank(version: str) -> int:
    """Orders enricher versions: 1.2.3 -> 1_002_003; a newer enricher replaces older rows."""
    parts = [int("".join(ch for ch in p if ch.isdigit()) or 0) for p in version.split(".")[:3]]
    parts += [0] * (3 - len(parts))
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def date_bounds(value: str) -> tuple[date, date]:
    """First and last day covered by an ISO value: 2018, 2018-12, 2018-12-14 or a/b."""
    first, _, last = value.partition("/")
    return _first_day(first), _last_day(last or first)


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    return date(year, month, parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1])


def _release_row(event: EnrichedRelease) -> dict[str, Any]:
    return {
        "release_id": event.release_id,
        "title": event.title,
        "language": event.language,
        "published_on": event.published_on,
        "dated_on": event.published_on or event.received_at.astimezone(UTC).date(),
        # UTC, so that SQLite (which drops the offset) and PostgreSQL sort alike
        "received_at": event.received_at.astimezone(UTC),
        "processed_at": event.processed_at,
        "enricher_version": event.enricher_version,
        "enricher_rank": version_rank(event.enricher_version),
        "source_kind": event.source.kind,
        "source_filename": event.source.filename,
        "event": json.loads(event.model_dump_json()),
    }


def _child_rows(event: EnrichedRelease) -> dict[Any, list[dict[str, Any]]]:
    rid = event.release_id
    entities = [
        {
            "release_id": rid,
            "position": i,
            "type": e.type,
            "name": e.name,
            "key": fold(e.name),
            "mentions": len(e.mentions),
        }
        for i, e in enumerate(event.entities)
    ]
    amounts = [
        {"release_id": rid, "position": i, "value": a.value, "currency": a.currency}
        for i, a in enumerate(event.amounts)
    ]
    dates = []
    for i, d in enumerate(event.dates):
        first, last = date_bounds(d.value)
        dates.append(
            {"release_id": rid, "position": i, "value": d.value, "first_day": first, "last_day": last}
        )
    return {release_entities: entities, release_amounts: amounts, release_dates: dates}


def save_releases(conn: Connection, events: Sequence[EnrichedRelease]) -> int:
    """Upsert a batch in the caller's transaction; returns how many releases were written.

    A release already stored by the same or a newer enricher is left as it is, so replayed
    and duplicated events change nothing; a newer enricher's event replaces the old row.
    Releases are keyed by id on the topic, so one consumer at a time writes a given id.
    """
    latest: dict[str, EnrichedRelease] = {}
    for ev in events:
        kept = latest.get(ev.release_id)
        if kept is None or version_rank(ev.enricher_version) > version_rank(kept.enricher_version):
            latest[ev.release_id] = ev
    if not latest:
        return 0
    stored = dict(
        conn.execute(
            select(releases.c.release_id, releases.c.enricher_rank).where(
                releases.c.release_id.in_(list(latest))
            )
        ).all()
    )
    fresh = [ev for rid, ev in latest.items() if rid not in stored]
    newer = [
        ev for rid, ev in latest.items() if rid in stored and version_rank(ev.enricher_version) > stored[rid]
    ]
    if fresh:
        conn.execute(insert(releases), [_release_row(ev) for ev in fresh])
    for ev in newer:
        conn.execute(update(releases).where(releases.c.release_id == ev.release_id).values(_release_row(ev)))
        for table in CHILD_TABLES:
            conn.execute(delete(table).where(table.c.release_id == ev.release_id))
    for table in CHILD_TABLES:
        rows = [row for ev in fresh + newer for row in _child_rows(ev)[table]]
        if rows:
            conn.execute(insert(table), rows)
    return len(fresh) + len(newer)


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


_SUMMARY = (
    releases.c.release_id,
    releases.c.title,
    releases.c.language,
    releases.c.published_on,
    releases.c.dated_on,
    releases.c.received_at,
    releases.c.source_kind,
    releases.c.source_filename,
    releases.c.enricher_version,
)


def _encode_cursor(row: Any) -> str:
    key = [row.dated_on.isoformat(), row.received_at.isoformat(), row.release_id]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[date, datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        dated, received, rid = json.loads(raw)
        return date.fromisoformat(dated), datetime.fromisoformat(received), str(rid)
    except (ValueError, TypeError) as exc:
        raise InvalidCursor("the cursor is not one this API returned; start again without it") from exc


def list_releases(conn: Connection, limit: int = 20, cursor: str | None = None) -> Page:
    """Releases newest first (by their own date, else the day received), `limit` at a time.

    The cursor is the sort key of the last row, so releases arriving meanwhile are neither
    skipped nor repeated.
    """
    query = select(*_SUMMARY).order_by(
        releases.c.dated_on.desc(), releases.c.received_at.desc(), releases.c.release_id.desc()
    )
    if cursor:
        dated, received, rid = _decode_cursor(cursor)
        query = query.where(
            or_(
                releases.c.dated_on < dated,
                and_(releases.c.dated_on == dated, releases.c.received_at < received),
                and_(
                    releases.c.dated_on == dated,
                    releases.c.received_at == received,
                    releases.c.release_id < rid,
                ),
            )
        )
    rows = conn.execute(query.limit(limit + 1)).all()
    items = [dict(row._mapping) for row in rows[:limit]]
    next_cursor = _encode_cursor(rows[limit - 1]) if len(rows) > limit else None
    return Page(items=items, next_cursor=next_cursor)


def get_release(conn: Connection, release_id: str) -> dict[str, Any] | None:
    """The full enriched event of a release, or None."""
    return conn.execute(select(releases.c.event).where(releases.c.release_id == release_id)).scalar()


def count_releases(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(releases)).scalar_one())

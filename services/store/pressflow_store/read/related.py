"""The read side of links: what a release copies or revises, its other copies, its revisions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, exists, func, select

from pressflow_store.db.tables import release_links, releases


def is_a_copy() -> ColumnElement[bool]:
    """Releases that copy an earlier one: what collapse=true leaves out."""
    return exists().where(release_links.c.release_pk == releases.c.id, release_links.c.kind == "duplicate_of")


def copy_counts(conn: Connection, release_ids: list[str]) -> dict[str, int]:
    """How many copies each release has (its own copies, not counting itself)."""
    if not release_ids:
        return {}
    query = (
        select(releases.c.release_id, func.count(release_links.c.release_pk))
        .join(release_links, release_links.c.target_pk == releases.c.id)
        .where(releases.c.release_id.in_(release_ids), release_links.c.kind == "duplicate_of")
        .group_by(releases.c.release_id)
    )
    counts: dict[str, int] = dict(conn.execute(query).all())
    return {rid: int(counts.get(rid, 0)) for rid in release_ids}


def _summary(row: Any, similarity: float | None) -> dict[str, Any]:
    return {
        "release_id": row.release_id,
        "title": row.title,
        "dated_on": row.dated_on,
        "source_filename": row.source_filename,
        "similarity": similarity,
    }


def related(conn: Connection, release_id: str) -> dict[str, Any] | None:
    """The links of a release: `duplicate_of` and `revision_of` (what it copies or revises),
    `copies` (every other copy of the same release, the earliest first) and `revised_by`."""
    pk = conn.execute(select(releases.c.id).where(releases.c.release_id == release_id)).scalar()
    if pk is None:
        return None
    own = conn.execute(select(release_links).where(release_links.c.release_pk == pk)).first()
    root = own.target_pk if own is not None and own.kind == "duplicate_of" else pk
    cluster = [root, *conn.execute(_linked_to(root, "duplicate_of")).scalars()]
    revisions = select(release_links.c.release_pk, release_links.c.similarity).where(
        release_links.c.target_pk.in_(cluster), release_links.c.kind == "revision_of"
    )
    scores = {p: s for p, s in conn.execute(revisions)}
    copy_scores = {p: s for p, s in conn.execute(_scored(root, "duplicate_of"))}
    wanted = set(cluster) | set(scores) | ({own.target_pk} if own is not None else set())
    rows = {
        row.id: row
        for row in conn.execute(
            select(
                releases.c.id,
                releases.c.release_id,
                releases.c.title,
                releases.c.dated_on,
                releases.c.received_at,
                releases.c.source_filename,
            ).where(releases.c.id.in_(wanted))
        )
    }
    order = sorted(cluster, key=lambda p: (rows[p].received_at, rows[p].release_id))
    result: dict[str, Any] = {
        "duplicate_of": None,
        "revision_of": None,
        "copies": [_summary(rows[p], copy_scores.get(p)) for p in order if p != pk],
        "revised_by": [
            _summary(rows[p], scores[p]) for p in sorted(scores, key=lambda p: rows[p].received_at)
        ],
    }
    if own is not None:
        result[own.kind] = _summary(rows[own.target_pk], own.similarity)
    return result


def _linked_to(pk: int, kind: str) -> Any:
    return select(release_links.c.release_pk).where(
        release_links.c.target_pk == pk, release_links.c.kind == kind
    )


def _scored(pk: int, kind: str) -> Any:
    return select(release_links.c.release_pk, release_links.c.similarity).where(
        release_links.c.target_pk == pk, release_links.c.kind == kind
    )

"""What the store links when it writes releases: copies and revisions, entity merges, their events."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

from sqlalchemy import Connection, text

from pressflow_schemas import EnrichedRelease
from pressflow_schemas.keys import entity_key
from pressflow_store.linking.outbox import Changes
from pressflow_store.linking.registry import EntityKey, evidence_pairs, record_evidence
from pressflow_store.linking.release_links import link_releases

# Any constant: the same for every store process, and not the migrations' lock.
_POSTGRES_LOCK = 0x6C696E6B

Resolver = Callable[[Connection, dict[EntityKey, str]], dict[EntityKey, int]]


def link_written(
    conn: Connection,
    fresh: Sequence[tuple[int, EnrichedRelease]],
    written: Sequence[tuple[int, EnrichedRelease]],
    resolve: Resolver,
    signatures: Mapping[int, bytes] | None = None,
) -> None:
    """In the caller's transaction: link the `fresh` releases (stored for the first time) to
    their copies and revisions, replace the entity evidence of every release `written`, and
    queue the resulting releases.linked events in the outbox. `signatures` holds the MinHash
    signatures enrich computed, by release; the others are computed here."""
    if conn.dialect.name == "postgresql":
        # Store processes link one at a time, each seeing what the others committed: two copies
        # arriving at once on two partitions are still compared. SQLite has one writer anyway.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_LOCK})
    changes = Changes()
    link_releases(conn, fresh, changes, signatures)
    key_of = functools.cache(entity_key)
    ties = {pk: evidence_pairs(ev, key_of) for pk, ev in written}
    names: dict[EntityKey, str] = {}
    for pairs in ties.values():
        for (short, long_), (short_name, long_name) in pairs.items():
            names[short], names[long_] = short_name, long_name
    replaced = {pk for pk, _ in written} - {pk for pk, _ in fresh}
    record_evidence(conn, ties, resolve(conn, names) if names else {}, changes, replaced)
    changes.write(conn)

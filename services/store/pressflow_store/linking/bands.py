"""The band-key index: releases sharing an LSH band key are candidates to compare.

On SQLite, new rows go to a small table (`release_bands_recent`) that a batch's random keys
hit in pages already at hand; every MERGE_EVERY releases its rows move into the big one
(`release_bands`) in key order, in the transaction of the batch that crossed the mark.
Written at random into the big index, a batch of 500 releases rewrote most of its pages at
each commit, since SQLite's log takes whole pages. PostgreSQL's log takes the rows, and a
page only once between checkpoints, so there rows go straight into the big index (through the
small one they were written three times). A lookup reads both tables; a crash rolls a merge
back whole, so no key is ever lost or found twice."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

# Releases between two merges: the small table stays some 240,000 rows at most, and the big
# index is rewritten once per 10,000 releases rather than once per batch.
MERGE_EVERY = 10_000


def stored_bands(conn: Connection, keys: set[int]) -> dict[int, set[int]]:
    """Releases stored under each band key: one indexed lookup per table for the whole batch."""
    found: dict[int, set[int]] = defaultdict(set)
    for table in ("release_bands", "release_bands_recent"):
        for key, pk in conn.execute(in_keys(conn, "band_key, release_pk", table, "band_key", keys)).all():
            found[key].add(pk)
    return found


def add_bands(conn: Connection, rows: list[tuple[int, int]]) -> None:
    """Index (band_key, release_pk) rows; on SQLite, merge the recent ones into the big index
    when these releases cross a multiple of MERGE_EVERY (release ids only grow)."""
    if not rows:
        return
    _insert(conn, sorted(rows))  # in key order: each page of the B-tree is visited once
    if conn.dialect.name == "postgresql":
        return
    pks = [pk for _, pk in rows]
    if max(pks) // MERGE_EVERY > (min(pks) - 1) // MERGE_EVERY:
        merge_bands(conn)


def merge_bands(conn: Connection) -> None:
    """Move every recent row into the big index, in key order, in the caller's transaction."""
    conn.execute(
        text(
            "INSERT OR IGNORE INTO release_bands (band_key, release_pk)"
            " SELECT band_key, release_pk FROM release_bands_recent ORDER BY band_key, release_pk"
        )
    )
    conn.execute(text("DELETE FROM release_bands_recent"))


def _insert(conn: Connection, rows: list[tuple[int, int]]) -> None:
    """Rows in one statement: an executemany of tens of thousands of rows costs more in the
    driver than the database spends on them."""
    if conn.dialect.name == "postgresql":
        statement = (
            "INSERT INTO release_bands (band_key, release_pk)"
            " SELECT * FROM unnest(CAST(:keys AS bigint[]), CAST(:pks AS integer[]))"
        )
        keys, pks = zip(*rows, strict=True)
        conn.execute(text(statement).bindparams(keys=_array(keys), pks=_array(pks)))
        return
    statement = (
        "INSERT INTO release_bands_recent (band_key, release_pk)"
        " SELECT value ->> 0, value ->> 1 FROM json_each(:rows)"
    )
    conn.execute(text(statement).bindparams(rows=json.dumps(rows)))


def _array(values: Iterable[int]) -> str:
    """A PostgreSQL array literal of integers: psycopg dumps a list of 12,000 integers one by
    one in Python, some 20 ms; as text it is one string."""
    return "{" + ",".join(map(str, values)) + "}"


def in_keys(conn: Connection, columns: str, table: str, column: str, keys: set[int]) -> Any:
    """SELECT columns FROM table WHERE column is one of `keys`, bound as one parameter (an array
    on PostgreSQL, a JSON list on SQLite): thousands of keys without compiling thousands of
    placeholders."""
    values = sorted(keys)
    if conn.dialect.name == "postgresql":
        clause = f"SELECT {columns} FROM {table} WHERE {column} = ANY(CAST(:keys AS bigint[]))"
        return text(clause).bindparams(keys=_array(values))
    clause = f"SELECT {columns} FROM {table} WHERE {column} IN (SELECT value FROM json_each(:keys))"
    return text(clause).bindparams(keys=json.dumps(values))

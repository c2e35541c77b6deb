"""The band-key index: releases sharing an LSH band key are candidates to compare.

New rows go to a small table (`release_bands_recent`) that a batch's random keys hit in pages
already at hand; every MERGE_EVERY releases its rows move into the big one (`release_bands`)
in key order, in the transaction of the batch that crossed the mark. Written at random into
the big index, a batch of 500 releases rewrote most of its pages at each commit. A lookup reads
both tables; a crash rolls a merge back whole, so no key is ever lost or found twice."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import BigInteger, Connection, Integer, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY

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
    """Index (band_key, release_pk) rows, and merge the recent ones into the big index when
    these releases cross a multiple of MERGE_EVERY (release ids only grow)."""
    if not rows:
        return
    _insert(conn, sorted(rows))  # in key order: each page of the B-tree is visited once
    pks = [pk for _, pk in rows]
    if max(pks) // MERGE_EVERY > (min(pks) - 1) // MERGE_EVERY:
        merge_bands(conn)


def merge_bands(conn: Connection) -> None:
    """Move every recent row into the big index, in key order, in the caller's transaction."""
    ignore = "OR IGNORE " if conn.dialect.name == "sqlite" else ""
    conflict = " ON CONFLICT DO NOTHING" if conn.dialect.name == "postgresql" else ""
    conn.execute(
        text(
            f"INSERT {ignore}INTO release_bands (band_key, release_pk)"
            f" SELECT band_key, release_pk FROM release_bands_recent ORDER BY band_key, release_pk{conflict}"
        )
    )
    conn.execute(text("DELETE FROM release_bands_recent"))


def _insert(conn: Connection, rows: list[tuple[int, int]]) -> None:
    """Rows in one statement: an executemany of tens of thousands of rows costs more in the
    driver than the database spends on them."""
    if conn.dialect.name == "postgresql":
        statement = (
            "INSERT INTO release_bands_recent (band_key, release_pk) SELECT * FROM unnest(:keys, :pks)"
        )
        keys, pks = zip(*rows, strict=True)
        conn.execute(
            text(statement).bindparams(
                bindparam("keys", list(keys), type_=ARRAY(BigInteger)),
                bindparam("pks", list(pks), type_=ARRAY(Integer)),
            )
        )
        return
    statement = (
        "INSERT INTO release_bands_recent (band_key, release_pk)"
        " SELECT value ->> 0, value ->> 1 FROM json_each(:rows)"
    )
    conn.execute(text(statement).bindparams(rows=json.dumps(rows)))


def in_keys(conn: Connection, columns: str, table: str, column: str, keys: set[int]) -> Any:
    """SELECT columns FROM table WHERE column is one of `keys`, bound as one parameter (an array
    on PostgreSQL, a JSON list on SQLite): thousands of keys without compiling thousands of
    placeholders."""
    values = sorted(keys)
    if conn.dialect.name == "postgresql":
        return text(f"SELECT {columns} FROM {table} WHERE {column} = ANY(:keys)").bindparams(keys=values)
    clause = f"SELECT {columns} FROM {table} WHERE {column} IN (SELECT value FROM json_each(:keys))"
    return text(clause).bindparams(keys=json.dumps(values))

"""Many rows into one table in one statement, on either database."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from sqlalchemy import BigInteger, Connection, Integer, LargeBinary, Table, text

_INTEGERS: dict[type, str] = {Integer: "integer[]", BigInteger: "bigint[]"}


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table`. SQLite's executemany runs in C and
    is the fastest way there. To PostgreSQL, one parameter per column (a text array literal; for
    a binary column, its values end to end), unnested by the server: psycopg sends an
    executemany a statement per row, some 0.1 ms each, and dumps a list parameter in Python
    element by element."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        _unnested(conn, table, rows)
        return
    # straight to sqlite3's executemany: SQLAlchemy's processing of each row's parameters cost
    # more than SQLite's insert (these columns need no conversion)
    names = list(rows[0])
    statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    conn.exec_driver_sql(statement, [tuple(row[name] for name in names) for row in rows])


def _unnested(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    names = list(rows[0])
    arrays: list[str] = []
    aliases: list[str] = []
    columns: list[str] = []
    params: dict[str, Any] = {}
    for i, name in enumerate(names):
        values = [row[name] for row in rows]
        kind = type(table.c[name].type)
        if kind is LargeBinary:
            # the values end to end as one bytea parameter, which psycopg sends as it is (hex
            # text was twice as long, and decoded value by value), each row's value cut from it
            blobs = [bytes(v) for v in values]
            ends = list(itertools.accumulate(map(len, blobs)))
            arrays += [f"CAST(:s{i} AS integer[])", f"CAST(:n{i} AS integer[])"]
            aliases += [f"s{i}", f"n{i}"]
            columns.append(f"substring(CAST(:c{i} AS bytea) from s{i} for n{i})")
            params[f"c{i}"] = b"".join(blobs)
            params[f"s{i}"] = integer_array(end - len(b) + 1 for end, b in zip(ends, blobs, strict=True))
            params[f"n{i}"] = integer_array(map(len, blobs))
        else:
            arrays.append(f"CAST(:c{i} AS {_INTEGERS[kind]})")
            aliases.append(f"c{i}")
            columns.append(f"c{i}")
            params[f"c{i}"] = integer_array(int(v) for v in values)
    statement = (
        f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {', '.join(columns)}"
        f" FROM unnest({', '.join(arrays)}) AS t({', '.join(aliases)})"
    )
    conn.execute(text(statement), params)


def integer_array(numbers: Iterable[int]) -> str:
    """A PostgreSQL array literal of integers."""
    return "{" + ",".join(map(str, numbers)) + "}"

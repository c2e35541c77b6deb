"""Many rows into one table in one statement, on either database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Connection, Integer, LargeBinary, Table, insert, text

_INTEGERS: dict[type, str] = {Integer: "integer[]", BigInteger: "bigint[]"}


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table`. SQLite's executemany runs in C and
    is the fastest way there. To PostgreSQL, one text parameter per column, unnested by the
    server: psycopg sends an executemany a statement per row, some 0.1 ms each, and dumps a
    list parameter in Python element by element."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    arrays, columns, params = [], [], {}
    for i, name in enumerate(names):
        values = [row[name] for row in rows]
        kind = type(table.c[name].type)
        if kind is LargeBinary:
            # "x" + hex per value: an empty value stays an element of the list
            arrays.append(f"string_to_array(:c{i}, ',')")
            columns.append(f"decode(substr(c{i}, 2), 'hex')")
            params[f"c{i}"] = ",".join("x" + bytes(v).hex() for v in values)
        else:
            arrays.append(f"CAST(:c{i} AS {_INTEGERS[kind]})")
            columns.append(f"c{i}")
            params[f"c{i}"] = "{" + ",".join(str(int(v)) for v in values) + "}"
    aliases = ", ".join(f"c{i}" for i in range(len(names)))
    statement = (
        f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {', '.join(columns)}"
        f" FROM unnest({', '.join(arrays)}) AS t({aliases})"
    )
    conn.execute(text(statement), params)

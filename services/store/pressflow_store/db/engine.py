"""The engine of a database URL, the schema brought to date, and the planners' statistics kept fresh."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from pressflow_store.db import schema, search
from pressflow_store.db.tables import metadata


def connect(url: str) -> Engine:
    """An engine for `url`; PostgreSQL URLs use psycopg 3, SQLite runs in WAL mode."""
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    options: dict[str, Any] = {}
    if url.startswith("postgresql"):
        # sorts of a few thousand search hits stay in memory rather than spill to disk
        options["connect_args"] = {"options": "-c work_mem=16MB"}
    engine = create_engine(url, pool_pre_ping=True, **options)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets the API read while the consumer writes; foreign keys make cascades work.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            # Readers keep their working set (indexes, the FTS index) at hand: 64 MiB of page
            # cache, and the file mapped rather than read a page per system call.
            cursor.execute("PRAGMA cache_size=-65536")
            cursor.execute(f"PRAGMA mmap_size={1 << 30}")
            cursor.close()

    return engine


def answers(engine: Engine) -> bool:
    """Whether the database answers a query now."""
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    return True


def create_schema(engine: Engine) -> None:
    """Bring the database to the latest migration (an empty database gets every table)."""
    schema.upgrade(engine)


# Releases written between two refreshes of the query planners' statistics.
OPTIMIZE_EVERY = 20_000


def optimize(engine: Engine) -> None:
    """Refresh the statistics the query planners choose indexes by: after migrations and
    every OPTIMIZE_EVERY releases written, as data grows from nothing to its real size."""
    if engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
        # VACUUM also marks pages all-visible (index-only scans) and flushes GIN's pending list
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM (ANALYZE) {names}, {search.POSTGRES_INDEX}")
    else:
        with engine.begin() as conn:
            # sampled: a second or so at a million rows, and the plans need no more precision
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE")


class Upkeep:
    """Counts the releases written and runs optimize() every `every` of them."""

    def __init__(self, engine: Engine, every: int = OPTIMIZE_EVERY) -> None:
        self._engine = engine
        self._every = every
        self._since = 0

    def written(self, count: int) -> None:
        self._since += count
        if self._since >= self._every:
            self._since = 0
            optimize(self._engine)

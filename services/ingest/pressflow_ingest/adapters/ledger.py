"""The persistent memory of ingest: what was published (by bytes and by release id) and idempotent answers.

One small SQLite file, so a restart neither forgets a release nor publishes one twice.
"""

from __future__ import annotations

import asyncio
import errno
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from pressflow_ingest.ports import Answer, NoRoom, Record

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS published (
    sha256 TEXT PRIMARY KEY,
    release_id TEXT NOT NULL,
    filename TEXT,
    title TEXT,
    format TEXT,
    attachments TEXT NOT NULL DEFAULT '[]',
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS published_release_id ON published (release_id);
CREATE TABLE IF NOT EXISTS answers (
    idempotency_key TEXT PRIMARY KEY,
    request_sha256 TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
"""


# Free space below which nothing new is taken (ensure_room).
_ROOM_BYTES = 1 << 20


def _disk_full(error: Exception) -> bool:
    """SQLite's "database or disk is full", or the system's ENOSPC or EDQUOT."""
    if isinstance(error, sqlite3.OperationalError):
        return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return error.errno in (errno.ENOSPC, errno.EDQUOT) if isinstance(error, OSError) else False


class Ledger:
    """SQLite-backed; `path=None` keeps it in memory (tests).

    Every call runs in a worker thread, one at a time: a write waiting on another ingest copy's
    lock must not freeze the event loop the HTTP API and the watcher share.
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            str(path) if path else ":memory:", isolation_level=None, check_same_thread=False
        )
        # WAL: several ingest copies may share one inbox and read while another writes
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    async def writable(self) -> bool:
        """Whether a write could start now: takes the write lock and lets it go at once."""

        def probe() -> bool:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("ROLLBACK")
            return True

        return await self._run(probe)

    async def ensure_room(self) -> None:
        """Raise NoRoom when the ledger's disk has less than _ROOM_BYTES free: enough for the
        record, the inbox log's line and the file's move, with a margin for another writer."""
        if self._path is None:
            return
        stats = await asyncio.to_thread(os.statvfs, self._path.parent)
        if stats.f_bavail * stats.f_frsize < _ROOM_BYTES:
            free = stats.f_bavail * stats.f_frsize
            raise NoRoom(f"no room left on the disk of {self._path.parent} ({free} bytes free)")

    async def _run(self, call: Callable[..., T], *args: Any) -> T:
        def locked() -> T:
            with self._lock:
                try:
                    return call(*args)
                except (sqlite3.OperationalError, OSError) as exc:
                    if _disk_full(exc):
                        raise NoRoom(f"no room left for the ledger {self._path}: {exc}") from exc
                    raise

        return await asyncio.to_thread(locked)

    async def by_bytes(self, bytes_key: str) -> Record | None:
        # the column keeps its first name: it held the bare sha256 before formats were part of the key
        return await self._run(self._one, "SELECT * FROM published WHERE sha256 = ?", bytes_key)

    async def by_release_id(self, release_id: str) -> Record | None:
        query = "SELECT * FROM published WHERE release_id = ? ORDER BY recorded_at LIMIT 1"
        return await self._run(self._one, query, release_id)

    async def record(self, record: Record) -> None:
        await self._run(self._record, record)

    async def answer(self, key: str, ttl: timedelta) -> Answer | None:
        """The answer stored for `key`, unless older than `ttl`."""
        return await self._run(self._answer, key, ttl)

    async def remember_answer(self, key: str, answer: Answer, ttl: timedelta) -> None:
        await self._run(self._remember_answer, key, answer, ttl)

    def _record(self, record: Record) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO published VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.bytes_key,
                record.release_id,
                record.filename,
                record.title,
                record.format,
                json.dumps(list(record.attachments)),
                datetime.now(UTC).isoformat(),
            ),
        )

    def _answer(self, key: str, ttl: timedelta) -> Answer | None:
        since = (datetime.now(UTC) - ttl).isoformat()
        row = self._db.execute(
            "SELECT request_sha256, status, body FROM answers WHERE idempotency_key = ? AND recorded_at >= ?",
            (key, since),
        ).fetchone()
        return Answer(*row) if row else None

    def _remember_answer(self, key: str, answer: Answer, ttl: timedelta) -> None:
        now = datetime.now(UTC)
        self._db.execute("DELETE FROM answers WHERE recorded_at < ?", ((now - ttl).isoformat(),))
        self._db.execute(
            "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
            (key, answer.request_sha256, answer.status, answer.body, now.isoformat()),
        )

    def _one(self, query: str, value: str) -> Record | None:
        row = self._db.execute(query, (value,)).fetchone()
        if row is None:
            return None
        key, release_id, filename, title, fmt, attachments, _ = row
        return Record(key, release_id, filename, title, fmt, tuple(json.loads(attachments)))

"""What ingest's orchestration needs from the world: a publisher, a ledger, an extractor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from pressflow_ingest.core.plan import Extract
from pressflow_runtime.publishing import Publisher, TooLarge, Unavailable

__all__ = ["Answer", "Extract", "Ledger", "NoRoom", "Publisher", "Record", "TooLarge", "Unavailable"]


class NoRoom(Unavailable):
    """ingest's own disk is full: the submission is not taken now (a file stays in the inbox, a
    request gets 503) and is worth trying again once there is room."""


@dataclass(frozen=True)
class Record:
    """A release ingest has published, and the bytes it came from."""

    bytes_key: str  # Submission.bytes_key: the sha256 of the bytes, and the format they came in
    release_id: str
    filename: str | None
    title: str | None
    format: str | None
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The response given to a request with an Idempotency-Key."""

    request_sha256: str
    status: int
    body: str


class Ledger(Protocol):
    """The memory of what was published (by bytes and by release id) and of idempotent answers."""

    async def ensure_room(self) -> None:
        """Raise NoRoom unless a release published now could be recorded."""

    async def by_bytes(self, bytes_key: str) -> Record | None: ...

    async def by_release_id(self, release_id: str) -> Record | None: ...

    async def record(self, record: Record) -> None: ...

    async def answer(self, key: str, ttl: timedelta) -> Answer | None: ...

    async def remember_answer(self, key: str, answer: Answer, ttl: timedelta) -> None: ...

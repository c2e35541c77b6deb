"""The one publish path of ingest: the watcher and the HTTP API both hand bytes to `Intake`."""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from pressflow_ingest.releases import make_raw_release
from pressflow_schemas import DeadLetter, RawRelease, Topics
from pressflow_schemas.publishing import Publisher

log = logging.getLogger("pressflow.ingest")


@dataclass(frozen=True)
class Submission:
    """Bytes and what is known of their arrival."""

    data: bytes
    kind: str  # "file" or "http"
    received_at: datetime
    filename: str | None = None
    content_type: str | None = None
    fmt: str | None = None
    charset: str | None = None
    title: str | None = None
    metadata: dict[str, str] | None = None


class Intake:
    """Turns a submission into a raw release and publishes it; returns after Kafka acknowledged."""

    def __init__(self, publisher: Publisher, topics: Topics) -> None:
        self._publisher = publisher
        self._topics = topics

    async def accept(self, submission: Submission) -> RawRelease:
        """Extract and publish; raises ValueError subclasses for input that cannot be used."""
        release = make_raw_release(
            submission.data,
            kind="http" if submission.kind == "http" else "file",
            received_at=submission.received_at,
            filename=submission.filename,
            content_type=submission.content_type,
            fmt=submission.fmt,
            charset=submission.charset,
            title=submission.title,
            metadata=submission.metadata,
        )
        await self._publisher.publish(self._topics.raw, release.release_id, release)
        log.info(
            "published release %s (%s, %s, %d bytes)",
            release.release_id,
            submission.kind,
            submission.filename or "-",
            len(submission.data),
        )
        return release

    async def dead_letter(self, submission: Submission, error: Exception) -> None:
        """Record an accepted input that could not become a release, with enough to replay it."""
        letter = DeadLetter(
            stage="ingest",
            error_type=type(error).__name__,
            error=str(error),
            failed_at=datetime.now(UTC),
            payload=base64.b64encode(submission.data).decode("ascii"),
            payload_encoding="base64",
        )
        await self._publisher.publish(self._topics.dead_letter, None, letter)

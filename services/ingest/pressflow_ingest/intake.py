"""The one publish path of ingest: the watcher and the HTTP API both hand bytes to `Intake`."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from aiokafka.errors import KafkaError
from pydantic import BaseModel

from pressflow_ingest.formats import Attachment, Extracted, UnreadableContent, UnsupportedFormat
from pressflow_ingest.isolation import Extractor
from pressflow_ingest.ledger import Ledger, Record
from pressflow_ingest.releases import raw_release, safe_filename
from pressflow_runtime.publishing import Publisher
from pressflow_schemas import DeadLetter, RawRelease, Topics

log = logging.getLogger("pressflow.ingest")

Extract = Callable[..., Awaitable[Extracted]]


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
    metadata: Mapping[str, str] | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def fingerprint(self) -> bytes:
        """What makes two submissions the same request: the bytes and everything said about them."""
        said = (
            self.filename,
            self.content_type,
            self.fmt,
            self.charset,
            self.title,
            dict(self.metadata or {}),
        )
        return repr(said).encode() + b"\0" + self.data


@dataclass(frozen=True)
class Receipt:
    """What became of a submission: its release id, and whether it was already known."""

    release_id: str
    title: str | None
    format: str | None
    duplicate: bool = False
    first_filename: str | None = None  # for a duplicate: the name it first came under
    attachments: tuple[Receipt, ...] = ()
    refused_attachments: tuple[str, ...] = ()


def is_unavailable(error: Exception) -> bool:
    """Kafka could not be reached or did not answer in time: worth retrying the same input later.

    Any other failure (a message over the broker's limit, a parser bug) would fail again.
    """
    if isinstance(error, KafkaError):
        return bool(error.retriable)
    return isinstance(error, ConnectionError | TimeoutError)


class Intake:
    """Turns a submission into raw releases and publishes them; returns after Kafka acknowledged.

    A submission whose bytes or text were published before is answered from the ledger and
    not published again.
    """

    def __init__(
        self,
        publisher: Publisher,
        topics: Topics,
        ledger: Ledger | None = None,
        extractor: Extract | None = None,
        dead_letter_max_payload_bytes: int = 768 * 1024,
    ) -> None:
        self._publisher = publisher
        self._topics = topics
        self._ledger = ledger or Ledger()
        self._extract = extractor or Extractor()
        self._max_letter_payload = dead_letter_max_payload_bytes

    async def accept(self, submission: Submission) -> Receipt:
        """Extract and publish; raises UnsupportedFormat / UnreadableContent for unusable input."""
        sha256 = submission.sha256
        known = self._ledger.by_sha256(sha256)
        if known is not None:
            return _duplicate(known)
        extracted = await self._extract(
            submission.data, submission.filename, submission.content_type, submission.fmt, submission.charset
        )
        readable, refused = await self._attachments(extracted.attachments)
        if not extracted.text:
            if not readable:
                raise UnreadableContent(
                    "the e-mail has no text body and none of its attachments could be read"
                    + (": " + "; ".join(refused) if refused else "")
                )
            # the release is the attachment; the e-mail still lends it a title and a date
            (attachment, first), readable = readable[0], readable[1:]
            extracted = replace(
                first,
                title=first.title or extracted.title,
                detected_date=first.detected_date or extracted.detected_date,
            )
            submission = replace(
                submission,
                data=attachment.data,
                filename=attachment.filename,
                content_type=attachment.content_type,
            )
        release = raw_release(
            extracted,
            submission.data,
            kind="http" if submission.kind == "http" else "file",
            received_at=submission.received_at,
            filename=submission.filename,
            content_type=submission.content_type,
            title=submission.title,
            metadata=submission.metadata,
        )
        attached = [
            raw_release(
                part,
                attachment.data,
                kind=release.source.kind,
                received_at=release.received_at,
                filename=attachment.filename,
                content_type=attachment.content_type,
                metadata={"attachment_of": release.release_id},
            )
            for attachment, part in readable
        ]
        receipts = tuple([await self._publish(a) for a in attached])
        if attached:
            release = release.model_copy(
                update={
                    "metadata": {**release.metadata, "attachments": " ".join(a.release_id for a in attached)}
                }
            )
        receipt = await self._publish(release, sha256=sha256, attachments=receipts)
        return replace(receipt, attachments=receipts, refused_attachments=tuple(refused))

    async def _attachments(
        self, attachments: tuple[Attachment, ...]
    ) -> tuple[list[tuple[Attachment, Extracted]], list[str]]:
        readable, refused = [], []
        for attachment in attachments:
            name = safe_filename(attachment.filename) or attachment.content_type or "attachment"
            try:
                part = await self._extract(attachment.data, attachment.filename, attachment.content_type)
            except (UnsupportedFormat, UnreadableContent) as exc:
                refused.append(f"{name}: {exc}")
                continue
            if part.text:  # an e-mail attached to an e-mail: its own attachments are not followed
                readable.append((attachment, part))
        return readable, refused

    async def _publish(
        self, release: RawRelease, sha256: str | None = None, attachments: tuple[Receipt, ...] = ()
    ) -> Receipt:
        record = Record(
            sha256=sha256 or release.source.sha256,
            release_id=release.release_id,
            filename=release.source.filename,
            title=release.title,
            format=release.source.format,
            attachments=tuple(a.release_id for a in attachments),
        )
        known = self._ledger.by_release_id(release.release_id)
        if known is not None:
            self._ledger.record(record)  # these bytes too are now known to be that release
            return _duplicate(known)
        await self._publisher.publish(self._topics.raw, release.release_id, release)
        self._ledger.record(record)
        log.info(
            "published release %s (%s, %s, %d bytes)",
            release.release_id,
            release.source.kind,
            release.source.filename or "-",
            release.source.size,
        )
        return Receipt(release.release_id, release.title, release.source.format)

    async def dead_letter(self, submission: Submission, error: Exception, kept_at: str | None = None) -> None:
        """Record an accepted input that could not become a release, with enough to replay it.

        Inputs too large for a Kafka message travel without their payload; `kept_at` says where they are.
        """
        letter = DeadLetter.of_input(
            error,
            submission.data,
            filename=safe_filename(submission.filename),
            content_type=submission.content_type,
            max_payload_bytes=self._max_letter_payload,
            kept_at=kept_at,
        )
        await self._publisher.publish(self._topics.dead_letter, None, letter)


def _duplicate(known: Record) -> Receipt:
    return Receipt(
        known.release_id,
        known.title,
        known.format,
        duplicate=True,
        first_filename=known.filename,
        attachments=tuple(Receipt(a, None, None, duplicate=True) for a in known.attachments),
    )


class _Kept:
    """A publisher that keeps what it is given: Kafka's place when ingest runs offline."""

    def __init__(self) -> None:
        self.events: list[BaseModel] = []

    async def publish(self, topic: str, key: str | None, event: BaseModel) -> None:
        self.events.append(event)


async def releases_of(submission: Submission) -> list[RawRelease]:
    """The raw releases ingest would publish for `submission` (an e-mail's attachments
    included), without Kafka or a ledger: what `pressflow analyze` enriches."""
    kept, ledger = _Kept(), Ledger()
    try:
        await Intake(kept, Topics(), ledger).accept(submission)
    finally:
        ledger.close()
    return [event for event in kept.events if isinstance(event, RawRelease)]

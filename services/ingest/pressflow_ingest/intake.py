"""The one publish path of ingest: the watcher and the HTTP API both hand submissions to `Intake`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from pressflow_ingest.core.outcomes import Outcome, outcome_of
from pressflow_ingest.core.plan import Plan, plan
from pressflow_ingest.core.releases import safe_filename
from pressflow_ingest.core.submission import Receipt, Submission
from pressflow_ingest.ports import Extract, Ledger, Publisher, Record
from pressflow_schemas import DeadLetter, RawRelease, Topics

log = logging.getLogger("pressflow.ingest")


class Intake:
    """Turns a submission into raw releases and publishes them; answers once Kafka acknowledged.

    A submission whose bytes or text were published before is answered from the ledger and
    not published again, also while the first one is still waiting for its acknowledgement.
    """

    def __init__(
        self,
        publisher: Publisher,
        topics: Topics,
        ledger: Ledger,
        extract: Extract,
        dead_letter_max_payload_bytes: int = 768 * 1024,
        observe: Callable[[Submission, Outcome], None] | None = None,
    ) -> None:
        self._publisher = publisher
        self._topics = topics
        self._ledger = ledger
        self._extract = extract
        self._max_letter_payload = dead_letter_max_payload_bytes
        self._in_flight: dict[str, _Flight] = {}
        self._observe = observe  # told every outcome: metrics and the per-release log line

    async def accept(self, submission: Submission) -> Outcome:
        """What became of `submission`: published, known before, or refused with why."""
        outcome = await self._decide(submission)
        if self._observe is not None:
            self._observe(submission, outcome)
        return outcome

    async def _decide(self, submission: Submission) -> Outcome:
        try:
            return Outcome.of(await self._take(submission))
        except Exception as exc:
            outcome = outcome_of(exc)
            if outcome.kind == "failed":
                log.exception("could not take a submission")
            elif outcome.kind == "unavailable":
                log.warning("could not publish a submission: %s", exc)
            return outcome

    async def _take(self, submission: Submission) -> Receipt:
        key = submission.bytes_key
        async with self._held(key):
            known = await self._ledger.by_bytes(key)
            if known is not None:
                return _duplicate(known)
            releases = await plan(submission, self._extract)
            # a release published but not recorded would be published again at every retry
            await self._ledger.ensure_room()
            receipts = tuple([await self._publish(a) for a in releases.attached])
            receipt = await self._publish(releases.release, bytes_key=key, attachments=receipts)
        return _with_attachments(receipt, receipts, releases)

    @contextlib.asynccontextmanager
    async def _held(self, key: str) -> AsyncIterator[None]:
        """In flight under `key` until acknowledged: a concurrent twin waits, then finds it known."""
        flight = self._in_flight.setdefault(key, _Flight())
        flight.users += 1
        try:
            async with flight.lock:
                yield
        finally:
            flight.users -= 1
            if not flight.users:
                del self._in_flight[key]

    async def _publish(
        self, release: RawRelease, bytes_key: str | None = None, attachments: tuple[Receipt, ...] = ()
    ) -> Receipt:
        record = Record(
            bytes_key=bytes_key or release.source.sha256,
            release_id=release.release_id,
            filename=release.source.filename,
            title=release.title,
            format=release.source.format,
            attachments=tuple(a.release_id for a in attachments),
        )
        async with self._held(release.release_id):
            known = await self._ledger.by_release_id(release.release_id)
            if known is not None:
                await self._ledger.record(record)  # these bytes too are now known to be that release
                return _duplicate(known)
            await self._publisher.publish(self._topics.raw, release.release_id, release)
            await self._ledger.record(record)
        log.info(
            "published release %s (%s, %s, %d bytes)",
            release.release_id,
            release.source.kind,
            release.source.filename or "-",
            release.source.size,
        )
        return Receipt(release.release_id, release.title, release.source.format)

    async def dead_letter(self, submission: Submission, error: Exception, kept_at: str | None = None) -> None:
        """Record an accepted input that could not become a release, with enough to replay it."""
        letter = DeadLetter.of_input(
            error,
            submission.data,
            filename=safe_filename(submission.filename),
            content_type=submission.content_type,
            max_payload_bytes=self._max_letter_payload,
            kept_at=kept_at,
        )
        await self._publisher.publish(self._topics.dead_letter, None, letter)


@dataclass
class _Flight:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


def _with_attachments(receipt: Receipt, receipts: tuple[Receipt, ...], releases: Plan) -> Receipt:
    return Receipt(
        receipt.release_id,
        receipt.title,
        receipt.format,
        duplicate=receipt.duplicate,
        first_filename=receipt.first_filename,
        attachments=receipts,
        refused_attachments=releases.refused,
    )


def _duplicate(known: Record) -> Receipt:
    return Receipt(
        known.release_id,
        known.title,
        known.format,
        duplicate=True,
        first_filename=known.filename,
        attachments=tuple(Receipt(a, None, None, duplicate=True) for a in known.attachments),
    )

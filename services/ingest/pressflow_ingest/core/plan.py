"""What a submission becomes: its release, the releases of its readable attachments, and what was refused."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from pressflow_ingest.core.formats import (
    Attachment,
    Content,
    Extracted,
    UnreadableContent,
    UnsupportedFormat,
    extract_content,
)
from pressflow_ingest.core.releases import raw_release, safe_filename
from pressflow_ingest.core.submission import Submission
from pressflow_schemas import RawRelease

# The text of some bytes: `extract_content` here, or in a worker with bounds.
Extract = Callable[[Content], Awaitable[Extracted]]


@dataclass(frozen=True)
class Plan:
    """The releases to publish for one submission: attachments first, then the release itself."""

    release: RawRelease
    attached: tuple[RawRelease, ...] = ()
    refused: tuple[str, ...] = ()

    def all(self) -> list[RawRelease]:
        return [*self.attached, self.release]


async def plan(submission: Submission, extract: Extract) -> Plan:
    """Read a submission; raises UnsupportedFormat or UnreadableContent when nothing can be published."""
    s = submission
    extracted = await extract(Content(s.data, s.filename, s.content_type, s.fmt, s.charset))
    readable, refused = await _attachments(extracted.attachments, extract)
    if not extracted.text:
        submission, extracted, readable = _attachment_as_release(submission, extracted, readable, refused)
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
    attached = tuple(
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
    )
    if attached:
        listed = {**release.metadata, "attachments": " ".join(a.release_id for a in attached)}
        release = release.model_copy(update={"metadata": listed})
    return Plan(release, attached, tuple(refused))


def _attachment_as_release(
    submission: Submission,
    extracted: Extracted,
    readable: list[tuple[Attachment, Extracted]],
    refused: list[str],
) -> tuple[Submission, Extracted, list[tuple[Attachment, Extracted]]]:
    """An e-mail without a text body: the release is its first readable attachment."""
    if not readable:
        raise UnreadableContent(
            "the e-mail has no text body and none of its attachments could be read"
            + (": " + "; ".join(refused) if refused else "")
        )
    # the e-mail still lends it a title and a date
    (attachment, first), rest = readable[0], readable[1:]
    extracted = replace(
        first,
        title=first.title or extracted.title,
        detected_date=first.detected_date or extracted.detected_date,
    )
    submission = replace(
        submission, data=attachment.data, filename=attachment.filename, content_type=attachment.content_type
    )
    return submission, extracted, rest


async def _attachments(
    attachments: tuple[Attachment, ...], extract: Extract
) -> tuple[list[tuple[Attachment, Extracted]], list[str]]:
    readable, refused = [], []
    for attachment in attachments:
        name = safe_filename(attachment.filename) or attachment.content_type or "attachment"
        try:
            part = await extract(Content(attachment.data, attachment.filename, attachment.content_type))
        except (UnsupportedFormat, UnreadableContent) as exc:
            refused.append(f"{name}: {exc}")
            continue
        if part.text:  # an e-mail attached to an e-mail: its own attachments are not followed
            readable.append((attachment, part))
    return readable, refused


async def extract_here(content: Content) -> Extracted:
    """`extract_content` in this process, without a worker's bounds: for the files of a trusted user."""
    return extract_content(content)


async def releases_of(submission: Submission) -> list[RawRelease]:
    """The raw releases ingest would publish for `submission`, attachments first, without Kafka
    or a ledger: what `pressflow analyze` enriches."""
    return (await plan(submission, extract_here)).all()

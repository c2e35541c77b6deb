"""Extracted text plus what is known of its arrival, made into a raw release event."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime
from pathlib import PurePath
from typing import Literal

from pressflow_ingest.core.formats import Extracted
from pressflow_ingest.core.identity import release_id
from pressflow_schemas import RawRelease, Source


def safe_filename(name: str | None) -> str | None:
    """The last part of a submitted name: no directories, no control characters."""
    if not name:
        return None
    base = PurePath(name.replace("\\", "/")).name
    base = "".join(c for c in base if c.isprintable())
    return base if base not in ("", ".", "..") else None


def raw_release(
    extracted: Extracted,
    data: bytes,
    *,
    kind: Literal["file", "http"],
    received_at: datetime,
    filename: str | None = None,
    content_type: str | None = None,
    title: str | None = None,
    metadata: Mapping[str, str] | None = None,
) -> RawRelease:
    """Wrap extracted text with its provenance; the submitter's title and metadata win."""
    return RawRelease(
        release_id=release_id(extracted.text),
        received_at=extracted.received_at or received_at,
        source=Source(
            kind=kind,
            filename=safe_filename(filename) or extracted.filename,
            format=extracted.format,
            content_type=content_type,
            encoding=extracted.encoding,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            detected_date=extracted.detected_date,
        ),
        text=extracted.text,
        title=title or extracted.title,
        metadata={**extracted.metadata, **(metadata or {})},
    )

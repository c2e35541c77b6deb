"""Bytes plus what is known of their arrival, made into a raw release event."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pressflow_ingest.formats import extract
from pressflow_ingest.identity import release_id
from pressflow_schemas import RawRelease, Source


def make_raw_release(
    data: bytes,
    *,
    kind: Literal["file", "http"],
    received_at: datetime,
    filename: str | None = None,
    content_type: str | None = None,
    fmt: str | None = None,
    charset: str | None = None,
    title: str | None = None,
    metadata: dict[str, str] | None = None,
) -> RawRelease:
    """Extract the text of `data` and wrap it with its provenance; raises on unusable input."""
    extracted = extract(data, filename, content_type, fmt, charset)
    return RawRelease(
        release_id=release_id(extracted.text),
        received_at=received_at,
        source=Source(
            kind=kind,
            filename=filename,
            format=extracted.format,
            content_type=content_type,
            encoding=extracted.encoding,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        ),
        text=extracted.text,
        title=title or extracted.title,
        metadata=metadata or {},
    )

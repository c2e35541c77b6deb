"""A submission (bytes and what is known of their arrival) and the receipt for what became of it."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath


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

    @property
    def bytes_key(self) -> str:
        """The bytes and the format they were declared in: the same bytes sent as JSON and as
        Markdown are two submissions, the same file under two names is one."""
        declared = self.fmt or (self.content_type or "").split(";")[0].strip().lower()
        if not declared and self.filename:
            declared = PurePath(self.filename).suffix.lower()
        return self.sha256 if not declared else f"{self.sha256}:{declared}"

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

"""What every format extractor returns or raises, and the text normalisation they share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


class UnsupportedFormat(ValueError):
    """The bytes are of a kind ingest does not read."""


class UnreadableContent(ValueError):
    """The bytes are of a supported kind but hold no usable text."""


class InvalidRelease(UnreadableContent):
    """A JSON release object that does not validate; `errors` name each field and what is wrong."""

    def __init__(self, message: str, errors: list[dict[str, str]]) -> None:
        super().__init__(message)
        self.errors = errors


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another one (an e-mail attachment), to be extracted on its own."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class Extracted:
    """The text of a release and what its format told about it."""

    text: str
    format: str
    encoding: str | None = None
    title: str | None = None
    detected_date: date | None = None
    # What only a JSON release object carries: the submitter's own name, time and metadata.
    filename: str | None = None
    received_at: datetime | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()


def normalise_text(text: str) -> str:
    """NFC, Unix line ends, no trailing spaces, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # Control characters other than tab and newline are never part of a release; NUL breaks downstream.
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def require_text(text: str, fmt: str) -> str:
    """`text` normalised, or UnreadableContent when nothing readable is left."""
    text = normalise_text(text)
    if not text.strip():
        raise UnreadableContent(f"no text found in the {fmt} content")
    return text


def clean_title(title: str | None) -> str | None:
    """A title on one line, or None when it is blank."""
    return " ".join((title or "").split()) or None

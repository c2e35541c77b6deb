"""Which extractor reads which bytes: by content type, else file suffix, else the bytes themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from pressflow_ingest.core.formats.docx import extract_docx
from pressflow_ingest.core.formats.eml import extract_eml
from pressflow_ingest.core.formats.extraction import Extracted, UnreadableContent, UnsupportedFormat
from pressflow_ingest.core.formats.html import extract_html
from pressflow_ingest.core.formats.json import extract_json
from pressflow_ingest.core.formats.pdf import extract_pdf
from pressflow_ingest.core.formats.text import extract_text

SUPPORTED_FORMATS = ("txt", "md", "html", "pdf", "docx", "eml", "json")
# Formats whose parsers can be made to hang or balloon by a crafted file: run them isolated.
RISKY_FORMATS = frozenset({"pdf", "docx"})

SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".eml": "eml",
    ".json": "json",
}
CONTENT_TYPES = {
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "message/rfc822": "eml",
    "application/json": "json",
}
_GENERIC_TYPES = ("", "application/octet-stream", "binary/octet-stream")
_MAIL_HEADER = re.compile(rb"^(from|to|subject|date|message-id|mime-version|received|return-path):", re.I)


def detect_format(filename: str | None, content_type: str | None, data: bytes | None = None) -> str:
    """The source format from the content type, else the file name's suffix, else a look at `data`."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in CONTENT_TYPES:
        return CONTENT_TYPES[mime]
    if mime not in _GENERIC_TYPES:
        raise UnsupportedFormat(
            f"content type {mime!r} is not supported; send one of " + ", ".join(sorted(CONTENT_TYPES))
        )
    suffix = PurePath(filename or "").suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    sniffed = sniff(data) if data is not None and not suffix else None
    if sniffed:
        return sniffed
    raise UnsupportedFormat(
        f"cannot tell the format of {filename or 'the body'!r}; use one of the suffixes "
        + ", ".join(sorted(SUFFIXES))
    )


def sniff(data: bytes) -> str | None:
    """The format the first bytes announce, for files that come without a name or suffix."""
    head = data[:1024].lstrip()
    lowered = head.lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[: 64 * 1024] else None
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    if _MAIL_HEADER.match(head):
        return "eml"
    return None


@dataclass(frozen=True)
class Content:
    """Bytes to extract and what their sender said of them: a name, a content type, and perhaps
    the format and charset outright."""

    data: bytes
    filename: str | None = None
    content_type: str | None = None
    fmt: str | None = None
    charset: str | None = None

    @property
    def format(self) -> str:
        """`fmt` when given, else told by the content type, else by the file name, else by the
        bytes; raises UnsupportedFormat."""
        return self.fmt or detect_format(self.filename, self.content_type, self.data)


def extract(
    data: bytes,
    filename: str | None = None,
    content_type: str | None = None,
    fmt: str | None = None,
    charset: str | None = None,
) -> Extracted:
    """Extract the text of a release from its bytes; raises UnsupportedFormat or UnreadableContent.

    The format is `fmt` when given, else told by the content type, else by the file name,
    else by the bytes.
    """
    return extract_content(Content(data, filename, content_type, fmt, charset))


def extract_content(content: Content) -> Extracted:
    """`extract` of bytes held with what is known of them."""
    fmt, data, charset = content.format, content.data, content.charset
    if not data.strip():
        raise UnreadableContent("the release is empty; send a file or body with text in it")
    if fmt in ("txt", "md"):
        return extract_text(data, fmt, charset)
    if fmt == "html":
        return extract_html(data, charset)
    if fmt == "pdf":
        return extract_pdf(data)
    if fmt == "docx":
        return extract_docx(data)
    if fmt == "eml":
        return extract_eml(data)
    if fmt == "json":
        return extract_json(data)
    raise UnsupportedFormat(f"format {fmt!r} is not one of {', '.join(SUPPORTED_FORMATS)}")

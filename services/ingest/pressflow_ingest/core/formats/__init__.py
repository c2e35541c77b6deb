"""Turning the bytes of a release into text: one pure extractor per format and a dispatcher."""

from pressflow_ingest.core.formats.dispatch import (
    CONTENT_TYPES,
    RISKY_FORMATS,
    SUFFIXES,
    SUPPORTED_FORMATS,
    Content,
    detect_format,
    extract,
    extract_content,
    sniff,
)
from pressflow_ingest.core.formats.extraction import (
    Attachment,
    Extracted,
    InvalidRelease,
    UnreadableContent,
    UnsupportedFormat,
    normalise_text,
)
from pressflow_ingest.core.formats.html import html_to_text
from pressflow_ingest.core.formats.text import decode

__all__ = [
    "CONTENT_TYPES",
    "RISKY_FORMATS",
    "SUFFIXES",
    "SUPPORTED_FORMATS",
    "Attachment",
    "Content",
    "Extracted",
    "InvalidRelease",
    "UnreadableContent",
    "UnsupportedFormat",
    "decode",
    "detect_format",
    "extract",
    "extract_content",
    "html_to_text",
    "normalise_text",
    "sniff",
]

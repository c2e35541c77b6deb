"""Plain text and Markdown in any common encoding: decoded, the encoding reported."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from pressflow_ingest.core.formats.extraction import Extracted, UnreadableContent, require_text

# Detection reads a sample: the whole of a 20 MiB file would take seconds.
_DETECTION_SAMPLE = 64 * 1024
# Single-byte Latin code pages that detection confuses with one another on short samples; cp1252
# is what most non-UTF-8 French and English text really is, and the one with € and curly quotes.
_WESTERN = {
    "ascii", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_16", "cp1250", "cp1254", "cp1257", "cp437",
    "cp850", "cp852", "cp858", "cp860", "cp861", "cp863", "cp865", "mac_roman", "mac_latin2",
    "mac_iceland", "mac_turkish", "hp_roman8",
}  # fmt: skip
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode text bytes: the declared charset, else a BOM, else UTF-8, else the detected encoding."""
    if charset:
        return _decode_as(data, charset, f"fix the charset parameter ({charset}) or the text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, "re-save the file as UTF-8")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise UnreadableContent("the bytes hold NUL characters: this is binary data, not text")
    best = from_bytes(data[:_DETECTION_SAMPLE]).best()
    encoding = "cp1252" if best is None or best.encoding in _WESTERN else best.encoding
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        if best is None or encoding == best.encoding:
            raise UnreadableContent(
                "the bytes are not text in any common encoding; re-save the file as UTF-8"
            ) from None
    return _decode_as(data, best.encoding, "re-save the file as UTF-8")


def _decode_as(data: bytes, encoding: str, advice: str) -> tuple[str, str]:
    try:
        return data.decode(encoding), encoding.lower()
    except LookupError as exc:
        raise UnreadableContent(f"unknown charset {encoding!r}; declare utf-8") from exc
    except UnicodeDecodeError as exc:
        raise UnreadableContent(
            f"the bytes are not valid {encoding} (bad byte at offset {exc.start}); {advice}"
        ) from exc


def extract_text(data: bytes, fmt: str, charset: str | None = None) -> Extracted:
    """A .txt or .md release: its decoded text, paragraph breaks kept."""
    text, encoding = decode(data, charset)
    return Extracted(text=require_text(text, fmt), format=fmt, encoding=encoding)

"""Turning the bytes of a release (txt, md, html) into text: pure functions, no I/O."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath

SUPPORTED_FORMATS = ("txt", "md", "html")

_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_CONTENT_TYPES = {"text/plain": "txt", "text/markdown": "md", "text/x-markdown": "md", "text/html": "html"}


class UnsupportedFormat(ValueError):
    """The bytes are of a kind ingest does not read."""


class UnreadableContent(ValueError):
    """The bytes are of a supported kind but hold no usable text."""


@dataclass(frozen=True)
class Extracted:
    text: str
    format: str
    encoding: str
    title: str | None = None


def detect_format(filename: str | None, content_type: str | None) -> str:
    """The source format from the content type, else the file name's suffix."""
    if content_type:
        mime = content_type.split(";")[0].strip().lower()
        if mime in _CONTENT_TYPES:
            return _CONTENT_TYPES[mime]
        if mime not in ("application/octet-stream", ""):
            raise UnsupportedFormat(
                f"content type {mime!r} is not supported; send one of " + ", ".join(sorted(_CONTENT_TYPES))
            )
    suffix = PurePath(filename or "").suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    raise UnsupportedFormat(
        f"cannot tell the format of {filename or 'the body'!r}; use one of the suffixes "
        + ", ".join(sorted(_SUFFIXES))
    )


def decode(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode text bytes: the declared charset, else UTF-8 (BOM or not), else Windows-1252."""
    if charset:
        try:
            return data.decode(charset), charset.lower()
        except LookupError as exc:
            raise UnreadableContent(f"unknown charset {charset!r}; declare utf-8") from exc
        except UnicodeDecodeError as exc:
            raise UnreadableContent(
                f"the bytes are not valid {charset} (bad byte at offset {exc.start}); "
                "fix the charset parameter or the text"
            ) from exc
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if b"\x00" not in data:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    raise UnreadableContent(
        f"the bytes are not UTF-8 text (first bad byte at offset {utf8_error.start}); "
        "re-save the file as UTF-8"
    )


def normalise_text(text: str) -> str:
    """NFC, Unix line ends, no trailing spaces on lines, no leading or trailing blank lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip("\n")


class _HtmlText(HTMLParser):
    """Visible text of an HTML page with paragraph breaks; scripts, styles and chrome dropped."""

    _SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "svg", "form"}
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "blockquote",
        "pre",
        "hr",
        "dd",
        "dt",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            # ASCII whitespace only: no-break spaces carry meaning in French numbers ("100 000 €")
            self.parts.append(re.sub(r"[ \t\r\n\f\v]+", " ", data))


def html_to_text(markup: str) -> tuple[str, str | None]:
    """The text of an HTML document and its <title>."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    title = " ".join("".join(parser.title_parts).split()) or None
    return text, title


def extract(
    data: bytes,
    filename: str | None = None,
    content_type: str | None = None,
    fmt: str | None = None,
    charset: str | None = None,
) -> Extracted:
    """Extract the text of a release from its bytes; raises UnsupportedFormat or UnreadableContent.

    The format is `fmt` when given, else told by the content type, else by the file name.
    """
    fmt = fmt or detect_format(filename, content_type)
    if not data.strip():
        raise UnreadableContent("the release is empty; send a file or body with text in it")
    raw_text, encoding = decode(data, charset)
    title = None
    if fmt == "html":
        raw_text, title = html_to_text(raw_text)
    text = normalise_text(raw_text)
    if not text.strip():
        raise UnreadableContent(f"no text found in the {fmt} content")
    return Extracted(text=text, format=fmt, encoding=encoding, title=title)

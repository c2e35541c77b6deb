"""PDF documents: text in reading order with paragraph breaks, the metadata title and date."""

from __future__ import annotations

import io
import logging
import statistics
from dataclasses import dataclass
from datetime import date

from pypdf import PdfReader

from pressflow_ingest.core.formats.extraction import Extracted, UnreadableContent, clean_title, require_text

# A page count past this is not a press release; refusing early bounds the work on hostile files.
MAX_PAGES = 500
_SENTENCE_END = (".", "!", "?", ":", "»", '"', "”")


@dataclass
class _Line:
    text: str
    y: float
    size: float


def extract_pdf(data: bytes) -> Extracted:
    """A .pdf release; raises UnreadableContent for encrypted, broken or image-only files."""
    # pypdf logs every recoverable defect of a broken file as a warning; they are not ours to show
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableContent("the PDF is encrypted; send it without a password")
        if len(reader.pages) > MAX_PAGES:
            raise UnreadableContent(f"the PDF has {len(reader.pages)} pages; the limit is {MAX_PAGES}")
        pages = [_page_text(page) for page in reader.pages]
        title, created = _metadata(reader)
    except UnreadableContent:
        raise
    # pypdf on untrusted bytes fails in open-ended ways (even NotImplementedError for an unknown
    # filter): whatever it raises is the file's fault, so it becomes the file's refusal.
    except Exception as exc:
        raise UnreadableContent(f"the PDF cannot be read: {type(exc).__name__}: {exc}"[:300]) from exc
    text = "\n\n".join(page for page in pages if page.strip())
    if not text.strip():
        raise UnreadableContent(
            "the PDF has no text layer (a scan?); send a PDF with text or the text itself"
        )
    return Extracted(text=require_text(text, "pdf"), format="pdf", title=title, detected_date=created)


def _metadata(reader: PdfReader) -> tuple[str | None, date | None]:
    info = reader.metadata
    if info is None:
        return None, None
    try:
        created = info.creation_date
    except ValueError:  # a malformed /CreationDate is common and harmless
        created = None
    return clean_title(info.title), created.date() if created else None


def _page_text(page) -> str:  # noqa: ANN001 - pypdf's PageObject
    lines: list[_Line] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        # the baseline in page space: the text matrix's origin through the current transformation
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        scale = abs(cm[3] * tm[3]) or 1.0
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append(_Line("", y, size * scale))
            if piece:
                _add(lines, piece, y, size * scale)

    page.extract_text(visitor_text=visit)
    return _paragraphs([line for line in lines if line.text.strip()])


def _add(lines: list[_Line], piece: str, y: float, size: float) -> None:
    current = lines[-1] if lines else None
    if current is not None and current.text and abs(current.y - y) <= max(size, 1.0) * 0.5:
        current.text += piece
    else:
        lines.append(_Line(piece, y, size))


def _paragraphs(lines: list[_Line]) -> str:
    """Lines joined into paragraphs: a break where the gap is wider than the usual line spacing,
    or after a line well short of the column (how paragraphs set without spacing still show)."""
    if not lines:
        return ""
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False) if a.y - b.y > 0]
    typical_size = statistics.median(line.size for line in lines)
    # the line spacing is the smallest usual gap; smaller ones are sub- and superscripts
    usual = [gap for gap in gaps if gap >= 0.8 * typical_size]
    spacing = min(usual) if usual else typical_size * 1.2
    longest = max(len(line.text.strip()) for line in lines)
    out = [lines[0].text.strip()]
    for previous, line in zip(lines, lines[1:], strict=False):
        gap = previous.y - line.y
        width = len(previous.text.strip())
        ended = width < 0.7 * longest or (
            previous.text.rstrip().endswith(_SENTENCE_END) and width < 0.9 * longest
        )
        if gap <= 0 or gap > spacing * 1.3 or ended:
            out.append("\n\n")
        elif out[-1].endswith("-"):
            out.append("")
        else:
            out.append(" ")
        out.append(line.text.strip())
    return "".join(out)

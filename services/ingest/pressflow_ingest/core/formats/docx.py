"""Word documents (.docx): paragraphs and tables in order, the title from the properties or first heading."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from pressflow_ingest.core.formats.extraction import Extracted, UnreadableContent, clean_title, require_text

# python-docx inflates every part it reads: these bounds are checked on the zip directory first,
# so a zip bomb is refused before a byte is decompressed.
MAX_MEMBERS = 2_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200


def check_zip(data: bytes, what: str = "the .docx") -> None:
    """Refuse a zip whose members are too many, too large or too compressed to be a document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableContent(f"{what} is not a valid zip package: {exc}") from exc
    if len(members) > MAX_MEMBERS:
        raise UnreadableContent(f"{what} holds {len(members)} parts; the limit is {MAX_MEMBERS}")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableContent(
            f"{what} would inflate to {total} bytes; the limit is {MAX_UNCOMPRESSED_BYTES} (a zip bomb?)"
        )
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        # small parts compress well by nature (repetitive XML); only large ones can hurt
        if member.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise UnreadableContent(
                f"{what} part {member.filename!r} is compressed {ratio}:1; "
                f"the limit is {MAX_RATIO}:1 (a zip bomb?)"
            )


def extract_docx(data: bytes) -> Extracted:
    """A .docx release; raises UnreadableContent for broken or hostile packages."""
    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_block_text(block) for block in document.iter_inner_content()]
        properties = document.core_properties
        heading = _first_heading(document.paragraphs)
        title = clean_title(properties.title) or heading
        created = properties.created
    # python-docx and lxml on untrusted bytes fail in open-ended ways: whatever they raise is
    # the file's fault, so it becomes the file's refusal.
    except Exception as exc:
        raise UnreadableContent(f"the .docx cannot be read: {type(exc).__name__}: {exc}"[:300]) from exc
    text = "\n\n".join(block for block in blocks if block.strip())
    return Extracted(
        text=require_text(text, "docx"),
        format="docx",
        title=title,
        detected_date=created.date() if created else None,
    )


def _block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Paragraph):
        return block.text
    rows = []
    for row in block.rows:
        cells: list[str] = []
        for cell in row.cells:
            if not cells or cell.text != cells[-1]:  # merged cells repeat their text
                cells.append(cell.text)
        rows.append(" | ".join(cells))
    return "\n".join(rows)


def _first_heading(paragraphs: list[Paragraph]) -> str | None:
    for paragraph in paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if (style == "Title" or style.startswith("Heading")) and paragraph.text.strip():
            return clean_title(paragraph.text)
    return None

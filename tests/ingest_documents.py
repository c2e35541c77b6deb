"""Real-looking documents for the ingest tests, made on the fly: PDF, Word, e-mail, HTML, and hostile ones."""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

PARAGRAPHS = [
    "Rennes, le 2 avril 2025",
    "La Ville de Rennes inaugure une nouvelle médiathèque de 4 000 m² dans le quartier du Blosne. "
    "Le bâtiment, conçu par l'agence Boucher & Associés, accueillera 80 000 documents et un "
    "espace numérique ouvert à tous.",
    "Le coût total s'élève à 12,5 M€, financé à 40 % par l'État et à 20 % par la Région Bretagne.",
    "Contact presse : Marie Dupont, 02 99 00 00 00, presse@rennes.example",
]
TITLE = "Inauguration de la médiathèque du Blosne"


def pdf(paragraphs: list[str] = PARAGRAPHS, title: str | None = TITLE) -> bytes:
    """A PDF as a word processor exports one: a heading, spaced paragraphs, metadata."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["Normal"], spaceAfter=8)
    buffer = io.BytesIO()
    # invariant: a fixed creation date (2000-01-01), so the metadata date is known
    document = SimpleDocTemplate(buffer, pagesize=A4, title=title or "", invariant=1)
    story = [Paragraph(TITLE, styles["Heading1"])] + [Paragraph(p, body) for p in paragraphs]
    document.build(story)
    return buffer.getvalue()


def docx(
    paragraphs: list[str] = PARAGRAPHS, core_title: str | None = None, created: datetime | None = None
) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading(TITLE, 1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Financeur", (0, 1): "Part", (1, 0): "État", (1, 1): "40 %"}.items():
        table.cell(row, col).text = text
    if core_title:
        document.core_properties.title = core_title
    if created:
        document.core_properties.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def eml(
    subject: str = TITLE,
    body: str | None = "\n\n".join(PARAGRAPHS),
    html: str | None = None,
    attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
    date: datetime | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = "Service presse <presse@rennes.example>"
    message["To"] = "redaction@journal.example"
    message["Subject"] = subject
    if date:
        message["Date"] = format_datetime(date)
    if body is not None:
        message.set_content(body)
    if html is not None:
        if body is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    for filename, mime, data in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def html_page(published: str = "2025-04-02T09:00:00+02:00") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | Ville de Rennes</title>"
        f"<meta property='article:published_time' content='{published}'>"
        "<script>window.analytics = {};</script><style>p { color: red }</style></head><body>"
        "<header><nav><a href='/'>Accueil</a> | <a href='/presse'>Presse</a></nav></header>"
        f"<main><article><h1>{TITLE}</h1>{paragraphs}</article></main>"
        "<aside>Les plus lus</aside><footer>Mentions légales</footer></body></html>"
    ).encode()


# Hostile documents: each must be refused, never read at length.


def docx_zip_bomb() -> bytes:
    """A .docx whose document part inflates from a few kilobytes to 50 MiB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(50):
                part.write(chunk)
    return buffer.getvalue()


def pdf_huge_declared_stream() -> bytes:
    """A PDF whose page content claims a 100 GB length and inflates to 100 MiB."""
    bomb = zlib.compress(b"0 0 m " * (100 * 1024 * 1024 // 6), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length 100000000000 /Filter /FlateDecode >>\nstream\n" + bomb + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def html_billion_laughs() -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return (
        f"<!DOCTYPE html [{entities}]><html><head><title>&lol9;</title>"
        "<script>while (true) { document.write('x'); }</script></head>"
        "<body><p>&lol9;</p></body></html>"
    ).encode()


def hostile_corpus() -> dict[str, bytes]:
    """Files ingest must refuse with a reason, quickly and without falling over."""
    junk = random.Random(4).randbytes(4096)
    return {
        "bombe.docx": docx_zip_bomb(),
        "flux-geant.pdf": pdf_huge_declared_stream(),
        "rires.html": html_billion_laughs(),
        "invalide.txt": b"\xff\xfe\x00\xd8" + junk,
        "vide.txt": b"",
        "faux.pdf": b"%PDF-1.7\n" + junk,
        "faux.docx": b"PK\x03\x04" + junk,
        "photo.jpg": b"\xff\xd8\xff\xe0" + junk,
    }

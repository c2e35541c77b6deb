"""Each format's extractor on real-looking files made by the test: PDF, Word, e-mail, HTML, JSON, text."""

from datetime import UTC, date, datetime

import ingest_documents as documents
import pytest

from pressflow_ingest.core.formats import (
    InvalidRelease,
    UnreadableContent,
    UnsupportedFormat,
    decode,
    detect_format,
    extract,
    sniff,
)
from pressflow_ingest.core.formats.docx import check_zip


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_a_pdf_gives_its_paragraphs_in_order_its_title_and_its_date():
    extracted = extract(documents.pdf(), "communique.pdf")
    assert (extracted.format, extracted.title) == ("pdf", documents.TITLE)
    assert paragraphs(extracted.text) == [documents.TITLE, *documents.PARAGRAPHS]
    assert extracted.detected_date == date(2000, 1, 1)


def test_a_pdf_without_a_metadata_title_has_none():
    assert extract(documents.pdf(title=None), "a.pdf").title is None


def test_an_encrypted_pdf_is_refused_with_the_reason():
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt="secret")
    page.drawString(72, 720, "Confidentiel")
    page.save()
    with pytest.raises(UnreadableContent, match="encrypted"):
        extract(buffer.getvalue(), "secret.pdf")


def test_a_scanned_pdf_without_text_is_refused():
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.rect(72, 72, 300, 300, fill=1)
    page.save()
    with pytest.raises(UnreadableContent, match="no text layer"):
        extract(buffer.getvalue(), "scan.pdf")


def test_a_pdf_whose_stream_filter_pypdf_does_not_know_is_refused_not_crashed():
    # found by the property test: a damaged filter name made pypdf raise NotImplementedError
    damaged = documents.pdf().replace(b"/ASCII85Decode", b"/SCII85Decode")
    assert damaged != documents.pdf()
    with pytest.raises(UnreadableContent, match="cannot be read"):
        extract(damaged, "abime.pdf")


def test_a_docx_gives_paragraphs_tables_and_its_first_heading_as_title():
    created = datetime(2025, 4, 1, 9, tzinfo=UTC)
    extracted = extract(documents.docx(created=created), "cp.docx")
    assert extracted.title == documents.TITLE
    assert paragraphs(extracted.text)[: 1 + len(documents.PARAGRAPHS)] == [
        documents.TITLE,
        *documents.PARAGRAPHS,
    ]
    assert "État | 40 %" in extracted.text
    assert extracted.detected_date == date(2025, 4, 1)


def test_the_title_in_a_docx_properties_wins_over_its_heading():
    assert extract(documents.docx(core_title="Médiathèque : le communiqué"), "cp.docx").title == (
        "Médiathèque : le communiqué"
    )


def test_an_email_gives_its_subject_date_body_and_attachments():
    pdf = documents.pdf()
    extracted = extract(
        documents.eml(
            date=datetime(2025, 4, 2, 8, 30, tzinfo=UTC), attachments=[("cp.pdf", "application/pdf", pdf)]
        ),
        "message.eml",
    )
    assert (extracted.format, extracted.title, extracted.detected_date) == (
        "eml",
        documents.TITLE,
        date(2025, 4, 2),
    )
    assert paragraphs(extracted.text) == documents.PARAGRAPHS
    [attachment] = extracted.attachments
    assert (attachment.filename, attachment.content_type, attachment.data) == (
        "cp.pdf",
        "application/pdf",
        pdf,
    )


def test_an_email_prefers_plain_text_and_falls_back_to_its_html():
    html = "<html><body><p>Version HTML.</p><p>Second paragraphe.</p></body></html>"
    assert extract(documents.eml(body="Version texte.", html=html), "a.eml").text == "Version texte."
    assert extract(documents.eml(body=None, html=html), "a.eml").text == "Version HTML.\n\nSecond paragraphe."


def test_an_email_whose_release_is_attached_has_an_empty_body():
    extracted = extract(
        documents.eml(body=None, attachments=[("cp.docx", "application/octet-stream", b"x")]), "a.eml"
    )
    assert extracted.text == "" and len(extracted.attachments) == 1


def test_an_email_with_a_damaged_content_type_is_refused_with_a_reason():
    damaged = (
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain; charset*\n\nBonjour.\n--b--\n"
    )
    with pytest.raises(UnreadableContent, match="headers are damaged"):
        extract(damaged, "a.eml")


def test_an_html_page_gives_its_main_text_title_and_meta_date():
    extracted = extract(documents.html_page(), "page.html")
    assert extracted.title == f"{documents.TITLE} | Ville de Rennes"
    assert paragraphs(extracted.text) == [documents.TITLE, *documents.PARAGRAPHS]
    assert extracted.detected_date == date(2025, 4, 2)
    for chrome in ("Accueil", "Les plus lus", "Mentions", "analytics", "color"):
        assert chrome not in extracted.text


def test_an_html_page_in_latin1_is_read_with_the_charset_it_declares():
    page = (
        "<html><head><meta charset='iso-8859-1'><title>Été</title></head>"
        "<body><p>Café à Besançon</p></body></html>"
    )
    extracted = extract(page.encode("latin-1"), "page.html")
    assert (extracted.text, extracted.title, extracted.encoding) == ("Café à Besançon", "Été", "iso8859-1")


def test_an_html_page_without_a_head_end_still_has_its_body():
    assert extract(b"<html><head><title>T</title><body><p>Texte.</p>", "a.html").text == "Texte."


def test_html_with_entity_declarations_is_refused():
    with pytest.raises(UnreadableContent, match="entities"):
        extract(documents.html_billion_laughs(), "laughs.html")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", "Région Île-de-France : 100 € pour l’été."),
        ("utf-8-sig", "Région Île-de-France : 100 € pour l’été."),
        ("utf-16", "Région Île-de-France : 100 € pour l’été."),
        ("cp1252", "Cité de l’espace – 100 € à Besançon, très élevé."),
        ("latin-1", "Café de la Gare, Besançon, très élevé."),
        ("cp1251", "Москва, 3 марта. Правительство объявило о новой программе поддержки."),
        ("shift_jis", "東京、3月3日。政府は新しい支援プログラムを発表しました。"),
    ],
)
def test_text_in_any_common_encoding_is_read_and_its_encoding_reported(encoding, text):
    extracted = extract(f"{text}\n\n{text}\n".encode(encoding), "cp.txt")
    assert extracted.text == f"{text}\n\n{text}"
    assert extracted.encoding
    assert decode(text.encode(encoding))[0] == text


def test_binary_junk_is_not_taken_for_text():
    with pytest.raises(UnreadableContent, match="binary"):
        extract(b"\x89\x00\xff\xfe\x00\x01garbage\x00", "junk.txt")


def test_a_json_release_object_gives_its_text_title_time_and_metadata():
    extracted = extract(
        b'{"text": "Texte.", "title": "Titre", "received_at": "2025-05-05T08:00:00+02:00", '
        b'"metadata": {"agence": "MEL"}, "filename": "../../cp.txt"}',
        "release.json",
    )
    assert (extracted.text, extracted.title, extracted.format) == ("Texte.", "Titre", "json")
    assert (extracted.filename, extracted.metadata) == ("cp.txt", {"agence": "MEL"})
    assert extracted.received_at.isoformat() == "2025-05-05T08:00:00+02:00"


def test_a_json_release_whose_filename_says_html_is_read_as_html():
    extracted = extract(b'{"text": "<title>T</title><p>Un.</p><p>Deux.</p>", "filename": "a.html"}', "r.json")
    assert (extracted.text, extracted.title) == ("Un.\n\nDeux.", "T")


def test_an_invalid_json_release_names_its_fields():
    with pytest.raises(InvalidRelease) as raised:
        extract(b'{"title": 3, "txt": "typo"}', "r.json")
    assert {e["field"] for e in raised.value.errors} == {"text", "title", "txt"}


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (documents.pdf, "pdf"),
        (documents.docx, "docx"),
        (documents.eml, "eml"),
        (documents.html_page, "html"),
        (lambda: b'{"text": "x"}', "json"),
    ],
)
def test_a_file_without_a_suffix_is_recognised_by_its_bytes(make, expected):
    data = make()
    assert sniff(data) == expected
    assert detect_format("sans-extension", None, data) == expected


def test_a_known_wrong_suffix_is_not_second_guessed():
    with pytest.raises(UnsupportedFormat):
        detect_format("photo.jpg", None, documents.pdf())


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated():
    with pytest.raises(UnreadableContent, match="zip bomb"):
        check_zip(documents.docx_zip_bomb())
    with pytest.raises(UnreadableContent, match="zip bomb"):
        extract(documents.docx_zip_bomb(), "bomb.docx")


def test_a_docx_that_is_not_a_zip_is_refused():
    with pytest.raises(UnreadableContent, match="not a valid zip"):
        extract(b"PK\x03\x04 but nothing more", "broken.docx")

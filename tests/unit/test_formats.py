"""Turning submitted bytes into release text."""

import pytest

from pressflow_ingest.core.formats import (
    UnreadableContent,
    UnsupportedFormat,
    decode,
    detect_format,
    extract,
    html_to_text,
)
from pressflow_ingest.core.identity import release_id


@pytest.mark.parametrize(
    ("filename", "content_type", "expected"),
    [
        ("annonce.txt", None, "txt"),
        ("ANNONCE.MD", None, "md"),
        ("page.htm", None, "html"),
        (None, "text/html; charset=utf-8", "html"),
        ("notes.txt", "text/markdown", "md"),
        ("release.html", "application/octet-stream", "html"),
    ],
)
def test_format_comes_from_content_type_then_suffix(filename, content_type, expected):
    assert detect_format(filename, content_type) == expected


@pytest.mark.parametrize(
    ("filename", "content_type"),
    [("scan.tiff", None), (None, "image/png"), ("no-suffix", None)],
)
def test_unknown_formats_are_refused_with_what_is_accepted(filename, content_type):
    with pytest.raises(UnsupportedFormat, match="txt|text/plain"):
        detect_format(filename, content_type)


def test_decoding_prefers_utf8_and_falls_back_to_windows_1252():
    assert decode("Région Île-de-France".encode()) == ("Région Île-de-France", "utf-8")
    assert decode("\ufeffCité".encode()) == ("Cité", "utf-8-sig")
    assert decode("Cité de l’espace – 100 €".encode("cp1252")) == ("Cité de l’espace – 100 €", "cp1252")


def test_a_declared_charset_that_does_not_fit_says_so():
    with pytest.raises(UnreadableContent, match="not valid utf-8"):
        decode(b"Cit\xe9", "utf-8")


def test_html_keeps_paragraphs_and_title_and_drops_scripts_and_navigation():
    text, title = html_to_text(
        "<html><head><title>Bilan 2024</title><script>var x = 1;</script></head>"
        "<body><nav>Accueil | Presse</nav><h1>Bilan 2024</h1><p>Premier   paragraphe.</p>"
        "<p>Second&nbsp;paragraphe &amp; fin.</p><footer>Mentions légales</footer></body></html>"
    )
    assert title == "Bilan 2024"
    assert text.split("\n\n") == ["Bilan 2024", "Premier paragraphe.", "Second\xa0paragraphe & fin."]
    assert "var x" not in text and "Accueil" not in text and "Mentions" not in text


def test_extract_normalises_line_ends_and_keeps_paragraph_breaks():
    extracted = extract(b"\r\nTitre\r\n\r\nCorps du texte.  \r\n", "a.txt")
    assert extracted.text == "Titre\n\nCorps du texte."
    assert (extracted.format, extracted.encoding) == ("txt", "utf-8")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_content_is_refused(data):
    with pytest.raises(UnreadableContent, match="empty"):
        extract(data, "vide.txt")


def test_the_same_text_has_the_same_id_whatever_its_whitespace():
    assert release_id("Paris, le 3 mars.\n\nTexte") == release_id("Paris, le 3 mars. Texte  ")
    assert release_id("Paris, le 3 mars.") != release_id("Paris, le 4 mars.")
    assert len(release_id("x")) == 20

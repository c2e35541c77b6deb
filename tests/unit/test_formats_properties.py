"""Property-based: whatever the bytes, an extractor returns text or raises one of its two typed errors."""

import ingest_documents as documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressflow_ingest.core.formats import (
    SUPPORTED_FORMATS,
    Extracted,
    UnreadableContent,
    UnsupportedFormat,
    extract,
    normalise_text,
)

# No deadline: the machine is shared and slow moments are not failures; a hang still fails the run.
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PDF = documents.pdf()
DOCX = documents.docx()
EML = documents.eml(attachments=[("cp.pdf", "application/pdf", PDF)])


def extracts_or_refuses(data: bytes, **kwargs) -> Extracted | None:
    try:
        extracted = extract(data, **kwargs)
    except (UnsupportedFormat, UnreadableContent) as exc:
        assert str(exc), "a refusal always says why"
        return None
    assert isinstance(extracted, Extracted)
    assert extracted.text.strip() or extracted.format == "eml"  # an e-mail's release may be attached
    assert "\r" not in extracted.text and "\x00" not in extracted.text
    return extracted


@PROPERTY
@given(data=st.binary(max_size=2048), fmt=st.sampled_from(SUPPORTED_FORMATS))
def test_any_bytes_in_any_format_give_text_or_a_typed_error(data, fmt):
    extracts_or_refuses(data, fmt=fmt)


@PROPERTY
@given(
    sample=st.sampled_from([("pdf", PDF), ("docx", DOCX), ("eml", EML)]),
    cuts=st.lists(st.tuples(st.integers(0, 40_000), st.binary(max_size=8)), min_size=1, max_size=4),
)
def test_damaged_documents_give_text_or_a_typed_error(sample, cuts):
    fmt, data = sample
    for position, junk in cuts:
        position %= len(data)
        data = data[:position] + junk + data[position + len(junk) + 1 :]
    extracts_or_refuses(data, fmt=fmt)


@PROPERTY
@given(data=st.binary(max_size=1024), filename=st.text(max_size=30), content_type=st.text(max_size=30))
def test_any_name_and_content_type_are_dispatched_or_refused(data, filename, content_type):
    extracts_or_refuses(data, filename=filename, content_type=content_type)


@PROPERTY
@given(text=st.text(min_size=1, max_size=500), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_text_round_trips_through_its_encoding(text, encoding):
    extracted = extracts_or_refuses(text.encode(encoding, errors="surrogatepass"), fmt="txt")
    if extracted is not None:
        assert extracted.text == normalise_text(text.replace("\ufeff", "", encoding == "utf-8-sig"))


@PROPERTY
@given(
    body=st.lists(
        st.one_of(
            # free text never opens markup itself: "<?" or "<!" before the script tag would make
            # it part of a bogus comment, and its words text, as the HTML standard says
            st.text(st.characters(exclude_characters="<"), max_size=40),
            st.sampled_from(
                ["<p>", "</p>", "<script>track()</script>", "<br>", "<!--", "-->", "<main>", "&amp;", "<b>"]
            ),
        ),
        max_size=30,
    )
)
def test_any_markup_gives_text_or_a_typed_error(body):
    extracted = extracts_or_refuses("".join(body).encode("utf-8", errors="surrogatepass"), fmt="html")
    if extracted is not None:
        outside_scripts = "".join(part for part in body if part != "<script>track()</script>")
        assert "track()" not in extracted.text or "track()" in outside_scripts

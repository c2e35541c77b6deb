"""HTML pages: the main text without navigation, the <title>, a date from the meta tags."""

from __future__ import annotations

import codecs
import dataclasses
import re
from datetime import date
from html.parser import HTMLParser

from pressflow_ingest.core.formats.extraction import Extracted, UnreadableContent, clean_title, require_text
from pressflow_ingest.core.formats.text import decode

_META_DATES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "article:modified_time",
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class _PageText(HTMLParser):
    """Visible text with paragraph breaks; scripts, styles and site chrome dropped.

    When the page marks its main content (<main>, <article>, role="main") only that is kept,
    which leaves out the menus and sidebars that pages put outside it.
    """

    _SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "svg", "form",
             "button", "select", "iframe", "object"}  # fmt: skip
    _VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
    _BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
              "section", "article", "main", "header", "blockquote", "pre", "hr", "dd", "dt", "dl",
              "figure", "figcaption", "address"}  # fmt: skip
    _MAIN = {"main", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self.title_parts: list[str] = []
        self.first_heading: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._main_depth = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): v or "" for k, v in attrs}
        if tag == "body":
            self._skip_depth = 0  # a <head> left open ends where the body begins
        if tag == "meta":
            self._meta(attributes)
        elif tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._VOID:
            self._append("\n" if tag == "br" else "\n\n")
            return
        if tag in self._MAIN or attributes.get("role") == "main":
            self._main_depth += 1
        if tag == "h1" and not self.first_heading:
            self._in_h1 = True
        if tag in self._BLOCK:
            self._append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta/>: no end tag follows, so nothing may be counted as opened
        if tag == "meta":
            self._meta({k.lower(): v or "" for k, v in attrs})
        elif tag in self._BLOCK or tag in self._VOID:
            self._append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        if tag in self._MAIN:
            self._main_depth = max(0, self._main_depth - 1)
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self._append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            # ASCII whitespace only: no-break spaces carry meaning in French numbers ("100 000 €")
            self._append(re.sub(r"[ \t\r\n\f\v]+", " ", data))
            if self._in_h1:
                self.first_heading.append(data)

    def _append(self, text: str) -> None:
        if self._skip_depth:
            return
        self.parts.append(text)
        if self._main_depth:
            self.main_parts.append(text)

    def _meta(self, attributes: dict[str, str]) -> None:
        name = (
            attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
        ).lower()
        if name and "content" in attributes:
            self.meta.setdefault(name, attributes["content"])


def _layout(parts: list[str]) -> str:
    text = "\n".join(line.strip() for line in "".join(parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _meta_date(meta: dict[str, str]) -> date | None:
    for name in _META_DATES:
        match = _ISO_DAY.search(meta.get(name, ""))
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None


def html_to_text(markup: str) -> tuple[str, str | None]:
    """The main text of an HTML document and its title."""
    page = _parse(markup)
    return _text_of(page), _title_of(page)


def _parse(markup: str) -> _PageText:
    page = _PageText()
    if markup.rfind("<!--") > markup.rfind("-->"):
        markup += "-->"  # browsers end an unclosed comment at the end of the page; HTMLParser shows it
    page.feed(markup)
    page.close()
    return page


def _text_of(page: _PageText) -> str:
    main = _layout(page.main_parts)
    return main if main.strip() else _layout(page.parts)


def _title_of(page: _PageText) -> str | None:
    return (
        clean_title("".join(page.title_parts))
        or clean_title(page.meta.get("og:title"))
        or clean_title("".join(page.first_heading))
    )


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first kilobytes (<meta charset> or http-equiv), if known."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def extract_html(data: bytes, charset: str | None = None) -> Extracted:
    """An .html release: main text, title, and a date from the meta tags when present."""
    if _ENTITY_DECLARATION.search(data):
        # HTML has no entity declarations; a document with them is XML built to expand (billion laughs)
        raise UnreadableContent("the document declares XML entities; it is not an HTML page")
    declared = charset or declared_charset(data)
    try:
        markup, encoding = decode(data, declared)
    except UnreadableContent:
        if charset:
            raise
        # pages often keep a <meta charset> that no longer matches how they were saved
        markup, encoding = decode(data)
    return dataclasses.replace(extract_html_markup(markup), encoding=encoding)


def extract_html_markup(markup: str) -> Extracted:
    """HTML that is already text, e.g. a JSON release whose filename says .html."""
    page = _parse(markup)
    return Extracted(
        text=require_text(_text_of(page), "html"),
        format="html",
        title=_title_of(page),
        detected_date=_meta_date(page.meta),
    )

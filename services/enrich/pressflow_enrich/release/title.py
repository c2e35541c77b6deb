"""The release's title."""

from __future__ import annotations

import re
from datetime import date

from pressflow_enrich.dates.mentions import find_dates
from pressflow_enrich.words.letters import pattern

# Header lines that frame a release without saying what it is about.
_BOILERPLATE = pattern(
    r"""^(?:
        (?:communiqué|dossier|note|invitation)\s+(?:de\s+)?presse\b.{0,3}$   # Communiqué de presse
      | press\s+release\s*:?$ | news\s+release\s*:?$ | media\s+release\s*:?$
      | contacts?(?:\s+presse)?\s*:?$ | société\s*:.*$ | company\s*:.*$
      | (?:posted|publié)\s*(?:le|on)?\s*:.*$
      | [A-Z]{1,4}\s?\d{1,4}[-/]\d{2,4}$                                  # CP028-2018
      | no\.?\s*\d+\w*$                                                   # No 136a
    )""",
    re.I | re.X,
)
# A line that is a date and little else ("Toulouse, le 14 décembre 2018", "October 2001"):
# after its dates, at most this many words (a place, "le", a time) remain.
_DATE_LINE_WORDS = 4
_LONGEST_DATE_WORDS = 10  # "from Nov. 1, 2008, through Sept. 30, 2011" and a weekday or two
_ANY_DAY = date(2000, 1, 1)  # the anchor only resolves relative dates, which don't matter here
_MIN_WORDS = 3
_HEADLINE_CHARS = 150  # a longer first line is the opening paragraph, not a headline
# "Québec City, June 10, 2021 – ", "PARIS--(BUSINESS WIRE)--": the dateline that opens a paragraph.
_DATELINE_LEAD = pattern(
    r"^[^\n.!?,]{2,40}(?:, (?:le )?[^\n.!?]{0,30}?\d{4}\b[^–—\n]{0,12}?\s*(?:[–—]|--?)|--\([^)]*\)--)\s*"
)
_SENTENCE_END = pattern(r"(?<=[.!?»\"])\s+(?=[A-ZÀ-Þ«\"“])")


def find_title(text: str) -> str | None:
    """The line a reader would call the release's title: the first substantial non-header line."""
    # Lazily: most releases' title is among their first lines, and reading the dates of every
    # line of a long release only to take the first candidate costs more than the rest of it.
    # (a loop, not a generator of lines: compiled, a generator given to `for` is made a list first)
    first = None
    for raw in text.splitlines():
        line = raw.strip(" \t*#•")
        if not line or _is_header(line):
            continue
        first = first or line
        if len(line.split()) >= _MIN_WORDS:
            opening = len(line) > _HEADLINE_CHARS or _DATELINE_LEAD.match(line)
            return _first_sentence(line) if opening else line
    return first


def _first_sentence(paragraph: str) -> str:
    """No headline: the opening sentence without its dateline, cut at a word within the headline length."""
    sentence = _SENTENCE_END.split(_DATELINE_LEAD.sub("", paragraph), maxsplit=1)[0]
    if len(sentence) <= _HEADLINE_CHARS:
        return sentence
    return sentence[: _HEADLINE_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _is_header(line: str) -> bool:
    return bool(_BOILERPLATE.match(line)) or _is_date_line(line)


def _is_date_line(line: str) -> bool:
    """A dateline or header date, read by the one date parser: a month or a day, little else.
    A year alone does not make one ("Résultats annuels 2017" is a headline)."""
    if len(line.split()) > _DATE_LINE_WORDS + _LONGEST_DATE_WORDS or not any(c.isdigit() for c in line):
        return False  # no date expression is that long; and every day or month line has a number
    dates = [d for d in find_dates(line, "fr", _ANY_DAY) if d.grain != "year"]
    if not dates:
        return False
    rest = line
    for mention in sorted(dates, key=lambda d: d.start, reverse=True):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    return len(rest.split()) <= _DATE_LINE_WORDS

"""Regex grammar of French and English calendar expressions, and the parse of one day expression."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressflow_enrich.calendar_words import MONTH, WEEKDAY, month_number, weekday_number

APOS = "['’]"
YEAR = r"(?<![\d.,])(?:19|20)\d{2}(?!\d)"
DAY = r"\b(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?(?!\d)"

# A day in either order, with an optional weekday and year: "mardi 20 février 2018",
# "Tuesday 16 April", "11th November 2014", "April 16, 2019", "nove. 27 2017".
_DMY = rf"{DAY}\s+(?:of\s+)?{MONTH}(?:\s*,?\s*{YEAR})?"
_MDY = rf"{MONTH}\s+{DAY}(?:\s*,?\s+{YEAR})?"
_NUMERIC = r"(?<![\d/.])(?:[12]\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9])[/.](?:19|20)\d{2}(?![\d/])"
_ISO = r"(?<![\d-])(?:19|20)\d{2}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?![\d-])"
DAY_EXPR = rf"(?:(?:{WEEKDAY}\s*,?\s+)?(?:{_DMY}|{_MDY})|{_NUMERIC}|{_ISO})"
# A day expression that may lack its month, as the first end of a range ("du 3 au 5 juin").
RANGE_START = rf"(?:{DAY_EXPR}|(?:{WEEKDAY}\s+)?{DAY})"
# The first end of a dashed range: "15-18 avril", "28 février - 2 mars".
DASH_RANGE_START = rf"{DAY}(?:\s+{MONTH})?"
# A month then two days: "April 15-18, 2019".
MONTH_DAYS = rf"(?P<m>{MONTH})\s+(?P<d1>{DAY})\s?[-–]\s?(?P<d2>{DAY})(?:\s*,?\s+(?P<y>{YEAR}))?"

_PARTS = re.compile(
    rf"(?P<wd>{WEEKDAY})?\W*(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{DAY})|(?P<d3>{DAY}))(?:\s*,?\s*(?P<y>{YEAR}))?",
    re.IGNORECASE,
)
_NUMERIC_PARTS = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")


@dataclass(frozen=True)
class DayParts:
    """What a day expression states: the day always, month, year and weekday when given."""

    day: int
    month: int | None = None
    year: int | None = None
    weekday: int | None = None


def parse_day(surface: str) -> DayParts | None:
    """The parts of a day expression matched by DAY_EXPR or RANGE_START."""
    numeric = _NUMERIC_PARTS.search(surface)
    if numeric:
        a, b, c = (int(g) for g in numeric.groups())
        return DayParts(c, b, a) if a > 31 else DayParts(a, b, c)
    m = _PARTS.search(surface)
    if m is None:
        return None
    day = m["d1"] or m["d2"] or m["d3"]
    month = m["m1"] or m["m2"]
    return DayParts(
        day=int(re.match(r"\d+", day)[0]),
        month=month_number(month) if month else None,
        year=int(m["y"]) if m["y"] else None,
        weekday=weekday_number(m["wd"]) if m["wd"] else None,
    )

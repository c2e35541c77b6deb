"""Regex grammar of French and English calendar expressions, and the parse of one day expression."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pressflow_enrich.words.calendar import (
    ANY_WEEKDAY,
    MONTH,
    WEEKDAY,
    WEEKDAY_SHORT,
    month_number,
    weekday_number,
)
from pressflow_enrich.words.letters import pattern

APOS = "['’]"

# A year and a day match their first digit first, and test what may not stand before them from
# behind it: a pattern that opens on a character class lets re jump from one digit to the next,
# where one that opens on a lookaround is tried at every offset of the text. YEAR_TAIL is a
# year after its first digit, for rules that test more before it (`[12]` + their lookbehind).
YEAR_TAIL = r"(?<![\d.,][12])(?:(?<=1)9|(?<=2)0)\d{2}(?!\d)"
YEAR = rf"[12]{YEAR_TAIL}"
DAY = r"\d(?<![\w.,]\d)(?:(?<=[12])\d?|(?<=3)[01]?|(?<=0)[1-9]|(?<=[4-9]))(?:er|st|nd|rd|th)?(?!\d)"

# A day in either order, with an optional weekday and year: "mardi 20 février 2018",
# "Tuesday 16 April", "11th November 2014", "April 16, 2019", "nove. 27 2017".
# The blanks between a day and its month: a line may break there, a paragraph may not ("from
# April\n\n1. Mid-career workers" is a month, then a numbered paragraph).
_GAP = r"(?![^\S\n]*\n[^\S\n]*\n)\s+"
# (and with dashes, as exchange forms write it, with its year: "02-Jun-2026")
_DMY = rf"{DAY}(?:{_GAP}(?:of\s+)?{MONTH}(?:\s*,?\s*{YEAR})?|-{MONTH}-{YEAR})"
_MDY = rf"{MONTH}{_GAP}{DAY}(?:\s*,?\s+{YEAR})?"
# Day and month in either order (which one is decided per text: `numeric_order`), the year on
# four digits, or on two after slashes ("09/30/16") or after dots where day and month are written
# on two digits each ("Year to 30.06.25", not a section's "3.1.12"); dashes only with a four-digit year.
_NUMERIC = (
    r"(?<![\d/.-])(?:(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:(?:19|20)\d{2}|\d{2})"
    r"|(?:[12]\d|3[01]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])\.(?:19|20)\d{2}"
    r"|(?<![^\W\d_])(?:[12]\d|3[01]|0[1-9])\.(?:[12]\d|3[01]|0[1-9])\.\d{2}"
    r"|(?:[12]\d|3[01]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])-(?:19|20)\d{2})(?![\d/.-]?\d)"
)
_ISO = r"(?<![\d-])(?:19|20)\d{2}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?![\d-])"
# Which alternatives can start where is told once, so that re tries each only where it can:
# those that open on a digit behind one test of it, the weekday and the month only elsewhere.
# The order at any one offset is the plain one's, "(?:{WEEKDAY}\s*,?\s+)?(?:{_DMY}|{_MDY})
# |{_NUMERIC}|{_ISO}", so the matches are the same.
DAY_EXPR = rf"(?:(?=\d)(?:{_DMY}|{_NUMERIC}|{_ISO})|{ANY_WEEKDAY}\s*,?\s+(?:{_DMY}|{_MDY})|{_MDY})"
# A day expression that may lack its month, as the first end of a range ("du 3 au 5 juin").
RANGE_START = rf"(?:{DAY_EXPR}|(?:{ANY_WEEKDAY}\s+)?{DAY})"
# The first end of a dashed range: "15-18 avril", "28 février - 2 mars".
DASH_RANGE_START = rf"{DAY}(?:\s+{MONTH})?"
# A month then two days: "April 15-18, 2019".
# A word after "to" and the second day, with no year between, may make that day a count ("March
# 3 to 12 partners"), unless a lead word said a span opens ("from December 1 to 10 in each town");
# "and" joins two days ("on May 2 and 9") unless "between" opened a span.
MONTH_DAYS = (  # "April 15-18, 2019", "November 25 to 27, 2026"
    rf"(?P<m>{MONTH})\s+(?P<d1>{DAY})(?:\s?[-–]\s?|(?P<to>\s+(?:to|through|thru|and)\s+))(?P<d2>{DAY})"
    rf"(?:\s*,?\s+(?P<y>{YEAR}))?(?(y)|(?(to)(?P<word>(?=\s*[a-zà-ÿ]))?))"
)

# The second year of a fiscal year written on two ("2025-26", "2025/26").
FISCAL_END = r"(?![\w\-/%]|[.,]\d)"
FISCAL_TAIL = rf"[-–/]\d{{2}}{FISCAL_END}"

# A year named relative to the release's ("this year", "l'année dernière").
YEAR_WORDS = (
    rf"(?:this|last|next) year\b|(?:de )?cette année|(?:de )?l{APOS}année (?:dernière|prochaine|passée)"
    rf"|(?:de )?l{APOS}an (?:dernier|prochain|passé)"
)

# Capitalised words that name a law or a treaty by its year ("Reform Act of 1995").
LAW_WORDS = "Act|Law|Code|Treaty|Ordinance|Statute"

# An abbreviated weekday is one only before a day and its month: "Mar. 8" alone is March.
_PARTS = pattern(
    rf"(?P<wd>{WEEKDAY}|{WEEKDAY_SHORT}(?=\W*(?:{DAY}\s+(?:of\s+)?{MONTH}|{MONTH})))?"
    rf"\W*(?:(?P<d1>{DAY})(?:\s+(?:of\s+)?|-)(?P<m1>{MONTH})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{DAY})|(?P<d3>{DAY}))(?:(?:\s*,?\s*|-)(?P<y>{YEAR}))?",
    re.IGNORECASE,
)
_NUMERIC_PARTS = pattern(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")


@dataclass(frozen=True)
class DayParts:
    """What a day expression states: the day always, month, year and weekday when given."""

    day: int
    month: int | None = None
    year: int | None = None
    weekday: int | None = None


_DIGITS = pattern(r"\d+")


def leading_int(surface: str) -> int:
    """The number a day or year token starts with ("1er" -> 1, "3rd" -> 3)."""
    found = _DIGITS.match(surface)
    if found is None:
        raise ValueError(f"{surface!r} does not start with a number")
    return int(found[0])


_SHORT_WEEKDAY_DAY = pattern(rf"(?P<wd>{WEEKDAY_SHORT})\s+(?P<d>{DAY})\s*$", re.IGNORECASE)


def parse_day(surface: str, order: str = "dmy", weekday_first: bool = False) -> DayParts | None:
    """The parts of a day expression matched by DAY_EXPR or RANGE_START; `order` reads an
    all-numeric date whose first two numbers could both be a month ("dmy" or "mdy").
    `weekday_first` reads "mar. 7" as a Tuesday, not March (a range whose other end opens on a
    weekday: "du mar. 7 au jeu. 9 déc.")."""
    short = _SHORT_WEEKDAY_DAY.match(surface) if weekday_first else None
    if short:
        return DayParts(leading_int(short["d"]), weekday=weekday_number(short["wd"]))
    numeric = _NUMERIC_PARTS.search(surface)
    if numeric:
        a, b, c = (int(g) for g in numeric.groups())
        if a > 31:
            return DayParts(c, b, a)
        year = c + (2000 if c < 70 else 1900) if c < 100 else c
        if b > 12 or (order == "mdy" and a <= 12):
            return DayParts(b, a, year)
        return DayParts(a, b, year)
    m = _PARTS.search(surface)
    if m is None:
        return None
    day = m["d1"] or m["d2"] or m["d3"]
    month = m["m1"] or m["m2"]
    return DayParts(
        day=leading_int(day),
        month=month_number(month) if month else None,
        year=int(m["y"]) if m["y"] else None,
        weekday=weekday_number(m["wd"]) if m["wd"] else None,
    )


# (The first digit, then what may not precede it: re skips from digit to digit.)
_NUMERIC_DATES = pattern(r"(\d(?<![\d/.-]\d)\d?)([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-]?\d)")


def numeric_order(text: str, month_first_country: Callable[[], bool]) -> str:
    """Whether the text writes numeric dates day first ("dmy") or month first ("mdy"): read from
    any date that can only be one way ("16/05/2017", "09/30/16"), else from the country."""
    return numeric_evidence(text) or ("mdy" if month_first_country() else "dmy")


def numeric_evidence(text: str) -> str | None:
    """The order the text's own numeric dates show ("dmy" or "mdy"), or None when each could be
    read both ways."""
    for m in _NUMERIC_DATES.finditer(text):
        first, second = int(m[1]), int(m[3])
        if first > 12 >= second:
            return "dmy"
        if second > 12 >= first:
            return "mdy"
    return None

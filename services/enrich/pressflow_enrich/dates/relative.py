"""Pure functions placing partial and relative dates on the calendar around an anchor day."""

from __future__ import annotations

from datetime import date, timedelta

# How far a tense cue may pull a year-less day away from the nearest candidate.
_TENSE_REACH_DAYS = 250


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist (31 April, 29 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_without_year(
    month: int, day: int, anchor: date, weekday: int | None = None, tense: int = 0
) -> date | None:
    """Resolve a year-less day: the weekday if given, then the tense, then the nearest.

    `tense` is +1 when the sentence speaks of the future, -1 of the past, 0 when unknown.
    """
    candidates = [c for k in (-1, 0, 1) if (c := safe_date(anchor.year + k, month, day)) is not None]
    if weekday is not None and any(c.weekday() == weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == weekday]
    if tense:
        candidates = [c for c in candidates if _leans(c, anchor, tense)] or candidates
    return min(candidates, key=lambda c: abs((c - anchor).days), default=None)


def _leans(day: date, anchor: date, tense: int) -> bool:
    """Whether `day` lies on the tense's side of the anchor, within reach."""
    offset = (day - anchor).days
    return offset * tense >= 0 and abs(offset) <= _TENSE_REACH_DAYS


def month_without_year(month: int, anchor: date, direction: int = 0) -> tuple[int, int]:
    """(year, month) of a year-less month: last (-1), next (+1) or this year's (0)."""
    year = anchor.year
    if direction < 0 and month >= anchor.month:
        year -= 1
    elif direction > 0 and month <= anchor.month:
        year += 1
    return year, month


# A month no tense places lies in the coming seven months or the last five: releases announce
# what is near ("l'atterrissage en octobre" in March is this October), and a month further ahead
# is more often one gone by ("completed in October", a February release).
_MONTHS_AHEAD = 7


def month_by_tense(month: int, anchor: date, tense: int) -> tuple[int, int]:
    """(year, month) of a month named without year or cue word ("commissioned in June"): this
    year's unless the tense puts it on the other side of the anchor's month (a past June in a
    March release is last year's; a coming January in an October one, next year's)."""
    if tense < 0 and month > anchor.month:
        return anchor.year - 1, month
    if tense > 0 and month < anchor.month:
        return anchor.year + 1, month
    if not tense and month - anchor.month > _MONTHS_AHEAD:
        return anchor.year - 1, month
    return anchor.year, month


def span_of_months(
    first_month: int, first_year: int | None, last_month: int, last_year: int
) -> tuple[tuple[int, int], tuple[int, int]]:
    """(year, month) of both ends of a span of months whose first end may lack its year: the
    last one's, or the year before when the span crosses a new year ("from November to March")."""
    if first_year is None:
        first_year = last_year if first_month <= last_month else last_year - 1
    return (first_year, first_month), (last_year, last_month)


def shift_months(anchor: date, months: int) -> tuple[int, int]:
    """(year, month) `months` months after the anchor's month (negative: before)."""
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The given weekday in the anchor's week (0), the last one before (-1) or next after (+1)."""
    offset = weekday - anchor.weekday()
    if direction < 0:
        offset = offset - 7 if offset >= 0 else offset
    elif direction > 0:
        offset = offset + 7 if offset <= 0 else offset
    return anchor + timedelta(days=offset)


# First and last month of each season, counted from spring; winter is placed by its December.
_SEASON_MONTHS = ((3, 5), (6, 8), (9, 11), (12, 14))


def season_year(season_index: int, anchor: date, direction: int) -> int:
    """Year of "last/next/this <season>", seasons counted from spring (0), each placed by its
    first month."""
    year, _ = month_without_year(_SEASON_MONTHS[season_index][0], anchor, direction)
    return year


def season_by_tense(season_index: int, anchor: date, tense: int) -> int:
    """Year of a season named without year or cue ("au printemps"): the one under way or still
    to come for the future, the one under way or past for the past, else the anchor's."""
    first, last = _SEASON_MONTHS[season_index]
    if tense < 0 and first > anchor.month:
        return anchor.year - 1
    if tense > 0 and last < anchor.month:
        return anchor.year + 1
    return anchor.year

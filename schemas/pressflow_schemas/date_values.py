"""What a date value of an event means: the first and last day it covers."""

import calendar
import functools
from datetime import date


@functools.lru_cache(maxsize=4096)
def date_bounds(value: str) -> tuple[date, date]:
    """First and last day covered by an ISO value: 2018, 2018-12, 2018-12-14 or a/b."""
    first, _, last = value.partition("/")
    return _first_day(first), _last_day(last or first)


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    return date(year, month, parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1])

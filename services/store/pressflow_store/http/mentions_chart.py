"""Releases per month as the bars of a server-rendered SVG chart: every month in range, gaps at zero."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 640, 160
_AXIS = 20  # room under the bars for the year labels


@dataclass(frozen=True)
class Bar:
    month: str
    count: int
    x: float
    y: float
    width: float
    height: float


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_bars(counts: dict[str, int]) -> list[Bar]:
    """One bar per month from the first month with a release to the last, scaled to the chart."""
    if not counts:
        return []
    months = _months(min(counts), max(counts))
    top = max(counts.values())
    slot = WIDTH / len(months)
    bars = []
    for i, month in enumerate(months):
        count = counts.get(month, 0)
        height = (HEIGHT - _AXIS) * count / top
        bars.append(Bar(month, count, i * slot + slot * 0.1, HEIGHT - _AXIS - height, slot * 0.8, height))
    return bars

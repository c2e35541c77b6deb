"""The tables a release writes as text: lines of cells cut at "|" or at tabs, read as a header
that names the columns and the rows under it, each cell with its offsets in the text.

A markdown table ("| a | b |", its "|---|" rule skipped) and a tab-separated one read alike; a
blank line or a line without a cell break ends a table. Every row keeps its empty cells ("| |
2025 |" has an empty corner), so a cell's index is its column in every row."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    start: int  # the cell's text, blanks around it left out (start == end: an empty cell)
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[Cell, ...]  # empty when the first row already holds figures
    rows: tuple[tuple[Cell, ...], ...]  # the rows under the header


_RULE = re.compile(r"[\s|:+-]*-{3}[\s|:+-]*")  # "|---|:---:|", "+----+"
# A figure a cell can hold, sign, brackets, currency sign and percent aside: "1,250", "(0.61)", "$ 12".
_FIGURE = re.compile(r"[-–−+(]?\s?[$£€]?\s?\d[\d\s.,'’]*\)?\s?%?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def tables(text: str) -> list[Table]:
    """Every table of the text, in order."""
    if "|" not in text and "\t" not in text:  # most releases hold none
        return []
    found: list[Table] = []
    block: list[tuple[Cell, ...]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cells = _cells(text, start, end)
        if cells is not None:
            block.append(cells)
        elif not (block and _RULE.fullmatch(text, start, end)):  # a rule under the header goes on
            found += _table(block)
            block = []
        start = end + 1
    return found + _table(block)


def _cells(text: str, start: int, end: int) -> tuple[Cell, ...] | None:
    """A line's cells, or None for a line that is no table row (one cell, or a rule)."""
    line = text[start:end]
    mark = "|" if "|" in line else "\t"
    if mark not in line or _RULE.fullmatch(line):
        return None
    pieces, at = [], start
    for piece in line.split(mark):
        pieces.append(_cell(text, at, at + len(piece)))
        at += len(piece) + 1
    if mark == "|" and line.strip().startswith("|") and line.strip().endswith("|"):
        pieces = pieces[1:-1]  # "| a | b |": nothing stands before the first bar or after the last
    return tuple(pieces) if len(pieces) >= 2 else None


def _cell(text: str, start: int, end: int) -> Cell:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    stripped = piece.strip()
    return Cell(start + lead, start + lead + len(stripped), stripped)


def _table(block: list[tuple[Cell, ...]]) -> list[Table]:
    if len(block) < 2:
        return []  # one line with a bar ("Phone ... | Email ...") is no table
    if holds_figures(block[0]):
        return [Table((), tuple(block))]
    return [Table(block[0], tuple(block[1:]))]


def is_figure(cell: Cell) -> bool:
    """A number, not a year: "1,250", "(0.61)", "$ 12", "41 %"."""
    return bool(_FIGURE.fullmatch(cell.text)) and not _YEAR.fullmatch(cell.text)


def holds_figures(row: tuple[Cell, ...]) -> bool:
    """Whether a row holds a figure after its label: a row of data, not the columns' header."""
    return any(is_figure(cell) for cell in row[1:])

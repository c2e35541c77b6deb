"""The tables a release writes as text: lines of cells cut at "|" or at tabs, read as a header
that names the columns and the rows under it, each cell with its offsets in the text.

A markdown table ("| a | b |", its "|---|" rule skipped) and a tab-separated one read alike; a
blank line or a line without a cell break ends a table (rows of figures one blank line under it,
as many cells wide, are its next section, under its header). Every row keeps its empty cells ("| |
2025 |" has an empty corner), so a cell's index is its column in every row.

Asked for (`aligned=True`), a table laid out with blanks is read too: lines whose cells stand
apart by two blanks or more, each cell placed in the column of the header cell above it (a
number set flush right under a heading set flush left still overlaps it), a header that leaves
the labels' column blank given an empty corner. A block whose cells do not line up under its
header is prose with wide gaps, no table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pressflow_enrich.words.numbers import date_shaped


@dataclass(frozen=True)
class Cell:
    start: int  # the cell's text, blanks around it left out (start == end: an empty cell)
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[Cell, ...]  # empty when the first row already holds figures
    rows: tuple[tuple[Cell, ...], ...]  # the rows under the header
    spaced: bool = False  # laid out with blanks, no bar or tab on its lines


_RULE = re.compile(r"[\s|:+-]*-{3}[\s|:+-]*")  # "|---|:---:|", "+----+"
# A figure a cell can hold, sign, brackets, currency sign and percent aside: "1,250", "(0.61)", "$ 12".
# (and "€5.8m", with its scale)
_FIGURE = re.compile(r"[-–−+(]?\s?[$£€]?\s*\(?\d[\d\s.,'’]*\)?\s?(?:[%$€£]|(?:m|bn|mn|k)\b)?")


@lru_cache(maxsize=4)
def tables(text: str, aligned: bool = False) -> tuple[Table, ...]:
    """Every table of the text, in order; with `aligned`, those laid out with blanks too.
    Remembered: a release's amounts and entities ask for its tables four times."""
    aligned = aligned and "  " in text
    bars = "|" in text or "\t" in text
    if not bars and not aligned:  # most releases hold none
        return ()
    found: list[Table] = []
    block: list[tuple[Cell, ...]] = []
    spaced: list[tuple[Cell, ...]] = []  # a block of rows laid out with blanks
    wrapped: Cell | None = None  # the first line of a row's label, on the line above it
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cells = _cells(text, start, end) if bars else None
        row = _spaced_cells(text, start, end) if aligned and cells is None else None
        if row is None and spaced and aligned and cells is None and _row_note(text, start, end):
            start = end + 1  # "(face value Rs. 2 each)" under its row's label: the table goes on
            continue
        if row is None and spaced and aligned and cells is None and _wraps_on(text, start, end):
            wrapped = _cell(text, start, end)  # a label run onto the next line, read with that line's row
            start = end + 1
            continue
        if row is not None:
            spaced.append(_joined_label(wrapped, row) if wrapped else row)
        elif spaced:
            found += _aligned_table(text, spaced)
            spaced = []
        if cells is not None:
            block.append(cells)
        elif block and not _RULE.fullmatch(text, start, end):  # a rule under the header goes on
            found += _table(text, block, found)
            block = []
        wrapped = None
        start = end + 1
    found += _table(text, block, found) + _aligned_table(text, spaced)
    return tuple(sorted(found, key=lambda table: (table.header or table.rows[0])[0].start))


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
    if len(pieces) >= 2 and _WIDE_GAP.search(pieces[0].text):
        # the first bar after the label's column, not before it: "Services      64,1 | 60,5"
        first = pieces[0]
        pieces[:1] = [Cell(m.start(), m.end(), m[0]) for m in _NARROW.finditer(text, first.start, first.end)]
    return tuple(pieces) if len(pieces) >= 2 else None


_BAR_ROW_NUMBER = re.compile(r"\d{1,2}[.)]?")
# Three blanks or more inside a bar's cell part two cells, as a line laid out with blanks does;
# a label's own words stand one or two blanks apart.
_WIDE_GAP = re.compile(r"\S {3,}\S")
_NARROW = re.compile(r"\S(?:\S| {1,2}(?=\S))*")


# A cell of a line laid out with blanks: words one blank apart; a no-break or thin space is the
# cell's own ("1\u00a0871,3", French thousands), never a gap between two.
_GAP = re.compile(r"\S(?:\S|[\u00a0\u202f\u2009]| (?! ))*")


def _joined_label(first: Cell, row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """The row with its label begun on the line above: "Net loss per share, basic and diluted"."""
    return (Cell(first.start, row[0].end, f"{first.text} {row[0].text}"), *row[1:])


def _row_note(text: str, start: int, end: int) -> bool:
    """A bracketed note on a line of its own between two rows of a table laid out with blanks,
    set where the labels are ("(face value Rs. 2 each)"); not over the figures, where a bracket
    is the columns' unit ("(Rupees in '000)")."""
    line = text[start:end].strip()
    following = text.find("\n", end + 1)
    row = _spaced_cells(text, end + 1, len(text) if following < 0 else following)
    if row is None or not (line.startswith("(") and line.endswith(")")) or len(line) > _NOTE_LENGTH:
        return False
    return _column_of(text, text.index(line, start) + len(line)) <= _column_of(text, row[1].start)


_NOTE_LENGTH = 60


def _wraps_on(text: str, start: int, end: int) -> bool:
    """A line of one label whose next line is a row of figures: the label's first part ("Net
    loss per share, basic" over "  and diluted   $ (0.71)"), which that row's label takes."""
    line = text[start:end].strip()
    following = text.find("\n", end + 1)
    row = _spaced_cells(text, end + 1, len(text) if following < 0 else following) if line else None
    if row is None or is_figure(row[0]) or not holds_figures(row):
        return False
    # set where labels are, not over the figures ("(Rupees in '000)" is the columns' unit)
    return _column_of(text, text.index(line, start)) <= _column_of(text, row[0].start)


def _spaced_cells(text: str, start: int, end: int) -> tuple[Cell, ...] | None:
    """A line's cells where two blanks or more part them, or None for a line of one cell."""
    if text.find("  ", start, end) < 0 or _RULE.fullmatch(text, start, end):
        return None
    cells: list[Cell] = []
    for m in _GAP.finditer(text, start, end):
        if cells and cells[-1].text in _SIGNS:  # "$   35,914": the sign set apart is its figure's
            cells[-1] = Cell(cells[-1].start, m.end(), text[cells[-1].start : m.end()])
        else:
            cells.append(Cell(m.start(), m.end(), m[0]))
    if len(cells) > 1 and _ROW_NUMBER.fullmatch(cells[0].text) and cells[1].text[:1].isalpha():
        del cells[0]  # "1  Revenue from operations", "   a) Cost of materials": the row's number
    return tuple(cells) if len(cells) >= 2 else None


# A row's number or letter before its label, set apart by blanks as a results statement numbers
# its rows: "1", "12", "a)", "(ii)", "B.".
_ROW_NUMBER = re.compile(r"\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{2,4})[.)]?")


_SIGNS = frozenset(["$", "£", "€"])


def _aligned_table(text: str, block: list[tuple[Cell, ...]]) -> list[Table]:
    """A block laid out with blanks, each row's cells set in the header's columns, or no table
    when a cell stands under no column or two under one. When the block does not line up under
    its first line, that line is taken for the table's title ("STATEMENT OF PROFIT OR LOSS
    THE GROUP") and the table is read from the next."""
    if len(block) > 2 and _captions(block[0]):
        block = block[1:]  # "Financial performance      (Rs. in crore)": the table's title and unit
    found = _aligned_rows(text, block)
    if not found and len(block) > 2 and not holds_figures(block[0]):
        found = _aligned_rows(text, block[1:])  # under a title line
    return found


def _captions(row: tuple[Cell, ...]) -> bool:
    """A line of a title and a bracket set apart at its end, over a table: its caption, which
    names no column."""
    return (
        len(row) == 2 and row[1].text.startswith("(") and row[1].text.endswith(")") and not is_figure(row[1])
    )


def _aligned_rows(text: str, block: list[tuple[Cell, ...]]) -> list[Table]:
    if len(block) < 2:
        return []
    head = 0 if not holds_figures(block[0]) else None
    lines = 1  # the header's lines: "Nine months" over "Sep 30, 2025", no label before either
    while head == 0 and lines < len(block) - 1 and _goes_on_header(block[lines]):
        lines += 1
    # the header lines that name most columns ("2026  2025  2026  2025" under "Three Months Ended"),
    # each column as wide as its widest word there ("%" over "change")
    most = max(len(line) for line in block[:lines])
    columns = _columns(text, [line for line in block[:lines] if len(line) == most], block[lines:])
    rows = [_placed(text, row, columns, spans=i < lines and head == 0) for i, row in enumerate(block)]
    if any(row is None for row in rows) and lines > 1:
        # no header line names every column ("Rm  2025  2024  %" under "31 August  ...  2025"):
        # the columns are where any of its lines writes a word
        columns = _columns(text, [_spread(text, block[:lines])], block[lines:])
        rows = [_placed(text, row, columns, spans=i < lines) for i, row in enumerate(block)]
    if head == 0 and sum(row is None for row in rows[lines:]) * 4 <= len(rows) - lines:
        rows[lines:] = [row or _pushed(text, block[i], columns) for i, row in enumerate(rows[lines:], lines)]
    if any(row is None for row in rows):
        return []
    placed = [row for row in rows if row is not None]
    if head is None:
        return [Table((), tuple(placed), spaced=True)]
    return [Table(_joined_header(text, placed[:lines], columns), tuple(placed[lines:]), spaced=True)]


def _spread(text: str, header: list[tuple[Cell, ...]]) -> tuple[Cell, ...]:
    """The header's columns as one line: each run of its lines' cells that overlap, less a cell
    that spans two of another line's ("Three Months Ended" over "2026  2025"). Each is a cell of
    that width on the line of its first cell (only its columns are read)."""
    lines = [[(_column_of(text, c.start), _column_of(text, c.end), c) for c in line] for line in header]

    def spans_two(left: int, right: int, line: int) -> bool:
        return any(
            sum(1 for a, b, _ in other if left < b and a < right) > 1
            for k, other in enumerate(lines)
            if k != line
        )

    narrow = sorted(
        (span for k, line in enumerate(lines) for span in line if not spans_two(span[0], span[1], k)),
        key=lambda span: span[0],
    )
    merged: list[tuple[int, int, Cell]] = []
    for left, right, cell in narrow:
        if merged and left < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(right, merged[-1][1]), merged[-1][2])
        else:
            merged.append((left, right, cell))
    return tuple(
        Cell(
            cell.start - _column_of(text, cell.start) + left,
            cell.start - _column_of(text, cell.start) + right,
            "",
        )
        for left, right, cell in merged
    )


def _goes_on_header(row: tuple[Cell, ...]) -> bool:
    """A line under the header that holds no figure: the header goes on ("Sept. 30," over
    "2025"), its first cell the corner's when it stands left of the header ("Rs'000" before
    "30 June 2026")."""
    return not holds_figures(row)


def _joined_header(
    text: str, lines: list[tuple[Cell, ...]], columns: list[tuple[int, int]]
) -> tuple[Cell, ...]:
    """A header written over several lines, each column's words read as one cell placed on the
    first line that writes it; a word set centred over a run of columns heads each of them
    ("PLN '000" over "2025  2024", "EUR '000" over the next two)."""
    if len(lines) == 1:
        return lines[0]
    heads = [_centred_heads(text, line, columns) for line in lines]
    joined = []
    for k, cells in enumerate(zip(*lines, strict=True)):
        written = [c for c in cells if c.text] or [cells[0]]
        words = [c.text if c.text else line_heads[k] for c, line_heads in zip(cells, heads, strict=True)]
        joined.append(Cell(written[0].start, written[0].end, " ".join(w for w in words if w)))
    return tuple(joined)


def _centred_heads(text: str, line: tuple[Cell, ...], columns: list[tuple[int, int]]) -> list[str]:
    """For each column a word of the line does not stand over, the word of the line set centred
    over a run of columns that holds it (within a blank or two of each), else ""."""
    heads = [""] * len(columns)
    for i, cell in enumerate(line):
        if i == 0 or not cell.text:
            continue
        start, end = _column_of(text, cell.start), _column_of(text, cell.end)
        left = right = i
        while left > 1 and not line[left - 1].text and start - columns[left - 1][1] <= 2:
            left -= 1
        while right + 1 < len(columns) and not line[right + 1].text and columns[right + 1][0] - end <= 2:
            right += 1
        # the run whose middle is the word's: "PLN '000" over "2025" and "2024", not over "2024" alone
        for a, b in ((left, right), (left, i), (i, right)):
            if a < b and abs((columns[a][0] + columns[b][1]) - (start + end)) <= 6:
                for k in range(a, b + 1):
                    heads[k] = heads[k] or (cell.text if k != i else "")
                break
    return heads


def _column_of(text: str, offset: int) -> int:
    return offset - text.rfind("\n", 0, offset) - 1


def _columns(
    text: str, header: list[tuple[Cell, ...]], rows: list[tuple[Cell, ...]]
) -> list[tuple[int, int]]:
    """The spans, in characters from the line's start, of the header's columns (over all its
    lines that name each); a labels' column before them where the rows' first cells end before
    the header's first cell begins."""
    spans = [
        (min(_column_of(text, c.start) for c in cells), max(_column_of(text, c.end) for c in cells))
        for cells in zip(*header, strict=True)
    ]
    ends = [_column_of(text, row[0].end) for row in rows]
    before = [end for end in ends if end <= spans[0][0]]
    if len(before) * 2 > len(ends):  # most labels end before it; a long one may run on under it
        spans.insert(0, (0, max(before)))
    return _widened(text, spans, rows)


def _widened(text: str, spans: list[tuple[int, int]], rows: list[tuple[Cell, ...]]) -> list[tuple[int, int]]:
    """Each column as wide as the header's words and the figures set under them: figures flush
    right run past a short heading ("2025" over "58,904"), and a short one ("544") set flush right
    in that column meets no heading's letter. A cell under two columns widens neither, and no
    column grows into the next."""
    for row in rows:
        for cell in row[1:]:
            start, end = _column_of(text, cell.start), _column_of(text, cell.end)
            under = [i for i, (left, right) in enumerate(spans) if start < right and left < end]
            if len(under) != 1:
                continue
            i = under[0]
            left, right = min(spans[i][0], start), max(spans[i][1], end)
            if (i == 0 or spans[i - 1][1] <= left) and (i + 1 == len(spans) or right <= spans[i + 1][0]):
                spans[i] = (left, right)
    return spans


def _placed(
    text: str, row: tuple[Cell, ...], columns: list[tuple[int, int]], spans: bool = False
) -> tuple[Cell, ...] | None:
    """The row's cells in their columns, an empty cell where a column has none. A row's label
    that runs on under the next column ("Earnings per share - basic and diluted (Rupees)") is
    still the first column's, as long as its figures stand each under one of the others. A
    header's cell may span columns (`spans`: "Three Months Ended" over "2026" and "2025"): it is
    the first free one's."""
    line = row[0].start - _column_of(text, row[0].start)
    placed: list[Cell | None] = [None] * len(columns)
    for cell in row:
        start, end = _column_of(text, cell.start), _column_of(text, cell.end)
        under = [i for i, (left, right) in enumerate(columns) if start < right and left < end]
        if cell is row[0] and (under[:1] == [0] or (len(columns) > 1 and end <= columns[1][0])):
            under = [0]  # the label, before the first column of figures ("Rm" over it is narrower)
        elif spans and len(under) > 1:
            under = [i for i in under if placed[i] is None][:1]
        if len(under) != 1 or placed[under[0]] is not None:
            return None
        placed[under[0]] = cell
    return tuple(
        cell if cell is not None else Cell(line + left, line + left, "")
        for cell, (left, _) in zip(placed, columns, strict=True)
    )


def _pushed(text: str, row: tuple[Cell, ...], columns: list[tuple[int, int]]) -> tuple[Cell, ...] | None:
    """A row whose label runs on past the first column of figures and pushes its figures right of
    their columns ("Taux de couverture de la marge de solvabilité   142 %   155 %   168 %", as a PDF
    flattens a long label), read as one figure a column, in order: only where it holds exactly
    one figure for each column, and is one row of few in its table."""
    if (
        len(row) != len(columns)
        or len(columns) < 2
        or _column_of(text, row[0].end) <= columns[1][0]
        or not all(is_figure(cell) for cell in row[1:])
    ):
        return None
    return row


def _cell(text: str, start: int, end: int) -> Cell:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    stripped = piece.strip()
    return Cell(start + lead, start + lead + len(stripped), stripped)


def _table(text: str, block: list[tuple[Cell, ...]], found: list[Table]) -> list[Table]:
    if not block:
        return []
    above = found[-1] if found else None
    if holds_figures(block[0]) and above and _goes_on(text, above, block):
        # rows of figures one blank line under a table of as many columns: its next section,
        # under its header ("Total assets | 702,614 | 648,305" under the income lines)
        return [Table(above.header, tuple(block))]
    if len(block) < 2:
        return []  # one line with a bar ("Phone ... | Email ...") is no table
    if holds_figures(block[0]):
        return [Table((), tuple(block))]
    header = _with_corner(text, block[0], block[1:])
    return [Table(header, tuple(_unnumbered(row, len(header)) for row in block[1:]))]


def _with_corner(text: str, header: tuple[Cell, ...], rows: list[tuple[Cell, ...]]) -> tuple[Cell, ...]:
    """The header, with an empty corner where it leaves the labels' column blank: its first cell
    stands right of every row's label, and every row has one cell more ("          Revenue
    (£m) | Profit (£m)" over "Ireland    | 58.4 | 4.8")."""
    line = text.rfind("\n", 0, header[0].start) + 1
    if not rows or any(len(row) != len(header) + 1 for row in rows):
        return header
    if any(header[0].start - line < row[0].end - (text.rfind("\n", 0, row[0].start) + 1) for row in rows):
        return header
    return (Cell(line, line, ""), *header)


def _unnumbered(row: tuple[Cell, ...], columns: int) -> tuple[Cell, ...]:
    """A row less its number, a column its header does not name: "1 | Revenue | 486,215" under
    "(RM'000) | Current quarter"."""
    if len(row) == columns + 1 and _BAR_ROW_NUMBER.fullmatch(row[0].text) and row[1].text[:1].isalpha():
        return row[1:]
    return row


def _goes_on(text: str, above: Table, block: list[tuple[Cell, ...]]) -> bool:
    if above.spaced or not above.header or len(above.header) != len(block[0]):
        return False
    between = text[above.rows[-1][-1].end : block[0][0].start] if above.rows else "\n\n\n"
    return not between.strip(" \t|\n") and between.count("\n") == 2


def is_figure(cell: Cell) -> bool:
    """A number, not a year nor a date: "1,250", "(0.61)", "$ 12", "41 %", "8 200 000 $"; or a
    range of two ("1,400 - 1,500", a guidance table's)."""
    if _FIGURE.fullmatch(cell.text):
        return not date_shaped(cell.text)  # "2025", "30.06.2026"
    ends = _FIGURE_RANGE.fullmatch(cell.text)
    if ends is None:
        return False
    return all(_FIGURE.fullmatch(end) and not date_shaped(end) for end in ends.groups())


_FIGURE_RANGE = re.compile(r"(\S+) ?[-–] ?(\S+)")


def holds_figures(row: tuple[Cell, ...]) -> bool:
    """Whether a row holds a figure after its label: a row of data, not the columns' header."""
    return any(is_figure(cell) for cell in row[1:])

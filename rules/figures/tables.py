"""Tables of figures (KT205): total rows and columns, percentage columns.

A table is read as a grid of cells.  Header rows are the rows on top with no
figures; label columns are the columns whose data cells are words.  A total
row is recognised by its label ("Tổng", "Cộng", "Tổng cộng", "Toàn huyện"...)
and must equal the sum of the rows it closes (or opens), read either as all
those rows or as the top-level ones only (a table with "1., 1.1., 1.2."
sub-rows).  A total column ("Tổng số") must equal the sum of the columns
beside it, where that sum holds in most rows.  A percentage column must be
the ratio of two other columns (thực hiện / kế hoạch) where that ratio holds
in most rows: only then is a cell that breaks it reported.
"""

from __future__ import annotations

import regex

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache

from kiemtra_lint.document import Block, Document
from kiemtra_lint.rules.figures.numbers import COUNT, DECIMAL, PERCENT, NumberToken, parse_number

from .arith import HUNDRED, Verdict, judge_ratio
from .lexicon import lexicon

_EMPTY_FIGURE = {"", "-", "–", "—", "0"}
_MARKUP = " \t\n*_"
# An STT cell that numbers the row ("a", "b)", "II"): the row's label is the cell after it
_LIST_MARKER = regex.compile(r"(?:[a-zđ]|[IVXL]+)[.)]?")
_ROMAN = regex.compile(r"^[IVXLC]+\.?$")
_ARABIC = regex.compile(r"^\d{1,3}\.?$")
_DOTTED = regex.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$")
_LETTER = regex.compile(r"^[a-zđ][.)]?$")
_BULLET = regex.compile(r"^[-+*•–]")
_SUB_ROW = regex.compile(r"^(?:[-+*•–]|(?i:trong đó|trong số đó|riêng|gồm|bao gồm))")


@dataclass(slots=True)
class Cell:
    block: int
    text: str
    figure: NumberToken | None = None  # the one number the cell holds, if it holds only a number
    negative: bool = False

    @property
    def value(self) -> Fraction | None:
        if self.figure is None:
            return Fraction(0) if self.text.strip(_MARKUP) in _EMPTY_FIGURE else None
        return -self.figure.value if self.negative else self.figure.value


@dataclass(slots=True)
class Grid:
    index: int
    rows: list[list[Cell | None]]
    header_rows: int = 0
    label_cols: set[int] = field(default_factory=set)
    headers: list[str] = field(default_factory=list)  # header text per column
    percent_cols: set[int] = field(default_factory=set)  # columns of percentages (never added up)
    additive_cols: set[int] = field(default_factory=set)  # columns of counts and amounts
    _width: int = -1
    _labels: dict[int, str] = field(default_factory=dict)  # read once the grid is complete (read_grid)

    @property
    def width(self) -> int:
        if self._width < 0:
            self._width = max((len(r) for r in self.rows), default=0)
        return self._width

    def cell(self, r: int, c: int) -> Cell | None:
        row = self.rows[r]
        return row[c] if c < len(row) else None

    def figure(self, r: int, c: int) -> Cell | None:
        cell = self.cell(r, c)
        return cell if cell is not None and cell.figure is not None else None

    def label(self, r: int) -> str:
        """The row's label: its first cell with words, else the text of its first cell ("2023")."""
        label = self._labels.get(r)
        if label is None:
            label = self._labels[r] = self._label(r)
        return label

    def _label(self, r: int) -> str:
        first = ""
        for c in range(self.width):
            cell = self.cell(r, c)
            if cell is None or not cell.text.strip(_MARKUP):
                continue
            if cell.figure is None and not _LIST_MARKER.fullmatch(cell.text.strip(_MARKUP)):
                return cell.text.strip(_MARKUP)
            if not first and c not in self.additive_cols:
                first = cell.text.strip(_MARKUP)
        return first


def read_grid(doc: Document, table, numbers_of: Callable[[Block], list[NumberToken]]) -> Grid:
    rows = []
    for row in table.cells:
        cells = []
        for b in row:
            cells.append(None if b is None else _cell(doc.blocks[b], numbers_of))
        rows.append(cells)
    grid = Grid(table.index, rows)
    _find_headers(grid)
    grid.percent_cols = {c for c in range(grid.width) if c not in grid.label_cols and _is_percent_column(grid, c)}
    grid.additive_cols = {c for c in range(grid.width) if _is_additive_column(grid, c)}
    return grid


_PLAIN_FIGURE = regex.compile(r"[-−]?[ \u00a0]?(\d[\d.,]*%?)")


def _cell(block: Block, numbers_of) -> Cell:
    text = block.text
    core = text.strip(_MARKUP)
    plain = _PLAIN_FIGURE.fullmatch(core)
    if plain:  # the usual figure cell: parsed alone, without reading any context
        start = text.index(core) + plain.start(1)
        token = parse_number(plain.group(1), start) or _decimal_point(plain.group(1), start)
        if token is not None and token.kind in (COUNT, DECIMAL, PERCENT):
            return Cell(block.index, text, token, negative=core[0] in "-−")
    if not any(map(str.isdigit, text)):
        return Cell(block.index, text)
    tokens = [t for t in numbers_of(block) if t.kind in (COUNT, DECIMAL, PERCENT)]
    if len(tokens) != 1:
        return Cell(block.index, text)
    t = tokens[0]
    rest = (text[:t.start] + text[t.end:]).strip(_MARKUP)
    if rest in ("", "%"):
        return Cell(block.index, text, t)
    return Cell(block.index, text)


_POINT_DECIMAL = regex.compile(r"\d+\.\d{1,2}%?")


def _decimal_point(literal: str, start: int) -> NumberToken | None:
    """A figure pasted from a spreadsheet with a decimal point ("15.40", "412204.00"): one or two
    digits after the point can be no thousands group, so the point is the decimal mark."""
    if not _POINT_DECIMAL.fullmatch(literal):
        return None
    token = parse_number(literal.replace(".", ","), start)
    return None if token is None else replace(token, text=literal)


def _find_headers(grid: Grid) -> None:
    for r, row in enumerate(grid.rows):
        figures = [c for c in row if c is not None and c.figure is not None]
        if figures and not _is_column_number_row(row):
            break
        grid.header_rows = r + 1
    width = grid.width
    data = range(grid.header_rows, len(grid.rows))
    for c in range(width):
        cells = [grid.cell(r, c) for r in data]
        words = sum(1 for x in cells if x is not None and x.figure is None and x.text.strip(_MARKUP)
                    and x.text.strip(_MARKUP) not in _EMPTY_FIGURE)
        figures = sum(1 for x in cells if x is not None and x.figure is not None)
        if words > figures:
            grid.label_cols.add(c)
    for c in range(width):
        pieces = []
        for r in range(grid.header_rows):
            cell = grid.cell(r, c)
            k = c
            while cell is None and k > 0:  # a header spanning columns covers this one
                k -= 1
                cell = grid.cell(r, k)
            if cell is not None and cell.text.strip(_MARKUP) not in pieces:
                pieces.append(cell.text.strip(_MARKUP))
        grid.headers.append(" ".join(pieces))


def _is_column_number_row(row: list[Cell | None]) -> bool:
    """"(1) (2) (3)" or "1 2 3 4" under the header: column numbers, not data."""
    values = [c.figure.value for c in row if c is not None and c.figure is not None]
    return len(values) >= 3 and values == [Fraction(i) for i in range(int(values[0]), int(values[0]) + len(values))]


# -- what the columns and rows are ----------------------------------------------------------

_HEADER_PUNCTUATION = regex.compile(r"[()\[\]:.,]")


@lru_cache(maxsize=4096)
def _header_key(text: str) -> str:
    return " ".join(_HEADER_PUNCTUATION.sub(" ", text.lower()).split())


def _is_percent_column(grid: Grid, c: int) -> bool:
    header = grid.headers[c] if c < len(grid.headers) else ""
    if lexicon().table_percent.search(header):
        return True
    return any(grid.cell(r, c) is not None and grid.cell(r, c).figure is not None
               and grid.cell(r, c).figure.kind == PERCENT for r in range(grid.header_rows, len(grid.rows)))


def _is_additive_column(grid: Grid, c: int) -> bool:
    if c in grid.label_cols or c in grid.percent_cols:
        return False
    key = _header_key(grid.headers[c]) if c < len(grid.headers) else ""
    return key not in lexicon().table_not_additive and not any(
        key.startswith(w + " ") for w in lexicon().table_not_additive if w not in ("năm",))


@lru_cache(maxsize=4096)
def is_total_label(text: str) -> bool:
    key = _header_key(text)
    totals = lexicon().table_total
    return key in totals or any(key.startswith(t + " ") for t in ("tổng cộng", "tổng số", "cộng", "toàn"))


def row_level(grid: Grid, r: int) -> int | None:
    """Depth of a row from its number label: I. = 0, 1. = 1, 1.1. = 2, a) = 3, - = 4."""
    for c in sorted(grid.label_cols) or [0]:
        cell = grid.cell(r, c)
        if cell is None:
            continue
        text = cell.text.strip(_MARKUP)
        if _ROMAN.match(text):
            return 0
        if _ARABIC.match(text) or (cell.figure is not None and cell.figure.kind == COUNT and c == 0):
            return 1
        if _DOTTED.match(text):
            return 1 + text.rstrip(".").count(".")
        if _LETTER.match(text):
            return 3
        if _BULLET.match(text) or _SUB_ROW.match(text):
            return 4
    first = grid.cell(r, 0)
    if first is not None and first.figure is not None and first.figure.kind == COUNT:
        return 1
    return None


# -- checks ---------------------------------------------------------------------------------

@dataclass(slots=True)
class SumIssue:
    total: Cell
    parts: list[Cell]
    row_header: str  # the column's header (total row) or the row's label (total column)
    by_row: bool  # a total row (True) or a total column (False)


@dataclass(slots=True)
class RatioIssue:
    percent: Cell
    numerator: Cell
    denominator: Cell
    headers: tuple[str, str, str]  # percent, numerator, denominator column headers
    verdict: Verdict
    share_of_total: bool = False  # the denominator is the column's total
    by_row: bool = False  # a percentage row of a table read sideways (row_ratio_issues)


def total_row_issues(grid: Grid) -> list[SumIssue]:
    out = []
    # a percentage row ("Tỷ lệ hộ nghèo | % | 9,00") is never a part of a total row
    data = [r for r in range(grid.header_rows, len(grid.rows)) if not _is_percent_row(grid, r)]
    totals = [r for r in data if is_total_label(grid.label(r))]
    for r in totals:
        between = [x for x in data if x < r and x not in totals and not [t for t in totals if x < t < r]]
        below = [x for x in data if x > r and x not in totals and not [t for t in totals if r < t < x]]
        row_sets = [between] if between else [below]
        if between and any(t < r for t in totals):  # a grand total after subtotals
            row_sets += [[x for x in data if x < r and x not in totals], [t for t in totals if t < r]]
        row_sets = [rows for rows in row_sets if len(rows) >= 2]
        for c in range(grid.width):
            total = grid.figure(r, c)
            if total is None or c not in grid.additive_cols:
                continue
            parts = [reading for rows in row_sets for reading in _part_readings(grid, rows, c)]
            if not parts or any(_sums_to(p, total) for p in parts):
                continue
            header = grid.headers[c] if c < len(grid.headers) else ""
            out.append(SumIssue(total, parts[0], header, True))
    return out


def _part_readings(grid: Grid, rows: list[int], c: int) -> list[list[Cell]]:
    """The ways to read ``rows`` as the parts of a total: all of them, or one level of them."""
    readings: list[list[Cell]] = []
    levels = {r: row_level(grid, r) for r in rows}
    candidates = [rows]
    known = sorted({lv for lv in levels.values() if lv is not None})
    for lv in known:
        chosen = [r for r in rows if levels[r] == lv]
        if len(chosen) >= 2 and chosen != rows:
            candidates.append(chosen)
    for chosen in candidates:
        cells = [grid.cell(r, c) for r in chosen]
        if any(x is None or x.value is None for x in cells):
            continue
        if sum(1 for x in cells if x.figure is not None) < 2:
            continue
        readings.append(cells)
    return readings


def _sums_to(parts: list[Cell], total: Cell) -> bool:
    exact = sum((p.value for p in parts), Fraction(0))
    tolerance = sum((p.figure.half_unit for p in parts if p.figure is not None and p.figure.decimals),
                    Fraction(0))
    if total.figure.decimals:
        tolerance += total.figure.half_unit
    return abs(exact - total.value) <= tolerance


def total_column_issues(grid: Grid) -> list[SumIssue]:
    out = []
    data = [r for r in range(grid.header_rows, len(grid.rows))]
    for c in range(grid.width):
        if c >= len(grid.headers) or not is_total_label(grid.headers[c]) or c not in grid.additive_cols:
            continue
        for cols in _neighbour_columns(grid, c):
            checked = [(r, [grid.cell(r, k) for k in cols]) for r in data if grid.figure(r, c) is not None]
            checked = [(r, cells) for r, cells in checked if all(x is not None and x.value is not None for x in cells)]
            holds = [r for r, cells in checked if _sums_to(cells, grid.figure(r, c))]
            # most ordinary rows must show the sum (a total row repeats any slip of the rows above it)
            ordinary = [r for r, _ in checked if not is_total_label(grid.label(r))]
            ordinary_holds = [r for r in holds if r in ordinary]
            if len(ordinary_holds) < 2 or 3 * len(ordinary_holds) < 2 * len(ordinary):
                continue
            for r, cells in checked:
                if r not in holds:
                    out.append(SumIssue(grid.figure(r, c), cells, grid.label(r), False))
            break
    return out


def _neighbour_columns(grid: Grid, c: int) -> list[list[int]]:
    """Runs of two or more additive columns right after, or right before, a total column."""
    runs = []
    right = []
    for k in range(c + 1, grid.width):
        if k not in grid.additive_cols or is_total_label(grid.headers[k]):
            break
        right.append(k)
    left = []
    for k in range(c - 1, -1, -1):
        if k not in grid.additive_cols or is_total_label(grid.headers[k]):
            break
        left.insert(0, k)
    for run in (right, left):
        if len(run) >= 2:
            runs.append(run)
    return runs


def ratio_issues(grid: Grid) -> list[RatioIssue]:
    out = []
    data = list(range(grid.header_rows, len(grid.rows)))
    numeric = sorted(grid.additive_cols)
    for p in sorted(grid.percent_cols):
        best = _best_formula(grid, p, numeric, data)
        if best is None:
            continue
        (a, b, share_of_total), results = best
        for r, verdict, num, den in results:
            if verdict is Verdict.HOLDS:
                continue
            headers = (grid.headers[p], grid.headers[a], grid.headers[b] if b is not None else "")
            out.append(RatioIssue(grid.figure(r, p), num, den, headers, verdict, share_of_total))
    return out


def row_ratio_issues(grid: Grid) -> list[RatioIssue]:
    """A percentage row of a table whose columns are years or places ("Tỷ lệ hộ nghèo (%)" under
    2021, 2022, 2023): the check of a percentage column (``ratio_issues``) on the table read
    sideways, each column a row and each row a column.  Columns whose header says they hold
    percentages, and a row of years, are left out."""
    lex = lexicon()
    data = [r for r in range(grid.header_rows, len(grid.rows)) if not _is_years_row(grid, r)]
    percent_rows = {i for i, r in enumerate(data) if _is_percent_row(grid, r)}
    if not percent_rows:
        return []
    headers = grid.headers + [""] * (grid.width - len(grid.headers))
    columns = [c for c in range(grid.width) if c not in grid.label_cols and not lex.table_percent.search(headers[c])]
    side = Grid(grid.index, [[grid.cell(r, c) for r in data] for c in columns])
    side.headers = [grid.label(r) for r in data]
    side.percent_cols = percent_rows
    side.additive_cols = {i for i in range(len(data)) if i not in percent_rows}
    return [replace(issue, by_row=True) for issue in ratio_issues(side)]


def _is_percent_row(grid: Grid, r: int) -> bool:
    """The row's label says percentages ("Tỷ lệ hộ nghèo", "So với cùng kỳ (%)"), or its unit cell is "%"."""
    if lexicon().table_percent.search(grid.label(r).lower()):
        return True
    return any(grid.cell(r, c) is not None and grid.cell(r, c).text.strip(_MARKUP) == "%" for c in grid.label_cols)


_YEAR_MIN, _YEAR_MAX = 1945, 2100


def _is_years_row(grid: Grid, r: int) -> bool:
    """"2021 | 2022 | 2023" read as data when the header holds figures."""
    values = [c.figure.value for c in grid.rows[r] if c is not None and c.figure is not None]
    return bool(values) and all(v.denominator == 1 and _YEAR_MIN <= v <= _YEAR_MAX for v in values)


def _best_formula(grid: Grid, p: int, numeric: list[int], data: list[int]):
    """The pair of columns the percentage column is computed from, if most rows say so.

    A pair qualifies when it explains at least two thirds of the rows that have all
    three figures (and at least three rows, or two when the headers name the
    denominator: "Kế hoạch", "Chỉ tiêu"); the best explains the most rows.
    """
    lex = lexicon()
    totals = [r for r in data if is_total_label(grid.label(r))]
    best = None
    # the figures of each column, row by row, and whether its header names a denominator
    figures = {c: [grid.figure(r, c) for r in data] for c in [p, *numeric]}
    names_denominator = {c: bool(lex.table_denominator.search(grid.headers[c])) for c in numeric}
    percents = [(i, pct) for i, pct in enumerate(figures[p]) if pct is not None]
    for a in numeric:
        nums = figures[a]
        total_den = grid.figure(totals[0], a) if totals else None
        for b in [*numeric, None]:
            if a == b:
                continue
            dens = figures[b] if b is not None else None
            rows = []
            for i, pct in percents:
                num = nums[i]
                den = dens[i] if dens is not None else total_den
                if num is not None and den is not None and den.value > 0 and not num.negative and not den.negative:
                    rows.append((data[i], pct, num, den))
            hinted = b is not None and names_denominator[b] and not names_denominator[a]
            if len(rows) < (2 if hinted else 3):
                continue
            allowed = len(rows) // 3  # rows that may break the formula: the errors to report
            results, wrong = [], 0
            for r, pct, num, den in rows:
                verdict = judge_ratio(num.figure, den.figure, pct.figure)
                wrong += verdict is Verdict.WRONG
                if wrong > allowed:
                    break
                results.append((r, verdict, num, den))
            else:
                holding = len(rows) - wrong
                score = (holding, hinted, -len(rows))
                if best is None or score > best[0]:
                    best = (score, (a, b, b is None), results)
    return None if best is None else (best[1], best[2])


__all__ = ["Grid", "RatioIssue", "SumIssue", "HUNDRED", "read_grid", "ratio_issues", "total_column_issues",
           "total_row_issues"]

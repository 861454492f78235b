"""KT205: total rows and columns, and percentage columns, of tables."""

from __future__ import annotations

import regex

from fractions import Fraction

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding

from .arith import HUNDRED, Verdict, en_notation, fmt
from .document import block_numbers
from .messages import ratio_message
from .tables import (RatioIssue, SumIssue, read_grid, ratio_issues, row_ratio_issues, total_column_issues,
                     total_row_issues)


@rule("KT205", "table-arithmetic", "figures", "error",
      summary_vi="Bảng số liệu: dòng/cột tổng không bằng tổng các thành phần, cột tỷ lệ tính sai",
      summary_en="Table: a total row or column is not the sum of its parts, or a percentage column is wrong",
      explanation_vi="Dòng “Tổng”, “Cộng”, “Tổng cộng” (hoặc cột “Tổng số”) phải bằng tổng các dòng (cột) thành "
                     "phần; nếu bảng có dòng con (1.1, a, -), tổng được đối chiếu với từng cấp. Cột tỷ lệ "
                     "(“Tỷ lệ (%)”, “So với KH”) phải bằng tỷ số của hai cột mà phần lớn các dòng cho thấy nó được "
                     "tính từ đó (thực hiện / kế hoạch), làm tròn đến số chữ số đã viết. Bảng có cột là các năm "
                     "và dòng là các chỉ tiêu được đọc theo chiều ngang: dòng “Tỷ lệ ...” phải bằng tỷ số của hai "
                     "dòng khác, và không bao giờ được cộng vào dòng tổng.",
      explanation_en="A “Tổng”, “Cộng” or “Tổng cộng” row (or a “Tổng số” column) must equal the sum of its parts; "
                     "a percentage column must equal the ratio of the two columns most rows show it is computed "
                     "from (actual / plan), rounded to the decimals shown. A table whose columns are years and "
                     "whose rows are indicators is read sideways: a “Tỷ lệ ...” row must be the ratio of two other "
                     "rows, and is never added into a total row.",
      bad="| Đơn vị | Chỉ tiêu | Kết nạp | Tỷ lệ (%) |\n|---|---|---|---|\n| Xã A | 70 | 76 | 108,75 |\n"
          "| Xã B | 30 | 30 | 100,00 |\n| Xã C | 50 | 45 | 90,00 |\n| Cộng | 150 | 151 | 100,67 |",
      good="| Đơn vị | Chỉ tiêu | Kết nạp | Tỷ lệ (%) |\n|---|---|---|---|\n| Xã A | 70 | 76 | 108,57 |\n"
           "| Xã B | 30 | 30 | 100,00 |\n| Xã C | 50 | 45 | 90,00 |\n| Cộng | 150 | 151 | 100,67 |")
def check_table_arithmetic(doc: Document, ctx):
    for table in doc.tables:
        grid = read_grid(doc, table, block_numbers(ctx))
        if grid.header_rows >= len(grid.rows):
            continue
        for issue in total_row_issues(grid) + total_column_issues(grid):
            yield _sum_finding(issue)
        for issue in ratio_issues(grid) + row_ratio_issues(grid):
            yield _ratio_finding(doc, issue)


def _cell_span(cell) -> Span:
    return Span(cell.block, cell.figure.start, cell.figure.end)


_BRACKETED_UNIT = regex.compile(r"\s*\([^)]*\)\s*")


def _short(header: str) -> str:
    """A column header without its unit in brackets: "Kết nạp (đảng viên)" -> "Kết nạp"."""
    return _BRACKETED_UNIT.sub(" ", header).strip() or header


def _sum_finding(issue: SumIssue):
    parts = issue.parts
    decimals = max([p.figure.decimals for p in parts if p.figure is not None] or [0])
    exact = sum((p.value for p in parts), Fraction(0))
    terms_vi = " + ".join(p.figure.text if p.figure is not None else "0" for p in parts)
    terms_en = " + ".join(en_notation(p.figure.text) if p.figure is not None else "0" for p in parts)
    where_vi = f"Cộng cột “{_short(issue.row_header)}”" if issue.by_row else f"Dòng “{issue.row_header}”"
    where_en = f"Column “{_short(issue.row_header)}”" if issue.by_row else f"Row “{issue.row_header}”"
    return finding("KT205", f"{where_vi}: {terms_vi} = {fmt(exact, decimals, 'vi')}, khác {issue.total.figure.text}",
                   f"{where_en}: {terms_en} = {fmt(exact, decimals, 'en')}, not {en_notation(issue.total.figure.text)}",
                   _cell_span(issue.total), related=[_cell_span(p) for p in parts if p.figure is not None])


def _ratio_finding(doc: Document, issue: RatioIssue):
    pct = issue.percent.figure
    num, den = issue.numerator.figure, issue.denominator.figure
    value = num.value * HUNDRED / den.value
    header_p, header_a, header_b = (_short(h) for h in issue.headers)
    how_vi = f"“{header_a}” / “{header_b}”" if not issue.share_of_total else f"“{header_a}” / dòng tổng"
    how_en = f"“{header_a}” / “{header_b}”" if not issue.share_of_total else f"“{header_a}” / the total row"
    line_vi, line_en = ("dòng", "row") if issue.by_row else ("cột", "column")
    vi, en = ratio_message(num.text, en_notation(num.text), den.text, en_notation(den.text), value, pct, issue.verdict,
                            doc.blocks[issue.percent.block].text)
    return finding("KT205", f"{vi} ({line_vi} “{header_p}” = {how_vi})", f"{en} ({line_en} “{header_p}” = {how_en})",
                   _cell_span(issue.percent), related=[_cell_span(issue.numerator), _cell_span(issue.denominator)],
                   severity="info" if issue.verdict is Verdict.TRUNCATED else None)

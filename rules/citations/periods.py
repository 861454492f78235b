"""KT307: a period whose end year comes before its start year ("giai đoạn 2021-2020").

Periods name the programmes and terms that documents are cited for ("Nghị quyết ... nhiệm kỳ
2020-2025"); a backwards one is always a typing slip.  Only two four-digit years of 1900-2099
joined by a dash count, standing on their own: not inside a symbol ("45/2017-NĐ-CP"), a date or
a longer number.
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding

_PERIOD = regex.compile(r"(?<![\p{L}\p{N}/.,:\-–—])((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?![\p{N}/\-–—]|[.,]\d)")


@rule("KT307", "period-backwards", "citations", "warning",
      summary_vi="Giai đoạn ghi năm kết thúc trước năm bắt đầu",
      summary_en="A period whose end year comes before its start year",
      explanation_vi="Một giai đoạn, nhiệm kỳ hay thời kỳ viết năm bắt đầu trước, năm kết thúc sau "
                     "(“giai đoạn 2021-2025”). “Giai đoạn 2021-2020” là gõ nhầm một trong hai năm.",
      explanation_en="A period, term or plan is written start year first (“giai đoạn 2021-2025”). “Giai đoạn "
                     "2021-2020” mistypes one of the two years.",
      bad="Kết quả thực hiện Nghị quyết giai đoạn 2021-2020",
      good="Kết quả thực hiện Nghị quyết giai đoạn 2021-2025")
def check_periods(doc: Document, ctx):
    for block in doc.blocks:
        if "-" not in block.text and "–" not in block.text and "—" not in block.text:
            continue
        for m in _PERIOD.finditer(block.text):
            start, end = int(m.group(1)), int(m.group(2))
            if end < start:
                yield finding("KT307",
                              f"Giai đoạn “{m.group()}” ghi ngược: năm kết thúc {end} trước năm bắt đầu {start}",
                              f"The period “{m.group()}” runs backwards: it ends in {end}, before it starts in "
                              f"{start}", Span(block.index, m.start(), m.end()))

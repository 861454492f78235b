"""KT206: one body's size given two different values in the draft."""

from __future__ import annotations

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import finding

from .messages import number_span
from .repeats import conflicts, statements


@rule("KT206", "repeated-quantity", "figures", "warning",
      summary_vi="Cùng một số lượng được nêu hai giá trị khác nhau trong dự thảo",
      summary_en="The same quantity is given two different values in the draft",
      explanation_vi="“Ban Thường vụ Huyện ủy có 13 đồng chí” ở phần đầu và “Tập thể Ban Thường vụ Huyện ủy (15 "
                     "đồng chí)” ở phần sau: cùng một tập thể, cùng thời điểm, hai con số. Quy tắc so sánh số "
                     "thành viên của cùng một tổ chức, lực lượng (“có”, “gồm”, “là”, trong ngoặc); hai câu nêu "
                     "năm, ngày hoặc thời điểm khác nhau (“khi thành lập”, “đầu nhiệm kỳ”) không bị so sánh.",
      explanation_en="“The Standing Committee has 13 members” early on and “(15 members)” later: one body, one "
                     "time, two numbers. Statements about different years or moments are not compared.",
      bad="Ban Thường vụ Huyện ủy có 13 đồng chí. ... Tập thể Ban Thường vụ Huyện ủy (15 đồng chí) chịu trách nhiệm.",
      good="Ban Thường vụ Huyện ủy có 13 đồng chí. ... Tập thể Ban Thường vụ Huyện ủy (13 đồng chí) chịu trách nhiệm.")
def check_repeated_quantity(doc: Document, ctx):
    for later, first in conflicts(statements(doc)):
        there = f" (“{first.body}”)" if first.body != later.body else ""
        yield finding("KT206",
                      f"“{later.body}”: {later.token.text} {later.unit_text} ở đây, nhưng {first.token.text} "
                      f"{first.unit_text} ở chỗ khác trong dự thảo{there}",
                      f"“{later.body}”: {later.token.text} {later.unit_text} here, but {first.token.text} "
                      f"{first.unit_text} elsewhere in the draft{there}",
                      number_span(later.block, later.token), related=[number_span(first.block, first.token)])

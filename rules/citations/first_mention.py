"""KT306: the first mention of a document without its date or issuer."""

from __future__ import annotations

import regex

from kiemtra_lint.document import HEADING, TABLE_CELL, Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import finding
from kiemtra_lint.rules.citations.parse import NORMATIVE, Citation

from .common import by_document, citations_of, span_of
from .mentions import Statements


@rule("KT306", "incomplete-first-mention", "citations", "info",
      summary_vi="Lần đầu nhắc đến văn bản chưa ghi ngày ban hành hoặc cơ quan ban hành",
      summary_en="First mention of a document without its date or issuer",
      explanation_vi="Lần đầu dẫn một văn bản cần ghi đủ tên loại, số và ký hiệu, ngày ban hành và cơ quan ban hành "
                     "(“Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị”); các lần sau có thể viết gọn. "
                     "Cơ quan ban hành coi như đã ghi khi nó là chủ ngữ của câu (“Ban Thường vụ Huyện ủy ban hành "
                     "Kế hoạch số ...”). Đề mục, tiêu đề, bảng và số của chính văn bản ở phần đầu (“Số: 12/KH-UBND”) "
                     "không bị kiểm tra; văn bản quy phạm pháp luật "
                     "(30/2020/NĐ-CP, 80/2015/QH13) mang năm và cơ quan ban hành trong ký hiệu nên cũng không.",
      explanation_en="The first citation of a document names its type, number and symbol, date and issuer; later "
                     "mentions may be short. The issuer counts as named when it is the subject of the sentence "
                     "(“X ban hành Kế hoạch số ...”). Headings, the title, tables and the draft's own number in "
                     "its header (“Số: 12/KH-UBND”) are not checked, nor are normative documents (30/2020/NĐ-CP, "
                     "80/2015/QH13), whose symbols carry the year and the issuer.",
      bad="Triển khai Đề án số 03-ĐA/HU về nâng cao chất lượng sinh hoạt chi bộ",
      good="Triển khai Đề án số 03-ĐA/HU, ngày 12/5/2023 của Ban Thường vụ Huyện ủy về nâng cao chất lượng "
           "sinh hoạt chi bộ")
def check_first_mentions(doc: Document, ctx):
    cites = citations_of(doc, ctx)
    statements = Statements(doc, cites)
    reported: set[tuple[int, int]] = set()
    for key, mentions in by_document(doc, ctx).items():
        if key[0] == NORMATIVE:
            continue  # 80/2015/QH13 carries its year and its issuer; laws are cited without a date
        first, later_full = _first_incomplete(doc, mentions, statements)
        if first is None or (first.block, first.start) in reported:
            continue
        reported.add((first.block, first.start))
        missing_vi, missing_en = _missing(first, statements)
        related = []
        if later_full is not None:
            missing_vi += " (ghi đầy đủ ở lần nhắc sau)"
            missing_en += " (given in full at a later mention)"
            related = [span_of(later_full, later_full.head)]
        yield finding("KT306", f"Lần đầu nhắc đến “{first.head.text}” chưa ghi {missing_vi}",
                      f"First mention of “{first.head.text}” without its {missing_en}", span_of(first, first.head),
                      related=related)


def _first_incomplete(doc: Document, mentions: list[Citation],
                      statements: Statements) -> tuple[Citation | None, Citation | None]:
    """The first mention in running text, when nothing before it cites the document in full."""
    for i, c in enumerate(mentions):
        if _own_number(doc, c):
            continue
        complete = statements.complete(c)
        if _outside_prose(doc.blocks[c.block]):
            if complete:
                return None, None
            continue
        if complete or c.is_short:
            return None, None
        return c, next((m for m in mentions[i + 1:] if statements.complete(m)), None)
    return None, None


_NUMBER_LINE = regex.compile(r"(?i)(?<![\p{L}])số\s*:\s*$")


def _own_number(doc: Document, c: Citation) -> bool:
    """The draft's own number in its header ("Số: 1026/KH-UBND" beside the place and date),
    not a mention of another document."""
    text = doc.blocks[c.block].text
    return c.type_word is None and bool(_NUMBER_LINE.search(text, max(0, c.start - 12), c.start))


def _outside_prose(block) -> bool:
    """Headings, centred title lines and table cells cite documents without the full form."""
    return block.kind in (HEADING, TABLE_CELL) or block.centered


def _missing(c: Citation, statements: Statements) -> tuple[str, str]:
    no_date, no_issuer = not statements.has_date(c), not statements.has_issuer(c)
    if no_date and no_issuer:
        return "ngày ban hành và cơ quan ban hành", "date and issuer"
    if no_date:
        return "ngày ban hành", "date"
    return "cơ quan ban hành", "issuer"

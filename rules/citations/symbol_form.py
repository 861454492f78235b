"""KT301: a symbol written against its form (unknown abbreviation, mixed forms, separators, case)."""

from __future__ import annotations

import regex

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, finding
from kiemtra_lint.text import looks_like_syllable

from .common import citations_of, span_of
from .symbols import symbol_problem


@rule("KT301", "malformed-symbol", "citations", "warning",
      summary_vi="Ký hiệu văn bản viết sai: chữ viết tắt tên loại không có, trộn thể thức Đảng và Nhà nước, sai dấu",
      summary_en="Malformed document symbol: unknown type abbreviation, Party and State forms mixed, wrong separators",
      explanation_vi="Ký hiệu văn bản của Đảng viết “số-LOẠI/CƠ QUAN” (35-NQ/TW, 05-CTr/TU); của cơ quan nhà nước "
                     "viết “số/LOẠI-CƠ QUAN” (123/QĐ-UBND), văn bản quy phạm pháp luật có thêm năm (30/2020/NĐ-CP). "
                     "Quy tắc báo chữ viết tắt tên loại không có trong danh mục (“05-KHHĐ/TU”), ký hiệu trộn hai "
                     "thể thức (“35/NQ-TW”, “123-QĐ/UBND”), chữ viết tắt của văn bản nhà nước trong ký hiệu của "
                     "Đảng (“12-QyĐ/TU”), sai chữ hoa (“05-Ctr/TU”) và sai dấu (“07 - NQ/TU”, “07-NQ TU”, "
                     "“07–NQ/TU”).",
      explanation_en="A Party symbol is “number-TYPE/ISSUER” (35-NQ/TW); a State one “number/TYPE-ISSUER” "
                     "(123/QĐ-UBND), with the year for normative documents (30/2020/NĐ-CP). The rule reports an "
                     "unknown type abbreviation, mixed forms, State abbreviations in Party symbols, wrong letter "
                     "case and wrong separators or spacing.",
      bad="Nghị quyết số 07 - NQ/HU; Kế hoạch số 05-KHHĐ/TU",
      good="Nghị quyết số 07-NQ/HU; Kế hoạch số 05-KH/TU")
def check_symbol_form(doc: Document, ctx):
    for c in citations_of(doc, ctx):
        if c.symbol is None:
            continue
        text = doc.blocks[c.block].text
        if _runs_into_title(text, c.symbol.part):
            continue
        problem = symbol_problem(c, english=_in_english(text, c.symbol.part.start),
                                 capitals=_in_capitals(text, c.symbol.part))
        if problem is not None:
            span = span_of(c, c.symbol.part)
            yield finding("KT301", problem.vi, problem.en, span,
                          fix=Fix(span.start, span.end, problem.fixed) if problem.fixed else None)


# the last piece of a symbol, after a spaced dash, as a word in capitals: "02/TNDN – TỜ"
_DASHED_TAIL = regex.compile(r"\s[-–—]\s*(\p{Lu}+)$")
_CAPITAL_WORD_AFTER = regex.compile(r"[ ]\p{Lu}\p{Lu}")


def _runs_into_title(text: str, part) -> bool:
    """The symbol read runs past a spaced dash into a title in capitals ("Mẫu số: 02/TNDN – TỜ KHAI
    THUẾ ..."): its last piece is a Vietnamese word and more capitals follow. A code is never a
    syllable of the language, so the symbol ends before the dash and is well written."""
    tail = _DASHED_TAIL.search(text, part.start, part.end)
    return bool(tail and looks_like_syllable(tail.group(1)) and _CAPITAL_WORD_AFTER.match(text, part.end))


_ASCII_WORD = regex.compile(r"[A-Za-z]{2,}")
_NOT_ENGLISH = regex.compile(r"[^\x00-\x7f‘’“”]")


def _in_english(text: str, start: int) -> bool:
    """The words just before a symbol are English ("the Government's Decree No. "): a
    translation published beside the Vietnamese text."""
    before = text[max(0, start - 40):start]
    return _ASCII_WORD.search(before) is not None and _NOT_ENGLISH.search(before) is None


def _in_capitals(text: str, part) -> bool:
    """The words around a symbol are written in capitals (a title line: "QUYẾT ĐỊNH SỐ ... NGÀY ...")."""
    around = text[max(0, part.start - 30):part.start] + text[part.end:part.end + 30]
    return any(ch.isalpha() for ch in around) and not any(ch.islower() for ch in around)

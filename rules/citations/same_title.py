"""KT308: one document cited under two symbols (the same number and title, another year).

A draft that cites "Thông tư số 07/2023/TT-BTC ... hướng dẫn quản lý kinh phí ..." and later
"Thông tư số 07/2024/TT-BTC ... hướng dẫn quản lý kinh phí ..." names one document twice and
mistypes it once: two documents of one type and one issuer carry the same number in two years
with one title only by a slip.  Two numbers in one year are not compared: a province issues a
series of decisions of one title ("về việc giao chỉ tiêu ..."), the Government several decrees
"quy định chi tiết một số điều của Luật ..." in a year.  Only symbols that carry their year
("07/2023/TT-BTC") are compared, and only titles of ``MIN_TITLE_WORDS`` words or more, read the
same on both sides (see titles.py): a short title ("về công tác cán bộ") is shared by many
documents.  A document that replaces another of the same title says so ("thay thế"), and then
nothing is reported.
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import finding
from kiemtra_lint.rules.citations.parse import Citation
from kiemtra_lint.text import shorten

from .common import citations_of, span_of
from .titles import Title, title_of

MIN_TITLE_WORDS = 6
MAX_SHOWN = 80  # characters of the title a message quotes
# "thay thế Thông tư số ...", "bãi bỏ", "hết hiệu lực": a block naming an old and a new document
_SUCCESSION = regex.compile(r"(?i)thay\s+thế|bãi\s+bỏ|hết\s+hiệu\s+lực|sửa\s+đổi")


@rule("KT308", "one-title-two-symbols", "citations", "warning",
      summary_vi="Cùng một văn bản (cùng loại, số, cơ quan ban hành và trích yếu) được dẫn với hai năm khác nhau",
      summary_en="One document (same type, number, issuer and title) cited with two different years",
      explanation_vi="Hai lần dẫn cùng loại văn bản, cùng cơ quan ban hành, cùng trích yếu nhưng ký hiệu khác "
                     "nhau ở năm (“07/2023/TT-BTC” và “07/2024/TT-BTC”) thường là gõ nhầm một trong hai năm. Chỉ "
                     "so ký hiệu có ghi năm, cùng số, cùng cơ quan ban hành (nếu có ghi) và trích yếu "
                     "từ 6 chữ trở lên, đọc giống nhau; đoạn văn nói việc thay thế, bãi bỏ, sửa đổi văn bản "
                     "không bị báo.",
      explanation_en="Two citations of one type, one issuer and one title whose symbols differ in the year "
                     "(“07/2023/TT-BTC” and “07/2024/TT-BTC”) usually mistype one of the years. Only symbols with "
                     "a year and one number, the same issuer where it is named, and titles of six "
                     "words or more, read alike, are compared; a paragraph about replacing, repealing or amending "
                     "a document is not reported.",
      bad="Căn cứ Thông tư số 07/2023/TT-BTC ngày 10/3/2023 của Bộ Tài chính hướng dẫn quản lý kinh phí "
          "chuyển đổi số cấp xã; ... thực hiện Thông tư số 07/2024/TT-BTC của Bộ Tài chính hướng dẫn quản lý "
          "kinh phí chuyển đổi số cấp xã.",
      good="Căn cứ Thông tư số 07/2023/TT-BTC ngày 10/3/2023 của Bộ Tài chính hướng dẫn quản lý kinh phí "
           "chuyển đổi số cấp xã; ... thực hiện Thông tư số 07/2023/TT-BTC của Bộ Tài chính hướng dẫn quản lý "
           "kinh phí chuyển đổi số cấp xã.")
def check_one_title_two_symbols(doc: Document, ctx):
    groups: dict[tuple, list[tuple[Citation, Title]]] = {}  # (code, issuer) -> mentions, titles
    reported: set[str] = set()
    for c in citations_of(doc, ctx):
        sym = c.symbol
        if sym is None or sym.year is None or len(sym.numbers) != 1 or _SUCCESSION.search(doc.blocks[c.block].text):
            continue
        title = title_of(doc, c)
        if title is None or len(title.words) < MIN_TITLE_WORDS:
            continue
        group = groups.setdefault((sym.code, sym.issuer), [])
        clash = next((e for e, seen in group if _same_title(title.words, seen.words) and _one_differs(e, c)), None)
        if clash is not None and sym.text not in reported:
            reported.add(sym.text)
            yield _finding(c, clash, title)
        group.append((c, title))


def _one_differs(a: Citation, b: Citation) -> bool:
    """The same number in two years, by the same issuer where both name it."""
    if a.issuer is not None and b.issuer is not None and a.issuer.text.casefold() != b.issuer.text.casefold():
        return False
    return int(a.symbol.numbers[0].text) == int(b.symbol.numbers[0].text) and a.symbol.year != b.symbol.year


def _finding(c: Citation, earlier: Citation, title: Title):
    sym, e = c.symbol, earlier.symbol
    shown = shorten(title.text, MAX_SHOWN)
    return finding("KT308",
                   f"“{sym.text}” và “{e.text}” (ở chỗ khác) cùng loại, cùng số, cùng cơ quan ban hành, cùng trích yếu "
                   f"“{shown}” nhưng khác năm: có lẽ một trong hai ghi sai năm",
                   f"“{sym.text}” and “{e.text}” (elsewhere) share type, number, issuer and title “{shown}” but "
                   f"not the year: one of them probably has the wrong year",
                   span_of(c, sym.part), related=[span_of(earlier, e.part)])


def _same_title(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter title is the start of the longer (one mention may stop earlier)."""
    n = min(len(a), len(b))
    return n >= MIN_TITLE_WORDS and a[:n] == b[:n]

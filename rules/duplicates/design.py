"""Where a document repeats itself by design, so that KT402 and KT403 do not compare it.

An official document repeats on purpose in a few places: the recipients list ("Nơi nhận:")
and the signature after it; the annexes ("PHỤ LỤC I", "Mẫu số 01", "DANH MỤC THỦ TỤC HÀNH
CHÍNH", "BIỂU MẪU"), which hold one form or one procedure per item and always read alike; and
tables, which converted pages sometimes leave as lines of cells ("| 1 | Tiếp nhận hồ sơ |").
None of these is a copy-paste slip: the annex and the recipients end the body, so from the
first of them on nothing is compared.  Nor are the lines of a form or an indicator sheet
("Tổng số giảng viên (người): 20"), which the same report fills in again for each year, nor
title lines: the short lines before the first heading, and any short line that does not end a
sentence (a title the body restates on purpose: "Báo cáo kết quả ... năm 2024" then "UBND
huyện báo cáo kết quả ... năm 2024 như sau").

What a page sets around its text repeats the text on purpose too: a photo's caption ("...
Ảnh: Internet."), the lead of a news report, which opens with its agency's dateline ("(TTXVN)
– ...") and sums up the body (or a page's teaser of it, "moreNgày 12/5, ..."), and a
paragraph that is nothing but links (a related-article
list, an image whose title is the link's words).  None is compared.

A normative text in articles ("Điều 1.", "Điều 2.") gives each article the same standard
clauses ("Biên bản có nhiều trang thì phải ký vào từng trang ..."), and states one rule for
two cases in two clauses or points: a sentence of one provision found again in another is by
design (``in_other_provisions``), as is the preamble before the
first heading (the grounds, a summary of the text) restated in the body (``preamble_restated``).
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from kiemtra_lint.document import Document

SHORT_LINE = 200  # an annex heading is a short line of its own

_MARKUP = r"[\s*_#>|\\-]*"
# "PHỤ LỤC", "Phụ lục II", "MẪU SỐ 01", "Mẫu số 02/TTHC", "BIỂU MẪU", "DANH MỤC THỦ TỤC" (not "DANH MỤC TỪ VIẾT TẮT" before a report)
_ANNEX = regex.compile(_MARKUP + r"(?:PHỤ\s+LỤC|Phụ\s+lục(?:\s+[IVXLC\d]+|\s*$)|MẪU\s+SỐ|Mẫu\s+số|BIỂU\s+MẪU|"
                       r"DANH\s+MỤC\s+THỦ\s+TỤC|(?:PHẦN\s+II\.?\s*)?NỘI\s+DUNG\s+CỤ\s+THỂ)(?![\p{Ll}])")
_RECIPIENTS = regex.compile(r"(?i:nơi\s+nhận)\s*:")
_TABLE_LINE = regex.compile(r"\s*\|")
_SENTENCE_END = ".;:!?…"
_CLOSERS = " *_”\"’')»"  # emphasis and closing quotes after a sentence's end ('... tháng.”')


def body_end(doc: Document) -> int:
    """The index of the first block of the recipients list or of the first annex (the number
    of blocks when there is neither)."""
    for block in doc.blocks:
        text = block.text
        if _RECIPIENTS.search(text) or (len(text) <= SHORT_LINE and _ANNEX.match(text)):
            return block.index
    return len(doc.blocks)


def title_lines(doc: Document) -> list[int]:
    """The short blocks before the first block inside a section (title, summary, header; none
    in a draft without headings), and the short blocks that do not end a sentence."""
    out = []
    for block in doc.blocks:
        if block.section:
            break
        if len(block.text) <= SHORT_LINE:
            out.append(block.index)
    else:
        out = []
    return out + [b.index for b in doc.blocks if len(b.text) <= SHORT_LINE
                  and not b.text.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END))]


# "Tổng số giảng viên (người): 20", "Tỷ lệ tốt nghiệp (%): 90,5%.", "Doanh thu trên cán bộ: ...":
# a label, a colon and a value that is figures (with a unit or two) or a blank to fill
_FIELD_VALUE = regex.compile(r":\s*(?:[^\p{L}:]*\p{N}[^:]*|\s*(?:\.{3}|…)+\s*)$")
_MAX_VALUE_WORDS = 4  # "7,3 triệu VNĐ", "0,025 máy/1 SV": a figure and its unit


def is_field_line(text: str) -> bool:
    """A line of a form or an indicator sheet: a short label that ends with a colon (its value
    comes on the lines below), or a label with its value (figures, or a blank "..."). The
    same sheet filled in for another year or programme repeats its labels by design."""
    text = text.strip(" *_")
    if len(text) > SHORT_LINE or "\n" in text:
        return False
    if text.endswith(":"):
        return True
    value = _FIELD_VALUE.search(text)
    return value is not None and len(regex.findall(r"\p{L}+", value.group())) <= _MAX_VALUE_WORDS


# "... Ảnh: Internet.", "(Ảnh: N.Linh)", "Ảnh minh họa", "Ảnh tư liệu": a photo's credit ending its caption
_CREDIT = regex.compile(r"(?:^|[.!?…]\s+|\()[\s*_]*(?:Nguồn\s+ảnh|Ảnh(?:\s+minh\s+họa|\s+minh\s+hoạ|\s+tư\s+liệu)?)"
                        r"(?:\s*:\s*[^:;!?]{1,40}?)?[.)]?[\s*_]*$")
# "(TTXVN) – ", "more(HDDTVN)- ", "moreNgày 12/5/2020, ...": a news agency's dateline opening the
# lead of a report, or the "more" of a page's teaser glued to the lead it repeats
_DATELINE = regex.compile(r"[\s*_]*(?:more(?=[\p{Lu}(])|(?:more)?\s*\(\p{Lu}[\p{Lu}\d&/. ]{0,15}\)\s*[-–—])")
# a Markdown image or link ("[![alt](img.jpg "title")](url "title")"), innermost first
_LINK = regex.compile(r"!?\[[^\[\]]*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")


def is_caption(doc: Document, index: int) -> bool:
    """A photo's caption: a line that ends with the photo's credit, or is followed by one."""
    text = doc.blocks[index].text
    if len(text) > 2 * SHORT_LINE:
        return False
    after = doc.blocks[index + 1].text if index + 1 < len(doc.blocks) else ""
    return bool(_CREDIT.search(text)) or (len(after) <= SHORT_LINE and bool(_CREDIT.match(after)))


def is_links_only(text: str) -> bool:
    """A paragraph made of Markdown links or images and nothing else."""
    rest, n = text, 1
    while n:
        rest, n = _LINK.subn(" ", rest)
    return rest != text and not regex.search(r"[\p{L}\p{N}]", rest)


def repeats_by_design(doc: Document) -> frozenset[int]:
    """The blocks KT402 and KT403 leave out: the title lines, from the end of the body on,
    lines of table cells, the lines of forms (``is_field_line``), captions, news leads opened
    by a dateline and paragraphs of links."""
    end = body_end(doc)
    return frozenset([*title_lines(doc), *(b.index for b in doc.blocks
                                            if b.index >= end or _TABLE_LINE.match(b.text)
                                            or is_field_line(b.text) or is_caption(doc, b.index)
                                            or _DATELINE.match(b.text) or is_links_only(b.text))])


_ARTICLE = regex.compile(r"[\s*_#]*Điều\s+\d+")
# "1. ", "a) ", "b.1) ": the clauses and points of an article
_CLAUSE = regex.compile(r"[\s*_#]*(?:\d{1,2}\.|[a-zđ](?:\.\d{1,2})?\))\s")


def provision_starts(doc: Document) -> list[int]:
    """The blocks that open a provision of a text in articles: an article ("Điều 12. ...",
    whether or not the outline made it a section) and, from the first article on, a clause
    ("2. ...") or a point ("b) ...", "b.1) ...").  A document with fewer than two articles is
    not a text in articles: only its article lines (if any) are returned."""
    articles = [b.index for b in doc.blocks if _ARTICLE.match(b.text)]
    if len(articles) < 2:
        return articles
    return sorted({*articles, *(b.index for b in doc.blocks[articles[0]:] if _CLAUSE.match(b.text))})


def in_other_provisions(doc: Document, first_block: int, second_block: int,
                        starts: list[int] | None = None) -> bool:
    """Whether the two blocks belong to two different provisions of a text in articles
    ("Điều 3." and "Điều 8.", or points a) and b) of one clause): the same words in two
    provisions state one rule for two cases (see provision_starts); ``starts`` is
    ``provision_starts(doc)`` if the caller has it."""
    starts = provision_starts(doc) if starts is None else starts
    if len(starts) < 2 or first_block < starts[0]:
        return False
    return bisect_right(starts, first_block) != bisect_right(starts, second_block)


def preamble_restated(doc: Document, first_block: int, second_block: int) -> bool:
    """Whether the first block comes before the first heading and the second after it."""
    return not doc.blocks[first_block].section and bool(doc.blocks[second_block].section)


# --- pairs that restate on purpose -------------------------------------------------------

# "- ", "+ ", "• ", "a) ", "đ) ", "1. ", "2) ": a block that is one item of a list
_LIST_ITEM = regex.compile(r"[\s*_]*(?:[-+•–]|[a-zđ]\)|\d{1,2}[.)])\s")


def is_list_item(text: str) -> bool:
    """A block that is one item of a list: opened by a list mark, or ended by a semicolon (one
    item of an enumeration set out without marks: "tỷ lệ trường chuẩn quốc gia từ 80-85%;")."""
    return bool(_LIST_ITEM.match(text)) or text.rstrip(" *_").endswith(";")


# "**...**", "***...***", "_..._": a paragraph emphasised from end to end
_EMPHASISED = regex.compile(r"\s*([*_]{1,3})(?![*_\s]).*(?<![*_\s])\1\s*", regex.S)


def is_highlight(block) -> bool:
    """A paragraph set apart from the text: emphasised from end to end (bold in Word, or
    Markdown emphasis around it) or written in a text box, the way a page or a report
    highlights a key passage it also gives in its body (a pull quote)."""
    return block.bold or block.in_textbox or bool(_EMPHASISED.fullmatch(block.text))


def is_question(text: str) -> bool:
    """A sentence asking a question: the title of a question-and-answer page restated in
    its answer, never drafted prose pasted twice."""
    return text.rstrip(_CLOSERS).endswith("?")


MAX_ITEMS_BACK = 30  # how far back the lead-in of a list item is looked for


_LETTERED_ITEM = regex.compile(r"[\s*_]*[a-zđ]\)\s")


def lead_in(doc: Document, block: int, start: int) -> str | None:
    """The line that introduces the text at ``block``/``start``, when the text opens its
    block: for a point "a)", "b)" of a clause, the clause ("2. Đối với trường hợp ..."); for
    another item of a list (the last item of an enumeration set out without marks, after an
    item ending with a semicolon, included), the line ending with a colon before the list's
    first item; for any other text, the block before if it ends with a colon ("Đối với đất ở:
    ... như sau:")."""
    if start > 0:
        return None
    text = doc.blocks[block].text
    previous = doc.blocks[block - 1].text.rstrip(" *_") if block > 0 else ""
    lettered = bool(_LETTERED_ITEM.match(text))
    item = is_list_item(text) or previous.endswith(";")
    for k in range(block - 1, max(-1, block - 1 - MAX_ITEMS_BACK), -1):
        before = doc.blocks[k].text.rstrip(" *_")
        if lettered:
            if not _LETTERED_ITEM.match(before):
                return before
        elif before.endswith(":"):
            return before
        elif not (item and is_list_item(before)):
            return None
    return None


def opens_with(text: str, openers: tuple[str, ...]) -> bool:
    """Whether ``text`` (past list marks and emphasis) opens with one of ``openers``, as a
    word of its own ("Theo đó," not "Theo đóng góp")."""
    head = text.lstrip(" *_-+•–").casefold()
    return any(head.startswith(o) and not head[len(o):len(o) + 1].isalnum()
               for o in (o.casefold() for o in openers))


# "Tại khoản 2 Điều 8 Thông tư số 80/2021/TT-BTC quy định:", "Căn cứ Điều 5 Luật ... hướng dẫn như sau: “":
# the line or the words that open a quotation of a cited provision
_QUOTING = regex.compile(r"(?i)(?<!\p{L})(?:Điều|khoản|điểm|Thông\s+tư|Nghị\s+định|Luật|Quyết\s+định|Công\s+văn)"
                         r"(?!\p{L})[^:]*(?<!\p{L})(?:quy\s+định|hướng\s+dẫn|nêu\s+rõ)(?:\s+như\s+sau)?\s*:"
                         r"[\s*_]*[“\"]?[\s*_]*$")


def quotes_a_provision(doc: Document, unit) -> bool:
    """Whether the sentence ``unit`` is quoted from a cited provision: the words before it in
    its paragraph, or the line that introduces it, end with "... Điều 5 Thông tư ... quy
    định:".  An official letter quotes the provision and then applies it in the same words."""
    text = doc.blocks[unit.block].text
    before = text[max(0, unit.start - 300):unit.start] if unit.start > 0 else lead_in(doc, unit.block, 0)
    return bool(before) and bool(_QUOTING.search(before))


def restated_on_purpose(doc: Document, first, second, partial: bool, openers: tuple[str, ...] = ()) -> bool:
    """Whether two matching sentences (units ``first`` and ``second``) repeat by design:

    * a question (the title of a question-and-answer page and its answer);
    * a highlight restating the body, or the body a highlight (a pull quote: ``is_highlight``);
    * a list item that restates one clause of a sentence, or a sentence that restates one
      item of a list ("... các nhiệm vụ: A; B; C." then "- B;"), an enumeration detailed;
    * the same words introduced by two different lead-ins ("Đối với đất nông nghiệp: ...
      như sau:" / "Đối với đất phi nông nghiệp: ... như sau:"): one provision for two cases;
    * a quotation restated: the paragraph of either copy, or its lead-in, opens with one of
      ``openers`` ("Theo đó, ... như sau:"), a restatement of a cited text or of the text above;
      or either copy is quoted from a cited provision (``quotes_a_provision``).
    """
    text_a, text_b = doc.blocks[first.block].text, doc.blocks[second.block].text
    if is_question(text_b[second.start:second.end]):
        return True
    if is_highlight(doc.blocks[first.block]) != is_highlight(doc.blocks[second.block]):
        return True
    if partial and (is_list_item(text_a) or is_list_item(text_b)):
        return True
    into_a, into_b = lead_in(doc, first.block, first.start), lead_in(doc, second.block, second.start)
    if any(opens_with(t, openers) for t in (text_a, text_b, into_a or "", into_b or "")):
        return True
    if quotes_a_provision(doc, first) or quotes_a_provision(doc, second):
        return True
    return into_a is not None and into_b is not None and into_a != into_b

"""Heading recognition and the section tree.

A paragraph is a heading when Word says so (an outline level from the paragraph
or its style chain, e.g. "Heading 2"), or when it starts with a typed or
rendered label ("Phần thứ nhất", "A.", "I.", "1.", "1.1.", "a)") and looks like
a heading rather than a numbered list item (short, no closing full stop, bold
where the draft bolds that kind of label), or when it is a short bold line
in the body.  How deep each label kind sits is learned per document from the
order in which the kinds appear: a kind met for the first time opens a level
under the current one; a kind already open closes everything below it.  Parts, chapters,
sections ("Mục") and articles ("Điều") of normative texts keep their fixed order; an annex
("PHỤ LỤC II") closes everything; articles numbered one after the other ("Điều 1.", "Điều 2.")
make these the document's units whatever its kind.  Quoted wording (an amended article after
"… như sau:"), the cells of a web page's flattened table, a reporter's byline ("T.H.") and the
signature block are not headings.  A plain-text copy of a web page keeps its Markdown emphasis:
a line wrapped in "**" reads as bold and labels are read through the markers ("**Điều 5.
Tên**").  Built once by the reader; built again by the pipeline with the ladder of the
document's kind when its profile names one.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .document import HEADING, PARAGRAPH, TABLE_CELL, Block, Document, Section
from .labels import Label, as_kind, parse_label, parse_marked_label

MAX_HEADING_CHARS = 160  # a labelled paragraph longer than this ending with "." is a list item
MAX_UNLABELLED_HEADING_CHARS = 100

DOCUMENT_TYPES = ("BÁO CÁO", "TỜ TRÌNH", "KẾ HOẠCH", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN",
                  "HƯỚNG DẪN", "THÔNG BÁO", "KẾT LUẬN", "CHỈ THỊ", "QUY ĐỊNH", "QUY CHẾ", "DIỄN VĂN",
                  "BÀI PHÁT BIỂU", "THÔNG TRI", "PHƯƠNG ÁN", "DỰ THẢO BÁO CÁO", "BÁO CÁO CHÍNH TRỊ", "LUẬT",
                  "BỘ LUẬT", "PHÁP LỆNH", "NGHỊ ĐỊNH", "THÔNG TƯ", "THÔNG TƯ LIÊN TỊCH")
_CLOSING = regex.compile(r"^[*_]*(?:T/M|TM\.|KT\.|TL\.|TUQ\.|Q\.|Nơi nhận\s*:|NƠI NHẬN)", regex.I)
# A signer's title standing alone, without "TM."/"KT." above it ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC SỞ"),
# then the signer's name or "Đã ký": the signature block, not a bold heading.
_SIGNER_TITLE = regex.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|"
    r"THỦ TRƯỞNG|HIỆU TRƯỞNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|THỦ TƯỚNG|"
    r"CHI CỤC TRƯỞNG|TRƯỞNG ĐOÀN|NGƯỜI BÁO CÁO)(?:\s+\p{Lu}+){0,2}$")
_SIGNED = regex.compile(r"^\(?(?:Đã ký|ĐÃ KÝ|đã ký)\)?$")
_PERSON_NAME = regex.compile(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")
_BULLET = regex.compile(r"^[-+*•–—◦▪►✓]\s*")
_ORDINAL_LEAD = regex.compile(r"^(?:Một|Hai|Ba|Bốn|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\b", regex.I)
_TOC_STYLE = regex.compile(r"^toc\b|^mục lục", regex.I)
# The parts of a normative text, outermost first: whatever was met first, a part holds chapters,
# a chapter sections ("Mục"), a section articles ("Điều").  An annex ("Phụ lục I") closes
# everything: each annex starts its own outline, after the body of the document.  A document
# kind may give its own ladder (its profile's ``ladder``): then those are the document's units,
# headings wherever a paragraph opens with their label, however long.
LEGAL_LADDER = ("annex", "part", "chapter", "muc", "article")
_TITLED_LATER = ("annex", "part", "chapter")  # labels whose title often stands on the next line


@dataclass(slots=True)
class _Candidate:
    block: Block
    label: Label | None
    outline_level: int | None  # from Word, when the heading is styled
    rendered: bool  # the label comes from Word list numbering, not the text


def build_outline(doc: Document, units: tuple[str, ...] = ()) -> None:
    """Mark heading blocks and build ``doc.root``; fills block.section for every block.

    ``units``: the label kinds of the document's own ladder, outermost first ("chapter",
    "article" for a decision), known once its kind is (the reader builds the outline without
    them; the pipeline builds it again when the document's profile names a ladder).  A paragraph
    opening with one of these labels is a heading whatever its length ("Điều 2. Quyết định có
    hiệu lực …" states its provision in its own line), and they keep the ladder's order."""
    _reset(doc)
    body_start, title = _find_title(doc)
    doc.title = title
    if not units and _own_articles(doc, body_start):
        units = LEGAL_LADDER
    candidates = _candidates(doc, body_start, units)
    _assign(doc, candidates, units or LEGAL_LADDER)


def _reset(doc: Document) -> None:
    """Forget an outline built before: every heading a paragraph again, an empty root."""
    for b in doc.blocks:
        if b.kind == HEADING:
            b.kind = PARAGRAPH
        b.label = b.label_kind = b.heading_level = b.title = None
        b.section = ()
    doc.root = Section("", "", 0, None)


# -- front matter --------------------------------------------------------------
def _find_title(doc: Document) -> tuple[int, str]:
    """The type line ("BÁO CÁO") and its summary lines; returns (first body block, title)."""
    blocks = doc.blocks
    for i, b in enumerate(blocks[:60]):
        if b.kind != PARAGRAPH:
            continue
        line = unmarked(b.text).upper() if b.all_caps else unmarked(b.text)
        if line.endswith(":"):
            continue  # "QUYẾT ĐỊNH:" opens a decision's articles; it is not the type line
        if i > 0 and (label := parse_label(blocks[i - 1].text.strip("*_ "))) is not None \
                and label.kind in _TITLED_LATER:
            continue  # "Chương I" + "QUY ĐỊNH CHUNG": a chapter's title, not the type line (also when a
            # plain-text copy's bold runs over both lines: "**Chương I" + "QUY ĐỊNH CHUNG**")
        if line in DOCUMENT_TYPES or (line.startswith(DOCUMENT_TYPES) and line.isupper() and len(line) < 60):
            parts = [line]
            j = i + 1
            while j < len(blocks) and j <= i + 4:
                nb = blocks[j]
                first = j == i + 1  # the summary line itself may be long, and plain in .md/.txt
                styled_like_type = first and nb.outline_level is not None and nb.outline_level == b.outline_level
                if nb.kind != PARAGRAPH or parse_label(nb.text) or (nb.outline_level is not None
                                                                    and not styled_like_type):
                    break
                plain_summary = first and doc.format != "docx" and _summary_shaped(nb.text)
                if not (plain_summary or ((nb.centered or nb.bold) and (first or len(nb.text) <= 250))):
                    break
                if set(nb.text.strip()) <= set("-–—_*=. "):  # the short rule under the title
                    j += 1
                    break
                if _enacting_word(nb.text) or (not first and enacting_authority(blocks, j)):
                    break
                parts.append(_summary_text(nb.text))
                j += 1
            return j, " ".join(parts)
    # a letter has no type line: its body starts under "Kính gửi: …", below its bold front matter
    addressee = next((b.index for b in blocks[:FRONT_BLOCKS] if b.kind == PARAGRAPH and _ADDRESSEE.match(b.text)),
                     None)
    return (addressee + 1 if addressee is not None else 0), ""


FRONT_BLOCKS = 30  # how far down a letter's "Kính gửi:" is looked for
_ADDRESSEE = regex.compile(r"^[\s|*_]*(?i:kính gửi)\s*:")
_CAPS_LEAD = regex.compile(r"^(?:[\p{Lu}\d,;\-–/]+\s+){4}")  # four words in capitals
_CAPS_RUN = regex.compile(r"^[\p{Lu}\d,;\-–/]+(?:\s+[\p{Lu}\d,;\-–/]+)*")
MAX_SUMMARY_CHARS = 250


def _summary_text(text: str) -> str:
    """The summary line as the title takes it; a summary in capitals run together with the
    preamble after it ("… GIAI ĐOẠN 2025 - 2030 Căn cứ Luật …", a copy that lost its line
    breaks) is cut where its capitals end."""
    text = unmarked(text)
    if len(text) > MAX_SUMMARY_CHARS and _CAPS_LEAD.match(text):
        return _CAPS_RUN.match(text).group()
    return text
_NOT_SUMMARY = regex.compile(r"^(?:Căn cứ|Kính gửi|Theo đề nghị|Xét đề nghị)\b", regex.I)
# "Thực hiện …" opens the body ("Thực hiện Công văn số 12/UBND …, Ủy ban nhân dân xã báo cáo như sau:") or,
# short, a plan's summary ("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIX")
_CARRYING_OUT = regex.compile(r"^Thực hiện\b", regex.I)
MAX_CARRYING_OUT_SUMMARY = 160


_PREAMBLE = regex.compile(r"^[\s*_]*(?:Căn cứ|Xét|Theo đề nghị)\b", regex.I)


def enacting_authority(blocks: list[Block], j: int) -> bool:
    """Whether block ``j``, under the summary, is the authority that enacts the text ("ỦY BAN
    NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …"): a line in capitals right before the first "Căn cứ …"
    of the preamble.  It belongs to the body, not to the title."""
    if not _in_capitals(blocks[j].text):
        return False
    following = next((b for b in blocks[j + 1:j + 4] if b.text.strip(" *_")), None)
    return following is not None and bool(_PREAMBLE.match(following.text))


def _summary_shaped(text: str) -> bool:
    """A plain line that can be the summary under the type line of a .md/.txt draft, where bold
    and centring are often lost: short, not a sentence, not the first "Căn cứ …" of a decision."""
    text = text.strip()
    if _CAPS_LEAD.match(text):
        return True  # a summary in capitals, perhaps run together with what follows it
    if _CARRYING_OUT.match(text) and len(text) > MAX_CARRYING_OUT_SUMMARY:
        return False
    return 0 < len(text) <= 250 and not text.endswith((".", ";", ":")) and not _NOT_SUMMARY.match(text)


# -- which paragraphs are headings ------------------------------------------------
def _candidates(doc: Document, body_start: int, units: tuple[str, ...]) -> list[_Candidate]:
    labelled: list[_Candidate] = []
    bold_kinds: set[str] = set()
    closing_from = _closing_start(doc, body_start)
    out: list[_Candidate] = []
    quoted = _quoted_blocks(doc, body_start, closing_from)
    for b in doc.blocks[body_start:closing_from]:
        if b.kind != PARAGRAPH or b.in_textbox or (b.style and _TOC_STYLE.match(b.style)) or b.index in quoted:
            continue
        rendered = bool(b.list_label) and not b.is_bullet
        label = parse_label(b.list_label + " ") if rendered else parse_label(b.text)
        if rendered and label is not None:
            label = Label(label.kind, label.numbers, label.text, label.punct, 0, label.alt_kind,
                          label.alt_number, label.letter)
        if label is None and not rendered:
            label = _marked_label(b, units)
        if label is not None and not rendered and _byline(b.text):
            label = None  # "T.H.", "H.Anh": the reporter's initials under a news report
        styled = b.outline_level is not None
        if styled:
            out.append(_Candidate(b, label, b.outline_level, rendered))
        elif label is not None and _unit_heading(b, label, units):
            out.append(_Candidate(b, label, None, rendered))  # "Điều 2. Quyết định có hiệu lực ...": its text
        elif label is not None and label.kind == "annex":
            if _annex_heading(doc, b, label):
                out.append(_Candidate(b, label, None, rendered))
        elif label is not None and _shaped_like_heading(b, label) and not _between_table_rows(doc, b):
            cand = _Candidate(b, label, None, rendered)
            out.append(cand)
            labelled.append(cand)
            if emphasised(b):
                bold_kinds.add(label.kind)
        elif label is None and _unlabelled_heading(b) and not _caption(doc, b) \
                and not enacting_authority(doc.blocks, b.index):
            out.append(_Candidate(b, None, None, False))
    # Where the draft bolds a kind of heading, a plain paragraph with that label is a list item.
    demoted = {id(c) for c in labelled if c.label.kind in bold_kinds and not emphasised(c.block)}
    return [c for c in out if id(c) not in demoted]


_MARKUP = "*_ \t\u00a0"  # emphasis a web conversion leaves around a line
_CLOSING_PUNCT = ".,;:/" + _MARKUP


def _quoted_blocks(doc: Document, start: int, end: int) -> set[int]:
    """The paragraphs of quoted text: an amending text's "Điều 5 được sửa đổi như sau:" followed by
    the new wording of the article in quotation marks, with its own "Điều 5.", "1.", "a)".  The
    quotation opens with a paragraph that starts with an opening quotation mark right after a
    line ending with a colon, and runs to the paragraph where its marks balance again (its text
    ends with the closing mark, perhaps followed by "." or ";").  Those numbers belong to the
    text quoted, not to the draft's outline.  A quotation never closed is not taken as one."""
    quoted: set[int] = set()
    previous = ""
    i = start
    while i < end:
        b = doc.blocks[i]
        i += 1
        if b.kind != PARAGRAPH:
            continue
        text = b.text.strip(_MARKUP)
        if previous.endswith(":") and text[:1] in "“\"":
            stop = _quotation_end(doc, b.index, end, text[0])
            if stop is not None:
                quoted.update(range(b.index, stop + 1))
                i = stop + 1
                previous = ""
                continue
        if text:
            previous = text
    return quoted


def _quotation_end(doc: Document, first: int, end: int, mark: str) -> int | None:
    """The index of the paragraph that closes the quotation opened at ``first`` (by ``mark``), or
    None when none does: curly marks must balance (“ against ”), straight ones pair up."""
    depth = 0
    for b in doc.blocks[first:end]:
        if b.kind != PARAGRAPH:
            continue
        depth += b.text.count("“") - b.text.count("”") if mark == "“" else b.text.count('"')
        balanced = depth <= 0 if mark == "“" else depth % 2 == 0
        if balanced and b.text.rstrip(_CLOSING_PUNCT).endswith("”" if mark == "“" else '"'):
            return b.index
    return None


_EMPHASIS_LEAD = regex.compile(r"^[*_]+")


def _unit_heading(b: Block, label: Label, units: tuple[str, ...]) -> bool:
    """A paragraph opening with the label of one of the document's units ("Điều 2.", "Chương
    III:"), stopped by its punctuation or alone on its line; "Mục 2 Chương III được sửa đổi
    như sau:" names a unit in a sentence and is judged by its shape like any other line."""
    if label.kind not in units or label.kind == "annex":
        return False
    return bool(label.punct) or not b.text[label.end:].strip(" *_")


# A reporter's byline: initials ("T.H.", "N.A") or an initial run into a name ("H.Anh", "Đ.Chính"),
# perhaps with what they did ("(ghi)", "(tổng hợp)"), alone on its line.  A heading leaves a space
# after its letter and has a title of more than one name ("B. Kết quả"); a byline has neither.
_BYLINE = regex.compile(r"^(?:(?:\p{Lu}\.){2,3}(?:\s?\p{Lu}\p{Ll}*)?|\p{Lu}\.\p{Lu}\p{Ll}*)"
                        r"(?:\s*\([\p{Ll}\s]{1,20}\))?\s*\|?$")


def _byline(text: str) -> bool:
    return bool(_BYLINE.match(unmarked(text)))


def _closing_start(doc: Document, start: int) -> int:
    """The first block of the signature and recipients ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", a bare
    "CHỦ TỊCH" over the signer's name), or the end: the outline stops there (what is annexed
    after the signature is left out of it)."""
    for b in doc.blocks[start:]:
        if b.kind == PARAGRAPH and not b.in_textbox and (_CLOSING.match(b.text) or _bare_signer_title(doc, b)):
            return b.index
    return len(doc.blocks)


def _bare_signer_title(doc: Document, b: Block) -> bool:
    """Whether ``b`` is a signer's title alone on its line ("CHỦ TỊCH"), with the signer's name
    ("Nguyễn Văn An") or "Đã ký" in one of the three paragraphs under it."""
    if not _SIGNER_TITLE.match(unmarked(b.text)):
        return False
    following = [x for x in doc.blocks[b.index + 1:b.index + 6] if x.kind == PARAGRAPH and x.text.strip(_MARKUP)]
    return any(_SIGNED.match(unmarked(x.text)) or _PERSON_NAME.match(unmarked(x.text)) for x in following[:3])


def _marked_label(b: Block, units: tuple[str, ...]) -> Label | None:
    """The label of a line under Markdown emphasis: a whole bold line ("**6. Tên mục**", as a
    plain-text copy of a web page keeps it), or one of the document's units with only its label
    in bold ("**Điều 2.** Quyết định có hiệu lực …").  A bold lead-in of another kind ("**2.
    Thời gian:** từ ngày …") opens a list item, not a heading."""
    label = parse_marked_label(b.text)
    if label is None or not (label.kind in units or _wrapped_in_bold(b.text)):
        return None
    return label


def _own_articles(doc: Document, start: int) -> bool:
    """Whether the text numbers articles of its own: paragraphs that open with an article's label
    ("Điều 1.", "**Điều 5. Tên điều**", not a line in italics) number them one after the other
    from "Điều 1.", or three in a row (an excerpt that starts later).  Then its parts, chapters,
    sections and articles are its units, whatever its kind (a law, a circular, a decree; a kind
    without a profile).  A report quoting two provisions does not make them its own."""
    previous, run = None, 0
    for b in doc.blocks[start:]:
        if b.kind != PARAGRAPH:
            continue
        label = parse_label(b.text) or (parse_marked_label(b.text) if b.text.startswith(("**", "__")) else None)
        if label is None or label.kind != "article":
            continue
        if previous is not None and label.number == previous + 1:
            run += 1
            if previous == 1 or run >= 2:
                return True
        else:
            run = 0
        previous = label.number
    return False


def emphasised(b: Block) -> bool:
    """Whether ``b`` is shown in bold: by its runs, or, in a plain-text copy of a Markdown page,
    by the "**" that wrap its whole line."""
    return b.bold or _wrapped_in_bold(b.text)


_JOINED_BOLD = regex.compile(r"\*\*\s*\*\*")  # one bold run closed and opened again ("B****Ộ", "thuế** **và")


def _wrapped_in_bold(text: str) -> bool:
    """Whether the whole of ``text`` is in "**": "**6. Tên mục**", also broken into bold runs by a
    conversion ("**Điều 2****5****. Khấu trừ thuế** **và chứng từ**"); not "**Lưu ý:** các đơn vị
    nộp **đúng hạn**", a paragraph with some words in bold."""
    text = text.strip()
    if len(text) <= 4 or not text.startswith("**"):
        return False
    end = len(text) - 3 if text.endswith("**:") else len(text) - 2
    return text.startswith("**", end) and "**" not in _JOINED_BOLD.sub(" ", text[2:end])


def unmarked(text: str) -> str:
    """``text`` without the Markdown emphasis markers a plain-text copy keeps ("**...**")."""
    return " ".join(text.replace("**", " ").strip(_MARKUP).split())


def _annex_heading(doc: Document, b: Block, label: Label) -> bool:
    """"PHỤ LỤC II" or "Phụ lục 2: Biểu tổng hợp" set apart as an annex's title: bold or in
    capitals, not a sentence ("Phụ lục I kèm theo." names an annex, it does not open one), nor
    the caption right above a table in the body ("Phụ lục 1: Kết quả thu ngân sách" + its table)."""
    title = b.text[label.end:].strip()
    if title.endswith((".", ";", ",")) or len(b.text) > MAX_UNLABELLED_HEADING_CHARS:
        return False
    following = doc.blocks[b.index + 1] if b.index + 1 < len(doc.blocks) else None
    if following is not None and following.kind == TABLE_CELL:
        return False
    return emphasised(b) or b.all_caps or _in_capitals(b.text[:label.end])


def _shaped_like_heading(b: Block, label: Label) -> bool:
    title = unmarked(b.text[label.end:]) if _wrapped_in_bold(b.text) else b.text[label.end:].strip()
    if not title:
        return True
    if len(b.text) > MAX_HEADING_CHARS * 2:
        return False
    ends_sentence = title.endswith((".", ";", ",", "…"))
    if emphasised(b):
        return not (len(b.text) > MAX_HEADING_CHARS and ends_sentence)
    return len(b.text) <= 120 and not ends_sentence


_CAPTION = regex.compile(r"^(?:Bảng|Biểu|Hình|Sơ đồ|Phụ lục|Biểu đồ)\s*(?:số\s*)?\d*\b", regex.I)


def _caption(doc: Document, b: Block) -> bool:
    """A bold line that names a table or figure: centred, right above a table, or "Bảng 2: ...".

    Unlabelled headings of a report sit flush left; centred bold lines in the body are
    captions or emphasis, not sections.
    """
    if b.centered or _CAPTION.match(b.text):
        return True
    following = doc.blocks[b.index + 1] if b.index + 1 < len(doc.blocks) else None
    if following is not None and (following.kind == TABLE_CELL or _table_bars(following)):
        return True
    return b.index > 0 and _table_bars(doc.blocks[b.index - 1])


def _between_table_rows(doc: Document, b: Block) -> bool:
    """Whether ``b`` sits between two paragraphs that open with a table bar ("| | - Trưởng ban |
    692 |"): rows of a table that a web page's conversion flattened into lines; a numbered line
    between them is a cell of that table ("5. Ban in sao đề"), not a heading of the draft."""
    if b.index == 0 or b.index + 1 >= len(doc.blocks):
        return False
    before, after = doc.blocks[b.index - 1], doc.blocks[b.index + 1]
    return all(x.kind == PARAGRAPH and x.text.lstrip().startswith("|") for x in (before, after))


def _table_bars(b: Block) -> bool:
    """A paragraph of bare table bars ("|", "| |"): the cell borders of a table that a web page's
    conversion flattened into lines; a bold line next to it is a cell of that table."""
    text = b.text.strip()
    return b.kind == PARAGRAPH and bool(text) and set(text) <= set("| \t\n")


# the enacting word before a decision's or resolution's articles: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
ENACTING_WORDS = ("QUYẾT ĐỊNH", "QUYẾT NGHỊ", "NGHỊ QUYẾT", "CHỈ THỊ", "BAN HÀNH")


def _enacting_word(text: str) -> bool:
    """"QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": the word that opens a decision's or resolution's articles."""
    text = text.strip(" *_")
    return text.endswith(":") and " ".join(text.rstrip(": ").split()).upper() in ENACTING_WORDS


def _unlabelled_heading(b: Block) -> bool:
    text = unmarked(b.text) if _wrapped_in_bold(b.text) else b.text
    if _enacting_word(text):
        return False  # the articles that follow are the decision's own, not a section of it
    return (emphasised(b) and len(text) <= MAX_UNLABELLED_HEADING_CHARS and "\n" not in text
            and not text.endswith((".", ";", ",", ":")) and not _BULLET.match(text) and not _ORDINAL_LEAD.match(text)
            and any(c.isalpha() for c in text))


# -- the tree ----------------------------------------------------------------------
@dataclass(slots=True)
class _Open:
    kind: str
    outline_level: int | None
    section: Section


def _kind_key(c: _Candidate) -> str:
    if c.label is not None:
        return c.label.kind
    if c.outline_level is not None:
        return f"outline{c.outline_level}"
    return "bold"


def _resolve_ambiguous(label: Label, stack: list[_Open], next_label: Label | None) -> Label:
    """Read "I."/"V."/"C."... as a letter or a Roman numeral by the sequence it continues.

    "C." after "B." is a letter even under "II."; "V." after "IV." is Roman; "I." after "H." is a
    letter, unless the next such label is "II.": then it opens the Roman numerals under "H.".
    The deepest open sequence that the label continues decides; when it continues none, "C.",
    "D.", "L.", "M." (100, 500...) are letters and "I.", "V.", "X." Roman numerals.
    """
    if label.alt_kind != "upper":
        return label
    for entry in reversed(stack):
        number = entry.section.number
        if number is None:
            continue
        if entry.kind == "roman" and number + 1 == label.number:
            return label
        if entry.kind == "upper" and number + 1 == label.alt_number:
            opens_roman = next_label is not None and next_label.kind == "roman" and \
                next_label.number == label.number + 1 and next_label.alt_number != label.alt_number + 1
            return label if opens_roman else as_kind(label, "upper")
    if label.letter in ("C", "D", "L", "M"):
        return as_kind(label, "upper")
    return label


def _assign(doc: Document, candidates: list[_Candidate], ladder: tuple[str, ...]) -> None:
    root = doc.root
    stack: list[_Open] = []
    by_block = {c.block.index: c for c in candidates}
    next_letter: dict[int, Label | None] = {}  # the next letter or Roman label after each candidate
    following = None
    for c in reversed(candidates):
        next_letter[c.block.index] = following
        if c.label is not None and c.label.kind in ("roman", "upper"):
            following = c.label
    current = root
    current_path = root.path  # current.path, kept: a block's path is its section's
    title_line_for: Section | None = None
    for b in doc.blocks:
        c = by_block.get(b.index)
        if c is None:
            if b.kind == PARAGRAPH and title_line_for is not None and _title_line(b):
                # "Phần thứ nhất" followed by its all-caps title: one section
                _attach_title_line(title_line_for, b)
                current_path = current.path  # a new title may change it
                title_line_for = None
                continue
            title_line_for = None
            current.blocks.append(b.index)
            b.section = current_path
            continue
        if title_line_for is not None and c.label is None:
            # a styled title line after "Phần thứ nhất"
            _attach_title_line(title_line_for, b)
            current_path = current.path  # a new title may change it
            title_line_for = None
            continue
        if c.label is None and c.outline_level is None and _wraps(doc, current, b):
            _attach_wrapped_line(current, b)  # "II. NHIỆM VỤ VÀ GIẢI PHÁP" + "TRỌNG TÂM"
            current_path = current.path
            continue
        label = _resolve_ambiguous(c.label, stack, next_letter[b.index]) if c.label is not None else None
        if label is not c.label:
            c.label = label
        kind = _kind_key(c)
        _close_for(stack, kind, c.outline_level, ladder)
        parent = stack[-1].section if stack else root
        title = unmarked(b.text[label.end:] if (label is not None and not c.rendered) else b.text)
        section = Section(label=label.text if label is not None else "", title=title,
                          level=len(stack) + 1, heading=b.index, kind=kind,
                          number=label.number if label is not None else None,
                          numbers=label.numbers if label is not None else (),
                          punct=label.punct if label is not None else "", rendered=c.rendered, parent=parent)
        parent.children.append(section)
        stack.append(_Open(kind, c.outline_level, section))
        current = section
        current_path = section.path
        b.kind = HEADING
        b.label = section.label or None
        b.label_kind = kind
        b.heading_level = section.level
        b.title = title
        b.section = current_path
        title_line_for = section if (label is not None and label.kind in _TITLED_LATER and not title) else None


def _attach_title_line(section: Section, b: Block) -> None:
    """Make ``b`` the title of ``section`` (a "Phần thứ nhất" whose title is on the next line)."""
    section.title = unmarked(b.text)
    section.extra_headings.append(b.index)
    b.kind = HEADING
    b.title = section.title
    b.section = section.path
    b.heading_level = section.level


def _wraps(doc: Document, section: Section, b: Block) -> bool:
    """Whether ``b``, an unlabelled bold line, goes on the labelled heading right above it: both
    in capitals and bold alike, the heading so far without content."""
    if section.heading is None or not section.label or b.index != section.heading + 1 + len(section.extra_headings):
        return False
    head = doc.blocks[section.heading]
    return emphasised(head) == emphasised(b) and _in_capitals(section.title) and _in_capitals(b.text)


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _attach_wrapped_line(section: Section, b: Block) -> None:
    """Make ``b`` the rest of the title of ``section``, whose heading wrapped onto a second line."""
    title = f"{section.title} {unmarked(b.text)}"
    _attach_title_line(section, b)
    section.title = b.title = title


def _close_for(stack: list[_Open], kind: str, outline_level: int | None, ladder: tuple[str, ...]) -> None:
    """Pop the open sections that a heading of ``kind`` (and Word outline level) closes.

    A styled heading closes the styled section at its level or deeper and all
    that is open below it; otherwise a kind already open closes everything from
    its own section down (the new heading is a sibling); a new kind opens a
    level under the current one.
    """
    if kind == "annex":
        stack.clear()
        return
    if outline_level is not None:
        for i, entry in enumerate(stack):
            if entry.outline_level is not None and entry.outline_level >= outline_level:
                del stack[i:]
                return
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].kind == kind:
            del stack[i:]
            return
    if kind in ladder:
        # "Chương II" after "Điều 5." closes the article even when the draft's own articles
        # ("Điều 1.", "Điều 2." of the decision) came before the first chapter of its regulation
        rank = ladder.index(kind)
        for i, entry in enumerate(stack):
            if entry.kind in ladder and ladder.index(entry.kind) > rank:
                del stack[i:]
                return


def _title_line(b: Block) -> bool:
    text = b.text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (0 < len(text) <= 200 and bool(letters)
            and (b.all_caps or all(ch.isupper() for ch in letters) or (b.bold and b.centered)))

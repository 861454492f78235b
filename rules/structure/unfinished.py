"""KT106: unfinished text: blanks to fill, placeholders, template instructions, web-page leftovers.

A run of dots is the hard case.  "…………" (six dot-widths or more, "…" counting three) is always
a blank.  A short "..." or "…" is a blank only when it stands apart and the sentence goes on
after it ("huyện … có", "ngày … tháng"); glued to a word, or closing the sentence, it ends an
enumeration ("văn hóa, thể thao..."); after a list in its clause it is "and so on" ("mức doanh
thu, mức thuế … của từng hộ") unless a value is awaited ("nữ … người", data [enumeration]); and
"v.v...", an elision "(…)" and the dotted leader of a table of contents ("Kết quả ........ 5")
are not blanks either, nor a short run after a comma or semicolon ("Zalo, Facebook, ... nhằm"),
a line of underscores standing alone (the rule above the notes), or a date cut with its
paragraph at the end of a web page's teaser ("… năm 2…").  "(Ký tên)" above the line of the
signers' names is the caption of a filled form's signature line.
A blank day and month in the report's own place-and-date line is normal until the document is
signed: that is info only.
Blanks in the number line ("Số: …/BC-UBND") are left alone for the same reason.  Inside the
annex forms at the end of a document (``forms.forms_start``) blanks, blank dates, "XXX" and
"(Ký tên, đóng dấu)" are the forms' fields; queries and web leftovers are still reported there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from kiemtra_lint.document import HEADING, PARAGRAPH, Block, Document
from kiemtra_lint.engine import rule
from kiemtra_lint.files import load_toml
from kiemtra_lint.rules import rules_data
from kiemtra_lint.findings import Span, finding

from .forms import forms_start
from .parts import ISSUE_DATE, document_parts
from .text import fold_aligned, folded_regex, lines, phrase_regex

LONG_BLANK = 6  # dot-widths from which a run of dots is a blank whatever surrounds it
_BLANK = r"(?:[.…_]+)"
_DATE_WORDS = regex.compile(
    rf"(?i:ngày)\s+(?P<d>{_BLANK}|\d{{1,2}})\s+(?i:tháng)\s+(?P<m>{_BLANK}|\d{{1,2}})\s+(?i:năm)\s+"
    rf"(?P<y>\d{{4}}|\d{{0,3}}{_BLANK})")
_DATE_NUMERIC = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}/])(?P<d>{_BLANK}|\d{{1,2}})/(?P<m>{_BLANK}|\d{{1,2}})/(?P<y>\d{{4}}|{_BLANK})(?![\p{{N}}/])")
# the first slash of a match of _DATE_NUMERIC ("…/…/2023"): _numeric_dates tries the regex only there
_DATE_SLASH = regex.compile(rf"/(?=(?:{_BLANK}|\d{{1,2}})/)")
_DIGIT = regex.compile(r"\d")
_BLANK_BEFORE = regex.compile(_BLANK, regex.REVERSE)
_FOOTNOTE_MARK = regex.compile(r"\s*\[(?:\d{1,3}|[ivxIVX]{1,5})\]")
_DOTS = regex.compile(r"[.…]{2,}|…|_{3,}")
_TOC_TAIL = regex.compile(r"\s*(?:\d{1,4}|[IVXLC]{1,6})\s*$")
_VV = regex.compile(r"(?i:v\.?v)$")
_NEXT = regex.compile(r"\s*(\S?)(\S?)")
# "XXX", "20xx", "1x.xxx": what a placeholder of x's is.  _placeholder_xs finds the same matches
# without running this over the whole text: tried at every position of a long run of digits and
# dots, its look-aheads read the rest of the run each time (quadratic in the run).
_XS = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?P<mixed>(?=[\dxX/.,]*\d)(?=[\dxX/.,]*[xX]{2})[\dxX][\dxX/.,]*[\dxX])"
    r"|(?P<lower>x{2,})|(?P<upper>X{3,}))(?![\p{L}\p{N}])")
_XS_PAIR = regex.compile(r"[xX]{2}")
_XS_RUN = regex.compile(r"[\dxX/.,]*")  # the characters a match of _XS is made of
_XS_RUN_BEFORE = regex.compile(r"[\dxX/.,]*", regex.REVERSE)
_XS_LAST_DIGIT = regex.compile(r"\d", regex.REVERSE)
_XS_LAST_PAIR = regex.compile(r"[xX]{2}", regex.REVERSE)
_XS_LAST_INNER_END = regex.compile(r"[\dxX][/.,]", regex.REVERSE)
_XS_END_CHAR = regex.compile(r"[\dxX]")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_XS_FIRST = regex.compile(r"(?<![\p{L}\p{N}])[\dxX]")
_XS_LETTERS = regex.compile(r"(?<![\p{L}\p{N}])(?:(?P<lower>x{2,})|(?P<upper>X{3,}))(?![\p{L}\p{N}])")
_ROMAN_CONTEXT = regex.compile(r"(?:thứ|khóa|khoá|kỳ|kỷ|đại hội|hội nghị|lần)\s+$", regex.I)
_BRACKETED = regex.compile(r"\((?P<r>[^()\n]{1,60})\)|\[(?P<s>[^\[\]\n]{1,60})\](?!\()")
_QUERY = regex.compile(r"\?{3,}|\(\?\)")
_TOC_STYLE = regex.compile(r"^(?:toc\b|mục lục)", regex.I)
_COMMA_BEFORE = regex.compile(r"[,;]\s*\Z")
_CLAUSE_END = regex.compile(r"[.!?:]\s", regex.REVERSE)
_LIST_MARK = regex.compile(r"[,;]")
_RULE_LINE_BEFORE = regex.compile(r"(?:^|\n)[\s|]*\Z")  # only spaces or table bars since the line began
FORM_FIELDS = frozenset({"blank", "date", "x", "instruction"})  # what an annex form leaves blank by design


@dataclass(frozen=True)
class _Data:
    starts: tuple[regex.Pattern, ...]
    whole: frozenset[str]
    web_lines: tuple[regex.Pattern, ...]
    web_inline: tuple[regex.Pattern, ...]
    web_max: int
    list_window: int
    slot_before: tuple[regex.Pattern, ...]
    unit_after: tuple[regex.Pattern, ...]


@lru_cache(maxsize=1)
def _data() -> _Data:
    path = rules_data("structure_placeholders.toml")
    raw = load_toml(path)
    instructions, web, listing = raw["instructions"], raw["web"], raw["enumeration"]
    return _Data(
        starts=tuple(phrase_regex(s) for s in instructions["starts"]),
        whole=frozenset(" ".join(fold_aligned(w).split()) for w in instructions["whole"]),
        web_lines=tuple(folded_regex(p) for p in web["lines"]),
        web_inline=tuple(folded_regex(p) for p in web["inline"]),
        web_max=int(web["max_chars"]),
        list_window=int(listing["window"]),
        slot_before=tuple(regex.compile(phrase_regex(w).pattern + r"\s*$") for w in listing["slot_before"]),
        unit_after=tuple(regex.compile(r"^\s*" + phrase_regex(w).pattern) for w in listing["unit_after"]),
    )


MESSAGES = {
    "blank": ("Chỗ trống chưa điền “{x}”", "Blank left unfilled “{x}”"),
    "date": ("Ngày tháng còn để trống “{x}”", "Date left blank “{x}”"),
    "issue-date": ("Ngày tháng ban hành còn để trống “{x}” (bình thường khi chưa ký; điền khi ban hành)",
                   "The issue date is left blank “{x}” (normal before signing; fill it in when issuing)"),
    "x": ("Ký hiệu giữ chỗ “{x}” chưa được thay bằng nội dung thật", "Placeholder “{x}” not replaced by real content"),
    "instruction": ("Chỗ trống hoặc lời dặn của mẫu “{x}” chưa được thay bằng nội dung thật",
                    "Template slot or instruction “{x}” not replaced by real content"),
    "query": ("Dấu hỏi đánh dấu chỗ cần xem lại “{x}” còn sót trong văn bản", "Query mark “{x}” left in the text"),
    "web": ("Phần thừa khi chép từ trang web: “{x}”", "Leftover from a pasted web page: “{x}”"),
}


@rule("KT106", "unfinished-text", "structure", "warning",
      summary_vi="Văn bản chưa hoàn chỉnh: chỗ trống “……”, “XXX”, “[tên đơn vị]”, “(ghi rõ)”, phần thừa chép từ web",
      summary_en="Unfinished text: blanks “……”, “XXX”, “[tên đơn vị]”, “(ghi rõ)”, leftovers of a pasted web page",
      explanation_vi="Chỗ trống của mẫu chưa điền (“huyện …………”, “ngày … tháng … năm”, “20xx”, “XXX”), lời dặn "
                     "của mẫu (“[tên đơn vị]”, “(ghi rõ)”), dấu “???” và các dòng thừa khi chép từ trang web (“Xem "
                     "thêm:”, “Chia sẻ”, “GMT+7”) không được còn trong văn bản trình. Dấu “...” đứng liền sau từ ở "
                     "cuối câu liệt kê, dấu “…” ngắn sau một chuỗi liệt kê trong cùng vế câu (“mức doanh thu, mức "
                     "thuế … của từng hộ”; nhưng “nữ … người” vẫn là chỗ trống), “v.v...”, dấu lược “(…)”, dòng chấm "
                     "của mục lục, chú thích “(Ký tên)” trên dòng đã có họ tên người ký và ngày tháng bị cắt cụt ở "
                     "cuối đoạn trích của trang web không bị báo. Ngày tháng "
                     "để trống ở dòng địa danh, ngày tháng của văn bản chỉ là thông tin: điền khi ký ban hành.",
      explanation_en="Unfilled blanks, placeholders, template instructions, “???” and lines left from a pasted web "
                     "page must not survive into a submitted draft. An ellipsis closing an enumeration or after a "
                     "list in its clause (but not where a value is awaited, “nữ … người”), “v.v...”, an elision "
                     "“(…)”, table-of-contents leaders, “(Ký tên)” captions above the signers' names and a date cut "
                     "at the end of a web teaser are not flagged. A blank day in the document's "
                     "own place-and-date line is information only: it is filled in when the document is signed.",
      bad="Đến nay đã khắc phục được ………… hạn chế; Đảng ủy [tên đơn vị] chưa thành lập tổ chuyên trách.",
      good="Đến nay đã khắc phục được 7/9 hạn chế; Đảng ủy xã Canh Thuận chưa thành lập tổ chuyên trách.")
def check_unfinished(doc: Document, ctx):
    parts = document_parts(doc, ctx)
    number = parts.number.line if parts.number is not None else None
    issue_line = parts.place_date
    data = _data()
    forms_from = forms_start(doc)
    for block in doc.blocks:
        if block.style and _TOC_STYLE.match(block.style):
            continue
        spans: list[tuple[int, int, str]] = []
        if issue_line is not None and issue_line.block == block.index:
            spans += _issue_date(block.text, issue_line.start, issue_line.end)
        skip = (number.start, number.end) if number is not None and number.block == block.index else None
        spans += _scan(block, data)
        for start, end, kind in _first_of_overlaps(spans):
            if skip is not None and skip[0] <= start < skip[1]:
                continue
            if kind in FORM_FIELDS and forms_from is not None and block.index >= forms_from:
                continue
            if kind == "instruction" and _signed_caption(doc, block, start, end):
                continue
            vi, en = MESSAGES[kind]
            x = block.text[start:end]
            yield finding("KT106", vi.format(x=x), en.format(x=x), Span(block.index, start, end),
                          severity="info" if kind == "issue-date" else None)


_SIGN_CAPTION = regex.compile(r"^[(\[]\s*ky\b")
_NAME_WORD = regex.compile(r"^\p{Lu}[\p{L}.]*$")


def _signed_caption(doc: Document, block: Block, start: int, end: int) -> bool:
    """Whether "(Ký tên)", "(Ký tên và đóng dấu)" is the caption of a signature line whose signers'
    names follow on the next line: the form was filled, its captions stay."""
    if not _SIGN_CAPTION.match(fold_aligned(block.text[start:end])):
        return False
    rest = block.text[end:].split("\n", 1)
    following = [rest[1]] if len(rest) > 1 else []
    following += [b.text for b in doc.blocks[block.index + 1:block.index + 3]]
    line = next((t.strip().split("\n")[0] for t in following if t.strip()), "")
    words = line.replace("*", "").split()
    return 2 <= len(words) and len(line) <= 160 and all(_NAME_WORD.match(w) for w in words)


def _first_of_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans overlapping an earlier-listed one (the more specific detectors are listed first).

    Spans are grouped into runs of mutually overlapping ones, so the work stays linear however many
    blanks a long paragraph holds.
    """
    kept: list[tuple[int, int, str]] = []
    group: list[tuple[int, tuple[int, int, str]]] = []
    group_end = -1
    for rank, span in sorted(enumerate(spans), key=lambda item: item[1][:2]):
        if group and span[0] >= group_end:
            kept += _resolve(group)
            group = []
        group.append((rank, span))
        group_end = max(group_end, span[1]) if len(group) > 1 else span[1]
    return sorted(kept + _resolve(group))


def _resolve(group: list[tuple[int, tuple[int, int, str]]]) -> list[tuple[int, int, str]]:
    chosen: list[tuple[int, int, str]] = []
    for _, s in sorted(group):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in chosen):
            chosen.append(s)
    return chosen


def _issue_date(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The date of the place-and-date line, when its day or month is blank."""
    m = ISSUE_DATE.match(text[lo:hi])
    if m is None or (m.group("d").isdigit() and m.group("m").isdigit()):
        return []
    return [(lo + m.start("date"), lo + m.end("date"), "issue-date")]


def _scan(block: Block, data: _Data) -> list[tuple[int, int, str]]:
    text = block.text
    folded = fold_aligned(text)
    out: list[tuple[int, int, str]] = []
    out += _web(block, folded, data)
    for matches in (_DATE_WORDS.finditer(text), _numeric_dates(text)):
        for m in matches:
            if any(not m.group(g)[-1:].isdigit() for g in ("d", "m", "y")) and not _cut_at_the_end(text, m):
                out.append((m.start(), m.end(), "date"))
    # (each search only when the text holds what its matches start with: they read every character)
    if "(" in text or "[" in text:
        out += _instructions(text, folded, data)
    if ".." in text or "…" in text or "___" in text:
        out += [(m.start(), m.end(), "blank") for m in _DOTS.finditer(text) if _is_blank(text, m)]
    out += [(start, end, "x") for start, end, upper in _placeholder_xs(text) if _is_placeholder_x(text, start, upper)]
    if "???" in text or "(?)" in text:
        out += [(m.start(), m.end(), "query") for m in _QUERY.finditer(text)]
    return out


def _cut_at_the_end(text: str, m: regex.Match) -> bool:
    """Whether a date is not left blank but cut, with the paragraph, by a page's teaser ("… có
    hiệu lực từ ngày 01 tháng 01 năm 2…" ending the text): its day and month are there and its
    year stops at the paragraph's end in "…" glued to its first digits."""
    year = m.group("y")
    return m.group("d").isdigit() and m.group("m").isdigit() and year[:1].isdigit() and year.endswith("…") \
        and not text[m.end():].strip()


def _web(block: Block, folded: str, data: _Data) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), "web") for p in data.web_inline for m in p.finditer(folded)]
    if block.kind in (PARAGRAPH, HEADING):
        for start, end, line in lines(block.text):
            if len(line) <= data.web_max and any(p.fullmatch(folded[start:end]) for p in data.web_lines):
                out.append((start, end, "web"))
    return out


def _instructions(text: str, folded: str, data: _Data) -> list[tuple[int, int, str]]:
    out = []
    for m in _BRACKETED.finditer(text):
        group = "r" if m.group("r") is not None else "s"
        inner = folded[m.start(group):m.end(group)].strip()
        if (" ".join(inner.split()) in data.whole or any(p.match(inner) for p in data.starts)) \
                and not _named_in_quotes(text, m.start(), m.end()):
            out.append((m.start(), m.end(), "instruction"))
    return out


_OPENING_QUOTE_BEFORE = regex.compile(r"[“\"‘«][\s*_]*\Z")  # a quotation opened right before
_CLOSING_QUOTE_AFTER = regex.compile(r"[\s*_]*[”\"’»]")
QUOTED_NAME_CHARS = 80  # how far back the quotation naming a form's field may open


def _named_in_quotes(text: str, start: int, end: int) -> bool:
    """Whether the instruction at ``text[start:end]`` closes a short quotation that names a form's
    field ("cách ghi tiêu thức “người mua hàng (ký, ghi rõ họ tên)””): the text speaks of the
    field, it does not leave it unfilled."""
    if not _CLOSING_QUOTE_AFTER.match(text, end):
        return False
    before = text[max(0, start - QUOTED_NAME_CHARS):start]
    opening = max(before.rfind("“"), before.rfind("«"))
    return opening >= 0 and "”" not in before[opening:] and "»" not in before[opening:]


def _is_blank(text: str, m: regex.Match) -> bool:
    run, start, end = m.group(), m.start(), m.end()
    if run.startswith("_"):
        if _FOOTNOTE_MARK.match(text, end):
            return False  # the rule above the footnotes of a converted page: "______ [i] Tổng số ..."
        return not _RULE_LINE_BEFORE.search(text, 0, start)  # alone on its line: a rule, not a blank
    width = 3 * run.count("…") + run.count(".")
    if width < 3:
        return False
    if _TOC_TAIL.match(text, end) and text[:start].strip():
        return False  # the dotted leader of a table of contents
    if _VV.search(text, max(0, start - 4), start):
        return False  # "v.v..."
    if 0 < start and text[start - 1] in "([" and text[end:end + 1] in (")", "]"):
        return False  # an elision in a quotation "(…)"
    if width >= LONG_BLANK:
        return True
    if _OPENING_QUOTE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "“ … cơ sở chúng tôi đăng ký …”": the quotation leaves out its beginning
    if _COMMA_BEFORE.search(text, 0, start):
        return False  # "Zalo, Facebook, ... nhằm", "ban quản lý chợ; … đồng thời": the rest of a list
    if _after_a_list(text, start, end, _data()):
        return False
    apart = start == 0 or text[start - 1].isspace() or text[start - 1] in ":("
    nxt = _NEXT.match(text, end)
    first, second = nxt.group(1), nxt.group(2)
    goes_on = first.isalnum() or (first in ("-", "/") and second.isalpha())
    return apart and goes_on


def _after_a_list(text: str, start: int, end: int, data: _Data) -> bool:
    """Whether a short "…" at ``text[start:end]`` closes a list in its clause ("mức doanh thu, mức
    thuế … của từng hộ") rather than leaving a value blank ("nữ … người", "xã … có")."""
    lo = max(0, start - data.list_window)
    clause = _CLAUSE_END.search(text, lo, start)
    lo = clause.end() if clause is not None else lo
    if not _LIST_MARK.search(text, lo, start):
        return False
    before = fold_aligned(text[lo:start])
    after = fold_aligned(text[end:end + 30])
    if after.lstrip()[:1].isdigit() or any(p.search(before) for p in data.slot_before):
        return False
    return not any(p.match(after) for p in data.unit_after)


def _is_placeholder_x(text: str, start: int, upper: bool) -> bool:
    if upper:
        # "XXX" is also the Roman numeral 30 ("Đại hội lần thứ XXX")
        return not _ROMAN_CONTEXT.search(text, max(0, start - 20), start)
    return True


def _numeric_dates(text: str) -> list[regex.Match]:
    """The matches of ``_DATE_NUMERIC.finditer(text)``, trying the regex only just before the
    slashes that can open one.

    The day of a match ends at its first slash: one or two digits, or a run of dots that the
    match may start anywhere in (the rest of the match is then the same), so the leftmost start
    allowed is tried, and the next one in case the character before it is a letter.
    """
    out: list[regex.Match] = []
    pos = 0  # where the previous match ended
    for slash in _DATE_SLASH.finditer(text):
        s = slash.start()
        if s <= pos:
            continue
        if _DIGIT.match(text, s - 1):
            starts: tuple[int, ...] = (s - 2, s - 1)
        else:
            dots = _BLANK_BEFORE.match(text, pos, s)
            if dots is None:
                continue
            starts = (dots.start(), dots.start() + 1)
        for start in starts:
            if pos <= start < s and (m := _DATE_NUMERIC.match(text, start)):
                out.append(m)
                pos = m.end()
                break
    return out


def _placeholder_xs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, whether it is the "upper" X{3,} form) of each match of ``_XS.finditer(text)``.

    Every match lies in a run of the characters ``[\\dxX/.,]`` that holds "xx" (in any case), so
    only those runs are read, each once (:func:`_xs_in_run`).
    """
    if "xx" not in text and "XX" not in text and "xX" not in text and "Xx" not in text:
        return []
    out: list[tuple[int, int, bool]] = []
    done = 0
    for pair in _XS_PAIR.finditer(text):
        if pair.start() < done:
            continue  # in the run just read
        lo = _XS_RUN_BEFORE.match(text, 0, pair.start()).start()
        done = _XS_RUN.match(text, pair.start()).end()
        out += _xs_in_run(text, lo, done)
    return out


def _xs_in_run(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """The matches of _XS in the maximal run ``text[lo:hi]`` of ``[\\dxX/.,]``, in linear time.

    _XS's first branch ("20xx", "1x.xxx") may start at a position p only while a digit and an
    "xx" are still ahead in the run (its look-aheads), and then ends, being greedy, at the last
    place of the run where it may end: the same place for every p.  So it matches at most once
    per run, at the first position where it may start; what follows is "xx..." or "XXX..." only.
    """
    out: list[tuple[int, int, bool]] = []
    resume = lo
    end = _xs_mixed_end(text, lo, hi)
    digit = _XS_LAST_DIGIT.search(text, lo, hi)
    if end is not None and digit is not None:
        last_start = min(digit.start(), _XS_LAST_PAIR.search(text, lo, hi).start(), end - 2)
        first = _XS_FIRST.search(text, lo, last_start + 1)
        if first is not None:
            out.append((first.start(), end, False))
            resume = end
        else:
            resume = last_start + 1
    endpos = min(len(text), hi + 1)  # the look-ahead sees the character after the run
    out += [(m.start(), m.end(), m.group("upper") is not None) for m in _XS_LETTERS.finditer(text, resume, endpos)]
    return out


def _xs_mixed_end(text: str, lo: int, hi: int) -> int | None:
    """The last place in the run ``text[lo:hi]`` where _XS's first branch may end: after a digit
    or an x, before "/", "." or "," or at the end of the run when no letter or digit follows."""
    if _XS_END_CHAR.match(text, hi - 1) and (hi == len(text) or not _ALNUM.match(text, hi)):
        return hi
    inner = _XS_LAST_INNER_END.search(text, lo, hi)
    return inner.start() + 1 if inner is not None else None

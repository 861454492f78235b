"""Recognise the parts around a report's body (DOMAIN §1) and whether it is a Party or a State form.

A Party document has "ĐẢNG CỘNG SẢN VIỆT NAM" on top, "Số 112-BC/HU" (no colon, number-TYPE/ISSUER)
and signs "T/M", "K/T", "T/L"; a State document (Nghị định 30/2020) has "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM / Độc lập - Tự do - Hạnh phúc", "Số: 123/BC-UBND" (colon, number/TYPE-ISSUER) and signs
"TM.", "KT.", "TL.", "TUQ.", "Q.".  The parts usually sit in borderless tables (table-cell blocks)
above the title and after the body, one part per line, so every block is read line by line.

The header, issuer and number are looked for in the front matter (the blocks before the type line
"BÁO CÁO"); the signature and recipients anywhere after it (appendices may follow them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

import regex

from kiemtra_lint.document import FOOTNOTE, PARAGRAPH, Document
from kiemtra_lint.outline import DOCUMENT_TYPES, enacting_authority, unmarked
from kiemtra_lint.patterns import PLACE_DATE, find_place_date

from .text import cells, fold_aligned, lines

PARTY, STATE = "party", "state"
FRONT_WITHOUT_TITLE = 20  # blocks searched for the header when the draft has no type line
MAX_PART_LINE = 120
JOINED_LINE = 40  # a piece of a header line broken by a web page's table layout is short

_PARTY_HEADER = "dang cong san viet nam"
_STATE_HEADER = "cong hoa xa hoi chu nghia viet nam"
_MOTTO = "doc lap tu do hanh phuc"
_NUMBER = regex.compile(
    r"^(?:(?:Luật|Bộ luật|Pháp lệnh)\s+(?=số)|(?=Số))(?P<word>[Ss]ố(?P<colon>\s*:)?)\s*(?P<num>[\d.…_]*)\s*"
    r"(?P<sym>(?P<s1>[-/])\s*(?P<type>\p{Lu}[\p{L}]{0,5})\s*(?P<s2>[-/])\s*(?P<issuer>\p{Lu}[\p{L}\p{N}\-]{0,15}))?")
_SIGN_MARK = regex.compile(r"^(?P<mark>T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(?=\p{Lu})")
PARTY_MARKS = ("T/M", "K/T", "T/L")
STATE_MARKS = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
_SIGNER = regex.compile(
    r"^(?:pho )?(?:bi thu|chu tich|giam doc|tong giam doc|truong ban|truong phong|truong khoa|chanh van phong|"
    r"chu nhiem|thu truong|hieu truong|bo truong|chanh an|vien truong|nguoi bao cao)(?![a-z])")
# A table row that a web-page conversion left as a paragraph: cells still cut by "|" ("Số: 12/QĐ-UB | |").
# A Markdown table typed by the user is read as a table, so its rows are no paragraphs.
_FLATTENED_ROW = regex.compile(r"^\|\s|\s\|$|\s\|\s")
_ADDRESSEE = regex.compile(r"^[\s|*_]*(?i:kính gửi)\s*:")  # the body of a letter follows it
_RECIPIENTS = regex.compile(r"^noi nhan(?![a-z])")
_NOT_ISSUER = regex.compile(r"^\(?(?:du thao|mat|toi mat|tuyet mat|khan|thuong khan|hoa toc)\b")
# patterns.PLACE_DATE wants something in the day and month slots; a draft awaiting signature often
# leaves them as spaces ("Tây Sơn, ngày    tháng    năm 2023").  This one takes both.
_ISSUE_DATE = (r"(?P<place>\p{Lu}[\p{L} .'\-]{1,40}?),\s*(?P<date>ngày\s*(?P<d>\d{1,2}|[.…_]*)\s*tháng\s*"
               r"(?P<m>\d{1,2}|[.…_]*)\s*năm\s*(?P<y>\d{4}|\d{0,3}[.…_]+))\.?\s*$")
ISSUE_DATE = regex.compile(r"^\s*" + _ISSUE_DATE, regex.I)
_ISSUE_DATE_AFTER_GAP = regex.compile(r"(?:\t|\s{3,})(?P<line>" + _ISSUE_DATE + ")", regex.I)
# how a line with an issue date ends ("năm 2023"), read backwards from its end: a line that does
# not end so is not searched for _ISSUE_DATE_AFTER_GAP (a search that reads the whole line)
_ENDS_WITH_YEAR = regex.compile(r"(?i:năm)\s*(?:\d{4}\.?|\d{0,3}[.…_]+)\s*", regex.REVERSE)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a block: ``doc.blocks[block].text[start:end] == text``."""

    block: int
    start: int
    end: int
    text: str
    caps: bool = False  # shown in capitals by Word's "All caps" (w:caps), whatever the typed case

    @property
    def upper(self) -> bool:
        """Typed or shown in capitals, with a few letters at least ("BÍ THƯ")."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 4 and (self.caps or all(c.isupper() for c in letters))


@dataclass(frozen=True, slots=True)
class Marked:
    """A part written in one system's form; ``mark`` is the span of the words that show it."""

    line: Line
    form: str | None
    mark: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Number(Marked):
    """The "Số ..." line; ``word`` spans "Số" or "Số:", ``colon`` says which."""

    word: tuple[int, int] = (0, 0)
    colon: bool = False
    fixed: str | None = None  # the symbol rewritten in the other form ("112-BC/HU" <-> "112/BC-HU")


@dataclass
class Parts:
    front_end: int  # index of the first block after the front matter
    type_line: Line | None = None
    summary: bool = False  # the type line is followed by a summary
    header: Marked | None = None
    motto: Line | None = None
    misspelt_header: Marked | None = None  # "CỘNaG HÒA XÃ HỘI …": the heading, mistyped
    issuer: Line | None = None
    number: Number | None = None
    place_date: Line | None = None
    signatures: list[Marked] = field(default_factory=list)
    signer_titles: list[Line] = field(default_factory=list)
    recipients: Line | None = None
    pasted_table: bool = False  # the front matter is a table flattened into paragraphs ("A | | B |")

    @property
    def closing_start(self) -> int | None:
        """The first block of the signature / recipients block, if there is one."""
        found = [m.line.block for m in self.signatures] + [t.block for t in self.signer_titles]
        if self.recipients is not None:
            found.append(self.recipients.block)
        return min(found) if found else None

    def form(self) -> tuple[str | None, Marked | None]:
        """PARTY, STATE or None, and the part that decided it: header, then number, then signature."""
        for part in (self.header, self.misspelt_header, self.number, *self.signatures):
            if part is not None and part.form is not None:
                return part.form, part
        return None, None

    def any_part(self) -> bool:
        """Whether the text shows any part of a document besides an issuer, which is merely the
        first short line of the front matter when nothing else is there (a body fragment)."""
        return any(self.has(name) for name in ("header", "number", "place-date", "title", "signature",
                                               "recipients"))

    def framed(self) -> bool:
        """Whether the top of the text shows it is a document: the heading of its form or its number,
        read from a real front matter, not from a web page's table flattened into paragraphs."""
        return (self.header is not None or self.misspelt_header is not None or self.number is not None) \
            and not self.pasted_table

    def has(self, name: str) -> bool:
        return {
            "header": self.header is not None or self.misspelt_header is not None,  # the latter said apart
            "issuer": self.issuer is not None,
            "number": self.number is not None,
            "place-date": self.place_date is not None,
            "title": self.type_line is not None,
            "signature": bool(self.signatures or self.signer_titles),
            "recipients": self.recipients is not None,
        }[name]


def document_parts(doc: Document, ctx) -> Parts:
    """:func:`find_parts` once per document: the profile detection and three rules read it."""
    return ctx.memo("structure.parts", lambda: find_parts(doc))


def find_parts(doc: Document) -> Parts:
    type_line, summary = _type_line(doc)
    if type_line is not None:
        front_end = type_line.block
    else:  # past "Kính gửi: ..." (a công văn), else up to the first numbered heading or running
        # paragraph; a bold line of the front matter ("**BỘ TÀI CHÍNH**") is its issuer or heading, not
        # a section, and a web page's lead paragraph may stand above the letter it copies
        front = doc.blocks[:FRONT_WITHOUT_TITLE]
        front_end = next((b.index + 1 for b in front if _ADDRESSEE.match(b.text)), None)
        if front_end is None:
            front_end = next((b.index for b in front
                              if (b.kind == "heading" and b.label) or len(b.text) > MAX_PART_LINE), len(front))
    parts = Parts(front_end=front_end, type_line=type_line, summary=summary)
    parts.place_date = _place_date(doc)
    parts.pasted_table = any(b.kind == PARAGRAPH and _FLATTENED_ROW.search(b.text) for b in doc.blocks[:front_end])
    front = list(_block_lines(doc, 0, front_end))
    for line in front:
        if not _front_line(parts, line, whole=True):
            for piece in _pieces(line) or [line]:
                _front_line(parts, piece, whole=False)
    if parts.header is None or parts.motto is None or parts.place_date is None:
        _joined_front(parts, front)
    for line in _block_lines(doc, front_end, len(doc.blocks)):
        _closing_line(parts, line)
        for piece in _pieces(line)[1:]:
            _closing_line(parts, piece)
    # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" above "Căn cứ …" is the authority enacting a decision, not its signer
    parts.signer_titles = [t for t in parts.signer_titles if not enacting_authority(doc.blocks, t.block)]
    return parts


# a rule under the issuer run into the next line of a plain-text copy ("————— Số: 07/2007/TTLT-BTM-BTC")
_LEADING_RULE = regex.compile(r"^[-—–_=]{3,}\s+(?=\S)")


def _block_lines(doc: Document, lo: int, hi: int):
    for b in doc.blocks[lo:hi]:
        if b.kind == FOOTNOTE or b.in_textbox:
            continue
        for start, end, text in lines(b.text):
            start, end, text = _without_emphasis(start, end, text)
            rule = _LEADING_RULE.match(text)
            if rule:
                start, text = start + rule.end(), text[rule.end():]
            if len(text) <= MAX_PART_LINE or _letters_key(text[:60]).startswith(_MOTTO):
                # (the motto may run on into the number and date in a converted table)
                yield Line(b.index, start, end, text, b.all_caps)


_EMPHASIS = "*_"


def _without_emphasis(start: int, end: int, text: str) -> tuple[int, int, str]:
    """A line without the Markdown emphasis markers around it ("*Hà Nội, ngày 26 tháng 4 năm
    2014*", "***Nơi nhận:***", "**KT. BỘ TRƯỞNG**"), as a plain-text copy of a web page keeps them."""
    lead = len(text) - len(text.lstrip(_EMPHASIS))
    trail = len(text) - len(text.rstrip(_EMPHASIS))
    if lead == len(text):
        return start, end, text  # a line of markers only ("___", a rule)
    return start + lead, end - trail, text[lead:len(text) - trail]


def _pieces(line: Line) -> list[Line]:
    """The pieces of a line laid out with tabs or runs of spaces instead of a table
    ("HUYỆN ỦY TÂY SƠN<tab><tab>ĐẢNG CỘNG SẢN VIỆT NAM"); empty when there is one piece."""
    out = [Line(line.block, line.start + s, line.start + e, t, line.caps) for s, e, t in cells(line.text)]
    return out if len(out) > 1 else []


def _type_line(doc: Document) -> tuple[Line | None, bool]:
    """The block holding the type word of ``doc.title`` ("BÁO CÁO"), and whether a summary follows."""
    if not doc.title:
        return None, False
    for b in doc.blocks[:60]:
        if b.kind != PARAGRAPH:
            continue
        line = unmarked(b.text)  # "**THÔNG TƯ**" in a plain-text copy
        line = line.upper() if b.all_caps else line
        if line and doc.title.startswith(line) and line.upper().startswith(DOCUMENT_TYPES):
            return Line(b.index, 0, len(b.text), b.text), len(doc.title) > len(line)
    return None, False


def _place_date(doc: Document) -> Line | None:
    """The place-and-date line: patterns.find_place_date, else one with the day and month left as
    spaces, else one sharing its line with the number ("Số 112-BC/HU<tab>Tây Sơn, ngày ...")."""
    found = find_place_date(doc)
    blocks = [doc.blocks[found.block]] if found is not None else \
        doc.blocks[:60] + (doc.blocks[-40:] if len(doc.blocks) > 60 else [])
    for b in blocks:
        if b.kind == FOOTNOTE:
            continue
        for start, end, text in lines(b.text):
            start, end, text = _without_emphasis(start, end, text)
            plain = text.replace("*", "")  # "*Hà N**ộ**i, ngày* *27* *tháng* *12* …" in a web copy
            if PLACE_DATE.match(text) or ISSUE_DATE.match(text) or ISSUE_DATE.match(plain):
                return Line(b.index, start, end, text)
            if not _ENDS_WITH_YEAR.match(text, 0, len(text)):
                continue
            m = _ISSUE_DATE_AFTER_GAP.search(text)
            if m:
                return Line(b.index, start + m.start("line"), end, m.group("line"))
            number = _NUMBER.match(text)  # "Số: /KH-UBND Thiệu Phúc, ngày 9 tháng 5 năm 2019", one space
            rest = text[number.end():] if number and number.group("sym") else ""
            m = ISSUE_DATE.match(rest)
            if m:
                return Line(b.index, start + number.end() + m.start("place"), end, rest[m.start("place"):])
    return None


def _letters_key(text: str) -> str:
    """The folded letters of a line, one space between words ("Độc lập - Tự do" -> "doc lap tu do")."""
    return " ".join(regex.findall(r"[\p{L}\p{N}]+", fold_aligned(text)))


def _front_line(parts: Parts, line: Line, whole: bool) -> bool:
    """Record the front part ``line`` is; True when it is the header, the motto or the number.

    A whole line that is none of these may still be laid out in pieces, so the issuer is only
    taken from a line without pieces (``whole`` False) once the pieces have been tried.
    """
    key = _letters_key(line.text.replace("*", ""))  # "**CỘNG HÒA XÃ H****Ộ****I …" in a web copy
    if key in (_PARTY_HEADER, _STATE_HEADER):
        if parts.header is None:
            parts.header = Marked(line, PARTY if key == _PARTY_HEADER else STATE, (line.start, line.end))
        return True
    if key == _MOTTO:
        parts.motto = line
        return True
    if key.startswith(_MOTTO) and parts.motto is None:
        parts.motto = line  # run together with the number or date that follows it (a converted table)
        rest = _after_motto(line)
        if rest is not None:
            _front_line(parts, rest, whole=True)  # "Độc lập – Tự do – Hạnh phúcSố: 37/KH-THCS"
    beside = _beside_other_column(parts, line, key)
    if beside is not None:
        return beside
    near = _near_heading(key)
    if near is not None:
        if parts.misspelt_header is None:
            parts.misspelt_header = Marked(line, near, (line.start, line.end))
        return True
    m = _NUMBER.match(line.text)
    if m and (m.group("sym") or m.group("colon")):
        if parts.number is None or (_blank_number(parts.number) and regex.search(r"\d", m.group("num"))):
            parts.number = _number(line, m)  # a filled number over a blank one left from another form
        return True
    if not whole and parts.issuer is None and sum(c.isalpha() for c in line.text) >= 4 \
            and not _NOT_ISSUER.match(key) and not (PLACE_DATE.match(line.text) or ISSUE_DATE.match(line.text)):
        parts.issuer = line  # the rest of the front matter: usually "HUYỆN ỦY TÂY SƠN", in capitals or not
    return False


_MOTTO_WORDS = regex.compile(r"doc\W*lap\W+tu\W*do\W+hanh\W*phuc[\W_]*")


def _after_motto(line: Line) -> Line | None:
    """What follows the motto on its line, when a copy ran the next cell into it."""
    m = _MOTTO_WORDS.search(fold_aligned(line.text))
    if m is None or m.end() >= len(line.text):
        return None
    return Line(line.block, line.start + m.end(), line.end, line.text[m.end():], line.caps)


MISSPELT_RATIO = 0.9  # how close to the heading a mistyped one is (one or two letters off)


def _near_heading(key: str) -> str | None:
    """PARTY or STATE when the line is the heading of that form with a letter or two mistyped
    ("CỘNaG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), else None."""
    for heading, form in ((_STATE_HEADER, STATE), (_PARTY_HEADER, PARTY)):
        if key != heading and abs(len(key) - len(heading)) <= 3 \
                and SequenceMatcher(None, key, heading).ratio() >= MISSPELT_RATIO:
            return form
    return None


def _beside_other_column(parts: Parts, line: Line, key: str) -> bool | None:
    """The national or Party heading, or the motto, at the end of a line that a copy of the
    two-column header ran together with the issuer's column ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM", "XÃ THIỆU PHÚC Độc lập- Tự do- Hạnh phúc"); what comes before is the issuer.
    True when the line is such a heading, None when it is not."""
    for heading in (_PARTY_HEADER, _STATE_HEADER, _MOTTO):
        if not key.endswith(" " + heading):
            continue
        if heading == _MOTTO:
            parts.motto = parts.motto or line
        elif parts.header is None:
            parts.header = Marked(line, PARTY if heading == _PARTY_HEADER else STATE, (line.start, line.end))
        if parts.issuer is None:
            parts.issuer = line
        return True
    return None


def _joined_front(parts: Parts, front: list[Line]) -> None:
    """The heading, motto and place-date of a header whose table a web page broke into one line a
    cell piece ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bình" / "Định, ngày 07 tháng 9 năm 2022"):
    two or three short lines in a row read as one."""
    for i, first in enumerate(front):
        for size in (2, 3):
            window = front[i:i + size]
            if len(window) < size or any(len(line.text) > JOINED_LINE for line in window):
                break
            text = " ".join(line.text for line in window)
            key = _letters_key(text.replace("*", ""))
            if parts.header is None and key in (_PARTY_HEADER, _STATE_HEADER):
                parts.header = Marked(first, PARTY if key == _PARTY_HEADER else STATE, (first.start, first.end))
            elif parts.motto is None and key == _MOTTO:
                parts.motto = first
            elif parts.place_date is None and (PLACE_DATE.match(text) or ISSUE_DATE.match(text)):
                parts.place_date = first


def _blank_number(number: Number) -> bool:
    """Whether the number is left to be given ("Số: ……../KH-UBND", "Số:    /KH-UBND")."""
    return not regex.search(r"\d", number.line.text[number.word[1] - number.line.start:][:12])


def _number(line: Line, m: regex.Match) -> Number:
    line = Line(line.block, line.start, line.start + m.end(), m.group(), line.caps)  # the number, not what follows
    form, fixed, mark = None, None, (line.start, line.end)
    if m.group("sym"):
        mark = (line.start + m.start("num"), line.start + m.end("sym"))
        num, kind, issuer = m.group("num"), m.group("type"), m.group("issuer")
        if (m.group("s1"), m.group("s2")) == ("-", "/"):
            form, fixed = PARTY, f"{num}/{kind}-{issuer}"
        elif (m.group("s1"), m.group("s2")) == ("/", "-"):
            form, fixed = STATE, f"{num}-{kind}/{issuer}"
    word = (line.start + m.start("word"), line.start + m.end("word"))
    return Number(line, form, mark, word=word, colon=bool(m.group("colon")), fixed=fixed)


def _closing_line(parts: Parts, line: Line) -> None:
    plain = line.text.replace("*", "")  # "***N******ơ******i nh******ậ******n:***" in a web copy
    key = fold_aligned(plain)
    if _RECIPIENTS.match(key):
        if parts.recipients is None:
            parts.recipients = line
        return
    if not line.upper or len(line.text) > 80:
        return
    m = _SIGN_MARK.match(plain)
    if m:
        mark = m.group("mark")
        form = PARTY if mark in PARTY_MARKS else STATE
        parts.signatures.append(Marked(line, form, (line.start, line.start + len(mark))))
    elif _SIGNER.match(key) and len(line.text) <= 50:
        parts.signer_titles.append(line)

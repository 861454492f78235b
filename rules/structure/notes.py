"""KT105: footnotes and endnotes, real (Word notes, Markdown [^1]) and typed by hand ("(1)", "¹").

Word numbers its own notes by the order of their marks, so only Markdown labels and typed
marks can be out of order.  A typed mark is a "(1)" glued to the word or punctuation before it
("thực hiện(1)"; an enumeration "gồm: (1) ..., (2) ..." is not one), a "(*)", or a superscript
digit after a word ("thực hiện¹"; not "m²").  Its note text is the same mark opening a line
anywhere in the draft ("(1) Nghị quyết số ..."), as drafters type them at the end of the
report; when no such line exists the mark leads nowhere.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from kiemtra_lint.document import FOOTNOTE, Block, Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding
from kiemtra_lint.text import _WORD, shorten, words

from .forms import forms_start

# the recipients list ("Nơi nhận: ... - Lưu: VT, KHTC (89).") counts copies in brackets, not notes
_RECIPIENTS_BLOCK = regex.compile(r"^[\s|*_]*(?i:nơi nhận)\s*:")

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# "Ghi chú: (*) ...": the mark's note text follows a lead word instead of opening the line
_NOTE_LEAD = regex.compile(r"(?:^|\n)[\s*_]*(?i:ghi chú|chú thích|chú giải)[\s*_]*:[\s*_]*(?=\()")
_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
UNITS = {"m", "km", "cm", "mm", "dm", "hm"}  # "m²", "km²" are units, not note marks
_UNIT_LOOK_BACK = max(map(len, UNITS)) + 3
_GLUED_UNIT = regex.compile(r"\d(?:" + "|".join(sorted(UNITS)) + r")\Z")
_TYPED_MARK = regex.compile(
    r"(?<=[\p{L}.,”\"'’)\]])(?P<paren>\((?P<num>\d{1,2})\))"
    r"|(?<=\S ?)(?P<star>\(\*{1,3}\))"
    r"|(?<=[\p{L}.,”\"'’)])(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_NOTE_MARK = r"(?:\((?P<num>\d{1,2})\)|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|\[(?P<br>\d{1,2})\]|(?P<star>\(\*{1,3}\)))"
_NOTE_MARK_AT = regex.compile(_NOTE_MARK)
# a note text: the mark opening a line, after any spaces, empty lines and emphasis marks ("*(*) Số
# liệu ước tính*": a note line in italics, in Markdown)
_NOTE_TEXT = regex.compile(r"^[\s*_]*" + _NOTE_MARK, regex.M)
# the same read from the text's start and from each line break; the spaces are taken whole
# (the mark cannot start with one) and the mark is optional, so that a run of empty lines is
# read once, not once from each of its line starts as _NOTE_TEXT.finditer would
_NOTE_TEXT_AT_START = regex.compile(r"[\s*_]*+" + _NOTE_MARK)
_NOTE_TEXT_AFTER_BREAK = regex.compile(r"\n[\s*_]*+" + _NOTE_MARK + "?")
_MARK_START = regex.compile(r"[(⁰¹²³⁴⁵⁶⁷⁸⁹]")  # where a match of _TYPED_MARK starts
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_WORD_BEFORE = regex.compile(_WORD.pattern, regex.REVERSE)  # the word of text.words ending at endpos
MARK_TRAIL = " .,;:!?)”\"'’"  # what may stand between a word and the note mark attached to it


@rule("KT105", "footnotes", "structure", "warning",
      summary_vi="Chú thích: dẫn tới chú thích không có, chú thích không được dẫn, sai thứ tự, dấu chú thích gõ tay "
                 "không có lời chú thích",
      summary_en="Notes: a mark pointing to no note, a note never marked, notes out of order, a typed note mark "
                 "with no note text",
      explanation_vi="Mỗi dấu chú thích phải dẫn tới một lời chú thích có nội dung, mỗi lời chú thích phải được dẫn "
                     "ít nhất một lần, và số chú thích phải tăng dần theo thứ tự xuất hiện. Dấu chú thích gõ tay "
                     "(“thực hiện(7)”, “thực hiện⁷”, “(*)”) phải có dòng chú thích tương ứng, ví dụ “(7) Nghị quyết "
                     "số …” ở cuối văn bản.",
      explanation_en="Every note mark must lead to a note with text, every note must be marked at least once, and "
                     "note numbers must rise in order of appearance. A typed mark (“thực hiện(7)”, “thực hiện⁷”, "
                     "“(*)”) needs a matching note line such as “(7) Nghị quyết số …”.",
      bad="... 24 kế hoạch thực hiện(7). [không có dòng “(7) …” nào trong văn bản]",
      good="... 24 kế hoạch thực hiện(7).\n...\n(7) Gồm: Nghị quyết số 05-NQ/HU ...")
def check_notes(doc: Document, ctx):
    yield from _real_notes(doc)
    yield from _typed_marks(doc)


# -- notes the file knows as notes ---------------------------------------------------------------
def _mark_span(block: Block, offset: int, words_of: dict[int, list[tuple[int, int, str]]]) -> Span:
    """The word a note mark is attached to (the mark itself is not part of the text): the last
    word of ``words(block.text[:offset])`` when only spaces and punctuation (MARK_TRAIL) stand
    between it and the mark.

    Read backwards from the mark, not by splitting all the text before it into words for each
    mark; a word longer than 64 characters is looked up in ``words(block.text)``, computed once
    per block in ``words_of``.
    """
    text = block.text
    end = offset
    while end > 0 and text[end - 1] in MARK_TRAIL:
        end -= 1
    if end == 0 or not _WORD_CHAR.match(text, end - 1):
        return Span(block.index, offset, offset)
    lo = max(0, end - 64)
    word = _WORD_BEFORE.match(text, lo, end)
    if lo == 0 or word.start() >= lo + 2:  # the word cannot go on before the window
        return Span(block.index, word.start(), end)
    if block.index not in words_of:
        words_of[block.index] = words(text)
    found = words_of[block.index]
    i = bisect_right(found, (end - 1, len(text) + 1)) - 1  # the word holding text[end - 1]
    return Span(block.index, found[i][0], end)


def _labels(doc: Document) -> dict[int, tuple[str, str]]:
    """(vi, en) name of each reference, keyed by id(NoteRef): "[^x]" in Markdown, the shown number in Word."""
    names: dict[int, tuple[str, str]] = {}
    counters = {"footnote": 0, "endnote": 0}
    for block in doc.blocks:
        for ref in block.note_refs:
            if doc.format == "md":
                names[id(ref)] = (f"[^{ref.note}]", f"[^{ref.note}]")
                continue
            kind = "endnote" if ref.note.startswith("e") else "footnote"
            counters[kind] += 1
            n = counters[kind]
            names[id(ref)] = (f"số {n}", f"no. {n}") if kind == "footnote" else \
                (f"cuối văn bản số {n}", f"endnote no. {n}")
    return names


class _Order:
    """Numbered notes must first appear in rising order (1, 2, 3); remembers the highest seen."""

    def __init__(self) -> None:
        self.highest: tuple[int, str] | None = None
        self.seen: set[str] = set()

    def comes_late(self, key: str, shown: str) -> str | None:
        """The shown name of a higher note met before this first appearance of ``key``, if any."""
        if key in self.seen or not key.isdigit():
            self.seen.add(key)
            return None
        self.seen.add(key)
        number = int(key)
        late = self.highest[1] if self.highest is not None and number < self.highest[0] else None
        if self.highest is None or number > self.highest[0]:
            self.highest = (number, shown)
        return late


def _real_notes(doc: Document):
    names = _labels(doc)
    order = _Order()
    seen: set[str] = set()
    words_of: dict[int, list[tuple[int, int, str]]] = {}
    for block in doc.blocks:
        for ref in block.note_refs:
            vi, en = names[id(ref)]
            span = _mark_span(block, ref.offset, words_of)
            if ref.block is None:
                yield finding("KT105", f"Dấu chú thích {vi} dẫn tới một chú thích không có trong văn bản",
                              f"Note mark {en} points to a note that does not exist", span)
            elif ref.note not in seen and not doc.blocks[ref.block].text.strip():
                yield finding("KT105", f"Chú thích {vi} không có nội dung", f"Note {en} has no text", span)
            elif doc.format == "md" and (before := order.comes_late(ref.note, vi)):
                yield finding("KT105", f"Chú thích {vi} đứng sau chú thích {before}: số chú thích không theo thứ tự",
                              f"Note {en} comes after note {before}: notes are out of order", span)
            seen.add(ref.note)
    for block in doc.blocks:
        if block.kind == FOOTNOTE and block.ref_block is None:
            label = f"[^{block.footnote}]" if doc.format == "md" else f"“{shorten(block.text, 40)}”"
            yield finding("KT105", f"Chú thích {label} không được đánh dấu ở chỗ nào trong văn bản",
                          f"Note {label} is never marked in the text", Span(block.index, 0, len(block.text)))


# -- notes typed by hand ---------------------------------------------------------------------------
def _mark_key(m: regex.Match) -> str:
    if m.group("star"):
        return m.group("star")
    digits = m.group("num") or m.group("sup") or m.groupdict().get("br") or ""
    return str(int(digits.translate(_TO_DIGIT)))


def _note_texts(text: str):
    """The matches of ``_NOTE_TEXT.finditer(text)``, as far as their marks go (a mark may be met
    twice: from the start of the text and from a line break right after it)."""
    m = _NOTE_TEXT_AT_START.match(text)
    if m is not None:
        yield m
    if "\n" in text:
        yield from (m for m in _NOTE_TEXT_AFTER_BREAK.finditer(text) if m.lastgroup is not None)


def _noted_marks(text: str):
    """The marks explained after a "Ghi chú:" or "Chú thích:" lead ("Ghi chú: (*) Số liệu ước")."""
    for lead in _NOTE_LEAD.finditer(text):
        m = _NOTE_MARK_AT.match(text, lead.end())
        if m is not None:
            yield m


def _typed_mark_matches(text: str):
    """The matches of ``_TYPED_MARK.finditer(text)``, trying the regex only where one may start."""
    pos = 0
    for start in _MARK_START.finditer(text):
        if start.start() >= pos and (m := _TYPED_MARK.match(text, start.start())):
            yield m
            pos = m.end()


def _typed_marks(doc: Document):
    note_keys = {_mark_key(m) for b in doc.blocks for m in _note_texts(b.text)}
    note_keys |= {_mark_key(m) for b in doc.blocks for m in _noted_marks(b.text)}
    order = _Order()
    forms_from = forms_start(doc)  # a form numbers its fields for the instructions under it
    for block in doc.blocks:
        if block.kind == FOOTNOTE or (forms_from is not None and block.index >= forms_from) \
                or _RECIPIENTS_BLOCK.match(block.text):
            continue  # "Lưu: VT, KHTC (89)": the recipients list counts copies in brackets
        text = block.text
        ink = len(text) - len(text.lstrip(" \t\n*_"))  # the first character not a space or emphasis
        quotes = _quotations(text)
        for m in _typed_mark_matches(text):
            if m.group("sup") and _unit_before(text, m.start()):
                continue
            if m.group("star") and m.start() <= ink:
                continue  # "(*)" opening a line is a note text, not a mark
            if any(start < m.start() < end for start, end in quotes):
                continue  # "(*)" inside quoted wording belongs to the text quoted
            key, shown = _mark_key(m), m.group()
            span = Span(block.index, m.start(), m.end())
            if key not in note_keys:
                yield finding("KT105", f"Dấu chú thích gõ tay “{shown}” không có lời chú thích tương ứng trong văn bản",
                              f"Typed note mark “{shown}” has no matching note text anywhere", span)
            elif before := order.comes_late(key, shown):
                yield finding("KT105", f"Dấu chú thích “{shown}” đứng sau “{before}”: số chú thích không theo thứ tự",
                              f"Note mark “{shown}” comes after “{before}”: notes are out of order", span)


_QUOTATION = regex.compile(r"“[^“”]*”")


def _quotations(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between curly quotation marks (“…”): the wording of another
    text, quoted with its own note marks ("phân nhóm “- Loại khác (*)”")."""
    return [m.span() for m in _QUOTATION.finditer(text)]


def _unit_before(text: str, start: int) -> bool:
    """Whether the last word of ``words(text[:start])`` is a unit ending at ``start`` ("m" of "m²").

    Read backwards over a few characters only: a word that may go on before them is longer than
    any unit.
    """
    lo = max(0, start - _UNIT_LOOK_BACK)
    if _GLUED_UNIT.search(text, lo, start):
        return True  # "9.361,38km²": the number glued to its unit
    word = _WORD_BEFORE.match(text, lo, start)
    return word is not None and (lo == 0 or word.start() >= lo + 2) and word.group() in UNITS

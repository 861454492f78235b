"""Abbreviations and where they are spelled out (KT503).

An abbreviation is a word of two capital letters or more that cannot be a Vietnamese syllable
("CCHC", "BCĐ", "KT-XH"; not "ĐẢNG" or "KHÓA" in an all-capitals heading), is not a Roman
numeral and is not part of a document symbol ("35-NQ/TW", "123/QĐ-UBND").

It is spelled out ("defined") where the draft says what it stands for, in the usual forms:

* "cải cách hành chính (CCHC)": the abbreviation alone in brackets after the words;
* "(sau đây gọi tắt là CCHC)", "(viết tắt là CCHC)", "(gọi tắt: CCHC)", "(sau đây gọi là CCHC)",
  with or without brackets or quotation marks, also for a group at once ("(sau đây gọi là KHCN,
  ĐMST và CĐS)");
* "CCHC (cải cách hành chính)": the words in brackets after the abbreviation, when their initials
  spell it.

The words right after it without brackets, in a list of abbreviations ("NLĐ: Người lao động")
or where the brackets were lost ("CBVC cán bộ viên chức"), "gloss" it: the reader is told what
it stands for, though not in the form that makes earlier uses come too soon.

A newspaper's or site's tag opening a paragraph ("(TTXVN) - ...", "Hà Nội (PV) – ...") and a
credit after "Ảnh:" or "Nguồn:" name who wrote or took it: a signature, not an abbreviation to spell out.

Letters ending the name of a company ("Công ty cổ phần ABC") or naming a product's maker
("Nhà sản xuất: ACME") are a name, not an abbreviation.

Not looked at: a word in a run of capitals ("TỈNH ĐẮK LẮK", "KT. CHỦ TỊCH", an English title
left on a web page): a heading or a signature, not an abbreviation in running text.  An
abbreviation joined by "&" ("KH&CN") is one abbreviation, never its parts.
"""

from __future__ import annotations

import regex

from dataclasses import dataclass

from kiemtra_lint.patterns import symbol_spans
from kiemtra_lint.text import fold, looks_like_syllable, word_at

_ABBR = r"\p{Lu}{2,}(?:[-&]\p{Lu}{2,})*"
_SHAPE = regex.compile(rf"{_ABBR}")
_TWO_CAPITALS = regex.compile(r"\p{Lu}\p{Lu}")
_ROMAN = regex.compile(r"[IVXLCDM]+")
_BRACKETED = regex.compile(rf"\(\s*[\"“]?(?P<a>{_ABBR})[\"”]?\s*\)")
_ONE_CALLED = rf"[\"“]?{_ABBR}[\"”]?(?![\p{{L}}\p{{N}}&])"
# "gọi tắt là X", "viết tắt: X", "sau đây gọi là X, Y và Z": the abbreviations are the list
_CALLED = regex.compile(
    rf"(?i:sau\s+đây\s+(?:gọi|viết)(?:\s+tắt)?(?:\s+là)?|(?:gọi|viết)\s+tắt(?:\s+là)?)\s*:?\s*"
    rf"(?P<list>{_ONE_CALLED}(?:\s*(?:,|;|(?i:và))\s*{_ONE_CALLED})*)")
_EXPANDED = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<a>{_ABBR})\s*\((?P<words>[^()]{{3,120}})\)")
_CONNECTORS = {"va", "cua", "cac", "voi", "ve"}  # folded; skipped when matching initials
_JOINED = regex.compile(r"\p{Lu}+(?:[ ]?&[ ]?\p{Lu}+)+")  # "KH&CN", "KTVB&QLXLVPHC", "GD & ĐT"
# a neighbouring word in capitals, with only spaces between: the word is in a run of capitals
_CAPITALS_BEFORE = regex.compile(r"\p{Lu}[\p{Lu}\p{M}]+[.]?[ \t]+$")
_CAPITALS_AFTER = regex.compile(r"[.]?[ \t]+\p{Lu}[\p{Lu}\p{M}]+(?![\p{Ll}\p{N}])")


# the words right after an abbreviation, after a colon or dash if any: "NLĐ: Người lao động" in a
# list of abbreviations, "CBVC cán bộ viên chức" (brackets lost); up to eight words
_WORDS_AFTER = regex.compile(r"\s*(?:[:–-]\s*)?(?P<words>\p{L}+(?:[ ]\p{L}+){0,7})")
# a company's name ends with its own letters: "Công ty cổ phần ABC", "Công ty TNHH Thương mại XYZ"
# (after "Công ty", words with a capital, each maybe followed by one in lower case); a product's maker,
# "Nhà sản xuất: ACME"
_COMPANY_BEFORE = regex.compile(
    r"(?:(?<!\p{L})(?i:công\s+ty|tập\s+đoàn)(?:\s+(?i:cổ\s+phần|trách\s+nhiệm\s+hữu\s+hạn))?"
    r"(?:\s+\p{Lu}[\p{L}&.-]*(?:[ ]\p{Ll}+)?){0,4}"
    r"|(?<!\p{L})(?i:nhà\s+sản\s+xuất)\s*:)\s+$")


# a dateline tag opening a paragraph, maybe after a place: "(TTXVN) - ", "Hà Nội (PV) – "
_DATELINE_BEFORE = regex.compile(r"^\s*(?:\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,3}\s*)?\(\s*$")
_DATELINE_AFTER = regex.compile(r"\s*\)\s*[-–—:]")
# a credit: "Ảnh: TTXVN", "Nguồn: ABC", "(Ảnh: X.Y)"
_CREDIT_BEFORE = regex.compile(r"(?<!\p{L})(?i:ảnh|nguồn)\s*:\s*$")


def is_signature(text: str, start: int, end: int) -> bool:
    """Whether the abbreviation at ``start``..``end`` signs the text: a dateline tag opening the
    paragraph or a photo or source credit."""
    return bool((_DATELINE_BEFORE.match(text[:start]) and _DATELINE_AFTER.match(text, end))
                or _CREDIT_BEFORE.search(text, max(0, start - 12), start))


# joined to a code or a symbol the symbol grammar does not take: "TT- BTC", "3169/TTr -STP",
# "Số: /GP-BTC", "P.TCNS", "VN_AQI"
_IN_CODE_BEFORE = regex.compile(r"(?:[\p{L}\p{N}][/_.]|[\p{L}\p{N}][ ]?[-–][ ]?|(?<![\p{L}\p{N}])/)$")


@dataclass(frozen=True, slots=True)
class Mention:
    block: int
    start: int
    end: int
    abbr: str
    defines: bool  # this mention spells the abbreviation out
    glossed: bool = False  # the words right after it spell it out, without brackets


def is_abbreviation(word: str) -> bool:
    if not _SHAPE.fullmatch(word) or _ROMAN.fullmatch(word):
        return False
    return not any(looks_like_syllable(part) for part in word.split("-"))


def definitions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, abbreviation) of every place in ``text`` that spells an abbreviation out;
    the span is the abbreviation itself."""
    found = {}
    for m in _BRACKETED.finditer(text):
        if text[:m.start()].strip():  # "(CCHC)" at the very start says nothing about what it stands for
            found[m.start("a")] = (m.start("a"), m.end("a"), m.group("a"))
    for m in _CALLED.finditer(text):
        for a in _SHAPE.finditer(m.group("list")):
            start = m.start("list") + a.start()
            found[start] = (start, start + len(a.group()), a.group())
    for m in _EXPANDED.finditer(text):
        if _initials_spell(m.group("words"), m.group("a")):
            found[m.start("a")] = (m.start("a"), m.end("a"), m.group("a"))
    return [found[k] for k in sorted(found)]


def _spelled_out_after(text: str, end: int, abbr: str) -> bool:
    """Whether the words right after the abbreviation ending at ``end`` spell it out, without
    brackets: "NLĐ: Người lao động", "CBVC cán bộ viên chức"."""
    m = _WORDS_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group("words").split()
    return any(_initials_spell(" ".join(words[:k]), abbr) for k in range(2, len(words) + 1))


def with_barred_d(abbr: str, known: frozenset[str]) -> str | None:
    """The one well-known abbreviation that ``abbr`` is with some of its D typed for Đ ("HDND"
    for "HĐND", "DBQH" for "ĐBQH"); None when there is none or more than one."""
    spots = [i for i, ch in enumerate(abbr) if ch == "D"]
    if len(abbr) < 3 or not spots or len(spots) > 4:
        return None
    found = set()
    for mask in range(1, 2 ** len(spots)):
        letters = list(abbr)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                letters[i] = "Đ"
        if (candidate := "".join(letters)) in known:
            found.add(candidate)
    return found.pop() if len(found) == 1 else None


def glossary_entry(cell: str, next_cell: str) -> str | None:
    """The abbreviation a row of a table of abbreviations explains ("NLĐ" | "Người lao động")."""
    abbr = cell.strip(" .*:")
    return abbr if is_abbreviation(abbr) and _initials_spell(next_cell, abbr) else None


def _initials_spell(words: str, abbr: str) -> bool:
    initials = "".join(w[0] for w in fold(words).split() if w[0].isalpha() and w not in _CONNECTORS)
    return initials == fold(abbr).replace("-", "")


def mentions(block: int, text: str, known: frozenset[str]) -> list[Mention]:
    """Every abbreviation in ``text`` that is not well known."""
    found = _abbreviations(text, known)
    if not found:
        return []
    defined = {start: (end, abbr) for start, end, abbr in definitions(text)}
    symbols = symbol_spans(text) if any(ch in text for ch in "/-") else []
    out = []
    for start, end, word in found:
        if any(s <= start < e for s, e in symbols) or _IN_CODE_BEFORE.search(text, max(0, start - 4), start) \
                or text.startswith("_", end) or _COMPANY_BEFORE.search(text, max(0, start - 80), start) \
                or is_signature(text, start, end):
            continue
        out.append(Mention(block, start, end, word, start in defined, _spelled_out_after(text, end, word)))
    return out


def _abbreviations(text: str, known: frozenset[str]) -> list[tuple[int, int, str]]:
    """The words of ``text`` (as ``kiemtra_lint.text.words`` splits it) that are abbreviations
    and not well known.

    An abbreviation starts with two capitals: only the words that start where ``text`` has two
    capitals in a row are looked at (a word starts after a character that is not a letter, mark
    or digit, so no such pair of an earlier word hides its first two letters).
    """
    if _TWO_CAPITALS.search(text) is None:
        return []
    out = []
    for m in _TWO_CAPITALS.finditer(text):
        word = word_at(text, m.start())
        if word is None or text[max(0, word.start() - 2):word.start()].strip().endswith("&"):
            continue
        joined = _JOINED.match(text, word.start())
        written = joined.group() if joined else word.group()
        w = written.replace(" ", "")  # "GD & ĐT" is "GD&ĐT"
        if len(w) < 2 or not w[1].isupper() or w in known or _in_capitals(text, word.start(), word.end()):
            continue
        if joined or is_abbreviation(w):
            out.append((word.start(), word.start() + len(written), w))
    return out


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` has a word in capitals right before or after it."""
    return bool(_CAPITALS_BEFORE.search(text, max(0, start - 40), start) or _CAPITALS_AFTER.match(text, end))


# "V/v chính sách thuế GTGT": the subject line under the number of a letter (công văn), up to
# the end of its cell, line or italics
_SUBJECT = regex.compile(r"(?<![\p{L}/])V/v\s[^|*\n]*")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}\p{N}]+[^\p{L}\p{M}\p{N}]*$")


def quotes_the_title(text: str, start: int, end: int, title: str | None) -> bool:
    """Whether the abbreviation at ``start``..``end`` is in the subject line of a letter or in
    words that repeat the document's title ("Xét Tờ trình ... về việc ban hành Quy định ...
    khu vực TOD" when the title is "QUY ĐỊNH ... KHU VỰC TOD"): a title keeps the abbreviation it
    was given, and the draft spells it out in its body."""
    if any(m.start() <= start < m.end() for m in _SUBJECT.finditer(text, max(0, start - 300), end)):
        return True
    if not title:
        return False
    words_before, at = 0, start
    while words_before < 3 and (m := _WORD_BEFORE.search(text, max(0, at - 40), at)) is not None:
        at, words_before = m.start(), words_before + 1
    if words_before < 3:
        return False
    echo = " ".join(text[at:end].lower().split())
    return echo in " ".join(title.lower().split())

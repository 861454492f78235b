"""Quantities stated twice (KT206): how many members one body has, said two ways.

A statement is "<body> có / gồm / là / ( N <members>": "Ban Thường vụ Huyện
ủy có 13 đồng chí", "Tập thể Ban Thường vụ Huyện ủy (15 đồng chí)", "lực lượng
cộng tác viên dư luận xã hội gồm 64 đồng chí".  The body is the noun phrase
before the link word, from its first capitalised word or collective noun
("lực lượng", "đội ngũ", "tổ", ...).  Two statements are about the same
quantity when one body's words end the other's ("Ban Thường vụ Huyện ủy" ends
"Tập thể Ban Thường vụ Huyện ủy") and both speak of the same time: the same
years and dates, and the same time words ("khi thành lập", "đầu nhiệm kỳ")
in their clause.  "đến nay", "hiện nay" are the report's own time.
"""

from __future__ import annotations

import regex

from dataclasses import dataclass
from functools import lru_cache

from kiemtra_lint.document import HEADING, Document, readable
from kiemtra_lint.rules.figures.numbers import COUNT, DATE, YEAR, NumberToken, find_numbers
from kiemtra_lint.text import fold, sentences

from .lexicon import lexicon

_LINK = regex.compile(r"(?r)(?:(?<![\p{L}])(?i:gồm có|bao gồm|gồm|có|là)[ \u00a0]+|\([ \u00a0]*)$")
_BOUNDARY_WORDS = frozenset(("và", "với", "thì", "nay", "đó", "đã", "được", "cho", "tại", "trong", "thành",
                             "lập", "kiện", "toàn", "duy", "trì", "củng", "cố", "cả", "mà", "này"))
_COLLECTIVE_HEADS = ("lực lượng", "đội ngũ", "tổ", "ban", "hội đồng", "đoàn", "nhóm", "tập thể", "chi bộ",
                     "đảng bộ", "ủy ban", "cấp ủy", "thường trực", "thường vụ")
_SUBJECT = regex.compile(r"(?r)((?:[\p{L}\p{N}]+[ \u00a0]+){1,12})$")
_AFTER_UNIT_OK = regex.compile(r"^[ \u00a0]*(?:$|[,;.:)\]]|(?i:và|trong đó|chịu|được|đều|do|là)(?![\p{L}]))")
_DIGIT = regex.compile(r"\d")
_DIGITS = regex.compile(r"\d+")
# from a number's first digit only: tried from each digit, "1" x 20,000 took 6 s
_MAY_STATE = regex.compile(r"(?<!\d)\d+[ \u00a0]+(?i:đồng chí|người|thành viên|ủy viên|uỷ viên|đảng viên|cán bộ|"
                           r"đại biểu|hội viên|cộng tác viên|báo cáo viên|tuyên truyền viên|cấp ủy viên)")
_REPORT_TIME = ("đến nay", "hiện nay", "hiện tại", "hiện có")
_MEMBER_WORDS = frozenset(fold(w) for w in ("đồng chí", "người", "thành viên", "ủy viên", "uỷ viên", "cấp ủy viên"))


@dataclass(frozen=True, slots=True)
class Statement:
    block: int
    token: NumberToken
    body: str  # the body as typed ("Ban Thường vụ Huyện ủy")
    key: tuple[str, ...]  # its folded words
    unit: str  # what is counted, folded ("dong chi")
    unit_text: str  # as typed ("đồng chí")
    when: frozenset[str]  # years, dates and time words of the clause


def statements(doc: Document) -> list[Statement]:
    """Every "<body> có / gồm / ( N <members>" of the draft, in reading order."""
    out = []
    lex = lexicon()
    for block in doc.blocks:
        text = block.text
        if block.kind == HEADING or not readable(block) or not _DIGIT.search(text):
            continue
        for m in _MAY_STATE.finditer(text):
            digits = _DIGITS.search(text, m.start(), m.end())
            before = text[max(0, digits.start() - 12):digits.start()]
            link = _LINK.search(before)  # "có", "gồm", "là" or "(" right before the number
            if link is None:
                continue
            tokens = find_numbers(text, digits.start(), digits.end())
            t = tokens[0] if tokens else None
            if t is None or t.kind != COUNT or not t.is_exact:
                continue
            unit = lex.people_units.match(text[t.end:t.end + 30])
            if unit is None:
                continue
            # "gồm 09 đồng chí đã ..." states the body's size; "có 3 đồng chí đã nghỉ hưu" may count a few
            composed = link.group().strip().lower() not in ("có", "là")
            if not composed and not _AFTER_UNIT_OK.match(text[t.end + unit.end():t.end + unit.end() + 12]):
                continue
            link_start = t.claim_start - (len(before) - link.start())
            body = _body(text[max(0, link_start - 200):link_start])
            if body is None:
                continue
            typed_unit = unit.group().strip()
            out.append(Statement(block.index, t, body, tuple(fold(w) for w in body.split()), fold(typed_unit),
                                 typed_unit, _when(text, t)))
    return out


def _body(before: str) -> str | None:
    """The body named right before the link word, from its first capital or collective noun."""
    m = _SUBJECT.search(before.rstrip(" \u00a0") + " ")
    if m is None:
        return None
    words = m.group(1).split()
    # cut at the last boundary word: "thành lập Tổ giúp việc và lực lượng ..." -> "lực lượng ..."
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _BOUNDARY_WORDS:
            words = words[i + 1:]
            break
    for i, w in enumerate(words):
        rest = " ".join(words[i:]).lower()
        if w[:1].isupper() or rest.startswith(_COLLECTIVE_HEADS):
            words = words[i:]
            break
    else:
        return None
    if len(words) < 2:
        return None
    # a body named once in a draft: a proper name ("Ban Thường vụ Huyện ủy") or a long description;
    # "Đoàn kiểm tra", "Tổ công tác" may be several bodies of one kind
    if sum(w[:1].isupper() for w in words) < 2 and len(words) < 5:
        return None
    return " ".join(words)


def _when(text: str, t: NumberToken) -> frozenset[str]:
    """The time a statement speaks of: the years, dates and time words of its clause (sentence, then ;)."""
    start, end = next(((a, b) for a, b in _sentences(text) if a <= t.start < b), (0, len(text)))
    start = max(start, text.rfind(";", start, t.start) + 1)
    semicolon = text.find(";", t.end, end)
    end = end if semicolon < 0 else semicolon
    marks = {x.text for x in find_numbers(text, start, end) if x.kind in (YEAR, DATE)}
    for m in lexicon().time_markers.finditer(text, start, end):
        word = m.group().lower()
        if word not in _REPORT_TIME:
            marks.add(word)
    return frozenset(marks)


@lru_cache(maxsize=64)
def _sentences(text: str) -> list[tuple[int, int]]:
    return sentences(text)


def same_quantity(a: Statement, b: Statement) -> bool:
    """One body (the words of one end the other's), one kind of member, one time."""
    short, long_ = sorted((a.key, b.key), key=len)
    return (long_[len(long_) - len(short):] == short and _member_kind(a.unit) == _member_kind(b.unit)
            and a.when == b.when)


def _member_kind(unit: str) -> str:
    """"đồng chí", "người", "thành viên", "ủy viên" all count the members of a body."""
    return "member" if unit in _MEMBER_WORDS else unit


def conflicts(found: list[Statement]) -> list[tuple[Statement, Statement]]:
    """(later, first) for every statement whose value differs from the first one about the same quantity."""
    by_tail: dict[tuple[str, ...], list[Statement]] = {}
    for st in found:  # a body's last two words: one must end the other's, so they share these
        by_tail.setdefault(st.key[-2:], []).append(st)
    out = []
    for group in by_tail.values():
        for i, later in enumerate(group):
            for first in group[:i]:
                if same_quantity(first, later):
                    if first.token.value != later.token.value:
                        out.append((later, first))
                    break
    return sorted(out, key=lambda pair: (pair[0].block, pair[0].token.start))

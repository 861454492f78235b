"""Numbers in Vietnamese text: what each digit run in a sentence is.

>>> [(t.text, t.kind, t.value) for t in find_numbers("có 49/53 trường, đạt 92,5%")]
[('49/53', 'fraction', Fraction(49, 53)), ('92,5%', 'percent', Fraction(185, 2))]

Vietnamese drafts group thousands with a dot and write decimals after a comma
("3.889", "1.500.050,30", "92,5%"), keep leading zeros in counts ("06 đồng
chí") and write "49/53" for 49 out of 53.  Many digit runs are not quantities
at all: dates (15/3/2021, 10/2020), document symbols (07-NQ/TU, 30/2020/NĐ-CP),
map scales (tỷ lệ 1/2000), codes (ĐT725, Km12+300, COVID-19, 24/7), names
(Quảng trường 3/2, Quân khu 5, Ban Chỉ đạo 35), ordinals and labels (lần thứ 5,
Điều 15, tháng 6) and years (2022, nhiệm kỳ 2020 - 2025).  :func:`find_numbers`
returns every digit run with a ``kind`` saying which it is, so that rules only
ever compute with the kinds in :data:`QUANTITY_KINDS`.

How it works: a regex pre-filter cuts the literals ("92,5%", "49/53 ") out of
the text; the words right before one are matched against the qualifier
terminals of ``grammar/numbers.lark`` (the one list of those words); the Lark
grammar parses each distinct candidate ("trên 95%") once, cached, into its
value; then the surrounding words decide whether the number is a quantity or a
date, symbol, code, name, label or year.  Values are exact
(:class:`fractions.Fraction`); nothing here uses binary floats.

API: :func:`find_numbers` (every digit run of a block, or of a span of it),
:func:`quantities` (only the quantities), :func:`parse_number` (one literal,
without context), :func:`format_vi` (a Fraction written back the Vietnamese
way, rounded half away from zero) and :class:`NumberToken`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

import regex

from kiemtra_lint.patterns import find_dates, symbol_spans

from .lexicon import lexicon

# kinds of quantities: rules compute with these
COUNT = "count"  # an integer: "06", "3.889"
DECIMAL = "decimal"  # a number with a decimal comma: "4.218,5", "96,4"
PERCENT = "percent"  # "92,5%", "92,5 %"; value is the percentage (92.5), not 0.925
FRACTION = "fraction"  # "49/53" with 49 <= 53; value is 49/53
RANGE = "range"  # "3 - 5", "10-15%"; value is the low end, ``high`` the high end
# kinds of digit runs that are not quantities
YEAR = "year"  # 2022, 2020 - 2025
DATE = "date"  # 15/3/2021, 10/2020, ngày 2/9
SYMBOL = "symbol"  # 07-NQ/TU, 30/2020/NĐ-CP, 123/QĐ-UBND
SCALE = "scale"  # tỷ lệ 1/2000
CODE = "code"  # ĐT725, Km12+300, COVID-19, 24/7, 3/2 (a > b), 4.0, 8:30
LABEL = "label"  # an ordinal or identifier after its head word: lần thứ 5, Điều 15, tháng 6, số 05
NAME = "name"  # part of a proper name: Quân khu 5, Ban Chỉ đạo 35, Quảng trường 2/9

QUANTITY_KINDS = frozenset({COUNT, DECIMAL, PERCENT, FRACTION})

# qualifiers
APPROX = "approx"  # khoảng, gần, xấp xỉ, ước đạt: never judged exactly
ABOVE = "above"  # trên, hơn, ít nhất, ... trở lên: the true value is at least this
BELOW = "below"  # dưới, chưa đến, không quá, ... trở xuống: the true value is at most this


@dataclass(frozen=True, slots=True)
class NumberToken:
    """One digit run of a text and what it is.

    ``start``/``end`` cover the literal as typed ("92,5%", "49/53", "3.889"),
    never the qualifier, so that a finding's excerpt is exactly the number.
    ``claim_start`` is where the qualifier starts ("trên 95%"), or ``start``.
    """

    start: int
    end: int
    text: str
    kind: str
    value: Fraction | None = None
    decimals: int = 0  # digits after the decimal comma (of the percentage, for a percent)
    qualifier: str | None = None  # APPROX | ABOVE | BELOW
    claim_start: int | None = None
    numerator: int | None = None  # fractions only
    denominator: int | None = None
    per: str | None = None  # "năm" in "3,8%/năm", "lớp" in "35 người/lớp"
    high: Fraction | None = None  # ranges only

    @property
    def is_quantity(self) -> bool:
        return self.kind in QUANTITY_KINDS

    @property
    def is_exact(self) -> bool:
        """A plain statement of a value: no qualifier, no rate per unit."""
        return self.qualifier is None and self.per is None

    @property
    def half_unit(self) -> Fraction:
        """Half a unit of the last written digit: a stated x stands for [x - h, x + h]."""
        return Fraction(1, 2 * 10 ** self.decimals)


_SLOT_SETTERS = tuple(getattr(NumberToken, name).__set__ for name in (
    "start", "end", "text", "kind", "value", "decimals", "qualifier", "claim_start", "numerator", "denominator",
    "per", "high"))


def _new_token(start: int, end: int, text: str, kind: str, value: Fraction | None = None, decimals: int = 0,
               qualifier: str | None = None, claim_start: int | None = None, numerator: int | None = None,
               denominator: int | None = None, per: str | None = None, high: Fraction | None = None,
               _new=object.__new__, _set=_SLOT_SETTERS) -> NumberToken:
    """``NumberToken(...)``, a third faster: the slots are filled directly, past the frozen
    dataclass's ``__setattr__`` guard (find_numbers makes one per digit run)."""
    token = _new(NumberToken)
    (s_start, s_end, s_text, s_kind, s_value, s_decimals, s_qualifier, s_claim_start, s_numerator,
     s_denominator, s_per, s_high) = _set
    s_start(token, start)
    s_end(token, end)
    s_text(token, text)
    s_kind(token, kind)
    s_value(token, value)
    s_decimals(token, decimals)
    s_qualifier(token, qualifier)
    s_claim_start(token, claim_start)
    s_numerator(token, numerator)
    s_denominator(token, denominator)
    s_per(token, per)
    s_high(token, high)
    return token


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberToken]:
    """Every digit run of ``text`` as a :class:`NumberToken`, in text order.

    ``text`` is one block's NFC text; offsets count its code points.  With ``start`` and
    ``end``, only the digit runs of ``text[start:end]`` (one sentence, say) are read, still
    with the words around them in ``text``.
    """
    end = len(text) if end is None else end
    if not _DIGIT.search(text, start, end):
        return []
    blocked = _blocked_spans(text, start, end)
    tokens = [_classify(text, m, blocked) for m in _candidates().finditer(text, start, end)]
    if len(tokens) < 2:
        return tokens
    return _merge_ranges(text, _continue_labels(text, tokens))


def quantities(text: str) -> list[NumberToken]:
    """The tokens of ``text`` that are quantities (counts, decimals, percents, fractions)."""
    return [t for t in find_numbers(text) if t.is_quantity]


def parse_number(literal: str, offset: int = 0) -> NumberToken | None:
    """Parse one literal on its own ("3.889", "92,5 %", "49/53", "khoảng 90%"), or None.

    No context is used: "2022" is a count here, "3/2" a slash pair of kind CODE.  The
    token's span is ``offset`` .. ``offset + len(literal)`` (where the literal sits in a
    block, such as a table cell that holds nothing else).
    """
    parsed = _parse_typed(literal)
    if parsed is None:
        return None
    kind = CODE if parsed.kind == FRACTION and parsed.numerator > parsed.denominator else parsed.kind
    return _token(parsed, kind, offset, offset + len(literal), literal, offset, None)


def format_vi(value: Fraction | int, decimals: int = 0) -> str:
    """``value`` written the Vietnamese way, rounded half away from zero.

    >>> format_vi(Fraction(4900, 53), 2)
    '92,45'
    >>> format_vi(Fraction(1500050), 0)
    '1.500.050'
    """
    value = Fraction(value)
    sign = "-" if value < 0 else ""
    scaled = abs(value) * 10 ** decimals
    units = int(scaled)
    if scaled - units >= Fraction(1, 2):
        units += 1
    whole, frac = divmod(units, 10 ** decimals)
    head = f"{whole:,}".replace(",", ".")
    return sign + head + ("," + str(frac).rjust(decimals, "0") if decimals else "")


# -- the grammar and the pre-filter ----------------------------------------------------------

_DIGIT = regex.compile(r"\d")
_NUM = r"\d+(?:[.,]\d+)*"
_SPACE = "[ \u00a0]"


@lru_cache(maxsize=1)
def _parser():
    from kiemtra_lint.grammar import grammar_text, lalr_parser

    return lalr_parser(grammar_text("numbers"))


def _terminal_words(*names: str) -> list[str]:
    """The phrases of the grammar's word-list terminals: the qualifier words live in one place."""
    out = []
    for name in names:
        source = _parser().get_terminal(name).pattern.value
        inner = regex.fullmatch(r"\(\?i:(.*)\)", source)
        phrases = (inner.group(1) if inner else source).split("|")
        if any(regex.search(r"[\\()\[\]?*+.^$]", p) for p in phrases):
            raise ValueError(f"grammar/numbers.lark: {name} must list plain words")
        out += phrases
    return out


@lru_cache(maxsize=1)
def _candidates() -> regex.Pattern:
    """Literals: digits with their separators, a percent sign, a "trở lên" right after."""
    suffixes = "|".join(regex.escape(w) for w in _terminal_words("ABOVE_SUFFIX", "BELOW_SUFFIX"))
    return regex.compile(rf"(?P<lit>{_NUM}(?:/{_NUM})*(?:{_SPACE}?%)?)"
                         rf"(?:{_SPACE}+(?P<s>(?i:{suffixes}))(?![\p{{L}}]))?")


@lru_cache(maxsize=1)
def _qualifiers() -> dict[tuple[str, ...], str]:
    """Qualifier phrases, as tuples of lower-case words, and the qualifier each one makes."""
    out = {}
    for terminal, kind in (("APPROX", APPROX), ("ABOVE", ABOVE), ("BELOW", BELOW)):
        for phrase in _terminal_words(terminal):
            out.setdefault(tuple(phrase.lower().split()), kind)
    return out


class _Parsed(NamedTuple):  # a tuple: made once per distinct candidate, quicker than a dataclass
    kind: str  # COUNT | DECIMAL | PERCENT | FRACTION
    value: Fraction
    decimals: int
    qualifier: str | None
    numerator: int | None = None
    denominator: int | None = None


_QUALIFIER_KIND = {"APPROX": APPROX, "ABOVE": ABOVE, "BELOW": BELOW, "ABOVE_SUFFIX": ABOVE,
                   "BELOW_SUFFIX": BELOW}


# The grammar's number terminals in its lexer's order (highest priority first): a bare literal
# ("3.889", "92,5 %", "49/53"), by far the most common candidate, is read with this instead of
# a Lark parse, with the same tokens and so the same result; anything else goes to Lark.
_NUMBER_TERMINAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3})+|\d+,\d+|\d+")
_NOT_BARE = object()


def _bare(candidate: str):
    """``_parse`` of a bare literal, or ``_NOT_BARE`` when the candidate is anything else."""
    m = _NUMBER_TERMINAL.match(candidate)
    if m is None:
        return _NOT_BARE
    cut = m.end()
    if cut == len(candidate):
        value, decimals = _literal_value(m.group())
        return _Parsed(DECIMAL if decimals else COUNT, value, decimals, None)
    rest = candidate[cut:]
    if rest == "%" or rest == " %":
        value, decimals = _literal_value(m.group())
        return _Parsed(PERCENT, value, decimals, None)
    if rest[0] == "/":
        m2 = _NUMBER_TERMINAL.match(candidate, cut + 1)
        if m2 is not None and m2.end() == len(candidate):
            num, num_dec = _literal_value(m.group())
            den, den_dec = _literal_value(m2.group())
            if num_dec or den_dec or den == 0:
                return None
            return _Parsed(FRACTION, num / den, 0, None, int(num), int(den))
    return _NOT_BARE


def _parse(candidate: str) -> _Parsed | None:
    """Lark parse of one candidate, such as "trên 95%" (cached by ``_parse_typed``: a draft repeats its literals)."""
    bare = _bare(candidate)
    if bare is not _NOT_BARE:
        return bare
    return _lark_parse(candidate)


@lru_cache(maxsize=16384)
def _parse_typed(candidate: str) -> _Parsed | None:
    """``_parse`` of a candidate as typed, before ``_normalise`` (cached by what was typed)."""
    return _parse(_normalise(candidate))


def _lark_parse(candidate: str) -> _Parsed | None:
    from lark.exceptions import LarkError

    try:
        tree = _parser().parse(candidate)
    except LarkError:
        return None
    qualifier = None
    literal = None
    for child in tree.children:
        if child.data in ("qualifier", "suffix"):
            qualifier = qualifier or _QUALIFIER_KIND[child.children[0].type]
        else:
            literal = child
    if literal.data == "number":
        value, decimals = _number_value(literal)
        return _Parsed(DECIMAL if decimals else COUNT, value, decimals, qualifier)
    if literal.data == "percent":
        value, decimals = _number_value(literal.children[0])
        return _Parsed(PERCENT, value, decimals, qualifier)
    (num, num_dec), (den, den_dec) = (_number_value(c) for c in literal.children)
    if num_dec or den_dec or den == 0:
        return None
    return _Parsed(FRACTION, num / den, 0, qualifier, int(num), int(den))


def _number_value(node) -> tuple[Fraction, int]:
    return _literal_value(node.children[0].value)


def _literal_value(token: str) -> tuple[Fraction, int]:
    whole, _, decimals = token.replace(".", "").partition(",")
    if not decimals:
        return Fraction(int(whole)), 0  # the same Fraction, without reducing n/1
    return Fraction(int(whole + decimals), 10 ** len(decimals)), len(decimals)


def _normalise(candidate: str) -> str:
    return " ".join(candidate.replace("\u00a0", " ").split())


def _token(p: _Parsed, kind: str, start: int, end: int, text: str, claim_start: int,
           per: str | None) -> NumberToken:
    return _new_token(start, end, text, kind, p.value, p.decimals, p.qualifier, claim_start, p.numerator,
                      p.denominator, per)


class _Blocked:
    """Spans of dates and symbols, looked up by position in O(log n)."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        spans.sort()
        self.spans = spans
        self.starts = [s for s, _, _ in spans]

    def kind_at(self, pos: int) -> str | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        # spans may overlap (a date inside a symbol): look back over those that start shortly before pos
        while i >= 0:
            start, end, kind = self.spans[i]
            if start <= pos < end:
                return kind
            if pos - start > 64:
                return None
            i -= 1
        return None



_MAY_DATE = regex.compile(r"\d[/.\-]\d{1,2}[/.\-]\d{4}")
_MAY_SYMBOL = regex.compile(r"\d[ \u00a0]?[-/][ \u00a0]?\p{Lu}|/\d{4}/")


_NOTHING_BLOCKED = _Blocked([])


def _blocked_spans(text: str, start: int, end: int) -> _Blocked:
    """Dates and document symbols: whatever digits they contain are not quantities."""
    part = text[start:end] if start or end < len(text) else text
    spans: list[tuple[int, int, str]] = []
    # plain substring tests first: the patterns are searched only where they may match
    if "ngày" in part or "Ngày" in part or "NGÀY" in part or _MAY_DATE.search(part):
        spans += [(start + d.start, start + d.end, DATE) for d in find_dates(part)]
    if ("/" in part or "-" in part) and _MAY_SYMBOL.search(part):
        spans += [(start + s, start + e, SYMBOL) for s, e in symbol_spans(part)]
    return _Blocked(spans) if spans else _NOTHING_BLOCKED


# -- context ---------------------------------------------------------------------------------

# Words that end a name whose last part is a number, when capitalised: "Quân khu 5", "Nghị quyết 35".
_NAME_HEADS = frozenset((
    "quân khu", "ban chỉ đạo", "nghị quyết", "chỉ thị", "kết luận", "quyết định", "quy định", "hướng dẫn",
    "kế hoạch", "chương trình", "thông báo", "công văn", "thông tư", "nghị định", "luật", "trung ương",
    "đại hội", "đề án", "sư đoàn", "trung đoàn", "tiểu đoàn", "lữ đoàn", "quân đoàn", "binh đoàn",
    "quảng trường", "công trường", "bệnh viện",
))
_NAME_LAST_WORDS = frozenset(h.split()[-1] for h in _NAME_HEADS)
# Words that, right before a number, show it is counted even after a capitalised word ("Huyện ủy có 13").
_FUNCTION_WORDS = frozenset((
    "có", "là", "gồm", "với", "được", "đạt", "và", "của", "cho", "tại", "trong", "đó", "chiếm", "bằng",
    "tăng", "giảm", "còn", "từ", "đến", "trên", "dưới", "khoảng", "gần", "hơn", "mới", "đã", "thêm", "lên",
    "xuống", "tổng", "cộng", "tiếp", "mở", "nhận", "nạp", "giao", "trì", "hành", "chức", "lập", "thành",
    "hiện", "động", "nay", "cả", "toàn", "chỉ", "riêng", "về", "những", "các", "mỗi", "ước", "vượt",
    "hoặc", "hay", "thu", "chi", "bố", "trí", "đón", "tiếp", "cấp", "xử", "lý", "giải", "quyết",
))
_DATE_HEADS = frozenset(("ngày", "đêm", "sáng", "chiều", "tối", "lễ", "tết"))
_RANK_HEADS = frozenset(("thứ", "hạng", "hạng thứ"))
_YEAR_MIN, _YEAR_MAX = 1900, 2100
_WINDOW = 80  # characters of context read on each side of a number
# Units that may be typed glued to a number ("20ha", "100m", "48.600m²"): the number stays a quantity.
_GLUED_UNITS = frozenset({"m", "m2", "m²", "m3", "m³", "km", "km2", "km²", "ha", "kg", "tấn", "đ", "cm", "mm",
                          "kw", "kwh", "mw", "mwh", "lít", "ml", "g"})

_CLAUSE_START = regex.compile(r"(?r)(?:^|[.:;!?(\[\n\"“'‘•\-–+*])[ \u00a0]*$")
_GLUED_BEFORE = regex.compile(r"(?r)[\p{L}\p{N}+\-.]+$")
_GLUED_AFTER = regex.compile(r"^[\p{L}\p{N}²³]+")
_PER = regex.compile(r"^/([\p{L}]+)")
_UP_TO_AT_LEAST = regex.compile(r"^(?:[ \u00a0]+[\p{L}]+){0,3}[ \u00a0]+(?i:trở[ \u00a0]+lên)(?![\p{L}])")
_SCALE_CONTEXT = regex.compile(r"(?r)(?i:t[ỷỉ][ \u00a0]+l[ệe](?:[ \u00a0]+b[ảa]n[ \u00a0]+đ[ồo])?|b[ảa]n[ \u00a0]+đ[ồo])[ \u00a0:]*$")
_RANGE_DASH = regex.compile(r"^[ \u00a0]?[-–][ \u00a0]?$")


@dataclass(slots=True)
class _Before:
    """The words right before a number: as typed, in lower case, and where each starts in the text."""

    window: str  # up to _WINDOW characters before the number
    typed: list[str]
    words: list[str]
    starts: list[int]  # text offsets of ``typed``


def _before(text: str, start: int) -> _Before:
    origin = start - _WINDOW if start > _WINDOW else 0
    window = text[origin:start]
    if not window or window[-1] not in " \u00a0":
        return _Before(window, [], [], [])
    # walk back over at most three words separated by spaces only (no punctuation between)
    stripped = window.rstrip(" \u00a0")
    pieces = stripped.replace("\u00a0", " ").rsplit(" ", 3)[-3:]
    pos = origin + len(stripped)
    typed: list[str] = []
    starts: list[int] = []
    for piece in reversed(pieces):
        word = piece if piece.isalpha() else _trailing_letters(piece)
        if not word:
            break
        pos -= len(word)
        typed.append(word)
        starts.append(pos)
        if word is not piece:
            break  # "(trên": a bracket or a comma ends the words before the number
        pos -= 1  # the space before it
    if len(typed) > 1:
        typed.reverse()
        starts.reverse()
    return _Before(window, typed, [w.lower() for w in typed], starts)


def _trailing_letters(piece: str) -> str:
    i = len(piece)
    while i and piece[i - 1].isalpha():
        i -= 1
    return piece[i:]


# A percentage pasted from a spreadsheet with a decimal point ("87.35%", "10.5 %"): one or two
# digits after the dot can be no thousands group, so the dot is a decimal point.
_DECIMAL_POINT_PERCENT = regex.compile(r"\d+\.\d{1,2}[ \u00a0]?%")


def has_decimal_point(literal: str) -> bool:
    """A percentage typed with a decimal point ("87.35%"), not the Vietnamese comma."""
    return bool(_DECIMAL_POINT_PERCENT.fullmatch(literal))


def _decimal_comma(literal: str) -> str:
    """``literal`` with a decimal point of a percentage written as the Vietnamese comma."""
    return literal.replace(".", ",") if has_decimal_point(literal) else literal


def _is_note_marker(text: str, start: int, end: int) -> bool:
    """"[2]": a footnote's marker, not a count."""
    return text[start - 1:start] == "[" and text[end:end + 1] == "]"


def _classify(text: str, m: regex.Match, blocked: _Blocked) -> NumberToken:
    start, end = m.span(1)
    literal = m.group(1)
    if blocked.spans:
        kind = blocked.kind_at(start)
        if kind is not None:
            return _new_token(start, end, literal, kind)
    prev, nxt = text[start - 1:start], text[end:end + 1]
    if prev and (prev.isalnum() or prev in "+-."):
        glued = _GLUED_BEFORE.search(text[max(0, start - 24):start])
        if glued and any(c.isalpha() for c in glued.group()):
            return _new_token(start, end, literal, CODE)  # ĐT725, Km12+300, COVID-19, H5N1
    if nxt and (nxt.isalnum() or nxt in "²³"):
        glued = _GLUED_AFTER.match(text[end:end + 12])
        if glued.group().lower() not in _GLUED_UNITS:
            return _new_token(start, end, literal, CODE)  # 19A, 4G, 8h30
    if _is_note_marker(text, start, end):
        return _new_token(start, end, literal, LABEL)
    if (nxt == ":" and text[end + 1:end + 2].isdigit()) or (prev == ":" and text[start - 2:start - 1].isdigit()):
        return _new_token(start, end, literal, CODE)  # 8:30, 1:2000
    if literal.count("/") > 1:
        return _new_token(start, end, literal, DATE)  # a date the date pattern did not take
    before = _before(text, start)
    qualifier = _qualifier_words(before)
    claim_start = before.starts[-qualifier] if qualifier else start
    typed = _decimal_comma(literal) + m.group()[len(literal):]
    candidate = " ".join(before.typed[-qualifier:]) + " " + typed if qualifier else typed
    parsed = _parse_typed(candidate)
    if parsed is None:
        return _new_token(start, end, literal, CODE)  # "4.0", "1.2": not a Vietnamese number
    per = _PER.match(text[end:end + 24]) if nxt == "/" else None
    per_word = per.group(1).lower() if per else None
    kind = parsed.kind
    if kind == FRACTION and parsed.numerator > parsed.denominator:
        kind = CODE  # 3/2, 24/7: not a part of a whole
    if kind != PERCENT:
        context = _context_kind(text, literal, parsed, start, end, before)
        if context is not None:
            value = parsed.value if context == YEAR else None
            return _new_token(start, end, literal, context, value)
    token = _new_token(start, end, literal, kind, parsed.value, parsed.decimals, parsed.qualifier, claim_start,
                       parsed.numerator, parsed.denominator, per_word)
    if token.qualifier is None and before.words and before.words[-1] == "từ" \
            and _UP_TO_AT_LEAST.match(text[end:end + 60]):
        token = replace(token, qualifier=ABOVE, claim_start=before.starts[-1])  # từ 180 đảng viên trở lên
    return token


@lru_cache(maxsize=1)
def _qualifier_last_words() -> frozenset[str]:
    """The last word of every qualifier phrase: a number after any other word has no qualifier."""
    return frozenset(phrase[-1] for phrase in _qualifiers() if phrase)


def _qualifier_words(before: _Before) -> int:
    """How many of the last words before a number form a qualifier ("trên dưới" 2, "trên" 1), or 0."""
    if not before.words or before.words[-1] not in _qualifier_last_words():
        return 0
    table = _qualifiers()
    for n in (3, 2, 1):
        if len(before.words) >= n and tuple(before.words[-n:]) in table:
            return n
    return 0


def _context_kind(text: str, literal: str, parsed: _Parsed, start: int, end: int, before: _Before) -> str | None:
    """YEAR, DATE, SCALE, LABEL, NAME or CODE when the words around say so; None for a quantity."""
    words = before.words
    if parsed.numerator is not None:  # a slash pair
        num, den = parsed.numerator, parsed.denominator
        if num == 1 and den >= 100 and _SCALE_CONTEXT.search(before.window):
            return SCALE  # tỷ lệ 1/2000
        if _YEAR_MIN <= den <= _YEAR_MAX and 1 <= num <= 12 and "." not in literal:
            return DATE  # 10/2020, tháng 6/2023
        if words and words[-1] in _DATE_HEADS:
            return DATE  # ngày 2/9
        if words and words[-1] in _RANK_HEADS:
            return LABEL  # xếp thứ 3/12 huyện
        if _is_name(text, before) and not _counts_a_category(before, num, den):
            return NAME  # Quảng trường 2/9
        return None
    if parsed.qualifier is not None:
        return None
    if (len(literal) == 4 and literal.isdigit() and literal[0] != "0"
            and _YEAR_MIN <= int(literal) <= _YEAR_MAX):
        return YEAR
    if _is_list_label(text, end) and _opens_a_sentence(text, start):
        return LABEL  # "1. Nội dung" at the start of a block or of a sentence
    if _bracketed_after_label_head(text, start, end):
        return LABEL  # "Cột (10)"
    if _after_label_head(words):
        return LABEL  # lần thứ 5, Điều 15, tháng 6, số 05, mức độ 2
    if _is_name(text, before) and not _counts_a_category(before):
        return NAME
    return None


def _after_label_head(words: list[str]) -> bool:
    """The words before a number end in a label head ("Điều", "số thứ tự", "mức độ"), and not in the
    name of a level that holds one ("trung cấp 25 đồng chí" counts people) nor in "tổng số"."""
    lex = lexicon()
    heads = lex.label_heads
    if not words or words[-2:] == ["tổng", "số"] or " ".join(words[-2:]) in lex.level_names:
        return False
    return any(" ".join(words[-n:]) in heads for n in (1, 2, 3) if n <= len(words))


def _counts_a_category(before: _Before, num: int | None = None, den: int | None = None) -> bool:
    """"THCS 137/240", "MN 14 trường": a number after a category's abbreviation counts that
    category.  "Trường THCS 2/9" (a school named after a date) and "Trường TH 4" stay names."""
    words = before.words
    if not words or words[-1] not in lexicon().category_acronyms or words[-2:-1] == ["trường"]:
        return False
    return num is None or not (1 <= num <= 31 and 1 <= den <= 12)


_ROMAN = regex.compile(r"[IVXL]+")


def _is_name(text: str, before: _Before) -> bool:
    """The number ends a proper name: "Quân khu 5", "Ban Chỉ đạo 35", "Quảng trường 2/9"."""
    typed, words, starts = before.typed, before.words, before.starts
    if not words:
        return False
    if len(words) >= 2 and _ROMAN.fullmatch(typed[-1]) and words[-2] in lexicon().label_heads:
        return False  # "hạng III 55 người": the level is named by the numeral, the number counts
    if words[-1] in _NAME_LAST_WORDS and any(" ".join(words[-n:]) in _NAME_HEADS and typed[-n][0].isupper()
                                             for n in (1, 2, 3) if n <= len(words)):
        return True  # capitalised, as a name is: "Quân khu 5", but not "kỷ luật 09 đảng viên"
    if typed[-1][0].isupper():  # "Nhà văn hóa Khu 5"; not a capital that only starts the sentence
        return not _clause_starts_at(text, starts[-1])
    if len(typed) >= 2 and typed[-2][0].isupper() and words[-1] not in _FUNCTION_WORDS:
        return not _clause_starts_at(text, starts[-2])  # "Quảng trường 2/9"
    return False


def _clause_starts_at(text: str, pos: int) -> bool:
    return bool(_CLAUSE_START.search(text[max(0, pos - 8):pos])) if pos >= 8 else not text[:pos].strip(
        " \u00a0") or bool(_CLAUSE_START.search(text[:pos]))


def _opens_a_sentence(text: str, start: int) -> bool:
    """Nothing but spaces stands between ``start`` and the block's start or a sentence's end."""
    before = text[max(0, start - 8):start].rstrip(" \u00a0")
    return not before or before[-1] in ".:;|"


def _bracketed_after_label_head(text: str, start: int, end: int) -> bool:
    """"Cột (5)", "Mẫu (2)": a number alone in brackets right after a label head."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    words = text[max(0, start - 24):start - 1].rstrip(" \u00a0").lower().split()
    return _after_label_head(words[-3:])


def _is_list_label(text: str, end: int) -> bool:
    """"1. Nội dung", "2) Nội dung" at the start of a block."""
    after = text[end:end + 2]
    return len(after) == 2 and after[0] in ".)" and (after[1].isspace() or after[1].isalpha())


_LIST_JOINER = regex.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:(?i:và|hoặc)[ \u00a0]+)?|[ \u00a0]+(?i:và|hoặc)[ \u00a0]+)")
_NEXT_WORD = regex.compile(r"[ \u00a0]*([\p{L}]*)")


def _continue_labels(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """"loại 1 và 2", "số thứ tự 04, 06, 07)": bare numbers listed after a label are labels too,
    unless a word other than a list's follower comes after one ("Điều 5, 12 đồng chí")."""
    followers = lexicon().label_list_followers
    out = list(tokens)
    for i in range(1, len(out)):
        prev, tok = out[i - 1], out[i]
        if prev.kind != LABEL or tok.kind != COUNT or not _LIST_JOINER.fullmatch(text, prev.end, tok.start):
            continue
        word = _NEXT_WORD.match(text, tok.end).group(1).lower()
        if not word or word in followers or word in lexicon().label_heads:
            out[i] = _new_token(tok.start, tok.end, tok.text, LABEL)
    return out


def _merge_ranges(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """"3 - 5 người", "10-15%": two quantities joined by a dash are one range."""
    between = text[tokens[0].end:tokens[-1].start]
    if "-" not in between and "–" not in between:
        return tokens
    out: list[NumberToken] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in (COUNT, DECIMAL, PERCENT) and tok.kind in (COUNT, DECIMAL, PERCENT)
                and _RANGE_DASH.match(text[prev.end:tok.start]) and prev.value <= tok.value
                and (prev.kind == tok.kind or tok.kind == PERCENT)):
            kind_text = text[prev.start:tok.end]
            out[-1] = _new_token(prev.start, tok.end, kind_text, RANGE, prev.value, max(prev.decimals, tok.decimals),
                                 prev.qualifier, prev.claim_start, per=tok.per, high=tok.value)
            continue
        out.append(tok)
    return out

"""Heading labels: "Phụ lục I", "Phần thứ nhất", "Chương I", "Điều 5.", "A.", "I.", "I -", "1.", "1.1.", "a)"...

A quick regex cuts the candidate label off the start of a paragraph; the Lark
grammar ``grammar/heading.lark`` parses it; this module turns the parse into a
:class:`Label` with a kind (the rung of the ladder) and an ordinal value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .text import fold

_PREFIX = regex.compile(
    r"""^(?:
        (?i:ph[aầ]n)\s+(?:(?i:th[uứ])\s+\p{L}+|[IVXLC]{1,5}|\d{1,2})(?:\s*[.:\-–])?
      | (?i:ch[uư][oơ]ng)\s+(?:[IVXLC]{1,6}|\d{1,3})(?!\p{L})(?:\s*[.:\-–])?
      | (?i:m[uụ]c)\s+(?:[IVXLC]{1,6}|\d{1,3})(?!\p{L})(?:\s*[.:\-–])?
      | (?i:ph[uụ]\s*l[uụ]c)\s+(?:(?i:s[oố])\s*)?(?:[IVXLC]{1,6}|\d{1,3})(?!\p{L})(?:\s*[.:\-–])?
      | (?i:đi[eề]u)\s+\d{1,3}(?:\s*[.:\-–])?
      | \d{1,2}(?:\.\d{1,2}){1,4}\.?
      | (?:\d{1,3}|[IVXLCDM]{1,6}|[A-ZĐ]|[a-zđ])(?:[.)](?=\p{L})|[ ]?[.)\-–/](?=\s|$|\*\*)|[ ][\-–](?=\p{Lu}))
    )(?=\s|\p{L}|$|\*\*)""",
    regex.X,
)

ORDINAL_WORDS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
                 "bay'": 7, "tam": 8, "chin": 9, "muoi": 10}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_CANONICAL = regex.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# The usual ladder of label kinds, outermost first (DOMAIN §2); a draft may skip rungs.
LADDER = ("annex", "part", "chapter", "muc", "article", "upper", "roman", "arabic", "dotted2", "dotted3", "dotted4",
          "dotted5", "lower")
VIETNAMESE_UPPER = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ"
VIETNAMESE_LOWER = VIETNAMESE_UPPER.lower()


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # annex | part | chapter | muc | article | upper | roman | arabic | dotted2.. | lower
    numbers: tuple[int, ...]  # the ordinal value(s): (2,) for "II.", (1, 2) for "1.2."
    text: str  # the label as typed, e.g. "1.2." or "II -"
    punct: str  # the closing punctuation: ".", ")", "-", "" ...
    end: int  # offset in the paragraph where the title starts (after spaces)
    alt_kind: str | None = None  # "I." can be roman one or the letter I
    alt_number: int | None = None
    letter: str | None = None  # the letter for upper/lower kinds

    @property
    def number(self) -> int:
        return self.numbers[-1]

    @property
    def depth(self) -> int:
        return len(self.numbers)


def roman_value(s: str) -> int | None:
    if not s or not _ROMAN_CANONICAL.match(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total or None


def letter_value(ch: str) -> int:
    """Position of a letter in the Vietnamese-extended alphabet (A=1, Đ after D)."""
    alphabet = VIETNAMESE_UPPER if ch.isupper() else VIETNAMESE_LOWER
    return alphabet.index(ch) + 1


@lru_cache(maxsize=1)
def _parser():
    from .grammar import grammar_text, lalr_parser

    return lalr_parser(grammar_text("heading"), lexer="contextual")


def parse_label(text: str) -> Label | None:
    """The heading label at the start of ``text``, or None."""
    m = _PREFIX.match(text)
    if not m:
        return None
    end = m.end()
    # spaces, and the "**" a web conversion leaves between a number and its title ("IV.** **TỔ CHỨC")
    while end < len(text) and (text[end] in " \t\u00a0" or text.startswith("**", end)):
        end += 2 if text.startswith("**", end) else 1
    label = _parse_prefix(m.group().strip())
    if label is None:
        return None
    return Label(label.kind, label.numbers, label.text, label.punct, end, label.alt_kind, label.alt_number,
                 label.letter)


_MARKERS = "*_"
_MARKED_PREFIX_CHARS = 40  # far enough for "**Điều** **27.**", "**Phụ lục số 12:**"


def parse_marked_label(text: str) -> Label | None:
    """The label at the start of ``text`` read through Markdown emphasis markers: "**Điều 5.
    Tên điều**", "**6. Tên mục**", and the labels a web conversion breaks up with them ("**Điều**
    **27.**", "**Điều 2****5****.**" for "Điều 25."); ``end`` is counted in ``text``, past the
    markers and spaces that follow the label.  A text without a leading marker is left to
    :func:`parse_label`."""
    if not text.startswith(tuple(_MARKERS)):
        return None
    head = text[:_MARKED_PREFIX_CHARS]
    kept = [i for i, ch in enumerate(head) if ch not in _MARKERS]
    plain = "".join(head[i] for i in kept)
    label = parse_label(plain)
    if label is None or label.end == 0:
        return None
    # the label ends right after its last character (label.end counts the spaces after it too)
    last = len(plain[:label.end].rstrip())
    end = kept[last - 1] + 1
    while end < len(text) and (text[end] in _MARKERS or text[end] in " \t\u00a0"):
        end += 1
    return Label(label.kind, label.numbers, label.text, label.punct, end, label.alt_kind, label.alt_number,
                 label.letter)


@lru_cache(maxsize=2048)
def _parse_prefix(prefix: str) -> Label | None:
    from lark.exceptions import LarkError

    try:
        tree = _parser().parse(prefix)
    except LarkError:
        return None
    node = tree.children[0]
    kind = str(node.data)
    tokens = [t for t in node.scan_values(lambda v: True)]
    types = [t.type for t in tokens]
    punct = tokens[-1].value if types[-1] in ("DOT", "PUNCT", "COLON") else ""
    if kind == "part":
        if "ORDINAL_WORD" in types:
            word = fold(tokens[types.index("ORDINAL_WORD")].value)
            value = ORDINAL_WORDS.get(word)
        else:
            value = _numeral(tokens[1].value)
        return Label("part", (value,), prefix, punct, 0) if value else None
    if kind in ("chapter", "muc", "article", "annex"):
        value = _numeral(tokens[-2].value if types[-1] in ("DOT", "PUNCT", "COLON") else tokens[-1].value)
        return Label(kind, (value,), prefix, punct, 0) if value else None
    if kind == "dotted":
        numbers = tuple(int(t.value) for t in tokens if t.type == "INT")
        return Label(f"dotted{len(numbers)}", numbers, prefix, "." if types[-1] == "DOT" else "", 0)
    # single
    tok = tokens[0]
    if tok.type == "INT":
        return Label("arabic", (int(tok.value),), prefix, punct, 0)
    if tok.type == "LOWER":
        return Label("lower", (letter_value(tok.value),), prefix, punct, 0, letter=tok.value)
    value = roman_value(tok.value)
    if len(tok.value) == 1:
        letter = letter_value(tok.value)
        if value is not None:
            return Label("roman", (value,), prefix, punct, 0, alt_kind="upper", alt_number=letter, letter=tok.value)
        return Label("upper", (letter,), prefix, punct, 0, letter=tok.value)
    if value is None:
        return None
    return Label("roman", (value,), prefix, punct, 0)


def _numeral(s: str) -> int | None:
    return int(s) if s.isdigit() else roman_value(s)


def as_kind(label: Label, kind: str) -> Label:
    """``label`` read as its alternative kind (the letter I instead of roman one)."""
    if kind == label.kind or label.alt_kind != kind:
        return label
    return Label(kind, (label.alt_number,), label.text, label.punct, label.end, label.kind, label.number,
                 label.letter)


def format_number(kind: str, n: int) -> str:
    """How the n-th label of ``kind`` is written (for messages: "III", "c")."""
    if kind == "roman":
        out, rest = "", n
        for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                     (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while rest >= v:
                out, rest = out + s, rest - v
        return out
    if kind == "upper" and 1 <= n <= len(VIETNAMESE_UPPER):
        return VIETNAMESE_UPPER[n - 1]
    if kind == "lower" and 1 <= n <= len(VIETNAMESE_LOWER):
        return VIETNAMESE_LOWER[n - 1]
    return str(n)

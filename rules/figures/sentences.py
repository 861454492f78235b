"""Sentences with their numbers: the frame every prose figures rule works in.

A claim never reaches across sentences (except a breakdown whose sentence
opens with "Trong đó,"), and never across blocks.  A :class:`Sentence` knows
its numbers, its top-level parentheses and its separators outside them, so
that the claim finders can ask "what is the last count before this bracket,
in the same clause?" without re-scanning text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from kiemtra_lint.rules.figures.numbers import COUNT, DECIMAL, PERCENT, NumberToken, find_numbers
from kiemtra_lint.text import sentences

from .lexicon import lexicon, may_hold

_WORD = regex.compile(r"[\p{L}\p{N}]+")
# brackets, and separators that are not inside a number ("92,5", "8:30"): a , or : between two
# digits (\d of the regex module); the ASCII digits are told apart here, any other in ``scan``
_PUNCT = re.compile(r"[();,:](?:(?<=[();])|(?![0-9])|(?<![0-9].))")
_SEPARATOR = re.compile(r"[;,:](?:(?<=;)|(?![0-9])|(?<![0-9].))")
_DIGIT = regex.compile(r"\d")
_ASCII_DIGITS = frozenset("0123456789")
SEPARATORS = ",;:"


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str  # "count" | "measure" | "time" | "percent"
    word: str = ""  # the measure unit ("tỷ đồng", "ha"); of a count, "people", "things" or "" (either)

    def fits(self, other: "Unit") -> bool:
        """Two amounts can be added or divided: counts with counts, tỷ đồng with tỷ đồng; never
        people with things ("người" with "trường hợp"), while a count of a noun in neither list fits both."""
        if self.kind == other.kind == "count":
            return self.word == other.word or not self.word or not other.word
        return self.kind == other.kind and self.word == other.word


def unit_of(text: str, token: NumberToken) -> Unit:
    """What ``token`` counts or measures, from the words right after it."""
    if token.kind == PERCENT:
        return Unit("percent")
    after = text[token.end:token.end + 40]
    lex = lexicon()
    if lex.people_units.match(after):
        return Unit("count", "people")
    if lex.thing_units.match(after):
        return Unit("count", "things")
    m = lex.measure_units.match(after)
    if m:
        return Unit("measure", m.group().strip().lower())
    if lex.time_units.match(after):
        return Unit("time")
    return Unit("count")


def noun_after(text: str, token: NumberToken) -> str:
    """The word right after a number, in lower case: what a count counts ("17 xã" -> "xã")."""
    m = _WORD.match(text, token.end + 1) if text[token.end:token.end + 1] in " \u00a0" else None
    return m.group().lower() if m and not m.group().isdigit() else ""


_TWO_WORDS = regex.compile(r"[ \u00a0]([\p{L}]+)(?:[ \u00a0]([\p{L}]+))?")


def noun_phrase(text: str, token: NumberToken) -> str:
    """What a count counts, for a message: one or two words after it ("xã", "sinh viên")."""
    m = _TWO_WORDS.match(text, token.end)
    if m is None:
        return ""
    first, second = m.group(1), m.group(2)
    return first if not second or second.lower() in lexicon().not_nouns else f"{first} {second}"


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(slots=True)
class Sentence:
    block: int
    text: str  # the whole block text; offsets are block offsets
    start: int
    end: int
    _tokens: list[NumberToken] | None = None  # read when first asked for
    previous: "Sentence | None" = None  # the sentence before, in the same block
    heading: "Sentence | None" = None  # of a block's first sentence: the last sentence of the heading above
    _parens: list[tuple[int, int]] | None = None
    _separators: list[int] | None = None
    _opens: list[int] | None = None
    _units: dict[int, Unit] | None = None
    _quantities: list[NumberToken] | None = None
    _lowered: str | None = None
    _cues: list[regex.Match] | None = None

    @property
    def lowered(self) -> str:
        """The sentence's text in lower case (for plain substring tests)."""
        if self._lowered is None:
            self._lowered = self.text[self.start:self.end].lower()
        return self._lowered

    @property
    def breakdown_cues(self) -> list[regex.Match]:
        """The breakdown cues of the sentence ("trong đó", "gồm": ``lexicon().breakdown``), in
        brackets or not; searched for only where their hints are."""
        if self._cues is None:
            lex = lexicon()
            self._cues = list(lex.breakdown.finditer(self.text, self.start, self.end)) \
                if may_hold(lex.breakdown_hints, self.lowered) else []
        return self._cues

    @property
    def tokens(self) -> list[NumberToken]:
        """The numbers of the sentence (:func:`find_numbers` over its span of the block)."""
        if self._tokens is None:
            self._tokens = find_numbers(self.text, self.start, self.end)
        return self._tokens

    @property
    def parens(self) -> list[tuple[int, int]]:
        """Top-level bracket pairs ( ... ) as (open, close) offsets."""
        if self._parens is None:
            if self.text.find("(", self.start, self.end) < 0:
                self._parens = []  # most sentences: their separators are read when asked for
            else:
                self._parens, self._separators = scan(self.text, self.start, self.end)
            self._opens = [o for o, _ in self._parens]
        return self._parens

    @property
    def separators(self) -> list[int]:
        """Offsets of , ; : outside brackets."""
        if self._separators is None:
            if self.parens:
                self._separators = scan(self.text, self.start, self.end)[1]
            else:  # no bracket: every separator is outside one
                self._separators = separators(self.text, self.start, self.end)
        return self._separators

    def unit(self, token: NumberToken) -> Unit:
        """:func:`unit_of` a token of this block, remembered."""
        if self._units is None:
            self._units = {}
        unit = self._units.get(token.end)
        if unit is None:
            unit = self._units[token.end] = unit_of(self.text, token)
        return unit

    @property
    def quantities(self) -> list[NumberToken]:
        if self._quantities is None:
            self._quantities = [t for t in self.tokens if t.is_quantity]
        return self._quantities

    def paren_of(self, pos: int) -> tuple[int, int] | None:
        """The top-level bracket pair around ``pos``, if any."""
        parens = self.parens
        if not parens:
            return None
        i = bisect.bisect_left(self._opens, pos) - 1
        if i >= 0 and pos < parens[i][1]:
            return parens[i]
        return None

    def separators_between(self, a: int, b: int) -> list[int]:
        lo = bisect.bisect_left(self.separators, a)
        hi = bisect.bisect_left(self.separators, b)
        return self.separators[lo:hi]

    def clause_start(self, pos: int) -> int:
        """Start of the segment (between separators outside brackets) that holds ``pos``."""
        i = bisect.bisect_left(self.separators, pos) - 1
        return self.separators[i] + 1 if i >= 0 else self.start

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.separators, pos)
        return self.separators[i] if i < len(self.separators) else self.end

    def outside_brackets(self, a: int, b: int) -> str:
        """``text[a:b]`` without what stands inside this sentence's brackets."""
        pieces, pos = [], a
        for o, c in self.parens:
            if o >= b or c < a:
                continue
            pieces.append(self.text[pos:max(pos, o)])
            pos = max(pos, c + 1)
        pieces.append(self.text[pos:b] if pos < b else "")
        return "".join(pieces)

    def counts_before(self, pos: int) -> list[NumberToken]:
        """Counts and amounts ending before ``pos`` and outside brackets, nearest first."""
        return [t for t in reversed(self.tokens)
                if t.end <= pos and t.kind in (COUNT, DECIMAL) and self.paren_of(t.start) is None]

    def quantities_between(self, a: int, b: int) -> list[NumberToken]:
        return [t for t in self.tokens if t.is_quantity and a <= t.start and t.end <= b]


def split_sentences(block: int, text: str, tokens: list[NumberToken] | None = None) -> list[Sentence]:
    """The sentences of one block; each reads its numbers when first asked, unless ``tokens`` (the
    block's) are given."""
    out: list[Sentence] = []
    starts = [t.start for t in tokens] if tokens is not None else None
    previous = None
    for s, e in sentences(text):
        mine = None
        if tokens is not None:
            mine = tokens[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
        sentence = Sentence(block, text, s, e, mine, previous=previous)
        out.append(sentence)
        previous = sentence
    return out


def is_digit(ch: str) -> bool:
    """``\\d`` of the regex module (any decimal digit), quickly for ASCII."""
    if ch.isascii():
        return ch in _ASCII_DIGITS
    return _DIGIT.match(ch) is not None


def _in_number(text: str, i: int, end: int) -> bool:
    """The , or : at ``i`` stands between two digits, one of them outside ASCII (``_PUNCT`` has
    already passed over those between two ASCII digits)."""
    return 0 < i < end - 1 and not text[i - 1:i + 2].isascii() and is_digit(text[i - 1]) and is_digit(text[i + 1])


def separators(text: str, start: int, end: int) -> list[int]:
    """Offsets of the , ; : in ``text[start:end]`` that are not inside a number: the separators
    that ``scan`` finds when there is no bracket."""
    out = []
    for m in _SEPARATOR.finditer(text, start, end):
        i = m.start()
        if text[i] == ";" or not _in_number(text, i, end):
            out.append(i)
    return out


def scan(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Top-level bracket pairs and the separators outside them in ``text[start:end]``."""
    parens: list[tuple[int, int]] = []
    separators: list[int] = []
    depth, open_at = 0, 0
    for m in _PUNCT.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch in ",:" and _in_number(text, i, end):
            continue
        if ch == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                parens.append((open_at, i))
        elif depth == 0 and ch in SEPARATORS:
            separators.append(i)
    if depth:
        parens.append((open_at, end))
    return parens, separators

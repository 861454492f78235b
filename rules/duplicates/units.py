"""The sentences the duplicate rules compare (KT402, KT403) and what each word weighs.

Only running prose is compared: paragraphs and footnotes.  Headings are left out (a heading
and its own line in a table of contents are not a copy-paste slip, and a section pasted twice
is found through its paragraphs), and so are table cells, whose short labels ("Tổng cộng",
"Đảng bộ xã") repeat by design, and centred paragraphs (the title, table captions), which
restate what the body says.  A block longer than ``MAX_PARAGRAPH_CHARS`` is not a paragraph
anyone wrote (it is a pasted dump or a damaged file): none of the duplicates and consistency
rules read it, except the scan for invisible characters, which keeps them fast on hostile input.

Speed: a 200-page draft has some 125,000 words, so nothing here runs Python code per word
when a C-level call over the whole document does the same.  The words of all blocks come from
one split of the document (``text.split_words``; blocks joined by line breaks, which no word
crosses); each word is numbered once per document by its ``token_key``, and
the document's words become one string with one character per word (the "codes"), so that
comparing, slicing and searching runs of words are string operations; what a word weighs
(figure, capital, citation glue) is looked up once per distinct word and kept as strings of
"0"/"1", and a sentence's content count is taken with integer bit operations.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import sub

import regex

from kiemtra_lint.document import FOOTNOTE, PARAGRAPH, Document, readable
from kiemtra_lint.text import TONE_ON_FIRST, retone, sentences, split_words, words

PROSE_KINDS = (PARAGRAPH, FOOTNOTE)
_HAS_LETTER = regex.compile(r"\p{L}")
_HAS_DIGIT = regex.compile(r"\p{N}")
class _Bounded(dict):
    """A per-word cache filled by ``compute`` on a miss and emptied when it grows too large,
    so that ``map(cache.__getitem__, words)`` does the look-ups in C."""

    def __init__(self, compute, limit: int = 65536) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, word: str):
        if len(self) >= self._limit:
            self.clear()
        value = self[word] = self._compute(word)
        return value


def _token_key(word: str) -> str:
    return retone(word.lower(), TONE_ON_FIRST)


_KEYS = _Bounded(_token_key)  # token_key of the words seen


def token_key(word: str) -> str:
    """What two words must share to count as the same word: case and tone-mark placement
    are ignored ("Hoà" = "hòa"), everything else counts ("thôn" != "thông")."""
    return _KEYS[word]


def keys_of(tokens: list[tuple[int, int, str]]) -> list[str]:
    """``token_key`` of each word of ``tokens``."""
    return list(map(_KEYS.__getitem__, [w for _, _, w in tokens]))


def is_number(word: str) -> bool:
    """A number, or a code made of digits and dashes ("2021", "2020-2025")."""
    if word.isdigit():
        return True
    return not word.isalpha() and not _HAS_LETTER.search(word)


def has_digit(word: str) -> bool:
    return not word.isalpha() and bool(_HAS_DIGIT.search(word))


# --- words numbered once per document --------------------------------------------------

_CITATION_GLUE = {"số": 1, "ngày": 1, "của": -1}  # glue word -> side of the figure it sticks to


def _weigh(word: str) -> str:
    """Four flags of a word, "0" or "1" each: holds a digit; starts with a capital; is citation
    glue before a figure ("số", "ngày"); is citation glue after one ("của")."""
    side = _CITATION_GLUE.get(_KEYS[word])
    return "".join(("1" if has_digit(word) else "0", "1" if word[0].isupper() else "0",
                    "1" if side == 1 else "0", "1" if side == -1 else "0"))


_WEIGHTS = _Bounded(_weigh)


_FIRST_CODE = 0
_LAST_CODE = 0x10FFFF


class TooManyWords(Exception):
    """More distinct words than characters to number them with."""


def _code_char(n: int) -> str:
    c = _FIRST_CODE + n
    if c >= 0xD800:  # no surrogates
        c += 0x800
    if c > _LAST_CODE:
        raise TooManyWords
    return chr(c)


class Numbering(dict):
    """word -> its code: one character per distinct ``token_key`` (or an int, see ``as_text``)."""

    def __init__(self, as_text: bool = True) -> None:
        super().__init__()
        self.as_text = as_text
        self.by_key: dict[str, object] = {}  # token_key -> code
        self.key_of: dict[object, str] = {}  # code -> token_key

    def __missing__(self, word: str):
        key = _KEYS[word]
        code = self.by_key.get(key)
        if code is None:
            n = len(self.by_key)
            code = _code_char(n) if self.as_text else n
            self.by_key[key] = code
            self.key_of[code] = key
        self[word] = code
        return code


class _Packed(dict):
    """word -> its code character followed by its four weights (see _weigh)."""

    def __init__(self, numbering: Numbering) -> None:
        super().__init__()
        self._numbering = numbering

    def __missing__(self, word: str) -> str:
        value = self[word] = self._numbering[word] + _WEIGHTS[word]
        return value


class _PerBlock:
    """``view[i]``: a list for block i, made on first use from the document-wide lists."""

    def __init__(self, make) -> None:
        self._make = make
        self._made: dict[int, list] = {}

    def __getitem__(self, i: int) -> list:
        out = self._made.get(i)
        if out is None:
            out = self._made[i] = self._make(i)
        return out


class DocWords:
    """The words of every readable block (none for the others), computed once per document.

    The words of the whole document are numbered 0, 1, ...: ``word_starts``, ``word_ends`` and
    ``word_texts`` give their offsets in the blocks' texts joined by line breaks and their
    text.  Block i holds words ``first[i]`` to ``first[i + 1]`` and starts at offset ``base[i]``
    of that joined text.  Block by block, ``starts[i]``, ``ends[i]`` and ``texts[i]`` list its
    words' offsets in its own text and their text (what ``words(block.text)`` gives as
    triples; ``tokens()`` gives those triples).  Computed on first use: ``codes``, a string with
    one character per word of the document, equal characters for words with equal
    ``token_key`` (first come, first numbered, so that the commonest words mostly get the
    characters below 256, which Python never allocates), and the words' weights (see _weigh)
    ``figure``, ``capital``, ``before`` and ``after``.  On a document with more distinct words
    than there are characters (never a real one) the codes are a tuple of ints instead, and
    every user of them has a path for that.
    """

    def __init__(self, doc: Document) -> None:
        texts = [b.text if readable(b) else "" for b in doc.blocks]
        self.base = [0, *accumulate(len(t) + 1 for t in texts)]
        self.word_starts, self.word_ends, self.word_texts = split_words("\n".join(texts))
        self.first = [bisect_left(self.word_starts, b) for b in self.base]
        self.starts = _PerBlock(lambda i: self._offsets(self.word_starts, i))
        self.ends = _PerBlock(lambda i: self._offsets(self.word_ends, i))
        self.texts = _PerBlock(lambda i: self.word_texts[self.first[i]:self.first[i + 1]])
        self._codes = None
        self.numbering: Numbering | None = None

    def _offsets(self, offsets: list[int], i: int) -> list[int]:
        lo, hi = self.first[i], self.first[i + 1]
        return list(map(sub, offsets[lo:hi], repeat(self.base[i], hi - lo)))

    def tokens(self) -> list[list[tuple[int, int, str]]]:
        """``words(block.text)`` of every block."""
        return [list(zip(self.starts[i], self.ends[i], self.texts[i])) for i in range(len(self.first) - 1)]

    @property
    def codes(self) -> str | tuple[int, ...]:
        if self._codes is None:
            try:
                self.numbering = Numbering(True)
                packed = "".join(map(_Packed(self.numbering).__getitem__, self.word_texts))
                self._codes = packed[0::5]
                self.figure, self.capital, self.before, self.after = (packed[1::5], packed[2::5], packed[3::5],
                                                                      packed[4::5])
            except TooManyWords:
                self.numbering = Numbering(False)
                self._codes = tuple(map(self.numbering.__getitem__, self.word_texts))
                flags = "".join(map(_WEIGHTS.__getitem__, self.word_texts))
                self.figure, self.capital, self.before, self.after = flags[0::4], flags[1::4], flags[2::4], flags[3::4]
        return self._codes


def doc_words(doc: Document, ctx) -> DocWords:
    return ctx.memo("duplicates.doc", lambda: DocWords(doc))


def block_words(doc: Document, ctx) -> list[list[tuple[int, int, str]]]:
    """``words(block.text)`` of every readable block ([] for the others), computed once per
    document for all the rules that need it."""
    return ctx.memo("duplicates.words", lambda: doc_words(doc, ctx).tokens())


# --- sentences --------------------------------------------------------------------------

@dataclass(slots=True)
class Unit:
    """One sentence of prose, in reading order."""

    index: int  # position among all units
    block: int
    start: int
    end: int
    # the word codes (see DocWords): equal exactly where the words' token_keys are equal
    codes: str | tuple[int, ...]
    figure: str  # "1" for a word that holds a digit: a figure, a date, a document number
    capital: str  # "1" for a word that starts with a capital letter (a name, or the sentence)
    content: int  # words that say something: see _content
    first: int = 0  # number of its first word (see DocWords)
    words: DocWords | None = field(default=None, repr=False, compare=False)
    # kept by the matching (match): its distinct codes, and those it holds more than once
    # with their counts
    distinct: frozenset | None = field(default=None, repr=False, compare=False)
    repeated: dict | None = field(default=None, repr=False, compare=False)

    def span(self, k: int) -> tuple[int, int]:
        """Offsets of word k in the block text."""
        w, base = self.words, self.words.base[self.block]
        return w.word_starts[self.first + k] - base, w.word_ends[self.first + k] - base


class Formulas:
    """Finds the shared formulas of a report in a sequence of word keys."""

    def __init__(self, formulas: tuple[str, ...]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for text in formulas:
            keys = tuple(token_key(w) for _, _, w in words(text))
            if keys:
                self._by_first.setdefault(keys[0], []).append(keys)
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)

    def mask(self, keys: tuple[str, ...]) -> list[bool]:
        """True for every word inside a formula."""
        out = [False] * len(keys)
        for i, key in enumerate(keys):
            for formula in self._by_first.get(key, ()):
                if keys[i:i + len(formula)] == formula:
                    out[i:i + len(formula)] = [True] * len(formula)
                    break
        return out

    def finder(self, numbering: Numbering):
        """A function (codes, lo, hi) -> bit mask of the words lo..hi inside a formula (word k
        at bit hi - 1 - k, see _content), for the codes of ``numbering``."""
        by_key = numbering.by_key
        coded = {tuple(by_key[k] for k in f) for options in self._by_first.values() for f in options
                 if all(k in by_key for k in f)}  # a formula with a word the document lacks never matches
        if not coded:
            return lambda codes, lo, hi: 0
        if numbering.as_text:
            # at every word where a formula starts, the longest formula that starts there
            # (alternatives are tried in order, longest first); a lookahead finds them all
            alternatives = sorted(("".join(f) for f in coded), key=len, reverse=True)
            finditer = re.compile("(?=(" + "|".join(map(re.escape, alternatives)) + "))", re.S).finditer

            def find(codes, lo, hi):
                bits = 0
                for m in finditer(codes, lo, hi):
                    a, b = m.span(1)
                    bits |= ((1 << (b - a)) - 1) << (hi - b)
                return bits
            return find
        by_first: dict[object, list[tuple]] = {}
        for f in sorted(coded, key=len, reverse=True):
            by_first.setdefault(f[0], []).append(f)

        def find_slow(codes, lo, hi):
            bits = 0
            for i in range(lo, hi):
                for f in by_first.get(codes[i], ()):
                    if codes[i:i + len(f)] == f and i + len(f) <= hi:
                        bits |= ((1 << len(f)) - 1) << (hi - i - len(f))
                        break
            return bits
        return find_slow


def _is_toc(style: str | None) -> bool:
    return bool(style) and style.lower().replace(" ", "").startswith("toc")


def sentence_units(doc: Document, formulas: Formulas, words_of: DocWords,
                   skip: frozenset[int] = frozenset()) -> list[Unit]:
    """The sentences of the prose blocks, with the words of ``words_of``; none of the blocks
    in ``skip``."""
    units: list[Unit] = []
    codes = words_of.codes
    in_formula = formulas.finder(words_of.numbering)
    figure, capital, before, after = words_of.figure, words_of.capital, words_of.before, words_of.after
    starts, ends = words_of.word_starts, words_of.word_ends
    for block in doc.blocks:
        if (block.kind not in PROSE_KINDS or block.centered or _is_toc(block.style) or not readable(block)
                or block.index in skip):
            continue
        t, hi = words_of.first[block.index], words_of.first[block.index + 1]
        if t == hi:
            continue
        base = words_of.base[block.index]
        for start, end in sentences(block.text):
            first = bisect_left(starts, start + base, t, hi)  # the first word at or after the start
            t = bisect_right(ends, end + base, first, hi)  # and those that end by the end
            if t > first:
                fig, cap = figure[first:t], capital[first:t]
                content = _content(t - first, fig, cap, before[first:t], after[first:t], in_formula(codes, first, t))
                units.append(Unit(len(units), block.index, start, end, codes[first:t], fig, cap, content, first,
                                  words_of))
    return units


def clause_units(unit: Unit, text: str, in_formula) -> list[Unit]:
    """The clauses of a sentence, split at its semicolons, as units of their own (index -1),
    or [] for a sentence of one clause; ``text`` is the block's text, ``in_formula`` the
    ``Formulas.finder`` of the document's numbering.  A clause pasted twice
    inside one sentence ("... tăng 3,1%; ... tăng 3,1%") is a copy as a sentence pasted twice is."""
    w, base = unit.words, unit.words.base[unit.block]
    if ";" not in text[unit.start:unit.end]:
        return []
    ends, starts = w.word_ends, w.word_starts
    cuts = [0] + [k for k in range(1, len(unit.codes))
                  if ";" in text[ends[unit.first + k - 1] - base:starts[unit.first + k] - base]]
    if len(cuts) < 2:
        return []
    cuts.append(len(unit.codes))
    out = []
    for i, j in zip(cuts, cuts[1:], strict=False):
        lo, hi = unit.first + i, unit.first + j
        fig, cap = w.figure[lo:hi], w.capital[lo:hi]
        content = _content(j - i, fig, cap, w.before[lo:hi], w.after[lo:hi], in_formula(w.codes, lo, hi))
        out.append(Unit(-1, unit.block, starts[lo] - base, ends[hi - 1] - base, w.codes[lo:hi], fig, cap, content,
                        lo, w))
    return out


def _content(n: int, figure: str, capital: str, before: str, after: str, in_formula: int) -> int:
    """How many of the n words carry the sentence's own content.

    Not counted: figures; names (a capitalised word inside the sentence and the word right
    after it: "Ban Bí thư", "Nghị quyết", "Huyện ủy"); the glue of a citation ("số" before a
    document number, "ngày" before a date, "của" after one); words of a shared formula.  A
    sentence left with few content words is a citation or a formula, not a statement whose
    repetition matters.

    The flags are strings of "0"/"1" read as binary numbers: word k is bit n - 1 - k, so the
    previous word of each word is one bit up (``x >> 1`` moves it onto the word) and the next
    one bit down (``x << 1``).
    """
    figures = int(figure, 2)
    capitals = int(capital, 2) & ((1 << (n - 1)) - 1)  # the first word's capital names nothing
    names = capitals | (capitals >> 1)  # a capital, or right after one (not the first word's)
    glue = (int(before, 2) & (figures << 1)) | (int(after, 2) & (figures >> 1))
    left_out = (figures | names | glue | in_formula) & ((1 << n) - 1)
    return n - left_out.bit_count()

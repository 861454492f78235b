"""The sentences the duplicate rules compare (KT402, KT403) and what each word weighs.

Only running prose is compared: paragraphs and footnotes.  Headings are left out (a heading
and its own line in a table of contents are not a copy-paste slip, and a section pasted twice
is found through its paragraphs), and so are table cells, whose short labels ("Tổng cộng",
"Đảng bộ xã") repeat by design, and centred paragraphs (the title, table captions), which
restate what the body says.  A block longer than ``MAX_BLOCK_CHARS`` is not a paragraph
anyone wrote (it is a pasted dump or a damaged file): none of the duplicates and consistency
rules read it, except the scan for invisible characters, which keeps them fast on hostile input.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from kiemtra_lint.document import FOOTNOTE, PARAGRAPH, Document
from kiemtra_lint.text import TONE_ON_FIRST, retone, sentences, words

PROSE_KINDS = (PARAGRAPH, FOOTNOTE)
MAX_BLOCK_CHARS = 50_000  # about 20 pages in one paragraph
_HAS_LETTER = regex.compile(r"\p{L}")
_HAS_DIGIT = regex.compile(r"\p{N}")


_KEYS: dict[str, str] = {}  # token_key of the words seen, bounded like a cache
_MAX_KEYS = 65536


def token_key(word: str) -> str:
    """What two words must share to count as the same word: case and tone-mark placement
    are ignored ("Hoà" = "hòa"), everything else counts ("thôn" != "thông")."""
    key = _KEYS.get(word)
    if key is None:
        if len(_KEYS) >= _MAX_KEYS:
            _KEYS.clear()
        key = _KEYS[word] = retone(word.lower(), TONE_ON_FIRST)
    return key


def keys_of(tokens: list[tuple[int, int, str]]) -> list[str]:
    """``token_key`` of each word of ``tokens``."""
    get = _KEYS.get
    return [get(w) or token_key(w) for _, _, w in tokens]


def is_number(word: str) -> bool:
    """A number, or a code made of digits and dashes ("2021", "2020-2025")."""
    if word.isdigit():
        return True
    return not word.isalpha() and not _HAS_LETTER.search(word)


def has_digit(word: str) -> bool:
    return not word.isalpha() and bool(_HAS_DIGIT.search(word))


def readable(block) -> bool:
    """Whether a block is short enough to be a paragraph someone wrote (see MAX_BLOCK_CHARS)."""
    return len(block.text) <= MAX_BLOCK_CHARS


def block_words(doc: Document, ctx) -> list[list[tuple[int, int, str]]]:
    """``words(block.text)`` of every readable block ([] for the others), computed once per
    document for all the rules that need it."""
    return ctx.memo("duplicates.words", lambda: [words(b.text) if readable(b) else [] for b in doc.blocks])


def block_keys(doc: Document, ctx) -> list[list[str]]:
    """``keys_of`` the words of every block (see ``block_words``), computed once per document."""
    return ctx.memo("duplicates.keys", lambda: [keys_of(tokens) for tokens in block_words(doc, ctx)])


@dataclass(slots=True)
class Unit:
    """One sentence of prose, in reading order."""

    index: int  # position among all units
    block: int
    start: int
    end: int
    keys: tuple[str, ...]  # token_key of each word
    spans: tuple[tuple[int, int], ...]  # offsets of each word in the block text
    figure: tuple[bool, ...]  # the word holds a digit: a figure, a date, a document number
    capital: tuple[bool, ...]  # the word starts with a capital letter (a name, or the sentence)
    content: int  # words that say something: see _content


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


def _is_toc(style: str | None) -> bool:
    return bool(style) and style.lower().replace(" ", "").startswith("toc")


def sentence_units(doc: Document, formulas: Formulas, tokens_of: list[list[tuple[int, int, str]]],
                   block_keys: list[list[str]] | None = None) -> list[Unit]:
    """The sentences of the prose blocks; ``tokens_of[i]`` holds the words of block i, and
    ``block_keys[i]``, if given, their keys."""
    units: list[Unit] = []
    for block in doc.blocks:
        if block.kind not in PROSE_KINDS or block.centered or _is_toc(block.style) or not readable(block):
            continue
        text = block.text
        tokens = tokens_of[block.index]
        all_keys = block_keys[block.index] if block_keys is not None else None
        t = 0
        for start, end in sentences(text):
            while t < len(tokens) and tokens[t][0] < start:
                t += 1
            first = t
            while t < len(tokens) and tokens[t][1] <= end:
                t += 1
            if t > first:
                inside = tokens[first:t]
                keys = tuple(all_keys[first:t]) if all_keys is not None else tuple(keys_of(inside))
                units.append(_unit(len(units), block.index, start, end, inside, keys, formulas))
    return units


def _unit(index: int, block: int, start: int, end: int, tokens, keys: tuple[str, ...],
          formulas: Formulas) -> Unit:
    texts = [w for _, _, w in tokens]
    figure = tuple(map(has_digit, texts))
    capital = tuple(w[0].isupper() for w in texts)
    content = _content(keys, figure, capital, formulas.mask(keys))
    return Unit(index, block, start, end, keys, tuple((s, e) for s, e, _ in tokens), figure, capital, content)


_CITATION_GLUE = {"số": 1, "ngày": 1, "của": -1}  # glue word -> side of the figure it sticks to


def _content(keys, figure, capital, in_formula) -> int:
    """How many words carry the sentence's own content.

    Not counted: figures; names (a capitalised word inside the sentence and the word right
    after it: "Ban Bí thư", "Nghị quyết", "Huyện ủy"); the glue of a citation ("số" before a
    document number, "ngày" before a date, "của" after one); words of a shared formula.  A
    sentence left with few content words is a citation or a formula, not a statement whose
    repetition matters.
    """
    n = len(keys)
    count = 0
    for i in range(n):
        name = i > 0 and (capital[i] or (capital[i - 1] and i - 1 > 0))
        side = _CITATION_GLUE.get(keys[i])
        glue = side is not None and 0 <= i + side < n and figure[i + side]
        if not (figure[i] or name or glue or in_formula[i]):
            count += 1
    return count

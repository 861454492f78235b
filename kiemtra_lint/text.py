"""Shared text work: normalisation, sentences, syllables.

Rules never normalise or split text themselves: they call these, so that every
offset in every finding counts the same code points of the same NFC text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

NBSP = "\u00a0"
INVISIBLES = {"\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER", "\u200d": "ZERO WIDTH JOINER",
              "\u2060": "WORD JOINER", "\ufeff": "ZERO WIDTH NO-BREAK SPACE", "\u00ad": "SOFT HYPHEN"}


def nfc(text: str) -> str:
    """NFC form of ``text`` (fast path for ASCII and text already in NFC)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def is_nfc(text: str) -> bool:
    return text.isascii() or unicodedata.is_normalized("NFC", text)


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*")

# A sentence ends at . ! ? … (or ; at the end of a list item) followed by space and an
# upper-case letter, a digit, a quote or a dash, or at a line break.  A full stop inside
# a number (3.889), an abbreviation with dots (TP.HCM, Tp.), or a symbol is not an end.
_SENTENCE_END = regex.compile(
    r"(?<![\p{Lu}][\p{Lu}]?\.(?=[\p{Lu}]))"  # not inside TP.HCM-like abbreviations
    # not after a label or an initial: "1.", "1.2.", "IV.", "a." (a sentence ending in "2020." still ends)
    r"(?<!(?:^|[\s(])(?:\d{1,2}(?:\.\d{1,2})*|[IVXLCDM]{1,4}|\p{L}))"
    r"(?<!\b(?:Tp|TP|ThS|TS|PGS|GS|BS|KS|Th|St|NXB|tr|Tr))"  # abbreviations: "Tp. Hồ Chí Minh"
    r"(?:[.!?…]+[\"”’)]*)(?=\s+[\"“(\-–•+]?[\p{Lu}\p{N}])"
    r"|\n"
)


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens (Vietnamese syllables, numbers, hyphenated codes) with offsets."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def syllables(text: str) -> list[tuple[int, int, str]]:
    """Lower-cased syllables with their offsets (Vietnamese words are space-separated syllables)."""
    return [(s, e, t.lower()) for s, e, t in words(text)]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        _append_trimmed(text, start, end, spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Case- and tone-insensitive key (for loose matching of keywords)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def squash_spaces(text: str) -> str:
    return " ".join(text.split())

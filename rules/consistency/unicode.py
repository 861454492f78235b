"""Unicode slips (KT502): invisible characters, non-breaking spaces inside words, NFD text.

* Invisible characters (kiemtra_lint.text.INVISIBLES: zero-width space, joiners, BOM, soft
  hyphen) are never wanted in a Vietnamese draft: they split words for search, spell checking
  and every comparison the linter makes.
* A non-breaking space between two words, the second in lower case ("công\u00a0tác"), comes from
  pasting web pages and makes Word's search miss the phrase.  Before a number or a capitalised
  word ("Điều\u00a015", "T/M\u00a0HUYỆN ỦY", "Nguyễn\u00a0Văn") it is a deliberate way to keep words
  on one line and is left alone.
* A letter stored as a base letter plus combining marks (NFD, from some input methods and Mac
  copy-paste) looks the same but does not match the precomposed (NFC) letters of the rest of
  the draft.  The reader normalises the text and records where it did (block.denormalized).
"""

from __future__ import annotations

import regex

from kiemtra_lint.text import INVISIBLES, NBSP

_INVISIBLE = regex.compile("[" + "".join(INVISIBLES) + "]+")
_NBSP_IN_WORDS = regex.compile(rf"(?<=\p{{L}}){NBSP}(?=\p{{Ll}})")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def invisible_runs(text: str) -> list[tuple[int, int]]:
    """Spans of invisible characters (a run of them is one span)."""
    if not any(ch in text for ch in INVISIBLES):  # nearly every block: plain substring tests are cheaper
        return []
    return [m.span() for m in _INVISIBLE.finditer(text)]


def nbsp_in_words(text: str) -> list[int]:
    """Offsets of non-breaking spaces between a letter and a lower-case letter."""
    if NBSP not in text:
        return []
    return [m.start() for m in _NBSP_IN_WORDS.finditer(text)]


def decomposed_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What the user sees as "written in NFD": in each span of source that was not NFC, from the
    first to the last word with a diacritic (whole words), spans that only spaces and
    punctuation separate merged into one."""
    out: list[tuple[int, int]] = []
    for span_start, span_end in sorted(spans):
        marked = [m.span() for m in _WORD.finditer(text, _word_start(text, span_start), _word_end(text, span_end))
                  if not m.group().isascii()]  # NFD and NFC differ only on letters with marks
        if not marked:
            continue
        start, end = marked[0][0], marked[-1][1]
        if out and not _WORD.search(text, min(out[-1][1], start), start):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _word_start(text: str, i: int) -> int:
    while i > 0 and _WORD.match(text[i - 1]):
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and _WORD.match(text[i]):
        i += 1
    return i


def outside(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the given spans."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        pieces.append(text[at:start])
        at = max(at, end)
    pieces.append(text[at:])
    return "".join(pieces)


def has_precomposed_marks(text: str) -> bool:
    """Whether ``text`` has a letter with a diacritic (what NFC and NFD would store differently)."""
    return not text.isascii() and any(not ch.isascii() and ch.isalpha() for ch in text)

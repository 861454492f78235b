"""Accent- and case-insensitive matching that keeps offsets, for the KT1xx rules and the profiles.

``kiemtra_lint.text.fold`` gives a loose key but may change a string's length; the rules must
report offsets in the original text.  :func:`fold_aligned` folds one character at a time, so
``fold_aligned(text)[i]`` stands for ``text[i]`` and a match in the folded text is a span of
the original.  Phrases and patterns written in Vietnamese (in profiles and data files) are
folded the same way before they are compiled.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from kiemtra_lint.text import fold

_EDGE_BEFORE = r"(?<![\p{L}\p{N}])"
_EDGE_AFTER = r"(?![\p{L}\p{N}])"


class _FoldTable(dict):
    """str.translate table folding one character to one character, filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        self[code] = value = folded[0] if folded else chr(code)
        return value


_FOLD_TABLE = _FoldTable()


def fold_aligned(text: str) -> str:
    """``fold(text)`` with exactly one character for each character of ``text``."""
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=1024)
def phrase_regex(phrase: str) -> regex.Pattern:
    """A whole-word, accent- and case-insensitive regex for ``phrase`` over folded text.

    The words of the phrase may be separated by any run of spaces ("bài  học").
    """
    words = fold(phrase).split()
    if not words:
        raise ValueError("empty phrase")
    return regex.compile(_EDGE_BEFORE + r"\s+".join(regex.escape(w) for w in words) + _EDGE_AFTER)


def fold_pattern(pattern: str) -> str:
    """Fold the literal characters of a regular expression, leaving ``\\x`` escapes alone.

    Lets a data file write ``'\\bkiểm điểm\\b'`` and match it against folded text.
    """
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        folded = fold(ch)
        out.append(folded[0] if folded else ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=1024)
def folded_regex(pattern: str) -> regex.Pattern:
    """Compile a Vietnamese regular expression for matching against :func:`fold_aligned` text."""
    return regex.compile(fold_pattern(pattern))


def lines(text: str):
    """(start, end, line) for each line of ``text``, without surrounding spaces."""
    pos = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if line:
            yield pos + lead, pos + lead + len(line), line
        pos += len(raw) + 1


_GAP = regex.compile(r"\t+| {3,}")


def cells(text: str):
    """(start, end, piece) for the pieces of a line separated by tabs or three spaces or more."""
    pos = 0
    for m in (*_GAP.finditer(text), None):
        stop = m.start() if m is not None else len(text)
        piece = text[pos:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield pos + lead, pos + lead + len(piece.strip()), piece.strip()
        if m is not None:
            pos = m.end()

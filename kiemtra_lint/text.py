"""Shared text work: normalisation, sentences, syllables.

Rules never normalise or split text themselves: they call these, so that every
offset in every finding counts the same code points of the same NFC text.
"""

from __future__ import annotations

import regex

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate


NBSP = "\u00a0"
INVISIBLES = {"\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER", "\u200d": "ZERO WIDTH JOINER",
              "\u2060": "WORD JOINER", "\ufeff": "ZERO WIDTH NO-BREAK SPACE", "\u00ad": "SOFT HYPHEN"}


UNREADABLE = "\ufffd"  # what a character that could not be read is shown as
# Code points that are no text: C0/C1 controls but tab, line and page breaks (ESC would reach the
# terminal as an escape sequence), surrogates (not encodable: the JSON writer and annotate
# would fail on them) and the non-characters (U+FDD0..U+FDEF, the last two of every plane).
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                       + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)) + "]")


def is_text_character(code: int) -> bool:
    """Whether the code point ``code`` may stand in a draft's text (none outside 0..0x10FFFF)."""
    return 0 <= code < 0x110000 and _NOT_TEXT.match(chr(code)) is None


def replace_unreadable(text: str) -> str:
    """``text`` with every code point that is no text replaced by U+FFFD, one for one (offsets
    keep), so that no control, surrogate or non-character ever reaches a rule or a report."""
    return _NOT_TEXT.sub(UNREADABLE, text)


def nfc(text: str) -> str:
    """NFC form of ``text`` (fast path for ASCII and text already in NFC)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def is_nfc(text: str) -> bool:
    return text.isascii() or unicodedata.is_normalized("NFC", text)


WORD_CHAR = r"[\p{L}\p{M}\p{N}]"  # what words are made of; - ' ’ join two runs of them
_WORD = regex.compile(rf"{WORD_CHAR}+(?:[-'’]{WORD_CHAR}+)*")
_WORD_CHAR = regex.compile(WORD_CHAR)
# _WORD in a group, so that a split alternates between what separates words and the words
_WORD_SPLIT = regex.compile(f"({_WORD.pattern})", _WORD.flags)
# Where the re module, faster, may split instead: _WORD's class as an explicit set of the
# characters of these ranges (Latin, Vietnamese, combining marks, punctuation, common symbols)
# that _WORD itself accepts, with possessive repeats (no match ever gives anything back, since
# the class holds no joiner and nothing follows).  A text with a character outside the ranges
# is split by the regex module.
_PLAIN_WORD = "{c}++(?:[-'’]{c}++)*+"
_PLAIN_RANGES = ((0x0000, 0x0250), (0x0300, 0x0370), (0x1E00, 0x1F00), (0x2000, 0x2200), (0x2460, 0x2500),
                 (0x25A0, 0x2800), (0xF000, 0xF100), (0xFEFF, 0xFF00))
_plain: tuple | None = None  # (finder of a character outside the ranges, re split) once built

# A sentence ends at . ! ? … (or ; at the end of a list item) followed by space and an
# upper-case letter, a digit, a quote or a dash, or at a line break.  A full stop inside
# a number (3.889), an abbreviation with dots (TP.HCM, Tp.), or a symbol is not an end.
_SENTENCE_END = regex.compile(
    r"(?<![\p{Lu}][\p{Lu}]?\.(?=[\p{Lu}]))"  # not inside TP.HCM-like abbreviations
    # not after a label or an initial: "1.", "1.2.", "IV.", "a." (a sentence ending in "2020." still ends);
    # a label has at most 7 levels: unbounded, the look-behind ran back over all of "1.1.1.1...."
    # from every full stop (8,000 of them: 27 s)
    r"(?<!(?:^|[\s(])(?:\d{1,2}(?:\.\d{1,2}){0,6}|[IVXLCDM]{1,4}|\p{L}))"
    r"(?<!\b(?:Tp|TP|ThS|TS|PGS|GS|BS|KS|Th|St|NXB|tr|Tr))"  # abbreviations: "Tp. Hồ Chí Minh"
    r"(?:[.!?…]+[\"”’)]*)(?=\s+[\"“(\-–•+]?[\p{Lu}\p{N}])"
    r"|\n"
)


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens (Vietnamese syllables, numbers, hyphenated codes) with offsets."""
    return list(zip(*split_words(text)))


def split_words(text: str) -> tuple[list[int], list[int], list[str]]:
    """The words of ``text`` as three lists (start offsets, end offsets, texts): ``words(text)``
    without any Python work per word, for the rules that read every word of a document."""
    parts = _split(text)
    offsets = list(accumulate(map(len, parts)))  # parts: gap, word, gap, word, ..., gap
    return offsets[0:-1:2], offsets[1::2], parts[1::2]


def word_at(text: str, at: int):
    """The match of the word of ``words(text)`` that starts at ``at``, if one does: not when
    the character before belongs to a word, nor when it is a - ' ’ that joins ``at`` to one."""
    if at and (_WORD_CHAR.match(text, at - 1)
               or (text[at - 1] in "-'’" and at >= 2 and _WORD_CHAR.match(text, at - 2))):
        return None
    return _WORD.match(text, at)


def _split(text: str) -> list[str]:
    """``_WORD_SPLIT.split(text)``, by the re module where it gives the same."""
    plain = _plain_split()
    if plain is not None and plain[0](text) is None:
        return plain[1](text)
    return _WORD_SPLIT.split(text)


def _plain_split() -> tuple | None:
    global _plain
    if _plain is None:
        _plain = ()
        safe = [c for lo, hi in _PLAIN_RANGES for c in range(lo, hi)]
        # the characters _WORD takes as a word by themselves (each between spaces)
        members = sorted(map(ord, _WORD.findall(" ".join(map(chr, safe)))))
        split = re.compile("(" + _PLAIN_WORD.format(c=f"[{_char_set(members)}]") + ")").split
        probe = "".join(map(chr, safe)) + " a-b a'b a’b -a a- a--b a-'b 1.2-3’4 "
        if split(probe) == _WORD_SPLIT.split(probe):  # a last check
            _plain = (re.compile(f"[^{_char_set(safe)}]").search, split)
    return _plain or None


def _char_set(chars: list[int]) -> str:
    """A regular-expression set of the code points ``chars`` (sorted), as ranges."""
    out = []
    for c in chars:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in out)


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


def shorten(text: str, limit: int = 70) -> str:
    """One line of at most ``limit`` characters, with "…" where it was cut (for quoting words
    in a message)."""
    text = squash_spaces(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# --- Vietnamese syllables: structure and tone-mark placement -----------------------------
#
# Two placements of the tone mark are both accepted (QĐ 1989/QĐ-BGDĐT, Điều 8) but should not
# be mixed in one draft: on the second vowel of an open "oa", "oe", "uy" (hoà, khoẻ, thuỷ) or on
# the first (hòa, khỏe, thủy).  Sources disagree on which one to call "old", so the styles are
# named by where the mark sits.  Every other syllable has one placement only, so these open
# rhymes alone tell the styles apart ("hoàn", "quý", "khuya" are written one way).

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (combining)
TONE_ON_FIRST = "first"  # hòa, khỏe, ủy, thủy
TONE_ON_SECOND = "second"  # hoà, khoẻ, uỷ, thuỷ

_INITIALS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
             "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
_STYLED_RHYMES = ("oa", "oe", "uy")
_SYLLABLE_SHAPE = regex.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def _split_tone(syllable: str) -> tuple[list[str], str | None, int] | None:
    """The letters of ``syllable`` without their tone mark, the mark and the letter carrying it.

    Letters keep their case and vowel shape (â, ơ, ư...).  None when the text is not one
    syllable of letters or carries two tone marks.
    """
    letters: list[str] = []
    tone, at = None, -1
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in TONE_MARKS:
            if tone is not None or not letters:
                return None
            tone, at = ch, len(letters) - 1
        elif unicodedata.combining(ch):
            if not letters:
                return None
            letters[-1] += ch
        elif ch.isalpha():
            letters.append(ch)
        else:
            return None
    return [unicodedata.normalize("NFC", letter) for letter in letters], tone, at


def _styled_rhyme_start(letters: list[str]) -> int | None:
    """Index of the rhyme when the syllable ends in an open oa / oe / uy (not after "qu")."""
    lower = "".join(letters).lower()
    if len(lower) != len(letters):  # a letter that lower-cases to two characters
        return None
    initial = next((i for i in _INITIALS if lower.startswith(i) and len(lower) > len(i)), "")
    if initial == "qu" or lower[len(initial):] not in _STYLED_RHYMES:
        return None
    return len(initial)


def tone_style(syllable: str) -> str | None:
    """``TONE_ON_FIRST`` for "hòa", "ủy"; ``TONE_ON_SECOND`` for "hoà", "uỷ"; None when the
    syllable is written the same in both styles (or is not a Vietnamese syllable)."""
    parts = _split_tone(syllable)
    if parts is None or parts[1] is None:
        return None
    letters, _, at = parts
    start = _styled_rhyme_start(letters)
    if start is None:
        return None
    return {start: TONE_ON_FIRST, start + 1: TONE_ON_SECOND}.get(at)


def retone(syllable: str, style: str) -> str:
    """``syllable`` with its tone mark placed in ``style`` ("hoà" -> "hòa" for TONE_ON_FIRST).

    Case is kept; a syllable that is written the same in both styles is returned unchanged.
    """
    parts = _split_tone(syllable)
    if parts is None or parts[1] is None:
        return syllable
    letters, tone, _ = parts
    start = _styled_rhyme_start(letters)
    if start is None:
        return syllable
    target = start if style == TONE_ON_FIRST else start + 1
    return "".join(unicodedata.normalize("NFC", letter + tone) if i == target else letter
                   for i, letter in enumerate(letters))


def looks_like_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of one Vietnamese syllable (initial, vowels, final).

    A loose test: it accepts every real syllable and rejects letter strings such as
    "UBND", "CCHC" or "HĐND", which is what telling abbreviations from capitalised words
    ("ĐẢNG", "KHÓA") needs.
    """
    return bool(_SYLLABLE_SHAPE.match(fold(word)))

"""Unicode slips (KT502): invisible characters, non-breaking spaces inside words, NFD text,
letters of another alphabet, one name typed with two different apostrophes.

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
* A name of the Central Highlands written with an apostrophe ("Ea H'leo", "M'nông") may be typed
  with the straight one (') in one place and Word's curly one (’) in another: they look alike,
  but a search for one misses the other.
"""

from __future__ import annotations

import unicodedata

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


# --- letters from another alphabet inside a Vietnamese word ------------------------------

VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyz"
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
# Cyrillic and Greek capitals that look like Latin ones: a word made only of them ("ТТНС") was
# typed on the wrong keyboard layout
_LOOK_ALIKE_CAPITALS = frozenset("АВЕКМНОРСТХУІЈЅАΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
# the Latin letter each look-alike stands for: the certain correction of a word typed on the wrong
# layout or converted from an old font ("Ðảng" with the Icelandic eth)
LATIN_FOR = dict(zip("АВЕКМНОРСТХУІЈЅаеорсхуіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιÐðƉɖ",
                     "ABEKMHOPCTXYIJSaeopcxyijsABEZHIKMNOPTYXoiĐđĐđ", strict=True))
# Latin letters outside Vietnamese that stand for a Vietnamese one
_LOOK_ALIKE_LATIN = frozenset("ÐðƉɖ")
_LETTERS = regex.compile(r"\p{L}+")
_CYRILLIC_GREEK = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_UNIT_SIGNS = frozenset("µμΩω")  # "5 μg", "10 kΩ": Greek by design
_VOWELS = frozenset("aeiouy")


def foreign_letters(text: str) -> list[tuple[int, int, str]]:
    """(start, end, letter) of every letter from another alphabet inside a Vietnamese word: a
    Cyrillic or Greek letter beside Latin ones ("Huyện ủу" with a Cyrillic у), a word of
    Cyrillic or Greek capitals that look Latin ("ТТНС"), the eth "Ð" for "Đ" ("Ðảng"), or a
    Latin letter outside the Vietnamese alphabet beside Vietnamese ones ("ǜ" for "ũ").  Words wholly in another
    alphabet or language ("μg", "Müller", "Ελλάδα") are left alone."""
    if text.isascii():
        return []
    out = []
    for m in _LETTERS.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        lower = word.lower()
        native = sum(ch in VIETNAMESE_LETTERS for ch in lower)
        odd = [i for i, ch in enumerate(lower) if ch not in VIETNAMESE_LETTERS]
        if not odd or any(word[i] in _UNIT_SIGNS for i in odd):
            continue
        look_alike = len(word) >= 2 and all(ch in _LOOK_ALIKE_CAPITALS for ch in word)
        # Vietnamese đ only starts a syllable: an eth inside a word is a name ("Guðrún")
        mixed_script = native and any(_CYRILLIC_GREEK.match(word, i) or (i == 0 and word[i] in _LOOK_ALIKE_LATIN)
                                      for i in odd)
        if look_alike or mixed_script or _wrong_vowel(word, odd):
            for i in (range(len(word)) if look_alike else odd):
                out.append((m.start() + i, m.start() + i + 1, word[i]))
    return out


def _wrong_vowel(word: str, odd: list[int]) -> bool:
    """One Latin vowel with marks Vietnamese does not use, in a lower-case word whose other
    letters are Vietnamese ("cǜng" for "cũng"); a capitalised word is a name ("Müller")."""
    if len(odd) != 1 or not word[:1].islower() or _CYRILLIC_GREEK.match(word, odd[0]):
        return False
    return unicodedata.normalize("NFD", word[odd[0]].lower())[0] in _VOWELS


# --- one name typed with two different apostrophes --------------------------------------------

APOSTROPHES = {"'": "U+0027", "\u2019": "U+2019", "\u02bc": "U+02BC", "\u2018": "U+2018", "`": "U+0060",
               "\u00b4": "U+00B4"}
# a name of the Central Highlands with an apostrophe after its first capital: "H'leo", "M’nông", "Cư M'gar"
_APOSTROPHE_NAME = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}['\u2019\u02bc\u2018`\u00b4][\p{L}\p{M}]+")


def apostrophe_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name with an apostrophe after its first capital ("H'leo")."""
    if not any(ch in text for ch in APOSTROPHES):
        return []
    return [(m.start(), m.end(), m.group()) for m in _APOSTROPHE_NAME.finditer(text)]

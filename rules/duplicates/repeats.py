"""Words and phrases typed twice in a row (KT401): "đã đã", "nâng cao nâng cao".

Also a phrase repeated around one stray word, the trace of an edit that kept both versions:
"thực hiện công tác tốt công tác".  The copies must be separated by white space only (a line
break or a run boundary counts as white space; a comma does not: "rõ người, rõ việc" is
deliberate).  Words are compared by ``token_key`` (case and tone-mark placement ignored).
Each copy must be a whole Vietnamese word or run of words (see segment): "quy định định mức"
is two words that share a syllable, "đẩy mạnh đẩy mạnh" a repeat.  A lower-case word followed
by the same word capitalised is a title and the name of a body ("Trưởng ban Ban Nội chính").

A phrase of s words repeated at position i needs ``keys[i:i + s] == keys[i + s:i + 2 * s]``
(or ``keys[i + s + 1:i + 2 * s + 1]`` around a word); those positions are found first, with
one regex search over the block's word codes (one character per word, see
units.DocWords), and only they are examined.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress, count
from operator import eq

from .segment import CONTEXT, is_modifier, whole_words
from .units import is_number, keys_of

MAX_PHRASE = 6  # longest phrase (in words) looked for: "kiến thức cơ bản về" is five
MAX_WORD = 4  # longest Vietnamese word: a longer phrase holding a name is not looked for back to back

# A word between two copies of a phrase that makes them a construction, not a slip:
# "giữa cán bộ với cán bộ", "từ thôn này đến thôn khác", "người dân và người dân".
JOINERS = frozenset("""
và với hoặc hay đến tới sang qua cho của là thì mà nhưng hơn bằng như ra vào lại cùng
trong ngoài trên dưới sau trước từ theo về để do vì rồi nọ kia này khác ấy nối tiếp ở
tại có phó thuộc được gồm nếu khi cần chỉ trưởng
""".split())  # "lưu trữ tại lưu trữ lịch sử", "GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "Cục trưởng Cục Thuế"


@dataclass(frozen=True, slots=True)
class Repeat:
    first: tuple[int, int]  # offsets of the first copy
    second: tuple[int, int]  # offsets of the first repeated copy (what the finding points at)
    gap: str | None  # the stray word between the copies, if any
    copies: int = 2  # how many times the phrase is written back to back ("đã đã đã": 3)


# where a phrase of up to MAX_PHRASE words is repeated right after itself or after one word
# (in the codes: one character per word); the first lookahead, a word equal to one of the
# next MAX_PHRASE + 1, is implied by the second and only there to fail fast
_REPEATED_HERE = re.compile("(?=(.).{0,%d}\\1)(?=(.{1,%d})\\2|(.{2,%d}).\\3)" % (MAX_PHRASE, MAX_PHRASE, MAX_PHRASE),
                            re.S)


def blocks_to_read(codes, first: list[int]) -> list[int]:
    """The blocks whose words may hold a repetition, in order: block i holds words first[i] to
    first[i + 1] of ``codes``.  One search over the document's codes finds the places where a
    phrase is repeated, within a block or across two; a block without one has none."""
    if not isinstance(codes, str):
        return [i for i in range(len(first) - 1) if first[i + 1] > first[i]]
    places = [m.start() for m in _REPEATED_HERE.finditer(codes)]
    return sorted({bisect_right(first, p) - 1 for p in places})


class _Text:
    """The words of a text (offsets and text) with their codes (equal where the keys are), and
    what separates them."""

    def __init__(self, text: str, starts: list[int], ends: list[int], words: list[str], codes=None,
                 key_of=None) -> None:
        self.text = text
        self.starts, self.ends, self.words = starts, ends, words
        self.codes = codes if codes is not None else keys_of(list(zip(starts, ends, words)))
        self._key_of = key_of

    def key(self, i: int) -> str:
        """The token_key of word i."""
        return self._key_of[self.codes[i]] if self._key_of is not None else self.codes[i]

    def spaced(self, i: int, j: int) -> bool:
        """Only white space between words i..j (inclusive)."""
        text, starts, ends = self.text, self.starts, self.ends
        return all(text[ends[k]:starts[k + 1]].isspace() for k in range(i, j))

    def same(self, i: int, j: int, size: int) -> bool:
        return j + size <= len(self.codes) and self.codes[i:i + size] == self.codes[j:j + size]

    def span(self, i: int, size: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i + size - 1]


def find_repeats(text: str, starts: list[int], ends: list[int], words: list[str], allowed: frozenset[str],
                 codes=None, key_of: dict | None = None, terms: frozenset[str] = frozenset(),
                 compounds: frozenset[str] = frozenset()) -> list[Repeat]:
    """Every repetition in ``text``, whose words are ``words`` at offsets ``starts``..``ends``
    (``split_words``); ``allowed`` holds doubled forms that are correct ("ngày ngày"), as token
    keys joined by one space.  ``codes``, if known, are the words' codes (equal exactly where
    their keys are: a string with a character per word, or a sequence) and ``key_of`` maps a
    code to its key; without them the keys are computed.  ``terms`` (token keys joined by one
    space) are words that make "X word X" deliberate when "word X..." begins one of them.  A
    block made of nothing but three copies or more ("TTHC TTHC TTHC") is a row of a table
    flattened.  ``compounds`` (token keys joined by one space) are words whose last syllable
    may also be the next word ("mã số | số 0825")."""
    if isinstance(codes, str):
        candidates = [m.start() for m in _REPEATED_HERE.finditer(codes)]
        if not candidates:
            return []
    t = _Text(text, starts, ends, words, codes, key_of)
    if not isinstance(codes, str):
        codes = t.codes
        found: set[int] = set()
        for distance in range(1, MAX_PHRASE + 2):
            found.update(compress(count(), map(eq, codes, codes[distance:])))
        candidates = sorted(found)
    out: list[Repeat] = []
    resume = 0
    for i in candidates:
        if i < resume:
            continue
        hit = _back_to_back(t, i, allowed, compounds) or _around_word(t, i, terms)
        if hit is not None and _whole_block(t, hit[0]):
            resume = hit[1]
            continue
        if hit is not None:
            out.append(hit[0])
            resume = hit[1]
    return out


def _back_to_back(t: _Text, i: int, allowed: frozenset[str],
                  compounds: frozenset[str] = frozenset()) -> tuple[Repeat, int] | None:
    """The shortest phrase at word i written twice or more in a row ("A B A B")."""
    for size in range(1, MAX_PHRASE + 1):
        if not t.same(i, i + size, size) or not t.spaced(i, i + 2 * size - 1):
            continue
        phrase = [t.key(k) for k in range(i, i + size)]
        if size > MAX_WORD and any(w[:1].isupper() for w in t.words[i:i + size]):
            return None  # a chain of bodies: "thuộc Ủy ban nhân dân thuộc Ủy ban nhân dân cấp xã"
        if (_numbers(t, i, size) or " ".join(phrase * 2) in allowed or _name_starts(t, i, i + size)
                or _placeholder(t, i, size) or (size == 1 and _ends_compound(t, i, compounds))):
            return None
        end = i + 2 * size
        while t.same(i, end, size) and t.spaced(end - 1, end + size - 1):
            end += size
        # each copy must start a word; a single word must end one too ("quy định | định mức"), but
        # a phrase typed twice is a slip even where the segmenter glues its last syllable to the
        # next word ("lập hóa đơn hóa | đơn điện tử")
        if not _whole_words(t, list(range(i, end + 1 if size == 1 else end, size)), i, end):
            return None
        repeat = Repeat(t.span(i, size), t.span(i + size, size), None, (end - i) // size)
        return repeat, end
    return None


def _whole_block(t: _Text, repeat: Repeat) -> bool:
    """Whether three copies or more are all the block holds (a table's header or row flattened;
    a heading typed twice, "Kết luận Kết luận", is still a slip)."""
    if repeat.gap is not None or repeat.copies < 3 or t.text[:repeat.first[0]].strip(" *_|"):
        return False
    step = repeat.second[0] - repeat.first[0]
    return repeat.first[0] + repeat.copies * step - 1 >= len(t.text.rstrip(" *_|"))


def _around_word(t: _Text, i: int, terms: frozenset[str] = frozenset()) -> tuple[Repeat, int] | None:
    """A phrase of two words or more at word i repeated after one stray word ("A B x A B")."""
    for size in range(2, MAX_PHRASE + 1):
        j = i + size + 1
        if not t.same(i, j, size) or not t.spaced(i, j + size - 1):
            continue
        stray = t.words[i + size]
        if (_numbers(t, i, size) or is_number(stray) or t.key(i + size) in JOINERS or stray[:1].isupper()
                or _name_starts(t, i, j)):  # a capitalised stray word is a name or a run-in heading
            return None
        if not _whole_words(t, [i, i + size, j, j + size], i, j + size) or _begins_term(t, i + size, terms):
            return None
        if not _modifies(t, i + size, i, j + size):
            return None  # "trên hóa đơn gửi hóa đơn": the second copy is the object of a verb
        return Repeat(t.span(i, size), t.span(j, size), stray), j + size
    return None


def _begins_term(t: _Text, k: int, terms: frozenset[str]) -> bool:
    """Whether the words from k on begin one of ``terms`` ("quyền | sử dụng đất")."""
    keys = [t.key(n) for n in range(k, min(len(t.codes), k + MAX_PHRASE + 1))]
    return any(" ".join(keys[:n]) in terms for n in range(2, len(keys) + 1))


def _name_starts(t: _Text, first: int, second: int) -> bool:
    """The first copy in lower case and the second capitalised: "Trưởng ban Ban Nội chính"."""
    return t.words[first][:1].islower() and t.words[second][:1].isupper()


def _whole_words(t: _Text, cuts: list[int], first: int, end: int) -> bool:
    """Whether a word starts at each of ``cuts`` (word indexes), reading up to CONTEXT words
    on either side of words ``first``..``end`` that only white space separates from them."""
    return whole_words(t.words, cuts, *_context(t, first, end))


def _context(t: _Text, first: int, end: int) -> tuple[int, int]:
    """The words read around words ``first``..``end``: up to CONTEXT on either side, as long
    as only white space separates them (a comma ends a clause, and the segmenter's view)."""
    lo, hi = first, end
    while lo > 0 and first - lo < CONTEXT and t.spaced(lo - 1, lo):
        lo -= 1
    while hi < len(t.words) and hi - end < CONTEXT and t.spaced(hi - 1, hi):
        hi += 1
    return lo, hi


def _modifies(t: _Text, k: int, first: int, end: int) -> bool:
    """Whether word k, between two copies spanning words ``first``..``end``, is an adjective or
    an adverb (see segment.is_modifier), reading the words around the copies (``_context``)."""
    return is_modifier(t.words, k, *_context(t, first, end))


def _ends_compound(t: _Text, i: int, compounds: frozenset[str]) -> bool:
    """Whether word i ends one of ``compounds`` begun by the words just before it ("mã | số")."""
    keys = [t.key(k) for k in range(max(0, i - MAX_PHRASE + 1), i + 1)]
    return any(" ".join(keys[-n:]) in compounds for n in range(2, len(keys) + 1))


def _placeholder(t: _Text, i: int, size: int) -> bool:
    """A phrase holding a lone capital letter, the placeholder of a name left out ("lĩnh vực X
    và X và ...": two fields anonymised alike), not a word typed twice."""
    return any(len(w) == 1 and w.isupper() for w in t.words[i:i + size])


def _numbers(t: _Text, i: int, size: int) -> bool:
    """Numbers only: "12 12" is more likely a table or a list flattened into text than a slip."""
    return all(is_number(w) for w in t.words[i:i + size])

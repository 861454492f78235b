"""Spellings of one thing, found in the text and weighed against each other (KT501, KT504).

``Variants`` finds every spelling of every group in one pass (one regular expression for all
the groups) and says which spelling each occurrence is.  The case-insensitive scan of that
expression is slow over a whole draft, so it is only tried where a spelling may start: where
the lower-cased block holds the first word of some spelling (and the first letter of its
second), found with a plain case-sensitive search (see ``UNEVEN_CASE`` for why that finds
every place):

* written exactly as a listed spelling, it is that spelling;
* capitalised at the start of a sentence ("Hằng năm, ..."), it is the lower-case spelling (also
  when the group lists that phrase capitalised too: "Nông thôn mới" opening a sentence is
  "nông thôn mới"; a single word listed as written, "Covid-19", stays itself); a phrase written
  there with only its first capital ("Ban thường vụ tỉnh ủy, ...") is not counted when the group
  lists it with more capitals too: it may be the common noun;
* in capitals ("KINH TẾ - XÃ HỘI" in a heading), it is the spelling it upper-cases, when only one
  spelling does and it has three letters or more ("M2" is not "m2");
* anything else is not counted: a capitalised word inside a sentence is a name ("Lý Thường
  Kiệt", "Mỹ"), and "ban thường vụ" in lower case is not one of "Ban Thường vụ" / "Ban thường vụ".

``majority`` then tells, PerfectIt-style, which spelling the draft mostly uses and lists every
occurrence of the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Sequence

import regex

from kiemtra_lint.rules.vocabulary import UNEVEN_CASE

_BOUNDARY_BEFORE, _BOUNDARY_AFTER = r"(?<![\p{L}\p{M}\p{N}])", r"(?![\p{L}\p{M}\p{N}])"
# Lower-cased, an ASCII letter or digit stands for a letter or digit (\p{L}, \p{N}): a spelling
# never starts right after one, nor does its first word end right before one.
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SENTENCE_OPENERS = "\"“‘'([-–—•+*"
_SENTENCE_ENDS = ".!?…:;|\n"  # "|": a cell of a table flattened into a paragraph starts a sentence


@dataclass(frozen=True, slots=True)
class Spot:
    """One occurrence: ``text[start:end]`` of block ``block`` is spelling ``form`` of ``group``."""

    block: int
    start: int
    end: int
    group: int
    form: str
    written: str


class Variants:
    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self.groups = [tuple(g) for g in groups]
        self._exact: dict[str, tuple[int, str]] = {}
        self._upper: dict[str, list[tuple[int, str]]] = {}
        for gi, group in enumerate(self.groups):
            for form in group:
                self._exact.setdefault(form, (gi, form))
                self._upper.setdefault(form.upper(), []).append((gi, form))
        # longest first; ties in a fixed order
        forms = sorted({f for g in self.groups for f in g}, key=lambda f: (-len(f), f))
        alternatives = "|".join(r"\s+".join(regex.escape(part) for part in f.split()) for f in forms)
        self._pattern = regex.compile(f"{_BOUNDARY_BEFORE}(?:{alternatives}){_BOUNDARY_AFTER}",
                                       regex.IGNORECASE) if forms else None
        self._anchors = _anchors(forms)

    def _matches(self, text: str, low: str | None | bool = False) -> Iterator[regex.Match]:
        """``self._pattern.finditer(text)``, trying the expression only where an anchor is.

        ``low`` is ``lowered(text)`` if the caller has it (False: not given)."""
        if low is False:
            low = lowered(text)
        if self._anchors is None or low is None:
            yield from self._pattern.finditer(text)
            return
        search, match = self._anchors.search, self._pattern.match
        a = search(low)
        while a is not None:
            at = a.start()
            m = None if at and low[at - 1] in _ASCII_WORD else match(text, at)
            if m is None:
                a = search(low, at + 1)
            else:
                yield m
                a = search(low, m.end())

    def find(self, block: int, text: str, low: str | None | bool = False) -> list[Spot]:
        """The spellings in ``text``; ``low``, if given, is ``lowered(text)``."""
        if self._pattern is None:
            return []
        out = []
        for m in self._matches(text, low):
            written = m.group()
            which = self._which(" ".join(written.split()), text, m.start())
            if which is not None:
                out.append(Spot(block, m.start(), m.end(), which[0], which[1], written))
        return out

    def _which(self, written: str, text: str, start: int) -> tuple[int, str] | None:
        at_sentence_start = written[:1].isupper() and _sentence_start(text, start)
        if at_sentence_start:
            # "Nông thôn mới ..." opening a sentence is "nông thôn mới"; "Covid-19" stays itself
            lowered = written[:1].lower() + written[1:]
            if lowered in self._exact and (written not in self._exact or _sentence_case_phrase(written)):
                return self._exact[lowered]
        if written in self._exact:
            if at_sentence_start and self._sentence_case_of_common_noun(written):
                return None
            return self._exact[written]
        if written.isupper() and sum(ch.isalpha() for ch in written) >= 3:
            candidates = self._upper.get(written, [])
            if len(candidates) == 1:
                return candidates[0]
        return None

    def _sentence_case_of_common_noun(self, written: str) -> bool:
        """At a sentence start, "Ban thường vụ" of the group "Ban Thường vụ, Ban thường vụ" may
        be the common noun "ban thường vụ" (not a spelling of the group) in sentence case: a
        phrase of several words, capitalised only on its first letter, that the group also
        lists with more capitals."""
        if not _sentence_case_phrase(written):
            return False
        gi = self._exact[written][0]
        return any(form != written and form.lower() == written.lower() for form in self.groups[gi])


def _sentence_case_phrase(written: str) -> bool:
    """A phrase of several words with a capital on its first letter only ("Ban thường vụ")."""
    return " " in written and not any(ch.isupper() for ch in written[1:])


def lowered(text: str) -> str | None:
    """``text.lower()``, offset for offset the same letters ignoring case; None when ``text``
    holds a letter of uneven case (see UNEVEN_CASE)."""
    if UNEVEN_CASE.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def _anchors(forms: Sequence[str]) -> re.Pattern | None:
    """What the lower-cased text holds where one of ``forms`` starts: its first word, then a
    space and the first letter of its second word, if any; None when a spelling starts with a
    letter of uneven case."""
    anchors = set()
    for form in forms:
        words = form.split()
        start = words[0] + (" " + words[1][0] if len(words) > 1 else "")
        if UNEVEN_CASE.search(start) or len(start.lower()) != len(start):
            return None
        anchor = re.escape(words[0].lower())
        # between the words the expression has \s+: never an ASCII letter or digit
        anchors.add(anchor + (r"[^a-z0-9]+" + re.escape(words[1][0].lower()) if len(words) > 1 else "(?![a-z0-9])"))
    if not anchors:
        return None
    return re.compile("|".join(sorted(anchors, key=len, reverse=True)))


def _sentence_start(text: str, start: int) -> bool:
    i = start
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _SENTENCE_OPENERS):
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_ENDS


@dataclass(frozen=True, slots=True)
class Majority:
    form: str  # the spelling most of the draft uses
    counts: Counter  # occurrences of each spelling
    minority: list  # every occurrence of the other spellings, in reading order


def majority(spots: Sequence, key, preference: Sequence[str] = ()) -> Majority | None:
    """The majority spelling among ``spots`` (by ``key(spot)``) and the occurrences of the others.

    None when only one spelling is used.  On a tie, the spelling earliest in ``preference`` wins,
    then the one met first in the draft.
    """
    counts = Counter(key(s) for s in spots)
    if len(counts) < 2:
        return None
    first_seen = {}
    for s in spots:
        first_seen.setdefault(key(s), len(first_seen))
    rank = {form: i for i, form in enumerate(preference)}
    best = max(counts, key=lambda f: (counts[f], -rank.get(f, len(rank)), -first_seen[f]))
    return Majority(best, counts, [s for s in spots if key(s) != best])


def match_case(model: str, word: str) -> str:
    """``word`` in the case of ``model``: "Kĩ" and "kỹ" give "Kỹ", "KĨ" and "kỹ" give "KỸ"."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word

"""The figure claims of a whole document, found once and shared by the KT2xx rules.

Only blocks and sentences that may hold a claim are read closely (a percentage, a
breakdown cue, a bracket listing numbers); their numbers are read per sentence, so a
draft full of dates and symbols costs little.  Bounds keep hostile input linear.
"""

from __future__ import annotations

import regex

from collections.abc import Callable, Iterator
from functools import partial

from kiemtra_lint.document import HEADING, Block, Document, readable
from kiemtra_lint.rules.figures.numbers import NumberToken, find_numbers

from .lexicon import lexicon, may_hold
from .claims import SentenceClaims, may_claim, sentence_claims, stated_totals
from .sentences import Sentence, split_sentences

_DIGIT = regex.compile(r"\d")
# A block, then a sentence, is only read closely when it may hold a claim: every claim has a
# percentage, a breakdown cue or a bracket listing numbers ("(19 đảng bộ cơ sở, 43 chi bộ cơ sở)").
# A fraction alone claims nothing.  Plain substring tests first: this runs on every sentence.
_CLAIM_CUES = ("trong đó", "trong số đó", "trong tổng", "gồm", "chia ra", "cụ thể", "cơ cấu", "tỷ trọng", "tỉ trọng")
_LISTING_BRACKET = regex.compile(r"\([^()]*\d[^()]*(?:,|;| và )[^()]*\d")


def _may_claim(text: str, lowered: Callable[[], str] | None = None) -> bool:
    """``lowered()``, if given, is ``text.lower()``."""
    if "%" in text:
        return True
    lowered = text.lower() if lowered is None else lowered()
    if any(cue in lowered for cue in _CLAIM_CUES):
        return True
    if "/" in text and "còn" in lowered:  # a fraction and its rest ("238/316 vụ, còn lại 78 vụ")
        return True
    if may_hold(lexicon().outcome_hints, lowered) or any(v in lowered for v in lexicon().verdicts):
        return True  # "Qua giải quyết, 24 vụ ..., 52 vụ ...", "5 vụ KN đúng, 111 vụ KN sai"
    return "(" in text and bool(_LISTING_BRACKET.search(text))


# Bounds that keep hostile input linear: a report's paragraph is a few thousand characters at most.
MAX_SENTENCE_CHARS = 4_000
MAX_SENTENCE_NUMBERS = 120


def block_numbers(ctx) -> Callable[[Block], list[NumberToken]]:
    """``find_numbers`` of a block, computed once per document for all the figures rules."""
    cache: dict[int, list[NumberToken]] = ctx.memo("figures.numbers", dict)

    def numbers_of(block: Block) -> list[NumberToken]:
        tokens = cache.get(block.index)
        if tokens is None:
            tokens = cache[block.index] = find_numbers(block.text)
        return tokens

    return numbers_of


def document_claims(doc: Document, ctx) -> list[SentenceClaims]:
    """The claims of every sentence of the document's running text (computed once per document)."""
    return ctx.memo("figures.claims", lambda: list(_find_claims(doc)))


def _find_claims(doc: Document) -> Iterator[SentenceClaims]:
    heading: Sentence | None = None  # the last sentence of the nearest heading above
    for block in doc.blocks:
        text = block.text
        if block.kind == HEADING:
            heading = (split_sentences(block.index, text) or [None])[-1] if len(text) <= MAX_SENTENCE_CHARS else None
            continue
        if not readable(block) or not _DIGIT.search(text) or not _may_claim(text):
            continue
        read: list[tuple[Sentence, SentenceClaims | None]] = []
        earlier_totals = partial(_totals_of, read)
        found = split_sentences(block.index, text)
        if found:
            found[0].heading = heading
        # the one sentence of a block holds all of its text but spaces: the block's test holds for it
        alone = len(found) == 1
        for sentence in found:
            claims = None
            # a sentence's numbers are only read when it may make a claim, and is prose
            if sentence.end - sentence.start <= MAX_SENTENCE_CHARS \
                    and (alone or _may_claim(text[sentence.start:sentence.end], lambda: sentence.lowered)) \
                    and may_claim(sentence) and len(sentence.quantities) >= 2 and len(sentence.tokens) <= MAX_SENTENCE_NUMBERS:
                claims = sentence_claims(sentence, earlier_totals)
                if claims.fraction_percents or claims.breakdowns or claims.shares or claims.share_lists \
                        or claims.fraction_lists or claims.remainders:
                    yield claims
            read.append((sentence, claims))


def _totals_of(read: list[tuple[Sentence, SentenceClaims | None]]) -> list[NumberToken]:
    """Totals stated in the block's earlier sentences: asked for only when a share needs a base."""
    return [t for s, c in read
            for t in (*(b.total for b in (c.breakdowns if c else ()) if b.total.is_exact), *stated_totals(s))]

"""The word lists of the figures rules (rules/data/figures-lexicon.toml), as regexes."""

from __future__ import annotations

from functools import lru_cache

import regex

from kiemtra_lint.files import load_toml
from kiemtra_lint.rules import rules_data
from kiemtra_lint.rules.vocabulary import UNEVEN_CASE

_LETTER_OR_DIGIT = r"[\p{L}\p{N}]"
# Letters the regex module matches, ignoring case, with a letter that lower-cases differently:
# i and I with İ and ı, s and S with ſ, and the ranges of UNEVEN_CASE.  Every other letter of a
# phrase is, in any text the phrase's pattern matches, a letter with the same lower case.
_UNEVEN_ASCII = frozenset("iIsS")


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex (source) matching any of ``phrases`` as whole words, ignoring case; longest first.

    Phrases of one length are in alphabetical order (their order changes no match, as two
    phrases of one length that both match where a match starts match the same text)."""
    alternatives = "|".join(regex.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    return rf"(?<!{_LETTER_OR_DIGIT})(?i:{alternatives})(?!{_LETTER_OR_DIGIT})"


def hints(phrases: list[str] | tuple[str, ...]) -> tuple[str, ...] | None:
    """Lower-case stretches of text one of which any text matched by ``phrase_pattern(phrases)``
    holds in lower case: the longest stretch of each phrase without a letter of uneven case
    ("trong số đó" gives "trong "; of two as long, the one with more letters outside ASCII, which
    are rarer: "ếm" of "chiếm").  A cheap test that the pattern cannot match (see ``may_hold``);
    None when a phrase has no such stretch."""
    out = []
    for phrase in phrases:
        best, run = "", ""
        for ch in phrase + "i":  # the "i" ends the last stretch
            if ch in _UNEVEN_ASCII or UNEVEN_CASE.match(ch):
                best = max(best, run, key=lambda x: (len(x), sum(not c.isascii() for c in x)))
                run = ""
            else:
                run += ch
        if not best:
            return None
        out.append(best.lower())
    # a stretch that holds another is found only where that one is
    return tuple(sorted({h for h in out if not any(o != h and o in h for o in out)}, key=len, reverse=True))


def may_hold(stretches: tuple[str, ...] | None, lowered: str) -> bool:
    """False when ``lowered`` (a text in lower case) holds none of ``stretches`` (from ``hints``):
    the phrases cannot be in the text."""
    return stretches is None or any(h in lowered for h in stretches)


class Lexicon:
    """The word lists, as patterns compiled when first used: compiling them all takes longer
    than most drafts spend matching some of them (the regex module compiles slowly).

    Patterns: ``measure_units``, ``time_units``, ``people_units``, ``thing_units``, ``change_after``, ``stop``,
    ``whole_after_percent`` (anchored at the start of the text after a number or of a segment), ``target_after``;
    ``change_before``, ``change_amount_before``, ``share_before``, ``rest_before``, ``average_before``,
    ``total_before``,
    ``whole_after_part`` (anchored at the end of the text before a number); ``outcomes_opening``, ``whole_first``
    (matched at a sentence's start); ``verdict_last`` (at the end of a part's words); ``breakdown``, ``target_again``,
    ``open_ended``, ``remainder``, ``complement``, ``cross_cutting``,
    ``cumulative``, ``composition``, ``time_markers``, ``table_percent``, ``table_numerator``,
    ``table_denominator`` (anywhere) and ``schemes`` (one pattern per set of categories that
    divide a whole).  Word sets: ``complete_cues``, ``label_heads``, ``level_names``, ``category_acronyms``,
    ``label_list_followers``, ``not_nouns``, ``table_total``, ``table_not_additive``.
    ``*_hints``: see ``hints``.
    """

    def __init__(self, data: dict) -> None:
        units, cues, tables, numbers = data["units"], data["cues"], data["tables"], data["numbers"]

        def anywhere(words):
            return phrase_pattern(words)

        def at_start(words):  # right after a number / at the start of a segment
            return rf"^[ \u00a0]*{phrase_pattern(words)}"

        def at_end(words, gap=0):  # right before a number, with up to ``gap`` words between
            return rf"(?r){phrase_pattern(words)}(?:[ \u00a0]+[\p{{L}}]+){{0,{gap}}}[ \u00a0:]*$"

        self._sources: dict[str, str | tuple[str, ...]] = {
            "measure_units": at_start(units["measure"]),
            "time_units": at_start(units["time"]),
            "people_units": at_start(units["people"]),
            "thing_units": at_start(units["things"]),
            "breakdown": anywhere(cues["breakdown"] + cues["breakdown_complete"]),
            "open_ended": anywhere(cues["open_ended"]),
            "remainder": anywhere(cues["remainder"]),
            "complement": anywhere(cues["complement"]),
            "schemes": tuple(anywhere(scheme) for scheme in cues["schemes"]),
            "cross_cutting": anywhere(cues["cross_cutting"]),
            "cumulative": anywhere(cues["cumulative"]),
            "change_before": at_end(cues["change"], gap=3),
            "change_after": at_start(cues["change_after"]),
            "change_amount_before": at_end(cues["change_amount"]),
            "target_after": rf"^[ \u00a0]*(?:[\p{{L}}]+[ \u00a0]+)?{phrase_pattern(cues['target'])}",
            "whole_first": rf"[ \u00a0,;:]*{phrase_pattern(cues['whole_first'])}",
            "target_again": anywhere([f"so với {w}" for w in cues["target"]]),
            "share_before": at_end(cues["share"]),
            "rest_before": at_end(cues["rest"]),
            "average_before": at_end(cues["average"], gap=4),
            "outcomes_opening": rf"[ \u00a0]*{phrase_pattern(cues['outcomes'])}",
            "verdict_last": rf"{phrase_pattern(cues['verdicts'])}$",
            "total_before": at_end(cues["total"]),
            "whole_after_part": at_end(cues["whole_after_part"]),
            "whole_after_percent": rf"{at_start(cues['whole_after_percent'])}[ \u00a0]*$",
            "composition": anywhere(cues["composition"]),
            "stop": at_start(cues["stop"]),
            "time_markers": anywhere(cues["time_markers"]),
            "table_percent": anywhere(tables["percent"]),
            "table_numerator": anywhere(tables["numerator"]),
            "table_denominator": anywhere(tables["denominator"]),
        }
        self.breakdown_hints = hints(cues["breakdown"] + cues["breakdown_complete"])
        self.complete_cues = frozenset(cues["breakdown_complete"])
        self.share_hints = hints(cues["share"])
        self.share_cues_are_words = all(ch.isalpha() or ch == " " for cue in cues["share"] for ch in cue)
        self.composition_hints = hints(cues["composition"])
        self.outcome_hints = hints(cues["outcomes"])
        self.verdicts = tuple(cues["verdicts"])  # lower case: plain substring tests of a lowered text
        self.label_heads = frozenset(numbers["label_heads"])
        self.level_names = frozenset(numbers["level_names"])
        self.category_acronyms = frozenset(numbers["category_acronyms"])
        self.label_list_followers = frozenset(numbers["label_list_followers"])
        self.not_nouns = frozenset(numbers["not_nouns"])
        self.table_total = frozenset(tables["total"])
        self.table_not_additive = frozenset(tables["not_additive"])

    def __getattr__(self, name: str):  # a pattern not compiled yet
        try:
            source = self.__dict__["_sources"][name]
        except KeyError:
            raise AttributeError(name) from None
        value = tuple(map(regex.compile, source)) if isinstance(source, tuple) else regex.compile(source)
        setattr(self, name, value)
        return value


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(load_toml(rules_data("figures-lexicon.toml")))

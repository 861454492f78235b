"""The word lists of the figures rules (rules/data/figures-lexicon.toml), as regexes."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

_LETTER_OR_DIGIT = r"[\p{L}\p{N}]"


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex (source) matching any of ``phrases`` as whole words, ignoring case; longest first."""
    alternatives = "|".join(regex.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return rf"(?<!{_LETTER_OR_DIGIT})(?i:{alternatives})(?!{_LETTER_OR_DIGIT})"


@dataclass(frozen=True)
class Lexicon:
    measure_units: regex.Pattern  # anchored at the start of the text after a number
    time_units: regex.Pattern
    people_units: regex.Pattern
    breakdown: regex.Pattern  # a cue anywhere: trong đó, gồm, ...
    complete_cues: frozenset[str]
    open_ended: regex.Pattern
    remainder: regex.Pattern
    complement: regex.Pattern
    schemes: tuple[regex.Pattern, ...]  # one pattern per set of categories that divide a whole
    cross_cutting: regex.Pattern
    cumulative: regex.Pattern
    change_before: regex.Pattern  # anchored at the end of the text before a percentage
    change_after: regex.Pattern  # anchored at the start of the text after a percentage
    target_after: regex.Pattern
    share_before: regex.Pattern
    total_before: regex.Pattern
    composition: regex.Pattern
    stop: regex.Pattern  # anchored at the start of a segment
    time_markers: regex.Pattern
    table_total: frozenset[str]
    table_percent: regex.Pattern
    table_not_additive: frozenset[str]
    table_numerator: regex.Pattern
    table_denominator: regex.Pattern


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = tomllib.loads(resources.files("kiemtra_lint.rules").joinpath("data/figures-lexicon.toml")
                         .read_text(encoding="utf-8"))
    units, cues, tables = data["units"], data["cues"], data["tables"]

    def anywhere(words):
        return regex.compile(phrase_pattern(words))

    def at_start(words):  # right after a number / at the start of a segment
        return regex.compile(rf"^[ \u00a0]*{phrase_pattern(words)}")

    def at_end(words, gap=0):  # right before a number, with up to ``gap`` words between
        return regex.compile(rf"(?r){phrase_pattern(words)}(?:[ \u00a0]+[\p{{L}}]+){{0,{gap}}}[ \u00a0:]*$")

    return Lexicon(
        measure_units=at_start(units["measure"]),
        time_units=at_start(units["time"]),
        people_units=at_start(units["people"]),
        breakdown=anywhere(cues["breakdown"] + cues["breakdown_complete"]),
        complete_cues=frozenset(cues["breakdown_complete"]),
        open_ended=anywhere(cues["open_ended"]),
        remainder=anywhere(cues["remainder"]),
        complement=anywhere(cues["complement"]),
        schemes=tuple(anywhere(scheme) for scheme in cues["schemes"]),
        cross_cutting=anywhere(cues["cross_cutting"]),
        cumulative=anywhere(cues["cumulative"]),
        change_before=at_end(cues["change"], gap=3),
        change_after=at_start(cues["change_after"]),
        target_after=regex.compile(rf"^[ \u00a0]*(?:[\p{{L}}]+[ \u00a0]+)?{phrase_pattern(cues['target'])}"),
        share_before=at_end(cues["share"]),
        total_before=at_end(cues["total"]),
        composition=anywhere(cues["composition"]),
        stop=at_start(cues["stop"]),
        time_markers=anywhere(cues["time_markers"]),
        table_total=frozenset(tables["total"]),
        table_percent=anywhere(tables["percent"]),
        table_not_additive=frozenset(tables["not_additive"]),
        table_numerator=anywhere(tables["numerator"]),
        table_denominator=anywhere(tables["denominator"]),
    )

"""What the figures rules find in a sentence: the claims, before anyone judges them."""

from __future__ import annotations

import regex

from dataclasses import dataclass, field
from fractions import Fraction

from kiemtra_lint.rules.figures.numbers import COUNT, PERCENT, NumberToken, format_vi

from .sentences import Sentence


_BRACKETED = regex.compile(r"\([^()]*\)")
_LETTERS = regex.compile(r"[\p{L}]+")


@dataclass(slots=True)
class FractionPercent:
    sentence: Sentence
    fraction: NumberToken
    percent: NumberToken


@dataclass(slots=True)
class Part:
    token: NumberToken
    start: int  # the part's segment, for its share and its words
    end: int  # with the segments that continue it ("212 đơn kiến nghị, phản ánh")
    own_end: int = 0  # the end of its own segment

    def words(self, text: str) -> str:
        """What the part counts: the words after its number in its own segment ("đơn khiếu nại"),
        without a bracket of its own ("đồng chí (tỷ lệ 14,8%)" counts "đồng chí")."""
        own = _BRACKETED.sub(" ", text[self.token.end:self.own_end])
        return " ".join(_LETTERS.findall(own.lower()))


@dataclass(slots=True)
class Breakdown:
    sentence: Sentence
    total: NumberToken
    parts: list[Part]
    cue: str  # "trong đó", "gồm", ... or "(" for a bracket
    complete: bool  # said to list every part: gồm, a bracket, a last part "khác"
    open_ended: bool  # "trong đó có", "như", "số còn lại": only some parts are listed
    overlapping: bool  # the parts are attributes that may overlap (nữ, dân tộc, ... trở lên)
    scheme: bool = False  # the parts are categories of one set that divides a whole (xếp loại, kỷ luật)
    total_where_vi: str = ""  # where the total was stated, when not in the parts' sentence ("ở câu trước")
    total_where_en: str = ""

    @property
    def kind(self) -> str:
        return PERCENT if self.parts[0].token.kind == PERCENT else COUNT


@dataclass(frozen=True, slots=True)
class Base:
    """A number a share may be computed on."""

    value: Fraction
    written: str | None = None  # as the draft writes it ("4.102"); None for a computed base
    token: NumberToken | None = None  # None for a computed base (the sum of the listed parts)
    decimals: int = 0  # of a computed base, when shown
    where_vi: str = ""  # where the base was stated, when not in the share's sentence ("tổng số xã ở câu trước")
    where_en: str = ""

    @property
    def typed(self) -> str:
        """As the draft writes it, or as a message shows a computed one ("25.734")."""
        return self.written if self.written is not None else format_vi(self.value, self.decimals)

    @property
    def amount(self) -> NumberToken | Fraction:
        """What :func:`judge_ratio` takes: the token keeps its rounding."""
        return self.token if self.token is not None else self.value


@dataclass(slots=True)
class Share:
    sentence: Sentence
    part: NumberToken
    percent: NumberToken
    breakdown: Breakdown | None = None  # the breakdown the part belongs to
    anchors: list[Base] = field(default_factory=list)  # stated totals in reach, nearest first
    others: list[Base] = field(default_factory=list)  # other numbers in reach that may be the base
    target: bool = False  # "bằng 118,4% dự toán (264 tỷ đồng)"
    group: "ShareGroup | None" = None


@dataclass(slots=True)
class ShareGroup:
    """Parts listed together, each with its share: "12.172 hồ sơ (47,3%), 10.604 hồ sơ (41,2%) và ..."."""

    shares: list[Share]
    breakdown: Breakdown | None  # when the list is a breakdown of a stated total
    covers_whole: bool = False  # the parts make up the whole the shares are taken of

    @property
    def parts_sum(self) -> Fraction:
        return sum((s.part.value for s in self.shares), Fraction(0))


@dataclass(slots=True)
class ShareList:
    sentence: Sentence
    percents: list[NumberToken]
    complete: bool  # said, or shown by the counts, to cover the whole: then short of 100% is wrong too


@dataclass(slots=True)
class FractionList:
    """"412/760 trường, trong đó mầm non 95/210, tiểu học 180/300, ...": a fraction and its sub-fractions."""

    sentence: Sentence
    whole: NumberToken
    parts: list[NumberToken]
    complete: bool  # said to be complete ("gồm", "chia ra")
    open_ended: bool  # "trong đó có": only some parts


@dataclass(slots=True)
class Remainder:
    """"đã giải quyết 238/316 vụ, còn lại 78 vụ": what a fraction leaves, stated."""

    sentence: Sentence
    fraction: NumberToken
    rest: NumberToken


@dataclass(slots=True)
class SentenceClaims:
    fraction_percents: list[FractionPercent] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    share_groups: list[ShareGroup] = field(default_factory=list)
    share_lists: list[ShareList] = field(default_factory=list)
    fraction_lists: list[FractionList] = field(default_factory=list)
    remainders: list[Remainder] = field(default_factory=list)

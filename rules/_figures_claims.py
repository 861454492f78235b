"""The figure claims a sentence makes, found from its numbers and cue words.

* :class:`FractionPercent` "49/53 trường ..., đạt 92,5%" (KT201)
* :class:`Breakdown` "254 đơn, trong đó 45 ..., 212 ..., 07 ..." or "62 tổ chức (19 ..., 43 ...)" (KT203)
* :class:`Share` a part and its percentage, with the bases in reach (KT202)
* :class:`ShareList` percentages that divide a whole ("Cơ cấu kinh tế: ... 38,2%; ...") (KT204)

Finding a claim is kept apart from judging it (rules/figures.py): a claim is
only built when its words say what it is; anything doubtful is left out, so
that the rules never judge a number against something it was not meant to
match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

import regex

from kiemtra_lint.numbers import APPROX, COUNT, DECIMAL, FRACTION, PERCENT, NumberToken, format_vi

from ._figures_arith import Verdict, judge_ratio

from ._figures_lexicon import lexicon
from ._figures_sentences import Sentence, Unit, scan, unit_of, word_count

MAX_LEAD_WORDS = 4  # words allowed before the number of the first part ("trong đó: cấp huyện 285 ...")
MAX_LABEL_WORDS = 6  # ... and of the next ones in such a list ("đất trồng cây hằng năm khác 5.130 ha")
MAX_CONTINUATION_WORDS = 6  # "212 đơn kiến nghị, phản ánh, 07 ...": "phản ánh" continues a part
MAX_TOTAL_GAP_WORDS = 14  # "412 người được đánh giá, xếp loại; trong đó ..."
MAX_LINK_WORDS = 25  # between a fraction and its percentage

_HAS_OPEN_HEAD = regex.compile(r"^[ \u00a0,:]*(?i:có)(?![\p{L}])")
_VA = regex.compile(r"[ \u00a0](?i:và)[ \u00a0]")
_NAMED_RATE = regex.compile(r"(?i:t[ỷỉ][ \u00a0]l[ệe])[ \u00a0]+(?!(?:là|đạt|bằng|chiếm)?[ \u00a0:]*$)[\p{L}]")


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
        """What the part counts: the words after its number in its own segment ("đơn khiếu nại")."""
        return " ".join(regex.findall(r"[\p{L}]+", text[self.token.end:self.own_end].lower()))


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

    @property
    def kind(self) -> str:
        return PERCENT if self.parts[0].token.kind == PERCENT else COUNT


@dataclass(frozen=True, slots=True)
class Base:
    """A number a share may be computed on."""

    value: Fraction
    typed: str  # as the draft writes it ("4.102"), or as a message shows a computed one ("25.734")
    token: NumberToken | None = None  # None for a computed base (the sum of the listed parts)

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
class SentenceClaims:
    fraction_percents: list[FractionPercent] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    share_groups: list[ShareGroup] = field(default_factory=list)
    share_lists: list[ShareList] = field(default_factory=list)


def sentence_claims(s: Sentence, earlier_totals: Callable[[], list[NumberToken]]) -> SentenceClaims:
    """Every claim of ``s``; ``earlier_totals()`` gives the totals stated in the block's earlier sentences."""
    out = SentenceClaims()
    kinds = {t.kind for t in s.tokens}
    if FRACTION in kinds and PERCENT in kinds:
        out.fraction_percents = fraction_percents(s)
    if s.parens or lexicon().breakdown.search(s.text, s.start, s.end):
        out.breakdowns = breakdowns(s)
    if PERCENT in kinds:
        linked = {id(fp.percent) for fp in out.fraction_percents}
        out.shares = shares(s, linked, out.breakdowns, earlier_totals)
        out.share_groups = share_groups(s, out.shares)
        out.share_lists = share_lists(s, out.breakdowns, out.share_groups)
    return out


# -- percentages: what kind each one is ------------------------------------------------------

def is_change(s: Sentence, p: NumberToken) -> bool:
    """"tăng 12,6% so với ...", "3,8%/năm", "giảm từ 4,12%": a change or rate, not a share."""
    lex = lexicon()
    before = s.text[max(s.start, p.claim_start - 40):p.claim_start]
    after = s.text[p.end:p.end + 30]
    return p.per is not None or bool(lex.change_before.search(before) or lex.change_after.match(after))


def is_target(s: Sentence, p: NumberToken) -> bool:
    """"đạt 103,33% chỉ tiêu", "bằng 118,4% dự toán": measured against a target."""
    return bool(lexicon().target_after.match(s.text[p.end:p.end + 30]))


def _judgeable(s: Sentence, p: NumberToken) -> bool:
    return p.kind == PERCENT and p.qualifier != APPROX and not is_change(s, p)


# -- KT201: a fraction and its percentage ----------------------------------------------------

def fraction_percents(s: Sentence) -> list[FractionPercent]:
    out = []
    tokens = s.tokens
    for i, f in enumerate(tokens):
        if f.kind != FRACTION:
            continue
        p = _percent_after(s, tokens, i) or _percent_before(s, f)
        if p is not None:
            out.append(FractionPercent(s, f, p))
    return out


def _percent_after(s: Sentence, tokens: list[NumberToken], i: int) -> NumberToken | None:
    """"49/53 trường đạt chuẩn, đạt tỷ lệ 92,5%": the first percentage after, in the same clause."""
    f = tokens[i]
    for t in tokens[i + 1:]:
        if t.kind in (COUNT, DECIMAL, FRACTION) and s.paren_of(t.start) is None:
            return None  # another quantity comes first: the percentage may be its share
        if t.kind != PERCENT:
            continue
        gap = s.text[f.end:t.claim_start]
        if ";" in gap or word_count(gap) > MAX_LINK_WORDS or _NAMED_RATE.search(gap):
            return None
        if not _judgeable(s, t) or is_target(s, t):
            return None
        inner = s.paren_of(t.start)
        if inner is not None and inner != s.paren_of(f.start) and f.end > inner[0]:
            return None
        return t
    return None


def _percent_before(s: Sentence, f: NumberToken) -> NumberToken | None:
    """"đạt 92,5% (49/53 trường)": the fraction opens the bracket right after the percentage."""
    bracket = s.paren_of(f.start)
    if bracket is None or s.text[bracket[0] + 1:f.start].strip():
        return None
    before = [t for t in s.tokens if t.end <= bracket[0]]
    if not before or before[-1].kind != PERCENT or s.text[before[-1].end:bracket[0]].strip():
        return None
    p = before[-1]
    return p if _judgeable(s, p) and not is_target(s, p) else None


# -- KT203: breakdowns -----------------------------------------------------------------------

def breakdowns(s: Sentence) -> list[Breakdown]:
    out = []
    lex = lexicon()
    for m in lex.breakdown.finditer(s.text, s.start, s.end):
        if s.paren_of(m.start()) is None:
            b = _cue_breakdown(s, m.start(), m.end(), m.group().lower())
            if b is not None:
                out.append(b)
    for o, c in s.parens:
        b = _bracket_breakdown(s, o, c)
        if b is not None:
            out.append(b)
    return out


def _cue_breakdown(s: Sentence, cue_start: int, cue_end: int, cue: str) -> Breakdown | None:
    total = _total_before(s, cue_start, same_clause=cue in lexicon().complete_cues)
    if total is None:
        return None
    _, seps = scan(s.text, cue_end, s.end)
    result = _parse_parts(s, cue_end, s.end, seps, inside_bracket=False)
    if result is None:
        return None
    parts, end = result
    open_head = bool(_HAS_OPEN_HEAD.match(s.text[cue_end:cue_end + 8]))
    return _make(s, total, parts, cue, end, complete=cue in lexicon().complete_cues, open_head=open_head)


def _bracket_breakdown(s: Sentence, o: int, c: int) -> Breakdown | None:
    """"62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 43 chi bộ cơ sở)"."""
    before = s.counts_before(o)
    if not before:
        return None
    total = before[0]
    gap = s.text[total.end:o]
    if any(ch in gap for ch in ",;:") or word_count(gap) > 6 or not _plain_total(s, total):
        return None
    inner = s.text[o + 1:c]
    lex = lexicon()
    cue_match = lex.breakdown.match(inner.lstrip())
    if cue_match:  # "(trong đó 12 ..., 20 ...)": the words decide, as for any cue
        cue_end = o + 1 + (len(inner) - len(inner.lstrip())) + cue_match.end()
        cue = cue_match.group().lower()
    else:
        cue_end, cue = o + 1, "("
    _, seps = scan(s.text, cue_end, c)
    result = _parse_parts(s, cue_end, c, seps, inside_bracket=True)
    if result is None:
        return None
    parts, end = result
    if end < c:
        return None  # the bracket says more than a list of parts
    open_head = bool(_HAS_OPEN_HEAD.match(s.text[cue_end:cue_end + 8]))
    complete = cue == "(" or cue in lex.complete_cues
    return _make(s, total, parts, cue, end, complete=complete, open_head=open_head)


def _make(s: Sentence, total: NumberToken, parts: list[Part], cue: str, end: int, complete: bool,
          open_head: bool) -> Breakdown | None:
    if len(parts) < 2 or _total_is_one_of_a_list(s, total):
        return None
    kinds = {p.token.kind == PERCENT for p in parts}
    if len(kinds) > 1:
        return None
    total_unit = s.unit(total)
    if PERCENT not in {p.token.kind for p in parts} and not all(
            s.unit(p.token).fits(total_unit) for p in parts):
        return None
    lex = lexicon()
    words = s.text[parts[0].start:end]
    complement = bool(lex.complement.search(s.text, parts[-1].start, parts[-1].own_end))
    open_ended = open_head or bool(lex.open_ended.search(words)) or _unnumbered_remainder(s, parts, end)
    scheme = in_one_scheme(s, parts)
    overlapping = bool(lex.cumulative.search(words)) or (
        not (complement or scheme) and (bool(lex.cross_cutting.search(words)) or _nested(s, parts)))
    return Breakdown(s, total, parts, cue, complete or complement, open_ended, overlapping, scheme)


_NEGATION = frozenset(("không", "chưa", "chưa được", "không được"))


def _nested(s: Sentence, parts: list[Part]) -> bool:
    """One part is a kind of another: "12 xã đạt chuẩn nông thôn mới, 03 xã đạt chuẩn nông thôn mới nâng
    cao" (the 03 are among the 12).  "không hoàn thành nhiệm vụ" is the opposite of "hoàn thành nhiệm vụ",
    not a kind of it."""
    described = [p.words(s.text) for p in parts]
    for i, a in enumerate(described):
        for j, b in enumerate(described):
            if i != j and len(a.split()) >= 2 and a in b and b != a:
                extra = b.replace(a, " ").split()
                if not any(w in _NEGATION for w in extra):
                    return True
    return False


def in_one_scheme(s: Sentence, parts: list[Part]) -> bool:
    """Every part names a category of the same set (hoàn thành xuất sắc / tốt / ...; khiển trách / cảnh cáo)."""
    return any(all(scheme.search(s.text, p.start, p.end) for p in parts) for scheme in lexicon().schemes)


def _unnumbered_remainder(s: Sentence, parts: list[Part], end: int) -> bool:
    """"..., số còn lại ..." with no number: the parts were never meant to add up."""
    lex = lexicon()
    for m in lex.remainder.finditer(s.text, parts[0].start, min(s.end, end + 40)):
        numbered = any(t.is_quantity and m.end() <= t.start and word_count(s.text[m.end():t.start]) <= 3
                       for t in s.tokens)
        if not numbered:
            return True
    return False


def _plain_total(s: Sentence, t: NumberToken) -> bool:
    return t.kind in (COUNT, DECIMAL) and t.is_exact and s.unit(t).kind != "time"


def _total_before(s: Sentence, cue_start: int, same_clause: bool) -> NumberToken | None:
    """The stated total a cue refers back to: the nearest count before it, in reach."""
    if not s.text[s.start:cue_start].strip(" ,:;"):  # "Trong đó, ..." opens the sentence
        prev = s.previous
        if prev is None:
            return None
        before = prev.counts_before(prev.end)
        if before and word_count(prev.text[before[0].end:prev.end]) <= MAX_TOTAL_GAP_WORDS \
                and _plain_total(prev, before[0]):
            return before[0]
        return None
    before = s.counts_before(cue_start)
    if not before or not _plain_total(s, before[0]):
        return None
    total = before[0]
    gap_seps = s.separators_between(total.end, cue_start)
    tail = s.text[gap_seps[-1] + 1:cue_start] if gap_seps else ""
    if gap_seps and tail.strip():
        if same_clause or any(s.text[i] in ";:" for i in gap_seps):
            return None
    elif any(s.text[i] in ";:" for i in gap_seps[:-1]) or (same_clause and len(gap_seps) > 1):
        return None
    if word_count(_outside_brackets(s, total.end, cue_start)) > MAX_TOTAL_GAP_WORDS:
        return None
    return total


def _total_is_one_of_a_list(s: Sentence, total: NumberToken) -> bool:
    """"127 tập thể, 348 cá nhân (trong đó ...)": the parts may belong to either count."""
    before = [t for t in s.counts_before(total.start) if t is not total]
    if not before:
        return False
    gap = s.text[before[0].end:total.start]
    return word_count(gap) <= 4 and bool(regex.search(r",|(?<![\p{L}])(?i:và)(?![\p{L}])", gap))


def _outside_brackets(s: Sentence, a: int, b: int) -> str:
    pieces, pos = [], a
    for o, c in s.parens:
        if o >= b or c < a:
            continue
        pieces.append(s.text[pos:max(pos, o)])
        pos = max(pos, c + 1)
    pieces.append(s.text[pos:b] if pos < b else "")
    return "".join(pieces)


def _parse_parts(s: Sentence, start: int, end: int, seps: list[int],
                 inside_bracket: bool) -> tuple[list[Part], int] | None:
    """The parts listed from ``start``: each segment between separators that opens with a number.

    Returns the parts and where the list ends.  The first separator after the
    first part (',' or ';') is the list's; a ';' ends a ','-list.  A segment
    that opens with a stop word ("đến nay", "tăng") or holds its number too far
    in ends the list; a short segment with no number continues the part before.
    """
    lex = lexicon()
    text = s.text
    # each boundary: where the segment before it ends, and where the next one starts
    bounds = sorted([(i, i + 1) for i in seps] + [m.span() for m in _VA.finditer(text, start, end)])
    parts: list[Part] = []
    list_sep: str | None = None
    lead_words = 0
    number_first = False
    seg_start = start
    # the quantities of the list, in order (outside the sentence's brackets, unless the list is in one)
    following = [t for t in s.quantities if start <= t.start < end and (inside_bracket or s.paren_of(t.start) is None)]
    for seg_end, next_start in [*bounds, (end, end)]:
        segment = text[seg_start:seg_end]
        if lex.stop.match(segment):
            return (parts, seg_start) if parts else None
        first = None
        for t in following:
            if t.start >= seg_end:
                break
            if t.start >= seg_start and not _in_inner_bracket(text, seg_start, t.start):
                first = t
                break
        if first is not None:
            lead = word_count(text[seg_start:first.claim_start])
            # parts keep one shape: "05 hội nghị chuyên đề, 13 ..." (number first) or "cấp huyện 285, cấp xã 127"
            too_far = lead > (MAX_LEAD_WORDS if not parts else 0 if number_first else MAX_LABEL_WORDS)
            if too_far or first.kind == FRACTION or s.unit(first).kind == "time":
                return (parts, seg_start) if parts else None
            if not parts:
                number_first = lead == 0 and not lead_words
            parts.append(Part(first, seg_start, seg_end, seg_end))
        elif parts:
            if word_count(segment) > MAX_CONTINUATION_WORDS:
                return parts, seg_start
            parts[-1].end = seg_end
        else:
            lead_words += word_count(segment)
            if lead_words > 6:
                return None
        if seg_end >= end:
            break
        sep = text[seg_end] if text[seg_end] in ",;:" else ","  # " và " joins like a comma
        if parts and list_sep is None and sep in ",;":
            list_sep = sep
        if parts and (sep == ":" or (sep == ";" and list_sep == ",")):
            return parts, seg_end
        seg_start = next_start
    return parts, end


def _in_inner_bracket(text: str, seg_start: int, pos: int) -> bool:
    """``pos`` sits inside a bracket opened within the segment (a part's own share or note)."""
    return text.rfind("(", seg_start, pos) > text.rfind(")", seg_start, pos)


# -- KT202: shares ---------------------------------------------------------------------------

def shares(s: Sentence, linked: set[int], found: list[Breakdown],
           earlier_totals: Callable[[], list[NumberToken]]) -> list[Share]:
    out = []
    part_of = {id(p.token): b for b in found if b.kind == COUNT for p in b.parts}
    for p in s.tokens:
        if id(p) in linked or not _judgeable(s, p):
            continue
        part = _part_of_share(s, p)
        if part is None:
            continue
        share = Share(s, part, p, part_of.get(id(part)))
        if is_target(s, p):
            base = _target_base(s, part, p)
            if base is None:
                continue
            share.target = True
            share.anchors = [_token_base(base)]
        else:
            _bases_in_reach(s, share, found, earlier_totals)
        out.append(share)
    return out


def _part_of_share(s: Sentence, p: NumberToken) -> NumberToken | None:
    """The count a percentage is the share of, when the words tie them together."""
    text = s.text
    bracket = s.paren_of(p.start)
    if bracket is not None:
        # "371 người có trình độ đại học (tỷ lệ 91,05%)": the count before the bracket
        first = [t for t in s.tokens if t.is_quantity and bracket[0] < t.start < bracket[1]]
        if first[0] is not p or word_count(text[bracket[0] + 1:p.claim_start]) > 3:
            return None
        before = [t for t in s.tokens if t.is_quantity and t.end <= bracket[0]]
        if not before or before[-1].kind not in (COUNT, DECIMAL):
            return None
        candidate = before[-1]
        inner = s.paren_of(candidate.start)
        if inner is not None and inner != bracket:
            return None
        if any(ch in ",;:" for ch in _outside_brackets(s, candidate.end, bracket[0])):
            return None
        return candidate
    cue = lexicon().share_before.search(text[max(s.start, p.claim_start - 30):p.claim_start])
    if cue is not None:
        # "371 người có trình độ đại học, chiếm 90,05%"
        clause = text[s.clause_start(p.start):p.claim_start]
        if _NAMED_RATE.search(clause) or _NAMED_RATE.search(text[s.clause_start(p.start):p.end]):
            return None
        before = [t for t in s.tokens if t.is_quantity and t.end <= p.claim_start and s.paren_of(t.start) is None]
        if not before or before[-1].kind not in (COUNT, DECIMAL):
            return None
        candidate = before[-1]
        seps = s.separators_between(candidate.end, p.start)
        if len(seps) > 1 or any(text[i] in ";:" for i in seps):
            return None
        return candidate
    after = text[p.end:p.end + 4]
    if after.lstrip().startswith("("):
        # "chiếm 14,58% (598 đồng chí)"
        bracket = s.paren_of(text.index("(", p.end) + 1)
        inside = [t for t in s.tokens if bracket and bracket[0] < t.start < bracket[1]]
        if inside and inside[0].kind in (COUNT, DECIMAL) and word_count(text[bracket[0] + 1:inside[0].start]) == 0:
            return inside[0]
    return None


def _target_base(s: Sentence, part: NumberToken, p: NumberToken) -> NumberToken | None:
    """"bằng 118,4% dự toán tỉnh giao (264 tỷ đồng)": the target, stated right after."""
    unit = s.unit(part)
    for t in s.tokens:
        if t.start <= p.end or t.kind not in (COUNT, DECIMAL) or not t.is_exact:
            continue
        if word_count(s.text[p.end:t.start]) > 6 or ";" in s.text[p.end:t.start]:
            return None
        return t if s.unit(t).fits(unit) else None
    return None


def _token_base(t: NumberToken) -> Base:
    return Base(t.value, t.text, t)


def _fraction_bases(t: NumberToken) -> list[Base]:
    """A fraction in reach offers its denominator and its numerator as bases."""
    num, den = t.text.split("/")
    return [Base(Fraction(t.denominator), den), Base(Fraction(t.numerator), num)]


def _bases_in_reach(s: Sentence, share: Share, found: list[Breakdown],
                    earlier_totals: Callable[[], list[NumberToken]]) -> None:
    """Fill ``share.anchors`` (stated totals) and ``share.others`` (any other sensible base)."""
    lex = lexicon()
    text = s.text
    unit = s.unit(share.part)
    b = share.breakdown
    seen: set[int] = {id(share.part)}
    if b is not None:
        share.anchors.append(_token_base(b.total))
        seen.add(id(b.total))
        parts_sum = sum((p.token.value for p in b.parts), Fraction(0))
        share.others.append(Base(parts_sum, format_vi(parts_sum, max(p.token.decimals for p in b.parts))))
    for t in s.counts_before(share.part.start):
        if id(t) in seen or not t.is_exact or not s.unit(t).fits(unit) or _has_own_share(s, t):
            continue
        if lex.total_before.search(text[max(s.start, t.claim_start - 20):t.claim_start]):
            share.anchors.append(_token_base(t))
            seen.add(id(t))
    for t in s.tokens:
        if id(t) in seen:
            continue
        if t.kind == FRACTION:  # may explain a share, never stated as its total
            share.others.extend(_fraction_bases(t))
        elif t.kind in (COUNT, DECIMAL) and s.unit(t).fits(unit):
            share.others.append(_token_base(t))
        seen.add(id(t))
    for other in found:
        if other is not b and other.kind == COUNT and id(other.total) not in seen:
            share.others.append(_token_base(other.total))
            seen.add(id(other.total))
    # earlier sentences of the block: the same text, so the same offsets
    share.others.extend(_token_base(t) for t in earlier_totals() if s.unit(t).fits(unit))


def _has_own_share(s: Sentence, t: NumberToken) -> bool:
    """"có 12.172 hồ sơ ... (chiếm 47,3%)": a count given with its own share is a part, not a total."""
    after = [x for x in s.tokens if x.start >= t.end]
    return bool(after) and after[0].kind == PERCENT and _part_of_share(s, after[0]) is t


def share_groups(s: Sentence, found: list[Share]) -> list[ShareGroup]:
    """Shares whose parts are listed one after another, and whether the parts make the whole."""
    groups: list[ShareGroup] = []
    current: list[Share] = []
    for share in found:
        if share.target:
            continue
        if current and _listed_after(s, current[-1], share):
            current.append(share)
            continue
        if len(current) >= 2:
            groups.append(_group(current))
        current = [share]
    if len(current) >= 2:
        groups.append(_group(current))
    return groups


def _listed_after(s: Sentence, previous: Share, share: Share) -> bool:
    end = max(previous.percent.end, previous.part.end)
    bracket = s.paren_of(previous.percent.start)
    if bracket is not None:
        end = max(end, bracket[1] + 1)
    if share.part.start < end:
        return False
    gap = s.text[end:share.part.claim_start]
    joined = bool(regex.search(r"[,;]|(?<![\p{L}])(?i:và)(?![\p{L}])", gap))
    return joined and word_count(gap) <= MAX_LEAD_WORDS + 1 and s.unit(share.part).fits(
        s.unit(previous.part))


def _group(shares_: list[Share]) -> ShareGroup:
    breakdowns_ = {id(x.breakdown) for x in shares_}
    b = shares_[0].breakdown if len(breakdowns_) == 1 else None
    group = ShareGroup(list(shares_), b)
    for share in shares_:
        share.group = group
    parts_sum = group.parts_sum
    if b is not None:
        parts_total = sum((p.token.value for p in b.parts), Fraction(0))
        group.covers_whole = (len(b.parts) == len(shares_) and parts_total == b.total.value
                              and not b.open_ended)
    else:
        fitting = sum(judge_ratio(x.part, parts_sum, x.percent) is not Verdict.WRONG for x in shares_)
        group.covers_whole = fitting >= 2 and 2 * fitting > len(shares_)
        if group.covers_whole:  # the whole is the sum of the listed parts: a base for each share
            decimals = max(x.part.decimals for x in shares_)
            for share in shares_:
                share.anchors.insert(0, Base(parts_sum, format_vi(parts_sum, decimals)))
    return group


def stated_totals(s: Sentence) -> list[NumberToken]:
    """Counts a sentence states as totals ("Tổng số ... là 412", "có 62 tổ chức"): bases for later shares."""
    lex = lexicon()
    return [t for t in s.counts_before(s.end) if t.is_exact
            and lex.total_before.search(s.text[max(s.start, t.claim_start - 20):t.claim_start])]


# -- KT204: percentages that divide a whole --------------------------------------------------

def share_lists(s: Sentence, found: list[Breakdown], groups: list[ShareGroup]) -> list[ShareList]:
    out = []
    lex = lexicon()
    for b in found:
        if b.kind == PERCENT and not b.open_ended and all(p.token.is_exact for p in b.parts):
            out.append(ShareList(s, [p.token for p in b.parts], b.complete or b.scheme))
    for g in groups:
        if g.covers_whole and all(x.percent.is_exact for x in g.shares):
            out.append(ShareList(s, [x.percent for x in g.shares], True))
    for m in lex.composition.finditer(s.text, s.start, s.end):
        start = m.end()
        colon = s.text.find(":", start, s.end)
        if colon >= 0 and word_count(s.text[start:colon]) <= 12:
            start = colon + 1  # "Tỷ trọng các ngành trong tổng giá trị sản xuất: nông, lâm ... 24,35%; ..."
        _, seps = scan(s.text, start, s.end)
        result = _parse_parts(s, start, s.end, seps, inside_bracket=False)
        if result is None:
            continue
        parts, end = result
        percents = [p.token for p in parts]
        if len(percents) >= 2 and all(t.kind == PERCENT and t.is_exact and not is_change(s, t) for t in percents) \
                and not lex.open_ended.search(s.text[parts[0].start:end]) \
                and not any(t is q for sl in out for t in sl.percents for q in percents):
            complete = in_one_scheme(s, parts) or bool(lex.complement.search(s.text, parts[-1].start,
                                                                                parts[-1].own_end))
            out.append(ShareList(s, percents, complete))
    return out


__all__ = ["Base", "Breakdown", "FractionPercent", "Part", "SentenceClaims", "Share", "ShareGroup", "ShareList",
           "Unit", "sentence_claims", "stated_totals"]

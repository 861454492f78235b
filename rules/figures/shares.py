"""Percentages (KT201, KT202, KT204): which count each one is the share of, and of what.

A percentage is tied to a fraction ("49/53 ..., đạt 92,5%") or to a part ("371 người ...
(tỷ lệ 90,05%)") only when the words tie them; its bases are the totals in reach (the
breakdown's total, a count stated as a total, the sum of the listed parts, a stated target)
and any other number close by that may explain it.  Changes and rates ("tăng 12,6% so với",
"3,8%/năm") are no one's share.
"""

from __future__ import annotations

import regex

from collections.abc import Callable
from fractions import Fraction

from kiemtra_lint.rules.figures.numbers import APPROX, COUNT, DECIMAL, FRACTION, PERCENT, NumberToken

from .arith import HUNDRED, Verdict, en_notation, judge_ratio
from .breakdowns import MAX_LEAD_WORDS, in_one_scheme, is_change_amount, parse_parts, total_before
from .lexicon import lexicon, may_hold
from .model import Base, Breakdown, FractionPercent, Share, ShareGroup, ShareList
from .sentences import Sentence, noun_after, noun_phrase, scan, word_count

_JOINED = regex.compile(r"[,;]|(?<![\p{L}])(?i:và)(?![\p{L}])")  # a list goes on: a comma, ";", "và"
MAX_LINK_WORDS = 25  # between a fraction and its percentage
MAX_TARGET_AGAIN_WORDS = 14  # between a percentage of a target and the target's value, named again
# "tỷ lệ hộ nghèo ...": a rate with a name of its own, not the share of a count before it
_NAMED_RATE = regex.compile(r"(?i:t[ỷỉ][ \u00a0]l[ệe])[ \u00a0]+(?!(?:là|đạt|bằng|chiếm)?[ \u00a0:]*$)[\p{L}]")


_AT_LEAST = regex.compile(r"(?<![\p{L}])(?i:trở)[ \u00a0]+(?i:lên|xuống)(?![\p{L}])")


def is_change(s: Sentence, p: NumberToken) -> bool:
    """"tăng 12,6% so với ...", "3,8%/năm", "giảm từ 4,12%": a change or rate, not a share."""
    lex = lexicon()
    # "tiến sĩ trở lên chiếm 25,0%": "trở lên" closes a level, it is no rise
    before = _AT_LEAST.sub(" ", s.text[max(s.start, p.claim_start - 40):p.claim_start])
    after = s.text[p.end:p.end + 30]
    return p.per is not None or bool(lex.change_before.search(before) or lex.change_after.match(after))


def is_target(s: Sentence, p: NumberToken) -> bool:
    """"đạt 103,33% chỉ tiêu", "bằng 118,4% dự toán": measured against a target."""
    return is_target_after(s.text, p.end)


def is_target_after(text: str, end: int) -> bool:
    """A target is named right after a percentage that ends at ``end``."""
    return bool(lexicon().target_after.match(text[end:end + 30]))


# "10 triệu đồng + (0,5% x phần vượt ...)": a rate in a formula, multiplied, not anyone's share
_TIMES_AFTER = regex.compile(r"[ \u00a0]*[x×*](?![\p{L}\p{N}])")
_PLUS_BEFORE = regex.compile(r"(?r)[+×*][ \u00a0]*\(?[ \u00a0]*$")


def is_formula(s: Sentence, p: NumberToken) -> bool:
    """The percentage is a factor of a formula ("+ (0,5% x phần ...)")."""
    return bool(_TIMES_AFTER.match(s.text, p.end) or _PLUS_BEFORE.search(s.text[max(s.start, p.claim_start - 6):p.claim_start]))


def _judgeable(s: Sentence, p: NumberToken) -> bool:
    return p.kind == PERCENT and p.qualifier != APPROX and not is_change(s, p) and not is_formula(s, p)


def fraction_percents(s: Sentence) -> list[FractionPercent]:
    out = []
    tokens = s.tokens
    for i, f in enumerate(tokens):
        if f.kind != FRACTION:
            continue
        # "25,0% (5/20), 10,0% (2/20)": a fraction opening the bracket after a percentage is its own
        p = _percent_before(s, f)
        if p is None and not _opens_bracket_after_percent(s, f):
            p = _percent_after(s, tokens, i)
        if p is not None:
            out.append(FractionPercent(s, f, p))
    return out


def _percent_after(s: Sentence, tokens: list[NumberToken], i: int) -> NumberToken | None:
    """"49/53 trường đạt chuẩn, đạt tỷ lệ 92,5%": the first percentage after, in the same clause."""
    f = tokens[i]
    for t in tokens[i + 1:]:
        if t.kind in (COUNT, DECIMAL, FRACTION) and s.paren_of(t.start) is None:
            return None  # another quantity comes first: the percentage may be its share
        if t.kind == FRACTION and t.is_exact:
            return None  # "324/590 (mầm non 71/179 - 39,7%)": a fraction in between owns the percentage
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
        if _aside_in_bracket(s, f) and inner != s.paren_of(f.start):
            return None
        return t
    return None


def _aside_in_bracket(s: Sentence, f: NumberToken) -> bool:
    """"126.565 doanh nghiệp (chiếm 20% ..., trong đó có 51/66 tập đoàn), có tới 85,7% số doanh nghiệp
    ...": a fraction told in passing inside a bracket, after other words, owns no percentage
    outside that bracket."""
    bracket = s.paren_of(f.start)
    return bracket is not None and bool(s.text[bracket[0] + 1:f.start].strip())


def _opens_bracket_after_percent(s: Sentence, f: NumberToken) -> NumberToken | None:
    """The percentage whose bracket ``f`` opens: "đạt 92,5% (49/53 trường)"; None otherwise."""
    bracket = s.paren_of(f.start)
    if bracket is None or s.text[bracket[0] + 1:f.start].strip():
        return None
    before = [t for t in s.tokens if t.end <= bracket[0]]
    if not before or before[-1].kind != PERCENT or s.text[before[-1].end:bracket[0]].strip():
        return None
    return before[-1]


def _percent_before(s: Sentence, f: NumberToken) -> NumberToken | None:
    """"đạt 92,5% (49/53 trường)": the fraction opens the bracket right after the percentage, which
    may be judged.  Such a fraction is never another percentage's (``fraction_percents``)."""
    p = _opens_bracket_after_percent(s, f)
    return p if p is not None and _judgeable(s, p) and not is_target(s, p) else None


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
        named = _part_before_named_whole(s, part)
        if named is not None:  # "27 ... trong tổng số 30 ... (90%)": 27 of 30, nothing else
            out.append(Share(s, named, p, anchors=[_token_base(part)]))
            continue
        whole = _whole_named_after(s, part, p)
        if whole is not None:  # "512 em, chiếm 48,2% tổng số 1.062 học sinh": 512 of 1.062
            out.append(Share(s, part, p, anchors=[_token_base(whole)]))
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
        if not candidate.is_exact or is_change_amount(s, candidate):
            return None  # "3 xã đạt dưới 5 tiêu chí (chiếm 1,5%)": a threshold, not the count shared
        inner = s.paren_of(candidate.start)
        if inner is not None and inner != bracket:
            return None
        between = s.outside_brackets(candidate.end, bracket[0])
        if any(ch in ";:" for ch in between) or between.count(",") > 1:
            return None
        if "," in between and word_count(between[:between.index(",")]) > 2 \
                and word_count(between[between.rindex(",") + 1:]) > 4:
            # a comma further on starts another clause; right after the noun it lists ("thôn, tổ"), right
            # before the bracket it joins the words of one description ("đạt trong sạch, vững mạnh (...)")
            return None
        return candidate
    cue = lexicon().share_before.search(text[max(s.start, p.claim_start - 30):p.claim_start])
    if cue is not None:
        # "371 người có trình độ đại học, chiếm 90,05%"
        clause = text[s.clause_start(p.start):p.claim_start]
        if _NAMED_RATE.search(clause):  # "tỷ lệ hộ nghèo 4,8%"; not "tỷ lệ trên 4,8%" (a qualifier)
            return None
        before = [t for t in s.tokens if t.is_quantity and t.end <= p.claim_start and s.paren_of(t.start) is None]
        if not before or before[-1].kind not in (COUNT, DECIMAL):
            return None
        candidate = before[-1]
        if not candidate.is_exact or is_change_amount(s, candidate):
            return None  # "15 xã đạt dưới 10 tiêu chí, chiếm 16,9%": 10 is a threshold
        seps = s.separators_between(candidate.end, p.start)
        if any(text[i] in ";:" for i in seps) \
                or any(word_count(text[a + 1:b]) > 3 for a, b in zip(seps, seps[1:], strict=False)):
            return None  # a comma may only join a short description ("đạt trong sạch, vững mạnh, chiếm 58,5%")
        return candidate
    after = text[p.end:p.end + 4]
    if after.lstrip().startswith("("):
        # "chiếm 14,58% (598 đồng chí)"
        bracket = s.paren_of(text.index("(", p.end) + 1)
        inside = [t for t in s.tokens if bracket and bracket[0] < t.start < bracket[1]]
        if inside and inside[0].kind in (COUNT, DECIMAL) and word_count(text[bracket[0] + 1:inside[0].start]) == 0:
            return inside[0]
    return None


def _part_before_named_whole(s: Sentence, whole: NumberToken) -> NumberToken | None:
    """The part when ``whole`` is named as the whole of the count before it, in one clause:
    "có 27 doanh nghiệp trả lời trong tổng số 30 doanh nghiệp"; None otherwise."""
    text = s.text
    if not lexicon().whole_after_part.search(text[max(s.start, whole.claim_start - 25):whole.claim_start]):
        return None
    before = [t for t in s.counts_before(whole.start) if t is not whole]
    if not before or s.separators_between(before[0].end, whole.start):
        return None
    part = before[0]
    return part if part.is_exact and s.unit(part).fits(s.unit(whole)) else None


def _whole_named_after(s: Sentence, part: NumberToken, p: NumberToken) -> NumberToken | None:
    """The count named as the whole right after the percentage ("chiếm 48,2% tổng số 1.062 học
    sinh"), of the part's unit; None otherwise."""
    after = [t for t in s.tokens if t.start >= p.end]
    if not after or after[0].kind not in (COUNT, DECIMAL) or not after[0].is_exact:
        return None
    whole = after[0]
    if not lexicon().whole_after_percent.match(s.text[p.end:whole.start]):
        return None
    return whole if s.unit(whole).fits(s.unit(part)) else None


def _target_base(s: Sentence, part: NumberToken, p: NumberToken) -> NumberToken | None:
    """"bằng 118,4% dự toán tỉnh giao (264 tỷ đồng)": the target, stated right after; or a little
    further when the words name it again ("(86,7% dự toán) so với dự toán cả năm Trung ương giao là
    405.000 tỷ đồng")."""
    unit = s.unit(part)
    for t in s.tokens:
        if t.start <= p.end or t.kind not in (COUNT, DECIMAL) or not t.is_exact:
            continue
        gap = s.text[p.end:t.start]
        reach = MAX_TARGET_AGAIN_WORDS if lexicon().target_again.search(gap) else 6
        if word_count(gap) > reach or ";" in gap:
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
        share.others.append(Base(parts_sum, decimals=max(p.token.decimals for p in b.parts)))
    cues = lex.breakdown.finditer(text, s.start, share.part.start) if may_hold(lex.breakdown_hints, s.lowered) else ()
    for m in cues:  # "125 học viên, trong đó 118 ... (94,4%)"
        total = total_before(s, m.start(), same_clause=m.group().lower() in lex.complete_cues)
        if total is not None and id(total) not in seen and s.unit(total).fits(unit) \
                and not _other_statement(s, total, share.part):
            share.anchors.append(_token_base(total))
            seen.add(id(total))
    seen.update(id(t) for t in s.tokens if t.kind in (COUNT, DECIMAL) and is_change_amount(s, t))
    for t in s.counts_before(share.part.start):
        if id(t) in seen or not t.is_exact or not s.unit(t).fits(unit) or _has_own_share(s, t) \
                or _sibling(s, t, share.part):
            continue
        if _other_statement(s, t, share.part):
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
    if share.anchors or not _stands_alone(s, share.percent):
        return  # "đạt 90,5% số tiêu chí": a share of something the words after it name
    beside = _denominator_beside(s, share.part)
    if beside is not None:
        share.anchors.append(beside)
    else:
        before, where_vi, where_en = (s.previous, "ở câu trước", "in the sentence before") if s.previous \
            else (s.heading, "ở đề mục", "in the heading")
        sibling = _sibling_part_before(s, before, share.part)
        if sibling is not None and sibling.previous is not None:
            # "có 41 tổ chức. Có 24 tổ chức ..., chiếm 58,5%. Có 15 tổ chức ..., tỷ lệ 36,6%": the sentence
            # before lists another part of the same whole, which the one before it states
            before, where_vi, where_en = sibling.previous, "ở đầu đoạn", "earlier in the paragraph"
        whole = _whole_stated_before(s, before, share.part)
        if whole is not None:
            noun = noun_phrase(before.text, whole)
            share.anchors.append(Base(whole.value, whole.text, whole, where_vi=f"tổng số {noun} {where_vi}",
                                      where_en=f"the total of “{noun}” {where_en}"))


def _sibling_part_before(s: Sentence, before: Sentence | None, part: NumberToken) -> Sentence | None:
    """``before`` when all it states is another part of the noun ``part`` counts, with its own share
    ("Qua đánh giá, có 24 tổ chức ..., chiếm 58,5%."); None otherwise."""
    noun = noun_after(s.text, part)
    if before is None or before is s.heading or not noun:
        return None
    amounts = [t for t in before.tokens if t.kind in (COUNT, DECIMAL)]
    if len(amounts) != 1 or noun_after(before.text, amounts[0]) != noun or not _has_own_share(before, amounts[0]):
        return None
    return before


def _other_statement(s: Sentence, total: NumberToken, part: NumberToken) -> bool:
    """A ";" that opens no breakdown ("...; trong đó") stands between a total and a part of another
    noun: "Tổng số cử tri: 5.454.246 cử tri, trong đó ...; ... có 1.042 người cách ly tại nhà đã bỏ phiếu,
    đạt tỷ lệ 100%" says nothing of 1.042 out of 5.454.246 ("612 hộ; ... 530 hộ thoát nghèo (68,6%)" does)."""
    if noun_after(s.text, total) == noun_after(s.text, part):
        return False
    lex = lexicon()
    return any(s.text[i] == ";" and not lex.breakdown.match(s.text[i + 1:part.start].lstrip())
               for i in s.separators_between(total.end, part.start))


def _whole_stated_before(s: Sentence, before: Sentence | None, part: NumberToken) -> NumberToken | None:
    """"Toàn huyện có 17 xã. Có 11 xã đạt chuẩn (chiếm 64,7%)": the one total ``before`` (the sentence
    before, or the heading above a block's first sentence) states, its only amount, of the very noun
    the part counts and larger than the part, when every other count of that noun in the share's
    sentence has a share of its own ("98 xã (78,4%) và 21 xã (16,8%)"); None when the base is not
    that certain."""
    noun = noun_after(s.text, part)
    if before is None or not noun or not part.is_exact:
        return None
    if any(t is not part and noun_after(s.text, t) == noun and not _has_own_share(s, t)
           for t in s.counts_before(s.end)):
        return None  # another count of the noun, with no share of its own, may be the whole
    amounts = [t for t in before.tokens if t.kind in (COUNT, DECIMAL)]
    if len(amounts) != 1 or amounts[0] not in stated_totals(before) or _has_own_share(before, amounts[0]):
        return None  # "có 17 xã và 3 thị trấn": a share may be of either, or of both; "có 11 xã (64,7%)": a part
    whole = amounts[0]
    return whole if noun_after(before.text, whole) == noun and whole.value > part.value else None


_WORD_AFTER = regex.compile(r"[ \u00a0]*[\p{L}]")


def _stands_alone(s: Sentence, p: NumberToken) -> bool:
    """No word follows the percentage: it is a share of what the sentence counts, not of "số tiêu chí"."""
    return not _WORD_AFTER.match(s.text, p.end, s.end)


def _denominator_beside(s: Sentence, part: NumberToken) -> Base | None:
    """"Có 14/15 chỉ tiêu đạt (93,33%), 01 chỉ tiêu chưa đạt (6,67%)": the whole of a fraction of the
    part's noun listed right before it, only commas between, is the part's whole too."""
    noun = noun_after(s.text, part)
    before = [t for t in s.tokens if t.end <= part.start and t.is_quantity and s.paren_of(t.start) is None]
    if not noun or not before or before[-1].kind != FRACTION or noun_after(s.text, before[-1]) != noun:
        return None
    fraction = before[-1]
    if any(s.text[i] != "," for i in s.separators_between(fraction.end, part.start)) \
            or part.value >= fraction.denominator:
        return None
    den = fraction.text.split("/")[1]
    return Base(Fraction(fraction.denominator), den, where_vi=f"mẫu số của {fraction.text}",
                where_en=f"the denominator of {en_notation(fraction.text)}")


def _sibling(s: Sentence, t: NumberToken, part: NumberToken) -> bool:
    """"Có 9 xã đạt chuẩn loại 1, 3 xã đạt chuẩn loại 2, chiếm 25%": a count of the part's noun
    that only a comma parts from it is listed beside it, not stated as its whole."""
    if noun_after(s.text, t) != noun_after(s.text, part):
        return False
    seps = s.separators_between(t.end, part.start)
    return bool(seps) and all(s.text[i] == "," for i in seps) \
        and not any(t.end <= m.start() < part.start for m in s.breakdown_cues)


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
    joined = bool(_JOINED.search(gap))
    return joined and word_count(gap) <= MAX_LEAD_WORDS + 1 and s.unit(share.part).fits(
        s.unit(previous.part))


RATE_MARGIN = 10  # percentage points over 100 that no rounding explains


def rates_within_categories(group: ShareGroup) -> bool:
    """"502 trường đạt chuẩn, trong đó mầm non 144 trường (52,2%), tiểu học 208 trường (75,9%), ...":
    percentages adding up to well over 100%, most of which no base in reach explains, are each the
    rate within its own category (144 of the preschools), whose size the text does not give: there
    is no certain base to judge them against, and they are no shares of one whole."""
    total = sum((x.percent.value for x in group.shares), Fraction(0))
    if total <= HUNDRED + RATE_MARGIN:
        return False
    explained = sum(any(judge_ratio(x.part, b.amount, x.percent) is not Verdict.WRONG for b in x.anchors + x.others)
                    for x in group.shares)
    return 2 * explained < len(group.shares)


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
                share.anchors.insert(0, Base(parts_sum, decimals=decimals))
    return group


def stated_totals(s: Sentence) -> list[NumberToken]:
    """Counts a sentence states as totals ("Tổng số ... là 412", "có 62 tổ chức"): bases for later shares."""
    lex = lexicon()
    return [t for t in s.counts_before(s.end) if t.is_exact
            and lex.total_before.search(s.text[max(s.start, t.claim_start - 20):t.claim_start])]


def share_lists(s: Sentence, found: list[Breakdown], groups: list[ShareGroup]) -> list[ShareList]:
    out = []
    lex = lexicon()
    for b in found:
        if b.kind == PERCENT and not b.open_ended and all(p.token.is_exact for p in b.parts):
            out.append(ShareList(s, [p.token for p in b.parts], b.complete or b.scheme))
    for g in groups:
        if g.covers_whole and all(x.percent.is_exact for x in g.shares):
            out.append(ShareList(s, [x.percent for x in g.shares], True))
    cues = lex.composition.finditer(s.text, s.start, s.end) if may_hold(lex.composition_hints, s.lowered) else ()
    for m in cues:
        start = m.end()
        colon = s.text.find(":", start, s.end)
        if colon >= 0 and word_count(s.text[start:colon]) <= 12:
            start = colon + 1  # "Tỷ trọng các ngành trong tổng giá trị sản xuất: nông, lâm ... 24,35%; ..."
        _, seps = scan(s.text, start, s.end)
        result = parse_parts(s, start, s.end, seps, inside_bracket=False)
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

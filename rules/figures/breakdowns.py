"""Breakdowns (KT203): a stated total and the parts listed after it.

"254 đơn, trong đó 45 ..., 212 ..., 07 ...", "16 đơn vị, gồm 14 xã và 02 thị trấn",
"62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 43 chi bộ cơ sở)".  A breakdown is only built
when the words make it one; its flags (complete, open-ended, overlapping, one scheme of
categories) say whether and how its parts must add up.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from kiemtra_lint.rules.figures.numbers import COUNT, DECIMAL, FRACTION, PERCENT, YEAR, NumberToken

from .intervals import stated_bounds
from .lexicon import lexicon
from .model import Breakdown, Part
from .sentences import Sentence, noun_after, scan, word_count

MAX_LEAD_WORDS = 4  # words allowed before the number of the first part ("trong đó: cấp huyện 285 ...")
MAX_LABEL_WORDS = 6  # ... and of the next ones in such a list ("đất trồng cây hằng năm khác 5.130 ha")
MAX_CONTINUATION_WORDS = 6  # "212 đơn kiến nghị, phản ánh, 07 ...": "phản ánh" continues a part
MAX_TOTAL_GAP_WORDS = 14  # "412 người được đánh giá, xếp loại; trong đó ..."

_HAS_OPEN_HEAD = regex.compile(r"^[ \u00a0,:]*(?i:có)(?![\p{L}])")
_VA = regex.compile(r"[ \u00a0](?i:và)[ \u00a0]")
_COMMA_OR_AND = regex.compile(r",|(?<![\p{L}])(?i:và)(?![\p{L}])")


def breakdowns(s: Sentence, cues: list[regex.Match]) -> list[Breakdown]:
    """The breakdowns of ``s``, whose breakdown cues are ``cues`` (``lexicon().breakdown`` over the sentence)."""
    out = []
    first = _whole_first_breakdown(s)
    if first is not None:
        out.append(first)
    for m in cues:
        if s.paren_of(m.start()) is None:
            out += _cue_breakdowns(s, m.start(), m.end(), m.group().lower())
    for o, c in s.parens:
        b = _bracket_breakdown(s, o, c)
        if b is not None:
            out.append(b)
    return out


MAX_WHOLE_NOUN_WORDS = 4  # "Trong tổng số thu 145.943 tỷ đồng thì": words between the cue and the whole
_THEN = regex.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?i:thì)(?![\p{L}])|[ \u00a0]*,")


def _whole_first_breakdown(s: Sentence) -> Breakdown | None:
    """"Trong tổng số thu 145.943 tỷ đồng thì thu từ xăng dầu là 19.500 tỷ đồng ...; các hàng hóa khác
    thu đạt 126.434 tỷ đồng ...": the sentence opens with its whole, and its parts follow, split by ";"
    when it has them (a part's own clauses are split by commas)."""
    cue = lexicon().whole_first.match(s.text, s.start, s.end)
    if cue is None:
        return None
    after = [t for t in s.tokens if t.start >= cue.end()]
    if not after or not _plain_total(s, after[0]) \
            or word_count(s.text[cue.end():after[0].claim_start]) > MAX_WHOLE_NOUN_WORDS:
        return None
    total = after[0]
    then = _THEN.search(s.text, total.end, min(s.end, total.end + 40))
    if then is None or word_count(s.text[total.end:then.start()]) > MAX_WHOLE_NOUN_WORDS:
        return None
    start = then.end()
    seps = [i for i in s.separators if i >= start]
    if any(s.text[i] == ";" for i in seps):
        seps = [i for i in seps if s.text[i] == ";"]
    result = parse_parts(s, start, s.end, seps, inside_bracket=False)
    if result is None:
        return None
    parts, end = result
    return make_breakdown(s, total, parts, "trong tổng số", end, complete=False, open_head=False)


# "; về trình độ lý luận chính trị:": the next facet of the same whole, after a ";"
_FACET = regex.compile(r"[ \u00a0]*;[ \u00a0]*(?i:về)[ \u00a0][^;:()]{1,80}:")
# "trong đó, về trình độ chuyên môn: ...": the first facet, named right after the cue
_FIRST_FACET = regex.compile(r"[ \u00a0,:]*(?i:về)[ \u00a0][^;:()]{1,80}:")


def _cue_breakdowns(s: Sentence, cue_start: int, cue_end: int, cue: str) -> list[Breakdown]:
    """The breakdown after a cue, and one more for each facet that follows it: "412 đồng chí; trong
    đó, về trình độ chuyên môn: ...; về trình độ lý luận chính trị: ..." divides 412 twice."""
    total = total_before(s, cue_start, same_clause=cue in lexicon().complete_cues, rounded_ok=True)
    if total is None:
        return []
    out = []
    first_facet = _FIRST_FACET.match(s.text, cue_end, s.end)
    start = first_facet.end() if first_facet else cue_end
    while True:
        # the cue is outside brackets: from its end on, the separators are the sentence's own
        seps = s.separators[bisect_left(s.separators, start):]
        result = parse_parts(s, start, s.end, seps, inside_bracket=False)
        if result is None:
            return out
        parts, end = result
        open_head = bool(_HAS_OPEN_HEAD.match(s.text[start:start + 8]))
        whole = _listed_total_of_their_noun(s, total, parts)
        b = make_breakdown(s, whole, parts, cue, end, complete=cue in lexicon().complete_cues, open_head=open_head)
        if b is not None:
            if whole.start < s.start:  # "Toàn huyện có 13 xã. Cụ thể, 3 xã ..., 10 xã ..."
                b.total_where_vi, b.total_where_en = "ở câu trước", "in the sentence before"
            out.append(b)
        facet = _FACET.match(s.text, end, s.end)
        if facet is None:
            return out
        start = facet.end()


def _bracket_breakdown(s: Sentence, o: int, c: int) -> Breakdown | None:
    """"62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 43 chi bộ cơ sở)"; a bracket that opens with a cue
    ("225,29 tỷ USD, tăng 13% (trong đó ...)") refers back as the cue would outside brackets."""
    if _term_of_formula(s.text, o, c):
        return None
    inner = s.text[o + 1:c]
    lex = lexicon()
    cue_match = lex.breakdown.match(inner.lstrip())
    if cue_match:
        total = total_before(s, o, same_clause=cue_match.group().lower() in lex.complete_cues, rounded_ok=True)
    else:
        before = s.counts_before(o)
        total = before[0] if before else None
        if total is not None:
            gap = s.text[total.end:o]
            if any(ch in gap for ch in ",;:") or word_count(gap) > 6 or not _plain_total(s, total, rounded_ok=True):
                total = None
    if total is None:
        return None
    if cue_match:  # "(trong đó 12 ..., 20 ...)": the words decide, as for any cue
        cue_end = o + 1 + (len(inner) - len(inner.lstrip())) + cue_match.end()
        cue = cue_match.group().lower()
    else:
        cue_end, cue = o + 1, "("
    _, seps = scan(s.text, cue_end, c)
    result = parse_parts(s, cue_end, c, seps, inside_bracket=True)
    if result is None:
        return None
    parts, end = result
    if end < c:
        return None  # the bracket says more than a list of parts
    open_head = bool(_HAS_OPEN_HEAD.match(s.text[cue_end:cue_end + 8]))
    complete = cue == "(" or cue in lex.complete_cues
    return make_breakdown(s, total, parts, cue, end, complete=complete, open_head=open_head)


_OPERATOR = "+-–−×*/="
_SIGN_THEN_TERM = regex.compile(r"[ \u00a0]*[+\-–−×*/=][ \u00a0]*[\d(]")


def _term_of_formula(text: str, o: int, c: int) -> bool:
    """"31,5 triệu đồng + 1 triệu đồng – (9 triệu đồng + 1,5 triệu đồng) = 22 triệu đồng": a bracket
    right after an arithmetic sign, or followed by a sign and another term, is a term of a worked
    calculation, not a list of the parts of the number before it."""
    before = text[max(0, o - 8):o].rstrip(" \u00a0")
    return bool(before) and before[-1] in _OPERATOR or bool(_SIGN_THEN_TERM.match(text, c + 1))


def _dated_parts(s: Sentence, parts: list[Part]) -> bool:
    """"6 tỷ USD (năm 2020 đạt 29,8 tỷ USD, năm 2016 mới là 23,8 tỷ USD)": every part is dated by a
    year of its own; they are one quantity at different times, never parts of one whole."""
    years = []
    for p in parts:
        dated = [t.text for t in s.tokens if t.kind == YEAR and p.start <= t.start < p.token.start]
        if not dated:
            return False
        years.append(dated[-1])
    return len(set(years)) == len(years)


def make_breakdown(s: Sentence, total: NumberToken, parts: list[Part], cue: str, end: int, complete: bool,
          open_head: bool) -> Breakdown | None:
    if (_total_is_one_of_a_list(s, total) and not _all_count_its_noun(s, total, parts)) \
            or "|" in s.text[total.start:end]:
        return None  # "|": cells of a table pasted as one line, not a sentence's parts
    if len(parts) < 2:
        return _part_above_whole(s, total, parts, cue)
    if _dated_parts(s, parts):
        return None
    kinds = {p.token.kind == PERCENT for p in parts}
    if len(kinds) > 1:
        return None
    total_unit = s.unit(total)
    if PERCENT not in {p.token.kind for p in parts} and not all(
            s.unit(p.token).fits(total_unit) for p in parts):
        return None
    if _bare_numbers_above_total(s, total, parts):
        return None
    lex = lexicon()
    words = s.text[parts[0].start:end]
    complement = bool(lex.complement.search(s.text, parts[-1].start, parts[-1].own_end))
    open_ended = open_head or bool(lex.open_ended.search(words)) or _unnumbered_remainder(s, parts, end)
    scheme = in_one_scheme(s, parts)
    overlapping = bool(lex.cumulative.search(words)) or (
        not (complement or scheme) and (bool(lex.cross_cutting.search(words)) or _nested(s, parts)))
    return Breakdown(s, total, parts, cue, complete or complement, open_ended, overlapping, scheme)


def _bare_numbers_above_total(s: Sentence, total: NumberToken, parts: list[Part]) -> bool:
    """Every "part" is larger than the "total" and none names what it counts: codes, not counts.
    "Chỉ tiêu 130 gồm 131, 132, 136 và 137" lists the lines of a form (or accounts) that make up a
    line; real parts cannot all exceed their whole, and a count names its noun somewhere."""
    return all(p.token.value > total.value and not p.words(s.text) for p in parts)


def _all_count_its_noun(s: Sentence, total: NumberToken, parts: list[Part]) -> bool:
    """Every part counts the very noun the total counts ("18 bị can, trong đó 11 bị can ..., 7 bị can ...")."""
    noun = noun_after(s.text, total)
    return bool(noun) and all(noun_after(s.text, p.token) == noun for p in parts)


def _listed_total_of_their_noun(s: Sentence, total: NumberToken, parts: list[Part]) -> NumberToken:
    """"Đã xử lý 35 vụ, 52 đối tượng, thu 1,5 tỷ đồng; trong đó 20 vụ ..., 16 vụ ...": when every part
    counts one noun and the nearest total does not, the count of that noun in the comma list that
    ends with the total is the whole; otherwise the nearest total."""
    nouns = {noun_after(s.text, p.token) for p in parts}
    noun = nouns.pop() if len(nouns) == 1 else ""
    if not noun or noun_after(s.text, total) == noun:
        return total
    listed = [total]
    for t in s.counts_before(total.start):
        if any(s.text[i] != "," for i in s.separators_between(t.end, listed[-1].start)):
            break
        listed.append(t)
    same = [t for t in listed if noun_after(s.text, t) == noun and t.is_exact]
    return same[0] if len(same) == 1 else total


def _part_above_whole(s: Sentence, total: NumberToken, parts: list[Part], cue: str) -> Breakdown | None:
    """"Tiếp nhận 9 đơn, trong đó chuyển 12 đơn": one part, of the total's noun, larger than it."""
    part = parts[0].token if parts else None
    if part is None or not total.is_exact or part.kind != COUNT or not part.is_exact or part.value <= total.value \
            or not s.unit(part).fits(s.unit(total)) or not _same_noun(s.text, part, total):
        return None
    return Breakdown(s, total, parts, cue, complete=False, open_ended=True, overlapping=False)


def _same_noun(text: str, a: NumberToken, b: NumberToken) -> bool:
    """Both count the same noun: the same word after them, and people on both sides or on neither
    ("19 đảng bộ cơ sở" and "3.480 đảng viên" share a first syllable, not a noun)."""
    if noun_after(text, a) != noun_after(text, b):
        return False
    people = lexicon().people_units
    return bool(people.match(text[a.end:a.end + 30])) == bool(people.match(text[b.end:b.end + 30]))


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


# "2 đợt/tháng (18 đợt/năm)": a count per unit of time or of something else is a rate, never a whole
_RATE_AFTER = regex.compile(r"[ \u00a0]+[\p{L}]+(?:[ \u00a0][\p{L}]+)?[ \u00a0]*/")


def _plain_total(s: Sentence, t: NumberToken, rounded_ok: bool = False) -> bool:
    """An exact count or amount that may be a whole: not a duration, not an average ("bình quân mỗi
    xã đạt 10,2 tiêu chí. Cụ thể, 1 xã ..., 25 xã ...": 10,2 is no total of those xã), not a rate.
    With ``rounded_ok``, an estimate or a rounded "hơn"/"gần" amount may be one too (``stated_bounds``):
    its parts are added up against the interval it stands for."""
    stated = t.is_exact or (rounded_ok and t.per is None and stated_bounds(s.text, t) is not None)
    return t.kind in (COUNT, DECIMAL) and stated and s.unit(t).kind != "time" \
        and not lexicon().average_before.search(s.text[max(s.start, t.claim_start - 40):t.claim_start]) \
        and not _RATE_AFTER.match(s.text, t.end, min(s.end, t.end + 30))


def is_change_amount(s: Sentence, t: NumberToken) -> bool:
    """"tăng 6,5%, tương ứng tăng 10,33 tỷ USD": an amount of change, not a count or value of anything."""
    return bool(lexicon().change_amount_before.search(s.text[max(s.start, t.claim_start - 25):t.claim_start]))


def total_before(s: Sentence, cue_start: int, same_clause: bool, rounded_ok: bool = False) -> NumberToken | None:
    """The stated total a cue refers back to: the nearest count before it, in reach (``_plain_total``)."""
    if not s.text[s.start:cue_start].strip(" ,:;"):  # "Trong đó, ..." opens the sentence
        prev = s.previous
        if prev is None:
            return None
        before = [t for t in prev.counts_before(prev.end) if not is_change_amount(prev, t)]
        if before and word_count(prev.text[before[0].end:prev.end]) <= MAX_TOTAL_GAP_WORDS \
                and _plain_total(prev, before[0], rounded_ok):
            return before[0]
        return None
    before = [t for t in s.counts_before(cue_start) if not is_change_amount(s, t)]
    if not before or not _plain_total(s, before[0], rounded_ok):
        return None
    total = before[0]
    gap_seps = s.separators_between(total.end, cue_start)
    tail = s.text[gap_seps[-1] + 1:cue_start] if gap_seps else ""
    if gap_seps and tail.strip():
        if same_clause or any(s.text[i] in ";:" for i in gap_seps):
            return None
    elif any(s.text[i] in ";:" for i in gap_seps[:-1]) or (same_clause and len(gap_seps) > 1):
        return None
    if word_count(s.outside_brackets(total.end, cue_start)) > MAX_TOTAL_GAP_WORDS:
        return None
    return total


def _total_is_one_of_a_list(s: Sentence, total: NumberToken) -> bool:
    """"127 tập thể, 348 cá nhân (trong đó ...)": the parts may belong to either count."""
    before = [t for t in s.counts_before(total.start) if t is not total]
    if not before:
        return False
    gap = s.text[before[0].end:total.start]
    return word_count(gap) <= 4 and bool(_COMMA_OR_AND.search(gap))


# "kim ngạch xuất khẩu đạt 901 triệu USD": the verb that states the amount is no word of the label
_VERB_LAST = regex.compile(r"(?<![\p{L}])(?i:đạt|là)[ \u00a0:]*$")


def _tells_a_change(s: Sentence, seg_start: int, seg_end: int, first: NumberToken,
                    following: list[NumberToken]) -> bool:
    """A segment that only tells how the part before changed: "tăng 16%", "tương ứng tăng 6,2 tỷ USD"
    (one number, a change, and no more than five words)."""
    if sum(1 for t in following if seg_start <= t.start < seg_end) != 1 or word_count(s.text[seg_start:seg_end]) > 5:
        return False
    if first.kind == PERCENT:
        return bool(lexicon().change_before.search(s.text[seg_start:first.claim_start]))
    return is_change_amount(s, first)


def parse_parts(s: Sentence, start: int, end: int, seps: list[int],
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
        first = None
        for t in following:
            if t.start >= seg_end:
                break
            if t.start >= seg_start and not _in_inner_bracket(text, seg_start, t.start):
                first = t
                break
        if first is not None and parts and _tells_a_change(s, seg_start, seg_end, first, following):
            parts[-1].end = seg_end  # "..., tăng 16% và ...", "tương ứng tăng 6,2 tỷ USD": the part's change
        elif lex.stop.match(segment):
            return (parts, seg_start) if parts else None
        elif first is not None:
            lead = word_count(text[seg_start:first.claim_start])
            label = word_count(_VERB_LAST.sub("", text[seg_start:first.claim_start]))
            lead = label or lead  # "kim ngạch xuất khẩu đạt" is a label of 4 words; "có" alone is no label
            # parts keep one shape: "05 hội nghị chuyên đề, 13 ..." (number first) or "cấp huyện 285, cấp xã 127"
            # after a colon ("gồm: vốn ngân sách trung ương 820,3 ...") the first label may be as long as the next
            first_limit = MAX_LABEL_WORDS if text[start:seg_start].rstrip().endswith(":") else MAX_LEAD_WORDS
            too_far = lead > (first_limit if not parts else 0 if number_first else MAX_LABEL_WORDS)
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

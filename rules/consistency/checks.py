"""KT5xx consistency: spelling style (KT501), Unicode forms (KT502), abbreviations (KT503), terms (KT504).

A draft assembled from several sources mixes their habits.  Each rule here compares the draft
with itself: the spelling most of the draft uses is taken as the draft's choice, and every
place that differs is reported (PerfectIt's approach), with the counts.
"""

from __future__ import annotations

import unicodedata

import regex

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kiemtra_lint.document import TABLE_CELL, Document, readable
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, Span, finding
from kiemtra_lint.document import section_display
from kiemtra_lint.rules.vocabulary import group_list, word_list
from kiemtra_lint.text import INVISIBLES, TONE_ON_FIRST, TONE_ON_SECOND, retone, tone_style

from .abbrev import glossary_entry, mentions, quotes_the_title, with_barred_d
from .frame import Place, draft_bounds
from .unicode import (APOSTROPHES, LATIN_FOR, apostrophe_names, decomposed_words, foreign_letters,
                      has_precomposed_marks, invisible_runs, nbsp_in_words, outside)
from .variants import Spot, Variants, lowered, majority, match_case

def _n(count: int, noun: str) -> str:
    """English count: "1 place", "3 places"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


# --- KT501 ------------------------------------------------------------------------------

# two letters that hold the tone mark of an open oa / oe / uy, in either placement, ending a word:
# a word whose first such pair is followed by another letter ("hoàn", "hoạch", "toán") is
# written one way only (tone_style gives None: the rhyme of a styled syllable is the pair and
# ends it, and no initial holds an o or a u but "qu", which is never styled), so it is not
# looked at (it was 60% of the pairs of a draft)
_STYLED_CORE = regex.compile(
    r"(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[òóỏõọÒÓỎÕỌ][aAeE]|[uU][ỳýỷỹỵỲÝỶỸỴ]|[ùúủũụÙÚỦŨỤ][yY])(?!\p{L})")
_LETTERS = regex.compile(r"\p{L}+")


@lru_cache(maxsize=4096)
def _style(word: str) -> str | None:
    return tone_style(word)


def _tone_spots(doc: Document, surnames: frozenset[str] = frozenset(),
                bounds: tuple[Place, Place] = ((0, 0), (2**31, 0))) -> list[tuple[Span, str, str]]:
    """(span, word, style) of every syllable within ``bounds`` (block, offset) whose tone-mark
    placement shows a style."""
    (first, start), end = bounds
    out = []
    for block in filter(readable, doc.blocks[first:end[0] + 1]):
        text = block.text
        seen_end = start if block.index == first else -1
        for m in _STYLED_CORE.finditer(text):
            if m.start() < seen_end:
                continue
            if (block.index, m.start()) >= end:
                break
            word = _LETTERS.match(text, _letters_start(text, m.start()))
            seen_end = word.end()
            style = _style(word.group())
            if style is not None and not _in_name(text, word.start(), word.group(), surnames):
                out.append((Span(block.index, word.start(), word.end()), word.group(), style))
    return out


_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}\p{Ll}*[ \u00a0]$")
# a person's title right before a capitalised syllable: "đồng chí Thuỳ", "bà Hoà"
_PERSON_BEFORE = regex.compile(r"(?<!\p{L})(?i:đồng\s+chí|ông|bà|anh|chị|em|cháu)[ \u00a0]$")
# in a line of capitals, the syllables after a unit of administration and its first word(s) are
# the unit's name: "TỈNH THANH HOÁ", "PHƯỜNG XUÂN HOÀ" (but "HUYỆN ỦY KHOÁ XX" is the committee)
_PLACE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|THỊ\s+TRẤN|XÃ(?![ \u00a0]+HỘI)|PHƯỜNG)"
    r"(?![ \u00a0]+(?:ỦY|UỶ)(?!\p{L}))(?:[ \u00a0]+\p{Lu}+){1,3}[ \u00a0]+$")


# in a line of capitals, up to three syllables before the word: a family name among them makes
# it a person's name ("NGUYỄN THỊ THUỲ")
_CAPITALS_BEFORE = regex.compile(r"(?<!\p{L})(\p{Lu}+)(?:[ \u00a0]+\p{Lu}+){0,2}[ \u00a0]+$")


def _in_name(text: str, start: int, word: str, surnames: frozenset[str] = frozenset()) -> bool:
    """A capitalised syllable right after another is part of a name ("Nguyễn Thị Thuỳ", "phường
    Xuân Hoà"), as is one right after a person's title ("đồng chí Thuỳ") or, in capitals, one in
    the name of a place ("TỈNH THANH HOÁ") or after a family name ("NGUYỄN THỊ THUỲ"): names
    keep their own spelling."""
    if word.isupper() and len(word) > 1:
        if _PLACE_BEFORE.search(text, max(0, start - 40), start) is not None:
            return True
        before = _CAPITALS_BEFORE.search(text, max(0, start - 30), start)
        return before is not None and any(w.lower() in surnames for w in before.group().split())
    return word[:1].isupper() and (_CAPITALISED_BEFORE.search(text, max(0, start - 12), start) is not None
                                   or _PERSON_BEFORE.search(text, max(0, start - 12), start) is not None)


def _letters_start(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _examples(words) -> str:
    """The three most frequent spellings, in lower case: "hóa, ủy, khóa"."""
    return ", ".join(w for w, _ in Counter(w.lower() for w in words).most_common(3))


@rule("KT501", "mixed-spelling-style", "consistency", "warning",
      summary_vi="Cách viết không thống nhất: đặt dấu thanh kiểu “hoà/hòa”, “uỷ/ủy”; viết i/y (“kỹ/kĩ”, “lý/lí”)",
      summary_en="Mixed spelling styles: tone-mark placement (“hoà/hòa”, “uỷ/ủy”) and i/y (“kỹ/kĩ”, “lý/lí”)",
      explanation_vi="Có hai cách đặt dấu thanh trên vần “oa”, “oe”, “uy” không có âm cuối: “hoà, khoẻ, uỷ, thuỷ” và "
                     "“hòa, khỏe, ủy, thủy”. Cả hai đều được chấp nhận (Quyết định 1989/QĐ-BGDĐT) nhưng một bản "
                     "thảo chỉ nên dùng một cách. Quy tắc đếm mọi âm tiết có vần này (không dựa vào danh sách từ), "
                     "lấy cách mà phần lớn bản thảo dùng làm chuẩn và báo từng chỗ viết theo cách kia, kèm số lần. "
                     "Tương tự với các âm tiết viết i hoặc y (“kỹ/kĩ”, “lý/lí”, “kỳ/kì”, “tỷ lệ/tỉ lệ”), theo danh "
                     "sách chọn lọc rules/data/variants_iy.csv (bổ sung bằng khóa [tool.kiemtra.data] variants-iy); "
                     "tên riêng viết hoa giữa câu (“Lý Thường Kiệt”) không bị tính. Tên người và địa danh (“Nguyễn "
                     "Thị Thuỳ”, “đồng chí Thuỳ”, “TỈNH THANH HOÁ”, “NGUYỄN THỊ THUỲ”) giữ cách viết riêng và không "
                     "được đếm khi xét cách đặt dấu; họ của người viết hoa toàn bộ được nhận ra theo danh sách "
                     "rules/data/consistency-surnames.txt (bổ sung bằng khóa surnames). Phần của trang web bao "
                     "quanh một văn bản chép về (bảng thông tin “Số hiệu:”, “Nơi ban hành:” … ở trên, hộp liên hệ "
                     "“Địa chỉ:”, “Mã số thuế:” … ở dưới; danh sách ở rules/data/consistency-page-frame.txt) không "
                     "được đếm.",
      explanation_en="The tone mark of an open “oa”, “oe”, “uy” can sit on either vowel: “hoà, khoẻ, uỷ, thuỷ” or "
                     "“hòa, khỏe, ủy, thủy”. Both are accepted but a draft should use one. Every such syllable is "
                     "counted (no word list); the placement most of the draft uses is the norm and every place "
                     "written the other way is reported, with the counts. The same holds for syllables written "
                     "with i or y (“kỹ/kĩ”, “lý/lí”, “kỳ/kì”, “tỷ lệ/tỉ lệ”), from the curated list "
                     "rules/data/variants_iy.csv (extend with [tool.kiemtra.data] variants-iy); capitalised names "
                     "inside a sentence are not counted. Names of people and places (“Nguyễn Thị Thuỳ”, “đồng chí "
                     "Thuỳ”, “TỈNH THANH HOÁ”, “NGUYỄN THỊ THUỲ”) keep their own spelling and are not counted for "
                     "tone-mark placement; family names in capitals are recognised from "
                     "rules/data/consistency-surnames.txt (extend with the surnames key). The frame of a web page "
                     "around a pasted document (its information table “Số hiệu:”, “Nơi ban hành:” … above, its "
                     "contact box “Địa chỉ:”, “Mã số thuế:” … below; listed in rules/data/consistency-page-frame.txt) "
                     "is not counted.",
      bad="Ban Thường vụ Huyện ủy chỉ đạo ... Huyện uỷ giao ... Ủy ban Kiểm tra ...",
      good="Ban Thường vụ Huyện ủy chỉ đạo ... Huyện ủy giao ... Ủy ban Kiểm tra ...")
def check_spelling_style(doc: Document, ctx):
    surnames = frozenset(word_list(ctx, "consistency-surnames.txt", "surnames"))
    yield from _tone_findings(doc, surnames, draft_bounds(doc, ctx))
    groups = group_list(ctx, "variants_iy.csv", "variants-iy")
    yield from _variant_findings(doc, ctx, groups, "KT501", "Viết không thống nhất", "Inconsistent spelling",
                                 one_for_draft=True)


def _tone_findings(doc: Document, surnames: frozenset[str], bounds: tuple[Place, Place]):
    spots = _tone_spots(doc, surnames, bounds)
    result = majority(spots, key=lambda s: s[2], preference=(TONE_ON_FIRST,))
    if result is None:
        return
    style = result.form
    other = TONE_ON_SECOND if style == TONE_ON_FIRST else TONE_ON_FIRST
    n_major, n_minor = result.counts[style], result.counts[other]
    ex_major = _examples(w for _, w, st in spots if st == style)
    ex_minor = _examples(w for _, w, st in spots if st == other)
    first_of = {}  # first place of each word written in the majority style ("hòa" for "hoà")
    for span, word, st in spots:
        if st == style:
            first_of.setdefault(word.lower(), span)
    first_major = next(span for span, _, st in spots if st == style)
    # one finding for the draft: the two placements are one variant group, and the message
    # names the words written the other way and how often
    span, word, _ = result.minority[0]
    fix = retone(word, style)
    yield finding(
        "KT501",
        f"Đặt dấu thanh không thống nhất: “{word}”, trong khi phần lớn bản thảo đặt dấu như “{ex_major}” "
        f"({n_major} chỗ; như “{ex_minor}”: {n_minor} chỗ); nên viết “{fix}”",
        f"Mixed tone-mark placement: “{word}”, while most of the draft places the mark as in “{ex_major}” "
        f"({_n(n_major, 'place')}; as in “{ex_minor}”: {n_minor}); write “{fix}”",
        span, related=[first_of.get(fix.lower(), first_major)], fix=Fix(span.start, span.end, fix))


@dataclass(frozen=True, slots=True)
class _Slip:
    """The spellings of one group that differ from the draft's (``norm``)."""

    first: Spot  # the first place written otherwise
    others: tuple[Spot, ...]  # the first place of each further spelling written otherwise
    norm: str
    counts: Counter
    first_major: Spot
    right: str  # what to write: the norm, or the group's right spelling when the draft never uses it


def _variant_slips(doc: Document, ctx, groups, first_is_right: bool) -> list[_Slip]:
    """One slip for each group the draft spells more than one way, in reading order.  The
    draft's spelling is the one it mostly uses; with ``first_is_right``, the group's first
    spelling whenever the draft uses it at all ("kinh tế - xã hội" is never "corrected" to a
    majority "kinh tế-xã hội"), and the one to write even when it does not ("Ban Chấp Hành" and
    "Ban chấp hành" are both to be written "Ban Chấp hành")."""
    variants = Variants(groups)
    low = ctx.memo("consistency.lowered", lambda: [lowered(b.text) if readable(b) else None for b in doc.blocks])
    start, end = draft_bounds(doc, ctx)
    spots = [s for block in filter(readable, doc.blocks[start[0]:end[0] + 1])
             for s in variants.find(block.index, block.text, low[block.index]) if start <= (s.block, s.start) < end]
    by_group: dict[int, list] = {}
    for s in spots:
        by_group.setdefault(s.group, []).append(s)
    out = []
    for gi, group_spots in by_group.items():
        result = majority(group_spots, key=lambda s: s.form, preference=variants.groups[gi])
        if result is None:
            continue
        right = variants.groups[gi][0]
        norm = right if first_is_right and result.counts[right] else result.form
        first_of_form: dict[str, Spot] = {}
        for s in group_spots:
            if s.form != norm:
                first_of_form.setdefault(s.form, s)
        first, *others = first_of_form.values()
        out.append(_Slip(first, tuple(others), norm, result.counts,
                         next(s for s in group_spots if s.form == norm), right if first_is_right else norm))
    return sorted(out, key=lambda slip: (slip.first.block, slip.first.start))


def _span(s: Spot) -> Span:
    return Span(s.block, s.start, s.end)


def _fix_of(slip: _Slip) -> str:
    written = slip.first.written
    return match_case(written, slip.right) if slip.first.form.lower() != slip.right.lower() else slip.right


def _written_vi(slip: _Slip) -> str:
    """“kinh tế-xã hội” (2 chỗ), “kinh tế -xã hội” (1 chỗ)"""
    return ", ".join(f"“{s.written}” ({slip.counts[s.form]} chỗ)" for s in (slip.first, *slip.others))


def _written_en(slip: _Slip) -> str:
    return ", ".join(f"“{s.written}” ({_n(slip.counts[s.form], 'place')})" for s in (slip.first, *slip.others))


def _variant_findings(doc: Document, ctx, groups, code: str, what_vi: str, what_en: str,
                      first_is_right: bool = False, one_for_draft: bool = False):
    """One finding for each group the draft spells more than one way, at the first place
    written otherwise, with the counts; with ``one_for_draft``, one finding for all the groups
    (one habit, such as writing i or y), the other groups named in the message and placed as
    related places."""
    if not groups:
        return
    slips = _variant_slips(doc, ctx, groups, first_is_right)
    if not slips:
        return
    if one_for_draft:
        slips = [slips]
    else:
        slips = [[slip] for slip in slips]
    for main, *more in slips:
        n_major = main.counts[main.norm]
        fix = _fix_of(main)
        also_vi = "; cũng vậy: " + "; ".join(f"{_written_vi(m)} trong khi bản thảo viết “{m.norm}” "
                                            f"{m.counts[m.norm]} chỗ" for m in more) if more else ""
        also_en = "; likewise: " + "; ".join(f"{_written_en(m)} while the draft writes “{m.norm}” in "
                                            f"{_n(m.counts[m.norm], 'place')}" for m in more) if more else ""
        related = [_span(main.first_major), *(_span(s) for s in main.others), *(_span(m.first) for m in more)]
        yield finding(
            code,
            f"{what_vi}: {_written_vi(main)} trong khi bản thảo viết “{main.norm}” {n_major} chỗ; nên viết "
            f"“{fix}”{also_vi}",
            f"{what_en}: {_written_en(main)} while the draft writes “{main.norm}” in {_n(n_major, 'place')}; "
            f"write “{fix}”{also_en}",
            _span(main.first), related=related)


# --- KT502 ------------------------------------------------------------------------------

_INVISIBLE_VI = {"\u200b": "dấu cách độ rộng 0", "\u200c": "ký tự không nối độ rộng 0",
                 "\u200d": "ký tự nối độ rộng 0", "\u2060": "ký tự nối từ", "\ufeff": "dấu BOM độ rộng 0",
                 "\u00ad": "dấu gạch nối mềm"}


@rule("KT502", "mixed-unicode", "consistency", "warning",
      summary_vi="Ký tự ẩn (dấu cách độ rộng 0, gạch nối mềm, dấu cách không ngắt giữa các chữ) hoặc chữ mã hóa "
                 "dạng tổ hợp (NFD) lẫn với dạng dựng sẵn (NFC)",
      summary_en="Invisible characters (zero-width space, soft hyphen, no-break space between words) or decomposed "
                 "(NFD) letters mixed with precomposed (NFC) ones",
      explanation_vi="Văn bản chép từ web, từ máy Mac hoặc từ bộ gõ khác mang theo những ký tự không nhìn thấy: dấu "
                     "cách độ rộng 0 (U+200B), ký tự nối (U+200C, U+200D, U+2060), dấu BOM (U+FEFF), gạch nối mềm "
                     "(U+00AD), hoặc dấu cách không ngắt (U+00A0) chen giữa hai chữ. Chữ có dấu cũng có thể được lưu "
                     "dạng tổ hợp (chữ cái + dấu rời, NFD) thay vì dạng dựng sẵn (NFC) như phần còn lại. Nhìn thì "
                     "giống hệt, nhưng tìm kiếm (Ctrl+F), kiểm tra chính tả và so sánh văn bản đều bỏ sót những chỗ "
                     "này. Dấu cách không ngắt trước số hoặc chữ viết hoa (“Điều 15”, “T/M HUYỆN ỦY”) là cố ý và "
                     "không bị báo. Một tên có dấu nháy (“Ea H'leo”, “M'nông”) gõ bằng dấu nháy thẳng (') ở chỗ này, "
                     "dấu nháy cong (’) ở chỗ khác cũng bị báo, ở chỗ viết khác phần lớn bản thảo. Chữ có một ký tự "
                     "của bảng chữ cái khác trông giống chữ Latinh (chữ Kirin “у” trong “ủу”, “ТТНС” gõ bằng bàn phím "
                     "Nga, chữ “Ð” của tiếng Iceland thay cho “Đ” trong “Ðảng”) bị báo kèm cách sửa.",
      explanation_en="Text pasted from the web, a Mac or another input method brings invisible characters: zero-width "
                     "space (U+200B), joiners (U+200C, U+200D, U+2060), BOM (U+FEFF), soft hyphen (U+00AD), or a "
                     "no-break space (U+00A0) between two words. Accented letters may also be stored decomposed "
                     "(letter + combining marks, NFD) instead of precomposed (NFC) like the rest. They look the same, "
                     "but search, spell checking and text comparison miss them. A no-break space before a number or "
                     "a capitalised word (“Điều 15”, “T/M HUYỆN ỦY”) is deliberate and not reported. A name with an "
                     "apostrophe (“Ea H'leo”, “M'nông”) typed with the straight one (') in one place and the curly "
                     "one (’) in another is reported where it differs from most of the draft. A word with a letter "
                     "of another alphabet that looks Latin (the Cyrillic “у” in “ủу”, “ТТНС” typed on a Russian "
                     "layout, the Icelandic eth “Ð” for “Đ” in “Ðảng”) is reported with its correction.",
      bad="đấu tranh\u200b phản bác (a zero-width space after “tranh”)",
      good="đấu tranh phản bác")
def check_unicode(doc: Document, ctx):
    yield from _invisible_findings(doc)
    yield from _nfd_findings(doc)
    yield from _foreign_letter_findings(doc)
    yield from _apostrophe_findings(doc)


def _apostrophe_findings(doc: Document):
    """One finding for each name typed with two different apostrophes, at the first place of a
    minority one."""
    spots: dict[str, list[tuple[Span, str]]] = {}
    for block in filter(readable, doc.blocks):
        for start, end, name in apostrophe_names(block.text):
            spots.setdefault(name[0] + "'" + name[2:], []).append((Span(block.index, start, end), name))
    out = []
    for group in spots.values():
        result = majority(group, key=lambda s: s[1][1])
        if result is None:
            continue
        span, name = result.minority[0]
        norm = next(n for _, n in group if n[1] == result.form)
        mark, code = name[1], APOSTROPHES[name[1]]
        norm_code = APOSTROPHES[result.form]
        n_minor = result.counts[mark]
        out.append(finding(
            "KT502",
            f"“{name}” viết với dấu nháy “{mark}” ({code}, {n_minor} chỗ) trong khi bản thảo viết “{norm}” với "
            f"“{result.form}” ({norm_code}) {result.counts[result.form]} chỗ: trông giống nhau nhưng tìm kiếm sẽ bỏ "
            f"sót; nên viết “{norm}”",
            f"“{name}” is typed with the apostrophe “{mark}” ({code}, {_n(n_minor, 'place')}) while the draft "
            f"writes “{norm}” with “{result.form}” ({norm_code}) in {_n(result.counts[result.form], 'place')}: "
            f"they look alike but search misses one; write “{norm}”",
            span, related=[next(s for s, n in group if n[1] == result.form)],
            fix=Fix(span.start + 1, span.start + 2, result.form)))
    yield from sorted(out, key=lambda f: (f.span.block, f.span.start))


def _foreign_letter_findings(doc: Document):
    """One finding a word: its letters from another alphabet, by code point."""
    for block in filter(readable, doc.blocks):
        letters = foreign_letters(block.text)
        while letters:
            word = _LETTERS.match(block.text, _letters_start(block.text, letters[0][0]))
            here = [x for x in letters if word.start() <= x[0] < word.end()]
            letters = letters[len(here):]
            codes = ", ".join(f"“{ch}” (U+{ord(ch):04X} {unicodedata.name(ch, '?')})" for _, _, ch in here)
            fix = None
            if all(ch in LATIN_FOR for _, _, ch in here):
                fixed = "".join(LATIN_FOR.get(ch, ch) if word.start() + i in {x[0] for x in here} else ch
                                for i, ch in enumerate(word.group()))
                fix = Fix(word.start(), word.end(), fixed)
            yield finding(
                "KT502",
                f"Chữ “{word.group()}” chứa ký tự của bảng chữ cái khác: {codes}; trông giống chữ tiếng Việt nhưng "
                f"tìm kiếm và so khớp sẽ bỏ sót; gõ lại chữ này",
                f"The word “{word.group()}” holds letters of another alphabet: {codes}; it looks Vietnamese but "
                f"search and matching will miss it; retype it",
                Span(block.index, word.start(), word.end()), fix=fix)


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    before = _LETTERS.findall(text[max(0, start - 40):start])
    after = _LETTERS.findall(text[end:end + 40])
    return (before[-1] if before else ""), (after[0] if after else "")


def _between(before: str, after: str, vi: bool) -> str:
    if before and after:
        return f"giữa “{before}” và “{after}”" if vi else f"between “{before}” and “{after}”"
    if before:
        return f"sau “{before}”" if vi else f"after “{before}”"
    if after:
        return f"trước “{after}”" if vi else f"before “{after}”"
    return ""


def _invisible_findings(doc: Document):
    for block in doc.blocks:
        text = block.text
        for start, end in invisible_runs(text):
            ch = text[start]
            name_vi, name_en = _INVISIBLE_VI.get(ch, "ký tự ẩn"), INVISIBLES.get(ch, "invisible character")
            count = f" ({end - start} ký tự liền nhau)" if end - start > 1 else ""
            count_en = f" ({end - start} in a row)" if end - start > 1 else ""
            before, after = _neighbours(text, start, end)
            yield finding(
                "KT502",
                f"Ký tự ẩn: {name_vi} (U+{ord(ch):04X}) {_between(before, after, True)}{count}; không nhìn thấy nhưng "
                f"làm tìm kiếm và so khớp bỏ sót, nên xóa",
                f"Invisible character: {name_en} (U+{ord(ch):04X}) {_between(before, after, False)}{count_en}; it "
                f"cannot be seen but breaks search and matching: delete it",
                Span(block.index, start, end), fix=Fix(start, end, ""))
        for at in nbsp_in_words(text):
            before, after = _neighbours(text, at, at + 1)
            yield finding(
                "KT502",
                f"Dấu cách không ngắt (U+00A0) giữa “{before}” và “{after}”: tìm “{before} {after}” sẽ không thấy chỗ "
                f"này; thay bằng dấu cách thường",
                f"No-break space (U+00A0) between “{before}” and “{after}”: a search for “{before} {after}” misses "
                f"it; use an ordinary space",
                Span(block.index, at, at + 1), severity="info", fix=Fix(at, at + 1, " "))


def _nfd_findings(doc: Document):
    """Decomposed words, when the rest of the draft is precomposed (a wholly NFD draft is
    consistent with itself and is left alone)."""
    if not any(b.denormalized for b in doc.blocks):
        return
    if not any(has_precomposed_marks(outside(b.text, b.denormalized)) for b in doc.blocks):
        return
    for block in doc.blocks:
        for start, end in decomposed_words(block.text, block.denormalized):
            word = block.text[start:end]
            quoted, n = _quoted_run(word)
            what_vi, what_en = (f"“{quoted}” ({n} chữ)", f"“{quoted}” ({n} words)") if n > _QUOTED_WORDS else \
                (f"“{word}”", f"“{word}”")
            yield finding(
                "KT502",
                f"{what_vi} được lưu ở dạng tổ hợp (NFD: chữ cái và dấu rời nhau), khác phần còn lại của bản thảo "
                f"(dạng dựng sẵn, NFC): tìm kiếm và so khớp sẽ bỏ sót; "
                f"{'chuyển sang dạng dựng sẵn' if n > _QUOTED_WORDS else 'gõ lại chữ này'}",
                f"{what_en} {'are' if n > _QUOTED_WORDS else 'is'} stored decomposed (NFD: letters and marks apart), "
                f"unlike the rest of the draft (precomposed, NFC): search and matching will miss "
                f"{'them; convert them to precomposed form' if n > _QUOTED_WORDS else 'it; retype it'}",
                Span(block.index, start, end), severity="info", fix=Fix(start, end, word))


_QUOTED_WORDS = 6  # a longer decomposed run (a pasted paragraph) is quoted by its ends


def _quoted_run(text: str) -> tuple[str, int]:
    """``text`` shortened to its first four and last two words when it is longer than
    _QUOTED_WORDS words, and its number of words."""
    words = text.split()
    if len(words) <= _QUOTED_WORDS:
        return text, len(words)
    return " ".join(words[:4]) + " … " + " ".join(words[-2:]), len(words)


# --- KT503 ------------------------------------------------------------------------------

# the recipients list ("Nơi nhận:", "Lưu: VT, ...") ends the document and abbreviates by
# convention (PCT, CVP); converted pages put it in the middle of a line with the signature
_RECIPIENTS = regex.compile(r"(?i:nơi\s+nhận)\s*:|(?<!\p{L})Lưu\s*:\s*\p{Lu}{2,}")
# an item of the list right before "Lưu:" when the page lost the "Nơi nhận:" line: "- Sở Tư pháp;"
_RECIPIENT_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])-\s[^;|\n]{1,150};\s*(?:-\s*)?$")


def _recipients_start(text: str) -> int | None:
    """Where the recipients list of ``text`` starts: "Nơi nhận:", or the "- item;" lines right
    before "Lưu: VT, ..." (None when ``text`` has neither)."""
    m = _RECIPIENTS.search(text)
    if m is None:
        return None
    start = m.start()
    while (item := _RECIPIENT_BEFORE.search(text, max(0, start - 160), start)) is not None:
        start = item.start()
    return start


@rule("KT503", "undefined-abbreviation", "consistency", "warning",
      summary_vi="Chữ viết tắt được dùng trước khi được viết đầy đủ (DVCTT, CĐS)",
      summary_en="An abbreviation used before it is spelled out (DVCTT, CĐS)",
      explanation_vi="Chữ viết tắt phải được viết đầy đủ ở lần dùng đầu tiên, theo một trong các dạng quen thuộc: "
                     "“dịch vụ công trực tuyến (DVCTT)”, “(sau đây gọi tắt là DVCTT)”, “(viết tắt là DVCTT)”, “(sau "
                     "đây gọi là KHCN, ĐMST và CĐS)” hoặc “DVCTT (dịch vụ công trực tuyến)”. Quy tắc cảnh báo khi một "
                     "chữ viết tắt được dùng trước chỗ nó được giải thích; chữ viết tắt không được giải thích ở đâu "
                     "cả chỉ được ghi chú (mức thông tin), một lần cho mỗi chữ, ở lần dùng đầu tiên, vì văn bản thật "
                     "dùng nhiều chữ viết tắt quen thuộc trong ngành. Các chữ viết tắt ai cũng biết (UBND, HĐND, "
                     "MTTQ, TTHC, KH&CN...) nằm trong rules/data/abbreviations.txt, bổ sung bằng khóa "
                     "[tool.kiemtra.data] abbreviations. Chữ viết tắt trong ô bảng, trong phần “Nơi nhận”, “Lưu: VT”, "
                     "trong số ký hiệu văn bản (“35-NQ/TW”), trong dòng chữ in hoa (tiêu đề, chữ ký), trong tên công "
                     "ty (“Công ty cổ phần ABC”) và số La Mã không bị tính. Chữ viết tắt đã được giải nghĩa trong "
                     "bảng chữ viết tắt (“NLĐ | Người lao động”), trong dòng “NLĐ: Người lao động” hoặc ngay sau nó "
                     "không có ngoặc (“CBVC cán bộ viên chức”) không bị ghi chú là chưa giải thích. Chữ viết tắt quen "
                     "thuộc bị gõ D thay cho Đ (“HDND”, “DBQH”) bị cảnh báo, kèm cách sửa.",
      explanation_en="An abbreviation must be spelled out at its first use, in one of the usual forms: “dịch vụ công "
                     "trực tuyến (DVCTT)”, “(sau đây gọi tắt là DVCTT)”, “(viết tắt là DVCTT)”, “(sau đây gọi là "
                     "KHCN, ĐMST và CĐS)” or “DVCTT (dịch vụ công trực tuyến)”. The rule warns when an abbreviation "
                     "is used before the place that spells it out; one never spelled out is only noted (info), once, "
                     "at its first use, since real documents use many abbreviations familiar in their field. "
                     "Abbreviations everyone knows (UBND, HĐND, MTTQ, TTHC, KH&CN...) are listed in "
                     "rules/data/abbreviations.txt, extended with [tool.kiemtra.data] abbreviations. Table cells, the "
                     "recipients list (“Nơi nhận”, “Lưu: VT”), document symbols (“35-NQ/TW”), lines in capitals "
                     "(headings, signatures), company names (“Công ty cổ phần ABC”) and Roman numerals are not "
                     "counted. An abbreviation explained in a table of abbreviations (“NLĐ | Người lao động”), in a "
                     "line “NLĐ: Người lao động” or by the words right after it without brackets (“CBVC cán bộ viên "
                     "chức”) is not noted as never spelled out. A well-known abbreviation with its Đ typed as D "
                     "(“HDND”, “DBQH”) is a warning, with the correction.",
      bad="Tỷ lệ DVCTT toàn trình tăng. ... Phát triển dịch vụ công trực tuyến (DVCTT).",
      good="Tỷ lệ dịch vụ công trực tuyến (DVCTT) toàn trình tăng. ... Phát triển DVCTT.")
def check_abbreviations(doc: Document, ctx):
    known = frozenset(word_list(ctx, "abbreviations.txt", "abbreviations"))
    first_use: dict[str, object] = {}
    first_definition: dict[str, object] = {}
    uses: Counter = Counter()
    glossed: set[str] = set()  # spelled out somewhere without brackets: never "not explained"
    for block in filter(readable, doc.blocks):
        if not any(ch.isupper() for ch in block.text):
            continue
        if block.kind == TABLE_CELL and (entry := _glossary_entry(doc, block)):
            glossed.add(entry)
        recipients = _recipients_start(block.text)
        text = block.text[:recipients] if recipients is not None else block.text
        for m in mentions(block.index, text, frozenset()):  # a well-known one the draft spells out counts
            if m.glossed:
                glossed.add(m.abbr)
            if m.defines:
                first_definition.setdefault(m.abbr, m)
            elif block.kind != TABLE_CELL:  # tables abbreviate by design
                uses[m.abbr] += 1
                if m.abbr not in first_use and not quotes_the_title(text, m.start, m.end, doc.title):
                    first_use[m.abbr] = m
        if recipients is not None:
            break
    for abbr, use in sorted(first_use.items(), key=lambda kv: (kv[1].block, kv[1].start)):
        definition = first_definition.get(abbr)
        span = Span(use.block, use.start, use.end)
        right = with_barred_d(abbr, known) if definition is None and abbr not in known else None
        if right is not None:
            n = uses[abbr]
            yield finding(
                "KT503",
                f"“{abbr}” (dùng {n} lần) không phải chữ viết tắt quen thuộc; có lẽ là “{right}”, chữ Đ gõ thành D",
                f"“{abbr}” (used {_n(n, 'time')}) is no familiar abbreviation; probably “{right}”, with Đ typed as D",
                span, fix=Fix(span.start, span.end, right))
        elif definition is None and abbr not in known and abbr not in glossed:
            n = uses[abbr]
            yield finding(
                "KT503",
                f"Chữ viết tắt “{abbr}” chưa được giải thích (dùng {n} lần): ở lần dùng đầu tiên, cần viết đầy đủ "
                f"cụm từ rồi ghi “({abbr})”",
                f"The abbreviation “{abbr}” is never spelled out (used {_n(n, 'time')}): at its first use, write it "
                f"in full followed by “({abbr})”",
                span, severity="info")
        elif definition is not None and (definition.block, definition.start) > (use.block, use.start):
            where = section_display(doc.blocks[definition.block].section)
            where_vi = f"ở mục {where}" if where else "ở phần sau"
            where_en = f"in section {where}" if where else "further on"
            yield finding(
                "KT503",
                f"Chữ viết tắt “{abbr}” được dùng trước khi được viết đầy đủ (chỉ được giải thích {where_vi}); "
                f"hãy viết đầy đủ ở lần dùng đầu tiên này",
                f"The abbreviation “{abbr}” is used before it is spelled out (only explained {where_en}); spell it "
                f"out here, at its first use",
                span, related=[Span(definition.block, definition.start, definition.end)])


def _glossary_entry(doc: Document, cell) -> str | None:
    """The abbreviation that ``cell`` and the next cell of its row explain, in a table of
    abbreviations."""
    if cell.index + 1 >= len(doc.blocks) or len(cell.text) > 20:
        return None
    right = doc.blocks[cell.index + 1]
    if right.kind != TABLE_CELL or (right.table, right.row) != (cell.table, cell.row):
        return None
    return glossary_entry(cell.text, right.text)


# --- KT504 ------------------------------------------------------------------------------

@rule("KT504", "term-variants", "consistency", "warning",
      summary_vi="Một thuật ngữ được viết theo hai cách (COVID-19 / Covid-19, “kinh tế - xã hội” / “kinh tế-xã hội”)",
      summary_en="One term written two ways (COVID-19 / Covid-19, “kinh tế - xã hội” / “kinh tế-xã hội”)",
      explanation_vi="Các đoạn chép từ nhiều nguồn thường viết cùng một thuật ngữ theo nhiều cách: “COVID-19” và "
                     "“Covid-19”, “kinh tế - xã hội” và “kinh tế-xã hội”, “hằng năm” và “hàng năm”, “m²” và “m2”. "
                     "Quy tắc lấy cách viết mà phần lớn bản thảo dùng làm chuẩn và báo từng chỗ viết khác, kèm số lần. "
                     "Danh sách thuật ngữ ở rules/data/variants.csv (mỗi dòng một nhóm cách viết, phân cách bằng dấu "
                     "phẩy, cách viết đúng đứng đầu, kể cả tên cơ quan viết hoa như “Ban Chỉ đạo”, “Thủ tướng Chính "
                     "phủ”); bổ sung bằng khóa [tool.kiemtra.data] variants. Các nhóm không có cách viết nào được ưu "
                     "tiên (“TP. HCM” / “TP.HCM”, “e-mail” / “email”) ở rules/data/variants_style.csv (khóa "
                     "variants-style): chuẩn là cách bản thảo dùng nhiều nhất. Cụm từ chỉ viết hoa chữ đầu ở đầu câu "
                     "(“Ban chỉ đạo cấp xã …”) có thể là danh từ chung nên không được đếm; phần của trang web bao "
                     "quanh một văn bản chép về cũng vậy (xem KT501).",
      explanation_en="Passages copied from several sources write one term several ways: “COVID-19” and “Covid-19”, "
                     "“kinh tế - xã hội” and “kinh tế-xã hội”, “hằng năm” and “hàng năm”, “m²” and “m2”. The spelling "
                     "most of the draft uses is the norm and every other place is reported, with the counts. The "
                     "terms are listed in rules/data/variants.csv (one group of spellings a line, comma-separated, "
                     "the right one first, including bodies' names in capitals such as “Ban Chỉ đạo”, “Thủ tướng "
                     "Chính phủ”); extend it with [tool.kiemtra.data] variants. Groups with no preferred spelling "
                     "(“TP. HCM” / “TP.HCM”, “e-mail” / “email”) are in rules/data/variants_style.csv (key "
                     "variants-style): the norm is the spelling the draft uses most. A phrase capitalised only on "
                     "its first letter at a sentence start (“Ban chỉ đạo cấp xã …”) may be a common noun and is not "
                     "counted, nor is the frame of a web page around a pasted document (see KT501).",
      bad="Dịch COVID-19 diễn biến phức tạp ... dịch Covid-19 kéo dài ...",
      good="Dịch COVID-19 diễn biến phức tạp ... dịch COVID-19 kéo dài ...")
def check_terms(doc: Document, ctx):
    groups = group_list(ctx, "variants.csv", "variants")
    yield from _variant_findings(doc, ctx, groups, "KT504", "Thuật ngữ viết không thống nhất", "Term written two ways",
                                 first_is_right=True)
    styles = group_list(ctx, "variants_style.csv", "variants-style")
    yield from _variant_findings(doc, ctx, styles, "KT504", "Thuật ngữ viết không thống nhất", "Term written two ways")

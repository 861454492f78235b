"""KT505: a range of numbers whose dash has a space on one side only ("2021 -2026", "2021- 2026").

A range is written with the dash tight ("2021-2025") or with a space on each side ("2021 -
2025"); a space on one side only is a typing slip, and it breaks searching for the range.  The
draft's own way (the one most of its ranges use; spaced when it has none) is the suggested
correction.  A space where a text file wraps its line is not counted: the source had none.  One
finding for the draft, at the first lopsided range, the others as related
places: it is one habit to fix, not a finding per place.
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import Document, readable
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, Span, finding


_NUMBER_BEFORE = r"(?<![\p{L}\p{N}/.,:\-–—])\d+(?:[.,]\d+)*"
_NUMBER_AFTER = r"\d+(?:[.,]\d+)*(?![\p{L}\p{N}/\-–—]|[.,]\d)"
# a dash between two numbers, with spaces and tabs (never a line break) on either side
_RANGE = regex.compile(rf"(?P<a>{_NUMBER_BEFORE})(?P<left>[ \t]*)(?P<dash>[-–])(?P<right>[ \t]*)(?P<b>{_NUMBER_AFTER})")


def ranges(text: str) -> list[regex.Match]:
    """Every range of two numbers joined by a dash in ``text``."""
    if "-" not in text and "–" not in text:
        return []
    return list(_RANGE.finditer(text))


def lopsided(m: regex.Match) -> bool:
    return bool(m.group("left")) != bool(m.group("right"))


def wrapped(block, m: regex.Match) -> bool:
    """Whether a space beside the dash is where a text file wrapped the line ("2021-" at the end
    of one line, "2025" on the next, read as "2021- 2025"): the source had no space there."""
    for group in ("left", "right"):
        start, end = m.span(group)
        if any(not _in_segment(block, i) for i in range(start, end)):
            return True
    return False


def _in_segment(block, i: int) -> bool:
    """Whether offset ``i`` of the block's text came from the source as written (the readers
    record where each stretch of text came from; the spaces that join wrapped lines of a text
    file lie between those stretches)."""
    return not block.segments or any(seg.start <= i < seg.end for seg in block.segments)


def _rewritten(m: regex.Match, spaced: bool) -> str:
    dash = m.group("dash")
    return f"{m.group('a')} {dash} {m.group('b')}" if spaced else f"{m.group('a')}{dash}{m.group('b')}"


@rule("KT505", "range-dash-spacing", "consistency", "warning",
      summary_vi="Dấu gạch nối giữa hai số có dấu cách ở một bên (“2021 -2026”, “2021- 2026”)",
      summary_en="A dash between two numbers with a space on one side only (“2021 -2026”, “2021- 2026”)",
      explanation_vi="Khoảng số, giai đoạn được viết liền (“2021-2025”) hoặc cách đều hai bên dấu gạch (“2021 - "
                     "2025”). Dấu cách chỉ ở một bên (“2021 -2025”, “2021- 2025”) là lỗi gõ và làm tìm kiếm bỏ sót. "
                     "Quy tắc đề nghị cách viết mà phần lớn các khoảng số của bản thảo dùng (cách hai bên nếu bản "
                     "thảo chưa có), báo một lần cho cả bản thảo ở chỗ đầu tiên, kèm các chỗ còn lại.",
      explanation_en="A range or period is written tight (“2021-2025”) or with a space on each side of the dash "
                     "(“2021 - 2025”). A space on one side only (“2021 -2025”, “2021- 2025”) is a typing slip that "
                     "also defeats search. The rule suggests the way most of the draft's ranges are written (spaced "
                     "when it has none) and reports once for the draft, at the first place, with the others.",
      bad="Kế hoạch phát triển giai đoạn 2021 -2025.",
      good="Kế hoạch phát triển giai đoạn 2021 - 2025.")
def check_range_spacing(doc: Document, ctx):
    bad, spaced, tight = [], 0, 0
    for block in filter(readable, doc.blocks):
        for m in ranges(block.text):
            if wrapped(block, m):
                continue
            if lopsided(m):
                bad.append((block.index, m))
            elif m.group("left"):
                spaced += 1
            else:
                tight += 1
    if not bad:
        return
    use_spaces = spaced >= tight
    block, first = bad[0]
    fix = _rewritten(first, use_spaces)
    others = spaced if use_spaces else tight
    how_vi = f"như {others} khoảng số khác của bản thảo" if others else "cách đều hai bên"
    how_en = f"as {others} other ranges of the draft are" if others else "spaced on both sides"
    more_vi = f" (cùng {len(bad) - 1} chỗ khác)" if len(bad) > 1 else ""
    more_en = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
    yield finding(
        "KT505",
        f"Dấu gạch nối giữa hai số có dấu cách ở một bên: “{first.group()}”{more_vi}; nên viết “{fix}”, {how_vi}",
        f"A dash between two numbers with a space on one side only: “{first.group()}”{more_en}; write “{fix}”, "
        f"{how_en}",
        Span(block, first.start(), first.end()),
        related=[Span(b, m.start(), m.end()) for b, m in bad[1:]],
        fix=Fix(first.start(), first.end(), fix))

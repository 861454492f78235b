"""KT508: two words run together ("vàxã", "củathị", "xãBình") where the draft writes them apart.

A missing space (a slip, or lost where a pasted page had a line break or bold type) joins two
syllables into a "word" that is no Vietnamese syllable.  Such a word is reported when it splits
into two syllables that the draft itself writes apart, with the same letters and case, somewhere
else ("và xã"): then the draft shows what was meant.  Words of one alphabet only are looked at
through their letters with diacritics (a word of plain ASCII letters is as likely English:
"into", "Vietnam"); a name run together with capitals on both halves ("KaLên") is KT506's.
One finding for the draft, at the first joined word, the others as related places: one habit
to fix.
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import Document, readable
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, Span, finding
from kiemtra_lint.text import looks_like_syllable

from .frame import draft_bounds

_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_-])[\p{L}\p{M}]{4,16}(?![\p{L}\p{M}\p{N}_-])")
_LISTED = 5  # other joined words named in the message


def _split(word: str, text: str) -> tuple[int, int] | None:
    """(where the space belongs, how often the draft writes the two halves apart) for the split
    of ``word`` into two syllables that ``text`` writes apart most often; None if none."""
    best = None
    for i in range(1, len(word)):
        head, tail = word[:i], word[i:]
        if head[:1].isupper() and tail[:1].isupper():
            continue  # a name run together: KT506
        if f"{head} {tail}" not in text or not (looks_like_syllable(head) and looks_like_syllable(tail)):
            continue
        apart = len(regex.findall(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(head)} {regex.escape(tail)}"
                                  rf"(?![\p{{L}}\p{{M}}\p{{N}}])", text))
        if apart and (best is None or apart > best[1]):
            best = (i, apart)
    return best


def joined_words(doc: Document, ctx) -> list[tuple[str, int, int, list[Span]]]:
    """(word, where the space belongs, how often the draft writes it apart, its places) of every
    word the draft runs together, in reading order of first place."""
    start, end = draft_bounds(doc, ctx)
    blocks = [b for b in doc.blocks[start[0]:end[0] + 1] if readable(b)]
    text = "\n".join(b.text for b in blocks)
    places: dict[str, list[Span]] = {}
    for block in blocks:
        if block.text.isascii():
            continue
        for m in _WORD.finditer(block.text):
            word = m.group()
            if word.isascii() or word.isupper() or not start <= (block.index, m.start()) < end:
                continue
            places.setdefault(word, []).append(Span(block.index, m.start(), m.end()))
    out = []
    for word, spans in places.items():
        if looks_like_syllable(word):
            continue
        split = _split(word, text)
        if split is not None:
            out.append((word, split[0], split[1], spans))
    return out


@rule("KT508", "joined-words", "consistency", "warning",
      summary_vi="Hai chữ viết dính nhau (“vàxã”, “củathị”) trong khi bản thảo viết tách ở chỗ khác",
      summary_en="Two words run together (“vàxã”, “củathị”) where the draft writes them apart elsewhere",
      explanation_vi="Thiếu dấu cách làm hai âm tiết dính thành một “chữ” không có trong tiếng Việt (“vàxã”, "
                     "“xãBình”, “hìnhthành”), thường do gõ vội hoặc do chép từ trang web mất chỗ xuống dòng, chữ "
                     "đậm. Quy tắc chỉ báo khi chữ dính tách được thành hai âm tiết mà chính bản thảo viết rời ở chỗ "
                     "khác, đúng chữ và đúng hoa thường (“và xã”), nên biết chắc chữ định viết. Tên riêng viết liền "
                     "với cả hai phần viết hoa (“KaLên”) thuộc KT506; chữ chỉ gồm chữ cái không dấu (“into”, "
                     "“Vietnam”) không bị xét. Báo một lần cho cả bản thảo, ở chữ dính đầu tiên, các chữ dính khác là "
                     "chỗ liên quan.",
      explanation_en="A missing space joins two syllables into a “word” Vietnamese does not have (“vàxã”, “xãBình”, "
                     "“hìnhthành”), from hurried typing or from a pasted web page that lost a line break or bold "
                     "type. It is reported only when the word splits into two syllables that the draft itself writes "
                     "apart elsewhere, with the same letters and case (“và xã”), so what was meant is certain. A name "
                     "run together with both halves capitalised (“KaLên”) is KT506's; words of plain letters without "
                     "diacritics (“into”, “Vietnam”) are not looked at. Reported once for the draft, at the first "
                     "joined word, the others as related places.",
      bad="Sáp nhập xã Tân An và xã Tân Lộc; sáp nhập xã Hòa Bình vàxã Hòa Phú.",
      good="Sáp nhập xã Tân An và xã Tân Lộc; sáp nhập xã Hòa Bình và xã Hòa Phú.")
def check_joined_words(doc: Document, ctx):
    found = joined_words(doc, ctx)
    if not found:
        return
    found.sort(key=lambda w: (w[3][0].block, w[3][0].start))
    (word, at, apart, spans), *others = found
    written = f"{word[:at]} {word[at:]}"
    first = spans[0]
    also_vi = also_en = ""
    if others:
        named = ", ".join(f"“{w[0]}”" for w in others[:_LISTED]) + (", …" if len(others) > _LISTED else "")
        also_vi = f"; cùng lỗi ở {len(others)} chữ khác: {named}"
        also_en = f"; likewise {len(others)} other word{'s' if len(others) > 1 else ''}: {named}"
    yield finding(
        "KT508",
        f"Hai chữ viết dính nhau: “{word}” ({len(spans)} chỗ) trong khi bản thảo viết “{written}” {apart} chỗ; thiếu "
        f"dấu cách{also_vi}",
        f"Two words run together: “{word}” ({len(spans)} {'place' if len(spans) == 1 else 'places'}) while the draft "
        f"writes “{written}” in {apart} {'place' if apart == 1 else 'places'}; a space is missing{also_en}",
        first, related=[*spans[1:], *(w[3][0] for w in others)], fix=Fix(first.start + at, first.start + at, " "))

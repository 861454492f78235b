"""KT506: a proper name written as separate syllables in one place and run together in another
("Ka Lên" and "Kalên", "Tân Thành" and "Tânthành", "Ka-Lên").

A Vietnamese name is written one capitalised syllable at a time; names from the languages of
the Central Highlands or from English are sometimes run together.  Either may be the name's
official spelling, but a draft that writes it both ways has a slip in one of them.  Only names
capitalised as names are compared (every syllable of the separate spelling capitalised, each of
two letters or more; the joined one capitalised, four letters or more, not right after another
capitalised syllable); a line in capitals is left alone.  One finding for each name, at the first
place of the spelling the draft uses less, with the counts; on a tie, the separate syllables are
taken as the norm.

A name is also written two ways when the tone mark of one of its syllables sits on either vowel
("Khánh Hoà" and "Khánh Hòa"): KT501 leaves names out of its count of the draft's style, so
here two capitalised syllables in a row are compared with themselves (the text of a web page
around a pasted document is not counted, see frame.py).
"""

from __future__ import annotations

from collections import defaultdict

import regex

from kiemtra_lint.document import Document, readable
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding

from kiemtra_lint.text import TONE_ON_FIRST, retone, tone_style

from .frame import draft_bounds
from .variants import majority

_SYLLABLE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")
# a run of capitalised syllables joined by single spaces or hyphens ("Xã Ka Lên", "Ea-Kar")
_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0-]\p{Lu}[\p{Ll}\p{M}]+)+"
                     r"(?![\p{L}\p{M}\p{N}-])")
# one capitalised word, run together or with a capital inside ("Kalên", "KaLên")
_JOINED = regex.compile(r"(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)*"
                        r"(?![\p{L}\p{M}\p{N}-])")
# a joined word right after a capitalised syllable is the end of a longer name ("Linh Sơnthành"
# is "Linh Sơn" and a word run into it, not "Sơn Thành"): not compared
_AFTER_CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*[ \u00a0]$")
_SPLIT = regex.compile(r"[ \u00a0-]")


def _separate_spellings(text: str):
    """(start, end) of every two or three neighbouring syllables of a run of capitalised
    syllables: "Xã Ka Lên" holds "Xã Ka", "Xã Ka Lên" and "Ka Lên"."""
    for run in _RUN.finditer(text):
        syllables = [m.span() for m in _SYLLABLE.finditer(text, run.start(), run.end())]
        for i in range(len(syllables)):
            for j in (i + 1, i + 2):
                if j < len(syllables):
                    yield syllables[i][0], syllables[j][1]


# two capitalised syllables of a name ("Khánh Hoà"), read overlapping ("Thanh Hoá Mới")
_PAIR = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*)[ \u00a0](\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])")


def tone_spellings(doc: Document, ctx) -> list[list[tuple[Span, str, str]]]:
    """For each name the draft writes with the tone mark placed both ways ("Khánh Hoà" and
    "Khánh Hòa"): every place as (span, written, form), form being the name as written."""
    start, end = draft_bounds(doc, ctx)
    names: dict[tuple[str, str], list] = defaultdict(list)
    styled_at: dict[tuple[str, str], set] = defaultdict(set)  # where the styled syllables are
    for block in filter(readable, doc.blocks[start[0]:end[0] + 1]):
        for m in _PAIR.finditer(block.text, overlapped=True):
            if not start <= (block.index, m.start()) < end:
                continue
            first, second = m.group(1), m.group(2)
            if tone_style(first) is None and tone_style(second) is None:
                continue
            key = tuple(retone(w, TONE_ON_FIRST) if tone_style(w) else w for w in (first, second))
            names[key].append((Span(block.index, m.start(), m.end()), m.group(), f"{first} {second}"))
            styled_at[key].add((block.index, m.start(1) if tone_style(first) else m.start(2)))
    out, reported = [], []
    for key, places in names.items():
        # "Thanh Hoá Mới" is read as "Thanh Hoá" and "Hoá Mới": one name, one finding
        if len({p[2] for p in places}) > 1 and styled_at[key] not in reported:
            out.append(places)
            reported.append(styled_at[key])
    return out


def _key(name: str) -> str:
    return _SPLIT.sub("", name).lower()


def name_spellings(doc: Document) -> dict[str, list[tuple[Span, str, str]]]:
    """For each name the draft writes both separate and run together: every place of either
    spelling as (span, written, form), form being "separate" or "joined"."""
    separate: dict[str, list] = defaultdict(list)
    joined: dict[str, list] = defaultdict(list)
    for block in filter(readable, doc.blocks):
        text = block.text
        for start, end in _separate_spellings(text):
            written = text[start:end]
            separate[_key(written)].append((Span(block.index, start, end), written, "separate"))
        for m in _JOINED.finditer(text):
            if len(m.group()) >= 4 and not _AFTER_CAPITALISED.search(text, max(0, m.start() - 12), m.start()):
                joined[m.group().lower()].append((Span(block.index, m.start(), m.end()), m.group(), "joined"))
    out = {}
    for key in joined.keys() & separate.keys():
        places = sorted(separate[key] + joined[key], key=lambda p: (p[0].block, p[0].start))
        out[key] = places
    return out


@rule("KT506", "name-two-ways", "consistency", "warning",
      summary_vi="Một tên riêng được viết tách âm tiết ở chỗ này, viết liền ở chỗ khác (“Ka Lên” / “Kalên”)",
      summary_en="A proper name written as separate syllables in one place and run together in another "
                 "(“Ka Lên” / “Kalên”)",
      explanation_vi="Tên riêng tiếng Việt viết hoa từng âm tiết, tách rời (“Tân Thành”); một số tên gốc tiếng dân "
                     "tộc hoặc tiếng nước ngoài được viết liền. Cách nào cũng có thể là cách viết chính thức, nhưng "
                     "một bản thảo viết cùng một tên theo cả hai cách (“Ka Lên” và “Kalên”, “Ka-Lên”) thì có một chỗ "
                     "gõ nhầm. Cũng vậy khi dấu thanh của một âm tiết trong tên được đặt theo hai cách (“Khánh Hoà” và "
                     "“Khánh Hòa”): KT501 không đếm tên riêng, nên tên được so với chính nó. Quy tắc báo một lần cho "
                     "mỗi tên, ở chỗ đầu tiên của cách viết ít dùng hơn, kèm số lần; dòng chữ in hoa không bị tính.",
      explanation_en="Vietnamese names capitalise each syllable and write them apart (“Tân Thành”); some names from "
                     "minority or foreign languages are run together. Either may be the official spelling, but a "
                     "draft that writes one name both ways (“Ka Lên” and “Kalên”, “Ka-Lên”) has a slip in one of "
                     "them. So does one whose syllable carries its tone mark on either vowel (“Khánh Hoà” and “Khánh "
                     "Hòa”): KT501 does not count names, so a name is compared with itself. Reported once for each "
                     "name, at the first place of the spelling used less, with the counts; lines in capitals are not "
                     "counted.",
      bad="Xã Ka Lên có 3 thôn. ... Trường tiểu học Kalên được xây mới.",
      good="Xã Ka Lên có 3 thôn. ... Trường tiểu học Ka Lên được xây mới.")
def check_names(doc: Document, ctx):
    out = []
    for places in [*name_spellings(doc).values(), *tone_spellings(doc, ctx)]:
        result = majority(places, key=lambda p: p[2], preference=("separate",))
        if result is None:
            continue
        norm = next(p for p in places if p[2] == result.form)
        minority = result.minority[0]
        n_minor, n_norm = result.counts[minority[2]], result.counts[result.form]
        out.append(finding(
            "KT506",
            f"Tên riêng viết hai cách: “{minority[1]}” ({n_minor} chỗ) và “{norm[1]}” ({n_norm} chỗ); nên thống nhất "
            f"một cách viết, như “{norm[1]}”",
            f"A name written two ways: “{minority[1]}” ({n_minor}) and “{norm[1]}” ({n_norm}); write it one way, "
            f"as “{norm[1]}”",
            minority[0], related=[norm[0]]))
    yield from sorted(out, key=lambda f: (f.span.block, f.span.start))

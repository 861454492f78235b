"""KT1xx structure rules: heading numbering (KT101)."""

from __future__ import annotations

from collections import Counter

import regex

from kiemtra_lint.document import HEADING, PARAGRAPH, Document, Section
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding
from kiemtra_lint.labels import LADDER, VIETNAMESE_LOWER, VIETNAMESE_UPPER, as_kind, format_number, parse_label

from .forms import forms_start

_LATIN_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Not checked: bold lines have no number; a regulation numbers its articles ("Điều 12.") through all
# its chapters, and a decision's own articles restart beside those of the regulation it issues;
# annexes are numbered by the text that attaches them, and a copy may carry only some of them.
UNCHECKED_KINDS = ("bold", "article", "annex")
_ELISIONS = ("...", "…", "(...)", "(…)", "[...]", "[…]")
_NEVER_RESTART = ("upper", "part", "chapter")
_VIET_UPPER_SEQ = "ABCDĐEGHIKLMNOPQRSTUVXY"  # the order of Vietnamese legal lists (no F, J, W, Z)


def _successors(kind: str, number: int) -> set[int]:
    """Ordinal values that may follow ``number`` in a sequence of ``kind``.

    Letters may follow the Latin alphabet (a, b, c, d, e, f) or the Vietnamese
    one used in legal texts (a, b, c, d, đ, e, g, h, i, k...).
    """
    if kind not in ("upper", "lower"):
        return {number + 1}
    alphabet = VIETNAMESE_UPPER if kind == "upper" else VIETNAMESE_LOWER
    if not 1 <= number <= len(alphabet):
        return {number + 1}
    letter = alphabet[number - 1].upper()
    out = set()
    for seq in (_LATIN_UPPER, _VIET_UPPER_SEQ):
        i = seq.find(letter)
        if 0 <= i < len(seq) - 1:
            nxt = seq[i + 1]
            out.add(alphabet.index(nxt if kind == "upper" else nxt.lower()) + 1)
    return out or {number + 1}


def _shown(kind: str, numbers: tuple[int, ...], punct: str) -> str:
    if kind.startswith("dotted") or kind == "arabic":
        return ".".join(str(n) for n in numbers) + punct
    if kind == "part":
        return f"Phần {format_number('roman', numbers[-1])}"
    if kind == "chapter":
        return f"Chương {format_number('roman', numbers[-1])}"
    return format_number(kind, numbers[-1]) + (punct if punct not in ("-", "–") else f" {punct}")


def _label_span(doc: Document, section: Section) -> Span:
    block = doc.blocks[section.heading]
    if section.rendered:  # the number is not in the text: point at the heading text
        return Span(block.index, 0, len(block.text))
    start = len(block.text) - len(block.text.lstrip("*_"))  # past the emphasis of a plain-text copy
    return Span(block.index, start, min(len(block.text), start + len(section.label)))


@rule("KT101", "heading-numbering", "structure", "warning",
      summary_vi="Đánh số đề mục sai thứ tự: nhảy số, lặp số, đánh lại từ đầu, bỏ cấp, dấu không thống nhất",
      summary_en="Heading numbers out of order: gap, repeat, restart, skipped level, mixed punctuation",
      explanation_vi="Trong mỗi mục cha, các đề mục cùng loại phải đánh số liên tục (1, 2, 3; I, II, III; a, b, c). "
                     "Quy tắc báo: nhảy số (1, 2, 4), lặp số hoặc đánh lại từ đầu (I, II, III, I), bỏ cấp "
                     "(từ “I.” xuống thẳng “1.1.”), số mục con không khớp mục cha (“2.1.” dưới “3.”) và dấu "
                     "không thống nhất trong cùng bản thảo (“1.1 ” bên cạnh “1.1.”).",
      explanation_en="Within each parent, headings of one kind must be numbered in sequence. The rule reports "
                     "gaps, repeats and restarts, skipped levels, sub-numbers that do not match their parent and "
                     "mixed punctuation of one kind of label in the same draft.",
      bad="II. Hạn chế\n1. Về kinh tế\n2. Về xã hội\n4. Về quốc phòng",
      good="II. Hạn chế\n1. Về kinh tế\n2. Về xã hội\n3. Về quốc phòng")
def check_heading_numbering(doc: Document, ctx):
    for parent in [doc.root, *doc.sections()]:
        if _usual_nesting(parent):
            yield from _check_children(doc, parent)
    yield from _check_punctuation(doc)


def _check_children(doc: Document, parent: Section):
    previous: dict[str, tuple[Section, tuple[int, ...], str]] = {}
    repeated: set[str] = set()  # kinds whose last heading repeated the number before it
    stand_ins: dict[str, int] = {}  # kinds whose last heading restarted: the number it stands for
    skipped_reported = False
    for child in parent.children:
        kind = child.kind or ""
        if not child.label or kind in UNCHECKED_KINDS or kind.startswith("outline"):
            continue
        numbers, punct = child.numbers, child.punct
        span = _label_span(doc, child)
        # dotted labels must sit under the label they extend
        if kind.startswith("dotted"):
            depth = len(numbers)
            parent_kind = "arabic" if depth == 2 else f"dotted{depth - 1}"
            parent_label = ".".join(str(n) for n in numbers[:-1]) + "."
            since_parent = parent.heading if parent.heading is not None else -1
            if _label_in_text(doc, since_parent, child.heading, parent_label):
                pass  # "2. Các sở: ..." a paragraph carrying the parent's number: its "2.1." sits right
            elif parent.kind != parent_kind:
                # once a parent; not in the opening of an excerpt, which lost the level with what came before
                if not skipped_reported and not _opens_the_excerpt(doc, child):
                    where = f"“{parent.label}”" if parent.heading is not None and parent.label else "đầu văn bản"
                    where_en = f"“{parent.label}”" if parent.heading is not None and parent.label else "the top"
                    missing = ".".join(str(n) for n in numbers[:-1]) + "."
                    yield finding("KT101",
                                  f"Mục “{child.label}” nằm ngay dưới {where}, bỏ qua cấp “{missing}”",
                                  f"Heading “{child.label}” sits right under {where_en}, skipping level “{missing}”",
                                  span)
                skipped_reported = True
            else:
                parent_numbers = parent.numbers
                if tuple(numbers[:-1]) != tuple(parent_numbers):
                    expected = ".".join(str(n) for n in (*parent_numbers, numbers[-1])) + punct
                    yield finding("KT101",
                                  f"Số mục “{child.label}” không khớp mục cha “{parent.label}” (phải là “{expected}”)",
                                  f"Heading number “{child.label}” does not match its parent “{parent.label}” "
                                  f"(expected “{expected}”)", span)
        prev = previous.get(kind)
        number = numbers[-1]
        since = prev[0].heading if prev is not None else (parent.heading if parent.heading is not None else -1)
        if _list_item_before(doc, child, since, kind, numbers):
            previous[kind] = (child, numbers, punct)
            continue  # the numbers between are list items in the text: "3." a paragraph, "4." a heading
        if prev is None:
            first = _shown(kind, (*numbers[:-1], 1), punct)
            # letters of parts and chapters do not restart: an earlier "A." anywhere means the outline,
            # not the numbering, went wrong (a form's "A." inside a table the reader split off)
            # (nor under a bold line without a number: the outline may have split one sequence there)
            look_from = -1 if kind in _NEVER_RESTART or parent.kind == "bold" else since
            item = _numbered_paragraph_before(doc, child, since, kind)
            gap = item is not None and item[1] is not None and item[1].numbers[:-1] == numbers[:-1] \
                and item[1].number < number and number not in _successors(kind, item[1].number) and not any(
                    _label_in_text(doc, item[0].index, child.heading, _shown(kind, (*numbers[:-1], n), punct))
                    for n in _successors(kind, item[1].number))
            if gap:
                # "k) Tiền lương hưu …" a list item, then "m) Thu nhập từ học bổng" a heading: "l)" is missing
                block, before = item
                shown_before = block.text.lstrip("*_ ")[:before.end].rstrip(" *_")
                expected = sorted(_successors(kind, before.number))[0]
                missing = _shown(kind, (*numbers[:-1], expected), punct)
                start = len(block.text) - len(block.text.lstrip("*_ "))
                yield finding("KT101",
                              f"Đánh số mục không liên tục: sau “{shown_before}” là “{child.label}”, "
                              f"thiếu “{missing}”",
                              f"Heading numbering skips: “{shown_before}” is followed by “{child.label}”; "
                              f"“{missing}” is missing", span,
                              related=[Span(block.index, start, start + len(shown_before))])
            elif number != 1 and not _label_in_text(doc, look_from, child.heading, first) \
                    and not _quoted_or_excerpt(doc, parent, child) and not _numbered_on(parent, kind, number):
                yield finding("KT101",
                              f"Mục đầu tiên cùng cấp lại đánh số “{child.label}”, thiếu “{first}”",
                              f"The first heading of this level is numbered “{child.label}”; “{first}” is missing",
                              span)
        else:
            prev_section, prev_numbers, _ = prev
            prev_number = prev_numbers[-1]
            prev_span = _label_span(doc, prev_section)
            allowed = _successors(kind, prev_number)
            if kind in repeated:  # "2., 2., 4.": the second "2." was meant as "3.", so "4." is in place
                allowed |= {n for m in allowed for n in _successors(kind, m)}
            repeated.discard(kind)
            stand_in = stand_ins.pop(kind, None)
            if stand_in is not None:
                allowed |= _successors(kind, stand_in)
            if number not in allowed:
                if number == prev_number:
                    repeated.add(kind)
                    yield finding("KT101",
                                  f"Số mục “{child.label}” bị lặp lại (mục trước cũng là “{prev_section.label}”)",
                                  f"Heading number “{child.label}” is repeated (the previous one is also "
                                  f"“{prev_section.label}”)", span, related=[prev_span])
                elif number < prev_number:
                    # not when a new parent the outline did not read starts the sequence again
                    if not _higher_label_between(doc, prev_section.heading, child.heading, kind) \
                            and not _continues_before_bold_parent(doc, parent, child, kind):
                        yield finding("KT101",
                                      f"Đánh số mục bị bắt đầu lại: sau “{prev_section.label}” lại là "
                                      f"“{child.label}”",
                                      f"Heading numbering restarts: “{prev_section.label}” is followed by "
                                      f"“{child.label}”", span, related=[prev_span])
                        stand_ins[kind] = min(allowed)  # "II., I., IV.": "I." meant "III.", "IV." is in place
                elif not any(_label_in_text(doc, since, child.heading, _shown(kind, (*numbers[:-1], n), punct))
                             for n in _successors(kind, prev_number)):
                    expected = sorted(_successors(kind, prev_number if stand_in is None else stand_in))[0]
                    missing = _shown(kind, (*numbers[:-1], expected), punct)
                    yield finding("KT101",
                                  f"Đánh số mục không liên tục: sau “{prev_section.label}” là “{child.label}”, "
                                  f"thiếu “{missing}”",
                                  f"Heading numbering skips: “{prev_section.label}” is followed by "
                                  f"“{child.label}”; “{missing}” is missing", span, related=[prev_span])
        previous[kind] = (child, numbers, punct)


def _usual_nesting(parent: Section) -> bool:
    """Whether the outline under ``parent`` can be trusted to hold its own sequences: every child
    label sits deeper on the usual ladder than the parent's ("1." under "II.", not "2." under
    "b)" or "IV." under "3."); otherwise the outline, not the numbering, is what went wrong."""
    if parent.heading is None or parent.kind not in LADDER:
        return True
    rank = LADDER.index(parent.kind)
    return all(child.kind not in LADDER or LADDER.index(child.kind) > rank for child in parent.children)


def _list_item_before(doc: Document, child: Section, since: int, kind: str, numbers: tuple[int, ...]) -> bool:
    """Whether the nearest paragraph numbered like ``child`` between block ``since`` and its heading
    is its predecessor in the sequence: the draft numbers one list, some items short enough to be
    read as headings, others long sentences.  Not when the headings are bold and that paragraph is
    not: then a heading number went to a body paragraph by mistake."""
    found = _numbered_paragraph_before(doc, child, since, kind)
    if found is None:
        return False
    block, label = found
    if label is None:
        return True  # a quotation that leaves out part of the text: the missing numbers with it
    bold = block.bold or block.text.lstrip("*_ ") != block.text
    return label.numbers[:-1] == numbers[:-1] and numbers[-1] in _successors(kind, label.number) \
        and bold >= doc.blocks[child.heading].bold


def _numbered_paragraph_before(doc: Document, child: Section, since: int, kind: str):
    """The nearest paragraph between block ``since`` and ``child``'s heading that opens with a label
    of ``kind`` ("k) Tiền lương hưu …", a list item too long to be a heading), as (block, label);
    (block, None) for an elision line ("...") met first; None when there is neither."""
    for block in reversed(doc.blocks[since + 1:child.heading]):
        if block.kind != PARAGRAPH:
            continue
        if block.text.strip() in _ELISIONS:
            return block, None
        text = block.text.lstrip("*_ ")  # "**2. Thời gian:** ...": a bold lead-in, in Markdown
        label = parse_label(text)
        if label is not None and kind in (label.kind, label.alt_kind):
            return block, as_kind(label, kind)
    return None


def _quoted_or_excerpt(doc: Document, parent: Section, child: Section) -> bool:
    """Whether a first heading numbered past 1 is quoted rather than drafted: an elision line
    ("...") right under it, or, at the top of the text, an earlier heading numbered past 1
    (the text starts part-way through a longer one: "Điều 2." before "Chương II")."""
    nxt = doc.blocks[child.heading + 1] if child.heading + 1 < len(doc.blocks) else None
    if nxt is not None and nxt.kind == PARAGRAPH and nxt.text.strip() in _ELISIONS:
        return True
    if _opens_the_excerpt(doc, child):
        return True
    if parent.heading is not None:
        return False
    first = next((s for s in doc.sections() if s.label and s.kind not in ("bold", None)), None)
    return first is not None and first is not child and first.heading < child.heading and (first.number or 1) > 1


def _continues_before_bold_parent(doc: Document, parent: Section, child: Section, kind: str) -> bool:
    """Whether a number that restarts the sequence under a bold line without a number carries on a
    sequence from before that sequence began ("II." above, then "I.–V." of a list under the bold
    line, then "III."): the outline put two levels under one parent, the numbering is right."""
    if parent.kind != "bold" or child.numbers[-1] <= 1:
        return False
    first = next(c for c in parent.children if c.kind == child.kind)
    before = _shown(kind, (*child.numbers[:-1], child.numbers[-1] - 1), child.punct)
    return _label_in_text(doc, -1, first.heading, before)


def _numbered_on(parent: Section, kind: str, number: int) -> bool:
    """Whether the first ``kind`` item under ``parent`` numbers on from the items of the part
    before it ("I." ends with "10.", "II." opens with "11." or "12."): a text that numbers its
    points through all its parts, not a sequence that starts late."""
    siblings = parent.parent.children if parent.parent is not None else []
    before = [s for s in siblings[:next((i for i, s in enumerate(siblings) if s is parent), 0)]
              if s.kind == parent.kind]
    if not before:
        return False
    items = [c for c in before[-1].children if c.kind == kind and c.numbers]
    return bool(items) and number > items[-1].numbers[-1]


def _opens_the_excerpt(doc: Document, child: Section) -> bool:
    """Whether ``child`` is one of the headings a text opens with when it starts part-way through a
    longer one: its first line is a heading numbered past the first ("III. …", then "3.1.2. …"),
    and every heading before ``child`` is one of its parents.  What came before is not there to
    judge the numbers against."""
    first = next((b for b in doc.blocks if b.text.strip()), None)
    if first is None or first.kind != HEADING:
        return False
    top = next((s for s in doc.sections() if s.heading == first.index), None)
    if top is None or not top.numbers or (top.numbers[-1] <= 1 and len(top.numbers) == 1):
        return False
    chain: set[int] = set()
    node = child.parent
    while node is not None and node.heading is not None:
        chain.add(node.heading)
        node = node.parent
    return all(s.heading in chain for s in doc.sections() if s.heading < child.heading)


def _higher_label_between(doc: Document, since: int, until: int, kind: str) -> bool:
    """Whether a block between ``since`` and ``until`` opens with a label of a kind above ``kind``
    on the ladder ("2. Các đối tượng ..." between "c)" and "a)"): a new parent the outline did not
    take as one, so the sequence may start again."""
    if kind not in LADDER:
        return False
    for block in doc.blocks[since + 1:until]:
        label = parse_label(block.text.lstrip("*_ "))
        if label is not None and label.kind in LADDER and LADDER.index(label.kind) < LADDER.index(kind):
            return True
    return False


def _label_in_text(doc: Document, since: int, until: int, label: str) -> bool:
    """Whether ``label`` ("3.", "b.", "2.1.", "12") opens an item in the text between blocks
    ``since`` and ``until``: the item is there, run into a paragraph or the heading before it
    ("... hằng năm b. Địa điểm ...", "| **3. Hội đồng thi** |"), or alone on its line ("12"), as
    converted web pages and tables leave it.  Its heading was not read, but nothing is missing."""
    core = label.rstrip(".)-–/: ")
    if not core:
        return False
    shown = regex.escape(label.rstrip())
    # a heading the outline nested elsewhere may open with the label; a plain paragraph may not
    # (_list_item_before judges those: "2. ..." a body paragraph between bold headings is a gap)
    inside = regex.compile(rf"(?<=[\s|*]){shown}[\s*]+\p{{Lu}}|^[\s|*]*{regex.escape(core)}\s*$")
    opening = regex.compile(rf"^[\s*]*{shown}[\s*]+\p{{Lu}}")
    return any(inside.search(block.text) or (block.kind == HEADING and opening.match(block.text))
               for block in doc.blocks[max(since, 0):until])


def _check_punctuation(doc: Document):
    """One kind of label written two ways in one draft ("1.1 " beside "1.1."); the annex forms,
    written by other hands for other uses, are left out."""
    styles: dict[str, Counter] = {}
    typed: list[tuple[Section, str]] = []
    forms_from = forms_start(doc)
    for section in doc.sections():
        if not section.label or section.rendered or (forms_from is not None and section.heading >= forms_from):
            continue
        kind = section.kind or ""
        if kind in UNCHECKED_KINDS + ("part", "chapter", "muc") or kind.startswith("outline"):
            continue
        family = "dotted" if kind.startswith("dotted") else kind
        punct = _punct_style(section.label)
        styles.setdefault(family, Counter())[punct] += 1
        typed.append((section, punct))
    for section, punct in typed:
        family = "dotted" if (section.kind or "").startswith("dotted") else section.kind
        counts = styles[family]
        if len(counts) < 2:
            continue
        (major, major_n), (_, second_n) = counts.most_common(2)
        if major_n == second_n:
            if family != "dotted" or "." not in counts:
                continue
            major, major_n = ".", counts["."]
        if punct == major:
            continue
        sample = _with_punct(section.label, major)
        yield finding("KT101",
                      f"Dấu sau số mục không thống nhất: “{section.label}” trong khi {major_n} mục cùng loại "
                      f"viết như “{sample}”",
                      f"Inconsistent heading punctuation: “{section.label}” while {major_n} headings of the same "
                      f"kind are written like “{sample}”", _label_span(doc, section))


def _punct_style(label: str) -> str:
    label = label.rstrip()
    if label and label[-1] in ".)-–/:":
        return label[-1].replace("–", "-")
    return ""


def _with_punct(label: str, punct: str) -> str:
    core = label.rstrip().rstrip(".)-–/:").rstrip()
    return core + ((" " + punct) if punct == "-" else punct)

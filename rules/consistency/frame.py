"""Where the draft's own text starts and ends, when it was pasted with a web page's frame.

A legal-database page shows its copyright notice and colour legend, then an information table
("Số hiệu: | 12/QĐ-UBND", "Nơi ban hành: | Bộ Văn hoá, …", "Tình trạng: | Đã biết"), then the
document, and at the bottom its own contact box ("Địa chỉ: | 17 …, TP.HCM", "Điện thoại:",
"Mã số thuế:") and notices.  Pasted or converted, each table comes out as short paragraphs
"Nơi ban hành:" each followed by its value ("| Bộ Văn hoá, … | |" or a one-row table), the last
value of the top table sometimes sharing its paragraph with the document's first words.  What
the page wrote is not the drafter's spelling: the spelling counts (KT501, KT504) start after the
value of the top table's last field and stop at the bottom table's first field.  The fields are
data (rules/data/consistency-page-frame.txt).
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import TABLE_CELL, Document
from kiemtra_lint.rules.vocabulary import word_list
from kiemtra_lint.text import fold

# a short paragraph that is a field's name: "Nơi ban hành:", "**Số hiệu:**", "| Tình trạng: |"
_FIELD = regex.compile(r"^[\s|*_]*(?P<name>[^\W\d_][\w -]{1,30}?)\s*:[\s|*_]*$")
_FIRST_CELL = regex.compile(r"^\s*\|?[^|]*\|")  # "| Đã biết |" of "| Đã biết | **Kính gửi:** …"
_WITHIN = 3  # the top table's first field is among the text's first blocks
_BOTTOM_WITHIN = 30  # the bottom table's first field among its last blocks
_MIN_FIELDS = 3
_MAX_GAP = 3  # blocks from one field to the next (a value, sometimes an empty row)

Place = tuple[int, int]  # (block, offset)


def draft_bounds(doc: Document, ctx) -> tuple[Place, Place]:
    """(start, end) of the draft's own text: from (0, 0) to (len(doc.blocks), 0) unless a web
    page's tables frame it (computed once per document)."""
    return ctx.memo("consistency.draft_bounds", lambda: _bounds(doc, ctx))


def _bounds(doc: Document, ctx) -> tuple[Place, Place]:
    names = {fold(n) for n in word_list(ctx, "consistency-page-frame.txt", "page-frame")}
    fields = [b.index for b in doc.blocks
              if len(b.text) <= 40 and (m := _FIELD.match(b.text)) and fold(m.group("name")) in names]
    runs: list[list[int]] = []
    for i in fields:
        if runs and i - runs[-1][-1] <= _MAX_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [run for run in runs if len(run) >= _MIN_FIELDS]
    start: Place = (0, 0)
    end: Place = (len(doc.blocks), 0)
    if runs and runs[0][0] < _WITHIN and runs[0][-1] + 1 < len(doc.blocks):
        start = _after_value(doc, runs.pop(0)[-1] + 1)
    if runs and runs[-1][0] >= len(doc.blocks) - _BOTTOM_WITHIN:
        end = (runs[-1][0], 0)
    return start, end


def _after_value(doc: Document, index: int) -> Place:
    """Where the value of a field, starting block ``index``, ends."""
    value = doc.blocks[index]
    if value.kind == TABLE_CELL:  # the value read as a one-row table: the whole row
        last = value
        for block in doc.blocks[index + 1:]:
            if block.kind != TABLE_CELL or (block.table, block.row) != (value.table, value.row):
                break
            last = block
        return (last.index, len(last.text))
    cell = _FIRST_CELL.match(value.text)
    return (index, cell.end()) if cell else (index, 0)

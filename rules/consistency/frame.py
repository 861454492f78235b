"""Where the draft's own text starts, when it was pasted with a web page's frame around it.

A legal-database page shows its copyright notice and colour legend, then an information table
("Số hiệu: | 12/QĐ-UBND", "Nơi ban hành: | Bộ Văn hoá, …", "Tình trạng: | Đã biết") and only
then the document.  Pasted or converted, the table comes out as short paragraphs "Nơi ban
hành:" each followed by its value as a table cell ("| Bộ Văn hoá, … | |"), the last value
sometimes sharing its paragraph with the document's first words.  What the page wrote is not
the drafter's spelling: the spelling counts (KT501, KT504) start after the value of the last
field.  The fields are data (rules/data/consistency-page-frame.txt).
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import TABLE_CELL, Document
from kiemtra_lint.rules.vocabulary import word_list
from kiemtra_lint.text import fold

# a short paragraph that is a field's name: "Nơi ban hành:", "**Số hiệu:**", "| Tình trạng: |"
_FIELD = regex.compile(r"^[\s|*_]*(?P<name>[^\W\d_][\w ]{1,30}?)\s*:[\s|*_]*$")
_FIRST_CELL = regex.compile(r"^\s*\|?[^|]*\|")  # "| Đã biết |" of "| Đã biết | **Kính gửi:** …"
_OPENS_WITHIN = 3  # the table's first field is among the text's first blocks
_MIN_FIELDS = 3
_MAX_GAP = 3  # blocks from one field to the next (a value, sometimes an empty row)


def draft_start(doc: Document, ctx) -> tuple[int, int]:
    """(block, offset) where the draft's own text starts: (0, 0) unless the text opens with a
    web page's information table, else the end of the value of its last field."""
    names = {fold(n) for n in word_list(ctx, "consistency-page-frame.txt", "page-frame")}
    fields = []
    for block in doc.blocks:
        if fields and block.index - fields[-1] > _MAX_GAP or not fields and block.index >= _OPENS_WITHIN:
            break
        m = _FIELD.match(block.text) if len(block.text) <= 40 else None
        if m is not None and fold(m.group("name")) in names:
            fields.append(block.index)
    if len(fields) < _MIN_FIELDS or fields[-1] + 1 >= len(doc.blocks):
        return (0, 0)
    value = doc.blocks[fields[-1] + 1]
    if value.kind == TABLE_CELL:  # the value read as a one-row table: the whole row
        last = value
        for block in doc.blocks[value.index + 1:]:
            if block.kind != TABLE_CELL or (block.table, block.row) != (value.table, value.row):
                break
            last = block
        return (last.index, len(last.text))
    cell = _FIRST_CELL.match(value.text)
    return (value.index, cell.end()) if cell else (value.index, 0)

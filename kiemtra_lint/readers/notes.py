"""Place note blocks in reading order, shared by every reader."""

from __future__ import annotations

from ..document import FOOTNOTE, Document


def place_notes(doc: Document) -> dict[int, int]:
    """Move each footnote/endnote block right after the block that first refers to it.

    Notes never referred to go to the end.  Block indices, note links, table grids
    and comments are renumbered; the old -> new index map is returned.
    """
    notes = {b.footnote: b for b in doc.blocks if b.kind == FOOTNOTE}
    if not notes:
        return {b.index: b.index for b in doc.blocks}
    ordered, placed = [], set()
    for block in doc.blocks:
        if block.kind == FOOTNOTE:
            continue
        ordered.append(block)
        for ref in block.note_refs:
            note = notes.get(ref.note)
            if note is not None and ref.note not in placed:
                placed.add(ref.note)
                note.ref_block, note.ref_offset = block.index, ref.offset
                ordered.append(note)
    ordered.extend(n for k, n in notes.items() if k not in placed)
    old_to_new = {b.index: i for i, b in enumerate(ordered)}
    for i, b in enumerate(ordered):
        b.index = i
        if b.ref_block is not None:
            b.ref_block = old_to_new[b.ref_block]
    note_index = {b.footnote: b.index for b in ordered if b.kind == FOOTNOTE}
    for b in ordered:
        for ref in b.note_refs:
            ref.block = note_index.get(ref.note)
    for t in doc.tables:
        t.cells = [[old_to_new[c] if c is not None else None for c in row] for row in t.cells]
    for c in doc.comments:
        if c.block is not None:
            c.block = old_to_new[c.block]
    doc.blocks[:] = ordered
    return old_to_new

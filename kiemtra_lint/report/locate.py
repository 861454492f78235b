"""Turn a finding's span into the location record every output shares."""

from __future__ import annotations

from ..document import Document
from ..findings import Span


def location(doc: Document, span: Span) -> dict:
    block = doc.blocks[span.block]
    return {
        "kind": block.kind,
        "block": block.index,
        "section": list(block.section),
        "footnote": block.footnote,
        "table": block.table,
        "row": block.row,
        "col": block.col,
        "start": span.start,
        "end": span.end,
    }


def place(doc: Document, span: Span) -> dict:
    """Location, whole block text and the excerpt (text[start:end])."""
    text = doc.blocks[span.block].text
    return {"location": location(doc, span), "text": text, "excerpt": text[span.start:span.end]}


def source_line(doc: Document, span: Span) -> tuple[int, int] | None:
    """1-based (line, column) in the source of a .md/.txt file, when known."""
    block = doc.blocks[span.block]
    for seg in block.segments:
        if seg.part == "text" and seg.start <= span.start <= seg.end:
            return seg.para + 1, seg.offset + span.start - seg.start + 1
    return None


def section_display(section: tuple[str, ...] | list[str]) -> str:
    """"A › II › 1.2" for ("A.", "II.", "1.", "1.2.")."""
    parts = []
    for label in section:
        label = label.strip().rstrip(".)-–/:").strip()
        parts.append(label if len(label) <= 40 else label[:39] + "…")
    return " › ".join(parts)

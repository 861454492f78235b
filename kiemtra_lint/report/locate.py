"""Turn a finding's span into the location record every output shares."""

from __future__ import annotations

from ..document import Document, section_display  # noqa: F401 - re-exported for the reports
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


def place(doc: Document, span: Span, with_source: bool = False) -> dict:
    """Location, whole block text and the excerpt (text[start:end]); with ``with_source``
    (a .md/.txt file) also ``source``, the region in the file's lines (see source_region)."""
    text = doc.blocks[span.block].text
    out = {"location": location(doc, span), "text": text, "excerpt": text[span.start:span.end]}
    if with_source:
        out["source"] = source_region(doc, span)
    return out


def source_line(doc: Document, span: Span) -> tuple[int, int] | None:
    """1-based (line, column) in the source of a .md/.txt file, when known."""
    return _source_point(doc.blocks[span.block].segments, span.start)


def _source_point(segments, offset: int) -> tuple[int, int] | None:
    best = None
    for seg in segments:
        if seg.part != "text":
            continue
        if seg.start <= offset:
            best = seg
        if seg.start <= offset <= seg.end:
            break
    if best is None:
        return None
    return best.para + 1, best.offset + min(offset, best.end) - best.start + 1


def source_region(doc: Document, span: Span) -> dict | None:
    """The 1-based region of a span in a .md/.txt source, SARIF style: startLine,
    startColumn, endLine, endColumn (the column just after the last character)."""
    segments = doc.blocks[span.block].segments
    start = _source_point(segments, span.start)
    end = _source_point(segments, span.end)
    if start is None or end is None:
        return None
    return {"startLine": start[0], "startColumn": start[1], "endLine": end[0], "endColumn": end[1]}


CONTEXT_CHARS = 90
# Sentences are split in a window this much wider than what is shown on each side: wide enough
# for every look-around of text.sentences, so the window finds the same sentence ends.
_WINDOW_MARGIN = 200


def context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """(before, flagged, after): the sentence(s) around text[start:end], cut to ``chars``
    characters on each side, with "…" where the text goes on.

    Only a window around the span is split into sentences: a finding in a 10 MB paragraph
    costs what one in a short paragraph does.
    """
    from ..text import sentences

    w0 = max(0, start - chars - _WINDOW_MARGIN)
    w1 = min(len(text), end + chars + _WINDOW_MARGIN)
    lo, hi = 0, len(text)
    for s, e in sentences(text[w0:w1]):
        s, e = s + w0, e + w0
        if s <= start < e or (start == e and s < start):
            lo = s
        if s < end <= e:
            hi = e
            break
    lo = max(lo, start - chars)
    hi = min(hi, end + chars)
    before = ("…" if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return before, text[start:end], after

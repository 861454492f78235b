"""Time the stages of reading a .docx into a Document, in one process (as `kiemtra check` does).

Usage: python bench/stages_reader.py bench/out/draft-200.docx [repeats]
Prints the best (min) CPU time of each stage over the repeats, gc disabled as lint does.
Mirrors kiemtra_lint/readers/docx.py:_read_docx.
"""

from __future__ import annotations

import gc
import sys
import time

from kiemtra_lint.document import Document
from kiemtra_lint.outline import build_outline
from kiemtra_lint.readers import docx as D
from kiemtra_lint.readers import ooxml as X
from kiemtra_lint.readers.docx_walker import PartWalker
from kiemtra_lint.readers.legacy import diagnose
from kiemtra_lint.readers.numbering import Numbering
from kiemtra_lint.readers.package import open_package
from kiemtra_lint.readers.styles import StyleSheet

_SKIP_NOTES = ("separator", "continuationSeparator", "continuationNotice")


def read_once(path: str) -> dict[str, float]:
    clock = time.process_time
    times: dict[str, float] = {}
    t = clock()

    def lap(name: str) -> None:
        nonlocal t
        now = clock()
        times[name] = now - t
        t = now

    with open_package(path) as pkg:
        main = pkg.main_part
        root = pkg.xml(main)
        lap("inflate+parse")
        styles = StyleSheet.from_xml(D._related_xml(pkg, main, "styles"))
        numbering = Numbering.from_xml(D._related_xml(pkg, main, "numbering"), styles)
        lap("styles+numbering")
        walker = PartWalker("document", styles)
        items = walker.blocks(root.find(X.BODY))
        lap("walk body")
        notes = {}
        for kind, tag, prefix in (("footnotes", X.FOOTNOTE, ""), ("endnotes", X.ENDNOTE, "e")):
            notes_root = D._related_xml(pkg, main, kind)
            if notes_root is None:
                continue
            nw = PartWalker(kind, styles)
            for note in notes_root.iter(tag):
                if note.get(X.W_TYPE) not in _SKIP_NOTES:
                    notes[prefix + (note.get(X.W_ID) or "")] = D._paragraphs(nw.blocks(note))
        lap("notes")
    doc = Document(path=str(path), format="docx")
    assembler = D._Assembler(doc, styles, numbering)
    for item in items:
        assembler.add(item)
    assembler.flush()
    assembler.add_notes(notes)
    lap("assemble")
    doc.fonts = dict(walker.fonts)
    diagnose(doc)
    lap("legacy")
    build_outline(doc)
    lap("outline")
    del root, items, notes, doc, assembler
    lap("dealloc")
    return times


def main() -> None:
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    gc.disable()
    read_once(path)  # warm up imports and caches
    best: dict[str, float] = {}
    totals = []
    for _ in range(repeats):
        times = read_once(path)
        totals.append(sum(times.values()))
        for name, value in times.items():
            best[name] = min(best.get(name, value), value)
    for name, value in best.items():
        print(f"{name:18s} {value * 1000:7.1f} ms")
    print(f"{'total (best run)':18s} {min(totals) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()

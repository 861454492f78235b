"""Dump what the .docx reader produces, to compare two versions of the reader.

    python bench/reader_equivalence.py make CASES_DIR [N]   # write the drafts, the fuzz seeds and N mutants
    python bench/reader_equivalence.py dump CASES_DIR OUT   # one line per case: a digest of the reader's output
    (run `dump` once per version, e.g. with PYTHONPATH pointing at an export of the old commit, then diff)

The dump holds the whole Document (blocks with texts, segments, note refs, labels, outline; tables,
comments, diagnostics, fonts, tracked changes) and, from a record-mode walk (the one `kiemtra annotate`
uses), the path of every w:p and w:r visited, so that a change in the walker that keeps the texts but
moves a run ordinal shows up.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make(folder: Path, mutants: int) -> None:
    sys.path.insert(0, str(HERE.parent / "tests"))
    import test_fuzz as F

    folder.mkdir(parents=True, exist_ok=True)
    seeds = F.seed_files(folder)
    for path in list(seeds) + sorted((HERE / "out").glob("*.docx")) + sorted((HERE / "out").glob("*/*.docx")):
        (folder / f"orig-{path.name}").write_bytes(path.read_bytes())
    rng = random.Random(20261123)
    chooser = F.RandomChooser(rng)
    entries = [F.load_seed(s) for s in seeds]
    for i in range(mutants):
        blob, _ = F.build_case(chooser.pick(entries), chooser)
        (folder / f"mutant-{i:05d}.docx").write_bytes(blob)


def describe(path: Path) -> str:
    from kiemtra_lint.outline import build_outline
    from kiemtra_lint.readers import ooxml as X
    from kiemtra_lint.readers.docx import read_docx
    from kiemtra_lint.readers.docx_walker import PartWalker
    from kiemtra_lint.readers.package import open_package
    from kiemtra_lint.readers.styles import StyleSheet

    try:
        doc = read_docx(str(path))
        build_outline(doc)
    except Exception as exc:  # noqa: BLE001 - the error is part of the output
        return f"error {type(exc).__name__}: {exc}"
    text = repr((doc.blocks, doc.tables, doc.comments, doc.diagnostics, doc.fonts, doc.tracked_changes,
                 doc.legacy_encoding, doc.title, [(s.label, s.title, s.level, s.blocks) for s in doc.sections()]))
    with open_package(str(path)) as pkg:
        root = pkg.xml(pkg.main_part)
        styles_part = pkg.related_part(pkg.main_part, "styles")
        styles = StyleSheet.from_xml(pkg.xml(styles_part) if styles_part else None)
        walker = PartWalker("document", styles, record=True)
        body = root.find(X.BODY)
        if body is not None:
            walker.blocks(body)
        tree = root.getroottree()
        text += repr([tree.getpath(p) for p in walker.paragraph_elements])
        text += repr([[tree.getpath(r) for r in runs] for runs in walker.run_elements])
    return hashlib.sha256(text.encode()).hexdigest()


def dump(folder: Path, out: Path) -> None:
    with out.open("w") as fh:
        for path in sorted(folder.glob("*.docx")):
            fh.write(f"{path.name} {describe(path)}\n")


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 500)
    else:
        dump(Path(sys.argv[2]), Path(sys.argv[3]))

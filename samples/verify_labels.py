#!/usr/bin/env python3
"""Check, with LibreOffice, the list numbers a sample shows for its numbered paragraphs.

    python samples/verify_labels.py [NAME ...]        default: danh-so-tu-dong
    python samples/verify_labels.py --write NAME      also (re)write samples/src/NAME.labels.txt
    python samples/verify_labels.py danh-so-go-tay    a @variant: checked against its source's labels

For every paragraph of samples/src/NAME.txt that carries label=X, the script converts the built
samples/NAME.docx to PDF with `soffice --headless --convert-to pdf`, extracts the text with
`pdftotext`, finds the line where the paragraph's first words appear (in document order) and takes
what precedes them on that line as the label LibreOffice rendered.  It prints both and fails when
they differ from the label= tags, or from samples/src/NAME.labels.txt when that file exists.
Needs soffice and pdftotext on PATH; nothing here is used by the tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402


def source_of(name: str) -> Path:
    """samples/src/NAME.txt, or the source that builds NAME.docx as a @variant."""
    direct = build.SRC / f"{name}.txt"
    if direct.exists():
        return direct
    for path in build.sources([]):
        if any(v == name for v, _mode in build.parse_source(path).variants):
            return path
    raise SystemExit(f"no source builds {name}.docx")


def numbered_paragraphs(name: str) -> list[tuple[str, str]]:
    src = build.parse_source(source_of(name))
    out = []
    for b in src.blocks:
        if isinstance(b, build.Para) and "label" in b.tags:
            plain = "".join(p.text for p in build.parse_inline(b.text) if p.kind == "text")
            out.append((b.tags["label"], plain))
    return out


def rendered_labels(docx: Path, paras: list[tuple[str, str]]) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(docx, tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(Path(tmp) / docx.name)], check=True, capture_output=True, timeout=300)
        pdf = Path(tmp) / (docx.stem + ".pdf")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
    lines = [ln.strip() for ln in text.splitlines()]
    got, cursor = [], 0
    for _label, plain in paras:
        words = plain.split()[:3]
        # a label is one short token ("III.", "3.1.", "a)") at the very start of the line
        pat = re.compile(r"^(\S{1,8})\s+" + r"\s+".join(map(re.escape, words)))
        for k in range(cursor, len(lines)):
            m = pat.match(lines[k])
            if m:
                got.append(m.group(1))
                cursor = k + 1
                break
        else:
            got.append("<not found>")
    return got


def main(argv: list[str]) -> int:
    write = "--write" in argv
    names = [a for a in argv if not a.startswith("--")] or ["danh-so-tu-dong"]
    bad = 0
    for name in names:
        paras = numbered_paragraphs(name)
        got = rendered_labels(build.HERE / f"{name}.docx", paras)
        labels_file = build.SRC / f"{source_of(name).stem}.labels.txt"
        stored = (labels_file.read_text(encoding="utf-8").split()
                  if labels_file.exists() and not write else None)
        for i, ((want, plain), g) in enumerate(zip(paras, got)):
            mark = "ok" if g == want else "DIFFERS"
            if stored is not None and (i >= len(stored) or stored[i] != g):
                mark += " (labels.txt differs)"
            if not mark == "ok":
                bad += 1
            print(f"{g:>8}  label={want:<6} {mark:<4}  {plain[:60]}")
        if stored is not None and len(stored) != len(got):
            print(f"labels.txt has {len(stored)} labels, the document {len(got)}")
            bad += 1
        if write:
            labels_file.write_text("".join(g + "\n" for g in got), encoding="utf-8")
            print(f"wrote {labels_file.relative_to(build.HERE.parent)}")
    print("all labels as LibreOffice renders them" if not bad else f"{bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

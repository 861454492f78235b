#!/usr/bin/env python3
"""How long the figures rules (KT2xx) take on a 200-page draft.

    python bench/figures_timing.py [--runs 20] [DRAFT.docx ...]

Two inputs by default:

* ``bench/out/draft-200.docx`` from ``python bench/gen.py 200`` (200 pages of 2,800 characters,
  figures in nearly every other sentence), generated when missing;
* 6,000 paragraphs (and a table every 60) cut from the sample drafts' sources
  (``samples/src/*.txt``), the densest real-looking figures we have.

The document is read once; then the six rules run on it ``--runs`` times, each time with a
fresh Context (nothing carried over but the grammar and the word lists, as in a long-running
process).  The minimum is reported, per rule and in total: on a shared machine the minimum is
the least disturbed run.  CPU time (process_time) and wall time are both shown.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from kiemtra_lint.engine import Context  # noqa: E402
from kiemtra_lint.registry import select_rules  # noqa: E402
from kiemtra_lint.readers import read_document  # noqa: E402
from kiemtra_lint.readers.textfile import parse_text  # noqa: E402


def sample_paragraphs_document(paragraphs: int = 6000):
    """A Markdown draft of ``paragraphs`` paragraphs from the samples' sources, with their tables."""
    texts, tables = [], []
    for src in sorted((ROOT / "samples" / "src").glob("*.txt")):
        lines = src.read_text(encoding="utf-8").splitlines()
        table: list[str] = []
        for line in lines:
            if line.startswith("p:") or line.startswith("p num="):
                texts.append(line.split(":", 1)[1].strip().replace("¦", ""))
            elif line.startswith("| "):
                table.append(line.replace("**", "").replace("| < |", "| |"))
            elif line.startswith("@end") and table:
                header, *rows = table
                tables.append("\n".join([header, "|" + "---|" * (header.count("|") - 1), *rows]))
                table = []
    body = []
    for i in range(paragraphs):
        body.append(texts[i % len(texts)])
        if i % 60 == 59:
            body.append(tables[(i // 60) % len(tables)])
    return parse_text("\n\n".join(body) + "\n", "samples-6000.md", "md")


def measure(doc, runs: int) -> tuple[dict[str, float], dict[str, float], int]:
    rules = select_rules(["KT2"])
    for r in rules:  # load the grammar and the word lists once
        list(r.check(doc, Context()))
    best_cpu: dict[str, float] = {}
    best_wall: dict[str, float] = {}
    findings = 0
    for _ in range(runs):
        ctx = Context()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        findings = 0
        for r in rules:
            c, w = time.process_time(), time.perf_counter()
            findings += len(list(r.check(doc, ctx)))
            best_cpu[r.code] = min(best_cpu.get(r.code, 1e9), time.process_time() - c)
            best_wall[r.code] = min(best_wall.get(r.code, 1e9), time.perf_counter() - w)
        best_cpu["all"] = min(best_cpu.get("all", 1e9), time.process_time() - cpu0)
        best_wall["all"] = min(best_wall.get("all", 1e9), time.perf_counter() - wall0)
    return best_cpu, best_wall, findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    inputs = []
    if args.drafts:
        inputs = [(p.name, read_document(p)) for p in args.drafts]
    else:
        draft = HERE / "out" / "draft-200.docx"
        if not draft.exists():
            subprocess.run([sys.executable, str(HERE / "gen.py"), "200"], check=True)
        inputs = [(draft.name, read_document(draft)), ("samples x 6000 paragraphs", sample_paragraphs_document())]
    for name, doc in inputs:
        paragraphs = sum(1 for b in doc.blocks if b.kind != "table-cell")
        cpu, wall, findings = measure(doc, args.runs)
        print(f"{name}: {len(doc.blocks)} blocks ({paragraphs} outside tables), {len(doc.tables)} tables, "
              f"{sum(len(b.text) for b in doc.blocks):,} characters, {findings} findings")
        print("  min over {} runs, ms  ".format(args.runs) + "  ".join(
            f"{code} {cpu[code] * 1000:.1f}" for code in sorted(c for c in cpu if c != "all")))
        print(f"  all KT2 rules: {cpu['all'] * 1000:.1f} ms CPU, {wall['all'] * 1000:.1f} ms wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

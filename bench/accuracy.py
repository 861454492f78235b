#!/usr/bin/env python3
"""How right kiemtra is on real published text: findings per 10,000 characters and audited
precision per rule, and for the figures family recall against a hand-made truth table.

    python bench/accuracy.py                     every rule, tuning set (default)
    python bench/accuracy.py --set heldout       the texts kept aside (never tuned on)
    python bench/accuracy.py --set all --family structure --unlabelled 20
    python bench/accuracy.py --set fresh         the fresh set (../shared/fresh, labels/fresh/)
    python bench/accuracy.py --set fresh2        the second fresh set (../shared/fresh2, labels/fresh2/)

Reads ../shared/corpus (see its README; not part of the project) and the labels in
bench/labels/, which hold facts only, never the documents' sentences:

* ``findings-<family>.csv``: ``file,rule,block,start,end,verdict,note``: one audited finding
  (file relative to the corpus folder, block index and offsets as in the JSON output, -1 for a
  finding about the whole document, which has no place;
  verdict ``real`` or ``false``; note: why, in our own words);
* ``figures-truth.csv``: ``file,block,start,end,kind,stated,computed,verdict,note``: one figure
  claim checked by hand (verdict ``right``, ``wrong`` or ``truncated``); a ``wrong`` claim is
  caught when a KT2 error or warning overlaps its span;
* ``figures-truth-pages.csv``: ``source,kind,stated,computed,verdict,kiemtra,set,note``: one claim
  of a published web page (address, numbers, verdict, and what kiemtra said on it when checked,
  "KT201 error", "KT201 info", "silent" or "missed"); ``set`` ``heldout`` marks pages read after
  the last change to the rules and never tuned on;
* ``heldout.txt``: the texts kept aside (a file name, or ``file#block-from`` for the blocks of
  a long file from that index on).

Precision counts errors and warnings only; infos are listed apart.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
def _corpus(folder: str = "corpus", variable: str = "KIEMTRA_CORPUS") -> Path:
    """$KIEMTRA_CORPUS, else ../shared/corpus beside the project (or beside the folder of its
    git worktrees); the same for another folder of shared/."""
    if os.environ.get(variable):
        return Path(os.environ[variable])
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / folder).is_dir():
            return base / "shared" / folder
    return ROOT.parent / "shared" / folder


CORPUS = _corpus()
LABELS = HERE / "labels"


def use_fresh_set(name: str = "fresh") -> None:
    """Measure a fresh set instead: texts nobody tuned on, gathered after the rules were written
    ($KIEMTRA_FRESH or $KIEMTRA_FRESH2, else ../shared/fresh or ../shared/fresh2; see its README),
    audited in bench/labels/<name>/ with the same formats. All of it counts (no tune/held-out split
    inside it)."""
    global CORPUS, LABELS
    CORPUS = _corpus(name, "KIEMTRA_" + name.upper())
    LABELS = HERE / "labels" / name
sys.path.insert(0, str(ROOT))


def heldout_spec() -> tuple[set[str], dict[str, int]]:
    whole, from_block = set(), {}
    path = LABELS / "heldout.txt"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        line = line.split("#!")[0].strip()
        if not line or line.startswith("#"):
            continue
        if "#" in line:
            name, start = line.split("#", 1)
            from_block[name] = int(start)
        else:
            whole.add(line)
    return whole, from_block


def in_set(name: str, block: int | None, which: str, spec) -> bool:
    """Whether a file (or one of its blocks) belongs to ``which`` (tune, heldout, all, fresh,
    fresh2)."""
    if which in ("all", "fresh", "fresh2"):
        return True
    whole, from_block = spec
    held = name in whole or (name in from_block and (block is None or block >= from_block[name]))
    return held if which == "heldout" else not held


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md")


def read_labels(name: str) -> list[dict]:
    out = []
    for path in sorted(LABELS.glob(name)):
        with path.open(encoding="utf-8", newline="") as fh:
            out += list(csv.DictReader(fh))
    return out


def run(which: str, family: str | None, unlabelled: int) -> int:
    from kiemtra_lint.config import Settings
    from kiemtra_lint.lint import lint_file

    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    spec = heldout_spec()
    labels = {(l["file"], l["rule"], int(l["block"]), int(l["start"]), int(l["end"])): l["verdict"]
              for l in read_labels("findings-*.csv")}
    chars = 0
    counts: Counter = Counter()
    infos: Counter = Counter()
    verdicts: dict[str, Counter] = defaultdict(Counter)
    open_items: dict[str, list] = defaultdict(list)
    found_figures: dict[str, list] = defaultdict(list)
    for path in corpus_files():
        name = path.relative_to(CORPUS).as_posix()
        result = lint_file(str(path), Settings(), keep_document=True)
        if result.document is None:
            continue
        chars += sum(len(b.text) for b in result.document.blocks
                     if in_set(name, b.index, which, spec))
        for f in result.findings:
            # a finding about the whole document (a missing part) has no span: it counts with its file
            where = (f.span.block, f.span.start, f.span.end) if f.span is not None else (-1, -1, -1)
            if not in_set(name, where[0] if f.span is not None else None, which, spec):
                continue
            if family and f.family != family:
                continue
            if f.family == "figures" and f.severity in ("error", "warning") and f.span is not None:
                found_figures[name].append((f.rule, f.span))
            if f.severity == "info":
                infos[f.rule] += 1
                continue
            counts[f.rule] += 1
            verdict = labels.get((name, f.rule, *where))
            verdicts[f.rule][verdict or "unlabelled"] += 1
            if verdict is None:
                open_items[f.rule].append((name, *where, f.message.vi))
    per10k = 10_000 / chars if chars else 0
    print(f"set: {which}; {chars:,} characters")
    print(f"{'rule':7} {'E+W':>5} {'/10k':>6} {'real':>5} {'false':>5} {'open':>5} {'precision':>9}  infos")
    for rule in sorted(set(counts) | set(infos)):
        v = verdicts[rule]
        audited = v["real"] + v["false"]
        precision = f"{v['real'] / audited:.0%}" if audited else "-"
        print(f"{rule:7} {counts[rule]:5} {counts[rule] * per10k:6.2f} {v['real']:5} {v['false']:5} "
              f"{v['unlabelled']:5} {precision:>9}  {infos[rule]}")
    total = sum(counts.values())
    print(f"{'all':7} {total:5} {total * per10k:6.2f}")
    if unlabelled:
        for rule in sorted(open_items):
            for item in open_items[rule][:unlabelled]:
                print("open", rule, *item[:4], item[4][:100], sep="\t")
    _figures_recall(which, spec, found_figures)
    return 0


# The rule that judges each kind of claim of the truth tables.
CLAIM_RULES = {"fraction-percent": "KT201", "share": "KT202", "parts-sum": "KT203", "fraction-list": "KT203",
               "remainder": "KT203", "shares-sum": "KT204", "table-sum": "KT205", "table-ratio": "KT205",
               "repeat": "KT206"}


def _truth_rows(claims: list[tuple[str, str, str | None]]) -> None:
    """Recall and precision per rule of (kind, verdict, rule of the KT2 error/warning on the claim or None).

    A wrong claim is caught when any KT2 error or warning falls on it (counted under the rule of
    its kind); a right or truncated claim with one is a false alarm of the rule that raised it.
    "unclear" claims (the base is not in the text) count for neither."""
    stats: dict[str, Counter] = defaultdict(Counter)
    for kind, verdict, flagged in claims:
        rule = CLAIM_RULES.get(kind, "other")
        stats[rule]["claims"] += 1
        if verdict == "wrong":
            stats[rule]["wrong"] += 1
            if flagged:
                stats[rule]["caught"] += 1
                stats[flagged]["flags"] += 1
                stats[flagged]["real"] += 1
        elif verdict in ("right", "truncated") and flagged:
            stats[flagged]["flags"] += 1
            stats[flagged]["false"] += 1
    print(f"  {'rule':7} {'claims':>6} {'wrong':>5} {'caught':>6} {'recall':>6}  {'E+W':>4} {'false':>5} "
          f"{'precision':>9}")
    total = Counter()
    for rule in sorted(stats):
        st = stats[rule]
        total.update(st)
        _truth_row(rule, st)
    _truth_row("all", total)


def _truth_row(rule: str, st: Counter) -> None:
    recall = f"{st['caught'] / st['wrong']:.0%}" if st["wrong"] else "-"
    precision = f"{st['real'] / st['flags']:.0%}" if st["flags"] else "-"
    print(f"  {rule:7} {st['claims']:6} {st['wrong']:5} {st['caught']:6} {recall:>6}  {st['flags']:4} "
          f"{st['false']:5} {precision:>9}")


def _figures_recall(which: str, spec, found: dict[str, list]) -> None:
    truth = [t for t in read_labels("figures-truth.csv") if in_set(t["file"], int(t["block"]), which, spec)]
    if truth:
        flagged = _claims_named(truth, found)
        claims = [(t["kind"], t["verdict"], flagged.get(i)) for i, t in enumerate(truth)]
        print(f"figures truth table (corpus, measured now): {len(truth)} claims")
        _truth_rows(claims)
    _figures_pages(which)


def _claims_named(truth: list[dict], found: dict[str, list]) -> dict[int, str]:
    """The claim each KT2 error or warning names, as {index in ``truth``: rule}.

    A finding names one claim: of the claims its span overlaps, one of the kind its rule judges
    if any (a KT204 finding spanning three shares names their sum, not each share), a wrong one
    before a right one, then the narrowest.  So a finding that names the wrong claim is not
    also counted against the right claims its span happens to cover."""
    named: dict[int, str] = {}
    for file, findings in found.items():
        rows = [(i, t) for i, t in enumerate(truth) if t["file"] == file]
        for rule, s in findings:
            over = [(i, t) for i, t in rows
                    if int(t["block"]) == s.block and s.start < int(t["end"]) and int(t["start"]) < s.end]
            if not over:
                continue
            i, _ = min(over, key=lambda it: (CLAIM_RULES.get(it[1]["kind"]) != rule, it[1]["verdict"] != "wrong",
                                             int(it[1]["end"]) - int(it[1]["start"])))
            named.setdefault(i, rule)
    return named


def _figures_pages(which: str) -> None:
    """The truth table of web pages: what kiemtra said on each claim when it was checked by hand
    (the pages are not stored, so the outcome is the one recorded in the ``kiemtra`` column)."""
    pages = [t for t in read_labels("figures-truth-pages.csv") if which == "all" or t.get("set", "tune") == which]
    if not pages:
        return
    claims = []
    for t in pages:
        said = t["kiemtra"].split()
        flagged = said[0] if len(said) == 2 and said[1] in ("error", "warning") else None
        claims.append((t["kind"], t["verdict"], flagged))
    print(f"figures truth table (web pages, {which}, as recorded): {len(pages)} claims "
          f"from {len({t['source'] for t in pages})} pages")
    _truth_rows(claims)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("tune", "heldout", "all", "fresh", "fresh2"), default="tune")
    ap.add_argument("--family")
    ap.add_argument("--unlabelled", type=int, default=0, help="list up to N unlabelled findings per rule")
    args = ap.parse_args()
    if args.set in ("fresh", "fresh2"):
        use_fresh_set(args.set)
    return run(args.set, args.family, args.unlabelled)


if __name__ == "__main__":
    raise SystemExit(main())

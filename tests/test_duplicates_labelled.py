"""KT402 on the labelled sentence pairs of tests/data/duplicates/kt402_pairs.tsv.

Each pair is put in a small draft (first sentence, an unrelated paragraph, second sentence)
and the duplicate rules run on it; a pair is predicted "dup" when KT402 or KT403 reports the
second place with the first as related.  Run this file directly for the full table:

    python tests/test_duplicates_labelled.py
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from kiemtra_lint.document import PARAGRAPH, Block, Document
from kiemtra_lint.engine import Context
from kiemtra_lint.registry import get_rule

DATA = Path(__file__).parent / "data" / "duplicates"
PAIRS = DATA / "kt402_pairs.tsv"  # the thresholds were tuned on these
HELDOUT = DATA / "kt402_heldout.tsv"  # written after the thresholds were frozen
FILLER = "Đảng bộ huyện hiện có 62 tổ chức cơ sở đảng với 4.236 đảng viên sinh hoạt tại 274 chi bộ trực thuộc."


def load_pairs(path: Path = PAIRS) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def predicted_duplicate(first: str, second: str) -> bool:
    doc = Document(path="pair.md", format="md")
    for text in (first, FILLER, second):
        doc.blocks.append(Block(index=len(doc.blocks), kind=PARAGRAPH, text=text))
    ctx = Context()
    for code in ("KT402", "KT403"):
        for f in get_rule(code).check(doc, ctx):
            if f.span.block == 2 and any(r.block == 0 for r in f.related):
                return True
    return False


def evaluate(path: Path = PAIRS) -> tuple[Counter, list[tuple[dict, bool]]]:
    counts: Counter = Counter()
    rows = []
    for row in load_pairs(path):
        guess = predicted_duplicate(row["first"], row["second"])
        truth = row["label"] == "dup"
        counts[("tp" if truth else "fp") if guess else ("fn" if truth else "tn")] += 1
        rows.append((row, guess))
    return counts, rows


def test_labelled_set_is_large_and_balanced():
    labels = Counter(row["label"] for row in load_pairs())
    assert sum(labels.values()) >= 100 and set(labels) == {"dup", "not"}
    assert min(labels.values()) >= 40


def test_precision_and_recall():
    check_scores(PAIRS)


def test_precision_and_recall_on_the_heldout_pairs():
    assert len(load_pairs(HELDOUT)) >= 50
    check_scores(HELDOUT)


def check_scores(path: Path) -> None:
    counts, rows = evaluate(path)
    precision = counts["tp"] / (counts["tp"] + counts["fp"])
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    misses = [(r["category"], r["second"]) for r, guess in rows if guess != (r["label"] == "dup")]
    assert precision >= 0.98, misses
    assert recall >= 0.95, misses


def sweep() -> None:
    """Precision and recall around the chosen thresholds (python ... --sweep)."""
    from kiemtra_lint.rules.duplicates import match as m

    chosen = m.THRESHOLD, m.MIN_WORDS
    for threshold in (0.75, 0.80, 0.85, 0.90, 0.95):
        for min_words in (8, 10, 12, 14):
            m.THRESHOLD, m.MIN_WORDS = threshold, min_words
            c, _ = evaluate()
            mark = " <- chosen" if (threshold, min_words) == chosen else ""
            print(f"threshold {threshold:.2f} min words {min_words:2}: tp {c['tp']:3} fp {c['fp']:3} "
                  f"fn {c['fn']:3} tn {c['tn']:3}{mark}")
    m.THRESHOLD, m.MIN_WORDS = chosen


if __name__ == "__main__":
    import sys

    if "--sweep" in sys.argv:
        sweep()
        raise SystemExit
    for path in (PAIRS, HELDOUT):
        counts, rows = evaluate(path)
        print(f"== {path.name}")
        by_category: dict[str, Counter] = {}
        for row, guess in rows:
            key = f"{row['label']:3} {row['category']}"
            by_category.setdefault(key, Counter())[guess == (row["label"] == "dup")] += 1
        for name, c in sorted(by_category.items()):
            print(f"{name:25} {c[True]:3} right {c[False]:3} wrong")
        for row, guess in rows:
            if guess != (row["label"] == "dup"):
                print(f"WRONG ({row['label']}, {row['category']}): {row['second']}")
        tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
        print(f"pairs {tp + fp + fn + tn}: tp {tp} fp {fp} fn {fn} tn {tn}; "
              f"precision {tp / (tp + fp):.3f} recall {tp / (tp + fn):.3f}")

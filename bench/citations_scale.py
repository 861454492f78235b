#!/usr/bin/env python3
"""How the citations family (KT3xx) grows with a compilation that cites many documents.

    python bench/citations_scale.py [--pages 200 400 800 1600] [--runs 3]

A compilation of reports (a province's yearly collection, say) cites new documents on every
page, so the number of distinct documents grows with the text.  Each page here has about
2,800 characters: twelve paragraphs, four of which cite a document of their own (a Party or a
State symbol, with its date and issuer) and one of which mentions an earlier one again in short
form ("Kế hoạch số 17"), plus six table rows of figures (five-digit
counts, outside the documents' numbers: otherwise the share of figures that are also cited
numbers, each tried as a short mention, would grow with the size and blur the measure).  All the
sentences are invented.

Every KT3xx rule runs on the document (read once) with a fresh Context and empty parse caches
(as in a new process), ``--runs`` times; the
least CPU time (process_time) is kept.  The growth exponent is the least-squares slope of
log(time) against log(pages) over all the sizes: 1.0 is linear.  It must stay at or below
1.1; the short-mention scan used to try one alternation of every cited number on every block,
which made it grow with text x documents (exponent 1.58 here: 0.41, 1.05, 3.15, 10.77 s).
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from kiemtra_lint.engine import Context, select_rules  # noqa: E402
from kiemtra_lint.readers.textfile import parse_text  # noqa: E402
from kiemtra_lint.rules.citations import parse  # noqa: E402

PARTY_TYPES = [("Kế hoạch", "KH"), ("Nghị quyết", "NQ"), ("Chương trình", "CTr"), ("Hướng dẫn", "HD"),
               ("Kết luận", "KL"), ("Thông báo", "TB")]
PARTY_ISSUERS = [("TU", "Ban Thường vụ Tỉnh ủy"), ("HU", "Ban Thường vụ Huyện ủy"), ("ĐU", "Đảng ủy xã")]
STATE_TYPES = [("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Báo cáo", "BC")]
FILLER = ("Các cấp ủy, tổ chức đảng đã tổ chức quán triệt, triển khai thực hiện nghiêm túc, kịp thời; "
          "công tác kiểm tra, giám sát được tăng cường, chất lượng sinh hoạt chi bộ từng bước nâng lên.")


def page(rng: random.Random, first: int, cited: list[tuple[str, int]]) -> list[str]:
    """One page: four new documents cited in full (numbered from ``first``), one cited again."""
    out = []
    for i in range(4):
        number = first + i
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2024)
        if rng.random() < 0.6:
            word, code = rng.choice(PARTY_TYPES)
            issuer, body = rng.choice(PARTY_ISSUERS)
            symbol = f"{number:02d}-{code}/{issuer}"
        else:
            word, code = rng.choice(STATE_TYPES)
            body = "Ủy ban nhân dân tỉnh"
            symbol = f"{number}/{code}-UBND"
        cited.append((word, number))
        out.append(f"Thực hiện {word} số {symbol}, ngày {day}/{month}/{year} của {body} về công tác năm "
                   f"{year}, đã có {rng.randint(10, 99)} đơn vị hoàn thành, đạt {rng.randint(80, 99)}%. {FILLER}")
    word, number = rng.choice(cited)
    out.append(f"Kết quả triển khai {word} số {number:02d} cho thấy {rng.randint(3, 40)} chi bộ còn hạn chế. {FILLER}")
    out += [FILLER] * 4
    out += [" | ".join(str(rng.randint(10_000, 99_999)) for _ in range(8)) for _ in range(6)]
    return out


def compilation(pages: int, seed: int = 17):
    rng = random.Random(seed)
    cited: list[tuple[str, int]] = []
    paragraphs = []
    for p in range(pages):
        paragraphs += page(rng, 1 + 4 * p, cited)
    return parse_text("\n\n".join(paragraphs) + "\n", f"compilation-{pages}.md", "md")


def cpu_seconds(doc, runs: int) -> float:
    rules = select_rules(["KT3"])
    best = math.inf
    for _ in range(runs):
        ctx = Context()
        parse._parse_window.cache_clear()  # each run parses its windows afresh, as a new process does
        parse._parse_once.cache_clear()
        gc.collect()
        gc.disable()  # as timeit does: a collection falling in one run and not another is noise
        t0 = time.process_time()
        for r in rules:
            for _ in r.check(doc, ctx):
                pass
        best = min(best, time.process_time() - t0)
        gc.enable()
    return best


def slope(xs: list[float], ys: list[float]) -> float:
    """The least-squares slope of ys against xs: every size counts, so one disturbed run moves it less."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, nargs="+", default=[200, 400, 800, 1600])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    cpu_seconds(compilation(10), 1)  # load the grammar and the vocabulary outside the measure
    times = []
    for pages in args.pages:
        doc = compilation(pages)
        seconds = cpu_seconds(doc, args.runs)
        times.append(seconds)
        chars = sum(len(b.text) for b in doc.blocks)
        print(f"{pages:5} pages  {chars:>10,} characters  {4 * pages:6} documents  {seconds:7.2f} s CPU")
    exponent = slope([math.log(p) for p in args.pages], [math.log(t) for t in times])
    print(f"growth exponent {exponent:.2f} (linear is 1.0; must be at most 1.1)")
    return 0 if exponent <= 1.1 else 1


if __name__ == "__main__":
    raise SystemExit(main())

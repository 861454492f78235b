#!/usr/bin/env python3
"""Run the fuzz cases of tests/test_fuzz.py at scale and count crashes.

    python bench/fuzz.py --cases 10000            (2 worker processes; a few minutes)
    python bench/fuzz.py --cases 500 --seed 7 --jobs 1

Each case is one mutated .docx (the same mutations as the suite, drawn from a seeded
random generator instead of hypothesis) checked in-process by ``kiemtra check --format
json`` with KIEMTRA_STRICT=1, so a rule that raises counts as a crash too, then run
through one more command in turn (sarif, html, github, terminal, tree, annotate).  A crash is
any exception, a wrong exit code, invalid JSON, a broken excerpt invariant or a case
slower than 20 s.  Crashing inputs are kept in bench/out/fuzz-crashes/ with what was done
to them; the summary goes to stdout (and to bench/fuzz.md).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import os
import random
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
os.environ["KIEMTRA_STRICT"] = "1"

import test_fuzz as F  # noqa: E402

CRASHES = HERE / "out" / "fuzz-crashes"


def signature(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "kiemtra_lint" in f.filename or "/rules/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else "?"
    return f"{type(exc).__name__} at {where}: {str(exc)[:120]}"


def worker(args: tuple[int, int, int]) -> tuple[int, dict[str, list[str]], collections.Counter]:
    first, count, seed = args
    rng = random.Random(seed)
    chooser = F.RandomChooser(rng)
    crashes: dict[str, list[str]] = {}
    outcomes: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        entries = [F.load_seed(s) for s in F.seed_files(folder)]
        target = folder / "mutant.docx"
        for i in range(first, first + count):
            blob, done = F.build_case(chooser.pick(entries), chooser)
            command = F.COMMANDS[i % len(F.COMMANDS)]
            try:
                data = F.check_bytes(blob, target)
                outcomes["unreadable (exit 2)" if data["files"][0]["error"] else "read and checked"] += 1
                F.run_command(blob, target, command)
                outcomes[" ".join(command[:3]).replace(" {out}", "")] += 1
            except BaseException as exc:  # noqa: BLE001 - everything counts
                if isinstance(exc, KeyboardInterrupt):
                    raise
                sig = signature(exc)
                outcomes["crash"] += 1
                if sig not in crashes:
                    CRASHES.mkdir(parents=True, exist_ok=True)
                    name = hashlib.sha1(sig.encode()).hexdigest()[:10]
                    (CRASHES / f"{name}.docx").write_bytes(blob)
                    (CRASHES / f"{name}.txt").write_text(
                        sig + "\n\n" + "\n".join(done) + "\n\n" + "".join(traceback.format_exception(exc)),
                        encoding="utf-8")
                crashes.setdefault(sig, []).append(f"case {i} (then {' '.join(command)}): " + "; ".join(done))
    return count, crashes, outcomes


def main() -> None:
    ap = argparse.ArgumentParser(description="fuzz kiemtra check with mutated drafts")
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=2023)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--output", type=Path, default=HERE / "fuzz.md")
    args = ap.parse_args()
    t0 = time.perf_counter()
    per = [args.cases // args.jobs + (1 if i < args.cases % args.jobs else 0) for i in range(args.jobs)]
    starts = [sum(per[:i]) for i in range(args.jobs)]
    tasks = [(starts[i], per[i], args.seed * 1000 + i) for i in range(args.jobs)]
    if args.jobs == 1:
        results = [worker(tasks[0])]
    else:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(worker, tasks))
    total = sum(r[0] for r in results)
    crashes: dict[str, list[str]] = {}
    outcomes: collections.Counter = collections.Counter()
    for _n, c, o in results:
        outcomes.update(o)
        for sig, cases in c.items():
            crashes.setdefault(sig, []).extend(cases)
    elapsed = time.perf_counter() - t0
    lines = ["# Fuzzing", "", f"`python bench/fuzz.py --cases {args.cases} --seed {args.seed}`: **{total} cases** in "
             f"{elapsed:.0f} s, **{outcomes['crash']} crashes** ({len(crashes)} distinct); "
             f"{outcomes['read and checked']} read and checked, {outcomes['unreadable (exit 2)']} refused with exit 2 "
             "and a message.", "",
             "Each case is also run through one more command, in turn: " + ", ".join(
                 f"`{name}` {outcomes[name]}" for name in sorted(outcomes) if name.startswith(("check ", "tree", "annotate")))
             + " (the mutations include attribute values at the edges: numbers, code points, ids, relationship "
             "targets; see tests/test_fuzz.py).", ""]
    for sig, cases in sorted(crashes.items(), key=lambda kv: -len(kv[1])):
        lines += [f"- {len(cases)}× {sig}", f"  - e.g. {cases[0]}"]
    text = "\n".join(lines) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(text)
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()

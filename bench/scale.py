#!/usr/bin/env python3
"""Scale: memory of a folder run against the number of drafts, and the growth of each rule family
with the length of one draft.

    python bench/scale.py memory --drafts 25 100 1000 --jobs 1 2
    python bench/scale.py growth --pages 50 100 200 400

memory: N drafts of 20 pages (bench/gen.py, different seeds) in one folder, `kiemtra check
--format json --fail-on never` on the folder; the peak RSS (VmHWM) of every process of the run
(the command and each worker), sampled from /proc every 20 ms.  Aim: under 300 MB each, flat in N.

growth: the CPU time of each family (`--timings --jobs 1`, time.process_time: the machine may be
shared) on one draft of each length, the least of ``--repeat`` runs; the exponent is the
least-squares slope of log time over log pages.  Aim: none above 1.1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import build, write_docx  # noqa: E402


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            children = []
        todo += [int(c) for c in children]
    return out


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss(command: list[str]) -> tuple[float, dict[int, int]]:
    """Run ``command``; (seconds, {pid: peak RSS in KB}) of it and every process it started."""
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = threading.Event()

    def sample():
        while not done.is_set():
            for pid in _tree(proc.pid):
                peaks[pid] = max(peaks.get(pid, 0), _hwm_kb(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    proc.wait()
    done.set()
    sampler.join()
    return time.perf_counter() - start, peaks


def memory(drafts: list[int], jobs: list[int]) -> None:
    print("| drafts | --jobs | seconds | processes | peak RSS MB (largest) | peak RSS MB (parent) |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = 0
        for n in sorted(drafts):
            while made < n:
                write_docx(folder / f"du-thao-{made:04d}.docx", build(20, seed=1000 + made))
                made += 1
            for j in jobs:
                seconds, peaks = peak_rss(["kiemtra", "check", "--format", "json", "--fail-on", "never",
                                           "--jobs", str(j), "-o", str(folder / "out.json"), str(folder)])
                parent = peaks.get(min(peaks), 0) if peaks else 0
                print(f"| {n} | {j} | {seconds:.1f} | {len(peaks)} | {max(peaks.values()) / 1024:.0f} | "
                      f"{parent / 1024:.0f} |", flush=True)
                (folder / "out.json").unlink(missing_ok=True)


def growth(pages: list[int], repeat: int = 3) -> None:
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in pages:
            path = write_docx(Path(tmp) / f"draft-{n}.docx", build(n))
            best: dict[str, float] = {}
            for _ in range(repeat):
                run = subprocess.run(["kiemtra", "check", "--format", "json", "--fail-on", "never", "--jobs", "1",
                                      "--timings", str(path)], capture_output=True, text=True)
                # "path: citations 145.6 ms, consistency 51.4 ms, ..."
                stages = run.stderr.strip().splitlines()[-1].split(": ", 1)[1]
                for item in stages.split(", "):
                    stage, ms, _ = item.split()
                    best[stage] = min(best.get(stage, float("inf")), float(ms))
            for stage, ms in best.items():
                times.setdefault(stage, []).append(ms)
    xs = [math.log(p) for p in pages]
    print("| stage | " + " | ".join(f"{p} pages ms" for p in pages) + " | exponent |")
    print("|---|" + "---:|" * (len(pages) + 1))
    for stage, ts in sorted(times.items()):
        if len(ts) != len(pages):
            continue
        ys = [math.log(max(t, 0.01)) for t in ts]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        print(f"| {stage} | " + " | ".join(f"{t:.0f}" for t in ts) + f" | {slope:.2f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    m = sub.add_parser("memory")
    m.add_argument("--drafts", type=int, nargs="+", default=[25, 100, 1000])
    m.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    g = sub.add_parser("growth")
    g.add_argument("--pages", type=int, nargs="+", default=[50, 100, 200, 400])
    g.add_argument("--repeat", type=int, default=3, help="runs of each length; the least CPU time is kept")
    args = ap.parse_args()
    memory(args.drafts, args.jobs) if args.what == "memory" else growth(args.pages, args.repeat)


if __name__ == "__main__":
    main()

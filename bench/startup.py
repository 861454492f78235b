"""Start-up cost of kiemtra: whole-process wall time on tiny inputs, and the in-process import cost.

    python bench/startup.py [--runs 9] [TREE ...]

For each source tree (default: this one) runs ``python -m kiemtra_lint check --format json`` on a
one-sentence .txt and on bench/out/tiny.docx, from the tree's folder so that its code is the one
imported; the commands run interleaved (one of each per round), and the median and min of each
are printed, then the import cost of kiemtra_lint.cli + lint + every rule (CPU time inside fresh
processes, same rounds).  Two trees (say a worktree of an older commit) make an A/B comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TINY_TXT = Path("/tmp/tiny.txt")
TINY_DOCX = ROOT / "bench" / "out" / "tiny.docx"
IMPORT_PROBE = """
import time
t0 = time.process_time()
import kiemtra_lint.cli, kiemtra_lint.lint
from kiemtra_lint import engine
from kiemtra_lint import registry
registry.all_rules()
print(time.process_time() - t0)
"""


# the children may write their bytecode: a tree run without it would pay for compiling every module
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=ENV)
    return time.perf_counter() - t0


def import_cpu(cwd: Path) -> float:
    return float(subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True,
                                cwd=cwd, env=ENV).stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("trees", nargs="*", type=Path, default=[ROOT])
    args = ap.parse_args()
    TINY_TXT.write_text("Báo cáo kết quả công tác năm 2025.\n", encoding="utf-8")
    check = [sys.executable, "-m", "kiemtra_lint", "check", "--format", "json"]
    commands = {"python -c pass": ([sys.executable, "-c", "pass"], ROOT)}
    for tree in args.trees:
        commands[f"{tree} tiny.txt"] = (check + [str(TINY_TXT)], tree)
        commands[f"{tree} tiny.docx"] = (check + [str(TINY_DOCX)], tree)
    times: dict[str, list[float]] = {name: [] for name in commands}
    imports: dict[Path, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.runs):
        for name, (cmd, cwd) in commands.items():
            times[name].append(wall(cmd, cwd))
        for tree in args.trees:
            imports[tree].append(import_cpu(tree))
    for name, ts in times.items():
        print(f"{name:40s} median {statistics.median(ts) * 1000:6.1f} ms  min {min(ts) * 1000:6.1f} ms")
    for tree, ts in imports.items():
        name = f"{tree} import (cpu)"
        print(f"{name:40s} median {statistics.median(ts) * 1000:6.1f} ms  min {min(ts) * 1000:6.1f} ms")


if __name__ == "__main__":
    main()

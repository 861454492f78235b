#!/usr/bin/env python3
"""The hostile-input table: every case of tests/test_hostile.py, measured.

    python bench/hostile.py               writes bench/hostile.md (and prints it)
    python bench/hostile.py --only zip-bomb nfd

Each input is built in a temporary folder and checked twice by the real CLI in a child
process under the suite's limits (RLIMIT_AS 500 MB; killed after 15 s wall): with the
input rules only (the reader) and with every rule.  For each: exit code, the file's
message (the first line of the output that names the file), wall and CPU time, peak RSS;
inputs are hashed before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import test_hostile as H  # noqa: E402


def message(outcome) -> str:
    """The file's error, else its input findings (KT0xx), else how many findings it got."""
    try:
        data = json.loads(outcome.stdout)
    except ValueError:
        return ""
    f = data["files"][0]
    if f["error"]:
        return f["error"].split(": ", 1)[1]
    notes = [x["message"] for x in f["findings"] if x["rule"].startswith("KT0")]
    s = data["summary"]
    counts = f"{s['errors']} lỗi, {s['warnings']} cảnh báo, {s['infos']} thông tin"
    return (notes[0][:90] + " … — " if notes else "đọc được — ") + counts


def main() -> None:
    ap = argparse.ArgumentParser(description="measure the hostile inputs; writes bench/hostile.md")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--output", type=Path, default=HERE / "hostile.md")
    args = ap.parse_args()
    cases = [c for c in H.CASES if not args.only or c.id in args.only]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in cases:
            path = case.build(folder / case.name) or folder / case.name
            size = path.stat().st_size
            before = hashlib.sha256(path.read_bytes()).hexdigest()
            reader = H.run_bounded(["check", "--select", "KT0", str(path)], folder)
            full = H.run_bounded(["check", "--format", "json", str(path)], folder)
            same = hashlib.sha256(path.read_bytes()).hexdigest() == before
            tb = "Traceback" in reader.stdout + reader.stderr + full.stdout + full.stderr
            rows.append((case, size, reader, full, same, tb))
            print(f"{case.id}: reader {reader.code} {reader.cpu:.2f}s, all rules {full.code} {full.cpu:.2f}s "
                  f"{'TIMEOUT' if full.timed_out else ''}", file=sys.stderr)
    lines = ["# Hostile inputs", "",
             f"`python bench/hostile.py` on {time.strftime('%Y-%m-%d %H:%M')}. Each input checked by the real CLI in a "
             f"child process (RLIMIT_AS {H.MEMORY_LIMIT_MB} MB, killed after {H.WALL_LIMIT:.0f} s wall); bound: "
             f"< {H.TIME_LIMIT:.0f} s CPU and < {H.MEMORY_LIMIT_MB} MB RSS. \"reader\" = `--select KT0` (reading "
             "and the input rules), \"all rules\" = the default selection. Every input's SHA-256 was the same "
             "after both commands; no output held a traceback, unless the last column says so.", "",
             "| input | size | exit (reader / all) | message | reader wall / CPU s | all rules wall / CPU s | "
             "peak RSS MB (reader / all) | hash kept, no traceback |",
             "|---|---:|---|---|---:|---:|---:|---|"]
    for case, size, reader, full, same, tb in rows:
        size_s = f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"
        msg = message(full) if not full.timed_out else "(all rules: no answer in time; reader: exit %d)" % reader.code
        full_t = "killed at 15 s" if full.timed_out else f"{full.wall:.2f} / {full.cpu:.2f}"
        full_code = "—" if full.timed_out else str(full.code)
        lines.append(f"| {case.what} | {size_s} | {reader.code} / {full_code} | {msg.replace('|', '/')} | "
                     f"{reader.wall:.2f} / {reader.cpu:.2f} | {full_t} | {reader.rss_mb:.0f} / {full.rss_mb:.0f} | "
                     f"{'yes' if same and not tb else 'NO'} |")
    text = "\n".join(lines) + "\n"
    if not args.only:
        args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()

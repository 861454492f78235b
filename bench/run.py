#!/usr/bin/env python3
"""Measure kiemtra against the floor; write bench/results.md.

    python bench/run.py                 everything (about 2-4 minutes without textlint's big run)
    python bench/run.py --quick         fewer repeats, sizes 25/50/100/200, no peers, no batch
    python bench/run.py --sizes 200 --repeat 9

For each size (pages) it generates bench/out/draft-N.docx (bench/gen.py) and measures, each
as a whole process (what a pre-commit hook pays), the median of --repeat runs:

* floor: zipfile + lxml iterparse of word/document.xml and word/footnotes.xml, collecting
  the text of every w:t: the least any reader of a .docx must do;
* kiemtra: ``kiemtra check --format json --fail-on never FILE`` with every rule;
* peak RSS of the kiemtra process (ru_maxrss from wait4);
* one extra run with --timings for the share of reading and of each rule family.

Then: the growth exponent (least-squares slope of log time over log pages, for the
whole process and for the work after start-up), start-up (``kiemtra check`` on a
one-paragraph .docx, and the slowest imports from ``python -X importtime``), 50 drafts
of 20 pages with --jobs 2, and the peer linters (proselint from PyPI, textlint from
npm) on the same text saved as .txt: one sentence (start-up) and the --peer-sizes drafts
(proselint both as configured by default, which stops after 1,000 findings, and uncapped).
textlint is looked for on PATH, in
$TEXTLINT_DIR/node_modules/.bin, then in bench/out/textlint (``--install-textlint``
installs it there with npm).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import gen  # noqa: E402

SIZES = (25, 50, 100, 200, 400)
TEXTLINT_RULES = ["textlint-rule-sentence-length", "textlint-rule-max-comma", "textlint-rule-doubled-spaces",
                  "textlint-rule-no-todo", "textlint-rule-common-misspellings"]
TEXTLINT_CONFIG = {"rules": {"sentence-length": {"max": 150}, "max-comma": {"max": 6}, "doubled-spaces": True,
                             "no-todo": True, "common-misspellings": True}}

FLOOR = r"""
import sys, zipfile
from lxml import etree
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
T, P = W + "t", W + "p"
texts = []
with zipfile.ZipFile(sys.argv[1]) as z:
    for part in ("word/document.xml", "word/footnotes.xml"):
        try:
            f = z.open(part)
        except KeyError:
            continue
        with f:
            buf = []
            for _ev, el in etree.iterparse(f, events=("end",), tag=(T, P)):
                if el.tag == T:
                    buf.append(el.text or "")
                else:
                    texts.append("".join(buf))
                    buf = []
                    el.clear(keep_tail=True)
print(sum(map(len, texts)))
"""


def installed(name: str) -> str | None:
    """The script ``name`` beside this Python, as a venv runs it, else the first on PATH.

    Not PATH first: under pyenv that is a bash shim that re-resolves the version, about 80 ms a
    run that no user of a venv pays (the floor, too, runs ``sys.executable`` directly).
    """
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


def kiemtra_cmd() -> list[str]:
    exe = installed("kiemtra")
    return [exe] if exe else [sys.executable, "-m", "kiemtra_lint"]


# A small process between this script and the one measured: Linux carries a process's peak
# RSS across fork+exec, so a direct child of this (large) script would report our peak.
LAUNCHER = r"""
import json, os, signal, subprocess, sys, time
cmd, timeout = json.loads(sys.argv[1]), float(sys.argv[2])
t0 = time.perf_counter()
child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
signal.signal(signal.SIGALRM, lambda *_: os.killpg(child.pid, signal.SIGKILL))
signal.setitimer(signal.ITIMER_REAL, timeout)
_pid, status, usage = os.wait4(child.pid, 0)
signal.setitimer(signal.ITIMER_REAL, 0)
wall = time.perf_counter() - t0
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss // 1024,
                  "code": os.waitstatus_to_exitcode(status)}))
"""


def run_measured(cmd: list[str], timeout: float = 600) -> tuple[float, int, str, str]:
    """(wall seconds, exit code, stdout, stderr) of one process."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=ROOT)
    return (time.perf_counter() - t0, proc.returncode, proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"))


def run_rss(cmd: list[str], timeout: float = 600) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, peak RSS in MB, exit code) of one process."""
    proc = subprocess.run([sys.executable, "-c", LAUNCHER, json.dumps(cmd), str(timeout)], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout + 30)
    r = json.loads(proc.stdout)
    if r["code"] == -9:
        raise subprocess.TimeoutExpired(cmd, timeout)
    return r["wall"], r["cpu"], r["rss"], r["code"]


def median_wall(cmd: list[str], repeat: int) -> tuple[float, float, int]:
    """Median wall time, median CPU time and the largest peak RSS (MB) over ``repeat`` runs."""
    walls, cpus, rss = [], [], 0
    for _ in range(repeat):
        wall, cpu, peak, _code = run_rss(cmd)
        walls.append(wall)
        cpus.append(cpu)
        rss = max(rss, peak)
    return statistics.median(walls), statistics.median(cpus), rss


def slope(xs: list[float], ys: list[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def parse_timings(stderr: str) -> dict[str, float]:
    """``path: family 1.2 ms, read 3.4 ms`` -> {family: seconds}."""
    out: dict[str, float] = {}
    for line in stderr.splitlines():
        for name, ms in re.findall(r"([\w-]+) ([\d.]+) ms", line):
            out[name] = out.get(name, 0.0) + float(ms) / 1000
    return out


def tiny_docx() -> Path:
    path = OUT / "tiny.docx"
    parts = gen.build(1)
    body = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{gen.W}"><w:body>'
            '<w:p><w:r><w:t>Báo cáo kiểm điểm.</w:t></w:r></w:p></w:body></w:document>')
    parts["word/document.xml"] = body.encode()
    return gen.write_docx(path, parts)


def import_profile(top: int = 8) -> list[tuple[str, float]]:
    """The slowest top-level imports (cumulative microseconds) of ``kiemtra rules``."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "kiemtra_lint", "rules"],
                          capture_output=True, text=True, cwd=ROOT)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(3)) <= 2:  # depth 0 and 1 (one leading space per level)
            rows.append((m.group(4), int(m.group(2)) / 1e6))
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


def find_textlint() -> Path | None:
    exe = shutil.which("textlint")
    if exe:
        return Path(exe)
    for base in (os.environ.get("TEXTLINT_DIR"), str(OUT / "textlint")):
        if base and (Path(base) / "node_modules/.bin/textlint").exists():
            return Path(base) / "node_modules/.bin/textlint"
    return None


def install_textlint() -> None:
    target = OUT / "textlint"
    target.mkdir(parents=True, exist_ok=True)
    if not (target / "package.json").exists():
        (target / "package.json").write_text('{"name": "bench-textlint", "private": true}\n')
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "textlint", *TEXTLINT_RULES], cwd=target,
                   check=True)


# proselint's default configuration stops after 1,000 findings (``max_errors``): on a long
# Vietnamese draft its lexical_illusions check alone reaches that in the first pages and the
# rest of the text is never checked.  The uncapped run is the like-for-like comparison.
PROSELINT_UNCAPPED = {"max_errors": 10**9}
PROSELINT_DEFAULT_CAP = 1000
ONE_SENTENCE = "Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2025 của Đảng bộ huyện.\n"


def peer_inputs(sizes: list[int]) -> list[tuple[str, Path]]:
    """(label, .txt) for the peer comparison: one sentence (start-up) and each size's text."""
    tiny = OUT / "one-sentence.txt"
    tiny.write_text(ONE_SENTENCE, encoding="utf-8")
    return [("one sentence", tiny)] + [(f"{n} pages", OUT / f"draft-{n}.txt") for n in sizes]


def proselint_run(exe: str, txt: Path, repeat: int, config: Path | None) -> tuple[float, int]:
    """(median wall s, findings) of ``proselint check``; ``--config`` must follow ``check``:
    given before it, the subcommand's own default (none) replaces it."""
    cmd = [exe, "check", "-o", "json", *(["--config", str(config)] if config else []), str(txt)]
    wall, _, _ = median_wall(cmd, repeat)
    _w, _code, out, _err = run_measured(cmd)
    try:
        files = json.loads(out)["result"].values()
        found = sum(len(f.get("diagnostics", [])) for f in files)
    except (ValueError, KeyError, AttributeError):
        found = -1
    return wall, found


def kiemtra_txt(txt: Path, repeat: int) -> tuple[float, int]:
    cmd = [*kiemtra_cmd(), "check", "--format", "json", "--fail-on", "never", str(txt)]
    wall, _, _ = median_wall(cmd, repeat)
    _w, _code, out, _err = run_measured(cmd)
    s = json.loads(out)["summary"]
    return wall, s["errors"] + s["warnings"] + s["infos"]


def textlint_run(tl: Path, txt: Path, timeout: float) -> float | None:
    cfg = OUT / "textlintrc.json"
    cfg.write_text(json.dumps(TEXTLINT_CONFIG))
    try:
        wall, _cpu, _rss, _code = run_rss([str(tl), "--config", str(cfg), str(txt)], timeout=timeout)
        return wall
    except subprocess.TimeoutExpired:
        return None


def peers(sizes: list[int], repeat: int, textlint_timeout: float) -> list[dict]:
    """One row per input: kiemtra and each peer on the same .txt, median wall seconds."""
    proselint = installed("proselint")
    uncapped = OUT / "proselintrc.json"
    uncapped.write_text(json.dumps(PROSELINT_UNCAPPED))
    tl = find_textlint()
    rows = []
    for label, txt in peer_inputs(sizes):
        row = {"input": label, "chars": len(txt.read_text(encoding="utf-8"))}
        row["kiemtra"], row["kiemtra_found"] = kiemtra_txt(txt, repeat)
        if proselint:
            row["proselint"], row["proselint_found"] = proselint_run(proselint, txt, repeat, None)
            row["proselint_all"], row["proselint_all_found"] = proselint_run(proselint, txt, repeat, uncapped)
        if tl is not None:
            row["textlint"] = textlint_run(tl, txt, textlint_timeout)
        rows.append(row)
        print(f"peers, {label}: {row}", file=sys.stderr)
    return rows


def batch(n: int, pages: int, jobs: int) -> tuple[float, int]:
    folder = OUT / f"batch-{n}x{pages}"
    if not folder.exists() or len(list(folder.glob("*.docx"))) != n:
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            gen.write_docx(folder / f"draft-{i:02d}.docx", gen.build(pages, seed=1000 + i))
    wall, _cpu, rss, _code = run_rss([*kiemtra_cmd(), "check", "--format", "json", "--fail-on", "never",
                                "--jobs", str(jobs), str(folder)])
    return wall, rss


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{python}, {os.cpu_count()} cores, {cpu or platform.machine()}"


def git_rev() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=ROOT).stdout.strip()
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description="kiemtra benchmark; writes bench/results.md")
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--peer-sizes", type=int, nargs="+", default=[25, 200],
                    help="pages of the drafts also saved as .txt for proselint and textlint")
    ap.add_argument("--textlint-timeout", type=float, default=600)
    ap.add_argument("--install-textlint", action="store_true")
    ap.add_argument("--output", type=Path, default=HERE / "results.md")
    args = ap.parse_args()
    if args.quick:
        args.repeat = min(args.repeat, 3)
        args.sizes = [s for s in args.sizes if s <= 200]
        args.no_peers = True
    if args.install_textlint:
        install_textlint()
    OUT.mkdir(exist_ok=True)
    kt = kiemtra_cmd()

    rows = []
    for size in args.sizes:
        path = gen.generate(size, OUT, txt=size in args.peer_sizes)
        with __import__("zipfile").ZipFile(path) as z:
            xml_kb = z.getinfo("word/document.xml").file_size // 1024
        floor, floor_cpu, floor_rss = median_wall([sys.executable, "-c", FLOOR, str(path)], args.repeat)
        check = [*kt, "check", "--format", "json", "--fail-on", "never", str(path)]
        total, cpu, rss = median_wall(check, args.repeat)
        single, single_cpu, single_rss = median_wall([*check, "--jobs", "1"], args.repeat)
        _w, _c, out, err = run_measured([*check, "--timings"])
        timings = parse_timings(err)
        findings = json.loads(out)["summary"] if out.strip().startswith("{") else {}
        rows.append({"pages": size, "docx_kb": path.stat().st_size // 1024, "xml_kb": xml_kb, "floor": floor,
                     "floor_rss": floor_rss, "floor_cpu": floor_cpu, "kiemtra": total, "cpu": cpu, "rss": rss,
                     "single": single, "single_cpu": single_cpu, "single_rss": single_rss, "timings": timings,
                     "findings": findings})
        print(f"{size:4d} pages: floor {floor:.3f} s, kiemtra {total:.3f} s ({total / floor:.1f}x), "
              f"--jobs 1 {single:.3f} s, CPU "
              f"{floor_cpu:.3f} / {cpu:.3f} s, RSS {rss} MB, {timings}", file=sys.stderr)

    tiny = tiny_docx()
    startup, startup_cpu, startup_rss = median_wall([*kt, "check", "--format", "json", str(tiny)], max(args.repeat, 5))
    python_bare, _, _ = median_wall([sys.executable, "-c", "pass"], max(args.repeat, 5))
    imports = import_profile()
    batch_row = None if args.quick else batch(50, 20, 2)
    peer_rows = []
    if not args.no_peers:
        for size in args.peer_sizes:
            if size not in args.sizes:
                gen.generate(size, OUT, txt=True)
        peer_rows = peers(args.peer_sizes, args.repeat, args.textlint_timeout)

    write_report(args, rows, startup, startup_rss, python_bare, imports, batch_row, peer_rows)
    print(f"wrote {args.output}", file=sys.stderr)


def write_report(args, rows, startup, startup_rss, python_bare, imports, batch_row, peer_rows) -> None:
    pages = [r["pages"] for r in rows]
    lines = ["# kiemtra benchmark", "",
             f"`python bench/run.py{' --quick' if args.quick else ''}` at {git_rev()} on {machine()}; "
             f"{time.strftime('%Y-%m-%d %H:%M')}. Median of {args.repeat} runs, each a whole process "
             "(start-up included). Drafts from `bench/gen.py` (about 2,800 characters of text a page; "
             "headings, footnotes, tables, pictures, citations, figures, some duplicates).", "",
             "`kiemtra s` is the default run: the rule families are shared between two "
             "processes (a fork after reading), so CPU s can exceed wall s and peak RSS is the larger of the "
             "two processes (they share most pages copy-on-write). `--jobs 1` is one process from start to end.",
             "",
             "| pages | .docx KB | document.xml KB | floor s | kiemtra s | ratio | kiemtra --jobs 1 s | ratio | "
             "floor / kiemtra CPU s | CPU ratio | peak RSS MB (--jobs 1) | findings |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        f = r["findings"]
        found = f"{f.get('errors', 0)}E {f.get('warnings', 0)}W {f.get('infos', 0)}I" if f else "?"
        lines.append(f"| {r['pages']} | {r['docx_kb']} | {r['xml_kb']} | {r['floor']:.3f} | {r['kiemtra']:.3f} | "
                     f"{r['kiemtra'] / r['floor']:.1f}x | {r['single']:.3f} | {r['single'] / r['floor']:.1f}x | "
                     f"{r['floor_cpu']:.3f} / {r['cpu']:.3f} | {r['cpu'] / r['floor_cpu']:.1f}x | "
                     f"{r['rss']} ({r['single_rss']}) | {found} |")
    if len(rows) >= 2:
        e_total = slope(pages, [r["kiemtra"] for r in rows])
        e_single = slope(pages, [r["single"] for r in rows])
        e_work = slope(pages, [max(r["kiemtra"] - startup, 1e-3) for r in rows])
        e_inproc = slope(pages, [max(sum(r["timings"].values()), 1e-4) for r in rows])
        e_floor = slope(pages, [r["floor"] for r in rows])
        lines += ["", f"Growth exponent (slope of log time over log pages): kiemtra whole process **{e_total:.2f}** "
                      f"(--jobs 1: {e_single:.2f}); "
                      f"after start-up {e_work:.2f}; in-process work (read + rules, from --timings) "
                      f"**{e_inproc:.2f}**; floor {e_floor:.2f}."]
    fams = sorted({k for r in rows for k in r["timings"]}, key=lambda k: (k != "read", k))
    if fams:
        lines += ["", "## Where the time goes (`kiemtra check --timings`, in-process, ms and share)", "",
                  "| pages | " + " | ".join(fams) + " |", "|---:|" + "---:|" * len(fams)]
        for r in rows:
            tot = sum(r["timings"].values()) or 1
            shares = (f"{r['timings'].get(k, 0) * 1000:.0f} ({100 * r['timings'].get(k, 0) / tot:.0f}%)" for k in fams)
            lines.append(f"| {r['pages']} | " + " | ".join(shares) + " |")
        lines += ["", "`read` is the .docx reader and the outline; every other column is one rule family."]
    lines += ["", "## Start-up", "",
              f"`kiemtra check` on a one-paragraph .docx: **{startup:.3f} s** wall, {startup_rss} MB peak RSS "
              f"(a bare `python -c pass`: {python_bare:.3f} s).", "",
              "Slowest imports of `python -X importtime -m kiemtra_lint rules` (cumulative, top levels):", "",
              "| module | s |", "|---|---:|"]
    lines += [f"| {name} | {sec:.3f} |" for name, sec in imports]
    if batch_row:
        lines += ["", "## Batch", "", f"50 drafts of 20 pages, `--jobs 2`: **{batch_row[0]:.2f} s** wall "
                                      f"(peak RSS of the parent {batch_row[1]} MB)."]
    if peer_rows:
        lines += peer_report(peer_rows)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def peer_report(peer_rows: list[dict]) -> list[str]:
    """The peers' table: seconds, findings and how many times kiemtra's time each peer takes."""

    def cell(row: dict, tool: str) -> str:
        sec = row.get(tool)
        if tool not in row:
            return "not installed"
        if sec is None:
            return "did not finish"
        found = row.get(tool + "_found")
        capped = tool == "proselint" and found == PROSELINT_DEFAULT_CAP
        shown = f"{sec:.3f} s ({sec / row['kiemtra']:.1f}x)"
        if found is not None:
            shown += f", {found}{' (stopped at its cap)' if capped else ''}"
        return shown

    lines = ["", "## Peers on the same text, saved as .txt", "",
             "Median wall seconds of a whole process; in brackets the peer's time over kiemtra's on the same "
             "file; then the number of findings. kiemtra runs every rule; proselint every default check; "
             "textlint the rules " + ", ".join(TEXTLINT_CONFIG["rules"]) + " (one run). proselint's default "
             f"configuration stops after {PROSELINT_DEFAULT_CAP:,} findings and leaves the rest of the text "
             "unchecked; \"all\" lifts that cap (`max_errors`) so that it reads the whole text, as kiemtra does.",
             "", "| input | characters | kiemtra | proselint (default, capped) | proselint (all) | textlint |",
             "|---|---:|---|---|---|---|"]
    for r in peer_rows:
        lines.append(f"| {r['input']} | {r['chars']:,} | {r['kiemtra']:.3f} s, {r['kiemtra_found']} | "
                     f"{cell(r, 'proselint')} | {cell(r, 'proselint_all')} | {cell(r, 'textlint')} |")
    return lines


if __name__ == "__main__":
    main()

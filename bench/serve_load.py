#!/usr/bin/env python3
"""Load check of ``kiemtra serve``: 50 concurrent uploads of the samples on 127.0.0.1.

    python bench/serve_load.py [--uploads 50] [--jobs N]   writes bench/serve_load.md (and prints it)

Starts the real command (``kiemtra serve``) on a free loopback port, then sends the five
samples round-robin, all at once from as many threads: first ``POST /api/check`` (each answer
must equal, byte for byte, what ``kiemtra check --format json`` prints for that sample), then
``POST /api/annotate`` (each copy must hold one comment per finding).  Reports wall time,
latency per request and the peak resident memory of the server with its worker processes
(sampled every 20 ms from /proc).  Only 127.0.0.1 is ever contacted; every request has a
time-out and the server is stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DRAFTS = ("kiem-diem.docx", "so-ket.docx", "sach.docx", "danh-so-tu-dong.docx", "danh-so-go-tay.docx")
TIMEOUT = 120  # seconds, for one request


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = "kiemtra-load-" + os.urandom(8).hex()
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post(url: str, name: str, data: bytes) -> tuple[int, bytes, dict, float]:
    body, content_type = multipart(name, data)
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method="POST")
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            return answer.status, answer.read(), dict(answer.headers), time.perf_counter() - t0
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers), time.perf_counter() - t0


def tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in kB."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except (OSError, StopIteration):
            continue
    return total


class PeakMemory(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.running = pid, 0, True

    def run(self) -> None:
        while self.running:
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))
            time.sleep(0.02)


def expected_json() -> dict[str, bytes]:
    out = {}
    for name in DRAFTS:
        done = subprocess.run([sys.executable, "-m", "kiemtra_lint", "check", "--format", "json", name],
                              cwd=SAMPLES, capture_output=True, timeout=TIMEOUT)
        out[name] = done.stdout
    return out


def burst(url: str, uploads: int, check) -> dict:
    names = [DRAFTS[i % len(DRAFTS)] for i in range(uploads)]
    data = {n: (SAMPLES / n).read_bytes() for n in DRAFTS}
    t0 = time.perf_counter()
    with ThreadPoolExecutor(uploads) as pool:
        answers = list(pool.map(lambda n: post(url, n, data[n]), names))
    wall = time.perf_counter() - t0
    wrong = [n for n, a in zip(names, answers) if not check(n, a)]
    latencies = sorted(a[3] for a in answers)
    return {"uploads": uploads, "wall": wall, "wrong": wrong, "statuses": sorted({a[0] for a in answers}),
            "min": latencies[0], "median": statistics.median(latencies), "max": latencies[-1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=None, help="kiemtra serve --jobs (default: its own)")
    args = parser.parse_args()

    load = os.getloadavg()[0]  # the machine may be shared: say how busy it was
    expected = expected_json()
    findings = {n: len(json.loads(expected[n])["files"][0]["findings"]) for n in DRAFTS}
    port = free_port()
    command = [sys.executable, "-m", "kiemtra_lint", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if args.jobs:
        command += ["--jobs", str(args.jobs)]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("kiemtra serve did not start")
                time.sleep(0.1)
        idle_kb = tree_rss_kb(server.pid)
        memory = PeakMemory(server.pid)
        memory.start()

        def same_json(name, answer):
            return answer[0] == 200 and answer[1] == expected[name]

        def one_comment_per_finding(name, answer):
            if answer[0] != 200:
                return False
            with zipfile.ZipFile(io.BytesIO(answer[1])) as z:
                comments = z.read("word/comments.xml").decode().count("<w:comment ")
            return comments == findings[name] == int(answer[2].get("x-kiemtra-comments", -1))

        check = burst(base + "/api/check", args.uploads, same_json)
        annotate = burst(base + "/api/annotate", args.uploads, one_comment_per_finding)
        memory.running = False
        memory.join()
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)

    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# kiemtra serve under load", "",
        f"`python bench/serve_load.py` on {when}, {os.cpu_count()} cores (load average {load:.1f} at the start): "
        "`kiemtra serve` on 127.0.0.1, "
        f"{args.uploads} uploads sent at once (the five samples in turn), then {args.uploads} annotate requests "
        "at once. Correct = the CLI's JSON byte for byte / one Word comment per finding.", "",
        "| burst | uploads | correct | HTTP statuses | wall s | latency min / median / max s |",
        "|---|---:|---:|---|---:|---|",
    ]
    for label, r in (("POST /api/check", check), ("POST /api/annotate", annotate)):
        lines.append(f"| {label} | {r['uploads']} | {r['uploads'] - len(r['wrong'])} | "
                     f"{', '.join(map(str, r['statuses']))} | {r['wall']:.2f} | "
                     f"{r['min']:.2f} / {r['median']:.2f} / {r['max']:.2f} |")
    lines += ["", f"Resident memory of the server and its worker processes: {idle_kb / 1024:.0f} MB before "
              f"the first check (the web process alone), peak {memory.peak_kb / 1024:.0f} MB during both bursts.", ""]
    text = "\n".join(lines)
    (Path(__file__).parent / "serve_load.md").write_text(text, encoding="utf-8")
    print(text)
    if check["wrong"] or annotate["wrong"]:
        raise SystemExit(f"wrong answers: {check['wrong'] + annotate['wrong']}")


if __name__ == "__main__":
    main()

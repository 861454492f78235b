#!/usr/bin/env python3
"""The code-quality gate of CI: ruff and mypy on the package may only find fewer problems.

The counts of the day the gate was set are in .ci/quality-baseline.json; a change that adds a
problem fails here, one that removes some should lower the baseline (run with --update).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).with_name("quality-baseline.json")
CHECKS = {
    "ruff": ([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "kiemtra_lint", "rules", "grammar"],
             re.compile(r"^\S+:\d+:\d+: [A-Z]+\d+", re.M)),
    "mypy": ([sys.executable, "-m", "mypy", "kiemtra_lint"], re.compile(r"^\S+:\d+: error:", re.M)),
}


def counts() -> dict[str, int]:
    out = {}
    for name, (command, problem) in CHECKS.items():
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        found = problem.findall(run.stdout)
        if run.returncode not in (0, 1) or (run.returncode == 1 and not found):
            sys.exit(f"quality: {name} did not run:\n{run.stdout}{run.stderr}")
        out[name] = len(found)
    return out


def main() -> int:
    now = counts()
    if "--update" in sys.argv:
        BASELINE.write_text(json.dumps(now, indent=1) + "\n", encoding="utf-8")
        print("quality: baseline set to", now)
        return 0
    allowed = json.loads(BASELINE.read_text(encoding="utf-8"))
    worse = {k: (v, allowed.get(k, 0)) for k, v in now.items() if v > allowed.get(k, 0)}
    for name, (v, limit) in sorted(worse.items()):
        print(f"quality: {name} finds {v} problems, the baseline allows {limit}: run `{' '.join(CHECKS[name][0][2:])}`")
    if not worse:
        print("quality:", ", ".join(f"{k} {v} (baseline {allowed.get(k, 0)})" for k, v in now.items()))
    return 1 if worse else 0


if __name__ == "__main__":
    raise SystemExit(main())

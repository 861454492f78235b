"""Run a snippet of Python in fresh interpreters under several hash seeds.

Patterns built from sets or dicts must come out the same in every process, or the
compiled-pattern cache misses them (and grows) on every run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SEEDS = (1, 2, 3)


def outputs_under_hash_seeds(probe: str) -> set[str]:
    """The distinct standard outputs of ``python -c probe`` under PYTHONHASHSEED 1, 2 and 3."""
    return {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in SEEDS}

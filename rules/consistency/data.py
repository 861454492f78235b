"""Data lists read by the duplicates and consistency rules: a built-in file plus the user's own.

Format, for built-in and user files alike (UTF-8):

* ``#`` at the start of a line or after a space starts a comment, blank lines are skipped,
  entries are normalised to NFC;
* a word list (``.txt``) holds one entry a line ("ngày ngày", "UBND");
* a group list (``.csv``) holds one group of spellings of the same thing a line, separated by
  commas ("COVID-19,Covid-19"); quote a spelling that contains a comma.

Users extend a list in their configuration::

    [tool.kiemtra.data]
    reduplicatives = "data/lay-tu.txt"
    abbreviations = ["data/viet-tat.txt"]

and the rules receive the absolute paths in ``ctx.options["data"][key]``.  Built-in and user
entries are merged; nothing a user writes can switch a built-in entry off (use ``ignore`` or a
suppression comment for that).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from kiemtra_lint.rules import rules_data
from kiemtra_lint.text import nfc

DATA_DIR = rules_data()
_COMMENT = re.compile(r"(?:^|\s)#.*$")  # "# ..." at the start of a line or after a space


@lru_cache(maxsize=64)
def _lines(path: str) -> tuple[str, ...]:
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"không đọc được tệp dữ liệu {path} / cannot read data file {path}: {exc}") from None
    out = []
    for line in raw.splitlines():
        line = _COMMENT.sub("", line).strip()
        if line:
            out.append(nfc(line))
    return tuple(out)


def _paths(ctx, builtin: str, key: str) -> list[str]:
    user = (ctx.options.get("data") or {}).get(key, ()) if ctx is not None else ()
    return [str(DATA_DIR / builtin), *user]


def word_list(ctx, builtin: str, key: str) -> tuple[str, ...]:
    """Entries of the built-in ``rules/data/<builtin>`` and of the user's files for ``key``."""
    out: list[str] = []
    for path in _paths(ctx, builtin, key):
        out.extend(_lines(path))
    return tuple(dict.fromkeys(out))


def group_list(ctx, builtin: str, key: str) -> tuple[tuple[str, ...], ...]:
    """Groups of spellings (two or more each) from the built-in file and the user's files."""
    groups: list[tuple[str, ...]] = []
    for path in _paths(ctx, builtin, key):
        for row in csv.reader(_lines(path), skipinitialspace=True):
            forms = tuple(dict.fromkeys(f.strip() for f in row if f.strip()))
            if len(forms) >= 2:
                groups.append(forms)
    return tuple(groups)

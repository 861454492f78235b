"""The rules' vocabulary: word and group lists read from ``rules/data`` (plus the user's own),
and what a case-insensitive search for their words must know about letters.

Format of a list, for built-in and user files alike (UTF-8):

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

_COMMENT = re.compile(r"(?:^|\s)#.*$")  # "# ..." at the start of a line or after a space

# Characters that the regex module takes as the same letter ignoring case although Python's
# ``str.lower`` makes them different letters (ſ and s, ı and I, ς and σ, İ whose lower case is
# two characters, letters newer than Python's Unicode tables, ...) all lie in these ranges (Greek,
# Cyrillic, IPA letters, a few Latin letters, ligatures, everything beyond the BMP;
# tests/test_vocabulary.py checks it against the regex module's own tables).  Newer releases of
# the regex module pair more letters (2026.11 added ß/ẞ, ɷ, ɼ and four of Latin Extended-E): the
# ranges are whole blocks where they can, since a letter listed needlessly only costs a block
# without Vietnamese in it the full scan.  Where neither the text nor the start of any word
# searched for holds one, two strings equal ignoring case have equal ``lower()``, offset for
# offset, so a plain search in the lower-cased text finds every place a case-insensitive
# expression could match (the pre-filters of the consistency and figures rules rely on it).
UNEVEN_CASE = re.compile("[\u00b5\u00df\u0130\u0131\u017f\u019b\u0250-\u02af\u0345\u0370-\u04ff\u1c80-\u1c8f"
                          "\u1e60\u1e61\u1e9b\u1e9e\u1f00-\u1fff\ua640-\ua7ff\uab30-\uab6f\ufb00-\ufb06"
                          "\U00010000-\U0010ffff]")


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
    return [str(rules_data(builtin)), *user]


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

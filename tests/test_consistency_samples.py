"""The duplicates and consistency rules (KT4xx, KT5xx) on the sample drafts in samples/.

Every KT4xx/KT5xx mistake planted in a sample (the table in samples/src/<name>.mistakes.md) is
found at the place it names, and nothing else is reported: no finding on the clean sach.docx,
no finding on the others that is not a planted mistake.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NAMES = ["kiem-diem", "so-ket", "danh-so-tu-dong", "sach"]
FAMILIES = ("KT4", "KT5")


def planted(name: str) -> list[tuple[str, str, str]]:
    """(code, quoted text, section) of the KT4xx/KT5xx rows of the sample's mistakes table."""
    rows = []
    for line in (SAMPLES / "src" / f"{name}.mistakes.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not cells[2].startswith(FAMILIES):
            continue
        quoted = re.search(r"`([^`]+)`", cells[3]).group(1)
        quoted = re.sub(r"\{U\+([0-9A-F]{4,6})\}", lambda m: chr(int(m.group(1), 16)), quoted)
        section = re.sub(r"\s*\(.*?\)", "", cells[4]).strip()
        rows.append((cells[2], quoted, section))
    return rows


def findings(name: str):
    path = SAMPLES / f"{name}.docx"
    result = lint_file(str(path), Settings(select=FAMILIES))
    assert result.error is None
    return result.findings


def matches(f, code: str, quoted: str, section: str) -> bool:
    excerpt = f.place["excerpt"]
    shown = " › ".join(f.place["location"]["section"])
    start = quoted.split("…")[0].strip(" ,")
    return (f.rule == code and (excerpt in quoted or excerpt.startswith(start))
            and shown.replace(" ", "") == section.replace(" ", ""))


pytestmark = pytest.mark.skipif(not (SAMPLES / "src" / "sach.mistakes.md").exists(),
                                reason="the samples are not built yet")


@pytest.mark.parametrize("name", NAMES)
def test_every_planted_mistake_is_found_and_nothing_else(name):
    found = findings(name)
    expected = planted(name)
    for code, quoted, section in expected:
        assert any(matches(f, code, quoted, section) for f in found), (code, quoted, section)
    extra = [(f.rule, f.place["excerpt"]) for f in found
             if not any(matches(f, *row) for row in expected)]
    assert extra == []


def test_the_clean_sample_has_no_finding():
    assert planted("sach") == []
    assert findings("sach") == []

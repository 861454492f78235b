"""The sample drafts: every planted KT3xx mistake is found, and nothing else (samples/src/*.mistakes.md).

A finding matches a planted mistake when the rule is the same and its excerpt overlaps the words
the row names, in the same block.  The drafts' correct citations (listed under "Correct items")
must raise nothing, so every other KT3xx finding is a failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_ROW = regex.compile(r"^\|\s*\d+\s*\|[^|]*\|\s*(?P<code>KT3\d\d)\s*\|(?P<excerpt>[^|]*)\|")

# file -> its list of planted mistakes (danh-so-go-tay.docx shares the list of danh-so-tu-dong)
LISTS = {"danh-so-go-tay.docx": "danh-so-tu-dong.mistakes.md"}


def planted(docx: Path) -> list[tuple[str, list[str]]]:
    mistakes = SAMPLES / "src" / LISTS.get(docx.name, f"{docx.stem}.mistakes.md")
    out = []
    for line in mistakes.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m:
            out.append((m.group("code"), [e.replace("¦", "") for e in regex.findall(r"`([^`]+)`", m.group("excerpt"))]))
    return out


@pytest.mark.parametrize("docx", sorted(SAMPLES.glob("*.docx")), ids=lambda p: p.name)
def test_every_planted_citation_mistake_and_nothing_else(docx):
    result = lint_file(str(docx), Settings(select=("KT3",)))
    assert result.error is None
    expected = planted(docx)
    missing = list(expected)
    unexpected = []
    for f in result.findings:
        text, start, end = f.place["text"], f.place["location"]["start"], f.place["location"]["end"]
        match = next((row for row in missing if row[0] == f.rule and any(
            m.start() < end and start < m.end() for e in row[1] for m in regex.finditer(regex.escape(e), text))), None)
        if match is None:
            unexpected.append((f.rule, f.place["excerpt"], f.message.vi))
        else:
            missing.remove(match)
    assert (missing, unexpected) == ([], [])


def test_the_samples_plant_citation_mistakes():
    assert sum(len(planted(d)) for d in SAMPLES.glob("*.docx")) >= 8

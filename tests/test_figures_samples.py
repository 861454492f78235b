"""The sample drafts: every planted KT2xx mistake is found, and nothing else (samples/src/*.mistakes.md).

A finding matches a planted mistake when the rule is the same and the finding's span overlaps one
of the row's excerpts (the backticked words of its "Excerpt" column) in the finding's block.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_ROW = regex.compile(r"^\|\s*\d+\s*\|[^|]*\|\s*(?P<code>KT2\d\d)\s*\|(?P<excerpt>[^|]*)\|")


def planted(mistakes: Path) -> list[tuple[str, list[str]]]:
    """(rule, excerpts) of the figures mistakes planted in one sample."""
    out = []
    for line in mistakes.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m:
            excerpts = [e.replace("¦", "") for e in regex.findall(r"`([^`]+)`", m.group("excerpt"))]
            out.append((m.group("code"), excerpts))
    return out


def cases():
    """Each sample .docx with its list: its own, or the one that names it ("... hold for both files")."""
    lists = sorted((SAMPLES / "src").glob("*.mistakes.md"))
    for docx in sorted(SAMPLES.glob("*.docx")):
        own = SAMPLES / "src" / f"{docx.stem}.mistakes.md"
        mistakes = own if own.exists() else next((m for m in lists if docx.name in m.read_text(encoding="utf-8")),
                                                 None)
        if mistakes is not None:
            yield pytest.param(docx, mistakes, id=docx.name)


def overlaps(text: str, start: int, end: int, excerpt: str) -> bool:
    for m in regex.finditer(regex.escape(excerpt), text):
        if m.start() < end and start < m.end():
            return True
    return False


@pytest.mark.parametrize("docx, mistakes", list(cases()))
def test_every_planted_figures_mistake_and_nothing_else(docx, mistakes):
    result = lint_file(str(docx), Settings(select=("KT2",)))
    assert result.error is None
    expected = planted(mistakes)
    found = [False] * len(expected)
    unexpected = []
    for f in result.findings:
        loc = f.place["location"]
        text = f.place["text"]
        hit = [i for i, (rule, excerpts) in enumerate(expected) if rule == f.rule
               and any(overlaps(text, loc["start"], loc["end"], e) for e in excerpts)]
        for i in hit:
            found[i] = True
        if not hit:
            unexpected.append((f.rule, f.place["excerpt"], f.message.vi))
    missed = [expected[i] for i, ok in enumerate(found) if not ok]
    assert (missed, unexpected) == ([], [])

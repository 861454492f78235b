"""The invented reconstructions of the truth table's web pages (tests/data/figures-pages): kiemtra
says on each exactly what the ``kiemtra`` column of bench/labels/figures-truth-pages.csv records.

A change to the figures rules that changes what they say on a real shape fails here; the csv row
and the label are then updated together, so that the recorded column stays what kiemtra says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file

from test_figures_labelled import load_cases

CASES = load_cases(Path(__file__).parent / "data" / "figures-pages")


def test_there_are_reconstructions():
    assert len(CASES) >= 19


@pytest.mark.parametrize("case", CASES, ids=[f"line{c.line}" for c in CASES])
def test_reconstruction_says_what_is_recorded(tmp_path, case):
    path = tmp_path / "page.md"
    path.write_text(case.text, encoding="utf-8")
    result = lint_file(str(path), Settings(select=("KT2",)))
    said = [(f.rule, f.severity, f.place["excerpt"]) for f in result.findings if f.severity in ("error", "warning")]
    assert said == list(case.expected)

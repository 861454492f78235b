"""The figures rules on the labelled set (tests/data/figures): recall >= 0.95 and precision >= 0.98.

Every case is linted on its own; a finding matches a label when rule, severity and excerpt are
all equal.  Run with ``-s`` to see the scores per rule and every miss.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file

DATA = Path(__file__).parent / "data" / "figures"
RULES = ("KT201", "KT202", "KT203", "KT204", "KT205", "KT206")
MIN_RECALL, MIN_PRECISION = 0.95, 0.98

_LABEL = regex.compile(r"^=>\s*(?P<body>.*?)\s*(?:#.*)?$")
_ITEM = regex.compile(r"^(?P<rule>KT2\d\d) (?P<severity>error|warning|info) `(?P<excerpt>[^`]+)`$")


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    text: str
    expected: tuple[tuple[str, str, str], ...]  # (rule, severity, excerpt)

    @property
    def is_table(self) -> bool:
        return any(line.lstrip().startswith("|") for line in self.text.splitlines())


def load_cases(data: Path = DATA) -> list[Case]:
    cases = []
    for path in sorted(data.glob("*.md")):
        if path.name == "README.md":
            continue
        lines: list[str] = []
        start = None
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            label = _LABEL.match(raw)
            if label:
                text = "\n".join(lines).strip()
                assert text, f"{path.name}:{number}: a label with no text"
                cases.append(Case(path.name, start, _paragraphs(text), _items(label.group("body"), path, number)))
                lines, start = [], None
            elif raw.startswith("#"):
                continue
            else:
                if start is None and raw.strip():
                    start = number
                lines.append(raw)
        assert not "".join(lines).strip(), f"{path.name}: text after the last label"
    return cases


def _paragraphs(text: str) -> str:
    """One line is one paragraph (Markdown joins adjacent lines): separate them with blank lines."""
    out, table = [], []
    for line in text.splitlines():
        if line.lstrip().startswith("|"):
            table.append(line)
            continue
        if table:
            out.append("\n".join(table))
            table = []
        if line.strip():
            out.append(line)
    if table:
        out.append("\n".join(table))
    return "\n\n".join(out) + "\n"


def _items(body: str, path: Path, number: int) -> tuple[tuple[str, str, str], ...]:
    if body == "ok":
        return ()
    items = []
    for piece in body.split(" | "):
        m = _ITEM.match(piece.strip())
        assert m, f"{path.name}:{number}: cannot read the label {piece!r}"
        items.append((m.group("rule"), m.group("severity"), m.group("excerpt")))
    return tuple(items)


def findings_of(case: Case, tmp_path: Path) -> list[tuple[str, str, str]]:
    path = tmp_path / f"{case.file}-{case.line}.md"
    path.write_text(case.text, encoding="utf-8")
    result = lint_file(str(path), Settings(select=("KT2",)))
    assert result.error is None
    return [(f.rule, f.severity, f.place["excerpt"]) for f in result.findings]


CASES = load_cases()


def test_the_set_is_big_enough():
    sentences = [c for c in CASES if not c.is_table]
    tables = [c for c in CASES if c.is_table]
    assert len(sentences) >= 200 and len(tables) >= 10, (len(sentences), len(tables))
    covered = Counter(rule for c in CASES for rule, _, _ in c.expected)
    assert all(covered[r] >= 5 for r in RULES), covered
    assert sum(1 for c in CASES if not c.expected) >= 100


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> list[tuple[Case, Counter, Counter]]:
    """(case, findings given, findings expected) for every case, linted once."""
    folder = tmp_path_factory.mktemp("figures-labelled")
    return [(case, Counter(findings_of(case, folder)), Counter(case.expected)) for case in CASES]


def scores(results, rule: str | None = None) -> tuple[int, int, int, list[str]]:
    tp = fp = fn = 0
    misses = []
    for case, got, want in results:
        if rule is not None:
            got = Counter({k: v for k, v in got.items() if k[0] == rule})
            want = Counter({k: v for k, v in want.items() if k[0] == rule})
        tp += sum((got & want).values())
        for item in (got - want).elements():
            fp += 1
            misses.append(f"  FP {case.file}:{case.line} {item}")
        for item in (want - got).elements():
            fn += 1
            misses.append(f"  FN {case.file}:{case.line} {item}")
    return tp, fp, fn, misses


def ratios(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def test_recall_and_precision(results):
    sentences = sum(1 for c in CASES if not c.is_table)
    tables = sum(1 for c in CASES if c.is_table)
    print(f"\nfigures labelled set: {len(CASES)} cases ({sentences} sentence cases, {tables} tables), "
          f"{sum(len(c.expected) for c in CASES)} expected findings")
    print(f"{'rule':6} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    for rule in (*RULES, None):
        tp, fp, fn, _ = scores(results, rule)
        precision, recall = ratios(tp, fp, fn)
        print(f"{rule or 'all':6} {tp:4} {fp:4} {fn:4} {precision:9.3f} {recall:7.3f}")
    tp, fp, fn, misses = scores(results)
    print("\n".join(misses))
    precision, recall = ratios(tp, fp, fn)
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, (precision, recall)


@pytest.mark.parametrize("rule", RULES)
def test_each_rule_meets_the_bar_on_its_own(results, rule):
    tp, fp, fn, misses = scores(results, rule)
    precision, recall = ratios(tp, fp, fn)
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, (rule, tp, fp, fn, misses)

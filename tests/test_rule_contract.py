"""Every registered rule keeps its documented contract: it is fully described, and its bad
example fires while its good example stays silent.

An example that is a stretch of text is checked as a .md draft; a rule that needs a whole
document, or a file the reader refuses, gets a fixture (tests/data/contract/KTxxx.bad.md and
.good.md, or a file built below).  KT009 (a rule crashed) has no document that provokes it and
is tested with a crashing rule instead.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx_factory import make_docx, p

from kiemtra_lint.config import Settings
from kiemtra_lint.findings import FAMILIES, SEVERITIES
from kiemtra_lint.lint import lint_file
from kiemtra_lint.registry import all_rules

CONTRACT = Path(__file__).parent / "data" / "contract"
BUILT_INPUTS = {"KT001", "KT002", "KT004", "KT006"}
RULES = [r for r in all_rules() if not r.code.startswith("KT9")]  # KT9xx: test plug-ins


def test_codes_are_unique_and_every_rule_module_registers_something():
    from kiemtra_lint import rules

    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    modules = {r.check.__module__ for r in RULES}
    assert {f"kiemtra_lint.rules.{m}" for m in rules.RULE_MODULES} <= modules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_fully_described(rule):
    assert rule.code[:2] == "KT" and rule.code[2:].isdigit() and len(rule.code) == 5
    assert rule.name and rule.name == rule.name.lower() and " " not in rule.name
    assert rule.family in FAMILIES and rule.severity in SEVERITIES
    for text in (rule.summary_vi, rule.summary_en, rule.explanation_vi, rule.explanation_en, rule.bad, rule.good):
        assert text.strip()
    assert rule.summary_vi != rule.summary_en


def _input_file(code: str, kind: str, tmp_path: Path) -> Path:
    """The file that shows an input rule: one the reader refuses (bad) and its sound twin (good)."""
    good = make_docx(tmp_path / "du-thao.docx", [p("Báo cáo kiểm điểm năm 2023.")])
    if kind == "good":
        return good
    if code == "KT001":
        cut = tmp_path / "cat-cut.docx"
        cut.write_bytes(good.read_bytes()[:300])
        return cut
    if code == "KT002":
        old = tmp_path / "bao-cao.doc"
        old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
        return old
    if code == "KT006":
        return make_docx(tmp_path / "chu-thich-hong.docx", [p("Báo cáo kiểm điểm năm 2023.")],
                         footnotes='<?xml version="1.0"?><w:footnotes xmlns:w="x"><w:footnote')
    tracked = ('<w:p><w:r><w:t xml:space="preserve">Kết nạp </w:t></w:r>'
               '<w:ins w:id="1" w:author="A"><w:r><w:t>thêm</w:t></w:r></w:ins></w:p>')
    return make_docx(tmp_path / "theo-doi.docx", tracked)


def _example(rule, kind: str, tmp_path: Path) -> Path:
    if rule.code in BUILT_INPUTS:
        return _input_file(rule.code, kind, tmp_path)
    fixture = CONTRACT / f"{rule.code}.{kind}.md"
    if fixture.exists():
        return fixture
    path = tmp_path / f"{rule.code}.{kind}.md"
    path.write_text(getattr(rule, kind), encoding="utf-8")
    return path


def _codes(rule, path: Path) -> list[str]:
    select = (rule.code, "KT201") if rule.code == "KT010" else (rule.code,)  # KT010 judges KT201's silencing
    result = lint_file(str(path), Settings(select=select))
    codes = [f.rule for f in result.findings if f.rule == rule.code]
    if result.error_code == rule.code:
        codes.append(rule.code)
    return codes


@pytest.mark.parametrize("rule", [r for r in RULES if r.code != "KT009"], ids=lambda r: r.code)
def test_bad_example_fires_and_good_example_is_silent(rule, tmp_path):
    assert _codes(rule, _example(rule, "bad", tmp_path)), f"{rule.code}: its bad example raises nothing"
    assert _codes(rule, _example(rule, "good", tmp_path)) == [], f"{rule.code}: its good example raises it"


def test_a_crashing_rule_becomes_kt009(tmp_path, monkeypatch):
    from kiemtra_lint import engine

    def broken(doc, ctx):
        raise ValueError("hỏng")

    crash = engine.Rule("KT998", "crash", "structure", "error", "x", "x", "x", "x", "x", "x", broken)
    monkeypatch.delenv("KIEMTRA_STRICT")
    doc_path = tmp_path / "d.md"
    doc_path.write_text("Một câu.\n", encoding="utf-8")
    from kiemtra_lint.readers import read_document

    found = engine.run_rules(read_document(doc_path), [crash], engine.Context())
    assert [(f.rule, f.severity) for f in found] == [("KT009", "warning")]
    assert "KT998" in found[0].message.vi and "hỏng" in found[0].message.vi

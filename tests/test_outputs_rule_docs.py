"""Every rule has a documentation page (docs/rules/<CODE>.md); `kiemtra rules CODE` names it and
SARIF carries it as helpUri: the published docs' address when the package declares one, else
the checkout's own page, and always the page itself as help.markdown (issue 18)."""

import json
from pathlib import Path

import pytest

from kiemtra_lint.cli import main
from kiemtra_lint.registry import all_rules, get_rule
from kiemtra_lint.report import rules as rule_docs
from kiemtra_lint.report.rules import listing

ROOT = Path(__file__).resolve().parent.parent
BUILT_IN = [r for r in all_rules() if r.check.__module__.startswith("kiemtra_lint.rules.")]


@pytest.mark.parametrize("rule", BUILT_IN, ids=lambda r: r.code)
def test_every_built_in_rule_has_its_page(rule):
    page = ROOT / "docs" / "rules" / f"{rule.code}.md"
    assert page.is_file(), f"run: python docs/rules/build.py ({page.name} is missing)"
    assert page.read_text(encoding="utf-8").splitlines()[0] == f"# {rule.code} {rule.name}"


def test_kiemtra_rules_code_names_the_page(capsys, monkeypatch):
    monkeypatch.setattr(rule_docs, "docs_base_url", lambda: None)
    assert main(["rules", "KT201"]) == 0
    page = (ROOT / "docs" / "rules" / "KT201.md").as_uri()
    assert capsys.readouterr().out.endswith(f"\n\nTài liệu: {page}\n\n")
    monkeypatch.setattr(rule_docs, "local_page", lambda code: None)  # an installed copy: no docs/ beside it
    assert main(["rules", "KT201"]) == 0
    assert capsys.readouterr().out.endswith("\n\nTài liệu: docs/rules/KT201.md\n\n")
    monkeypatch.setattr(rule_docs, "docs_base_url", lambda: "https://example.org/kiemtra/docs")
    assert main(["rules", "KT201", "--lang", "en"]) == 0
    assert capsys.readouterr().out.endswith("\n\nDocumentation: https://example.org/kiemtra/docs/rules/KT201.md\n\n")


def test_sarif_carries_help_uri_when_the_docs_have_an_address(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("gap.md").write_text("**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n", encoding="utf-8")
    monkeypatch.setattr(rule_docs, "docs_base_url", lambda: "https://example.org/kiemtra/docs")
    main(["check", "--format", "sarif", "--select", "KT101", "gap.md"])
    (rule,) = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    assert rule["helpUri"] == "https://example.org/kiemtra/docs/rules/KT101.md"
    assert rule["help"]["markdown"] == (ROOT / "docs" / "rules" / "KT101.md").read_text(encoding="utf-8")
    monkeypatch.setattr(rule_docs, "docs_base_url", lambda: None)
    main(["check", "--format", "sarif", "--select", "KT101", "gap.md"])
    (rule,) = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    assert rule["helpUri"] == (ROOT / "docs" / "rules" / "KT101.md").as_uri()  # absolute, as SARIF asks
    monkeypatch.setattr(rule_docs, "local_page", lambda code: None)
    main(["check", "--format", "sarif", "--select", "KT101", "gap.md"])
    (rule,) = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    assert "helpUri" not in rule and rule["help"]["markdown"].startswith("# KT101 ")


def test_the_list_wraps_long_summaries_under_their_column():
    text = listing([get_rule("KT502")], "vi", width=110)
    lines = text.splitlines()
    assert len(lines) > 1 and all(len(line) <= 110 for line in lines)
    column = lines[0].index("Ký tự ẩn")
    assert all(line.startswith(" " * column) and line[column] != " " for line in lines[1:])
    narrow = listing([get_rule("KT502")], "vi", width=60).splitlines()
    assert narrow[0] == "KT502  mixed-unicode                consistency  cảnh báo"
    assert all(line.startswith("    ") and len(line) <= 60 for line in narrow[1:])

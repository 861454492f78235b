"""A certain fix is shown where a person reads the finding: under it in the terminal (with the
hint that ``kiemtra fix`` applies it, for a Word file only) and in the HTML report (issue 18)."""

from pathlib import Path

from docx_factory import make_docx, p

from kiemtra_lint.cli import main
from kiemtra_lint.report.fix_words import describe

TEXT = "Báo cáo\n\nKết quả: 49/53 trường, đạt 92,4%.\n\nCó ký tự\u200b ẩn.\n"


def test_the_words_of_a_fix():
    assert describe("92,4", "92,5", "vi") == "Sửa «92,4» thành «92,5»"
    assert describe("92,4", "92,5", "en") == "Replace «92,4» with «92,5»"
    assert describe("\u200b", "", "vi") == "Xoá «U+200B»"
    assert describe("", " ", "en") == "Insert « »"


def test_terminal_shows_the_fix_under_the_finding(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    Path("d.md").write_text(TEXT, encoding="utf-8")
    main(["check", "--select", "KT201,KT502", "d.md"])
    lines = capsys.readouterr().out.splitlines()
    share = next(i for i, line in enumerate(lines) if "KT201" in line)
    assert lines[share + 2].strip() == "✎ Sửa «92,4» thành «92,5»"  # a .md: no `kiemtra fix` hint
    assert "✎ Xoá «U+200B»" in [line.strip() for line in lines]

    make_docx(Path("d.docx"), p("Kết quả: 49/53 trường, đạt 92,4%."))
    main(["check", "--select", "KT201", "--lang", "en", "d.docx"])
    out = [line.strip() for line in capsys.readouterr().out.splitlines()]
    assert "✎ Replace «92,4» with «92,5» (kiemtra fix can apply it)" in out


def test_html_report_shows_the_fix(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("d.md").write_text(TEXT, encoding="utf-8")
    main(["check", "--select", "KT201", "--format", "html", "d.md"])
    html = capsys.readouterr().out
    assert '<p class="fix">✎ Sửa «92,4» thành «92,5»</p>' in html

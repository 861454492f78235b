"""KT201's truncated percentage carries its certain fix (issue 18): the JSON ``fix`` field and
``kiemtra fix`` on a Word draft, where it becomes a tracked change.  Invented sentences."""

import json
import zipfile

from docx_factory import make_docx, p
from test_fix_docx import paragraph_texts

from kiemtra_lint.cli import main

TRUNCATED = "Có 37/39 thôn có nhà văn hóa đạt chuẩn, tỷ lệ 94,8%."
POINT = "Đã có 2/3 xã hoàn thành, đạt 66.6 %."
WRONG = "Có 49/53 trường đạt chuẩn quốc gia, đạt tỷ lệ 90,5%."
QUALIFIED = "Có 37/39 thôn có nhà văn hóa đạt chuẩn, đạt trên 94,8%."


def fixes(lint_text, text):
    result = lint_text(text, select=("KT201",))
    return [(f.rule, f.severity, f.place["excerpt"], f.fix and (f.fix.start, f.fix.end, f.fix.replacement))
            for f in result.findings]


def test_a_truncated_percentage_carries_its_rounding(lint_text):
    assert fixes(lint_text, TRUNCATED + "\n") == [("KT201", "info", "94,8%", (46, 50, "94,9"))]


def test_the_fix_keeps_a_decimal_point_and_the_space_before_the_sign(lint_text):
    assert fixes(lint_text, POINT + "\n") == [("KT201", "info", "66.6 %", (29, 33, "66.7"))]


def test_a_rounding_that_carries_into_the_units(lint_text):
    assert fixes(lint_text, "Có 3999/4000 hộ dùng nước sạch, đạt 99,9%.\n") == [
        ("KT201", "info", "99,9%", (36, 40, "100,0"))]


def test_no_fix_for_a_wrong_or_a_qualified_percentage(lint_text):
    assert fixes(lint_text, WRONG + "\n") == [("KT201", "error", "90,5%", None)]
    assert fixes(lint_text, QUALIFIED + "\n") == []


def test_json_fix_field(tmp_path, capsys):
    src = tmp_path / "d.md"
    src.write_text(TRUNCATED + "\n\n" + WRONG + "\n", encoding="utf-8")
    assert main(["check", "--format", "json", "--select", "KT201", str(src)]) == 1
    found = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert [(f["severity"], f["fix"]) for f in found] == [
        ("info", {"start": 46, "end": 50, "excerpt": "94,8", "replacement": "94,9"}),
        ("error", None)]


def test_kiemtra_fix_writes_the_rounding_as_a_tracked_change(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    src = make_docx(tmp_path / "du-thao.docx", p(TRUNCATED) + p(WRONG) + p(POINT))
    out = tmp_path / "da-sua.docx"
    assert main(["fix", str(src), "-o", str(out), "--select", "KT201"]) == 0
    assert capsys.readouterr().err == f"kiemtra: đã ghi 2 sửa đổi dạng theo dõi thay đổi vào {out} (KT201: 2)\n"
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml")
    assert paragraph_texts(body, accept=True) == [TRUNCATED.replace("94,8", "94,9"), WRONG,
                                                  POINT.replace("66.6", "66.7")]
    assert paragraph_texts(body, accept=False) == [TRUNCATED, WRONG, POINT]

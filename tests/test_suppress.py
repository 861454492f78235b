"""Suppressions written in the draft: Word comments and HTML comments "kiemtra: bỏ qua KT101"."""

import json

import pytest
from docx_factory import make_docx, p, para, run

from kiemtra_lint.suppress import parse

GAP = "**I. KẾT QUẢ**\n\nNội dung.\n\n{comment}**III. HẠN CHẾ**\n\nNội dung.\n"


def check_json(run_cli, *args):
    """The findings of KT010 and KT101 only: the tests must not move when other rules land."""
    code, out, _ = run_cli("check", "--format", "json", "--select", "KT010,KT101", *args)
    return code, [(f["rule"], f["severity"], f["message"], f["excerpt"]) for f in json.loads(out)["files"][0]["findings"]]


@pytest.mark.parametrize("text, codes", [
    ("kiemtra: bỏ qua KT201", ("KT201",)),
    ("Kiemtra: Bỏ qua kt201, KT305 — số liệu đã được xác nhận", ("KT201", "KT305")),
    ("kiemtra: ignore KT2 KT301", ("KT2", "KT301")),
    ("kiemtra: bo qua", ()),
    ("  kiemtra:bỏ qua: vì đây là trích nguyên văn", ()),
    ("kiemtra: noqa KT101;KT101", ("KT101",)),
    ("kiemtra: bỏ qua KT201\nlý do ở dòng sau", ("KT201",)),
    ("Đề nghị kiểm tra lại", None),
    ("kiemtra: bỏ quaKT201", None),
    ("kiemtra: ignored", None),
    ("kiemtra bỏ qua KT201", None),
])
def test_parse(text, codes):
    assert parse(text) == codes


def test_markdown_comment_silences_the_code_on_its_block(tmp_path, run_cli):
    draft = tmp_path / "gap.md"
    draft.write_text(GAP.format(comment=""), encoding="utf-8")
    assert check_json(run_cli, draft)[1] == [
        ("KT101", "warning", "Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”", "III.")]
    for comment in ("<!-- kiemtra: bỏ qua KT101 -->\n", "<!-- kiemtra: ignore -->\n", "<!-- kiemtra: bỏ qua KT1 -->\n"):
        draft.write_text(GAP.format(comment=comment), encoding="utf-8")
        assert check_json(run_cli, draft, "--fail-on", "info") == (0, [])


def test_a_suppression_elsewhere_does_not_silence(tmp_path, run_cli):
    draft = tmp_path / "gap.md"
    draft.write_text("**I. KẾT QUẢ**\n\n<!-- kiemtra: bỏ qua KT101 -->\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n",
                     encoding="utf-8")
    assert check_json(run_cli, draft)[1] == [
        ("KT010", "info", "Chú thích “kiemtra: bỏ qua KT101” không bỏ qua phát hiện nào của KT101; hãy bỏ mã này",
         "Nội dung."),
        ("KT101", "warning", "Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”", "III.")]


def test_unused_codes_are_reported_one_comment_at_a_time(tmp_path, run_cli):
    draft = tmp_path / "gap.md"
    # KT101 is used; KT010 is checked and silences nothing; KT001 is not checked (--select); KT998, KT999 do not exist
    draft.write_text(GAP.format(comment="<!-- kiemtra: bỏ qua KT101, KT010, KT001, KT998, KT999 -->\n"),
                     encoding="utf-8")
    quoted = "“kiemtra: bỏ qua KT101, KT010, KT001, KT998, KT999”"
    assert check_json(run_cli, draft)[1] == [
        ("KT010", "info", f"Chú thích {quoted} không bỏ qua phát hiện nào của KT010; hãy bỏ mã này", "III. HẠN CHẾ"),
        ("KT010", "info", f"Chú thích {quoted} nêu mã không có: KT998, KT999", "III. HẠN CHẾ")]
    # a bare suppression that silences nothing
    draft.write_text("**I. KẾT QUẢ**\n\n<!-- kiemtra: bỏ qua -->\nNội dung.\n", encoding="utf-8")
    assert check_json(run_cli, draft, "--lang", "en")[1] == [
        ("KT010", "info", "The comment “kiemtra: bỏ qua” silences nothing; remove it", "Nội dung.")]


def test_codes_not_checked_in_this_run_are_not_called_unused(tmp_path, run_cli):
    draft = tmp_path / "gap.md"
    draft.write_text(GAP.format(comment="<!-- kiemtra: bỏ qua KT101 -->\n"), encoding="utf-8")
    assert check_json(run_cli, draft, "--ignore", "KT101")[1] == []
    # KT010 itself can be turned off, and its severity configured
    draft.write_text("**I. KẾT QUẢ**\n\n<!-- kiemtra: bỏ qua KT101 -->\nNội dung.\n", encoding="utf-8")
    assert check_json(run_cli, draft, "--ignore", "KT010")[1] == []
    (tmp_path / "kiemtra.toml").write_text('[severity]\nKT010 = "warning"\n', encoding="utf-8")
    assert [f[:2] for f in check_json(run_cli, draft)[1]] == [("KT010", "warning")]


def comments_xml(*comments):
    return "".join(f'<w:comment w:id="{cid}" w:author="Tổ biên tập"><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
                   f'</w:comment>' for cid, text in comments)


def commented(cid, text_run):
    return (f'<w:commentRangeStart w:id="{cid}"/>{text_run}<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:commentReference w:id="{cid}"/></w:r>')


def test_word_comment_silences_only_the_text_it_is_anchored_to(tmp_path, run_cli):
    body = (p("I. KẾT QUẢ", bold=True) + p("Nội dung.")
            + para(commented(1, run("III.", bold=True)), run(" HẠN CHẾ", bold=True)) + p("Nội dung.")
            + p("V. GIẢI PHÁP", bold=True) + p("Nội dung."))
    path = make_docx(tmp_path / "d.docx", body, comments=comments_xml((1, "kiemtra: bỏ qua KT101 đã thống nhất")))
    assert check_json(run_cli, path)[1] == [
        ("KT101", "warning", "Đánh số mục không liên tục: sau “III.” là “V.”, thiếu “IV.”", "V.")]
    # anchored on other words of the heading: the finding on "III." is not covered
    body = (p("I. KẾT QUẢ", bold=True) + p("Nội dung.")
            + para(run("III.", bold=True), commented(1, run(" HẠN CHẾ", bold=True))) + p("Nội dung."))
    path = make_docx(tmp_path / "e.docx", body, comments=comments_xml((1, "kiemtra: bỏ qua KT101")))
    assert check_json(run_cli, path)[1] == [
        ("KT101", "warning", "Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”", "III."),
        ("KT010", "info", "Chú thích “kiemtra: bỏ qua KT101” không bỏ qua phát hiện nào của KT101; hãy bỏ mã này",
         " HẠN CHẾ")]


def test_other_comments_are_ignored_and_annotated_copies_do_not_suppress(tmp_path, run_cli):
    body = (p("I. KẾT QUẢ", bold=True) + p("Nội dung.") + para(commented(1, run("III. HẠN CHẾ", bold=True))))
    path = make_docx(tmp_path / "d.docx", body, comments=comments_xml((1, "Xem lại đánh số")))
    assert [f[0] for f in check_json(run_cli, path)[1]] == ["KT101"]
    annotated = tmp_path / "d-nhan-xet.docx"
    assert run_cli("annotate", path, "-o", annotated, "--select", "KT101")[0] == 0
    assert [f[0] for f in check_json(run_cli, annotated)[1]] == ["KT101"]

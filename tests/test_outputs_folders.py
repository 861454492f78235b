"""Folder runs (issue 18): a draft kiemtra cannot read is reported, never passed over in silence;
exclude/extend-exclude and .gitignore leave files out, as Ruff does; messages about files go to stderr."""

import json
import shutil
import subprocess

import pytest

from kiemtra_lint.cli import main

DRAFT = "**I. KẾT QUẢ**\n\nNội dung.\n"


def run(capsys, *args):
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def drafts(folder, *names):
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(DRAFT, encoding="utf-8")


def checked(out: str) -> dict:
    return {f["path"].rsplit("/", 1)[-1]: f["error"] for f in json.loads(out)["files"]}


def test_a_doc_in_a_folder_is_reported_and_the_exit_is_2(tmp_path, capsys):
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (tmp_path / "ghi-chu.odt").write_bytes(b"PK\x03\x04")
    (tmp_path / "anh.png").write_bytes(b"\x89PNG")
    code, out, err = run(capsys, "check", "--format", "json", tmp_path)
    files = checked(out)
    assert code == 2
    assert sorted(files) == ["a.md", "cu.doc", "ghi-chu.odt"]
    assert files["a.md"] is None and files["cu.doc"] and files["ghi-chu.odt"]
    assert err.splitlines() == [f"kiemtra: {files['cu.doc']}", f"kiemtra: {files['ghi-chu.odt']}"]
    assert err.splitlines()[1] == ("kiemtra: ghi-chu.odt: không hỗ trợ loại tệp '.odt'; "
                                   "chỉ đọc .docx, .docm, .dotx, .md, .txt")


def test_exclude_and_extend_exclude_leave_files_out_of_folder_runs_only(tmp_path, capsys):
    (tmp_path / "kiemtra.toml").write_text('extend-exclude = ["*.mistakes.md", "ban-cu"]\n', encoding="utf-8")
    drafts(tmp_path, "du-thao.md", "du-thao.mistakes.md", "ban-cu/2019.md")
    code, out, _ = run(capsys, "check", "--format", "json", tmp_path)
    assert sorted(checked(out)) == ["du-thao.md"]
    # a file named on the command line is checked all the same
    code, out, _ = run(capsys, "check", "--format", "json", tmp_path / "du-thao.mistakes.md")
    assert sorted(checked(out)) == ["du-thao.mistakes.md"]
    (tmp_path / "kiemtra.toml").write_text('exclude = ["*.md"]\n', encoding="utf-8")
    code, out, err = run(capsys, "check", tmp_path)
    assert (code, out) == (2, "")
    assert err == f"kiemtra: không có tệp .docx/.md/.txt nào để kiểm tra trong {tmp_path}\n"
    (tmp_path / "kiemtra.toml").write_text('exclude = "*.md"\n', encoding="utf-8")
    code, _, err = run(capsys, "check", tmp_path)
    assert code == 2 and "'exclude' phải là danh sách mẫu tên tệp" in err


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_files_git_ignores_are_left_out_of_folder_runs(tmp_path, capsys):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("nhap/\n*.bak.md\n", encoding="utf-8")
    drafts(tmp_path, "du-thao.md", "du-thao.bak.md", "nhap/y.md")
    code, out, _ = run(capsys, "check", "--format", "json", tmp_path)
    assert sorted(checked(out)) == ["du-thao.md"]
    code, out, _ = run(capsys, "check", "--format", "json", tmp_path / "nhap" / "y.md")  # named: checked
    assert sorted(checked(out)) == ["y.md"]

"""No command may write its output over one of its inputs, however the path is spelled."""

import hashlib
import os

import pytest

from kiemtra_lint.cli import main
from docx_factory import make_docx, p

MD = "**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n"


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "du-thao.md").write_text(MD, encoding="utf-8")
    make_docx(tmp_path / "du-thao.docx", [p("I. KẾT QUẢ", bold=True), p("Nội dung.")])
    monkeypatch.chdir(tmp_path)
    return tmp_path


def spell(folder, how):
    """du-thao.md named as ``how`` says: itself, relatively, through a symlink or a hard link."""
    if how == "symlink":
        os.symlink(folder / "du-thao.md", folder / "lien-ket.md")
        return str(folder / "lien-ket.md")
    if how == "hard link":
        os.link(folder / "du-thao.md", folder / "ban-cung.md")
        return str(folder / "ban-cung.md")
    return {"absolute": str(folder / "du-thao.md"), "relative": "./du-thao.md",
            "round about": f"../{folder.name}/du-thao.md"}[how]


@pytest.mark.parametrize("how", ["absolute", "relative", "round about", "symlink", "hard link"])
@pytest.mark.parametrize("fmt", ["json", "terminal", "sarif"])
def test_check_refuses_every_spelling_of_an_input_as_output(folder, capsys, fmt, how):
    before = digest(folder / "du-thao.md")
    output = spell(folder, how)
    assert main(["check", "--format", fmt, "-o", output, "du-thao.md"]) == 2
    err = capsys.readouterr().err
    assert f"kiemtra: {output}: tệp kết quả trùng với tệp đầu vào du-thao.md" in err
    assert "Traceback" not in err
    assert digest(folder / "du-thao.md") == before
    assert not [f for f in folder.iterdir() if f.name.endswith(".tmp")]


def test_check_refuses_a_file_found_inside_a_checked_folder(folder, capsys):
    before = digest(folder / "du-thao.docx")
    assert main(["check", "--format", "json", "-o", str(folder / "du-thao.docx"), str(folder)]) == 2
    assert "du-thao.docx" in capsys.readouterr().err
    assert digest(folder / "du-thao.docx") == before


def test_check_still_writes_a_new_output(folder, capsys):
    assert main(["check", "--format", "json", "-o", "ket-qua.json", "du-thao.md"]) == 0  # a warning only
    assert (folder / "ket-qua.json").read_text(encoding="utf-8").startswith("{")


def test_annotate_refuses_its_source_through_a_link_even_with_force(folder, capsys):
    os.link(folder / "du-thao.docx", folder / "ban-cung.docx")
    before = digest(folder / "du-thao.docx")
    assert main(["annotate", "du-thao.docx", "-o", "ban-cung.docx", "--force"]) == 2
    assert "tệp kết quả trùng với tệp đầu vào du-thao.docx" in capsys.readouterr().err
    assert digest(folder / "du-thao.docx") == before

"""The README's two command lines are the ones CI runs and they name real files."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = text.split("```")
    return [b.strip() for b in blocks[1::2] if b.strip().startswith("pip install")]


def test_readme_has_exactly_two_setup_lines():
    check, tests = readme_commands()
    assert check == "pip install . && kiemtra check samples/kiem-diem.docx"
    assert tests == 'pip install ".[test]" && python -m pytest'


def test_ci_runs_the_readme_test_line():
    _, tests = readme_commands()
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_sample_named_in_the_readme_exists():
    assert (ROOT / "samples" / "kiem-diem.docx").is_file()

"""Shared helpers for the KT1xx structure tests (this module holds no tests of its own)."""

from __future__ import annotations

from pathlib import Path

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import FileResult, lint_file

PROFILE_DRAFTS = Path(__file__).parent / "data" / "structure" / "profiles"
SAMPLES = Path(__file__).parent.parent / "samples"

PARTY_HEAD = """| ĐẢNG BỘ TỈNH BÌNH ĐỊNH | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| HUYỆN ỦY TÂY SƠN | Tây Sơn, ngày 05 tháng 7 năm 2023 |
| Số 112-BC/HU | |

"""
PARTY_TAIL = """
| Nơi nhận: | T/M HUYỆN ỦY |
|---|---|
| - Lưu Văn phòng Huyện ủy. | BÍ THƯ |
"""


def draft(profile: str) -> str:
    """The clean draft of a profile (tests/data/structure/profiles/<profile>.md)."""
    return (PROFILE_DRAFTS / f"{profile}.md").read_text(encoding="utf-8")


def lint_path(path, select, **settings) -> FileResult:
    result = lint_file(str(path), Settings(select=tuple(select), **settings))
    assert result.error is None, result.error
    return result


def checked(path, select=("KT1",)):
    """The document as the pipeline leaves it: the outline rebuilt with its profile's ladder."""
    result = lint_file(str(path), Settings(select=tuple(select)), keep_document=True)
    assert result.error is None, result.error
    return result.document


def found(result: FileResult) -> list[tuple]:
    """(code, severity, Vietnamese message, excerpt or None, [related excerpts]) for each finding."""
    return [(f.rule, f.severity, f.message.vi, f.place["excerpt"] if f.place else None,
             [r["excerpt"] for r in f.related_places]) for f in result.findings]


def without(text: str, *lines: str) -> str:
    """``text`` with the given lines (and the blank line after each) removed; each must be there."""
    for line in lines:
        assert line + "\n" in text, line
        text = text.replace(line + "\n\n", "", 1) if line + "\n\n" in text else text.replace(line + "\n", "", 1)
    return text

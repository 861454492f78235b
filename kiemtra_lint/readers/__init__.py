"""Readers: one module per input kind, each returning a Document; :func:`read_document` picks one."""

from __future__ import annotations

import os
from pathlib import Path

from ..document import Document
from ..errors import InputError
from ..files import display_path

DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
SUFFIXES = DOCX_SUFFIXES | TEXT_SUFFIXES


def read_document(path: str | Path) -> Document:
    """Read ``path`` and build its section tree; raises InputError with a Vietnamese message."""
    from ..outline import build_outline

    p = Path(path)
    name = display_path(p.name)
    if not _named_entry(p):
        raise InputError(f"{name}: không tìm thấy tệp", f"{name}: file not found")
    if os.path.isdir(p):
        raise InputError(f"{name}: là thư mục, không phải tệp", f"{name}: is a folder, not a file")
    suffix = p.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from .textfile import read_text

        doc = read_text(str(path))
    elif suffix in DOCX_SUFFIXES or suffix == ".doc":
        from .docx import read_docx

        doc = read_docx(str(path))
    else:
        raise InputError(
            f"{name}: không hỗ trợ loại tệp '{p.suffix or '(không đuôi)'}'; chỉ đọc .docx, .docm, .dotx, .md, .txt",
            f"{name}: unsupported file type '{p.suffix or '(none)'}'; only .docx, .docm, .dotx, .md, .txt are read")
    from .legacy import diagnose

    diagnose(doc)
    build_outline(doc)
    return doc


def _named_entry(path: Path) -> bool:
    """Whether ``path`` names something, even what cannot be opened: a symbolic-link loop, a
    name too long for the system (opening it then names the cause); False when nothing is there."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):
        return True
    return True

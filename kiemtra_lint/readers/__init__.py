"""Readers: one module per input kind, each returning a Document; :func:`read_document` picks one."""

from __future__ import annotations

import os
from pathlib import Path

from ..document import Document
from ..errors import InputError

DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
SUFFIXES = DOCX_SUFFIXES | TEXT_SUFFIXES


def read_document(path: str | Path) -> Document:
    """Read ``path`` and build its section tree; raises InputError with a Vietnamese message."""
    from ..outline import build_outline

    p = Path(path)
    name = p.name
    if not os.path.lexists(p):  # a symbolic-link loop exists: opening it names the cause
        raise InputError(f"{name}: không tìm thấy tệp", f"{name}: file not found")
    if p.is_dir():
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

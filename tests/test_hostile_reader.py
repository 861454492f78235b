"""Reader-level guarantees behind the speed changes: bounded work, same answers."""

from __future__ import annotations

import time

from docx_factory import make_docx, p

from kiemtra_lint.readers import read_document
from kiemtra_lint.readers.legacy import SAMPLE_CHARS


def test_legacy_detection_looks_at_a_bounded_sample(tmp_path):
    # A draft made of one huge paragraph: detection reads SAMPLE_CHARS characters, not 5 MB.
    text = "Ủy ban nhân dân huyện đã hoàn thành các chỉ tiêu. " * (5 * 2**20 // 60)
    path = make_docx(tmp_path / "dai.docx", p(text))
    t = time.process_time()
    doc = read_document(path)
    assert doc.legacy_encoding is None
    assert time.process_time() - t < 3


def test_tcvn3_still_detected_in_a_long_draft(tmp_path):
    font = '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>'
    line = "Uû ban nh©n d©n huyÖn ®· l·nh ®¹o, chØ ®¹o thùc hiÖn tèt c¸c nhiÖm vô chÝnh trÞ"
    body = "".join(f"<w:p><w:r>{font}<w:t>{line} {i}</w:t></w:r></w:p>" for i in range(3 * SAMPLE_CHARS // len(line)))
    doc = read_document(make_docx(tmp_path / "cu.docx", body))
    assert doc.legacy_encoding == "TCVN3"



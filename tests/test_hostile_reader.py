"""Reader-level guarantees behind the speed changes: bounded work, same answers."""

from __future__ import annotations

import gc
import time

from docx_factory import make_docx, p

from kiemtra_lint.engine import gc_paused
from kiemtra_lint.readers import read_document
from kiemtra_lint.readers.legacy import SAMPLE_CHARS


def test_gc_paused_restores_the_collector():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # off stays off
    finally:
        gc.enable()


def test_gc_paused_restores_after_an_error():
    try:
        with gc_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


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


def test_the_rules_load_while_the_main_part_is_parsed(tmp_path):
    import threading

    from kiemtra_lint.errors import InputError

    path = make_docx(tmp_path / "ok.docx", [p("Báo cáo kiểm điểm.")])
    seen = []
    doc = read_document(path, meanwhile=lambda: seen.append(threading.active_count()))
    assert seen == [2]  # called once, with the parsing thread running beside it
    assert [b.text for b in doc.blocks] == ["Báo cáo kiểm điểm."]
    assert threading.active_count() == 1  # joined: the engine may fork afterwards

    import zipfile

    broken = tmp_path / "hong.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, b"<w:document" if item.filename == "word/document.xml" else src.read(item))
    calls = []
    try:
        read_document(broken, meanwhile=lambda: calls.append(1))
    except InputError as exc:
        assert exc.message_vi.startswith("hong.docx: không đọc được: phần word/document.xml không phải XML hợp lệ")
    else:
        raise AssertionError("a broken main part must raise InputError")
    assert calls == [1] and threading.active_count() == 1

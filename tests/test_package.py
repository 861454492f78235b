"""kiemtra_lint.readers.package: opening .docx packages safely.

Every bad input is built here in tmp_path; each must give InputError naming the file and
the cause in Vietnamese, leave the file untouched, and be refused quickly.
"""

from __future__ import annotations

import hashlib
import struct
import time
import tracemalloc
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from kiemtra_lint.errors import InputError
from kiemtra_lint.readers import package as pkgmod
from kiemtra_lint.readers.package import open_package, parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
REL_S = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def rels(*items: tuple[str, str] | tuple[str, str, str]) -> bytes:
    """_rels XML from (type, target[, target mode]) triples; a bare type name gets REL_T."""
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG_RELS_NS}">']
    for i, item in enumerate(items, 1):
        rtype, target = item[0], item[1]
        if "/" not in rtype:
            rtype = REL_T + rtype
        mode = f' TargetMode="{item[2]}"' if len(item) > 2 else ""
        out.append(f'<Relationship Id="rId{i}" Type="{rtype}" Target="{target}"{mode}/>')
    out.append("</Relationships>")
    return "".join(out).encode()


def document(body: str = '<w:p><w:r><w:t>Báo cáo kiểm điểm</w:t></w:r></w:p>') -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    ).encode()


def simple(tag: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{tag} xmlns:w="{W}"/>'.encode()


def good_parts() -> dict[str, bytes]:
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": rels(("officeDocument", "word/document.xml")),
        "word/document.xml": document(),
        "word/_rels/document.xml.rels": rels(
            ("styles", "styles.xml"),
            ("numbering", "numbering.xml"),
            ("footnotes", "footnotes.xml"),
            ("hyperlink", "https://thuvienphapluat.vn/", "External"),
        ),
        "word/styles.xml": simple("styles"),
        "word/numbering.xml": simple("numbering"),
        "word/footnotes.xml": simple("footnotes"),
    }


def write_zip(path, parts: dict[str, bytes] | list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED):
    items = parts.items() if isinstance(parts, dict) else parts
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in items:
            z.writestr(name, data)
    return path


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse(path, cause: str, read_main: bool = False) -> InputError:
    """open_package (and optionally reading the main part) fails with ``cause``; the file is untouched."""
    before = sha(path)
    with pytest.raises(InputError) as info:
        with open_package(path) as pkg:
            if read_main:
                pkg.xml(pkg.main_part)
    err = info.value
    assert err.message_vi.startswith(f"{path.name}: "), err.message_vi
    assert cause in err.message_vi, err.message_vi
    assert err.message_en.startswith(f"{path.name}: ") and err.message_en != err.message_vi
    assert err.code.startswith("KT00")
    assert sha(path) == before
    return err


def patch_central(data: bytes, name: str, **fields) -> bytes:
    """Rewrite fields of the central-directory entry of ``name``: flag, method, csize, size."""
    offsets = {"flag": (8, "<H"), "method": (10, "<H"), "csize": (20, "<L"), "size": (24, "<L")}
    buf = bytearray(data)
    pos = buf.find(b"PK\x01\x02")
    while pos >= 0:
        nlen, xlen, clen = struct.unpack_from("<3H", buf, pos + 28)
        if buf[pos + 46 : pos + 46 + nlen].decode() == name:
            for key, value in fields.items():
                off, fmt = offsets[key]
                struct.pack_into(fmt, buf, pos + off, value)
            return bytes(buf)
        pos = buf.find(b"PK\x01\x02", pos + 46 + nlen + xlen + clen)
    raise AssertionError(f"{name} not in central directory")


# ---------------------------------------------------------------------------
# Good packages


def test_minimal_docx(tmp_path):
    path = write_zip(tmp_path / "du-thao.docx", good_parts())
    before = sha(path)
    with open_package(path) as pkg:
        assert pkg.path == str(path)
        assert pkg.main_part == "word/document.xml"
        root = pkg.xml(pkg.main_part)
        assert root.tag == f"{{{W}}}document"
        assert root.findtext(f".//{{{W}}}t") == "Báo cáo kiểm điểm"
        assert pkg.related_part(pkg.main_part, "footnotes") == "word/footnotes.xml"
        assert pkg.related_part(pkg.main_part, "numbering") == "word/numbering.xml"
        assert pkg.related_part(pkg.main_part, "styles") == "word/styles.xml"
        assert pkg.xml(pkg.related_part(pkg.main_part, "styles")).tag == f"{{{W}}}styles"
        assert pkg.related_part(pkg.main_part, "endnotes") is None
        assert pkg.related_part(pkg.main_part, "hyperlink") is None  # external only
        assert pkg.xml("word/endnotes.xml") is None
        assert pkg.xml("/word/document.xml") is not None  # part names may start with "/"
        assert set(pkg.names) == set(good_parts())
    assert sha(path) == before


def test_absolute_target_and_strict_relationships(tmp_path):
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": rels((REL_S + "officeDocument", "/word/document2.xml")),
        "word/document2.xml": document(),
        "word/_rels/document2.xml.rels": rels(
            (REL_S + "footnotes", "/word/notes/fn.xml"),
            (REL_S + "styles", "./styles.xml"),
        ),
        "word/notes/fn.xml": simple("footnotes"),
        "word/notes/_rels/fn.xml.rels": rels(("image", "../media/a%20b.png"), ("styles", "../../../../etc/passwd")),
        "word/media/a b.png": b"\x89PNG",
        "word/styles.xml": simple("styles"),
    }
    path = write_zip(tmp_path / "strict.docx", parts)
    with open_package(path) as pkg:
        assert pkg.main_part == "word/document2.xml"
        assert pkg.xml(pkg.main_part) is not None
        assert pkg.related_part("word/document2.xml", "footnotes") == "word/notes/fn.xml"
        assert pkg.related_part("/word/document2.xml", "styles") == "word/styles.xml"
        # relative to the source part's folder, percent-decoded; escaping the package is refused
        assert pkg.related_part("word/notes/fn.xml", "image") == "word/media/a b.png"
        assert pkg.related_part("word/notes/fn.xml", "styles") is None
        assert pkg.related_part("word/styles.xml", "numbering") is None  # no rels part at all


def test_first_existing_relationship_wins(tmp_path):
    parts = good_parts()
    parts["word/_rels/document.xml.rels"] = rels(
        ("header", "missing.xml"), ("header", "header1.xml"), ("header", "header2.xml")
    )
    parts["word/header1.xml"] = simple("hdr")
    parts["word/header2.xml"] = simple("hdr")
    with open_package(write_zip(tmp_path / "h.docx", parts)) as pkg:
        assert pkg.related_part(pkg.main_part, "header") == "word/header1.xml"


@pytest.mark.parametrize("suffix", ["docm", "dotx"])
def test_docm_and_dotx_read_like_docx(tmp_path, suffix):
    parts = good_parts()
    kind = "macroEnabled.main" if suffix == "docm" else "template.main"
    parts["[Content_Types].xml"] = CONTENT_TYPES.replace(b"document.main", kind.encode())
    if suffix == "docm":
        parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
    with open_package(write_zip(tmp_path / f"mau.{suffix}", parts)) as pkg:
        assert pkg.main_part == "word/document.xml"
        assert pkg.xml(pkg.main_part) is not None


def test_missing_package_rels_falls_back_to_word_document(tmp_path):
    parts = good_parts()
    del parts["_rels/.rels"]
    with open_package(write_zip(tmp_path / "norels.docx", parts)) as pkg:
        assert pkg.main_part == "word/document.xml"


def test_odd_entry_names_do_not_crash(tmp_path):
    parts = list(good_parts().items()) + [
        ("word/", b""),
        ("../../evil.xml", b"<x/>"),
        ("word/../../evil2.xml", b"<x/>"),
        ("customXml//item.xml", b"<x/>"),
    ]
    with open_package(write_zip(tmp_path / "odd.docx", parts)) as pkg:
        assert set(pkg.names) == set(good_parts())
        assert pkg.xml("../../evil.xml") is None


def test_stored_parts_and_case_insensitive_names(tmp_path):
    parts = good_parts()
    parts["WORD/Document.XML"] = parts.pop("word/document.xml")
    with open_package(write_zip(tmp_path / "case.docx", parts, zipfile.ZIP_STORED)) as pkg:
        assert pkg.main_part == "WORD/Document.XML"
        assert pkg.xml("word/document.xml") is not None


def test_legitimate_large_document_is_accepted(tmp_path):
    # ~12 MB of Word-like paragraphs (rsids, run properties): above the size at which the
    # ratio is checked, well below the ratio limit, so it must be read.
    para = (
        '<w:p w:rsidR="00A1{r:04X}" w:rsidRDefault="00B2{r:04X}"><w:pPr><w:spacing w:before="120" w:after="120"/>'
        '<w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r w:rsidRPr="00C3{r:04X}"><w:rPr>'
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr>'
        '<w:t>Đoạn {i}: tỉ lệ {a}/{b} = {c},{d:02d}%</w:t></w:r></w:p>'
    )
    body = "".join(
        para.format(r=i * 7919 % 65536, i=i, a=i % 97, b=i % 89 + 1, c=i * 7919 % 10007, d=i % 100)
        for i in range(36_000)
    )
    parts = good_parts()
    parts["word/document.xml"] = document(body)
    assert len(parts["word/document.xml"]) > pkgmod.RATIO_MIN_SIZE
    with open_package(write_zip(tmp_path / "dai.docx", parts)) as pkg:
        assert len(pkg.xml(pkg.main_part)[0]) == 36_000


def test_ten_megabyte_paragraph_parses(tmp_path):
    text = "Nghị quyết số 12-NQ/TW " * 460_000  # > 10 MB of text in one w:t (needs huge_tree)
    root = parse_xml(document(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"), "x.docx")
    assert len(root.findtext(f".//{{{W}}}t")) == len(text)


# ---------------------------------------------------------------------------
# Not a .docx at all


@pytest.mark.parametrize(
    "content, cause",
    [
        (bytes(range(256)) * 40, "không phải tệp .docx hợp lệ (không phải gói ZIP)"),
        ("Báo cáo tổng kết năm 2024\n".encode() * 50, "không phải tệp .docx hợp lệ (không phải gói ZIP)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 500, "là tệp PDF"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}" + b" " * 100, "là tệp RTF"),
        (b"", "tệp rỗng (0 byte)"),
    ],
    ids=["random", "text", "pdf", "rtf", "empty"],
)
def test_not_a_zip(tmp_path, content, cause):
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(content)
    refuse(path, cause)


def ole2(*stream_names: str) -> bytes:
    """A stand-in OLE2 compound file: the magic, then directory entries with UTF-16LE names."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * (512 - 8)
    entries = b"".join(n.encode("utf-16-le").ljust(128, b"\0") for n in ("Root Entry", *stream_names))
    return header + entries + b"\xff" * 1024


def test_old_binary_doc(tmp_path):
    path = tmp_path / "cu.docx"
    path.write_bytes(ole2("WordDocument", "1Table", "\x05SummaryInformation"))
    refuse(path, "là tệp Word 97-2003 (.doc); hãy lưu lại dưới dạng .docx")


def test_password_protected_docx(tmp_path):
    path = tmp_path / "mat-khau.docx"
    path.write_bytes(ole2("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    refuse(path, "được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi kiểm tra lại")


def test_other_ole2_file(tmp_path):
    path = tmp_path / "bang.docx"
    path.write_bytes(ole2("Workbook"))
    refuse(path, "là tệp Office cũ (định dạng OLE2)")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError) as info:
        open_package(tmp_path / "khong-co.docx")
    assert info.value.message_vi.startswith("khong-co.docx: không đọc được: không mở được tệp")
    (tmp_path / "thu-muc.docx").mkdir()
    with pytest.raises(InputError) as info:
        open_package(tmp_path / "thu-muc.docx")
    assert "là một thư mục" in info.value.message_vi


def test_spreadsheet_renamed(tmp_path):
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": rels(("officeDocument", "xl/workbook.xml")),
        "xl/workbook.xml": b"<workbook/>",
    }
    refuse(write_zip(tmp_path / "so-lieu.docx", parts), "là tệp Excel (.xlsx)")


# ---------------------------------------------------------------------------
# Damaged packages


@pytest.mark.parametrize("cut", [4, 30, 0.5, -200, -30, -10, -1])
def test_truncated_zip(tmp_path, cut):
    whole = write_zip(tmp_path / "whole.docx", good_parts()).read_bytes()
    n = int(len(whole) * cut) if isinstance(cut, float) else cut
    path = tmp_path / "cat-cut.docx"
    path.write_bytes(whole[:n])
    refuse(path, "bị cắt cụt hoặc hỏng")


def test_missing_word_document(tmp_path):
    parts = good_parts()
    del parts["word/document.xml"], parts["_rels/.rels"]
    refuse(write_zip(tmp_path / "a.docx", parts), "thiếu phần nội dung chính word/document.xml")


def test_missing_main_part_named_in_rels(tmp_path):
    parts = good_parts()
    parts["_rels/.rels"] = rels(("officeDocument", "word/document2.xml"))
    refuse(write_zip(tmp_path / "b.docx", parts), "thiếu phần nội dung chính word/document2.xml (được khai báo trong _rels/.rels)")


def test_missing_content_types(tmp_path):
    parts = good_parts()
    del parts["[Content_Types].xml"]
    refuse(write_zip(tmp_path / "c.docx", parts), "thiếu [Content_Types].xml")


def test_empty_zip(tmp_path):
    refuse(write_zip(tmp_path / "rong.docx", {}), "thiếu [Content_Types].xml")


def test_malformed_xml_in_document(tmp_path):
    parts = good_parts()
    parts["word/document.xml"] = document("<w:p><w:r><w:t>chưa đóng thẻ</w:r></w:p>")
    err = refuse(write_zip(tmp_path / "d.docx", parts), "phần word/document.xml không phải XML hợp lệ (dòng 2", read_main=True)
    assert "not well-formed XML" in err.message_en


def test_malformed_package_rels(tmp_path):
    parts = good_parts()
    parts["_rels/.rels"] = b"<Relationships><Relationship"
    refuse(write_zip(tmp_path / "e.docx", parts), "phần _rels/.rels không phải XML hợp lệ")


def test_empty_part(tmp_path):
    parts = good_parts()
    parts["word/document.xml"] = b""
    refuse(write_zip(tmp_path / "f.docx", parts), "phần word/document.xml trống", read_main=True)


def test_duplicate_names(tmp_path):
    parts = list(good_parts().items()) + [("word/document.xml", document("<w:p/>"))]
    with pytest.warns(UserWarning):
        path = write_zip(tmp_path / "trung.docx", parts)
    refuse(path, "gói ZIP có hai phần cùng tên “word/document.xml”")
    parts = list(good_parts().items()) + [("Word/Document.xml", document("<w:p/>"))]
    refuse(write_zip(tmp_path / "trung2.docx", parts), "gói ZIP có hai phần cùng tên")


def test_corrupted_deflate_stream(tmp_path):
    parts = good_parts()
    parts["word/document.xml"] = document("<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 2000)
    path = write_zip(tmp_path / "hong.docx", parts)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename)
    for i in range(start + 20, start + 60):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    refuse(path, "phần word/document.xml bị hỏng, không giải nén được", read_main=True)


def test_unsupported_compression(tmp_path):
    parts = good_parts()
    path = tmp_path / "bz.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_BZIP2 if name == "word/document.xml" else None)
    refuse(path, "phần word/document.xml dùng phương thức nén không được hỗ trợ (mã 12)")


def test_zip_level_encryption_flag(tmp_path):
    path = write_zip(tmp_path / "zc.docx", good_parts())
    path.write_bytes(patch_central(path.read_bytes(), "word/document.xml", flag=0x1))
    refuse(path, "được bảo vệ bằng mật khẩu")


def test_too_many_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(pkgmod, "MAX_ENTRIES", 5)
    refuse(write_zip(tmp_path / "nhieu.docx", good_parts()), "gói ZIP có quá nhiều phần (7 phần")


def test_zip64_end_record(tmp_path, monkeypatch):
    # Force zipfile to write a ZIP64 end record (as for > 65535 entries) on a small package.
    with monkeypatch.context() as m:
        m.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 3)
        path = write_zip(tmp_path / "z64.docx", good_parts())
    assert b"PK\x06\x06" in path.read_bytes()
    with open_package(path) as pkg:
        assert pkg.xml(pkg.main_part) is not None
    monkeypatch.setattr(pkgmod, "MAX_ENTRIES", 5)
    refuse(path, "gói ZIP có quá nhiều phần (7 phần")


def test_impossible_central_directory_size(tmp_path):
    path = write_zip(tmp_path / "cd.docx", good_parts())
    data = bytearray(path.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    struct.pack_into("<2H", data, eocd + 8, 60_000, 60_000)  # entries on this disk / in total
    path.write_bytes(bytes(data))
    refuse(path, "mục lục gói ZIP khai báo sai kích thước")


# ---------------------------------------------------------------------------
# Zip bombs


def test_declared_three_gigabytes(tmp_path):
    path = write_zip(tmp_path / "bom.docx", good_parts())
    path.write_bytes(patch_central(path.read_bytes(), "word/document.xml", size=3 * 2**30))
    t = time.perf_counter()
    refuse(path, "có phần nén bất thường (zip bomb?): word/document.xml khai báo 3.0 GB")
    assert time.perf_counter() - t < 1


def test_declared_bomb_in_secondary_part(tmp_path):
    path = write_zip(tmp_path / "bom2.docx", good_parts())
    path.write_bytes(patch_central(path.read_bytes(), "word/styles.xml", size=2**31))
    before = sha(path)
    with open_package(path) as pkg:  # not read yet: opening is fine
        with pytest.raises(InputError) as info:
            pkg.xml(pkg.related_part(pkg.main_part, "styles"))
    assert "zip bomb?" in info.value.message_vi and "word/styles.xml" in info.value.message_vi
    assert sha(path) == before


def test_compression_ratio_bomb(tmp_path):
    # 12 MB of blanks deflate ~1000:1: refused with the default limits, on the header alone.
    parts = good_parts()
    parts["word/document.xml"] = document(" " * (12 * 2**20))
    t = time.perf_counter()
    path = write_zip(tmp_path / "ratio.docx", parts)
    refuse(path, "zip bomb?): word/document.xml có tỉ lệ nén")
    assert time.perf_counter() - t < 2


def test_total_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(pkgmod, "MAX_TOTAL_SIZE", 2_000)
    parts = good_parts()
    parts["word/styles.xml"] = simple("styles") + b" " * 1500
    with open_package(write_zip(tmp_path / "tong.docx", parts)) as pkg:
        pkg.xml(pkg.main_part)
        with pytest.raises(InputError) as info:
            pkg.xml("word/styles.xml")
    assert "làm tổng dung lượng giải nén vượt giới hạn" in info.value.message_vi


def test_lying_header_is_bounded(tmp_path):
    # 20 MB of zeros declared as 1000 bytes: zipfile stops at the declared size and the CRC fails;
    # nothing near 20 MB is ever held in memory.
    parts = good_parts()
    parts["word/document.xml"] = b"\0" * (20 * 2**20)
    path = write_zip(tmp_path / "doi.docx", parts)
    path.write_bytes(patch_central(path.read_bytes(), "word/document.xml", size=1000))
    tracemalloc.start()
    try:
        t = time.perf_counter()
        refuse(path, "phần word/document.xml bị hỏng", read_main=True)
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 2
    assert peak < 12 * 2**20


def test_streaming_limit_holds_without_header_checks(tmp_path, monkeypatch):
    # The hard limit of the streaming read alone stops an inflating part.
    parts = good_parts()
    parts["word/document.xml"] = document(" " * (3 * 2**20))
    path = write_zip(tmp_path / "stream.docx", parts)
    monkeypatch.setattr(pkgmod, "MAX_PART_SIZE", 2**20)
    monkeypatch.setattr(pkgmod, "READ_CHUNK", 64 * 1024)
    monkeypatch.setattr(pkgmod.Package, "_check_declared", lambda self, part: self._parts[part.lower()][1])
    refuse(path, "zip bomb?): word/document.xml giải nén ra hơn 1.0 MB", read_main=True)


# ---------------------------------------------------------------------------
# Hostile XML

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">\n' for i in range(1, 10))
    + f']>\n<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
).encode()

XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
).encode()


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
@pytest.mark.parametrize("padding", [0, 10_000], ids=["doctype-at-top", "doctype-after-comments"])
def test_doctype_refused(tmp_path, payload, padding):
    # With padding, the DOCTYPE is beyond the cheap scan and only the post-parse check sees it;
    # either way the entities are never expanded (no time spent, nothing read from /etc).
    if padding:
        payload = payload.replace(b"?>\n", b"?>\n<!--" + b"x" * padding + b"-->\n", 1)
    parts = good_parts()
    parts["word/document.xml"] = payload
    t = time.perf_counter()
    err = refuse(write_zip(tmp_path / "dtd.docx", parts), "phần word/document.xml chứa khai báo DOCTYPE, không được phép trong .docx", read_main=True)
    assert time.perf_counter() - t < 1
    assert "root:" not in err.message_vi


def test_parser_never_expands_entities():
    # Even handed straight to the parser with the DOCTYPE hidden from the cheap scan, nothing
    # is expanded: libxml2 refuses the bomb outright or leaves the references unexpanded.
    hidden = BILLION_LAUGHS.replace(b"?>\n", b"?>\n<!--" + b"x" * 5000 + b"-->\n", 1)
    try:
        root = etree.fromstring(hidden, pkgmod._parser())
    except etree.XMLSyntaxError:
        pass
    else:
        assert len(etree.tostring(root)) < 1000
    hidden = XXE.replace(b"?>\n", b"?>\n<!--" + b"x" * 5000 + b"-->\n", 1)
    assert b"root:" not in etree.tostring(etree.fromstring(hidden, pkgmod._parser()))


def test_utf16_doctype_refused():
    data = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'.encode("utf-16")
    with pytest.raises(InputError) as info:
        parse_xml(data, "u.docx", "word/document.xml")
    assert "chứa khai báo DOCTYPE" in info.value.message_vi


def test_parse_xml_direct():
    assert parse_xml(b"<a><b/></a>", "x.docx").tag == "a"
    with pytest.raises(InputError) as info:
        parse_xml(b"<a>", "x.docx")
    assert info.value.message_vi.startswith("x.docx: không đọc được: không phải XML hợp lệ")


# ---------------------------------------------------------------------------
# Whatever the damage: InputError or a good read, never another exception.

_GOOD = None


def _good_bytes() -> bytes:
    global _GOOD
    if _GOOD is None:
        import io

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in good_parts().items():
                z.writestr(name, data)
        _GOOD = buf.getvalue()
    return _GOOD


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), max_size=6),
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_damage_never_escapes_as_other_exceptions(tmp_path, flips, cut):
    data = bytearray(_good_bytes())
    for pos, xor in flips:
        data[pos % len(data)] ^= xor
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = tmp_path / "fuzz.docx"
    path.write_bytes(bytes(data))
    try:
        with open_package(path) as pkg:
            for part in [pkg.main_part] + [pkg.related_part(pkg.main_part, k) for k in ("styles", "numbering", "footnotes")]:
                if part:
                    pkg.xml(part)
    except InputError as err:
        assert err.message_vi.startswith("fuzz.docx: không đọc được: ")


def test_excessive_nesting_is_named_in_vietnamese(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from docx_factory import make_docx

    body = "<w:tbl><w:tr><w:tc>" * 3000 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 3000
    path = make_docx(tmp_path / "deep.docx", body)
    with pytest.raises(InputError) as exc:
        with open_package(path) as pkg:
            pkg.xml(pkg.main_part)
    assert exc.value.message_vi == ("deep.docx: không đọc được: phần word/document.xml lồng nhau quá sâu "
                                    "(hơn 2.048 cấp: bảng trong bảng, liên kết trong liên kết)")

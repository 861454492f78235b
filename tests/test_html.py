"""--format html: one self-contained page; checked statically and in headless Chromium."""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from docx_factory import make_docx, p, table
from lxml import html as lhtml

from kiemtra_lint.cli import main

GAP_MD = ("**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\n<!-- kiemtra: bỏ qua KT101 -->\n"
          "Câu đầu. Trong năm hoàn thành 5 chỉ tiêu. Câu sau.\n")
CELL = ('<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>49 trường</w:t></w:r><w:commentRangeEnd w:id="1"/>'
        '<w:r><w:commentReference w:id="1"/></w:r></w:p>')
TRACKED = '<w:p><w:ins w:id="9" w:author="A"><w:r><w:t>Nội dung thêm.</w:t></w:r></w:ins></w:p>'


@pytest.fixture
def page(tmp_path, monkeypatch):
    """Findings of rules that are always there (KT0xx input, KT101), so that the page's shape is known."""
    monkeypatch.chdir(tmp_path)
    Path("gap.md").write_text(GAP_MD, encoding="utf-8")
    make_docx(Path("bang.docx"), p("I. KẾT QUẢ", bold=True) + TRACKED + p("1. Kinh tế", bold=True)
              + table([["Chỉ tiêu", "Kết quả"], ["Trường đạt chuẩn", CELL]]) + p("3. Xã hội", bold=True),
              comments='<w:comment w:id="1" w:author="B"><w:p><w:r><w:t>kiemtra: bỏ qua KT101</w:t></w:r></w:p>'
                       '</w:comment>')
    Path("hong.docx").write_bytes(b"not a zip")
    Path("sach.md").write_text("**I. KẾT QUẢ**\n\nNội dung.\n", encoding="utf-8")
    assert main(["check", "--format", "html", "-o", "out.html", "--select", "KT0,KT101",
                 "gap.md", "bang.docx", "hong.docx", "sach.md"]) == 2
    return tmp_path / "out.html"


def test_the_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert "default-src 'none'" in text
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#)""", text)  # no external resource at all
    assert "@import" not in text and "url(" not in text


def test_findings_by_section_and_by_family_each_in_its_sentence(page):
    doc = lhtml.fromstring(page.read_bytes())
    files = doc.xpath("//section[@class='file']")
    assert [f.xpath("string(h2/text())") for f in files] == ["gap.md", "bang.docx", "hong.docx", "sach.md"]
    gap, bang, hong, sach = files
    by_section = gap.xpath(".//div[@data-view='section']/section[@class='group']")
    assert [g.xpath("normalize-space(h4)") for g in by_section] == ["III HẠN CHẾ"]
    arts = by_section[0].xpath("article")
    assert [(a.get("data-rule"), a.get("data-sev"), a.get("data-family"), a.get("data-path")) for a in arts] == [
        ("KT101", "warning", "structure", "III."), ("KT010", "info", "input", "III.")]
    # each finding in its sentence, the flagged words marked
    assert arts[0].xpath("string(blockquote)") == "III. HẠN CHẾ"
    assert arts[0].xpath("string(blockquote/mark)") == "III."
    assert arts[0].xpath("normalize-space(ul[@class='related'])") == "↳ xem thêm I: I. KẾT QUẢ"
    by_family = gap.xpath(".//div[@data-view='family']/section[@class='group']")
    assert [g.xpath("normalize-space(h4)") for g in by_family] == ["Đầu vào (1)", "Cấu trúc (1)"]
    # a finding about the whole file comes first; a table cell says where it is
    groups = bang.xpath(".//div[@data-view='section']/section[@class='group']")
    assert [g.xpath("normalize-space(h4)") for g in groups] == ["Toàn văn bản", "I › 1 Kinh tế", "I › 3 Xã hội"]
    assert [a.get("data-rule") for a in groups[0].xpath("article")] == ["KT004"]
    assert groups[0].xpath("article/blockquote") == []
    cell = groups[1].xpath("article")[0]
    assert cell.xpath("normalize-space(.//span[@class='where'])") == "[bảng 1, hàng 2, cột 2]"
    assert cell.xpath("string(blockquote/mark)") == "49 trường"
    # the section tree, with the findings counted under each section
    tree = [(a.get("data-path"), a.xpath("normalize-space(span[@class='count'])")) for a in bang.xpath(".//nav//a")]
    assert tree == [("I.", "2"), ("I.␟1.", "1"), ("I.␟3.", "1")]
    assert hong.xpath("normalize-space(p[@class='error'])") == \
        "Không đọc được: hong.docx: không đọc được: không phải tệp .docx hợp lệ (không phải gói ZIP)"
    assert sach.xpath("normalize-space(.//p[@class='clean'])") == "Không có phát hiện nào."
    assert doc.xpath("normalize-space(//p[@class='totals'])") == \
        "4 tệp · 5 phát hiện: 0 lỗi, 2 cảnh báo, 3 thông tin"


def test_context_is_the_sentence_around_the_words():
    from kiemtra_lint.report.locate import context

    text = "Câu đầu. Trong năm đã đã hoàn thành 5 chỉ tiêu. Câu sau."
    at = text.index("đã")
    assert context(text, at, at + 2) == ("…Trong năm ", "đã", " đã hoàn thành 5 chỉ tiêu.…")
    assert context(text, 0, 3) == ("", "Câu", " đầu.…")
    assert context("x" * 300, 150, 151) == ("…" + "x" * 90, "x", "x" * 90 + "…")


def test_english_page_and_determinism(page, capsys):
    first = page.read_bytes()
    main(["check", "--format", "html", "-o", "out.html", "--select", "KT0,KT101",
          "gap.md", "bang.docx", "hong.docx", "sach.md"])
    assert page.read_bytes() == first
    main(["check", "--format", "html", "--lang", "en", "--select", "KT101", "gap.md"])
    out = capsys.readouterr().out
    doc = lhtml.fromstring(out.encode("utf-8"))
    assert doc.get("lang") == "en"
    assert doc.xpath("normalize-space(//article/p[@class='msg'])") == \
        "Heading numbering skips: “I.” is followed by “III.”; “II.” is missing"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")


def chromium(*args, timeout=120):
    profile = tempfile.mkdtemp(prefix="kiemtra-chromium-")
    try:
        return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                               "--no-first-run", "--disable-background-networking", "--disable-component-update",
                               "--disable-sync", f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def dom(page, fragment=""):
    proc = chromium("--dump-dom", page.as_uri() + fragment)
    doc = lhtml.fromstring(proc.stdout.encode("utf-8"))
    assert doc.xpath("string(//body/@data-ready)") == "1", proc.stderr[-2000:]  # the script ran to its end
    return doc


def shown(doc, view="section"):
    return [(a.get("data-file"), a.get("data-rule")) for a in doc.xpath(f"//div[@data-view='{view}']//article")
            if a.get("hidden") is None and not any(x.get("hidden") is not None for x in a.iterancestors())]


@needs_chromium
def test_filters_in_chromium(page):
    everything = dom(page)
    assert shown(everything) == [("0", "KT101"), ("0", "KT010"), ("1", "KT004"), ("1", "KT010"), ("1", "KT101")]
    assert everything.xpath("normalize-space(//span[@id='shown'])") == "Đang hiện 5 trên 5 phát hiện"
    structure = dom(page, "#fam=structure")
    assert shown(structure) == [("0", "KT101"), ("1", "KT101")]
    # the tree counts only what the filters let through
    counts = [(a.get("data-path"), a.xpath("string(span[@class='count'][not(@hidden)])"))
              for a in structure.xpath("//section[@data-file='1']//nav//a")]
    assert counts == [("I.", "1"), ("I.␟1.", ""), ("I.␟3.", "1")]
    assert shown(dom(page, "#sev=info")) == [("0", "KT010"), ("1", "KT004"), ("1", "KT010")]
    assert shown(dom(page, "#q=49%20tr%C6%B0%E1%BB%9Dng")) == [("1", "KT010")]  # "49 trường"
    assert shown(dom(page, "#file=1")) == [("1", "KT004"), ("1", "KT010"), ("1", "KT101")]
    by_family = dom(page, "#by=family")
    assert shown(by_family) == []
    assert shown(by_family, "family") == [("0", "KT010"), ("0", "KT101"), ("1", "KT004"), ("1", "KT010"),
                                          ("1", "KT101")]
    only_section = dom(page, "#path=I.%E2%90%9F1.&pathfile=1")
    assert shown(only_section) == [("1", "KT010")]
    assert only_section.xpath("normalize-space(//span[@id='section-filter'])") == "Chỉ mục: I. › 1. ✕"
    errors_only = dom(page, "#sev=error")
    assert shown(errors_only) == []
    # files with findings, none of them errors, fold away and say why
    assert [f.get("class") for f in errors_only.xpath("//section[starts-with(@class, 'file')]")] == \
        ["file nomatch", "file nomatch", "file", "file"]


@needs_chromium
def test_screenshot(page, tmp_path):
    png = tmp_path / "trang.png"
    chromium("--window-size=1280,1400", f"--screenshot={png}", page.as_uri())
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000

"""``kiemtra fix``: each certain fix a Word tracked change (issue 18).

The draft below is invented; each paragraph holds one slip whose fix is certain: a doubled
word (KT401), a tone mark placed against the rest of the draft (KT501), stray spaces in a
symbol, in the body and in a footnote (KT301), an invisible character and a no-break space
between words (KT502), a word stored decomposed (KT502).  Accepting every change must give
the fixed text, rejecting every change the original: checked on the XML, by kiemtra's own
reader (which reads a draft as if its changes were accepted) and through LibreOffice.
"""

import json
import shutil
import unicodedata
import zipfile

import pytest
from docx_factory import SEPARATORS, footnote, make_docx, note_ref, p, para, run
from lxml import etree
from test_annotate_libreoffice import convert_to_fodt

from kiemtra_lint.cli import main
from kiemtra_lint.readers import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NFD_HUYEN = unicodedata.normalize("NFD", "huyện")

ORIGINAL = [
    "Công tác hòa giải ở cơ sở được chú trọng, góp phần giữ hòa khí trong khu dân cư.",
    "Tổ hoà giải đã họp định kỳ định kỳ hằng quý.",
    "Thực hiện Nghị quyết số 07 - NQ/HU của Ban Thường vụ Huyện ủy¹.",
    "Kết quả\u200b tuyên truyền được nâng lên; công\u00a0tác kiểm tra được tăng cường.",
    "Cán bộ huyện tham gia đầy đủ các buổi sinh hoạt.",
]
FIXED = [
    ORIGINAL[0],
    "Tổ hòa giải đã họp định kỳ hằng quý.",
    "Thực hiện Nghị quyết số 07-NQ/HU của Ban Thường vụ Huyện ủy¹.",
    "Kết quả tuyên truyền được nâng lên; công tác kiểm tra được tăng cường.",
    ORIGINAL[4],
]
NOTE, NOTE_FIXED = "Theo Nghị quyết số 05 - NQ/HU.", "Theo Nghị quyết số 05-NQ/HU."
RULES = "KT301,KT401,KT501,KT502"


def draft(tmp_path):
    body = (p(ORIGINAL[0]) + p(ORIGINAL[1])
            + para(run("Thực hiện Nghị quyết số 07 - NQ/HU của Ban Thường vụ Huyện ủy"), note_ref(1), run("."))
            + p(ORIGINAL[3])
            + para(run("Cán bộ "), run(NFD_HUYEN), run(" tham gia đầy đủ các buổi sinh hoạt.")))
    return make_docx(tmp_path / "du-thao.docx", body, footnotes=SEPARATORS + footnote(1, NOTE))


@pytest.fixture
def fixed_copy(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    src, out = draft(tmp_path), tmp_path / "da-sua.docx"
    assert main(["fix", str(src), "-o", str(out), "--select", RULES]) == 0
    assert capsys.readouterr().err == (f"kiemtra: đã ghi 7 sửa đổi dạng theo dõi thay đổi vào {out} "
                                       "(KT301: 2, KT401: 1, KT501: 1, KT502: 3)\n")
    return src, out


def paragraph_texts(xml: bytes, accept: bool) -> list[str]:
    """Each w:p's text with every change accepted (w:del dropped) or rejected (w:ins dropped)."""
    root = etree.fromstring(xml)
    drop, keep_text = (f"{{{W}}}del", f"{{{W}}}t") if accept else (f"{{{W}}}ins", f"{{{W}}}delText")
    for el in list(root.iter(drop)):
        el.getparent().remove(el)
    out = []
    for para_el in root.iter(f"{{{W}}}p"):
        text = "".join(t.text or "" for t in para_el.iter(keep_text, f"{{{W}}}t"))
        out.append(unicodedata.normalize("NFC", text))
    return [t for t in out if t]


def test_json_carries_each_fix_with_its_span_and_replacement(tmp_path, capsys):
    src = draft(tmp_path)
    assert main(["check", "--format", "json", "--select", RULES, "--fail-on", "warning", str(src)]) == 1
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    got = [(f["rule"], f["location"]["block"], f["fix"]) for f in findings]
    assert got == [
        ("KT501", 1, {"start": 3, "end": 6, "excerpt": "hoà", "replacement": "hòa"}),
        ("KT401", 1, {"start": 26, "end": 34, "excerpt": " định kỳ", "replacement": ""}),
        ("KT301", 2, {"start": 24, "end": 34, "excerpt": "07 - NQ/HU", "replacement": "07-NQ/HU"}),
        ("KT301", 3, {"start": 19, "end": 29, "excerpt": "05 - NQ/HU", "replacement": "05-NQ/HU"}),
        ("KT502", 4, {"start": 7, "end": 8, "excerpt": "\u200b", "replacement": ""}),
        ("KT502", 4, {"start": 41, "end": 42, "excerpt": "\u00a0", "replacement": " "}),
        ("KT502", 5, {"start": 7, "end": 12, "excerpt": "huyện", "replacement": "huyện"}),
    ]


def test_accepting_all_gives_the_fixed_text_and_rejecting_all_the_original(fixed_copy):
    src, out = fixed_copy
    with zipfile.ZipFile(out) as z:
        body, notes = z.read("word/document.xml"), z.read("word/footnotes.xml")
    nfc = [unicodedata.normalize("NFC", t) for t in ORIGINAL]
    assert paragraph_texts(body, accept=True) == [t.replace("¹", "") for t in FIXED]
    assert paragraph_texts(body, accept=False) == [t.replace("¹", "") for t in nfc]
    assert paragraph_texts(notes, accept=True) == [" " + NOTE_FIXED]
    assert paragraph_texts(notes, accept=False) == [" " + NOTE]
    # kiemtra's reader reads the copy as if every change were accepted, and says changes are there
    doc = read_document(str(out))
    assert [b.text for b in doc.blocks if b.kind != "footnote"] == [t.replace("¹", "") for t in FIXED]
    assert [b.text for b in doc.blocks if b.kind == "footnote"] == [NOTE_FIXED]
    # the NFD word is deleted as it was stored and inserted precomposed
    assert NFD_HUYEN.encode("utf-8") in body and "huyện tham".encode("utf-8") not in body


def test_changes_carry_author_date_and_distinct_ids(fixed_copy):
    _, out = fixed_copy
    with zipfile.ZipFile(out) as z:
        roots = [etree.fromstring(z.read(n)) for n in ("word/document.xml", "word/footnotes.xml")]
    changes = [el for root in roots for el in root.iter(f"{{{W}}}ins", f"{{{W}}}del")]
    assert len(changes) == 12  # 7 deletions, 5 insertions (KT401 and the invisible character only delete)
    assert {(c.get(f"{{{W}}}author"), c.get(f"{{{W}}}date")) for c in changes} == \
        {("kiemtra-lint", "2023-11-14T22:13:20Z")}
    ids = [c.get(f"{{{W}}}id") for c in changes]
    assert len(set(ids)) == len(ids)


def test_nothing_uncertain_is_changed_and_the_input_is_refused_as_output(tmp_path, capsys):
    src = make_docx(tmp_path / "d.docx", p("Có 49/53 xã đạt chuẩn, bằng 90,5%."))
    out = tmp_path / "o.docx"
    assert main(["fix", str(src), "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"kiemtra: đã ghi 0 sửa đổi dạng theo dõi thay đổi vào {out}\n"
    with zipfile.ZipFile(out) as z:
        assert b"w:ins" not in z.read("word/document.xml") and b"w:del" not in z.read("word/document.xml")
    assert main(["fix", str(src), "-o", str(src), "--force"]) == 2
    assert "trùng với tệp đầu vào" in capsys.readouterr().err
    assert main(["fix", str(tmp_path / "d.md"), "-o", str(tmp_path / "o.md")]) == 2
    assert "chỉ ghi sửa đổi được vào tệp Word" in capsys.readouterr().err


# --- LibreOffice: the copy's changes as a reviewer sees them ---------------------------------

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def libreoffice_texts(path, tmp_path, accept: bool):
    """(paragraphs, notes) of the copy as LibreOffice reads it, every tracked change accepted or
    rejected: LibreOffice keeps both kinds as ranges (text:change-start/-end) in the text."""
    root = convert_to_fodt(path, tmp_path)
    kinds = {}
    for region in root.iter(f"{{{TEXT}}}changed-region"):
        kinds[region.get(f"{{{TEXT}}}id")] = etree.QName(region[0]).localname  # insertion | deletion
    assert set(kinds.values()) <= {"insertion", "deletion"}
    dropped = "deletion" if accept else "insertion"

    def text_of(el):
        out: list[str] = []
        note = change = None  # inside a nested note's body; inside a dropped change (its id)
        for event, node in etree.iterwalk(el, events=("start", "end")):
            tag = node.tag
            if event == "start":
                if tag == f"{{{TEXT}}}note-body" and node is not el and note is None:
                    note = node
                elif note is None and change is None:
                    if tag == f"{{{TEXT}}}change-start" and kinds[node.get(f"{{{TEXT}}}change-id")] == dropped:
                        change = node.get(f"{{{TEXT}}}change-id")
                    elif tag == f"{{{TEXT}}}s":
                        out.append(" " * int(node.get(f"{{{TEXT}}}c", "1")))
                    elif node.text and tag != f"{{{TEXT}}}note-citation":
                        out.append(node.text)
                if tag == f"{{{TEXT}}}change-end" and node.get(f"{{{TEXT}}}change-id") == change:
                    change = None
            else:
                if node is note:
                    note = None
                if node is not el and node.tail and note is None and change is None:
                    out.append(node.tail)
        return unicodedata.normalize("NFC", "".join(out))

    body = root.find(f".//{{{OFFICE}}}text")
    paragraphs = [text_of(e) for e in body if e.tag == f"{{{TEXT}}}p"]
    notes = [text_of(n.find(f"{{{TEXT}}}note-body")).strip() for n in root.iter(f"{{{TEXT}}}note")]
    return paragraphs, notes


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                                            "apt-get install libreoffice-writer to run the round-trip tests")
def test_libreoffice_accept_all_gives_the_fixed_text_reject_all_the_original(fixed_copy, tmp_path):
    src, out = fixed_copy
    nfc = [unicodedata.normalize("NFC", t) for t in ORIGINAL]
    assert libreoffice_texts(out, tmp_path, accept=True) == ([t.replace("¹", "") for t in FIXED], [NOTE_FIXED])
    assert libreoffice_texts(out, tmp_path, accept=False) == ([t.replace("¹", "") for t in nfc], [NOTE])
    assert libreoffice_texts(src, tmp_path, accept=True) == ([t.replace("¹", "") for t in nfc], [NOTE])


def test_a_fix_across_runs_and_one_inside_an_earlier_tracked_change(tmp_path, capsys, monkeypatch):
    """The doubled phrase's second copy sits across two runs (bold, then plain): both pieces are
    deleted, each in its own w:del, formats kept.  A fix whose words are inside someone's earlier
    w:ins is left for a person (rejecting all changes rejects that insertion too)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    earlier = ('<w:ins w:id="90" w:author="Chuyên viên" w:date="2023-01-01T00:00:00Z">'
               + run("Kết quả\u200b tốt.") + "</w:ins>")
    src = make_docx(tmp_path / "d.docx", para(run("Tổ họp định kỳ đị", bold=True), run("nh kỳ.")) + para(earlier))
    out = tmp_path / "o.docx"
    assert main(["fix", str(src), "-o", str(out), "--select", "KT401,KT502"]) == 0
    assert capsys.readouterr().err == (f"kiemtra: đã ghi 1 sửa đổi dạng theo dõi thay đổi vào {out} (KT401: 1); "
                                       "1 chỗ để người sửa (không sửa đúng được từng chữ)\n")
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml")
    assert paragraph_texts(body, accept=True) == ["Tổ họp định kỳ.", "Kết quả\u200b tốt."]
    assert paragraph_texts(body, accept=False) == ["Tổ họp định kỳ định kỳ."]
    root = etree.fromstring(body)
    assert [("".join(d.itertext()), d.find(f"{{{W}}}r/{{{W}}}rPr/{{{W}}}b") is not None)
            for d in root.iter(f"{{{W}}}del")] == [(" đị", True), ("nh kỳ", False)]


def test_one_syllable_typed_twice_gets_no_fix(tmp_path, capsys):
    """KT401 speaks, but one syllable twice is often two words meeting at a compound's edge
    ("giao thông thông minh"): deleting one would break a correct sentence, so no fix."""
    path = tmp_path / "d.md"
    path.write_text("Tổ hòa giải đã đã họp.\n\nPhát triển giao thông thông minh.\n", encoding="utf-8")
    main(["check", "--format", "json", "--select", "KT401", str(path)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    # ("giao thông thông minh" is two words meeting: since the word segmenter, KT401 is silent there)
    assert [(f["excerpt"], f["fix"]) for f in findings] == [("đã", None)]


def test_a_symbol_gets_a_fix_only_for_its_separators(tmp_path, capsys):
    """KT301's fix is certain for stray spaces and separators; a misspelt type code (a translation's
    "ND-CP") or words run into the symbol ("NĐ-CP - Tiêu") get the finding and no fix."""
    path = tmp_path / "d.md"
    path.write_text("Theo Thông tư số 12/2021/TT- BTC ngày 05/3/2021.\n\n"
                    "Under Decree No. 45/2019/ND-CP of the Government.\n\n"
                    "Điều 5 Nghị định số 45/2019/NĐ-CP - Tiêu chí xét chọn.\n", encoding="utf-8")
    main(["check", "--format", "json", "--select", "KT301", str(path)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    # (the translation's "ND-CP" and the symbol followed by "- Tiêu" are no KT301 findings at all now)
    assert [(f["excerpt"], f["fix"] and f["fix"]["replacement"]) for f in findings] == [
        ("12/2021/TT- BTC", "12/2021/TT-BTC")]

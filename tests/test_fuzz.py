"""Fuzzing: mutated valid drafts never crash ``kiemtra check``.

Each case takes a valid .docx (the samples, and a seed built here with numbering,
footnotes, comments, tracked changes, fields, a text box and nested tables) and applies
1-4 mutations: at the XML level (drop, duplicate or move an element, shuffle an element's
children, corrupt / remove / add an attribute, set an attribute to an edge number or code
point, point a relationship elsewhere, replace a text) in any part, or at the ZIP level
(truncate, flip bytes); then one more command (another output format, tree, annotate).  The command must leave the file as it was, answer with exit
0, 1 or 2 and valid JSON
in which every finding's excerpt is its text[start:end] and every unreadable file has a
message naming it; a rule that raises fails the test (KIEMTRA_STRICT=1, see conftest).

The suite runs a fixed, small number of examples (derandomized: the same cases every
run); ``python bench/fuzz.py --cases 10000`` runs many more with the same mutations.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import signal
import zipfile
from copy import deepcopy
from pathlib import Path

import pytest
from docx_factory import SEPARATORS, footnote, make_docx, note_ref, numbered, p, para, run, table
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from lxml import etree

from kiemtra_lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = 120
CASE_SECONDS = 20  # one case taking longer than this is a hang

GARBAGE = ["", "0", "-1", "1", "9", "10", "99999999999999999999999", "-2147483649", "x", "%1.%2.%9.%0", "%%",
           "decimal", "bullet", "upperRoman", "none", "center", "restart", "continue", "begin", "separate", "end",
           "true", "false", "off", "ﬀ", "Ủy ban", "ủy", "../../../../etc/passwd", "http://example.invalid/",
           "Heading1", "Normal", "rId1", "rId999", "FFFF", "F0B7", "12.5", "1e309", "nan", " " * 50]
TEXTS = ["", " ", "49/53", "đạt 92,5%", "1.500.050,30", "35-NQ/TW ngày 22/10/2018", "30/02/2023", "I.", "1.1.",
         "a)", "Phần thứ nhất", "……", "XXX", "\u0301\u0300", "Uû ban nh©n d©n", "ngày 05 tháng 7 năm 2023",
         "9" * 400, "đã đã đã", "Tổng số 09, trong đó 02 và 07", "\t\n", "&<>\"'"]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ATTRS = ["val", "id", "numId", "ilvl", "abstractNumId", "type", "styleId", "fldCharType", "char", "ascii", "author"]
# Attribute values at the edges, for every attribute read as a number, a code point, an id or
# a target (issue 13): out of int32/int64 and of the code point range, surrogates,
# non-characters, controls, a number past Python's 4,300-digit limit, relationship targets
# pointing at the package's own parts, outside it or nowhere.
NUMBERS = ["0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1" * 20, "9" * 5000,
           "110000", "10FFFF", "D800", "DFFF", "FFFE", "FFFF", "FDD0", "1B", "7F", "9B", "0000", "F020", "-0",
           "+5", " 3 ", "1_000", "٣", "0x1F", "1e3", "64", "65", "1000000"]
TARGETS = ["[Content_Types].xml", "/[Content_Types].xml", "_rels/.rels", "../_rels/.rels", "document.xml",
           "/word/document.xml", "styles.xml", "numbering.xml", "footnotes.xml", "../../../../etc/passwd",
           "file:///etc/passwd", "http://example.invalid/x.xml", "", " ", "%2e%2e/x", "word/../word/styles.xml",
           "a" * 300, "x.xml#frag", "\\server\\share"]


# ---------------------------------------------------------------------------
# Seeds


def rich_seed(path: Path) -> Path:
    """A small draft that uses most of what the reader reads."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>'
        "</w:lvlOverride></w:num>")
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    textbox = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic>'
               '<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' + p("Hộp văn bản: 12/15 xã đạt 80%.")
               + '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>'
               '</mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>')
    body = "".join([
        p("BÁO CÁO", bold=True, ppr='<w:jc w:val="center"/>'),
        p("Kết quả thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018", bold=True, ppr='<w:jc w:val="center"/>'),
        numbered("KẾT QUẢ ĐẠT ĐƯỢC", 1, 0, bold=True),
        numbered("Về công tác tư tưởng", 1, 1, bold=True),
        numbered("Học tập nghị quyết", 1, 2, bold=True),
        para(run("Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%"), note_ref(1), run(" trong năm."),
             '<w:ins w:id="1" w:author="A">' + run(" Đã đã bổ sung.") + "</w:ins>",
             '<w:del w:id="2" w:author="A"><w:r><w:delText>bỏ</w:delText></w:r></w:del>'),
        para(run("Trang "), field, '<w:commentRangeStart w:id="0"/>', run("Tổng số 09 đảng viên bị kỷ luật, trong "
             "đó 02 cảnh cáo, 06 khiển trách."), '<w:commentRangeEnd w:id="0"/>', note_ref(2)),
        para(run("Đoạn có hộp văn bản."), textbox),
        numbered("HẠN CHẾ", 2, 0, bold=True),
        table([["TT", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ"], ["1", "Xã An", "10", "9", "90"],
               ["2", "Xã Bình", "20", "15", "75"], ["", "Tổng", "30", "24", "80"],
               ["3", table([["lồng", "nhau"], ["1", "2"]]), "", "", ""]]),
        p("Nơi nhận:", bold=True), p("T/M HUYỆN ỦY", bold=True),
    ])
    notes = SEPARATORS + footnote(1, "Theo Quyết định số 123/QĐ-UBND ngày 15/3/2021.") + footnote(2, "Số liệu 2023.")
    comments = '<w:comment w:id="0" w:author="B"><w:p><w:r><w:t>kiemtra: bỏ qua KT201</w:t></w:r></w:p></w:comment>'
    return make_docx(path, body, footnotes=notes, numbering=numbering, comments=comments)


def seed_files(folder: Path) -> list[Path]:
    seeds = [rich_seed(folder / "seed-rich.docx")]
    seeds += sorted((ROOT / "samples").glob("*.docx"))
    return seeds


def load_seed(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(info, z.read(info)) for info in z.infolist()]


# ---------------------------------------------------------------------------
# Mutations, written against a chooser so that hypothesis and a plain random
# generator (bench/fuzz.py) drive the same code.


class RandomChooser:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def integer(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def pick(self, items):
        return items[self.rng.randrange(len(items))]


class DataChooser:
    def __init__(self, data) -> None:
        self.data = data

    def integer(self, lo: int, hi: int) -> int:
        return self.data.draw(st.integers(lo, hi))

    def pick(self, items):
        return items[self.data.draw(st.integers(0, len(items) - 1))]


def mutate_xml(data: bytes, c) -> tuple[bytes, str]:
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError:
        return data, "unparsable part left as is"
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    if len(elements) < 2:
        return data, "too small"
    el = elements[c.integer(1, len(elements) - 1)]
    parent = el.getparent()
    op = c.pick(["drop", "duplicate", "move", "shuffle", "attr", "attr-drop", "attr-add", "text", "unwrap",
                 "number", "target"])
    name = etree.QName(el).localname
    if op == "drop":
        parent.remove(el)
    elif op == "duplicate":
        parent.insert(parent.index(el) + c.integer(0, 1), deepcopy(el))
    elif op == "move":
        target = elements[c.integer(0, len(elements) - 1)]
        if el not in target.iterancestors() and target is not el:
            parent.remove(el)
            target.insert(c.integer(0, len(target)), el)
    elif op == "shuffle":
        children = list(el)
        order = [children[c.integer(0, len(children) - 1)] for _ in children] if children else []
        for child in children:
            el.remove(child)
        seen = set()
        for child in order + children:
            if id(child) not in seen:
                seen.add(id(child))
                el.append(child)
    elif op in ("attr", "attr-drop") and el.attrib:
        key = c.pick(sorted(el.attrib))
        if op == "attr":
            el.set(key, c.pick(GARBAGE))
        else:
            del el.attrib[key]
    elif op == "attr-add":
        el.set(f"{{{W_NS}}}{c.pick(ATTRS)}", c.pick(GARBAGE))
    elif op == "number" and el.attrib:  # an edge value in any attribute, often a numeric one
        el.set(c.pick(sorted(el.attrib)), c.pick(NUMBERS))
    elif op == "target":  # a relationship's target (or any element's first attribute)
        rels = [e for e in elements if e.get("Target") is not None]
        (rels[c.integer(0, len(rels) - 1)] if rels else el).set("Target", c.pick(TARGETS))
    elif op == "text":
        el.text = c.pick(TEXTS)
    elif op == "unwrap":  # replace an element by its children
        index = parent.index(el)
        parent.remove(el)
        for i, child in enumerate(list(el)):
            parent.insert(index + i, child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), f"{op} <{name}>"


def build_case(entries: list[tuple[zipfile.ZipInfo, bytes]], c) -> tuple[bytes, list[str]]:
    """Bytes of a mutated .docx and the list of what was done."""
    parts = dict((info.filename, data) for info, data in entries)
    xml_names = [info.filename for info, _ in entries if info.filename.endswith((".xml", ".rels"))]
    done = []
    for _ in range(c.integer(1, 4)):
        name = c.pick(xml_names)
        parts[name], what = mutate_xml(parts[name], c)
        done.append(f"{name}: {what}")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info, _ in entries:
            z.writestr(info.filename, parts[info.filename])
    blob = buf.getvalue()
    level = c.integer(0, 9)
    if level == 0:  # truncate
        cut = c.integer(0, len(blob))
        blob = blob[:cut]
        done.append(f"zip: truncated at {cut}")
    elif level == 1:  # flip bytes
        data = bytearray(blob)
        for _ in range(c.integer(1, 8)):
            at = c.integer(0, len(data) - 1)
            data[at] ^= 1 << c.integer(0, 7)
        blob = bytes(data)
        done.append("zip: flipped bytes")
    return blob, done


class Hang(Exception):
    pass


def _alarm(*_):
    raise Hang(f"no answer in {CASE_SECONDS} s")


COMMANDS = [("check", "--format", "sarif"), ("check", "--format", "html"), ("check", "--format", "github"),
            ("check", "--format", "terminal"), ("tree", "--format", "json"), ("annotate", "-o", "{out}", "--force")]


def run_command(blob: bytes, path: Path, command: tuple[str, ...]) -> int:
    """Run one more command on ``blob`` in-process (every output format, tree, annotate);
    its output is thrown away; any exception or a hang propagates; the input must not change."""
    path.write_bytes(blob)
    out = path.with_name("annotated" + path.suffix)
    args = [command[0], str(path), *(a.format(out=out) for a in command[1:])]
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert path.read_bytes() == blob, "the input file changed"
    assert code in (0, 1, 2), (args, code)
    return code


def check_bytes(blob: bytes, path: Path) -> dict:
    """Run ``kiemtra check --format json`` on ``blob`` in-process; return the parsed output.

    Any exception (a reader crash, a rule crash under KIEMTRA_STRICT, a hang) propagates.
    """
    path.write_bytes(blob)
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", "--format", "json", "--fail-on", "error", str(path)])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert path.read_bytes() == blob, "the input file changed"
    assert code in (0, 1, 2), (code, err.getvalue())
    data = json.loads(out.getvalue())
    (result,) = data["files"]
    if code == 2:
        assert result["error"] and result["error"].startswith(f"{path.name}: "), result["error"]
    for f in result["findings"]:
        loc = f["location"]  # None for a finding about the whole file
        if loc and loc["start"] is not None and loc["end"] is not None:
            assert f["text"][loc["start"]:loc["end"]] == f["excerpt"], f
    return data


# ---------------------------------------------------------------------------
# The suite


class Seeds(tuple):
    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return f"Seeds({len(self[1])} drafts)"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    return Seeds((folder, [load_seed(s) for s in seed_files(folder)]))


def test_seeds_are_valid(seeds):
    folder, entries = seeds
    for i, e in enumerate(entries):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for info, data in e:
                z.writestr(info.filename, data)
        assert check_bytes(buf.getvalue(), folder / f"seed-{i}.docx")["files"][0]["error"] is None


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_mutated_drafts_never_crash(seeds, data):
    folder, entries = seeds
    c = DataChooser(data)
    blob, done = build_case(c.pick(entries), c)
    note(done)
    check_bytes(blob, folder / "mutant.docx")
    run_command(blob, folder / "mutant.docx", c.pick(COMMANDS))

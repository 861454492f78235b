#!/usr/bin/env python3
"""The hostile-input table: every case of tests/test_hostile.py, and those of issues 13 and
20 (MORE_CASES below; their behaviour is asserted in tests/test_reader_*hostile*.py,
test_reader_unreadable.py, test_text_linear.py), measured.

    python bench/hostile.py               writes bench/hostile.md (and prints it)
    python bench/hostile.py --only zip-bomb nfd

Each input is built in a temporary folder and checked twice by the real CLI in a child
process under the suite's limits (RLIMIT_AS 500 MB; killed after 15 s wall): with the
input rules only (the reader) and with every rule.  For each: exit code, the file's
message (the first line of the output that names the file), wall and CPU time, peak RSS;
inputs are hashed before and after.
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import os
import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import test_hostile as H  # noqa: E402
from docx_factory import NS, make_docx, p  # noqa: E402


def _text(data: str | bytes):
    def build(path: Path) -> Path:
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path
    return build


def strict_docx(path: Path) -> Path:
    make_docx(path, p("Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%."))
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    strict = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
    return H.write_parts(path, {n: d.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", strict)
                                for n, d in parts.items()})


def main_part_is(target: str):
    def build(path: Path) -> Path:
        parts = H.basic_parts()
        parts["_rels/.rels"] = parts["_rels/.rels"].replace("word/document.xml", target)
        return H.write_parts(path, parts)
    return build


def damaged_secondaries(path: Path) -> Path:
    parts = H.basic_parts()
    parts["word/_rels/document.xml.rels"] = H.doc_rels("styles", "numbering", "footnotes")
    parts["word/numbering.xml"] = "<w:numbering"
    parts["word/footnotes.xml"] = "not xml"
    return H.write_parts(path, parts)


def bad_symbols(path: Path) -> Path:
    syms = "".join(f'<w:r><w:sym w:font="Symbol" w:char="{c}"/></w:r>'
                   for c in ("110000", "-1", "12345678901234567890", "D800", "FFFE", "FFFF", "1B"))
    return make_docx(path, p("BÁO CÁO") + f"<w:p><w:r><w:t>Kết quả</w:t></w:r>{syms}</w:p>")


def inflated(path: Path, megabytes: int = 250) -> Path:
    """document.xml of ~250 MB of varied paragraphs (about 25:1 packed; the issue had 47:1): over the 64 MB bound."""
    paragraph = "".join(p(f"Đoạn số {i}: kết quả thực hiện chỉ tiêu {i % 97}/97.") for i in range(2000)).encode()
    body = paragraph * (megabytes * 2**20 // len(paragraph))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'.encode()
           + body + b"<w:sectPr/></w:body></w:document>")
    parts = H.basic_parts()
    parts["word/document.xml"] = xml
    return H.write_parts(path, parts)


def default_ns_paragraphs(n: int, varied: bool):
    """n paragraphs in the default namespace ("<p/>": 4 bytes each, under the ratio check's
    10 MB floor), empty or of a few random letters (which also pack under 200:1)."""
    def build(path: Path) -> Path:
        rng = random.Random(n)
        body = "".join(f"<p><r><t>{rng.choice('abcdeghiklmnopqrstuvxy')}{rng.randint(0, 999)}</t></r></p>"
                       for _ in range(n)) if varied else "<p/>" * n
        parts = H.basic_parts()
        parts["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<document xmlns='
                                      '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>'
                                      + body + "</body></document>")
        return H.write_parts(path, parts)
    return build


def label_bomb(path: Path) -> Path:
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1000000"/>'
                 f'<w:numFmt w:val="upperLetter"/><w:lvlText w:val="{"%1" * 50}"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:numFmt w:val="custom" w:format="' + "0" * 5_000_000 + '1, 02, 03"/>'
                 '<w:lvlText w:val="%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = "".join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{i % 2}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                   '<w:r><w:t>Mục</w:t></w:r></w:p>' for i in range(2000))
    return make_docx(path, body, numbering=numbering)


MORE_CASES = [
    H.Case("strict", "Strict Open XML (same text as a Transitional draft with a wrong figure)", "strict.docx",
           strict_docx, (1,), None),
    H.Case("main-ct", "main part declared as [Content_Types].xml", "chinh-ct.docx",
           main_part_is("[Content_Types].xml"), (2,), "phần nội dung chính được khai báo là [Content_Types].xml"),
    H.Case("main-rels", "main part declared as _rels/.rels", "chinh-rels.docx", main_part_is("_rels/.rels"), (2,),
           "phần nội dung chính được khai báo là _rels/.rels"),
    H.Case("bad-secondary", "malformed numbering.xml and footnotes.xml (body fine)", "phu-hong.docx",
           damaged_secondaries, (1,), "đã bỏ qua phần này"),
    H.Case("sym", "w:sym out of range, surrogate, non-character, ESC", "ky-hieu.docx", bad_symbols, (1,),
           "không đọc được (byte hoặc mã ký tự hỏng trong tệp)"),
    H.Case("inflate-250", "document.xml inflating to 250 MB (packed ~25:1)", "phinh.docx", inflated, (2,),
           "vượt giới hạn 64.0 MB"),
    H.Case("empty-1.75m", "1,750,000 empty paragraphs (<p/>, 7 MB inflated)", "rong-175.docx",
           default_ns_paragraphs(1_750_000, False), (2,), "có quá nhiều phần tử XML"),
    H.Case("empty-1.4m", "1,400,000 empty paragraphs (under the element bound)", "rong-140.docx",
           default_ns_paragraphs(1_400_000, False), (2,), "văn bản có quá nhiều đoạn"),
    H.Case("tiny-1m", "1,000,000 tiny paragraphs of varied text", "nho-1m.docx",
           default_ns_paragraphs(1_000_000, True), (2,), "có quá nhiều phần tử XML"),
    H.Case("labels", "numbering: start 1,000,000 upperLetter, lvlText %1 x50, 5 million zeros, 2,000 paragraphs",
           "nhan.docx", label_bomb, (0, 1), None),
    H.Case("dots-8k", "one paragraph of '1.' x 8,000", "cham-8k.txt", _text("1." * 8000), (0, 1), None),
    H.Case("dots-10k", "one paragraph of '1.' x 10,000", "cham-10k.txt", _text("1." * 10000), (0, 1), None),
    H.Case("ones-20k", "'1' x 20,000", "mot.txt", _text("1" * 20000), (0, 1), None),
    H.Case("md-unclosed-40k", "unclosed '<!--' then 40,000 lines", "mo-40k.md", _text("<!--\n" + "x\n" * 40000),
           (0, 1), None),
    H.Case("md-unclosed-100k", "unclosed '<!--' then 100,000 lines", "mo-100k.md",
           _text("<!--\n" + "x\n" * 100000), (0, 1), None),
    H.Case("md-opens-line", "one line of '<!--' x 60,000", "mo-dong.md", _text("<!--" * 60000), (0, 1), None),
    H.Case("md-notes", "'[^' x 40,000", "chu-thich.md", _text("[^" * 40000), (0, 1), None),
    H.Case("md-atx", "ATX heading with 90,000 spaces", "de-muc.md", _text("#" + " " * 90000 + "x"), (0, 1), None),
    H.Case("md-table-rule", "table rule with 20,000 spaces", "bang.md", _text("| a |\n|--" + " " * 20000 + "x|\n"),
           (0, 1), None),
    H.Case("zwj", "'a' + zero-width joiner x 20,000", "zwj.txt", _text("a" + "\u200d" * 20000), (0, 1), None),
    H.Case("escapes", "escape sequences in a .txt (title, clear screen)", "esc.txt",
           _text("\x1b]0;tieu de\x07\x1b[2JToàn huyện có 49/53 trường đạt chuẩn.\n"), (1,), "không đọc được"),
    H.Case("utf32", "UTF-32 with BOM, a wrong figure", "utf32.txt",
           _text(codecs.BOM_UTF32_LE + "Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%.\n".encode("utf-32-le")),
           (1,), None),
    H.Case("utf16-odd", "UTF-16 with an odd byte and a lone surrogate", "utf16.txt",
           _text(codecs.BOM_UTF16_LE + "Báo cáo kết quả.\n".encode("utf-16-le") + b"\x00\xd8A\x00B"), (1,),
           "không đọc được"),
]


def message(outcome) -> str:
    """The file's error, else its input findings (KT0xx), else how many findings it got."""
    try:
        data = json.loads(outcome.stdout)
    except ValueError:
        return ""
    f = data["files"][0]
    if f["error"]:
        return f["error"].split(": ", 1)[1]
    notes = [x["message"] for x in f["findings"] if x["rule"].startswith("KT0")]
    s = data["summary"]
    counts = f"{s['errors']} lỗi, {s['warnings']} cảnh báo, {s['infos']} thông tin"
    return (notes[0][:90] + " … — " if notes else "đọc được — ") + counts


def main() -> None:
    ap = argparse.ArgumentParser(description="measure the hostile inputs; writes bench/hostile.md")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--output", type=Path, default=HERE / "hostile.md")
    args = ap.parse_args()
    cases = [c for c in H.CASES + MORE_CASES if not args.only or c.id in args.only]
    load = os.getloadavg()[0]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in cases:
            path = case.build(folder / case.name) or folder / case.name
            size = path.stat().st_size
            before = hashlib.sha256(path.read_bytes()).hexdigest()
            reader = H.run_bounded(["check", "--select", "KT0", str(path)], folder)
            full = H.run_bounded(["check", "--format", "json", str(path)], folder)
            same = hashlib.sha256(path.read_bytes()).hexdigest() == before
            tb = "Traceback" in reader.stdout + reader.stderr + full.stdout + full.stderr
            rows.append((case, size, reader, full, same, tb))
            print(f"{case.id}: reader {reader.code} {reader.cpu:.2f}s, all rules {full.code} {full.cpu:.2f}s "
                  f"{'TIMEOUT' if full.timed_out else ''}", file=sys.stderr)
    lines = ["# Hostile inputs", "",
             f"`python bench/hostile.py` on {time.strftime('%Y-%m-%d %H:%M')}. Each input checked by the real CLI in a "
             f"child process (RLIMIT_AS {H.MEMORY_LIMIT_MB} MB, killed after {H.WALL_LIMIT:.0f} s wall); bound: "
             f"< {H.TIME_LIMIT:.0f} s CPU and < {H.MEMORY_LIMIT_MB} MB RSS. \"reader\" = `--select KT0` (reading "
             "and the input rules), \"all rules\" = the default selection. Every input's SHA-256 was the same "
             "after both commands; no output held a traceback, unless the last column says so. Wall times "
             f"depend on the machine's load (load average {load:.1f} on {os.cpu_count()} cores when "
             "this run began); the CPU times are each process's own.", "",
             "| input | size | exit (reader / all) | message | reader wall / CPU s | all rules wall / CPU s | "
             "peak RSS MB (reader / all) | hash kept, no traceback |",
             "|---|---:|---|---|---:|---:|---:|---|"]
    for case, size, reader, full, same, tb in rows:
        size_s = f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"
        msg = message(full) if not full.timed_out else "(all rules: no answer in time; reader: exit %d)" % reader.code
        full_t = "killed at 15 s" if full.timed_out else f"{full.wall:.2f} / {full.cpu:.2f}"
        full_code = "—" if full.timed_out else str(full.code)
        lines.append(f"| {case.what} | {size_s} | {reader.code} / {full_code} | {msg.replace('|', '/')} | "
                     f"{reader.wall:.2f} / {reader.cpu:.2f} | {full_t} | {reader.rss_mb:.0f} / {full.rss_mb:.0f} | "
                     f"{'yes' if same and not tb else 'NO'} |")
    text = "\n".join(lines) + "\n"
    if not args.only:
        args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the sample drafts samples/<name>.docx from readable sources samples/src/<name>.txt.

    python samples/build.py              build every samples/src/<name>.txt
    python samples/build.py so-ket sach  build only these
    python samples/build.py --check      build into memory and fail if a committed .docx differs

The OOXML is written by hand with zipfile (no python-docx), so every byte is under control:
fixed zip timestamps, parts in sorted order, fixed attribute order.  The same source always
gives the same bytes.

SOURCE MARKUP (one construct per line; UTF-8)
=============================================

Lines
-----
  # comment               a line starting with "#" is ignored, so are blank lines
  @meta KEY: VALUE        docProps/core.xml: title, subject, creator, lastModifiedBy,
                          created, modified (W3CDTF, e.g. 2023-07-03T08:00:00Z), revision
  @revision AUTHOR | DATE author and date written on tracked changes (w:ins / w:del)
  @variant NAME typed     also build samples/NAME.docx from this source with every list
                          number typed into the text (see label= below)
  TAGS: TEXT              one paragraph.  TAGS is a space-separated list (see below), then
                          ": " (colon and space), then the text with inline markup.
  [^KEY]: TEXT            the text of footnote KEY (anywhere in the file; order does not
                          matter, notes are numbered in the order of their first reference)
  @header ... @end        the two-column header of a Party / State document: a borderless
                          table of 2 cells; each line "LEFT | RIGHT" adds one centred
                          paragraph to each cell (either side may be empty);
                          "@header size=12 widths=37,63" sets the font size of the whole
                          header and the column widths (percent of the text width)
  @signature ... @end     the closing block: a borderless 2-cell table; each line
                          "LEFT | RIGHT"; left = "Nơi nhận:" and its lines (12 pt after the
                          first line), right = "T/M HUYỆN ỦY" / "BÍ THƯ" / blank / name, centred
  @table OPTS ... @end    a table with borders.  Each line "| cell | cell | ... |" is a row;
                          the first row is the header row (bold, repeated, w:tblHeader).
                          A cell holding only "<" merges into the cell on its left (gridSpan).
                          OPTS: widths=W1,W2,... (percent of the text width) and
                          align=l,c,r,... (per column; header row is always centred)

Paragraph TAGS
--------------
  p               ordinary paragraph (style Normal: justified, first-line indent)
  b / i / u       every run bold / italic / underlined (a typed bold heading is "b: 1. Tên mục")
  center / right  alignment (center and right also drop the first-line indent)
  noindent        no first-line indent
  size=N          font size in points for every run (e.g. size=15 for "BÁO CÁO")
  h1 .. h4        paragraph style Heading 1 .. Heading 4 (outline levels 0 .. 3)
  style=ID        paragraph style by styleId (e.g. Muc1 .. Muc4: heading styles whose pPr carry
                  the multilevel list through numPr, see NUMBERING below)
  num=N lvl=K     direct numbering w:numPr (numId N, ilvl K; lvl defaults to 0)
  label=X         the number Word shows for this numbered paragraph ("I.", "1.", "1.1.", "a)").
                  The script checks it against its own rendering of numbering.xml, and in the
                  "typed" variant writes it into the text ("X " + text) instead of numbering the
                  paragraph; a paragraph with a Muc style becomes a bold Normal paragraph there.

Inline markup (inside TEXT, table cells, header/signature sides and notes)
------------------------------------------------------------------------
  **...**         bold on / off          __...__     italic on / off     ==...== underline
  ¦               run boundary: the text is split into two w:r with the same formatting
                  (Word does this all the time; readers must stitch runs together), e.g. "3.8¦89"
  [^KEY]          footnote reference (w:footnoteReference in a run with rStyle FootnoteReference)
  [^!KEY]         a reference to a note that does not exist in footnotes.xml (a planted mistake)
  {+...+}         tracked insertion (w:ins)          {-...-}   tracked deletion (w:del, w:delText)
  <br>            soft line break (w:br) inside the current run
  {U+200B}        one code point given by its hex number (for invisible characters)
  {nfd:...}       the text inside, written in Unicode NFD (decomposed) form
  \\X             the character X taken literally (\\*, \\_, \\|, \\[, \\{, \\<, \\\\)

NUMBERING (word/numbering.xml, the same in every sample)
--------------------------------------------------------
  abstractNum 0   bullets "-" / "+" / "•"                            <- num 4
  abstractNum 1   headings, w:styleLink="DanhSoDeMuc": lvl 0 upperRoman "%1.", lvl 1 decimal
                  "%2.", lvl 2 decimal "%2.%3.", lvl 3 lowerLetter "%4)"; lvl k has w:pStyle
                  Muc(k+1)                                             <- num 1
  abstractNum 2   w:numStyleLink="DanhSoDeMuc" (no levels of its own) <- num 2, and num 3 which
                  adds lvlOverride ilvl 0 startOverride 1 (Word's "Restart numbering")
  abstractNum 3   plain decimal "%1." list                            <- num 5
  Numbering style DanhSoDeMuc has numPr numId 1; paragraph styles Muc1 .. Muc4 have numPr
  numId 2 and ilvl 0 .. 3.  So a Muc paragraph resolves: style Muc1 -> num 2 -> abstractNum 2
  -> numStyleLink DanhSoDeMuc -> style numPr num 1 -> abstractNum 1 (styleLink) -> levels.
"""

from __future__ import annotations

import io
import re
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as _esc

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
ZIP_DATE = (2023, 7, 1, 0, 0, 0)

TEXT_WIDTH = 9071  # A4 (11906) minus 3 cm left (1701) and 2 cm right (1134) margins, in twips


class MarkupError(Exception):
    pass


def esc(s: str) -> str:
    return _esc(s, {'"': "&quot;"})


# --------------------------------------------------------------------------- numbering model

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "upperRoman":
        out = ""
        for v, s in ROMAN:
            while n >= v:
                out += s
                n -= v
        return out
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    raise ValueError(fmt)


# (numFmt, lvlText, suffix, pStyle) per level of the heading list (abstractNum 1)
HEADING_LEVELS = [
    ("upperRoman", "%1.", "space", "Muc1"),
    ("decimal", "%2.", "space", "Muc2"),
    ("decimal", "%2.%3.", "space", "Muc3"),
    ("lowerLetter", "%4)", "space", "Muc4"),
    ("decimal", "%5.", "tab", None),
    ("decimal", "%6.", "tab", None),
    ("decimal", "%7.", "tab", None),
    ("decimal", "%8.", "tab", None),
    ("decimal", "%9.", "tab", None),
]
# num -> (abstractNum as written, {ilvl: startOverride}); abstractNum 2 links to 1 via the style
NUMS = {1: (1, {}), 2: (2, {}), 3: (2, {0: 1}), 4: (0, {}), 5: (3, {})}
ABSTRACT_EFFECTIVE = {0: 0, 1: 1, 2: 1, 3: 3}  # after following numStyleLink -> styleLink
STYLE_NUMPR = {"Muc1": (2, 0), "Muc2": (2, 1), "Muc3": (2, 2), "Muc4": (2, 3)}


class LabelSimulator:
    """Just enough of Word's list counting to check the label= tags of the sources."""

    def __init__(self) -> None:
        self.counters: dict[int, list[int]] = {}
        self.seen_nums: set[int] = set()

    def next(self, num: int, ilvl: int) -> str:
        absid, overrides = NUMS[num]
        eff = ABSTRACT_EFFECTIVE[absid]
        if eff != 1:
            levels = [("decimal", "%1.")] if eff == 3 else [("bullet", "-")]
        else:
            levels = [(f, t) for f, t, _s, _p in HEADING_LEVELS]
        cnt = self.counters.setdefault(eff, [0] * 9)
        if num not in self.seen_nums:
            self.seen_nums.add(num)
            for lvl, start in overrides.items():
                cnt[lvl] = start - 1
        cnt[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            cnt[deeper] = 0
        fmt, text = levels[ilvl]
        if fmt == "bullet":
            return text

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            return fmt_number(max(cnt[k], 1), levels[k][0])

        return re.sub(r"%(\d)", sub, text)


# --------------------------------------------------------------------------- inline markup

@dataclass
class Piece:
    kind: str  # "text", "split", "br", "note"
    text: str = ""
    bold: bool = False
    italic: bool = False
    underline: bool = False
    change: str | None = None  # None, "ins", "del"


def parse_inline(src: str, bold: bool = False, italic: bool = False, underline: bool = False,
                 allow_notes: bool = True) -> list[Piece]:
    pieces: list[Piece] = []
    change: str | None = None
    nfd = False
    buf: list[str] = []

    def flush() -> None:
        if buf:
            text = "".join(buf)
            if nfd:
                text = unicodedata.normalize("NFD", text)
            pieces.append(Piece("text", text, bold, italic, underline, change))
            buf.clear()

    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        two = src[i:i + 2]
        if c == "\\" and i + 1 < n:
            buf.append(src[i + 1])
            i += 2
        elif two == "**":
            flush(); bold = not bold; i += 2
        elif two == "__":
            flush(); italic = not italic; i += 2
        elif two == "==":
            flush(); underline = not underline; i += 2
        elif c == "¦":
            flush(); pieces.append(Piece("split")); i += 1
        elif two in ("{+", "{-"):
            if change:
                raise MarkupError(f"nested tracked change in: {src}")
            flush(); change = "ins" if two == "{+" else "del"; i += 2
        elif two in ("+}", "-}") and change == ("ins" if two == "+}" else "del"):
            flush(); change = None; i += 2
        elif src.startswith("{nfd:", i):
            flush(); nfd = True; i += 5
        elif c == "}" and nfd:
            flush(); nfd = False; i += 1
        elif src.startswith("{U+", i):
            j = src.index("}", i)
            buf.append(chr(int(src[i + 3:j], 16)))
            i = j + 1
        elif src.startswith("<br>", i):
            flush(); pieces.append(Piece("br", bold=bold, italic=italic, underline=underline,
                                         change=change)); i += 4
        elif src.startswith("[^", i):
            if not allow_notes:
                raise MarkupError(f"note reference not allowed here: {src}")
            j = src.index("]", i)
            flush(); pieces.append(Piece("note", src[i + 2:j], change=change)); i = j + 1
        else:
            buf.append(c)
            i += 1
    flush()
    if change or nfd:
        raise MarkupError(f"unclosed tracked change or nfd in: {src}")
    return pieces


# --------------------------------------------------------------------------- document writer

@dataclass
class Para:
    tags: dict
    text: str


@dataclass
class Table:
    kind: str  # "grid", "header", "signature"
    rows: list[list[str]]
    widths: list[int] = field(default_factory=list)
    align: list[str] = field(default_factory=list)
    size: str | None = None


@dataclass
class Source:
    name: str
    meta: dict
    blocks: list
    notes: dict
    revision: tuple[str, str]
    variants: list[tuple[str, str]]


PARA_FLAGS = {"p", "b", "i", "u", "center", "right", "noindent", "h1", "h2", "h3", "h4"}
PARA_KEYS = {"style", "num", "lvl", "label", "size"}


def parse_tags(s: str, lineno: int) -> dict:
    tags: dict = {}
    for tok in s.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            if k not in PARA_KEYS:
                raise MarkupError(f"line {lineno}: unknown tag {tok!r}")
            tags[k] = v
        elif tok in PARA_FLAGS:
            tags[tok] = True
        else:
            raise MarkupError(f"line {lineno}: unknown tag {tok!r}")
    return tags


def split_sides(line: str) -> list[str]:
    """Split on unescaped '|'."""
    out, cur, i = [], [], 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            cur.append(line[i:i + 2]); i += 2; continue
        if line[i] == "|":
            out.append("".join(cur)); cur = []
        else:
            cur.append(line[i])
        i += 1
    out.append("".join(cur))
    return [x.strip() for x in out]


def parse_source(path: Path) -> Source:
    meta: dict = {}
    blocks: list = []
    notes: dict = {}
    revision = ("Văn phòng Huyện ủy", "2023-07-03T08:00:00Z")
    variants: list = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        lineno = i + 1
        line = lines[i].rstrip("\n")
        i += 1
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@meta "):
            k, v = line[6:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif line.startswith("@revision "):
            a, d = line[10:].split("|")
            revision = (a.strip(), d.strip())
        elif line.startswith("@variant "):
            parts = line.split()
            variants.append((parts[1], parts[2]))
        elif line.startswith(("@header", "@signature", "@table")):
            head = line.split()
            kind = {"@header": "header", "@signature": "signature", "@table": "grid"}[head[0]]
            opts = dict(o.split("=", 1) for o in head[1:])
            rows = []
            while True:
                if i >= len(lines):
                    raise MarkupError(f"line {lineno}: {head[0]} without @end")
                body = lines[i]
                i += 1
                if body.strip() == "@end":
                    break
                if not body.strip() or body.startswith("#"):
                    continue
                if kind == "grid":
                    b = body.strip()
                    if not (b.startswith("|") and b.endswith("|")):
                        raise MarkupError(f"line {i}: table row must be | a | b |")
                    rows.append(split_sides(b[1:-1]))
                else:
                    sides = split_sides(body)
                    if len(sides) != 2:
                        raise MarkupError(f"line {i}: expected 'LEFT | RIGHT'")
                    rows.append(sides)
            widths = [int(w) for w in opts["widths"].split(",")] if "widths" in opts else []
            align = opts["align"].split(",") if "align" in opts else []
            if kind == "grid":
                ncol = len(rows[0])
                for r in rows:
                    if len(r) != ncol:
                        raise MarkupError(f"{path.name}: table row with {len(r)} cells, not {ncol}: {r}")
            blocks.append(Table(kind, rows, widths, align, opts.get("size")))
        elif line.startswith("[^"):
            m = re.match(r"\[\^([^\]]+)\]:\s(.*)$", line)
            if not m:
                raise MarkupError(f"line {lineno}: bad note definition")
            if m.group(1) in notes:
                raise MarkupError(f"line {lineno}: note {m.group(1)} defined twice")
            notes[m.group(1)] = m.group(2)
        elif line.startswith("@"):
            raise MarkupError(f"line {lineno}: unknown directive {line.split()[0]}")
        else:
            if ": " not in line:
                raise MarkupError(f"line {lineno}: expected 'TAGS: text': {line[:60]}")
            t, text = line.split(": ", 1)
            blocks.append(Para(parse_tags(t, lineno), text))
    return Source(path.stem, meta, blocks, notes, revision, variants)


class Writer:
    def __init__(self, src: Source, typed: bool = False):
        self.src = src
        self.typed = typed
        self.note_ids: dict[str, int] = {}
        self.dangling: dict[str, int] = {}
        self.change_id = 0
        self.bookmark_id = 0
        self.sim = LabelSimulator()

    # ---- runs
    def rpr(self, p: Piece, size: int | None = None, rstyle: str | None = None) -> str:
        parts = []
        if rstyle:
            parts.append(f'<w:rStyle w:val="{rstyle}"/>')
        if p.bold:
            parts.append("<w:b/><w:bCs/>")
        if p.italic:
            parts.append("<w:i/><w:iCs/>")
        if p.underline:
            parts.append('<w:u w:val="single"/>')
        if size:
            parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
        return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""

    def runs(self, text: str, bold=False, italic=False, underline=False, size=None,
             allow_notes=True) -> str:
        pieces = parse_inline(text, bold, italic, underline, allow_notes)
        out: list[str] = []
        # group consecutive text/br pieces with identical formatting into one run
        cur: list[str] = []
        cur_key = None
        cur_change = None

        def close() -> None:
            nonlocal cur, cur_key, cur_change
            if cur_key is not None:
                b, it, u, ch = cur_key
                rp = self.rpr(Piece("text", bold=b, italic=it, underline=u), size)
                run = f"<w:r>{rp}{''.join(cur)}</w:r>"
                if ch:
                    self.change_id += 1
                    author, date = self.src.revision
                    tag = "w:ins" if ch == "ins" else "w:del"
                    run = (f'<{tag} w:id="{self.change_id}" w:author="{esc(author)}" '
                           f'w:date="{date}">{run}</{tag}>')
                out.append(run)
            cur, cur_key, cur_change = [], None, None

        for p in pieces:
            if p.kind == "split":
                close()
                continue
            if p.kind == "note":
                close()
                key = p.text
                if key.startswith("!"):
                    nid = self.dangling.setdefault(key, 900 + len(self.dangling) + 1)
                else:
                    if key not in self.src.notes:
                        raise MarkupError(f"{self.src.name}: note [^{key}] is not defined")
                    nid = self.note_ids.setdefault(key, len(self.note_ids) + 1)
                out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           f'<w:footnoteReference w:id="{nid}"/></w:r>')
                continue
            key = (p.bold, p.italic, p.underline, p.change)
            if key != cur_key:
                close()
                cur_key = key
            if p.kind == "br":
                cur.append("<w:br/>")
            else:
                tag = "w:delText" if p.change == "del" else "w:t"
                cur.append(f'<{tag} xml:space="preserve">{esc(p.text)}</{tag}>')
        close()
        return "".join(out)

    # ---- paragraphs
    def paragraph(self, para: Para) -> str:
        tags = dict(para.tags)
        text = para.text
        style = tags.get("style")
        if "num" in tags and "lvl" not in tags:
            # a direct numPr on a paragraph of a list style keeps the style's level
            tags["lvl"] = str(STYLE_NUMPR[style][1] if style in STYLE_NUMPR else 0)
        if "label" in tags:
            if "num" in tags:
                num, lvl = int(tags["num"]), int(tags["lvl"])
            else:
                num, lvl = STYLE_NUMPR[style]
            got = self.sim.next(num, lvl)
            if got != tags["label"]:
                raise MarkupError(f"{self.src.name}: label={tags['label']} but the list gives "
                                  f"{got} for: {text[:50]}")
            if self.typed:
                text = tags["label"] + " " + text
                if style in STYLE_NUMPR:
                    tags["b"] = True
                    tags.pop("style")
                    style = None
                tags.pop("num", None)
                tags.pop("lvl", None)
        ppr = []
        for h in ("h1", "h2", "h3", "h4"):
            if tags.get(h):
                style = "Heading" + h[1]
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if "num" in tags:
            ppr.append(f'<w:numPr><w:ilvl w:val="{int(tags.get("lvl", 0))}"/>'
                       f'<w:numId w:val="{int(tags["num"])}"/></w:numPr>')
        if tags.get("center") or tags.get("right") or tags.get("noindent"):
            ppr.append('<w:ind w:firstLine="0"/>')
        if tags.get("center"):
            ppr.append('<w:jc w:val="center"/>')
        elif tags.get("right"):
            ppr.append('<w:jc w:val="right"/>')
        size = int(float(tags["size"]) * 2) if "size" in tags else None
        runs = self.runs(text, bool(tags.get("b")), bool(tags.get("i")), bool(tags.get("u")), size)
        ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        if style and style.startswith("Heading"):
            # Word puts a _Toc bookmark around headings that a table of contents points to
            self.bookmark_id += 1
            b = self.bookmark_id
            runs = (f'<w:bookmarkStart w:id="{b}" w:name="_Toc{140000000 + b * 7919}"/>'
                    f'{runs}<w:bookmarkEnd w:id="{b}"/>')
        return f"<w:p>{ppr_xml}{runs}</w:p>"

    def cell_para(self, text: str, jc: str | None, size: int | None = None, bold=False) -> str:
        ppr = '<w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        return f"<w:p><w:pPr>{ppr}</w:pPr>{self.runs(text, bold=bold, size=size)}</w:p>"

    def table(self, t: Table) -> str:
        jc_map = {"l": "left", "c": "center", "r": "right", "j": "both"}
        if t.kind in ("header", "signature"):
            first = (TEXT_WIDTH * t.widths[0] // 100 if t.widths else
                     3969 if t.kind == "header" else 4253)
            widths = [first, TEXT_WIDTH - first]
            left = [r[0] for r in t.rows]
            right = [r[1] for r in t.rows]
            while left and not left[-1]:
                left.pop()
            while right and not right[-1]:
                right.pop()
            if t.kind == "header":
                hs = int(float(t.size) * 2) if t.size else None
                cells = ["".join(self.cell_para(x, "center", hs) for x in left),
                         "".join(self.cell_para(x, "center", hs) for x in right)]
            else:
                cells = ["".join(self.cell_para(x, "left", None if k == 0 else 24)
                                 for k, x in enumerate(left)),
                         "".join(self.cell_para(x, "center") for x in right)]
            tblpr = ('<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                     '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                     '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
                     '</w:tblBorders><w:tblLayout w:type="fixed"/>'
                     '<w:tblLook w:val="01E0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" '
                     'w:lastColumn="1" w:noHBand="0" w:noVBand="0"/></w:tblPr>')
            grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
            tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{c or "<w:p/>"}</w:tc>'
                          for w, c in zip(widths, cells))
            return f"<w:tbl>{tblpr}<w:tblGrid>{grid}</w:tblGrid><w:tr>{tcs}</w:tr></w:tbl>"
        ncol = len(t.rows[0])
        pct = t.widths or [100 // ncol] * ncol
        widths = [TEXT_WIDTH * p // 100 for p in pct]
        align = t.align or ["c"] * ncol
        tblpr = ('<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>'
                 + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                           for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
                 + '</w:tblBorders><w:tblLayout w:type="fixed"/>'
                 '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
                 '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
                 'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>')
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        rows = []
        for ri, row in enumerate(t.rows):
            tcs = []
            ci = 0
            while ci < ncol:
                span = 1
                while ci + span < ncol and row[ci + span] == "<":
                    span += 1
                w = sum(widths[ci:ci + span])
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                tcpr += '<w:vAlign w:val="center"/>'
                jc = "center" if ri == 0 else jc_map[align[ci]]
                tcs.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>"
                           f"{self.cell_para(row[ci], jc, 26, bold=(ri == 0))}</w:tc>")
                ci += span
            trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
            rows.append(f"<w:tr>{trpr}{''.join(tcs)}</w:tr>")
        return f"<w:tbl>{tblpr}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"

    # ---- parts
    def document_xml(self) -> str:
        body = []
        for b in self.src.blocks:
            if isinstance(b, Para):
                body.append(self.paragraph(b))
            else:
                body.append(self.table(b))
                if b.kind != "signature":
                    # Word never lets a table be the last thing before another table or the end
                    body.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>')
        unused = set(self.src.notes) - set(self.note_ids)
        if unused:
            raise MarkupError(f"{self.src.name}: notes defined but never referenced: {sorted(unused)}")
        sect = ('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
                '<w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
                'w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/>'
                '<w:docGrid w:linePitch="381"/></w:sectPr>')
        return (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                f"<w:body>{''.join(body)}{sect}</w:body></w:document>")

    def footnotes_xml(self) -> str:
        seps = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
        notes = []
        for key, nid in sorted(self.note_ids.items(), key=lambda kv: kv[1]):
            text = self.runs(" " + self.src.notes[key], allow_notes=False)
            notes.append(f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
                         '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                         f'<w:footnoteRef/></w:r>{text}</w:p></w:footnote>')
        return (XML_DECL + f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                f"{seps}{''.join(notes)}</w:footnotes>")

    def core_xml(self) -> str:
        m = self.src.meta
        created = m.get("created", "2023-07-01T08:00:00Z")
        return (XML_DECL +
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
                'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(m.get("title", ""))}</dc:title>'
                f'<dc:subject>{esc(m.get("subject", ""))}</dc:subject>'
                f'<dc:creator>{esc(m.get("creator", ""))}</dc:creator>'
                f'<cp:lastModifiedBy>{esc(m.get("lastModifiedBy", m.get("creator", "")))}</cp:lastModifiedBy>'
                f'<cp:revision>{esc(m.get("revision", "1"))}</cp:revision>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{m.get("modified", created)}</dcterms:modified>'
                '</cp:coreProperties>')

    def parts(self) -> dict[str, bytes]:
        doc = self.document_xml()  # first: assigns note ids
        parts = {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": ROOT_RELS,
            "docProps/core.xml": self.core_xml(),
            "word/document.xml": doc,
            "word/_rels/document.xml.rels": DOC_RELS,
            "word/styles.xml": STYLES,
            "word/numbering.xml": NUMBERING,
            "word/footnotes.xml": self.footnotes_xml(),
            "word/settings.xml": SETTINGS,
        }
        return {k: v.encode("utf-8") for k, v in parts.items()}


def zip_bytes(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, parts[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


# --------------------------------------------------------------------------- fixed parts

CONTENT_TYPES = (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    '</Types>')

ROOT_RELS = (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    '</Relationships>')

DOC_RELS = (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/settings" Target="settings.xml"/>'
    '</Relationships>')

SETTINGS = (
    XML_DECL +
    f'<w:settings xmlns:w="{W_NS}">'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
    'office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="vi-VN"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
    '</w:settings>')


def _pstyle(sid, name, based="Normal", ppr="", rpr="", outline=None, extra=""):
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "")
            + '<w:next w:val="Normal"/>' + extra + '<w:qFormat/>'
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
            + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


STYLES = (
    XML_DECL +
    f'<w:styles xmlns:w="{W_NS}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
    'w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
    '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    # Normal
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:spacing w:before="60" w:after="60" w:line="264" w:lineRule="auto"/>'
    '<w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>'
    + _pstyle("Heading1", "heading 1", ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
              '<w:ind w:firstLine="0"/><w:jc w:val="center"/>', rpr="<w:b/><w:bCs/>", outline=0)
    + _pstyle("Heading2", "heading 2", ppr='<w:keepNext/><w:spacing w:before="120" w:after="60"/>',
              rpr="<w:b/><w:bCs/>", outline=1)
    + _pstyle("Heading3", "heading 3", ppr='<w:keepNext/><w:spacing w:before="120" w:after="60"/>',
              rpr="<w:b/><w:bCs/>", outline=2)
    + _pstyle("Heading4", "heading 4", ppr='<w:keepNext/>', rpr="<w:b/><w:bCs/><w:i/><w:iCs/>",
              outline=3)
    # heading styles linked to the multilevel list (numPr in the style's pPr)
    + _pstyle("Muc1", "Mục 1", ppr='<w:keepNext/><w:numPr><w:numId w:val="2"/></w:numPr>'
              '<w:spacing w:before="120" w:after="60"/>', rpr="<w:b/><w:bCs/>", outline=1)
    + _pstyle("Muc2", "Mục 2", ppr='<w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/>'
              '</w:numPr>', rpr="<w:b/><w:bCs/>", outline=2)
    + _pstyle("Muc3", "Mục 3", ppr='<w:keepNext/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="2"/>'
              '</w:numPr>', rpr="<w:b/><w:bCs/><w:i/><w:iCs/>", outline=3)
    + _pstyle("Muc4", "Mục 4", ppr='<w:keepNext/><w:numPr><w:ilvl w:val="3"/><w:numId w:val="2"/>'
              '</w:numPr>', rpr="<w:i/><w:iCs/>", outline=4)
    + _pstyle("ListParagraph", "List Paragraph", ppr='<w:ind w:left="720" w:firstLine="0"/>'
              '<w:contextualSpacing/>')
    + _pstyle("FootnoteText", "footnote text", ppr='<w:spacing w:before="0" w:after="0"/>'
              '<w:ind w:firstLine="0"/>', rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>')
    # character styles
    + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    '<w:unhideWhenUsed/></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    '</w:style>'
    # table and numbering styles
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
    'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/></w:style>'
    '<w:style w:type="numbering" w:customStyle="1" w:styleId="DanhSoDeMuc"><w:name w:val="Danh số đề mục"/>'
    '<w:basedOn w:val="NoList"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '</w:styles>')


def _lvl(ilvl, fmt, text, suff="tab", pstyle=None, start=1, indent=0, rpr=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:pStyle w:val="{pstyle}"/>' if pstyle else "")
            + (f'<w:suff w:val="{suff}"/>' if suff != "tab" else "")
            + f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:firstLine="567"/></w:pPr>'
            + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:lvl>")


NUMBERING = (
    XML_DECL +
    f'<w:numbering xmlns:w="{W_NS}">'
    # 0: bullets
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1A2B3C40"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000F"/>'
    + _lvl(0, "bullet", "-", suff="space", rpr='<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>')
    + _lvl(1, "bullet", "+", suff="space", rpr='<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>')
    + _lvl(2, "bullet", "\u2022", suff="space", rpr='<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>')
    + '</w:abstractNum>'
    # 1: the heading list, defined through the numbering style DanhSoDeMuc
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5E6F7A81"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>'
    '<w:styleLink w:val="DanhSoDeMuc"/>'
    + "".join(_lvl(k, f, t, s, p) for k, (f, t, s, p) in enumerate(HEADING_LEVELS))
    + '</w:abstractNum>'
    # 2: a list that only points at the numbering style (what Word writes for a list style)
    '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="7C8D9EA2"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>'
    '<w:numStyleLink w:val="DanhSoDeMuc"/></w:abstractNum>'
    # 3: simple decimal list
    '<w:abstractNum w:abstractNumId="3"><w:nsid w:val="2B3C4D53"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000F"/>'
    + _lvl(0, "decimal", "%1.", suff="space")
    + _lvl(1, "lowerLetter", "%2)", suff="space")
    + '</w:abstractNum>'
    + "".join(
        f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{absid}"/>'
        + "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{st}"/></w:lvlOverride>'
                  for lvl, st in sorted(ov.items()))
        + "</w:num>"
        for nid, (absid, ov) in sorted(NUMS.items()))
    + '</w:numbering>')


# --------------------------------------------------------------------------- main

def outputs_for(path: Path) -> dict[str, bytes]:
    src = parse_source(path)
    out = {src.name + ".docx": zip_bytes(Writer(src).parts())}
    for name, mode in src.variants:
        if mode != "typed":
            raise MarkupError(f"unknown variant mode {mode}")
        out[name + ".docx"] = zip_bytes(Writer(src, typed=True).parts())
    return out


def sources(names: list[str]) -> list[Path]:
    if names:
        return [SRC / f"{n}.txt" for n in names]
    # <name>.txt only; helper files such as danh-so-tu-dong.labels.txt have a dot in the stem
    return sorted(p for p in SRC.glob("*.txt") if "." not in p.stem)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")]
    bad = 0
    for path in sources(names):
        for fname, data in outputs_for(path).items():
            target = HERE / fname
            if check:
                if not target.exists() or target.read_bytes() != data:
                    print(f"differs: {target.relative_to(HERE.parent)}")
                    bad += 1
            else:
                target.write_bytes(data)
                print(f"wrote {target.relative_to(HERE.parent)} ({len(data)} bytes)")
    return 1 if bad else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except MarkupError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)

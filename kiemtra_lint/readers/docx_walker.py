"""Walk a WordprocessingML part in reading order, collecting text with offset maps.

python-docx's ``paragraph.text`` drops tracked insertions, moved-to text, content
controls, simple-field results, smart tags, text boxes and note references, so
this walker reads the XML itself:

* paragraphs and tables interleaved, nested tables, content controls (``w:sdt``),
  custom XML, hyperlinks, smart tags, bidi wrappers;
* tracked changes as if accepted: ``w:ins``/``w:moveTo`` in, ``w:del``/``w:moveFrom``
  out, a deleted paragraph mark joins the paragraph to the next one;
* fields: the result is shown, the instruction hidden (nested complex fields too);
* text boxes (``w:txbxContent``, the ``mc:Choice`` branch only) become paragraphs
  of their own, read after the paragraph that anchors them;
* note references and comment ranges are kept as offsets into the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import ooxml as X
from .styles import StyleSheet
from .textbuilder import TextBuilder

_SKIP_SUBTREE = {X.DEL, X.MOVE_FROM, X.MC_FALLBACK, X.PPR, X.RPR, X.TCPR, X.TRPR,
                 X.INSTR_TEXT, X.DEL_TEXT, X.RPR_CHANGE, X.PPR_CHANGE}
_TRANSPARENT = {X.HYPERLINK, X.SMART_TAG, X.CUSTOM_XML, X.FLD_SIMPLE, X.INS, X.MOVE_TO,
                X.DIR, X.BDO, X.ALTERNATE_CONTENT, X.MC_CHOICE}
_TRACKED = {X.INS, X.DEL, X.MOVE_TO, X.MOVE_FROM, X.RPR_CHANGE, X.PPR_CHANGE}
# Hot-loop names, bound once (X.w() builds a string on every call).
_P, _R, _T, _RPR, _PPR = X.P, X.R, X.T, X.RPR, X.PPR
_B, _CAPS, _VANISH, _R_STYLE, _R_FONTS, _W_VAL = X.B, X.CAPS, X.VANISH, X.R_STYLE, X.R_FONTS, X.W_VAL
_RUN_PROPS = {_B, _CAPS, _VANISH, _R_STYLE, _R_FONTS, X.RPR_CHANGE}
_JC = X.JC
_PARAGRAPH_PROPS = {X.P_STYLE, X.NUM_PR, X.OUTLINE_LVL, _JC, _RPR, X.PPR_CHANGE}
_MARKS = {X.DEL, X.MOVE_FROM, X.INS, X.MOVE_TO}  # tracked changes of a paragraph mark, in its w:rPr
_W_ASCII, _W_HANSI, _W_FLD_CHAR_TYPE, _W_CHAR = X.w("ascii"), X.w("hAnsi"), X.w("fldCharType"), X.w("char")
_OBJECTS = {X.ALTERNATE_CONTENT, X.w("drawing"), X.w("pict"), X.w("object")}


def _child(el, tag):
    """The first child of ``el`` with ``tag``, or None.

    lxml's ``find()`` parses its argument as a path on every call: about four times slower
    than this loop, which stops at once for the properties element that comes first.
    """
    for child in el:
        if child.tag == tag:
            return child
    return None


@dataclass(slots=True)
class RawParagraph:
    part: str
    ordinal: int
    text: str = ""
    segments: list = field(default_factory=list)
    denormalized: list = field(default_factory=list)
    note_refs: list = field(default_factory=list)  # (offset, key)
    comment_marks: list = field(default_factory=list)  # ("start"|"end", id, offset)
    style_id: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline_level: int | None = None
    centered: bool | None = None
    bold_chars: int = 0
    visible_chars: int = 0
    caps_chars: int = 0
    merge_next: bool = False  # the paragraph mark was deleted (tracked)
    textboxes: list["RawParagraph"] = field(default_factory=list)

    @property
    def bold(self) -> bool:
        return self.visible_chars > 0 and self.bold_chars == self.visible_chars

    @property
    def caps(self) -> bool:
        return self.visible_chars > 0 and self.caps_chars == self.visible_chars


@dataclass(slots=True)
class RawCell:
    col: int
    span: int
    vmerge: str | None  # "restart" | "continue" | None
    items: list = field(default_factory=list)  # RawParagraph | RawTable


@dataclass(slots=True)
class RawTable:
    rows: list[list[RawCell]] = field(default_factory=list)


MAX_GRID = 1000  # columns of a table's grid (Word allows 63): a larger span or offset is garbage
INT32 = 2**31 - 1  # ST_DecimalNumber


def _int(value: str | None) -> int | None:
    return X.bounded_int(value, -INT32 - 1, INT32)


class PartWalker:
    """Walks one part (document, footnotes or endnotes).

    With ``record=True`` the walker also keeps the elements it visited, so that a
    writer (``kiemtra annotate``) can go from a Segment back to the XML:
    ``paragraph_elements[seg.para]`` is the ``w:p`` and ``run_elements[seg.para][seg.run]``
    the ``w:r`` the segment came from.
    """

    def __init__(self, part: str, styles: StyleSheet, record: bool = False) -> None:
        self.part = part
        self.styles = styles
        self.record = record
        self.paragraph_elements: list = []  # ordinal -> w:p (record mode only)
        self.run_elements: list[list] = []  # ordinal -> the w:r visited, in visit order
        self.para_count = 0
        self.tracked_changes = 0
        self.fonts: dict[str, int] = {}  # font name -> characters typed in it
        self._fields: list[str] = []  # complex field states: "instr" | "result"

    # -- block level -------------------------------------------------------
    def blocks(self, container) -> list:
        """Paragraphs and tables directly inside ``container`` (body, cell, note...)."""
        out: list = []
        self._collect_blocks(container, out)
        return out

    def _collect_blocks(self, container, out: list) -> None:
        for child in container:
            tag = child.tag
            if tag == _P:
                out.append(self.paragraph(child))
            elif tag == X.TBL:
                out.append(self.table(child))
            elif tag == X.SDT:
                content = child.find(X.SDT_CONTENT)
                if content is not None:
                    self._collect_blocks(content, out)
            elif tag in (X.CUSTOM_XML, X.INS, X.MOVE_TO, X.ALTERNATE_CONTENT, X.MC_CHOICE):
                self._collect_blocks(child, out)
            elif tag in (X.DEL, X.MOVE_FROM):
                self.tracked_changes += 1

    def table(self, tbl) -> RawTable:
        table = RawTable()
        for tr in self._wrapped(tbl, X.TR):
            row: list[RawCell] = []
            trpr = _child(tr, X.TRPR)
            col = 0
            if trpr is not None:
                gb = _child(trpr, X.GRID_BEFORE)
                col = X.bounded_int(gb.get(X.W_VAL), 0, MAX_GRID) or 0 if gb is not None else 0
            for tc in self._wrapped(tr, X.TC):
                span, vmerge = _cell_props(_child(tc, X.TCPR))
                cell = RawCell(col, span, vmerge)
                self._collect_blocks(tc, cell.items)
                row.append(cell)
                col = min(col + span, MAX_GRID)
            table.rows.append(row)
        return table

    def _wrapped(self, parent, tag: str):
        """The ``tag`` children of ``parent`` (rows of a table, cells of a row), looking
        through content controls and custom XML that may wrap them."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in (X.SDT, X.CUSTOM_XML):
                inner = child.find(X.SDT_CONTENT) if child.tag == X.SDT else child
                if inner is not None:
                    yield from self._wrapped(inner, tag)
            elif child.tag == X.DEL:
                self.tracked_changes += 1

    # -- paragraph level ---------------------------------------------------
    def paragraph(self, p) -> RawParagraph:
        raw = RawParagraph(self.part, self.para_count)
        self.para_count += 1
        ppr = _child(p, _PPR)
        if ppr is not None:
            self._paragraph_props(ppr, raw)
        style = self.styles.paragraph(raw.style_id)
        state = _RunState(TextBuilder(), raw, style.bold, style.caps)
        if self.record:
            self.paragraph_elements.append(p)
            state.runs = []
            self.run_elements.append(state.runs)
        self._inline(p, state)
        raw.text = state.builder.finish()
        raw.segments = state.builder.segments
        raw.denormalized = state.builder.denormalized
        return raw

    def _paragraph_props(self, ppr, raw: RawParagraph) -> None:
        for child in ppr:
            tag = child.tag
            if tag not in _PARAGRAPH_PROPS:
                continue
            if tag == _JC:
                raw.centered = child.get(_W_VAL) == "center"
            elif tag == _RPR:
                for mark in child:
                    mark_tag = mark.tag
                    if mark_tag in _MARKS:
                        self.tracked_changes += 1
                        if mark_tag == X.DEL or mark_tag == X.MOVE_FROM:
                            raw.merge_next = True
            elif tag == X.P_STYLE:
                raw.style_id = child.get(_W_VAL)
            elif tag == X.NUM_PR:
                ilvl = child.find(X.ILVL)
                num = child.find(X.NUM_ID)
                raw.ilvl = _int(ilvl.get(_W_VAL)) if ilvl is not None else None
                raw.num_id = num.get(_W_VAL) if num is not None else None
            elif tag == X.OUTLINE_LVL:
                lvl = _int(child.get(_W_VAL))
                raw.outline_level = lvl if lvl is not None and 0 <= lvl < 9 else None
            else:  # w:pPrChange
                self.tracked_changes += 1

    def _inline(self, el, state: "_RunState") -> None:
        for child in el:
            tag = child.tag
            if tag == _R:
                self._run(child, state)
            elif tag in _TRANSPARENT:
                if tag in _TRACKED:
                    self.tracked_changes += 1
                self._inline(child, state)
            elif tag == X.SDT:
                content = child.find(X.SDT_CONTENT)
                if content is not None:
                    self._inline(content, state)
            elif tag in _SKIP_SUBTREE:
                if tag in _TRACKED:
                    self.tracked_changes += 1
            elif tag == X.COMMENT_RANGE_START or tag == X.COMMENT_RANGE_END:
                kind = "start" if tag == X.COMMENT_RANGE_START else "end"
                state.raw.comment_marks.append((kind, child.get(X.W_ID), state.builder.length))
            elif tag == X.M_T:
                state.builder.add(child.text or "", self.part, state.raw.ordinal, -1)
            elif len(child):
                # oMath and other wrappers: read their text-bearing descendants
                self._inline(child, state)

    def _run(self, r, state: "_RunState") -> None:
        run_index = state.run_count
        state.run_count = run_index + 1
        if state.runs is not None:
            state.runs.append(r)
        children = iter(r)
        first = next(children, None)
        if first is None:
            return
        bold, caps, font = state.para_bold, state.para_caps, None
        if first.tag == _RPR:  # the schema puts the run's properties first
            props = self._run_props(first, bold, caps)
            if props is None:
                return  # hidden
            bold, caps, font = props
        else:
            children = r.iterchildren()
        builder, raw, fields = state.builder, state.raw, self._fields
        part, para = self.part, raw.ordinal
        offset_in_run = 0
        for child in children:
            tag = child.tag
            if tag == _T:
                text = child.text
            else:
                text = self._run_child(child, tag, raw, builder)
            if not text or (fields and not self._visible()):
                continue
            builder.add(text, part, para, run_index, offset_in_run)
            size = len(text)
            offset_in_run += size
            visible = size - text.count(" ")
            if "\t" in text or "\n" in text:
                visible -= text.count("\t") + text.count("\n")
            if visible:
                raw.visible_chars += visible
                if bold:
                    raw.bold_chars += visible
                if caps:
                    raw.caps_chars += visible
                if font:
                    fonts = self.fonts
                    fonts[font] = fonts.get(font, 0) + visible

    def _run_props(self, rpr, bold: bool, caps: bool) -> tuple[bool, bool, str | None] | None:
        """(bold, caps, font) of a run from its w:rPr and character style; None when hidden."""
        font = None
        for prop in rpr:
            tag = prop.tag
            if tag not in _RUN_PROPS:
                continue
            if tag == _R_FONTS:
                font = prop.get(_W_ASCII) or prop.get(_W_HANSI)
            elif tag == _B:
                bold = bool(X.on_off(prop))
            elif tag == _CAPS:
                caps = bool(X.on_off(prop))
            elif tag == _VANISH:
                if X.on_off(prop):
                    return None
            elif tag == _R_STYLE:
                sid = prop.get(_W_VAL)
                cb = self.styles.character_bold(sid)
                if cb is not None and rpr.find(_B) is None:
                    bold = cb
                cc = self.styles.character_caps(sid)
                if cc is not None and rpr.find(_CAPS) is None:
                    caps = cc
            else:  # w:rPrChange
                self.tracked_changes += 1
        return bold, caps, font

    def _run_child(self, child, tag: str, raw: RawParagraph, builder: TextBuilder) -> str | None:
        """The text a run's child other than w:t stands for (None for none); fields, note
        references and text boxes are recorded on the way."""
        if tag == X.FLD_CHAR:
            kind = child.get(_W_FLD_CHAR_TYPE)
            if kind == "begin":
                self._fields.append("instr")
            elif kind == "separate" and self._fields:
                self._fields[-1] = "result"
            elif kind == "end" and self._fields:
                self._fields.pop()
        elif tag == X.TAB or tag == X.PTAB:
            return "\t"
        elif tag == X.BR:
            if child.get(X.W_TYPE) in (None, "textWrapping"):
                return "\n"
        elif tag == X.CR:
            return "\n"
        elif tag == X.NO_BREAK_HYPHEN:
            return "-"
        elif tag == X.SYM:
            return X.sym_text(child.get(_W_CHAR)) or None
        elif tag == X.FOOTNOTE_REFERENCE or tag == X.ENDNOTE_REFERENCE:
            note = child.get(X.W_ID)
            if note is not None and self._visible():
                key = note if tag == X.FOOTNOTE_REFERENCE else f"e{note}"
                raw.note_refs.append((builder.length, key))
        elif tag in _OBJECTS:
            for box in child.iter(X.TXBX_CONTENT):
                if not _skipped_box(box, child):
                    raw.textboxes.extend(p for p in self.blocks(box) if isinstance(p, RawParagraph))
        return None

    def _visible(self) -> bool:
        return not self._fields or all(s == "result" for s in self._fields)


@dataclass(slots=True)
class _RunState:
    builder: TextBuilder
    raw: RawParagraph
    para_bold: bool
    para_caps: bool
    run_count: int = 0
    runs: list | None = None  # the w:r elements visited (record mode)


def _cell_props(tcpr) -> tuple[int, str | None]:
    """(grid span, vertical merge) of a cell from its w:tcPr (the first w:gridSpan and w:vMerge)."""
    span, vmerge = 1, None
    if tcpr is None:
        return span, vmerge
    gs = vm = None
    for prop in tcpr:
        tag = prop.tag
        if tag == X.GRID_SPAN:
            if gs is None:
                gs = prop
        elif tag == X.V_MERGE and vm is None:
            vm = prop
    if gs is not None:
        span = X.bounded_int(gs.get(X.W_VAL), 1, MAX_GRID) or 1
    if vm is not None:
        vmerge = vm.get(X.W_VAL) or "continue"
    return span, vmerge


def _skipped_box(box, stop) -> bool:
    """A text box in an mc:Fallback copy, or nested in another box (read with that one)."""
    node = box.getparent()
    while node is not None and node is not stop:
        if node.tag == X.MC_FALLBACK or node.tag == X.TXBX_CONTENT:
            return True
        node = node.getparent()
    return False

"""WordprocessingML names used by the readers, qualified once."""

from __future__ import annotations

from ..text import UNREADABLE, is_text_character

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_VAL = w("val")
W_ID = w("id")
W_TYPE = w("type")

P, R, T, TBL, TR, TC, SDT, SDT_CONTENT = (w(t) for t in ("p", "r", "t", "tbl", "tr", "tc", "sdt", "sdtContent"))
PPR, RPR, TCPR, TRPR = w("pPr"), w("rPr"), w("tcPr"), w("trPr")
HYPERLINK, SMART_TAG, CUSTOM_XML, FLD_SIMPLE = w("hyperlink"), w("smartTag"), w("customXml"), w("fldSimple")
INS, DEL, MOVE_TO, MOVE_FROM = w("ins"), w("del"), w("moveTo"), w("moveFrom")
RPR_CHANGE, PPR_CHANGE = w("rPrChange"), w("pPrChange")
TAB, PTAB, BR, CR, NO_BREAK_HYPHEN, SOFT_HYPHEN, SYM = (
    w("tab"), w("ptab"), w("br"), w("cr"), w("noBreakHyphen"), w("softHyphen"), w("sym"))
FLD_CHAR, INSTR_TEXT, DEL_TEXT = w("fldChar"), w("instrText"), w("delText")
FOOTNOTE_REFERENCE, ENDNOTE_REFERENCE = w("footnoteReference"), w("endnoteReference")
TXBX_CONTENT = w("txbxContent")
COMMENT_RANGE_START, COMMENT_RANGE_END, COMMENT = w("commentRangeStart"), w("commentRangeEnd"), w("comment")
DIR, BDO = w("dir"), w("bdo")
P_STYLE, R_STYLE, NUM_PR, ILVL, NUM_ID, OUTLINE_LVL, JC = (
    w("pStyle"), w("rStyle"), w("numPr"), w("ilvl"), w("numId"), w("outlineLvl"), w("jc"))
B, B_CS, CAPS, VANISH, R_FONTS = w("b"), w("bCs"), w("caps"), w("vanish"), w("rFonts")
GRID_SPAN, V_MERGE, GRID_BEFORE = w("gridSpan"), w("vMerge"), w("gridBefore")
FOOTNOTE, ENDNOTE, BODY = w("footnote"), w("endnote"), w("body")
ALTERNATE_CONTENT, MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
M_T = f"{{{M_NS}}}t"

FALSE_VALUES = {"0", "false", "off", "none"}


def on_off(el) -> bool | None:
    """Value of a CT_OnOff element: absent -> None, <w:b/> -> True."""
    if el is None:
        return None
    v = el.get(W_VAL)
    return v is None or v.lower() not in FALSE_VALUES


def sym_text(code: str | None) -> str:
    """The text a ``w:sym`` stands for, from its ``w:char`` (hexadecimal).

    A glyph of a symbol font (private use area) is no text: "".  A value that is no
    character (out of range, a surrogate, a control, a non-character, not a number) is
    shown as U+FFFD, which the input rules report, never passed on to fail in a writer.
    """
    if not code:
        return ""
    try:
        value = int(code, 16) if len(code) <= 8 else -1
    except ValueError:
        return UNREADABLE
    if 0xE000 <= value <= 0xF8FF:
        return ""
    return chr(value) if is_text_character(value) else UNREADABLE


def bounded_int(value: str | None, low: int, high: int) -> int | None:
    """A decimal attribute read as a number in ``low..high``; None when it is absent, not a
    number or out of range (a grid span of 10**20 would build a row of that many cells)."""
    if value is None or len(value) > 12:
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return number if low <= number <= high else None

"""StyleSheet: styles.xml resolved through basedOn chains and docDefaults."""

from __future__ import annotations

import dataclasses

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from kiemtra_lint.readers.styles import ParagraphStyle, StyleSheet, on_off

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def sheet(body: str, defaults: str = "") -> StyleSheet:
    xml = f'<w:styles xmlns:w="{W}">{defaults}{body}</w:styles>'
    return StyleSheet.from_xml(etree.fromstring(xml.encode()))


def pstyle(sid, name=None, based=None, ppr="", rpr="", default=False, type_="paragraph"):
    d = ' w:default="1"' if default else ""
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    n = f'<w:name w:val="{name}"/>' if name is not None else ""
    return (f'<w:style w:type="{type_}"{d} w:styleId="{sid}">{n}{b}'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")


NORMAL = pstyle("Normal", "Normal", default=True)


def test_empty_and_missing():
    s = StyleSheet.from_xml(None)
    assert s.default_paragraph_style is None
    assert s.name("Normal") is None
    assert s.paragraph(None) == ParagraphStyle()
    assert s.paragraph("Anything").heading_level is None
    assert s.character_bold("Strong") is None
    assert s.character_caps(None) is None


def test_default_style_and_names():
    s = sheet(NORMAL + pstyle("Heading1", "heading 1", based="Normal"))
    assert s.default_paragraph_style == "Normal"
    assert s.name("Heading1") == "heading 1"
    assert s.name("Nope") is None
    assert s.paragraph(None).style_id == "Normal"
    assert s.paragraph("Nope").style_id == "Normal"  # unknown id -> default style


def test_default_attribute_values():
    s = sheet(pstyle("A", "A") + '<w:style w:type="paragraph" w:default="true" w:styleId="B">'
              '<w:name w:val="B"/></w:style>'
              + '<w:style w:type="character" w:default="1" w:styleId="C"/>')
    assert s.default_paragraph_style == "B"
    s = sheet('<w:style w:type="paragraph" w:default="0" w:styleId="X"/>')
    assert s.default_paragraph_style is None


def test_character_style_id_for_paragraph_falls_back_to_default():
    s = sheet(pstyle("Normal", "Normal", default=True, ppr='<w:jc w:val="center"/>')
              + pstyle("Strong", "Strong", type_="character", rpr="<w:b/>"))
    p = s.paragraph("Strong")
    assert p.style_id == "Normal" and p.centered and not p.bold


@pytest.mark.parametrize("val,expected", [
    (None, True), ("1", True), ("true", True), ("on", True), ("0", False), ("false", False),
    ("off", False), ("OFF", False), (" 0 ", False), ("garbage", True),
])
def test_on_off(val, expected):
    attr = f' w:val="{val}"' if val is not None else ""
    el = etree.fromstring(f'<w:b xmlns:w="{W}"{attr}/>'.encode())
    assert on_off(el) is expected
    assert on_off(None) is None


def test_based_on_chain_nearest_wins():
    s = sheet(
        NORMAL
        + pstyle("Base", "Base", rpr="<w:b/><w:caps/>", ppr='<w:jc w:val="center"/>')
        + pstyle("Mid", "Mid", based="Base", rpr='<w:b w:val="0"/>')
        + pstyle("Leaf", "Leaf", based="Mid", ppr='<w:jc w:val="both"/>')
    )
    base, mid, leaf = s.paragraph("Base"), s.paragraph("Mid"), s.paragraph("Leaf")
    assert (base.bold, base.caps, base.centered) == (True, True, True)
    assert (mid.bold, mid.caps, mid.centered) == (False, True, True)
    assert (leaf.bold, leaf.caps, leaf.centered) == (False, True, False)


def test_doc_defaults():
    defaults = ('<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="2"/>'
                '<w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:pPrDefault></w:docDefaults>')
    s = sheet(NORMAL + pstyle("Plain", "Plain", rpr='<w:b w:val="false"/>'), defaults)
    n = s.paragraph("Normal")
    assert n.bold and n.centered and n.outline_level == 2 and n.heading_level == 2
    assert n.num_id is None  # numbering in docDefaults is ignored
    assert not s.paragraph("Plain").bold
    assert StyleSheet.from_xml(
        etree.fromstring(f'<w:styles xmlns:w="{W}">{defaults}</w:styles>'.encode())
    ).paragraph(None).bold


def test_cycles_never_hang():
    s = sheet(
        pstyle("A", "heading 2", based="B", rpr="<w:b/>")
        + pstyle("B", "B", based="C", ppr='<w:outlineLvl w:val="4"/>')
        + pstyle("C", "C", based="A", ppr='<w:jc w:val="center"/>')
        + pstyle("Self", "Self", based="Self", rpr="<w:caps/>")
    )
    a = s.paragraph("A")
    assert a.bold and a.centered and a.heading_level == 1 and a.outline_level == 4
    b = s.paragraph("B")
    assert b.bold and b.heading_level == 4  # own outline level before an ancestor's name
    assert s.chain("B") == ("B", "C", "A")
    assert s.paragraph("Self").caps
    assert s.character_caps("Self") is True


def test_heading_level():
    s = sheet(
        NORMAL
        + pstyle("Heading1", "heading 1", based="Normal")  # no outlineLvl written
        + pstyle("u2", "Heading 2", based="Normal", ppr='<w:outlineLvl w:val="1"/>')
        + pstyle("H3", "HEADING 3")
        + pstyle("Custom", "Tiêu đề mục", ppr='<w:outlineLvl w:val="2"/>')
        + pstyle("FromBase", "Kiểu riêng", based="Heading1")
        + pstyle("BodyLike", "Body heading", based="u2", ppr='<w:outlineLvl w:val="9"/>')
        + pstyle("Title", "Title", ppr='<w:jc w:val="center"/>')
        + pstyle("Heading10", "heading 10")
        + pstyle("Odd", "Odd", ppr='<w:outlineLvl w:val="12"/>')
        + pstyle("Junk", "Junk", ppr='<w:outlineLvl w:val="abc"/>')
    )
    assert s.paragraph("Heading1").heading_level == 0
    assert s.paragraph("Heading1").outline_level is None  # only from w:outlineLvl
    assert s.paragraph("u2").heading_level == 1
    assert s.paragraph("H3").heading_level == 2
    assert s.paragraph("Custom").heading_level == 2
    assert s.paragraph("Custom").outline_level == 2
    assert s.paragraph("FromBase").heading_level == 0  # inherits heading 1's level
    body = s.paragraph("BodyLike")
    assert body.heading_level is None and body.outline_level is None  # 9 = body text
    assert s.paragraph("Title").heading_level is None
    assert s.paragraph("Heading10").heading_level is None
    assert s.paragraph("Odd").heading_level is None
    assert s.paragraph("Junk").heading_level is None
    assert s.paragraph("Normal").heading_level is None


def test_numbering_inherited_element_by_element():
    s = sheet(
        NORMAL
        + pstyle("L1", "L1", ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="07"/></w:numPr>')
        + pstyle("L2", "L2", based="L1", ppr='<w:numPr><w:numId w:val="9"/></w:numPr>')
        + pstyle("L3", "L3", based="L1")
        + pstyle("Off", "Off", based="L1", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>')
        + pstyle("Bad", "Bad", ppr='<w:numPr><w:ilvl w:val="x"/><w:numId w:val=""/></w:numPr>')
        + pstyle("Big", "Big", ppr='<w:numPr><w:ilvl w:val="42"/><w:numId w:val="1"/></w:numPr>')
    )
    assert (s.paragraph("L1").num_id, s.paragraph("L1").ilvl) == ("7", 1)
    assert (s.paragraph("L2").num_id, s.paragraph("L2").ilvl) == ("9", 1)
    assert (s.paragraph("L3").num_id, s.paragraph("L3").ilvl) == ("7", 1)
    assert s.paragraph("Off").num_id == "0"
    assert (s.paragraph("Bad").num_id, s.paragraph("Bad").ilvl) == (None, None)
    assert s.paragraph("Big").ilvl is None
    assert s.paragraph("Normal").num_id is None


def test_character_styles():
    s = sheet(
        pstyle("Strong", "Strong", type_="character", rpr="<w:b/>")
        + pstyle("StrongCaps", "Strong caps", type_="character", based="Strong", rpr="<w:caps/>")
        + pstyle("NotBold", "Not bold", type_="character", based="Strong", rpr='<w:b w:val="0"/>')
        + pstyle("Plain", "Plain", type_="character")
        + pstyle("CsOnly", "Cs", type_="character", rpr="<w:bCs/>")
    )
    assert s.character_bold("Strong") is True
    assert s.character_caps("Strong") is None
    assert s.character_bold("StrongCaps") is True
    assert s.character_caps("StrongCaps") is True
    assert s.character_bold("NotBold") is False
    assert s.character_bold("Plain") is None
    assert s.character_bold("CsOnly") is None
    assert s.character_bold("Missing") is None
    assert s.character_bold(None) is None


def test_paragraph_is_cached_and_frozen():
    s = sheet(NORMAL + pstyle("H", "heading 1"))
    assert s.paragraph("H") is s.paragraph("H")
    assert s.paragraph(None) is s.paragraph(None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.paragraph("H").bold = False  # type: ignore[misc]


def test_numbering_style_num_id():
    s = sheet('<w:style w:type="numbering" w:styleId="DS"><w:name w:val="DS"/>'
              '<w:pPr><w:numPr><w:numId w:val="12"/></w:numPr></w:pPr></w:style>')
    assert s.numbering_style_num_id("DS") == "12"
    assert s.numbering_style_num_id("none") is None
    assert s.style_type("DS") == "numbering"


def test_python_docx_default_template():
    s = StyleSheet.from_xml(docx.Document().styles.element)
    assert s.default_paragraph_style == "Normal"
    h1 = s.paragraph("Heading1")
    assert h1.heading_level == 0 and h1.bold and h1.name == "heading 1"
    assert s.paragraph("Heading2").heading_level == 1
    assert s.paragraph("Title").heading_level is None
    assert s.paragraph("ListNumber").num_id is not None
    assert s.character_bold("Strong") is True
    assert not s.paragraph(None).bold


def test_broken_xml_does_not_raise():
    s = sheet('<w:style/><w:style w:styleId="X" w:type="paragraph"><w:basedOn/><w:name/>'
              '<w:pPr><w:outlineLvl/><w:jc/><w:numPr><w:ilvl/><w:numId/></w:numPr></w:pPr>'
              "<w:rPr><w:b/></w:rPr></w:style>")
    p = s.paragraph("X")
    assert p.bold and p.heading_level is None and p.num_id is None
    assert s.name("X") is None


_ids = st.sampled_from(["A", "B", "C", "D", "Normal", "heading 1", ""])
_vals = st.sampled_from(["0", "1", "2", "9", "-1", "x", "", "on", "off", "center", "99999999999"])


@st.composite
def _style_xml(draw):
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        sid = draw(_ids)
        kind = draw(st.sampled_from(["paragraph", "character", "numbering", "table", "junk"]))
        inner = ""
        if draw(st.booleans()):
            inner += f'<w:name w:val="{draw(_ids)}"/>'
        if draw(st.booleans()):
            inner += f'<w:basedOn w:val="{draw(_ids)}"/>'
        ppr = ""
        for tag in ("outlineLvl", "jc"):
            if draw(st.booleans()):
                ppr += f'<w:{tag} w:val="{draw(_vals)}"/>'
        if draw(st.booleans()):
            ppr += f'<w:numPr><w:ilvl w:val="{draw(_vals)}"/><w:numId w:val="{draw(_vals)}"/></w:numPr>'
        rpr = "".join(f'<w:{t} w:val="{draw(_vals)}"/>' for t in ("b", "caps") if draw(st.booleans()))
        default = ' w:default="1"' if draw(st.booleans()) else ""
        parts.append(f'<w:style w:type="{kind}" w:styleId="{sid}"{default}>{inner}'
                     f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")
    return "".join(parts)


@settings(max_examples=200, deadline=None)
@given(_style_xml(), _ids)
def test_fuzz_never_raises(body, sid):
    s = sheet(body)
    p = s.paragraph(sid)
    assert p.heading_level is None or 0 <= p.heading_level <= 8
    assert p.outline_level is None or 0 <= p.outline_level <= 8
    assert p.ilvl is None or 0 <= p.ilvl <= 8
    s.paragraph(None)
    s.character_bold(sid)
    s.character_caps(sid)
    s.name(sid)

"""Paragraph and character styles of a .docx (styles.xml).

Interface (the docx reader depends on exactly this):

    StyleSheet.from_xml(root_or_None) -> StyleSheet
    StyleSheet.default_paragraph_style -> str | None       styleId of the default paragraph style
    StyleSheet.name(style_id) -> str | None                 w:name/@w:val
    StyleSheet.paragraph(style_id_or_None) -> ParagraphStyle   resolved through basedOn + docDefaults
        ParagraphStyle fields: num_id: str|None, ilvl: int|None, outline_level: int|None (0-based),
                               bold: bool, caps: bool, centered: bool, heading_level: int|None (0-based)
    StyleSheet.character_bold(style_id) -> bool | None      bold of a character style (None: not set)
    StyleSheet.character_caps(style_id) -> bool | None

Extras (used by the numbering reader, free for others):

    ParagraphStyle.style_id / .name       the style actually resolved (after the default fallback)
    StyleSheet.chain(style_id) -> tuple[str, ...]   the style and its basedOn ancestors, nearest
                                                   first, cycle-safe
    StyleSheet.numbering_style_num_id(style_id) -> str | None
                                                   w:numId of a numbering style (w:numStyleLink)
    on_off(element) -> bool | None        the ST_OnOff reading of w:b, w:caps...

How the properties are resolved, as Word does:
- every property is looked up in the style, then in its ``w:basedOn`` ancestors, the nearest
  setting winning, then in ``w:docDefaults``; the two parts of ``w:numPr`` (numId, ilvl) are
  inherited separately.  A ``w:basedOn`` cycle or a chain to a missing style just ends the walk.
- ``w:b`` and ``w:caps`` are toggle properties in Word, but the toggling happens *between* style
  kinds (paragraph style, character style, direct formatting), not along a basedOn chain, where the
  nearest setting wins; combining a run's character style with its paragraph style is the docx
  reader's job.  ``w:bCs`` (complex-script bold) is not ``w:b`` and is ignored.
- ``heading_level`` comes from the style's own name ("heading 1".."heading 9", any case: Word
  stores the English built-in names whatever its UI language), else from ``w:outlineLvl`` in the
  chain (9 = body text), else from a built-in heading name further up the chain (a style based on
  "heading 2" without an outline level of its own is still outline level 2 in Word).
- ``w:numPr`` in ``w:docDefaults`` is ignored (Word does not number every paragraph of such a
  file either).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W_NS

__all__ = ["ParagraphStyle", "StyleSheet", "on_off", "W_NS"]

_HEADING_NAME = regex.compile(r"heading\s*([1-9])", regex.IGNORECASE)
_MAX_CHAIN = 64  # basedOn chains in real files are short; this only bounds garbage


def _w(tag: str) -> str:
    return _W + tag


def _val(el) -> str | None:
    if el is None:
        return None
    v = el.get(_W + "val")
    return v.strip() if isinstance(v, str) else None


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except (ValueError, AttributeError):
        return None


def on_off(el) -> bool | None:
    """ST_OnOff of an element such as w:b: None when absent; no w:val, "1", "true", "on" are on,
    "0", "false", "off" are off.  An unreadable value counts as on (the element is there)."""
    if el is None:
        return None
    v = el.get(_W + "val")
    if v is None:
        return True
    return v.strip().lower() not in ("0", "false", "off")


def norm_id(value) -> str | None:
    """A numbering id as Word reads it: a decimal number ("01" is "1"); other text is kept."""
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    try:
        return str(int(s))
    except ValueError:
        return s


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    num_id: str | None = None
    ilvl: int | None = None
    outline_level: int | None = None  # 0-based; None for body text
    bold: bool = False
    caps: bool = False
    centered: bool = False
    heading_level: int | None = None  # 0-based
    style_id: str | None = None  # the style resolved (None: docDefaults only)
    name: str | None = None


@dataclass(slots=True)
class _Raw:
    """What one w:style element says by itself."""

    style_id: str
    type: str
    name: str | None = None
    based_on: str | None = None
    default: bool = False
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None  # raw w:outlineLvl value, 9 included
    jc: str | None = None
    bold: bool | None = None
    caps: bool | None = None


def _read_ppr(ppr, raw) -> None:
    if ppr is None:
        return
    numpr = ppr.find(_w("numPr"))
    if numpr is not None:
        nid = numpr.find(_w("numId"))
        if nid is not None:
            raw.num_id = norm_id(_val(nid))
        lvl = numpr.find(_w("ilvl"))
        if lvl is not None:
            raw.ilvl = _int(_val(lvl))
    ol = ppr.find(_w("outlineLvl"))
    if ol is not None:
        raw.outline = _int(_val(ol))
    jc = ppr.find(_w("jc"))
    if jc is not None:
        raw.jc = _val(jc)


def _read_rpr(rpr, raw) -> None:
    if rpr is None:
        return
    raw.bold = on_off(rpr.find(_w("b")))
    raw.caps = on_off(rpr.find(_w("caps")))


class StyleSheet:
    def __init__(self) -> None:
        self._styles: dict[str, _Raw] = {}
        self._defaults = _Raw(style_id="", type="paragraph")
        self.default_paragraph_style: str | None = None
        self._para_cache: dict[str | None, ParagraphStyle] = {}
        self._chain_cache: dict[str, tuple[str, ...]] = {}

    # ------------------------------------------------------------------ reading
    @classmethod
    def from_xml(cls, root) -> "StyleSheet":
        sheet = cls()
        if root is None:
            return sheet
        try:
            sheet._load(root)
        except Exception:  # a broken styles.xml must never stop the reader
            pass
        return sheet

    def _load(self, root) -> None:
        dd = root.find(_w("docDefaults"))
        if dd is not None:
            ppr_def = dd.find(_w("pPrDefault"))
            if ppr_def is not None:
                _read_ppr(ppr_def.find(_w("pPr")), self._defaults)
            rpr_def = dd.find(_w("rPrDefault"))
            if rpr_def is not None:
                _read_rpr(rpr_def.find(_w("rPr")), self._defaults)
            self._defaults.num_id = None  # see the module docstring
            self._defaults.ilvl = None
        for el in root.iter(_w("style")):
            sid = el.get(_w("styleId"))
            if sid is None:
                continue
            raw = _Raw(style_id=sid, type=(el.get(_w("type")) or "paragraph").strip())
            raw.name = _val(el.find(_w("name")))
            based = _val(el.find(_w("basedOn")))
            raw.based_on = based if based and based != sid else None
            raw.default = (el.get(_w("default")) or "").strip().lower() in ("1", "true", "on")
            _read_ppr(el.find(_w("pPr")), raw)
            _read_rpr(el.find(_w("rPr")), raw)
            if sid in self._styles:  # a duplicate id: the first one is kept
                continue
            self._styles[sid] = raw
            if raw.default and raw.type == "paragraph" and self.default_paragraph_style is None:
                self.default_paragraph_style = sid

    # ------------------------------------------------------------------ queries
    def name(self, style_id: str | None) -> str | None:
        raw = self._styles.get(style_id) if style_id is not None else None
        return raw.name if raw is not None else None

    def chain(self, style_id: str | None) -> tuple[str, ...]:
        """The style and its basedOn ancestors, nearest first; () for an unknown style."""
        if style_id is None or style_id not in self._styles:
            return ()
        hit = self._chain_cache.get(style_id)
        if hit is not None:
            return hit
        out: list[str] = []
        seen: set[str] = set()
        sid: str | None = style_id
        while sid is not None and sid not in seen and sid in self._styles and len(out) < _MAX_CHAIN:
            seen.add(sid)
            out.append(sid)
            sid = self._styles[sid].based_on
        result = tuple(out)
        self._chain_cache[style_id] = result
        return result

    def _first(self, chain, attr):
        for sid in chain:
            v = getattr(self._styles[sid], attr)
            if v is not None:
                return v
        return None

    def paragraph(self, style_id: str | None = None) -> ParagraphStyle:
        hit = self._para_cache.get(style_id)
        if hit is not None:
            return hit
        sid = style_id
        raw = self._styles.get(sid) if sid is not None else None
        if raw is None or raw.type != "paragraph":
            sid = self.default_paragraph_style
        result = self._resolve_paragraph(sid)
        self._para_cache[style_id] = result
        return result

    def _resolve_paragraph(self, sid: str | None) -> ParagraphStyle:
        chain = self.chain(sid)
        d = self._defaults

        def pick(attr):
            v = self._first(chain, attr)
            return v if v is not None else getattr(d, attr)

        outline = pick("outline")
        outline_level = outline if outline is not None and 0 <= outline <= 8 else None
        name = self.name(sid)
        heading = _heading_from_name(name)
        if heading is None:
            if outline is not None:
                heading = outline_level
            else:
                for anc in chain[1:]:
                    heading = _heading_from_name(self._styles[anc].name)
                    if heading is not None:
                        break
        jc = pick("jc")
        ilvl = self._first(chain, "ilvl")
        if ilvl is not None and not 0 <= ilvl <= 8:
            ilvl = None
        return ParagraphStyle(
            num_id=self._first(chain, "num_id"),
            ilvl=ilvl,
            outline_level=outline_level,
            bold=bool(pick("bold")),
            caps=bool(pick("caps")),
            centered=(jc or "").lower() == "center",
            heading_level=heading,
            style_id=sid,
            name=name,
        )

    def character_bold(self, style_id: str | None) -> bool | None:
        return self._first(self.chain(style_id), "bold")

    def character_caps(self, style_id: str | None) -> bool | None:
        return self._first(self.chain(style_id), "caps")

    def numbering_style_num_id(self, style_id: str | None) -> str | None:
        """w:numId of a numbering style (through its basedOn chain): the target of w:numStyleLink."""
        return self._first(self.chain(style_id), "num_id")

    def style_type(self, style_id: str | None) -> str | None:
        raw = self._styles.get(style_id) if style_id is not None else None
        return raw.type if raw is not None else None

    def __contains__(self, style_id) -> bool:
        return style_id in self._styles


def _heading_from_name(name: str | None) -> int | None:
    if not name:
        return None
    m = _HEADING_NAME.fullmatch(name.strip())
    return int(m.group(1)) - 1 if m else None

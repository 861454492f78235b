"""Word list numbering rendered like Word renders it (numbering.xml).

Interface (the docx reader depends on exactly this):

    Numbering.from_xml(root_or_None, styles: StyleSheet) -> Numbering
    Numbering.resolve(num_id: str|None, ilvl: int|None, style_id: str|None) -> tuple[str, int] | None
        the (numId, ilvl) in force for a paragraph, from its direct w:numPr (either part may be
        missing) and its paragraph style chain; None when not numbered (numId 0, unknown numId...)
    Numbering.next_label(num_id: str, ilvl: int) -> ListLabel | None
        advances the counters (call once per numbered paragraph, in document order) and returns
        ListLabel(text: str, suffix: str, fmt: str, is_bullet: bool)

Extras: ListLabel.ilvl and ListLabel.value (the counter of the paragraph's own level);
Numbering.reset() forgets every counter (to read the same document again); format_number().

The model, as Word does it:
- ``w:num`` (numId) -> ``w:abstractNum`` (abstractNumId) -> nine ``w:lvl``.  An abstractNum with
  ``w:numStyleLink`` only points at a numbering style, whose ``w:numPr/w:numId`` names the num
  whose abstractNum (the one carrying ``w:styleLink``) holds the real levels.  Broken or cyclic
  links fall back to whatever levels were reached; nothing here ever raises on bad XML.
- A ``w:lvlOverride`` of the num may carry a ``w:lvl`` (it replaces the abstract level, element by
  element) and a ``w:startOverride``.
- The counters belong to the abstractNum holding the levels, not to the numId: nums sharing an
  abstractNum continue one sequence.  A ``w:startOverride`` fires once, at the first paragraph of
  that (numId, ilvl): that is Word's "Restart numbering" / "Set numbering value", which creates a
  new num with an override.  Later restarts of that level (after a higher level) use the level's
  ``w:start`` (LibreOffice agrees).
- Using level k resets every deeper level L, unless L's ``w:lvlRestart`` says otherwise:
  ``0`` never restarts; ``n`` (one-based) restarts only when a level 0..n-1 is used; a value that
  names level L itself or a deeper one is ignored (spec 17.9.10).
- ``w:lvlText`` placeholders %1..%9 render the counter of that level in that level's
  ``w:numFmt`` (all decimal when the paragraph's own level has ``w:isLgl``).  A level that has
  not been used since its last reset counts as used at its start value when a deeper level is
  used: a first paragraph at level 1 shows "1.1." and the level-0 paragraph after it "2."; a
  level-2 paragraph right after "2." shows "2.1.1." and a level-1 paragraph after that "2.2."
  (Microsoft's KB Q110380 describes this for Word's heading numbering; LibreOffice does the
  same; it is not LaTeX's "1.0.1").  Placeholders of levels whose format is ``bullet`` or
  ``none`` render as nothing; the literal text around them stays.
- A missing ``w:start`` is 0 (the spec's default; LibreOffice agrees).
- ``resolve``: numId from the paragraph's w:numPr, else from its style chain; ilvl from the
  paragraph, else the style chain, else the level whose ``w:pStyle`` links the paragraph's style
  (or an ancestor of it), else 0.  (ECMA-376 17.9.23 would let the w:pStyle link win even over a
  style's own ilvl; Word writes the two consistently, and here the style's ilvl wins.)  numId 0,
  an unknown numId or a num without its abstractNum: not numbered.  Levels outside 0..8 are
  clamped.

Where LibreOffice 7.4 renders differently (tests/fixtures/numbering/cases.py records each case,
compare_libreoffice.py beside it reruns them), we follow Word:
- LibreOffice ignores ``w:isLgl`` and ``w:lvlRestart``; Word honours both.
- LibreOffice gives a style with a numId but no ilvl level 0, ignoring the ``w:pStyle`` link
  (here: the spec's reading, as above).
- ordinal, cardinalText, ordinalText and CJK formats are rendered as decimal here on purpose:
  Word spells them in the paragraph's language, LibreOffice in English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .styles import StyleSheet, norm_id, on_off

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{%s}" % W_NS
_MC = "{%s}" % MC_NS

__all__ = ["ListLabel", "Numbering", "format_number"]

LEVELS = 9
_MAX_START = 10**6  # larger starts are garbage; keep arithmetic and strings small
# A rendered label stays short whatever the level says: lvlText "%1" x50 in upperLetter from
# 1,000,000 would be 1.9 MB a paragraph, a custom format of 5 million zeros 5 MB.
_MAX_LEVEL_TEXT = 255  # characters of w:lvlText
_MAX_LETTERS = 10  # repeats of a letter ("AAAAAAAAAA" is 244 in upperLetter); past it, decimal
_MAX_PAD = 10  # zeros of a zero-padded format
_MAX_LINK_HOPS = 16
_PLACEHOLDER = regex.compile(r"%([1-9])")
_CUSTOM_ZERO = regex.compile(r"(0*1)\s*,")

# Bullets drawn from the Symbol / Wingdings fonts are stored as private-use characters
# (U+F000 + the font's code); the usual ones are mapped to the character a reader sees.
_PUA_BULLETS = {
    "\uf0b7": "\u2022",  # Symbol bullet
    "\uf0a7": "\u25aa",  # Wingdings small square
    "\uf0a8": "\u2666",  # Symbol diamond
    "\uf0d8": "\u27a2",  # Wingdings arrowhead
    "\uf076": "\u2756",  # Wingdings diamond of four
    "\uf0fc": "\u2713",  # Wingdings check mark
    "\uf0e0": "\u27a2",  # Wingdings arrow
    "\uf02d": "-",  # Symbol minus, used as a dash bullet
    "\uf06f": "o",
    "\uf0b0": "\u00b0",
}


@dataclass(frozen=True, slots=True)
class ListLabel:
    text: str
    suffix: str  # "\t", " " or ""
    fmt: str  # w:numFmt of the paragraph's level ("decimal", "upperRoman", "bullet", ...)
    is_bullet: bool
    ilvl: int = 0
    value: int | None = None  # counter of the paragraph's own level


def _w(tag: str) -> str:
    return _W + tag


def _val(el) -> str | None:
    if el is None:
        return None
    v = el.get(_W + "val")
    return v if isinstance(v, str) else None


def _int(text) -> int | None:
    if text is None:
        return None
    try:
        return int(str(text).strip())
    except ValueError:
        return None


def _start(text) -> int | None:
    v = _int(text)
    if v is None:
        return None
    return max(-_MAX_START, min(_MAX_START, v))


# ---------------------------------------------------------------------- number formats

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        q, n = divmod(n, value)
        out.append(letters * q)
    return "".join(out)


def format_number(value: int, fmt: str, pad: int = 0) -> str:
    """One counter in a w:numFmt.  Formats not listed (ordinal, cardinalText, CJK, ...) and
    values a format cannot show (0 or less in roman or letters) fall back to decimal."""
    if fmt in ("bullet", "none"):
        return ""
    if value > 0:
        if fmt == "upperRoman":
            return _roman(value)
        if fmt == "lowerRoman":
            return _roman(value).lower()
        if fmt in ("upperLetter", "lowerLetter"):
            # Word: A..Z, then AA..ZZ, AAA..: the letter repeated, not base 26
            q, r = divmod(value - 1, 26)
            if q < _MAX_LETTERS:
                s = chr(ord("A") + r) * (q + 1)
                return s if fmt == "upperLetter" else s.lower()
    if fmt == "decimalZero":
        pad = max(pad, 2)
    s = str(abs(value)).rjust(min(pad, _MAX_PAD), "0")
    return "-" + s if value < 0 else s


# ---------------------------------------------------------------------- level definitions

@dataclass(slots=True)
class _RawLevel:
    """What one w:lvl says by itself (None: not given)."""

    start: int | None = None
    fmt: str | None = None
    pad: int | None = None
    text: str | None = None
    restart: int | None = None
    restart_given: bool = False
    suffix: str | None = None
    legal: bool | None = None
    pstyle: str | None = None

    def over(self, base: "_RawLevel | None") -> "_RawLevel":
        """This level laid over base, element by element."""
        if base is None:
            return self
        out = _RawLevel()
        for name in ("start", "fmt", "pad", "text", "suffix", "legal", "pstyle"):
            mine = getattr(self, name)
            setattr(out, name, mine if mine is not None else getattr(base, name))
        if self.fmt is not None:
            out.pad = self.pad
        if self.restart_given:
            out.restart, out.restart_given = self.restart, True
        else:
            out.restart, out.restart_given = base.restart, base.restart_given
        return out


@dataclass(frozen=True, slots=True)
class _Level:
    """A level ready to render."""

    start: int
    fmt: str
    pad: int
    tokens: tuple  # str literals and int level indexes (placeholders)
    restart: int | None  # one-based w:lvlRestart, None: default
    suffix: str
    legal: bool
    is_bullet: bool
    blank: bool  # bullet or none: its placeholder renders as nothing


def _read_numfmt(lvl, raw: _RawLevel) -> None:
    el = lvl.find(_w("numFmt"))
    if el is None:
        # Word 2010+ writes custom formats inside mc:AlternateContent
        for alt in lvl.findall(_MC + "AlternateContent"):
            for choice in alt.findall(_MC + "Choice"):
                cand = choice.find(_w("numFmt"))
                if cand is not None and _val(cand) == "custom":
                    m = _CUSTOM_ZERO.match((cand.get(_W + "format") or "").strip())
                    if m:
                        raw.fmt, raw.pad = "decimalZero", len(m.group(1))
                        return
            fb = alt.find(_MC + "Fallback")
            if fb is not None:
                el = fb.find(_w("numFmt"))
            if el is not None:
                break
    if el is not None:
        v = (_val(el) or "").strip()
        if v:
            raw.fmt = v
            if v == "custom":
                m = _CUSTOM_ZERO.match((el.get(_W + "format") or "").strip())
                if m:
                    raw.fmt, raw.pad = "decimalZero", len(m.group(1))


def _read_level(lvl) -> _RawLevel:
    raw = _RawLevel()
    el = lvl.find(_w("start"))
    if el is not None:
        raw.start = _start(_val(el))
    _read_numfmt(lvl, raw)
    el = lvl.find(_w("lvlText"))
    if el is not None:
        if _null_attr(el, "null"):
            raw.text = ""
        else:
            raw.text = (_val(el) or "")[:_MAX_LEVEL_TEXT]
    el = lvl.find(_w("lvlRestart"))
    if el is not None:
        raw.restart_given = True
        raw.restart = _int(_val(el))
    el = lvl.find(_w("suff"))
    if el is not None:
        raw.suffix = {"tab": "\t", "space": " ", "nothing": ""}.get((_val(el) or "").strip(), "\t")
    el = lvl.find(_w("isLgl"))
    if el is not None:
        raw.legal = bool(on_off(el))
    el = lvl.find(_w("pStyle"))
    if el is not None:
        raw.pstyle = _val(el)
    return raw


def _null_attr(el, name: str) -> bool:
    v = el.get(_W + name)
    return v is not None and v.strip().lower() in ("1", "true", "on")


def _tokens(text: str) -> tuple:
    out: list = []
    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        if m.start() > pos:
            out.append(text[pos:m.start()])
        out.append(int(m.group(1)) - 1)
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return tuple(out)


def _finish(raw: _RawLevel) -> _Level:
    fmt = raw.fmt or "decimal"
    text = raw.text if raw.text is not None else ""
    is_bullet = fmt == "bullet"
    if is_bullet:
        text = "".join(_PUA_BULLETS.get(ch, ch) for ch in text)
    restart = raw.restart if raw.restart_given else None
    return _Level(
        start=raw.start if raw.start is not None else 0,
        fmt=fmt,
        pad=raw.pad or 0,
        tokens=_tokens(text),
        restart=restart,
        suffix=raw.suffix if raw.suffix is not None else "\t",
        legal=bool(raw.legal),
        is_bullet=is_bullet,
        blank=fmt in ("bullet", "none"),
    )


@dataclass(slots=True)
class _Abstract:
    aid: str
    levels: dict[int, _RawLevel] = field(default_factory=dict)
    num_style_link: str | None = None
    style_link: str | None = None


@dataclass(slots=True)
class _Num:
    nid: str
    abstract_id: str | None
    override_levels: dict[int, _RawLevel] = field(default_factory=dict)
    start_overrides: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _NumInfo:
    """Everything next_label needs about one numId, computed once."""

    nid: str
    key: str  # the abstractNum that owns the counters
    levels: tuple  # LEVELS entries, _Level or None
    start_overrides: dict
    pstyles: dict  # paragraph style id -> ilvl (w:lvl/w:pStyle)


class Numbering:
    def __init__(self, styles: StyleSheet | None = None) -> None:
        self._styles = styles if styles is not None else StyleSheet()
        self._abstracts: dict[str, _Abstract] = {}
        self._by_style_link: dict[str, _Abstract] = {}
        self._nums: dict[str, _Num] = {}
        self._info_cache: dict[str, _NumInfo | None] = {}
        self._counters: dict[str, list] = {}
        self._consumed: set[tuple[str, int]] = set()

    # ------------------------------------------------------------------ reading
    @classmethod
    def from_xml(cls, root, styles: StyleSheet | None = None) -> "Numbering":
        numbering = cls(styles)
        if root is None:
            return numbering
        try:
            numbering._load(root)
        except Exception:  # a broken numbering.xml must never stop the reader
            pass
        return numbering

    def _load(self, root) -> None:
        for el in root.iter(_w("abstractNum")):
            aid = norm_id(el.get(_w("abstractNumId")))
            if aid is None or aid in self._abstracts:
                continue
            ab = _Abstract(aid)
            for lvl in el.findall(_w("lvl")):
                i = _int(lvl.get(_w("ilvl")))
                if i is None or not 0 <= i < LEVELS or i in ab.levels:
                    continue
                ab.levels[i] = _read_level(lvl)
            ab.num_style_link = _val(el.find(_w("numStyleLink")))
            ab.style_link = _val(el.find(_w("styleLink")))
            self._abstracts[aid] = ab
            if ab.style_link and ab.style_link not in self._by_style_link:
                self._by_style_link[ab.style_link] = ab
        for el in root.iter(_w("num")):
            nid = norm_id(el.get(_w("numId")))
            if nid is None or nid in self._nums:
                continue
            num = _Num(nid, norm_id(_val(el.find(_w("abstractNumId")))))
            for ov in el.findall(_w("lvlOverride")):
                i = _int(ov.get(_w("ilvl")))
                if i is None or not 0 <= i < LEVELS:
                    continue
                so = ov.find(_w("startOverride"))
                if so is not None:
                    v = _start(_val(so))
                    if v is not None:
                        num.start_overrides[i] = v
                lvl = ov.find(_w("lvl"))
                if lvl is not None:
                    num.override_levels[i] = _read_level(lvl)
            self._nums[nid] = num

    # ------------------------------------------------------------------ definitions
    def _target(self, aid: str | None) -> _Abstract | None:
        """The abstractNum holding the levels for abstractNum aid (following numStyleLink)."""
        first = self._abstracts.get(aid) if aid is not None else None
        if first is None:
            return None
        cur, seen = first, {first.aid}
        for _ in range(_MAX_LINK_HOPS):
            link = cur.num_style_link
            if not link:
                return cur
            nxt = None
            nid = self._styles.numbering_style_num_id(link)
            num = self._nums.get(nid) if nid is not None else None
            if num is not None:
                nxt = self._abstracts.get(num.abstract_id) if num.abstract_id is not None else None
            if nxt is None:
                nxt = self._by_style_link.get(link)
            if nxt is None or nxt.aid in seen:
                break
            seen.add(nxt.aid)
            cur = nxt
        # a broken or cyclic link: the best levels reached
        if cur.levels:
            return cur
        return first if first.levels else cur

    def _info(self, nid: str | None) -> _NumInfo | None:
        if nid is None:
            return None
        try:
            return self._info_cache[nid]
        except KeyError:
            pass
        info = None
        try:
            info = self._build_info(nid)
        except Exception:
            info = None
        self._info_cache[nid] = info
        return info

    def _build_info(self, nid: str) -> _NumInfo | None:
        num = self._nums.get(nid)
        if num is None or nid == "0":
            return None
        target = self._target(num.abstract_id)
        if target is None:
            return None
        levels = []
        pstyles: dict[str, int] = {}
        for i in range(LEVELS):
            raw = target.levels.get(i)
            ov = num.override_levels.get(i)
            if ov is not None:
                raw = ov.over(raw)
            if raw is None:
                levels.append(None)
                continue
            levels.append(_finish(raw))
            if raw.pstyle and raw.pstyle not in pstyles:
                pstyles[raw.pstyle] = i
        return _NumInfo(nid, target.aid, tuple(levels), dict(num.start_overrides), pstyles)

    # ------------------------------------------------------------------ queries
    def resolve(self, num_id, ilvl, style_id) -> tuple[str, int] | None:
        try:
            pstyle = self._styles.paragraph(style_id)
            nid = norm_id(num_id) if num_id is not None else pstyle.num_id
            if nid is None or nid == "0":
                return None
            info = self._info(nid)
            if info is None:
                return None
            lvl = _int(ilvl) if ilvl is not None else None
            if lvl is None:
                lvl = pstyle.ilvl
            if lvl is None:
                for sid in self._styles.chain(pstyle.style_id):
                    lvl = info.pstyles.get(sid)
                    if lvl is not None:
                        break
            if lvl is None:
                lvl = 0
            return nid, min(max(lvl, 0), LEVELS - 1)
        except Exception:
            return None

    def next_label(self, num_id, ilvl) -> ListLabel | None:
        try:
            info = self._info(norm_id(num_id))
            ilvl = int(ilvl)
        except (TypeError, ValueError):
            return None
        if info is None or not 0 <= ilvl < LEVELS:
            return None
        levels = info.levels
        level = levels[ilvl]
        if level is None:
            return None
        values = self._counters.get(info.key)
        if values is None:
            values = self._counters[info.key] = [None] * LEVELS

        value = self._advance(info, values, ilvl)
        # A higher level not used since its last reset counts as used at its start value: a
        # first paragraph at level 1 shows "1.1." and the next level-0 paragraph is "2."
        for higher in range(ilvl):
            if values[higher] is None and levels[higher] is not None:
                self._advance(info, values, higher)

        for deeper in range(ilvl + 1, LEVELS):
            d = levels[deeper]
            r = d.restart if d is not None else None
            if r is None or r < 0 or r - 1 >= deeper:
                values[deeper] = None  # default: any higher level restarts it
            elif r != 0 and ilvl <= r - 1:
                values[deeper] = None

        legal = level.legal
        parts = []
        for tok in level.tokens:
            if tok.__class__ is str:
                parts.append(tok)
                continue
            lv = levels[tok]
            if lv is None or lv.blank:
                continue
            n = values[tok]
            if n is None:  # a deeper level named in the text: it has just been reset
                n = lv.start
            parts.append(str(n) if legal else format_number(n, lv.fmt, lv.pad))
        return ListLabel("".join(parts), level.suffix, level.fmt, level.is_bullet, ilvl, value)

    def _advance(self, info: _NumInfo, values: list, ilvl: int) -> int:
        override = info.start_overrides.get(ilvl)
        if override is not None and (info.nid, ilvl) not in self._consumed:
            self._consumed.add((info.nid, ilvl))
            value = override
        elif values[ilvl] is None:
            value = info.levels[ilvl].start
        else:
            value = values[ilvl] + 1
        values[ilvl] = value
        return value

    def reset(self) -> None:
        """Forget every counter, as before the first paragraph of the document."""
        self._counters.clear()
        self._consumed.clear()

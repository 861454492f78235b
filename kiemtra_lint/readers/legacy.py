"""Detect Vietnamese typed in a legacy 8-bit encoding (TCVN3 / VNI) inside Unicode text.

Old drafts typed with ".VnTime" (TCVN3, ABC) or "VNI-Times" fonts store Vietnamese
letters as Latin-1 look-alikes ("Uû ban nh©n d©n", "Xin chaøo").  Linting such text
gives nonsense, so the reader reports it instead.  Evidence: the fonts named in
``w:rFonts``, and text with many Latin-1 letters but none of the precomposed
Vietnamese letters (U+1EA0..U+1EF9) or ơ/ư/ă/đ.
"""

from __future__ import annotations

import regex

_VIETNAMESE = regex.compile(r"[\u1EA0-\u1EF9\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0]")
_LATIN1_LETTERS = regex.compile(r"[\u00A1-\u00FF]")
# characters TCVN3 uses for Vietnamese letters that ordinary Latin-1 text hardly ever has
_TCVN3_MARKS = regex.compile(r"[\u00A2-\u00A9\u00AB\u00AE\u00B5-\u00BE\u00C6\u00C7\u00CA-\u00CE\u00D1-\u00D8\u00DC-\u00DE]")
_VNI_MARKS = regex.compile(r"(?<=[A-Za-z])[\u00F8\u00F9\u00FB\u00F5\u00EF\u00F6\u00E4\u00E5\u00E1\u00E0\u00E3\u00EB\u00F4\u00EA\u00E2\u00E8\u00EC\u00F2\u00F3]")


def font_encoding(font: str) -> str | None:
    name = font.strip().lower()
    if name.startswith(".vn"):
        return "TCVN3"
    if name.startswith("vni-") or name.startswith("vni "):
        return "VNI"
    return None


def detect(text: str, fonts: dict[str, int]) -> str | None:
    """``"TCVN3"``, ``"VNI"`` or ``None`` for Unicode text.

    ``fonts`` maps a font name to the number of characters typed in it.  The letters are
    counted only when needed: text with a Vietnamese letter has letters, and is Unicode unless
    its fonts are legacy ones.
    """
    legacy_chars: dict[str, int] = {}
    for font, count in fonts.items():
        enc = font_encoding(font)
        if enc:
            legacy_chars[enc] = legacy_chars.get(enc, 0) + count
    font_total = sum(fonts.values())
    letters = None
    if legacy_chars and font_total:
        letters = _letters(text)
        if letters == 0:
            return None
        enc, count = max(legacy_chars.items(), key=lambda kv: kv[1])
        if count / font_total >= 0.3 and len(_VIETNAMESE.findall(text)) < 0.002 * letters:
            return enc
    if _VIETNAMESE.search(text):
        return None
    if letters is None:
        letters = _letters(text)
    if letters == 0:
        return None
    latin1 = len(_LATIN1_LETTERS.findall(text))
    if latin1 < 0.03 * letters or latin1 < 5:
        return None
    tcvn = len(_TCVN3_MARKS.findall(text))
    vni = len(_VNI_MARKS.findall(text))
    if tcvn >= vni and tcvn >= 0.5 * latin1:
        return "TCVN3"
    if vni >= 0.5 * latin1:
        return "VNI"
    return None


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


#: How much text the detection looks at: a legacy encoding shows in every line, and counting the
#: letters of a whole 400-page draft (or of one 10 MB paragraph) would cost more than the whole rest of the check.
SAMPLE_CHARS = 100_000


def _sample(doc) -> str:
    """The text of the first blocks, at most SAMPLE_CHARS characters."""
    pieces, size = [], 0
    for b in doc.blocks[:2000]:
        pieces.append(b.text[: SAMPLE_CHARS - size])
        size += len(pieces[-1]) + 1
        if size >= SAMPLE_CHARS:
            break
    return "\n".join(pieces)


def diagnose(doc) -> None:
    """Mark ``doc`` and add a KT003 diagnostic when its text is in a legacy encoding."""
    from ..document import Diagnostic

    sample = _sample(doc)
    enc = detect(sample, doc.fonts)
    if not enc:
        return
    doc.legacy_encoding = enc
    font_names = sorted(f for f in doc.fonts if font_encoding(f))
    shown = ", ".join(font_names[:3]) or ("kiểu .VnTime" if enc == "TCVN3" else "kiểu VNI-Times")
    doc.diagnostics.append(Diagnostic(
        "KT003", f"Văn bản gõ bằng bảng mã cũ {enc} (phông {shown}), không phải Unicode; hãy chuyển sang Unicode "
                 "(ví dụ bằng Unikey: Công cụ chuyển mã) rồi kiểm tra lại. Các quy tắc khác không được chạy",
        f"The text is in the legacy {enc} encoding (fonts {shown}), not Unicode; convert it to Unicode and check "
        "again. Other rules were not run"))

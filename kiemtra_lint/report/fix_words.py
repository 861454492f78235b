"""How a certain fix reads to a person, the same words in every report that shows one
(terminal, HTML, SARIF): "Sửa «92,4» thành «92,5»", "Xoá «…»", "Thêm «…»"."""

from __future__ import annotations


def describe(old: str, new: str, lang: str) -> str:
    """The change from ``old`` to ``new``, in ``lang``; invisible characters are shown by code."""
    old, new = _visible(old), _visible(new)
    if not new:
        return f"Xoá «{old}»" if lang == "vi" else f"Delete «{old}»"
    if not old:
        return f"Thêm «{new}»" if lang == "vi" else f"Insert «{new}»"
    return f"Sửa «{old}» thành «{new}»" if lang == "vi" else f"Replace «{old}» with «{new}»"


def for_finding(f, lang: str) -> str | None:
    """The finding's fix described, or None when it has no certain fix."""
    if f.fix is None or f.place is None:
        return None
    return describe(f.place["text"][f.fix.start:f.fix.end], f.fix.replacement, lang)


def _visible(text: str) -> str:
    """Spaces stay; a character that prints nothing (U+200B...) is written as U+XXXX."""
    return "".join(c if c.isprintable() or c == " " else f"U+{ord(c):04X}" for c in text)

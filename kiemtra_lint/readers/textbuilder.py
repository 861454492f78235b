"""Build a block's NFC text from source pieces while keeping the offset map."""

from __future__ import annotations

import unicodedata

from ..document import Segment
from ..text import is_nfc


class TextBuilder:
    """Accumulates pieces of text, each with where it came from.

    Every piece is normalised to NFC on its own, so offsets stay exact; a
    composition across two pieces (a base letter in one run, its combining
    tone mark in the next) is rare and handled by :meth:`finish`.
    """

    __slots__ = ("pieces", "segments", "length", "denormalized")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.segments: list[Segment] = []
        self.length = 0
        self.denormalized: list[tuple[int, int]] = []  # spans whose source was not NFC

    def add(self, text: str, part: str, para: int, run: int, offset: int = 0) -> None:
        if not text:
            return
        start = self.length
        if not is_nfc(text):
            text = unicodedata.normalize("NFC", text)
            self.denormalized.append((start, start + len(text)))
        end = start + len(text)
        self.segments.append(Segment(start, end, part, para, run, offset))
        self.pieces.append(text)
        self.length = end

    def finish(self) -> str:
        text = "".join(self.pieces)
        if len(self.pieces) < 2 or is_nfc(text):  # one piece was normalised by add()
            return text
        # A composition across pieces: renormalise and stretch the map proportionally.
        fixed = unicodedata.normalize("NFC", text)
        scale = len(fixed) / len(text)
        for seg in self.segments:
            seg.start = round(seg.start * scale)
            seg.end = round(seg.end * scale)
        self.denormalized.append((0, len(fixed)))
        self.length = len(fixed)
        return fixed

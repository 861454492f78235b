"""Which blocks the consistency rules read."""

from __future__ import annotations

MAX_BLOCK_CHARS = 50_000  # about 20 pages in one paragraph: a dump, not something someone wrote


def readable(block) -> bool:
    """Whether a block is short enough to be a paragraph someone wrote (a longer one is a
    converted page or table run together: comparing spellings across it says nothing)."""
    return len(block.text) <= MAX_BLOCK_CHARS

"""Whether a text visibly reaches its end, so that what belongs at the end can be missing.

A user checks a draft not yet finished, or pastes part of a text (a web page, one chapter), and a
web page or a republication may keep only a document's opening.  The parts and sections that come
late (the later sections of a report's outline, the signature and "Nơi nhận:") are then absent
without being missing.  Their absence is certain only when the text shows that it has ended:

* a part of the closing block is there (a signing authority "TM.", a signer's title, "Nơi nhận:"),
  so the draft has reached its close even if another closing part is lacking;
* a paragraph ends with "./.", the mark that closes the body of an official text;
* an annex or form ("PHỤ LỤC I", "Mẫu số 01") follows the body, which therefore ended before it.

Anything less (a last paragraph that ends with a full stop, a final article on entry into force)
is also how a cut copy ends, so it proves nothing.

A copy of the two-column closing block gives the recipients' column first and the signature's
after it; a text that stops inside the recipients' list, before its last item ("- Lưu: VT"), may
have lost the signature with the rest (:func:`cut_in_recipients`).
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import FOOTNOTE, Document

from .forms import forms_start
from .parts import Parts

_LIST_ITEM = regex.compile(r"^[-+•*]\s*")
_FILED = regex.compile(r"^[-+•*]\s*Lưu\b", regex.I)  # the list's last item: the copy kept on file
# "./." closing the body, as typed or kept in a plain-text copy ("… thực hiện./.", "*./.*")
_END_MARK = regex.compile(r"\./\.[\s*_]*$")


def reaches_end(doc: Document, parts: Parts) -> bool:
    """Whether the text shows its end: a closing part, a body closed by "./.", or an annex after it."""
    if parts.closing_start is not None:
        return True
    if any(b.kind != FOOTNOTE and _END_MARK.search(b.text) for b in doc.blocks[parts.front_end:]):
        return True
    annex = forms_start(doc)
    return annex is not None and annex > parts.front_end


def cut_in_recipients(doc: Document, parts: Parts) -> bool:
    """Whether the text stops inside the recipients' list: its last line is an item of the list
    that is not the last one ("- Lưu: VT") and does not end with a full stop ("- Như Điều ")."""
    if parts.recipients is None:
        return False
    last = next((b for b in reversed(doc.blocks) if b.kind != FOOTNOTE and b.text.strip()), None)
    if last is None or last.index < parts.recipients.block:
        return False
    line = last.text.strip().split("\n")[-1].strip()
    return bool(_LIST_ITEM.match(line)) and not _FILED.match(line) and not line.endswith(".")

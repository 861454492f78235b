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
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import FOOTNOTE, Document

from .forms import forms_start
from .parts import Parts

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

"""The one exception a reader raises for a file it cannot read."""

from __future__ import annotations


class InputError(Exception):
    """A file that could not be read; the message names the cause in Vietnamese.

    ``code`` is the KT0xx code reported for it; the CLI turns it into exit 2
    and a clear message, never a traceback.
    """

    def __init__(self, message_vi: str, message_en: str, code: str = "KT001"):
        super().__init__(message_en)
        self.message_vi = message_vi
        self.message_en = message_en
        self.code = code

    def message(self, lang: str = "vi") -> str:
        return self.message_en if lang == "en" else self.message_vi


class PartError(InputError):
    """A part of a .docx that is damaged (not well-formed XML, empty, cannot be inflated).

    The main part's is the file's error; a secondary part's (styles, numbering, notes,
    comments) is reported as KT006 and the body is still checked.  A part refused as
    hostile (DOCTYPE, zip bomb) is an InputError, never this: the whole file is refused.
    """

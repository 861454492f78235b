"""The exceptions for a file that could not be read or written; each carries its message
in Vietnamese and English, which the CLI prints (exit 2), never a traceback."""

from __future__ import annotations


class FileProblem(Exception):
    """A file that could not be read or written; the message names the cause."""

    def __init__(self, message_vi: str, message_en: str):
        super().__init__(message_en)
        self.message_vi = message_vi
        self.message_en = message_en

    def message(self, lang: str = "vi") -> str:
        return self.message_en if lang == "en" else self.message_vi


class InputError(FileProblem):
    """A file that could not be read; the message names the cause in Vietnamese.

    ``code`` is the KT0xx code reported for it; the CLI turns it into exit 2
    and a clear message, never a traceback.
    """

    def __init__(self, message_vi: str, message_en: str, code: str = "KT001"):
        super().__init__(message_vi, message_en)
        self.code = code


class PartError(InputError):
    """A part of a .docx that is damaged (not well-formed XML, empty, cannot be inflated).

    The main part's is the file's error; a secondary part's (styles, numbering, notes,
    comments) is reported as KT006 and the body is still checked.  A part refused as
    hostile (DOCTYPE, zip bomb) is an InputError, never this: the whole file is refused.
    """


class OutputError(FileProblem):
    """A report or an annotated copy that could not be written (no such folder, no right to
    write, a full disk, a folder in its place); nothing half-written is left behind."""

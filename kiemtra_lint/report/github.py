"""GitHub Actions workflow commands (``--format github``), one line per finding, as Ruff writes them:

    ::warning title=kiemtra-lint (KT101),file=gap.md,line=5,col=1,endLine=5,endColumn=5::gap.md:5:1: KT101 ...

In a .md/.txt file the line and columns are exact; a .docx has no lines, so the
annotation is on the file and the message names the section and quotes the words.
"""

from __future__ import annotations

from pathlib import Path

from ..lint import FileResult
from .locate import section_display

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
FRONT = {"vi": "phần đầu văn bản", "en": "front matter"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def line(r: FileResult, f, lang: str) -> str:
    props = [f"title={escape_property(f'kiemtra-lint ({f.rule})')}", f"file={escape_property(r.path)}"]
    message = f.message.get(lang)
    source = f.place.get("source") if f.place else None
    if source:
        props += [f"line={source['startLine']}", f"col={source['startColumn']}",
                  f"endLine={source['endLine']}", f"endColumn={source['endColumn']}"]
        text = f"{r.path}:{source['startLine']}:{source['startColumn']}: {f.rule} {message}"
    elif f.place is not None:
        where = section_display(f.place["location"]["section"]) or FRONT[lang]
        text = f"{r.path}: [{where}] {f.rule} {message}: «{f.place['excerpt']}»"
    else:
        text = f"{r.path}: {f.rule} {message}"
    return f"::{COMMAND[f.severity]} {','.join(props)}::{escape_data(text)}"


def render(results: list[FileResult], lang: str = "vi") -> str:
    return "".join(lines(results, lang))


def lines(results, lang: str = "vi"):
    """The output line by line (each with its newline), one file's results at a time."""
    for r in results:
        if r.error is not None:
            code = r.error_code or "KT001"
            message = r.error.get(lang)
            name = Path(r.path).name + ": "
            message = message[len(name):] if message.startswith(name) else message
            yield (f"::error title={escape_property(f'kiemtra-lint ({code})')},file={escape_property(r.path)}"
                   f"::{escape_data(f'{r.path}: {code} {message}')}\n")
        for f in r.findings:
            yield line(r, f, lang) + "\n"

"""``--format concise``: one line per finding with the path on every line, as Ruff's concise
output, so that grep, editors' error lists and ``sort | uniq -c`` work on it:

    du-thao.md:12:5: KT201 49/53 = 92,45%, không phải 90,5%
    du-thao.docx:§A.II.1.2 (đoạn 57): KT201 49/53 = 92,45%, không phải 90,5%

A .md/.txt finding names its line and column; a .docx has no lines, so the section label
(no spaces, to keep the line one field for grep) and the block number stand in for them.
Also ``--statistics``: how many findings each rule made, the most frequent first.
"""

from __future__ import annotations

from collections import Counter

from ..lint import FileResult

BLOCK = {"vi": "đoạn", "en": "block"}
FRONT = {"vi": "đầu", "en": "front"}


def section_label(section) -> str:
    """"A.II.1.2" for ("A.", "II.", "1.", "1.2."): labels without their closing dot, joined by
    dots, a numbered label that repeats its parent's number ("1.2." under "1.") standing for both."""
    out: list[str] = []
    for label in section:
        label = "".join(label.split()).rstrip(".)-–/:")
        if out and label.startswith(out[-1] + "."):
            out[-1] = label
        else:
            out.append(label)
    return ".".join(out)


def where(f, lang: str) -> str:
    """``12:5`` in a text file, ``§A.II.1.2 (đoạn 57)`` in a .docx, "" for the whole file."""
    if f.place is None:
        return ""
    source = f.place.get("source")
    if source:
        return f"{source['startLine']}:{source['startColumn']}"
    location = f.place["location"]
    return f"§{section_label(location['section']) or FRONT[lang]} ({BLOCK[lang]} {location['block']})"


def line(path: str, f, lang: str) -> str:
    at = where(f, lang)
    return f"{path}:{at}: {f.rule} {f.message.get(lang)}" if at else f"{path}: {f.rule} {f.message.get(lang)}"


def render(results: list[FileResult], lang: str = "vi") -> str:
    return "".join(lines(results, lang))


def lines(results, lang: str = "vi"):
    """The output line by line (each with its newline), one file's results at a time."""
    for r in results:
        if r.error is not None:
            yield f"{r.path}: {r.error_code or 'KT001'} {r.error.get(lang)}\n"
        for f in r.findings:
            yield line(r.path, f, lang) + "\n"


def statistics(results: list[FileResult], lang: str = "vi") -> str:
    """``   12  KT201  fraction-percent``: findings per rule, most first (then by code); files
    that could not be read count under their KT0xx code."""
    counts: Counter = Counter()
    names: dict[str, str] = {}
    for r in results:
        if r.error is not None:
            counts[r.error_code or "KT001"] += 1
            names.setdefault(r.error_code or "KT001", "unreadable-file")
        for f in r.findings:
            counts[f.rule] += 1
            names[f.rule] = f.name
    if not counts:
        return ("không có phát hiện nào\n" if lang != "en" else "no findings\n")
    width = len(str(max(counts.values())))
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(f"{n:>{width}}  {code}  {names[code]}\n" for code, n in rows)

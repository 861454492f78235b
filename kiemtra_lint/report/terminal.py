"""Terminal output: findings grouped by file and section, each in its sentence.

With a colour terminal the flagged words are highlighted; when the output is not
a TTY, or NO_COLOR is set, the same layout is printed as plain text with the
flagged words between « and ».
"""

from __future__ import annotations

import os
import sys
from itertools import groupby
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..lint import FileResult
from ..readers import DOCX_SUFFIXES
from .fix_words import for_finding
from .json import summary
from .locate import context, section_display

SEVERITY_LABEL = {"vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
                  "en": {"error": "error", "warning": "warning", "info": "info"}}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CONTEXT_CHARS = 90

WORDS = {
    "vi": {"profile": "hồ sơ", "whole": "toàn văn bản", "front": "phần đầu văn bản", "table": "bảng",
           "row": "hàng", "col": "cột", "note": "chú thích", "also": "xem thêm", "file": "Tệp",
           "errors": "Lỗi", "warnings": "Cảnh báo", "infos": "Thông tin", "total": "Tổng",
           "clean": "không có phát hiện nào", "unreadable": "không đọc được",
           "fixable": "kiemtra fix sửa được"},
    "en": {"profile": "profile", "whole": "whole document", "front": "front matter", "table": "table",
           "row": "row", "col": "col", "note": "note", "also": "see also", "file": "File",
           "errors": "Errors", "warnings": "Warnings", "infos": "Infos", "total": "Total",
           "clean": "no findings", "unreadable": "unreadable",
           "fixable": "kiemtra fix can apply it"},
}


def make_console(file=None) -> Console:
    stream = file or sys.stdout
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(file=stream, no_color=no_color, highlight=False, soft_wrap=True,
                   emoji=False, width=None if stream.isatty() else 120)


def _fancy(console: Console) -> bool:
    return console.is_terminal and not console.no_color


def excerpt_line(text: str, start: int, end: int, fancy: bool) -> Text:
    """The sentence around text[start:end] with the span marked."""
    before, flagged, after = context(text, start, end, CONTEXT_CHARS)
    line = Text()
    line.append(before.replace("\n", " ⏎ "))
    flagged = flagged.replace("\n", " ⏎ ") or "‸"
    if fancy:
        line.append(flagged, style="bold red underline")
    else:
        line.append(f"«{flagged}»")
    line.append(after.replace("\n", " ⏎ "))
    return line


def _where(place: dict, words: dict) -> str:
    loc = place["location"]
    bits = []
    if loc["table"] is not None:
        bits.append(f"{words['table']} {loc['table'] + 1}, {words['row']} {loc['row'] + 1}, "
                    f"{words['col']} {loc['col'] + 1}")
    if loc["footnote"] is not None:
        bits.append(f"{words['note']} {loc['footnote']}")
    return ", ".join(bits)


def render(results: list[FileResult], lang: str = "vi", console: Console | None = None,
           quiet: bool = False) -> None:
    """The findings file by file, section by section, then the summary tables; ``quiet``: the
    files with findings (or that could not be read) only, and no tables."""
    console = console or make_console()
    fancy = _fancy(console)
    words = WORDS[lang]
    sev_label = SEVERITY_LABEL[lang]
    width = max(len(v) for v in sev_label.values())
    for result in results:
        if quiet and result.error is None and not result.findings:
            continue
        header = Text(result.path, style="bold" if fancy else "")
        if result.profile or result.profile_reason:
            shown = [f"{words['profile']}: {result.profile}"] if result.profile else []
            if result.profile_reason:
                shown.append(result.profile_reason.get(lang))
            header.append(f"  ({' — '.join(shown)})", style="dim" if fancy else "")
        console.print(header)
        if result.error is not None:
            console.print(Text(f"  {result.error.get(lang)}",
                               style="bold red" if fancy else ""))
            continue
        if not result.findings:
            console.print(Text(f"  {words['clean']}", style="green" if fancy else ""))
            continue

        def section_key(f):
            if f.place is None:
                return words["whole"]
            return section_display(f.place["location"]["section"]) or words["front"]

        for section, group in groupby(result.findings, key=section_key):
            console.print(Text(f"  {section}", style="bold blue" if fancy else ""))
            for f in group:
                line = Text("    ")
                line.append(f"{sev_label[f.severity]:<{width}}", style=SEVERITY_STYLE[f.severity] if fancy else "")
                line.append(f"  {f.rule}  ", style="bold" if fancy else "")
                line.append(f.message.get(lang))
                console.print(line)
                if f.place is not None:
                    loc = f.place["location"]
                    indent = " " * (width + 12)
                    where = _where(f.place, words)
                    ctx = Text(indent + (f"[{where}] " if where else ""))
                    ctx.append(excerpt_line(f.place["text"], loc["start"], loc["end"], fancy))
                    console.print(ctx)
                    fix = for_finding(f, lang)
                    if fix:  # ``kiemtra fix`` writes tracked changes, so only into a Word file
                        hint = f" ({words['fixable']})" if Path(result.path).suffix.lower() in DOCX_SUFFIXES else ""
                        console.print(Text(f"{indent}✎ {fix}{hint}", style="green" if fancy else ""))
                for rp in f.related_places:
                    loc = rp["location"]
                    rel = Text(" " * (width + 12) + f"↳ {words['also']} "
                               f"{section_display(loc['section']) or words['front']}: ")
                    rel.append(excerpt_line(rp["text"], loc["start"], loc["end"], fancy))
                    console.print(rel)
    if not quiet:
        _summary_table(results, console, words, fancy)


BATCH_TABLE_MAX = 10  # a batch larger than this lists only its worst files
FAMILY_NAMES = {
    "vi": {"input": "đầu vào", "structure": "cấu trúc", "figures": "số liệu", "citations": "trích dẫn",
           "duplicates": "trùng lặp", "consistency": "thống nhất"},
    "en": {"input": "input", "structure": "structure", "figures": "figures", "citations": "citations",
           "duplicates": "duplicates", "consistency": "consistency"},
}
BATCH_WORDS = {
    "vi": {"family": "Nhóm", "worst": "Tệp nhiều phát hiện nhất", "files": "tệp", "findings": "phát hiện",
           "unreadable_n": "không đọc được"},
    "en": {"family": "Family", "worst": "Files with the most findings", "files": "files", "findings": "findings",
           "unreadable_n": "unreadable"},
}


def _counts(findings) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def _table(console: Console, fancy: bool, first: str, words: dict) -> Table:
    table = Table(show_header=True, header_style="bold" if fancy else None, box=None, pad_edge=False)
    table.add_column(first)
    for key in ("errors", "warnings", "infos"):
        table.add_column(words[key], justify="right")
    return table


def _summary_table(results: list[FileResult], console: Console, words: dict, fancy: bool) -> None:
    """One row per file; for a batch, the worst files only (when there are many), the findings
    by family and severity, and a closing line with the totals."""
    lang = "en" if words is WORDS["en"] else "vi"
    batch = BATCH_WORDS[lang]
    many = len(results) > BATCH_TABLE_MAX
    shown = results
    if many:
        shown = sorted((r for r in results if r.error is not None or r.findings), key=lambda r: (
            r.error is None, *(-c for c in _counts(r.findings).values()), r.path))[:BATCH_TABLE_MAX]
    table = _table(console, fancy, batch["worst"] if many else words["file"], words)
    for r in shown:
        if r.error is not None:
            table.add_row(escape(r.path), words["unreadable"], "", "")
            continue
        counts = _counts(r.findings)
        table.add_row(escape(r.path), str(counts["error"]), str(counts["warning"]), str(counts["info"]))
    total = summary(results)
    if len(results) > 1 and not many:
        table.add_row(words["total"], str(total["errors"]), str(total["warnings"]), str(total["infos"]))
    console.print()
    console.print(table)
    if len(results) <= 1:
        return
    by_family = _table(console, fancy, batch["family"], words)
    names = FAMILY_NAMES[lang]
    families = sorted({f.family for r in results for f in r.findings},
                      key=lambda fam: (list(names).index(fam) if fam in names else len(names), fam))
    for fam in families:
        counts = _counts(f for r in results for f in r.findings if f.family == fam)
        by_family.add_row(names.get(fam, fam), str(counts["error"]), str(counts["warning"]), str(counts["info"]))
    by_family.add_row(words["total"], str(total["errors"]), str(total["warnings"]), str(total["infos"]))
    if families:
        console.print()
        console.print(by_family)
    n = total["errors"] + total["warnings"] + total["infos"]
    line = f"{total['files']} {batch['files']}"
    if total["unreadable"]:
        line += f" ({total['unreadable']} {batch['unreadable_n']})"
    line += (f", {n} {batch['findings']}: {total['errors']} {words['errors'].lower()}, "
             f"{total['warnings']} {words['warnings'].lower()}, {total['infos']} {words['infos'].lower()}")
    console.print()
    console.print(Text(line, style="bold" if fancy else ""))

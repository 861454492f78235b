"""``kiemtra rules``: the list of rules, the explanation of one, and its documentation page.

Each rule has a page, docs/rules/<CODE>.md, written from the rule's own declaration by
docs/rules/build.py (the same words as ``kiemtra rules CODE``).  Its address is the
package's "Documentation" project URL (the docs/ folder of the published repository, set
in pyproject.toml's [project.urls]) followed by rules/<CODE>.md.  Until one is set, a
checkout's own page is used (an absolute file: URI, which SARIF accepts as helpUri), and an
installed copy without docs/ names the page by its path in the repository.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from ..engine import Rule

_SEV = {"vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
        "en": {"error": "error", "warning": "warning", "info": "info"}}
DOCS_FOLDER = "docs/rules"


def docs_base_url() -> str | None:
    """The package's "Documentation" URL (the docs/ folder), or None when none is declared."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("kiemtra-lint").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "documentation" and url.strip().startswith(("https://", "http://")):
            return url.strip().rstrip("/")
    return None


def local_page(code: str) -> Path | None:
    """The rule's page in this checkout (docs/rules beside the package), when it is there."""
    page = Path(__file__).resolve().parents[2] / DOCS_FOLDER / f"{code}.md"
    return page if page.is_file() else None


def doc_url(code: str, base: str | None) -> str | None:
    """The absolute address of the rule's page: under the published docs when they have an
    address, else the checkout's own file; None when neither exists."""
    if base:
        return f"{base}/rules/{code}.md"
    page = local_page(code)
    return page.as_uri() if page else None


def doc_link(code: str, base: str | None) -> str:
    """Where to read about a rule: its address, or its page's path in the repository."""
    return doc_url(code, base) or f"{DOCS_FOLDER}/{code}.md"


def listing(rules: list[Rule], lang: str, width: int | None = None) -> str:
    """One rule a line; a summary too long for the terminal wraps under its own column."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    lines = []
    for r in rules:
        off = "" if r.default_enabled else (" (tắt mặc định)" if lang == "vi" else " (off by default)")
        head = f"{r.code}  {r.name:<28} {r.family:<12} {_SEV[lang][r.severity]:<10} "
        summary = r.summary(lang) + off
        if width - len(head) < 30:  # too narrow to keep a column: wrap under the code
            lines.append(head.rstrip())
            lines.extend(textwrap.wrap(summary, width, initial_indent="    ", subsequent_indent="    "))
        else:
            lines.extend(textwrap.wrap(summary, width, initial_indent=head, subsequent_indent=" " * len(head)))
    return "\n".join(lines)


def explain(r: Rule, lang: str, base: str | None = None) -> str:
    bad, good = ("Sai", "Đúng") if lang == "vi" else ("Bad", "Good")
    fam, sev = ("Nhóm", "Mức") if lang == "vi" else ("Family", "Severity")
    docs = "Tài liệu" if lang == "vi" else "Documentation"
    indent = lambda s: "\n".join("    " + line for line in s.splitlines())  # noqa: E731
    return (f"{r.code} {r.name}\n{fam}: {r.family}   {sev}: {_SEV[lang][r.severity]}\n\n"
            f"{r.summary(lang)}\n\n{r.explanation(lang)}\n\n{bad}:\n{indent(r.bad)}\n\n{good}:\n{indent(r.good)}\n\n"
            f"{docs}: {doc_link(r.code, base)}\n")


def page(r: Rule) -> str:
    """The rule's documentation page (Markdown): Vietnamese, then English."""
    off = "" if r.default_enabled else " · tắt mặc định / off by default"
    return (f"# {r.code} {r.name}\n\n"
            f"Nhóm / family: `{r.family}` · mức / severity: `{r.severity}`{off}\n\n"
            f"## Tiếng Việt\n\n**{r.summary_vi}**\n\n{r.explanation_vi}\n\n"
            f"## English\n\n**{r.summary_en}**\n\n{r.explanation_en}\n\n"
            f"## Ví dụ / example\n\nSai / bad:\n\n```\n{r.bad}\n```\n\nĐúng / good:\n\n```\n{r.good}\n```\n\n"
            f"`kiemtra rules {r.code}` in ra cùng nội dung / prints the same.\n")

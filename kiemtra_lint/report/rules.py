"""``kiemtra rules``: the list of rules and the explanation of one."""

from __future__ import annotations

from ..engine import Rule

_SEV = {"vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
        "en": {"error": "error", "warning": "warning", "info": "info"}}


def listing(rules: list[Rule], lang: str) -> str:
    lines = []
    for r in rules:
        off = "" if r.default_enabled else (" (tắt mặc định)" if lang == "vi" else " (off by default)")
        lines.append(f"{r.code}  {r.name:<28} {r.family:<12} {_SEV[lang][r.severity]:<10} {r.summary(lang)}{off}")
    return "\n".join(lines)


def explain(r: Rule, lang: str) -> str:
    bad, good = ("Sai", "Đúng") if lang == "vi" else ("Bad", "Good")
    fam, sev = ("Nhóm", "Mức") if lang == "vi" else ("Family", "Severity")
    indent = lambda s: "\n".join("    " + line for line in s.splitlines())  # noqa: E731
    return (f"{r.code} {r.name}\n{fam}: {r.family}   {sev}: {_SEV[lang][r.severity]}\n\n"
            f"{r.summary(lang)}\n\n{r.explanation(lang)}\n\n{bad}:\n{indent(r.bad)}\n\n{good}:\n{indent(r.good)}\n")

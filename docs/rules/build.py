"""Write docs/rules/<CODE>.md for every built-in rule, from the rule's own declaration.

Run after adding a rule or changing its words:  python docs/rules/build.py
"""

from pathlib import Path

from kiemtra_lint.registry import all_rules
from kiemtra_lint.report.rules import page

HERE = Path(__file__).resolve().parent


def main() -> None:
    rules = [r for r in all_rules() if r.check.__module__.startswith("kiemtra_lint.rules.")]
    for r in rules:
        (HERE / f"{r.code}.md").write_text(page(r), encoding="utf-8")
    index = ["# Quy tắc / Rules\n", "| mã / code | tên / name | nhóm / family | tóm tắt / summary |", "| --- | --- | --- | --- |"]
    index += [f"| [{r.code}]({r.code}.md) | {r.name} | {r.family} | {r.summary_vi} |" for r in rules]
    (HERE / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"{len(rules)} pages in {HERE}")


if __name__ == "__main__":
    main()

"""Layers point down only, and the core has no import cycle.

core:    kiemtra_lint's document, text, findings, errors, files, labels, patterns, outline, engine,
         config, readers/, and the grammar package: never imports rules/ or the layers above;
rules:   kiemtra_lint.rules.*: imports the core only (and its own family, rules' data helpers);
top:     registry, lint, suppress, report/, cli and anything else: may use everything.
Imports are read with ast (inside functions too), so a lazy import counts as much as a top one.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"kiemtra_lint": ROOT / "kiemtra_lint", "kiemtra_lint.rules": ROOT / "rules",
            "kiemtra_lint.grammar": ROOT / "grammar"}
CORE = {"document", "text", "findings", "errors", "files", "labels", "patterns", "outline", "engine", "config",
        "readers", "grammar", "__init__"}


def _modules() -> dict[str, Path]:
    found = {}
    for prefix, folder in PACKAGES.items():
        for path in folder.rglob("*.py"):
            rel = path.relative_to(folder).with_suffix("").parts
            if prefix == "kiemtra_lint" and rel[0] in ("rules", "grammar"):
                continue
            parts = rel[:-1] if rel[-1] == "__init__" else rel
            found[".".join((prefix, *parts))] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            candidates = [target] + [f"{target}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        out |= {c for c in candidates if c in MODULES and c != name and not name.startswith(c + ".")}
    return out  # (a module's own parent packages are imported with it anyway: not an edge)


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def layer(name: str) -> str:
    if name.startswith("kiemtra_lint.rules"):
        return "rules"
    first = name.split(".")[1] if "." in name else "__init__"
    return "core" if first in CORE else "top"


def test_the_core_imports_only_the_core():
    wrong = {(m, t) for m, targets in GRAPH.items() if layer(m) == "core" for t in targets if layer(t) != "core"}
    assert wrong == set()


def test_rules_import_only_the_core_and_rules():
    wrong = {(m, t) for m, targets in GRAPH.items() if layer(m) == "rules" for t in targets if layer(t) == "top"}
    assert wrong == set()


def test_the_core_has_no_import_cycle():
    core = {m for m in GRAPH if layer(m) == "core"}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for t in sorted(GRAPH[m] & core):
            if state.get(t) == 1 and not cycle:
                cycle.extend(stack[stack.index(t):] + [t])
            elif t not in state:
                visit(t, stack + [t])
        state[m] = 2

    for m in sorted(core):
        if m not in state:
            visit(m, [m])
    assert cycle == []


def test_the_graph_is_read():  # the checks above see the package, not an empty folder
    assert {"kiemtra_lint.engine", "kiemtra_lint.rules.figures.fraction_percent", "kiemtra_lint.cli"} <= set(GRAPH)
    assert "kiemtra_lint.document" in GRAPH["kiemtra_lint.engine"]


def test_importing_the_command_changes_nothing_outside_kiemtra():
    import subprocess
    import sys

    probe = ("import builtins, dataclasses, regex, regex._main as m; before = (m._regex, regex.compile); "
             "import kiemtra_lint.cli, kiemtra_lint.registry; kiemtra_lint.registry.all_rules(); "
             "print(getattr(dataclasses, 'exec', builtins.exec) is builtins.exec, (m._regex, regex.compile) == before)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]

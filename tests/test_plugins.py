"""Third-party rule packs: found through their entry points (group kiemtra_lint.rules)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kiemtra_lint import engine

PLUGIN_MODULE = textwrap.dedent('''
    from kiemtra_lint.engine import Rule, rule


    @rule("KT9{n}1", "fake-plugin-{n}", "structure", "info", summary_vi="giả", summary_en="fake",
          explanation_vi="giả", explanation_en="fake", bad="x", good="y")
    def check(doc, ctx):
        return []


    LISTED = [Rule("KT9{n}2", "fake-listed-{n}", "structure", "info", "giả", "fake", "giả", "fake", "x", "y",
                   lambda doc, ctx: [])]
''')


def install_fake(site: Path, n: int, value: str) -> None:
    """A distribution ``fakeplug{n}`` in folder ``site`` whose entry point is ``value``."""
    site.mkdir(exist_ok=True)
    (site / f"fakeplug{n}.py").write_text(PLUGIN_MODULE.format(n=n), encoding="utf-8")
    info = site / f"fakeplug{n}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: fakeplug{n}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[{engine.ENTRY_POINT_GROUP}]\nfake{n} = {value}\n", encoding="utf-8")


def rules_seen(tmp_path: Path, site: Path) -> list[str]:
    """The plug-in codes a fresh process registers with ``site`` on its path."""
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = ("from kiemtra_lint import registry; "
             "print(' '.join(sorted(r.code for r in registry.all_rules() if r.code.startswith('KT9'))))")
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout
    return out.split()


def test_a_module_entry_point_registers_its_rules(tmp_path):
    install_fake(tmp_path / "site", 1, "fakeplug1")
    assert rules_seen(tmp_path, tmp_path / "site") == ["KT911"]


def test_an_entry_point_naming_a_list_of_rules_registers_them(tmp_path):
    install_fake(tmp_path / "site", 2, "fakeplug2:LISTED")
    assert rules_seen(tmp_path, tmp_path / "site") == ["KT921", "KT922"]


def test_no_plugin_installed_means_only_the_builtin_rules(tmp_path):
    (tmp_path / "site").mkdir()
    assert rules_seen(tmp_path, tmp_path / "site") == []

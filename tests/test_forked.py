"""Two processes for one draft: the same findings, and no result lost when the child fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiemtra_lint import engine, forked
from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file

ROOT = Path(__file__).resolve().parent.parent
needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="needs fork and two CPUs")


@needs_fork
def test_the_child_does_its_share_in_another_process():
    parent = os.getpid()
    theirs, ours = forked.run_beside(os.getpid, os.getpid)
    assert ours == parent
    assert theirs != parent


@needs_fork
def test_a_child_that_dies_has_its_share_done_by_the_parent():
    parent = os.getpid()

    def dies_in_the_child():
        if os.getpid() != parent:
            os._exit(3)
        return "done here"

    assert forked.run_beside(dies_in_the_child, lambda: "ours") == ("done here", "ours")


@needs_fork
def test_an_exception_in_the_child_comes_back_with_its_traceback():
    def broken():
        raise ValueError("rule exploded")

    with pytest.raises(forked.ChildCrash, match="ValueError: rule exploded"):
        forked.run_beside(broken, lambda: None)


def test_without_fork_both_run_here(monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    parent = os.getpid()
    assert forked.run_beside(os.getpid, os.getpid) == (parent, parent)


def test_families_are_shared_whole_and_balanced():
    rules = engine.all_rules()
    heavy, light = engine.split_by_family(rules)
    assert sorted(r.code for r in heavy + light) == sorted(r.code for r in rules)
    assert not {r.family for r in heavy} & {r.family for r in light}
    cost = lambda group: sum(engine.FAMILY_COST[f] for f in {r.family for r in group})  # noqa: E731
    assert cost(heavy) >= cost(light) >= 0.6 * cost(heavy)


@needs_fork
@pytest.mark.parametrize("sample", ["kiem-diem.docx", "so-ket.docx", "danh-so-go-tay.docx"])
def test_split_run_gives_the_same_findings(sample, monkeypatch):
    monkeypatch.setenv("KIEMTRA_SPLIT_MIN_CHARS", "0")
    path = str(ROOT / "samples" / sample)
    one = lint_file(path, Settings(), timed=True)
    two = lint_file(path, Settings(), timed=True, workers=2)
    assert [(f.rule, f.span, f.message, f.severity, f.place) for f in two.findings] == \
           [(f.rule, f.span, f.message, f.severity, f.place) for f in one.findings]
    assert one.findings
    assert set(two.timings) == set(one.timings)  # the child's families are timed too


@needs_fork
def test_a_crash_in_the_child_is_raised_in_strict_mode(monkeypatch):
    monkeypatch.setenv("KIEMTRA_SPLIT_MIN_CHARS", "0")
    heavy, _ = engine.split_by_family(engine.all_rules())
    victim = heavy[0]

    def explode(doc, ctx):
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(victim, "check", explode)
    with pytest.raises(RuntimeError, match="ZeroDivisionError: planted"):
        lint_file(str(ROOT / "samples" / "kiem-diem.docx"), Settings(), workers=2)


@needs_fork
def test_a_crash_in_the_child_is_a_kt009_finding_otherwise(monkeypatch):
    monkeypatch.setenv("KIEMTRA_SPLIT_MIN_CHARS", "0")
    monkeypatch.delenv("KIEMTRA_STRICT", raising=False)
    heavy, _ = engine.split_by_family(engine.all_rules())
    victim = heavy[0]

    def explode(doc, ctx):
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(victim, "check", explode)
    result = lint_file(str(ROOT / "samples" / "kiem-diem.docx"), Settings(), workers=2)
    crashed = [f for f in result.findings if f.rule == "KT009"]
    assert [f.message.vi for f in crashed] == [
        f"Quy tắc {victim.code} gặp lỗi nội bộ và đã bị bỏ qua: ZeroDivisionError('planted')"]

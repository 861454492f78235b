"""The kiemtra command compiles the dataclasses' generated methods once (cli._cache_dataclass_code):
the classes it then makes are the same as without it, on the first run and when read back."""

import os
import subprocess
import sys

# Dataclasses of several kinds, made after ``setup`` ran; prints what their generated methods are.
PROBE = '''
import sys
{setup}
import dataclasses, inspect

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    """A point."""
    x: int
    y: "tuple[int, ...]" = dataclasses.field(default_factory=tuple)

@dataclasses.dataclass(slots=True, kw_only=True)
class Named:
    name: str
    count: int = 3

exec(compile("""
from __future__ import annotations
import dataclasses
@dataclasses.dataclass
class Later:
    when: datetime.date
""", "<later>", "exec", dont_inherit=True))

for cls in (Point, Named, Later):
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
        fn = cls.__dict__.get(name)
        code = getattr(fn, "__code__", None)
        print(cls.__name__, name, code and (code.co_code, code.co_consts, code.co_names, code.co_varnames,
              code.co_filename, code.co_flags), getattr(fn, "__annotations__", None), getattr(fn, "__qualname__", None))
    print(cls.__name__, inspect.signature(cls), cls.__doc__)
p = Point(1)
print(p, p == Point(1, ()), p < Point(2), hash(p) == hash(Point(1, ())), Named(name="a"))
try:
    p.x = 2
except dataclasses.FrozenInstanceError as exc:
    print("frozen", exc)
from kiemtra_lint.files import save_private_caches
save_private_caches()
print(getattr(dataclasses, "exec", exec) is not exec)
'''
HOOKED = "import kiemtra_lint.cli"
PLAIN = "import kiemtra_lint.lint"


def run_probe(setup: str, env: dict) -> str:
    return subprocess.run([sys.executable, "-c", PROBE.format(setup=setup)], env=env, capture_output=True,
                          text=True, check=True).stdout


def test_the_classes_are_the_same_with_the_cache_written_and_read_back(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("KIEMTRA_NO_CACHE", None)
    plain = run_probe(PLAIN, env)
    written = run_probe(HOOKED, env)
    assert list((tmp_path / "kiemtra-lint").glob("code-*.marshal"))
    read_back = run_probe(HOOKED, env)
    assert plain.endswith("False\n") and written.endswith("True\n")  # the hook was on only in the command
    assert plain[:-len("False\n")] == written[:-len("True\n")] == read_back[:-len("True\n")]


def test_without_a_cache_folder_the_classes_are_the_same_too(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "KIEMTRA_NO_CACHE": "1"}
    assert run_probe(PLAIN, env)[:-len("False\n")] == run_probe(HOOKED, env)[:-len("True\n")]
    assert not (tmp_path / "kiemtra-lint").exists()

"""Expand the PATH arguments into the files to check, and write outputs safely."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

CHECKED_SUFFIXES = {".docx", ".docm", ".dotx", ".md", ".txt"}


def expand_paths(paths: list[str]) -> list[str]:
    """Files named directly, and every .docx/.docm/.dotx/.md/.txt inside named folders.

    Word's lock files ("~$du-thao.docx") and hidden folders are skipped; each folder's
    files come in sorted order so that the output is deterministic.
    """
    out: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.startswith(("~$", ".")):
                        continue
                    if Path(name).suffix.lower() in CHECKED_SUFFIXES:
                        found.append(os.path.join(root, name))
            candidates = sorted(found)
        else:
            candidates = [raw]
        for c in candidates:
            if c not in seen:
                seen.add(c)
                out.append(c)
    return out


def same_file_as_input(output: str | Path, inputs: list[str]) -> str | None:
    """The input that ``output`` would overwrite, compared by device and inode (so a relative
    spelling, a symbolic link or a hard link to a draft is caught), or None.

    Every command that writes a file asks this before reading anything: a slip of the hand
    (``kiemtra check du-thao.docx -o du-thao.docx``) must never replace a draft with a report.
    """
    try:
        out = os.stat(output)
    except (OSError, ValueError):
        return None  # nothing there yet (or a name the system refuses): no input to lose
    for path in inputs:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            return path
    return None


def is_checkable(path: str) -> bool:
    from .readers import SUFFIXES

    return Path(path).suffix.lower() in SUFFIXES


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename,
    so that a crash never leaves a half-written file and readers never see one."""
    import tempfile

    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        os.fchmod(fd, _mode_for(target))  # mkstemp makes 0600; an output is an ordinary file
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _mode_for(target: Path) -> int:
    """The mode of the file being replaced, or what a new file gets under the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def private_cache_dir() -> Path | None:
    """The user's own cache folder for kiemtra-lint (``$XDG_CACHE_HOME/kiemtra-lint``), or None.

    None when KIEMTRA_NO_CACHE is set, or when the folder cannot be made private to this user
    (created 0700, owned by them, writable): what is kept there (parser tables, the plug-in list,
    :class:`PrivateCache` files) is trusted when read back (pickle, marshal), so it must never
    come from a place another user could write.
    """
    if os.environ.get("KIEMTRA_NO_CACHE"):
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kiemtra-lint"
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        if base.stat().st_uid != os.getuid() or not os.access(base, os.W_OK):
            return None
    except (OSError, AttributeError):
        return None
    return base


def rules_data(*parts: str) -> Path:
    """A file or folder shipped in the rules package's ``data`` folder.

    Found beside the package's own module, as the rules' other data files are: asking
    importlib.resources for the same path imports tempfile, zipfile and more (a few ms a run).
    """
    from . import rules

    return Path(rules.__file__).parent.joinpath("data", *parts)


class PrivateCache:
    """A dict kept from one run to the next in a marshal file of :func:`private_cache_dir`.

    For what is costly to make and cheap to read back (compiled patterns, compiled code), keyed
    by its full description, so that an entry can only be found by what made it.  Values are
    kept marshalled and read only when asked for.  :meth:`save` (or :func:`save_private_caches`)
    writes what this process added, merged with what another process may have written
    meanwhile; past ``limit`` entries the file is cut back to those this process asked for.
    Without a private folder (KIEMTRA_NO_CACHE=1) nothing is read or written.
    """

    instances: list["PrivateCache"] = []

    def __init__(self, name: str, limit: int) -> None:
        self.name, self.limit = name, limit
        self._entries: dict | None = None
        self._new = 0
        self._used: set = set()
        PrivateCache.instances.append(self)

    def get(self, key):
        """The value kept for ``key``, or None (also for an entry that cannot be read)."""
        import marshal

        self._used.add(key)
        packed = self._load().get(key)
        try:
            return marshal.loads(packed) if packed is not None else None
        except (EOFError, ValueError, TypeError):
            return None

    def put(self, key, value) -> None:
        """Keep ``value`` (nothing happens if marshal cannot write it)."""
        import marshal

        try:
            self._load()[key] = marshal.dumps(value)
        except ValueError:
            return
        self._used.add(key)
        self._new += 1

    def save(self) -> None:
        if not self._new:
            return
        self._new = 0
        path = self._path()
        if path is None:
            return
        import marshal

        merged = {**_read_marshal(path), **self._entries}
        if len(merged) > self.limit:
            merged = {key: value for key, value in self._entries.items() if key in self._used}
        try:
            write_atomic(path, marshal.dumps(merged))
        except (OSError, ValueError):
            pass

    def _load(self) -> dict:
        if self._entries is None:
            path = self._path()
            self._entries = _read_marshal(path) if path is not None else {}
        return self._entries

    def _path(self) -> Path | None:
        folder = private_cache_dir()
        return folder / self.name if folder is not None else None


def _read_marshal(path: Path) -> dict:
    import marshal

    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def save_private_caches() -> None:
    """Write what every :class:`PrivateCache` of this process added (cheap when nothing was)."""
    for cache in PrivateCache.instances:
        cache.save()


RACY_SECONDS = 2.0  # a file changed this recently may change again within its clock's tick


def changed_lately(time_ns: int | None) -> bool:
    """Whether a file's time is so recent that a change right now could leave it as it is (the
    clock behind file times ticks coarsely): what was read from it is then not kept."""
    return time_ns is not None and _now_ns() - time_ns < RACY_SECONDS * 1e9


def _now_ns() -> int:
    return time.time_ns()


_TOML = PrivateCache(f"toml-py{sys.version_info[0]}.{sys.version_info[1]}-1.marshal", 200)


def load_toml(path: str | Path) -> dict:
    """``tomllib.loads`` of the file's text (read as UTF-8), kept between runs.

    The rules read the same data files on every run (report profiles, citation types, ...):
    parsing them took about 4 ms.  The parse is kept in a :class:`PrivateCache` by the file's
    path, size, inode and times; a file changed in the last two seconds, or holding dates
    (which marshal cannot keep), is parsed each time.  Errors are those of reading and parsing
    (catch :data:`TOMLDecodeError` from this module: tomllib is imported only to parse).
    """
    info = os.stat(path)
    key = (os.path.abspath(path), info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)
    data = _TOML.get(key)
    if data is None:
        import tomllib

        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        if not changed_lately(max(info.st_mtime_ns, info.st_ctime_ns)):
            _TOML.put(key, data)
    return data


def __getattr__(name: str):
    """``TOMLDecodeError``: tomllib's, imported when an ``except`` clause first asks for it."""
    if name == "TOMLDecodeError":
        import tomllib

        return tomllib.TOMLDecodeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Expand the PATH arguments into the files to check, and write outputs safely."""

from __future__ import annotations

import errno
import os
import stat
import tomllib
from contextlib import contextmanager
from pathlib import Path
from typing import IO, ContextManager

CHECKED_SUFFIXES = {".docx", ".docm", ".dotx", ".md", ".txt"}
# drafts in a folder that kiemtra cannot read: taken in all the same, so that the reader reports
# each one (KT001/KT002, exit 2) instead of the folder run passing it over in silence
UNREADABLE_DRAFT_SUFFIXES = {".doc", ".dot", ".odt", ".rtf"}


def expand_paths(paths: list[str]) -> list[str]:
    """Files named directly, and every .docx/.docm/.dotx/.md/.txt inside named folders.

    Word's lock files ("~$du-thao.docx") and hidden folders are skipped; each folder's
    files come in sorted order so that the output is deterministic.
    """
    out: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if os.path.isdir(p):  # os.path answers False for a name too long, where Path.is_dir raises
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.startswith(("~$", ".")):
                        continue
                    if Path(name).suffix.lower() in CHECKED_SUFFIXES | UNREADABLE_DRAFT_SUFFIXES:
                        found.append(os.path.join(root, name))
            candidates = sorted(set(found) - git_ignored(raw, found))
        else:
            candidates = [raw]
        for c in candidates:
            if c not in seen:
                seen.add(c)
                out.append(c)
    return out


def git_ignored(folder: str, files: list[str]) -> set[str]:
    """The ``files`` (found in ``folder``) that git ignores (.gitignore, .git/info/exclude, the
    user's excludes), as Ruff skips them; empty outside a git work tree or without git."""
    import subprocess

    if not files:
        return set()
    try:
        proc = subprocess.run(["git", "-C", folder, "check-ignore", "-z", "--stdin"], capture_output=True,
                              input="\0".join(os.path.abspath(f) for f in files).encode("utf-8", "surrogateescape"),
                              timeout=60)
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode not in (0, 1):  # 128: not a git work tree
        return set()
    ignored = {p for p in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if p}
    return {f for f in files if os.path.abspath(f) in ignored}


def display_path(path: str) -> str:
    """``path`` as a report may show and write it: the bytes of a name that are not UTF-8 (kept
    by Python as lone surrogates, which no writer can encode) and control characters (an
    escape sequence in a file name) shown as U+FFFD, one for each."""
    from .text import replace_unreadable

    return replace_unreadable(path)


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


_SPECIAL_KINDS = ((stat.S_ISFIFO, "một ống FIFO", "a FIFO"), (stat.S_ISCHR, "một thiết bị", "a device"),
                  (stat.S_ISBLK, "một thiết bị", "a device"), (stat.S_ISSOCK, "một socket", "a socket"),
                  (stat.S_ISDIR, "một thư mục", "a folder"))


def open_regular(path: str):
    """``path`` opened for reading in binary, if it is a regular file; else InputError.

    A FIFO would block the open and the read forever, a device such as /dev/zero would be
    read until memory runs out (its size says 0): so the file is opened without waiting
    (O_NONBLOCK) and its type checked on the open descriptor, before a byte is read.
    """
    from .errors import InputError

    name = display_path(os.path.basename(path.rstrip("/")) or path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError(f"{name}: không đọc được: không mở được tệp ({reason})",
                         f"{name}: cannot read: cannot open the file ({reason})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        vi, en = next(((vi, en) for test, vi, en in _SPECIAL_KINDS if test(mode)), ("tệp đặc biệt", "a special file"))
        raise InputError(f"{name}: không đọc được: là {vi}, không phải tệp thông thường; chỉ đọc tệp thông thường",
                         f"{name}: cannot read: this is {en}, not a regular file; only regular files are read")
    return os.fdopen(fd, "rb")


def write_output(path: str | Path, data: bytes | str) -> None:
    """Write a report or a copy to ``path``; OutputError with the cause, never a traceback
    (see :func:`open_output`)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with open_output(path, binary=True) as fh:
        fh.write(payload)


@contextmanager
def open_output(path: str | Path, binary: bool = False):
    """A stream for a report or a copy written piece by piece to ``path`` (text in UTF-8, or
    ``binary``); OutputError with the cause, never a traceback.

    A regular file (or a new one) is written to a temporary file beside it, renamed over
    ``path`` only when the whole report is written (:func:`write_atomic`): a run that fails or
    is stopped leaves the old file as it was.  A device or a FIFO already there (/dev/null, a
    link to /dev/stdout) is written to directly: renaming a file over it would replace the
    device.  A folder in its place is refused.
    """
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except OSError as exc:
        raise _output_error(path, exc) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise _output_error(path, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    mode, encoding = ("wb", None) if binary else ("w", "utf-8")
    try:
        if info is not None and not stat.S_ISREG(info.st_mode):
            opened: ContextManager[IO] = open(path, mode, encoding=encoding, newline=None if binary else "")
        else:
            opened = _atomic(path, mode, encoding)
        with opened as fh:
            yield fh
    except OSError as exc:
        raise _output_error(path, exc) from None


def _output_error(path: str | Path, exc: OSError):
    from .errors import OutputError

    shown = display_path(str(path))
    folder = display_path(os.path.dirname(str(path)) or ".")
    reasons = {
        errno.EISDIR: ("đó là một thư mục; hãy ghi vào một tệp", "it is a folder; write to a file"),
        errno.ENOENT: (f"không có thư mục {folder}", f"there is no folder {folder}"),
        errno.ENOTDIR: (f"{folder} không phải thư mục", f"{folder} is not a folder"),
        errno.EACCES: (f"không có quyền ghi vào {folder}", f"no permission to write in {folder}"),
        errno.EPERM: (f"không được phép ghi vào {folder}", f"not permitted to write in {folder}"),
        errno.EROFS: (f"{folder} chỉ cho đọc", f"{folder} is read-only"),
        errno.ENOSPC: ("hết chỗ trống trên đĩa", "no space left on the disk"),
        errno.EDQUOT: ("hết hạn mức dung lượng đĩa", "disk quota exceeded"),
        errno.ENAMETOOLONG: ("tên tệp hoặc đường dẫn quá dài", "the file name or path is too long"),
    }
    if exc.errno == errno.ENOENT and os.path.isdir(os.path.dirname(str(path)) or "."):
        vi, en = f"thư mục {folder} không nhận tệp mới", f"the folder {folder} takes no new files"  # /proc
    else:
        vi, en = reasons.get(exc.errno, (exc.strerror or str(exc),) * 2)
    return OutputError(f"không ghi được tệp kết quả {shown}: {vi}; không có gì được ghi",
                       f"cannot write the output {shown}: {en}; nothing was written")


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename,
    so that a crash never leaves a half-written file and readers never see one."""
    with _atomic(path, "wb", None) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def _atomic(path: str | Path, mode: str, encoding: str | None):
    """A stream on a temporary file beside ``path``, synced and renamed over it at the end;
    removed if anything fails or stops the writing."""
    import tempfile

    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        os.fchmod(fd, _mode_for(target))  # mkstemp makes 0600; an output is an ordinary file
        with os.fdopen(fd, mode, encoding=encoding, newline=None if encoding is None else "") as fh:
            yield fh
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

    Only Lark's parser tables are kept there, and Lark reads them back with pickle: a file
    another user could plant would run as code.  So the folder is used only when it is owned
    by this user and no one else may write to it or to the ``kiemtra-lint`` folder's parent
    chain we create (mode 0700, checked with os.stat after creating it), and only under an
    absolute XDG_CACHE_HOME or a real home folder (a relative or empty one would put the cache
    in the working folder or at /.cache).  Otherwise, or with KIEMTRA_NO_CACHE set, None:
    the parsers are then built afresh each run.
    """
    if os.environ.get("KIEMTRA_NO_CACHE"):
        return None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg and os.path.isabs(xdg):
        root = Path(xdg)
    else:
        home = os.environ.get("HOME", "")
        if not home or not os.path.isabs(home) or home == "/":
            return None
        root = Path(home) / ".cache"
    base = root / "kiemtra-lint"
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.stat(base, follow_symlinks=False)
    except (OSError, ValueError):
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return base


def load_toml(path: str | Path) -> dict:
    """``tomllib.loads`` of the file's text, read as UTF-8.

    Errors are those of reading (OSError, UnicodeDecodeError) and parsing (tomllib.TOMLDecodeError).
    """
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))

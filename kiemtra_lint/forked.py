"""Run one piece of work in a forked child while the parent does another.

A pre-commit hook checks one draft at a time, and a 2-core laptop would leave a core idle while
the rules run one after another.  After the draft is read, the rule families are independent, so
the parent forks: the child inherits the document for free (copy-on-write), runs its share and
sends its findings back through a pipe as a pickle.

Forking is used only where it is safe and pays: Linux (on macOS system libraries may start
threads behind our back, which is why multiprocessing stopped forking there), a single thread in
the process (forking a threaded process can deadlock on a lock another thread held), and at least
two CPUs this process may run on.  When the child fails in any way (killed, out of memory, a bad pickle)
the parent does the child's share itself, so a result never goes missing.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import traceback
from typing import Callable, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class ChildCrash(Exception):
    """The child's work raised; carries the child's traceback text."""


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def can_fork() -> bool:
    return sys.platform.startswith("linux") and threading.active_count() == 1 and usable_cpus() >= 2


def run_beside(in_child: Callable[[], T], in_parent: Callable[[], U]) -> tuple[T, U]:
    """``(in_child(), in_parent())``, the first computed in a forked child when possible.

    An exception raised by ``in_child`` in the child is raised again in the parent as
    :class:`ChildCrash` (with the child's traceback), after ``in_parent`` has finished; any other
    failure of the child (no fork, killed, a broken pipe) makes the parent run ``in_child`` itself.
    """
    if not can_fork():
        return in_child(), in_parent()
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return in_child(), in_parent()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(in_child, write_end)
    os.close(write_end)
    try:
        parent_result = in_parent()
    except BaseException:
        _stop(pid)
        _reap(pid, read_end)
        raise
    payload = _read_all(read_end)
    _reap(pid, None)
    try:
        status, value = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - killed or truncated child: do its share here
        return in_child(), parent_result
    if status == "crash":
        raise ChildCrash(value)
    return value, parent_result


def _child(work: Callable[[], object], write_end: int) -> None:
    code = 0
    try:
        try:
            payload = pickle.dumps(("ok", work()), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - everything goes back to the parent
            payload = pickle.dumps(("crash", traceback.format_exc()))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    except BaseException:  # noqa: BLE001 - a broken pipe: the parent will redo the work
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers


def _read_all(fd: int) -> bytes:
    chunks = []
    with os.fdopen(fd, "rb") as pipe:
        while chunk := pipe.read(1 << 20):
            chunks.append(chunk)
    return b"".join(chunks)


def _stop(pid: int) -> None:
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _reap(pid: int, read_end: int | None) -> None:
    if read_end is not None:
        os.close(read_end)  # a child still writing gets EPIPE and exits
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass

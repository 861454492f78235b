"""A run over many files: their results in order as they finish, and what is kept of each.

A folder of a thousand drafts must not need the memory of a thousand drafts: the report is
written file by file as results arrive (:func:`check_files` yields them in the order of the
files), and once a file's part is written only its brief is kept (:class:`ResultLog`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Generator, Iterator


def check_files(files: list[str], settings, jobs: int | None, timed: bool = False, with_tree: bool = False,
                progress=None) -> Generator:
    """The results of ``files`` (``settings``: one Settings for all, or one per file), in the
    order of ``files``, each as soon as it and those before it are done; in parallel when
    ``jobs`` > 1.  ``progress``: an object with ``advance()`` called once per file."""
    from . import lint

    per_file = list(settings) if isinstance(settings, (list, tuple)) else [settings] * len(files)
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    if jobs <= 1 or len(files) <= 1:
        for f, s in zip(files, per_file, strict=True):
            result = lint.lint_file(f, s, timed=timed, with_tree=with_tree)
            if progress:
                progress.advance()
            yield result
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=min(jobs, len(files)))
    try:
        futures: list = [pool.submit(lint.lint_file, f, s, False, timed, with_tree) for f, s in zip(files, per_file, strict=True)]
        for i, future in enumerate(futures):
            try:
                result = future.result()
            except BrokenProcessPool:
                result = worker_died(files[i])
            futures[i] = None  # the result is the caller's now: nothing here keeps it
            if progress:
                progress.advance()
            yield result
    finally:  # also when the caller stops early (an output that cannot be written): no waiting for the rest
        pool.shutdown(wait=True, cancel_futures=True)


def worker_died(path: str):
    """The result for a file whose worker process was killed (out of memory, a crash in lxml).

    Every file still queued when a worker dies gets this too: the pool cannot go on.
    """
    from .findings import Msg
    from .lint import FileResult

    name = Path(path).name
    return FileResult(path=path, error=Msg(
        f"{name}: không kiểm tra được: tiến trình kiểm tra bị dừng đột ngột (có thể do hết bộ nhớ); "
        "hãy chạy lại tệp này với --jobs 1",
        f"{name}: could not be checked: the worker process died (out of memory?); run this file again "
        "with --jobs 1"))


class ResultLog:
    """The results of a run, for a report written as they arrive.

    The first pass over it yields each file's whole result as it comes from ``results``; later
    passes (the closing tables, the exit code) yield each file's brief (FileResult.brief).  So
    a renderer that goes through the files once and then sums them up (json, concise, github,
    terminal) sees what it needs, and the run keeps a few bytes per finding.
    """

    def __init__(self, results: Iterator, count: int) -> None:
        self._pending: Iterator | None = results
        self._briefs: list = []
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __iter__(self):
        if self._pending is None:
            return iter(self._briefs)
        pending, self._pending = self._pending, None
        return self._first_pass(pending)

    def _first_pass(self, pending: Iterator):
        for result in pending:
            self._briefs.append(result.brief())
            yield result

    def drain(self) -> list:
        """The briefs of every file, reading what no renderer read (an output that failed)."""
        for _ in self:
            pass
        return self._briefs

"""The checks behind the page and the API, run in a pool of worker processes.

A pool rather than threads: two drafts are checked at once on two cores, every draft gets a
process of its own (no rule's state is ever shared between two uploads), and a draft that
exhausts memory or crashes lxml takes down one worker, not the server.  The functions here
are what a worker runs; they take and return plain picklable values.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..findings import Msg


@dataclass(frozen=True)
class Upload:
    name: str  # the name the report shows: the browser's file name, without folders
    path: str  # where the bytes sit, in the request's private temporary folder


@dataclass(frozen=True)
class Refusal:
    """A file the worker could not turn into the asked output (answered with a 4xx)."""

    status: int
    code: str
    message: Msg


def check(uploads: list[Upload], settings: Settings, rule_link: str | None = None) -> dict:
    """``kiemtra check`` on the uploads: the JSON it prints, and the HTML report when
    ``rule_link`` (the address of a rule's explanation, with ``{code}``) is given."""
    from ..cli import render
    from ..lint import lint_file

    results = []
    for upload in uploads:
        result = lint_file(upload.path, settings, with_tree=rule_link is not None)
        result.path = upload.name
        results.append(result)
    out = {"json": render("json", results, settings.lang),
           "unreadable": any(r.error is not None for r in results)}
    if rule_link is not None:
        from ..report.html import render as render_html

        out["html"] = render_html(results, settings.lang, rule_link=rule_link)
    return out


def word_copy(upload: Upload, settings: Settings, not_word: Msg, make) -> tuple[bytes, int, int] | Refusal:
    """A copy of a Word upload made by ``make(path, result, lang) -> (bytes, done, left)``, or why not.

    What annotate and fix share (report.docx_copy.word_copy, as ``kiemtra annotate`` and ``kiemtra fix``
    use it): only a Word file, read with its document kept, every failure a Refusal (415 or 422).  ``not_word``
    says why another file is refused; ``{name}`` in it is the upload's name.
    """
    from ..readers import DOCX_SUFFIXES
    from ..report.docx_copy import CopyRefused, word_copy as made_copy

    if Path(upload.name).suffix.lower() not in DOCX_SUFFIXES:
        return Refusal(415, "not-docx", Msg(not_word.vi.format(name=upload.name),
                                            not_word.en.format(name=upload.name)))
    try:
        return made_copy(upload.path, settings, make)
    except CopyRefused as exc:
        return Refusal(422, exc.code, exc.msg)


NOT_WORD_ANNOTATE = Msg("{name}: chỉ ghi nhận xét được vào tệp Word (.docx, .docm, .dotx)",
                        "{name}: comments can only be written into a Word file (.docx, .docm, .dotx)")
NOT_WORD_FIX = Msg("{name}: chỉ ghi sửa đổi được vào tệp Word (.docx, .docm, .dotx)",
                   "{name}: fixes can only be written into a Word file (.docx, .docm, .dotx)")


def _annotated(src: str, result, lang: str) -> tuple[bytes, int, int]:
    from ..report.docx import annotate_bytes

    data, stats = annotate_bytes(src, result.document, result.findings, lang)
    return data, stats.comments, 0


def _fixed(src: str, result, lang: str) -> tuple[bytes, int, int]:
    from ..report.fix_docx import fix_bytes

    data, stats = fix_bytes(src, result.document, result.findings)
    return data, stats.total, stats.skipped


def annotate(upload: Upload, settings: Settings) -> tuple[bytes, int, int] | Refusal:
    """The annotated copy (``kiemtra annotate``), its number of comments and 0, or why not."""
    return word_copy(upload, settings, NOT_WORD_ANNOTATE, _annotated)


def fix(upload: Upload, settings: Settings) -> tuple[bytes, int, int] | Refusal:
    """The fixed copy (``kiemtra fix``: each certain fix a tracked change), the number of
    changes written and of fixes left for a person, or why not."""
    return word_copy(upload, settings, NOT_WORD_FIX, _fixed)


class WorkerDied(Exception):
    """The worker checking a request was killed (out of memory, a crash in a library)."""


class Workers:
    """A process pool created on first use and replaced when one of its workers dies."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the server has threads, and a forked copy of a lock held by
                # one of them would hang the worker
                self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    async def run(self, fn, *args):
        pool = self._current()
        try:
            return await asyncio.wrap_future(pool.submit(fn, *args))
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            pool.shutdown(wait=False, cancel_futures=True)
            raise WorkerDied from None

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
